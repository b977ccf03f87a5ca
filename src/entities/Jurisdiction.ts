import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type JurisdictionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

/** A node of the national division tree (统计用区划代码): 2/4/6/9/12-digit codes. */
@Entity('jurisdiction')
export class Jurisdiction {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  /** Spoken form without official suffixes (莲荷村委会 → 莲荷村). */
  @Index()
  @Column({ type: 'varchar', length: 64 })
  shortName: string;

  @Column({ type: 'varchar', length: 16 })
  level: JurisdictionLevel;

  @Index()
  @Column({ type: 'varchar', length: 12, nullable: true })
  parentCode: string | null;
}
