import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

import type { Channel, TicketStage, TicketStatus, Urgency } from '../vocabulary';

// The words live in the vocabulary; re-exported for the entity's users.
export type { Channel, TicketStage, TicketStatus, Urgency };
export { OPEN_STATUSES } from '../vocabulary';

@Entity('ticket')
@Index(['channel', 'origin', 'externalId'], { unique: true })
@Index(['status', 'resolutionDueAt'])
@Index(['status', 'responseDueAt'])
@Index(['handlingUnitId', 'status'])
@Index(['countyCode', 'createdAt'])
@Index(['petitionerId', 'createdAt'])
@Index(['villageCode', 'category', 'createdAt'])
export class Ticket {
  @PrimaryGeneratedColumn()
  id: number;

  /** Human number: <county>-<yyyymmdd>-<seq>, e.g. 220382-20261124-0007. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 32 })
  number: string;

  @Column({ type: 'varchar', length: 20 })
  channel: Channel;

  @Column({ type: 'varchar', length: 128, nullable: true })
  externalId: string | null;

  /** Who filed it (token:N, petitioner:N, staff:N, bot, system): idempotency keys are unique per origin. */
  @Column({ type: 'varchar', length: 48, default: '' })
  origin: string;

  /** The contact as given with this ticket (not the petitioner record it was matched to). */
  @Column({ type: 'varchar', length: 32, nullable: true })
  contactName: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  contactPhone: string | null;

  /** When the sweep next looks at the ticket; null = recompute (new ticket or changed deadlines). */
  @Column({ type: 'datetime', nullable: true })
  nextEscalationAt: Date | null;

  @Column({ type: 'integer', nullable: true })
  petitionerId: number | null;

  @Column({ type: 'varchar', length: 12, nullable: true })
  villageCode: string | null;

  /** County the ticket belongs to (for numbering, scoping, summaries) even when the village is unknown. */
  @Column({ type: 'varchar', length: 12, nullable: true })
  countyCode: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  placeText: string | null;

  /** The point the sender gave (WGS-84 degrees), e.g. an Open311 client's lat/long. */
  @Column({ type: 'double', nullable: true })
  lat: number | null;

  @Column({ type: 'double', nullable: true })
  lng: number | null;

  /** Links to photos the sender keeps elsewhere (Open311 media_url), shown with the ticket. */
  @Column({ type: 'simple-json', nullable: true })
  mediaUrls: string[] | null;

  /** Candidate village codes when the place was ambiguous, for the petition office to settle. */
  @Column({ type: 'simple-json', nullable: true })
  placeCandidates: { code: string; path: string }[] | null;

  @Column({ type: 'varchar', length: 24 })
  category: string;

  @Column({ type: 'float', nullable: true })
  categoryConfidence: number | null;

  @Column({ type: 'varchar', length: 16 })
  urgency: Urgency;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'varchar', length: 16 })
  status: TicketStatus;

  @Column({ type: 'integer' })
  handlingUnitId: number;

  @Column({ type: 'integer', nullable: true })
  assigneeId: number | null;

  /** Leader who took personal charge (包案). */
  @Column({ type: 'integer', nullable: true })
  ownerLeaderId: number | null;

  /** For misconduct: the unit complained about, which must never see the ticket. */
  @Column({ type: 'integer', nullable: true })
  accusedUnitId: number | null;

  @Column({ type: 'integer', default: 0 })
  escalationLevel: number;

  @Column({ type: 'boolean', default: false })
  supervised: boolean;

  @Column({ type: 'datetime' })
  assignedAt: Date;

  @Column({ type: 'datetime' })
  responseDueAt: Date;

  @Column({ type: 'datetime' })
  resolutionDueAt: Date;

  @Column({ type: 'datetime' })
  legalNoticeDueAt: Date;

  @Column({ type: 'datetime', nullable: true })
  legalResolutionDueAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  extensionDays: number;

  @Column({ type: 'datetime', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'datetime', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  reopenCount: number;

  /** 回访 answers; null until the villager answers. */
  @Column({ type: 'boolean', nullable: true })
  contactedInTime: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  solved: boolean | null;

  @Column({ type: 'boolean', nullable: true })
  satisfied: boolean | null;

  @Column({ type: 'datetime', nullable: true })
  ratedAt: Date | null;

  /** 重复信访: the earlier ticket of the same person and matter. */
  @Column({ type: 'integer', nullable: true })
  repeatOfId: number | null;

  @Column({ type: 'integer', default: 0 })
  repeatCount: number;

  /** Merged into another ticket (same matter reported by different people). */
  @Column({ type: 'integer', nullable: true })
  duplicateOfId: number | null;

  /** petition (信访), review (复查) or recheck (复核): a review is a ticket of its own at the level above. */
  @Column({ type: 'varchar', length: 12, default: 'petition' })
  stage: TicketStage;

  /** For a 复查/复核: the ticket whose written answer it reviews. */
  @Index()
  @Column({ type: 'integer', nullable: true })
  reviewOfId: number | null;

  /** The matter is final (终结) after 复核: later petitions on it are linked, never reopened. */
  @Column({ type: 'datetime', nullable: true })
  finalAt: Date | null;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'datetime' })
  updatedAt: Date;

  /** Optimistic concurrency: every update bumps it; a stale writer gets 409. */
  @VersionColumn()
  version: number;
}
