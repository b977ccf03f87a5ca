import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** 包村干部: a cadre assigned to a village gets that village's tickets first. */
@Entity('village_assignment')
@Index(['villageCode', 'staffId'], { unique: true })
export class VillageAssignment {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 12 })
  villageCode: string;

  @Column({ type: 'integer' })
  staffId: number;
}
