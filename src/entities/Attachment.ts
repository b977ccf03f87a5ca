import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

@Entity('attachment')
export class Attachment {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'integer', nullable: true })
  ticketId: number | null;

  @Column({ type: 'varchar', length: 16 })
  kind: 'image' | 'audio' | 'location' | 'file';

  @Column({ type: 'varchar', length: 200 })
  storageKey: string;

  @Column({ type: 'varchar', length: 64 })
  mime: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'varchar', length: 16 })
  uploaderKind: 'petitioner' | 'staff' | 'channel';

  @Column({ type: 'integer', nullable: true })
  uploaderId: number | null;

  @Column({ type: 'datetime' })
  createdAt: Date;
}
