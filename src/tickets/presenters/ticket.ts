import type { Ticket } from '../../entities/Ticket';
import type { Unit } from '../../entities/Unit';
import type { Petitioner } from '../../entities/Petitioner';
import { CATEGORY_BY_CODE } from '../../classify';
import type { CategoryCode } from '../../classify';
import { describeClock } from '../../clocks/deadlines';
import { redactForViewer } from '../../privacy/redact';
import { isOpenStatus, TICKET_STAGE_NAMES, TICKET_STATUS_NAMES } from '../../vocabulary';
import { EMERGENCY_ADVICE } from '../emergency';
import { unverifiedOrigin } from '../commands/create';

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

/**
 * The petitioner as this ticket knows them. A contact typed in by staff or relayed by a token is
 * shown as given, never as the record it matched: a phone number must not tell who owns it.
 */
export function petitionerOf(t: Ticket, p: Petitioner | null | undefined): { name: string | null; phone: string | null } | null {
  if (t.origin && unverifiedOrigin(t.origin)) return t.contactName || t.contactPhone ? { name: t.contactName, phone: t.contactPhone } : null;
  return p ? { name: p.name, phone: p.phone } : null;
}

/** What every view of a ticket starts with: which ticket, where it stands, what it is about. */
const identity = (t: Ticket) => ({
  id: t.id,
  number: t.number,
  status: t.status,
  statusName: TICKET_STATUS_NAMES[t.status],
  category: t.category,
  categoryName: CATEGORY_BY_CODE[t.category as CategoryCode]?.name ?? t.category,
  urgency: t.urgency,
  // 复查/复核 are tickets of their own; a petition is the first stage.
  stage: t.stage ?? 'petition',
  stageName: TICKET_STAGE_NAMES[t.stage ?? 'petition'],
  // Whoever files an emergency is told at once where help comes fastest.
  ...(t.urgency === 'emergency' ? { emergencyAdvice: EMERGENCY_ADVICE } : {}),
});

/** The fields of a ticket that leave the server, for a viewer who may read it. */
export function presentTicket(t: Ticket, o: PresentOpts) {
  const now = o.now ?? new Date();
  const open = isOpenStatus(t.status);
  const base = {
    ...identity(t),
    // Who may not see the petitioner (co-handlers, leaders of the area) gets the text without them in it.
    text: o.showPetitioner ? t.text : redactForViewer(t.text, [o.petitioner ?? {}, { name: t.contactName, phone: t.contactPhone }]),
    channel: t.channel,
    villageCode: t.villageCode,
    villagePath: o.villagePath ?? null,
    countyCode: t.countyCode,
    placeText: o.showPetitioner ? t.placeText : redactForViewer(t.placeText, [o.petitioner ?? {}, { name: t.contactName, phone: t.contactPhone }]),
    // The point and photo links the sender gave (Open311 lat/long and media_url): where the problem is.
    location: t.lat !== null && t.lat !== undefined && t.lng !== null && t.lng !== undefined ? { lat: t.lat, long: t.lng } : null,
    mediaUrls: t.mediaUrls ?? [],
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
    reviewOfId: t.reviewOfId ?? null,
    finalAt: t.finalAt?.toISOString() ?? null,
    rating: t.ratedAt ? { contactedInTime: t.contactedInTime, solved: t.solved, satisfied: t.satisfied, ratedAt: t.ratedAt.toISOString() } : null,
    version: t.version,
  };
  const petitioner = o.showPetitioner ? petitionerOf(t, o.petitioner) : null;
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

/**
 * What a caller who filed a ticket but may not read it gets back (an intake relay, a cadre who
 * filed a report about someone else's unit): the receipt to answer the villager with, nothing more.
 */
export function presentReceipt(t: Ticket, units: Map<number, Unit>, coUnitIds: number[]) {
  const ref = (u: Unit | undefined) => (u ? { id: u.id, name: u.name } : null);
  return {
    ...identity(t),
    villageCode: t.villageCode,
    countyCode: t.countyCode,
    // Villages the text could mean: the relay asks the caller which one.
    placeCandidates: t.placeCandidates,
    handlingUnit: ref(units.get(t.handlingUnitId)),
    coHandlingUnits: coUnitIds.map((id) => ref(units.get(id))).filter(Boolean),
    responseDueAt: t.responseDueAt.toISOString(),
    dueAt: t.resolutionDueAt.toISOString(),
    createdAt: t.createdAt.toISOString(),
  };
}
