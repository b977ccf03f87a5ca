import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A chat message that had an effect (a ticket, a reply, a count), claimed once per
 * (bot account, message id). Puppets re-push messages after reconnects, sometimes hours later:
 * a replay finds this row and gets the stored replies instead of acting again. No message text
 * and no sender id are kept here.
 */
@Entity('inbound_message')
@Index(['botAccount', 'messageId'], { unique: true })
@Index(['createdAt'])
export class InboundMessage {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 128 })
  botAccount: string;

  @Column({ type: 'varchar', length: 128 })
  messageId: string;

  /** processing while the first delivery is being handled; done once its replies are stored. */
  @Column({ type: 'varchar', length: 12 })
  status: 'processing' | 'done';

  /** The reply actions returned the first time (ticket numbers and short notices only). */
  @Column({ type: 'simple-json', nullable: true })
  replies: unknown[] | null;

  @Column({ type: 'integer', nullable: true })
  ticketId: number | null;

  /** For image messages the core asked for: where the uploaded file goes. */
  @Column({ type: 'simple-json', nullable: true })
  attachTo: { ticketId?: number; conversationId?: number; attachmentId?: number } | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
