import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Routing as data. A rule applies to a category within a jurisdiction (null = everywhere); the
 * most specific jurisdiction wins, then the highest priority.
 * target: 'township' → the village's township government; 'county_unit' → the county unit of
 * `unitKind`; 'discipline' → the 纪委监委 above the accused; 'petition_office'; 'unit' → `unitId`.
 */
@Entity('routing_rule')
export class RoutingRule {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 24 })
  category: string;

  @Column({ type: 'varchar', length: 12, nullable: true })
  jurisdictionCode: string | null;

  @Column({ type: 'varchar', length: 16 })
  target: 'township' | 'county_unit' | 'discipline' | 'petition_office' | 'unit';

  @Column({ type: 'varchar', length: 40, nullable: true })
  unitKind: string | null;

  @Column({ type: 'integer', nullable: true })
  unitId: number | null;

  /** Co-handler: 'township' adds the village's township government as 协办. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  coHandler: 'township' | null;

  @Column({ type: 'integer', default: 0 })
  priority: number;
}
