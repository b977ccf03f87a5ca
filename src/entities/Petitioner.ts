import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** The person who complains. Kept apart from the ticket body so it can be withheld by role. */
@Entity('petitioner')
export class Petitioner {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 32, nullable: true })
  name: string | null;

  @Index()
  @Column({ type: 'varchar', length: 20, nullable: true })
  phone: string | null;

  /** `<botAccount>:<contactId>` or a stable WeChat id. */
  @Index()
  @Column({ type: 'varchar', length: 128, nullable: true })
  wechatId: string | null;

  @Index()
  @Column({ type: 'varchar', length: 64, nullable: true })
  openid: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  unionid: string | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  villageCode: string | null;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
