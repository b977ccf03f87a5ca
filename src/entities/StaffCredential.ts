import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * A member of staff's console password: the scrypt hash with its own salt and parameters
 * (`scrypt$N$r$p$salt$hash`, src/auth/passwords.ts), so the cost can be raised later without
 * locking anyone out. One row per staff member; none = no password set (no console login).
 */
@Entity('staff_credential')
export class StaffCredential {
  @PrimaryColumn({ type: 'integer' })
  staffId: number;

  @Column({ type: 'varchar', length: 200 })
  passwordHash: string;

  @Column({ type: 'datetime' })
  changedAt: Date;
}
