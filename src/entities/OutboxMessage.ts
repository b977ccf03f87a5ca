import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { OutboxChannel, OutboxStatus } from '../vocabulary';

export type { OutboxChannel, OutboxStatus };

/**
 * Every outbound message is written in the same transaction as the change that caused it and
 * delivered after commit by the channel's sender.
 */
@Entity('outbox_message')
@Index(['status', 'nextAttemptAt'])
@Index(['channel', 'status', 'nextAttemptAt'])
@Index(['account', 'status', 'nextAttemptAt'])
export class OutboxMessage {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 16 })
  channel: OutboxChannel;

  /** Channel-specific address: room binding id, contact, phone, webhook target id, staff id. */
  @Column({ type: 'varchar', length: 200 })
  target: string;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  /** The bot account that must send it (WeChat contacts and rooms belong to one account); null = any. */
  @Column({ type: 'varchar', length: 128, nullable: true })
  account: string | null;

  @Column({ type: 'simple-json' })
  payload: Record<string, unknown>;

  /** Makes enqueueing idempotent (e.g. escalation:ticket:clock:step). */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 191, nullable: true })
  dedupeKey: string | null;

  @Column({ type: 'varchar', length: 8 })
  status: OutboxStatus;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'datetime' })
  nextAttemptAt: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  lockedBy: string | null;

  @Column({ type: 'datetime', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'integer', nullable: true })
  ticketId: number | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  sentAt: Date | null;
}
