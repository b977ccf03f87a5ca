import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The evening self-inspection summary (每日自查) posted to one chat target for one Shanghai day. */
@Entity('daily_summary')
@Index(['chatTargetId', 'date'], { unique: true })
@Index(['jurisdictionCode', 'date'])
export class DailySummary {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  chatTargetId: number;

  @Column({ type: 'varchar', length: 12 })
  jurisdictionCode: string;

  /** yyyy-mm-dd, Asia/Shanghai. */
  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'text' })
  text: string;

  /** The figures behind the text (counts and ticket numbers only: no personal data). */
  @Column({ type: 'simple-json' })
  stats: Record<string, unknown>;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
