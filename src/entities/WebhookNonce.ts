import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A webhook signature already accepted; kept until it could no longer pass the timestamp check. */
@Entity('webhook_nonce')
@Index(['source', 'signature'], { unique: true })
export class WebhookNonce {
  @PrimaryGeneratedColumn()
  id: number;

  /** hotline | sms */
  @Column({ type: 'varchar', length: 16 })
  source: string;

  /** Hex HMAC-SHA256: unique per timestamp and body. */
  @Column({ type: 'varchar', length: 64 })
  signature: string;

  @Index()
  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
