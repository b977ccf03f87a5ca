import type { Ticket } from '../entities/Ticket';
import type { TicketEvent } from '../entities/TicketEvent';
import type { Unit } from '../entities/Unit';
import type { Petitioner } from '../entities/Petitioner';
import { CATEGORY_BY_CODE } from '../classify';
import type { CategoryCode } from '../classify';
import { describeClock } from '../clocks/deadlines';
import { statusName } from './policies';

const unitRef = (u: Unit | undefined) => (u ? { id: u.id, name: u.name, jurisdictionCode: u.jurisdictionCode } : null);

export interface PresentOpts {
  units: Map<number, Unit>;
  coUnitIds?: number[];
  petitioner?: Petitioner | null;
  /** Only when the policy allows: the villager, the lead unit, admins. */
  showPetitioner: boolean;
  /** Villagers get plain words and nothing internal. */
  forVillager: boolean;
  villagePath?: string | null;
  now?: Date;
}

/** The fields of a ticket that leave the server. */
export function presentTicket(t: Ticket, o: PresentOpts) {
  const now = o.now ?? new Date();
  const open = !['resolved', 'closed'].includes(t.status);
  const base = {
    id: t.id,
    number: t.number,
    status: t.status,
    statusName: statusName(t.status),
    category: t.category,
    categoryName: CATEGORY_BY_CODE[t.category as CategoryCode]?.name ?? t.category,
    urgency: t.urgency,
    text: t.text,
    channel: t.channel,
    villageCode: t.villageCode,
    villagePath: o.villagePath ?? null,
    countyCode: t.countyCode,
    placeText: t.placeText,
    handlingUnit: unitRef(o.units.get(t.handlingUnitId)),
    coHandlingUnits: (o.coUnitIds ?? []).map((id) => unitRef(o.units.get(id))).filter(Boolean),
    dueAt: t.resolutionDueAt.toISOString(),
    dueIn: open ? describeClock(now, t.resolutionDueAt) : null,
    responseDueAt: t.responseDueAt.toISOString(),
    createdAt: t.createdAt.toISOString(),
    acceptedAt: t.acceptedAt?.toISOString() ?? null,
    resolvedAt: t.resolvedAt?.toISOString() ?? null,
    closedAt: t.closedAt?.toISOString() ?? null,
    escalationLevel: t.escalationLevel,
    rating: t.ratedAt ? { contactedInTime: t.contactedInTime, solved: t.solved, satisfied: t.satisfied, ratedAt: t.ratedAt.toISOString() } : null,
    version: t.version,
  };
  const petitioner = o.showPetitioner && o.petitioner ? { name: o.petitioner.name, phone: o.petitioner.phone } : null;
  if (o.forVillager) return { ...base, petitioner };
  return {
    ...base,
    categoryConfidence: t.categoryConfidence,
    externalId: t.externalId,
    placeCandidates: t.placeCandidates,
    assigneeId: t.assigneeId,
    ownerLeaderId: t.ownerLeaderId,
    supervised: t.supervised,
    legalNoticeDueAt: t.legalNoticeDueAt.toISOString(),
    legalResolutionDueAt: t.legalResolutionDueAt?.toISOString() ?? null,
    extensionDays: t.extensionDays,
    reopenCount: t.reopenCount,
    repeatOfId: t.repeatOfId,
    repeatCount: t.repeatCount,
    duplicateOfId: t.duplicateOfId,
    overdue: open && t.resolutionDueAt < now,
    petitioner,
  };
}

/** History: villagers see public events only, with no staff ids. */
export function presentEvent(e: TicketEvent, forVillager: boolean) {
  const data = { ...(e.data ?? {}) };
  if (forVillager) {
    delete data.assigneeId;
    delete data.fromUnitId;
  }
  return {
    id: e.id,
    type: e.type,
    at: e.at.toISOString(),
    actorKind: e.actorKind,
    ...(forVillager ? {} : { actorId: e.actorId, visibility: e.visibility }),
    data,
  };
}
