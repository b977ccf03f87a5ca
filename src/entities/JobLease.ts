import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A lease in the database decides which instance runs a scheduled job. */
@Entity('job_lease')
export class JobLease {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 64 })
  holder: string;

  @Column({ type: 'datetime' })
  expiresAt: Date;
}
