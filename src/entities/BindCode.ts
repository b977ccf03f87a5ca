import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One-time code a member of staff sends the bot in private chat ("绑定 123456") to link their
 * WeChat account. Only a hash is stored; codes expire and are single use.
 */
@Entity('bind_code')
@Index(['codeHash'], { unique: true })
@Index(['staffId'])
export class BindCode {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ type: 'integer' })
  staffId: number;

  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime', nullable: true })
  usedAt: Date | null;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
