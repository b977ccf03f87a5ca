import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** sms_followup: a partial 回访 answer by SMS (botAccount 'sms:'), waiting for the rest. */
export type ConversationKind = 'place' | 'category' | 'private_report' | 'pick_ticket' | 'media' | 'bind_attempts' | 'sms_followup';

/**
 * A question the bot asked one person and is waiting for (which village? which category?), or a
 * misconduct report moved to private chat. Persisted so a restart loses nothing; when it expires
 * the pending complaint is filed as it stands.
 */
@Entity('chat_conversation')
@Index(['botAccount', 'chatKey', 'contactId'], { unique: true })
@Index(['expiresAt'])
export class ChatConversation {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 128 })
  botAccount: string;

  /** `room:<chatTargetId>` for a bound group, `dm` for private chat, `bind` for code attempts. */
  @Column({ type: 'varchar', length: 32 })
  chatKey: string;

  @Column({ type: 'varchar', length: 128 })
  contactId: string;

  @Column({ type: 'varchar', length: 16 })
  kind: ConversationKind;

  /** The pending complaint (text, candidates, attachments) or counters; deleted when settled. */
  @Column({ type: 'simple-json' })
  data: Record<string, any>;

  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
