import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Named sequences (ticket numbers per county and day). */
@Entity('counter')
export class Counter {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'integer' })
  value: number;
}
