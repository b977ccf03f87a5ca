import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A one-time code an admin gives a cadre so their mini-program login becomes a staff login.
 * Only the SHA-256 of the code is stored; it is spent by the first successful bind.
 */
@Entity('mp_bind_code')
@Index(['staffId'])
export class MpBindCode {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  codeHash: string;

  @Column({ type: 'integer' })
  staffId: number;

  @Column({ type: 'integer', nullable: true })
  createdByStaffId: number | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  expiresAt: Date;

  @Column({ type: 'datetime', nullable: true })
  usedAt: Date | null;
}
