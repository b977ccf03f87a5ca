import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ClockName = 'response' | 'resolution' | 'legal_notice' | 'legal_resolution';
export type EscalationRecipient = 'handler' | 'unit_head' | 'county_leader' | 'county_secretary';

/**
 * One rung of the escalation ladder (督办), as data. A rung fires either at a fraction of the
 * clock (`atFraction`, e.g. 0.75 → warning) or a number of working days past the deadline
 * (`overdueWorkingDays`, 0 = at the deadline). Rows with a category and/or urgency override the
 * default row of the same (clock, step, repeatOnly) for matching tickets; `active = false` in an
 * override switches that rung off for them.
 */
@Entity('escalation_rule')
@Index(['clock'])
export class EscalationRule {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 16 })
  clock: ClockName;

  /** warning | unit_head | county_leader | secretary (free text: the ladder is data). */
  @Column({ type: 'varchar', length: 24 })
  step: string;

  /** ticket.escalationLevel becomes at least this when the rung fires. */
  @Column({ type: 'integer' })
  level: number;

  @Column({ type: 'float', nullable: true })
  atFraction: number | null;

  @Column({ type: 'integer', nullable: true })
  overdueWorkingDays: number | null;

  @Column({ type: 'varchar', length: 24 })
  recipient: EscalationRecipient;

  /** Applies only to repeat petitions (重复信访). */
  @Column({ type: 'boolean', default: false })
  repeatOnly: boolean;

  @Column({ type: 'varchar', length: 24, nullable: true })
  category: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  urgency: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
