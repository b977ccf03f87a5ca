import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Messages in a bound group that read like a complaint but were not addressed to the bot
 * (未诉先办), counted per group and Shanghai day for the daily summary. The text is not kept.
 */
@Entity('chatter_count')
@Index(['chatTargetId', 'date'], { unique: true })
@Index(['date'])
export class ChatterCount {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  chatTargetId: number;

  /** yyyy-mm-dd, Asia/Shanghai. */
  @Column({ type: 'varchar', length: 10 })
  date: string;

  @Column({ type: 'integer', default: 0 })
  count: number;

  /** Of which by category, e.g. {"water": 3}. */
  @Column({ type: 'simple-json', nullable: true })
  categories: Record<string, number> | null;
}
