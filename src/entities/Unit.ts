import type { UnitKind } from '../vocabulary';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Kinds of handling unit. County departments own categories (谁主管、谁负责); township governments
 * own their territory (属地管理); the discipline commission owns misconduct; the petition office is
 * the fallback (兜底).
 */
export type { UnitKind };

@Entity('unit')
@Index(['jurisdictionCode', 'kind'])
export class Unit {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 40 })
  kind: UnitKind;

  /** The area the unit governs: a township code for a township government, a county code for a bureau. */
  @Column({ type: 'varchar', length: 12 })
  jurisdictionCode: string;

  @Column({ type: 'integer', nullable: true })
  parentUnitId: number | null;

  @Column({ type: 'integer', nullable: true })
  headStaffId: number | null;
}
