import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type ActorKind = 'petitioner' | 'staff' | 'system' | 'channel';

/** Append-only history of a ticket. Never updated or deleted. */
@Entity('ticket_event')
@Index(['ticketId', 'id'])
@Index(['type', 'at'])
export class TicketEvent {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'integer' })
  ticketId: number;

  @Column({ type: 'varchar', length: 32 })
  type: string;

  @Column({ type: 'varchar', length: 16 })
  actorKind: ActorKind;

  @Column({ type: 'integer', nullable: true })
  actorId: number | null;

  /** public: the villager sees it; internal: staff only. */
  @Column({ type: 'varchar', length: 8 })
  visibility: 'public' | 'internal';

  @Column({ type: 'simple-json', nullable: true })
  data: Record<string, unknown> | null;

  @Column({ type: 'datetime' })
  at: Date;
}
