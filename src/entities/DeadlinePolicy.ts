import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Service clocks as data: per urgency, optionally per category and jurisdiction (most specific wins). */
@Entity('deadline_policy')
export class DeadlinePolicyRow {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 24, nullable: true })
  category: string | null;

  @Column({ type: 'varchar', length: 16 })
  urgency: string;

  @Column({ type: 'varchar', length: 12, nullable: true })
  jurisdictionCode: string | null;

  @Column({ type: 'integer' })
  responseValue: number;

  @Column({ type: 'varchar', length: 16 })
  responseUnit: 'hours' | 'calendar_days' | 'working_days';

  @Column({ type: 'integer' })
  resolveValue: number;

  @Column({ type: 'varchar', length: 16 })
  resolveUnit: 'hours' | 'calendar_days' | 'working_days';
}
