import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

import type { TokenRole } from '../vocabulary';

export type { TokenRole };

/** Bearer tokens; only the SHA-256 of the token is stored. */
@Entity('api_token')
export class ApiToken {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 16 })
  role: TokenRole;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'integer', nullable: true })
  staffId: number | null;

  @Column({ type: 'integer', nullable: true })
  petitionerId: number | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime', nullable: true })
  expiresAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  revokedAt: Date | null;
}
