import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One counter per in-process cache, bumped with every change of its data (src/db/cache-version.ts). */
@Entity('cache_version')
export class CacheVersion {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  name: string;

  @Column({ type: 'integer', default: 0 })
  version: number;
}
