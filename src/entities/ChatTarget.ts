import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ChatTargetKind = 'wechat_room' | 'wecom_webhook';

/**
 * A chat bound to a jurisdiction: a villagers' WeChat group (intake + summaries) or a cadres' work
 * group (WeChat or WeCom robot: summaries and escalations). Web-protocol room ids change across
 * logins, so the binding is keyed by jurisdiction + topic and `roomId` is re-resolved on login.
 */
@Entity('chat_target')
@Index(['jurisdictionCode'])
@Index(['botAccount', 'topic'])
export class ChatTarget {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 16 })
  kind: ChatTargetKind;

  @Column({ type: 'varchar', length: 16 })
  purpose: 'village_group' | 'work_group';

  @Column({ type: 'varchar', length: 12 })
  jurisdictionCode: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  topic: string | null;

  @Column({ type: 'varchar', length: 128, nullable: true })
  roomId: string | null;

  @Column({ type: 'varchar', length: 128, nullable: true })
  botAccount: string | null;

  /** WeCom robot webhook URL: a credential, never returned by the API in full. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  webhookUrl: string | null;

  @Column({ type: 'integer', nullable: true })
  boundByStaffId: number | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
