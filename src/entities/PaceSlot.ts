import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Recent sends under one pacing key, shared by every dispatcher (src/outbox/pacing.ts). */
@Entity('pace_slot')
export class PaceSlot {
  @PrimaryColumn({ type: 'varchar', length: 128 })
  paceKey: string;

  /** Send times (ms since the epoch), comma-separated, oldest first. */
  @Column({ type: 'varchar', length: 2000, default: '' })
  sent: string;

  @Column({ type: 'bigint', default: 0 })
  blockedUntil: string;

  /** Optimistic concurrency: an update names the version it read. */
  @Column({ type: 'integer', default: 0 })
  version: number;
}
