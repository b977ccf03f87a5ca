import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Small durable values a job carries between runs (e.g. the escalation sweep's event cursor). */
@Entity('job_state')
export class JobState {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'integer' })
  value: number;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
