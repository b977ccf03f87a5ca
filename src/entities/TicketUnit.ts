import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Units involved in a ticket besides the lead: co-handlers (协办). */
@Entity('ticket_unit')
@Index(['ticketId', 'unitId'], { unique: true })
@Index(['unitId'])
export class TicketUnit {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  ticketId: number;

  @Column({ type: 'integer' })
  unitId: number;

  @Column({ type: 'varchar', length: 8 })
  role: 'co';
}
