import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Categories double as Open311 services (service_code = code). */
@Entity('category')
export class Category {
  @PrimaryColumn({ type: 'varchar', length: 24 })
  code: string;

  @Column({ type: 'varchar', length: 32 })
  name: string;

  @Column({ type: 'varchar', length: 200 })
  description: string;

  @Column({ type: 'simple-json' })
  keywords: string[];

  @Column({ type: 'integer', default: 0 })
  sortOrder: number;
}
