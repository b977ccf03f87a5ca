import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { DayKind, DaySource } from '../clocks/calendar';

/**
 * One day of an official year: the State Council's schedule as chinese-days has it (filled by the
 * migration) or as an office imported it from the notice (calendar:import). Years without rows
 * are provisional, computed in memory (src/clocks/calendar.ts); loadCalendar lays these over it.
 */
@Entity('calendar_day')
export class CalendarDay {
  @PrimaryGeneratedColumn()
  id: number;

  /** Shanghai date 'YYYY-MM-DD'. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 10 })
  day: string;

  @Index()
  @Column({ type: 'integer' })
  year: number;

  @Column({ type: 'varchar', length: 4 })
  kind: DayKind;

  /** official, or weekend for a plain Saturday/Sunday of an official year. */
  @Column({ type: 'varchar', length: 12 })
  source: DaySource;

  /** Holiday name for holidays, 补假 and make-up working days. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  name: string | null;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
