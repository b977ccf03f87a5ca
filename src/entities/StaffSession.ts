import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A console login. The cookie holds a random token; only its SHA-256 is stored, so a database
 * dump hands out no working session. Ends at `expiresAt` (absolute), after `SESSION_IDLE_MINUTES`
 * without a request, on logout, and when the password changes (`revokedAt`).
 */
@Entity('staff_session')
export class StaffSession {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Index()
  @Column({ type: 'integer' })
  staffId: number;

  @Column({ type: 'datetime' })
  createdAt: Date;

  /** Last request (written at most once a minute): the idle timeout counts from it. */
  @Column({ type: 'datetime' })
  lastSeenAt: Date;

  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;
}
