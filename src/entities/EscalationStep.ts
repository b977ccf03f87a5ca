import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { ClockName } from './EscalationRule';

/**
 * A rung that fired for one ticket. The unique key (ticket, clock, step, round, dueAt) makes each
 * rung happen once per clock cycle: a reopened ticket (new round, new deadline), a listed
 * supervision (new deadline) or an approved extension (new legal deadline) starts a fresh ladder.
 * Written in the same transaction as the ticket update, the event and the outbox message.
 */
@Entity('escalation_step')
@Index(['ticketId', 'clock', 'step', 'round', 'dueAt'], { unique: true })
@Index(['recipientStaffId'])
@Index(['firedAt'])
export class EscalationStep {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  ticketId: number;

  @Column({ type: 'varchar', length: 16 })
  clock: ClockName;

  @Column({ type: 'varchar', length: 24 })
  step: string;

  /** ticket.reopenCount for the service clocks; 0 for the legal clocks (reopening does not reset them). */
  @Column({ type: 'integer' })
  round: number;

  /** The deadline this rung was measured against. */
  @Column({ type: 'datetime' })
  dueAt: Date;

  @Column({ type: 'integer' })
  level: number;

  /** Null when nobody holds the position (the rung is still recorded so it does not repeat). */
  @Column({ type: 'integer', nullable: true })
  recipientStaffId: number | null;

  @Column({ type: 'datetime' })
  firedAt: Date;
}
