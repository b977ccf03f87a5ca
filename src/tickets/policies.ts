import { MISCONDUCT, OPEN_STATUSES, TICKET_STATUS_NAMES, TICKET_STATUSES } from '../vocabulary';
import type { Ticket, TicketStatus } from '../entities/Ticket';
import { Actor, isStaff } from './actor';

/**
 * Small pure predicates. `units` are the ids of the units working the ticket (lead and 协办).
 * Confidential tickets (misconduct, or any ticket naming an accused unit) are the handling
 * (discipline) unit's alone, never a co-handler's; and the accused side never sees them.
 */
export interface TicketScope {
  ticket: Pick<Ticket, 'petitionerId' | 'handlingUnitId' | 'accusedUnitId' | 'category' | 'villageCode' | 'countyCode' | 'ownerLeaderId'>;
  units: number[];
  /** Units above the lead unit, nearest first (loadScope fills it; needed by the leaders' predicates). */
  above?: number[];
}

/** Where a ticket is: its village, else its county (null when the place is unknown). */
export const placeOf = (t: Pick<Ticket, 'villageCode' | 'countyCode'>): string | null => t.villageCode ?? t.countyCode ?? null;

export const inJurisdiction = (code: string | null | undefined, area: string | null | undefined): boolean => !!code && !!area && code.startsWith(area);

/** Misconduct (干部作风), whatever it was filed as once a unit is accused. */
export const isConfidential = (t: Pick<Ticket, 'category' | 'accusedUnitId'>): boolean => t.category === MISCONDUCT || t.accusedUnitId != null;

/**
 * The units whose accusation shuts this actor out: its own unit and every unit above it. (An
 * actor built without its chain, e.g. by hand in a test, still counts its own unit.)
 */
export function unitChainOf(a: Actor): number[] {
  if (a.kind !== 'sysadmin' && a.kind !== 'admin' && a.kind !== 'cadre' && a.kind !== 'leader') return [];
  if (a.unitChain) return a.unitChain;
  return a.staff?.unitId != null ? [a.staff.unitId] : [];
}

/** Rule 2: the accused unit, everyone in it (any role, admins included) and every unit under it. */
export function isAccusedSide(a: Actor, t: Pick<Ticket, 'accusedUnitId'>): boolean {
  return t.accusedUnitId !== null && unitChainOf(a).includes(t.accusedUnitId);
}

/**
 * Administration over this ticket: a county admin within its county, a system-wide admin
 * anywhere, the system itself; never on the accused side.
 */
export function administers(a: Actor, ticket: TicketScope['ticket']): boolean {
  if (a.kind === 'system') return true;
  if (a.kind !== 'admin' && a.kind !== 'sysadmin') return false;
  if (isAccusedSide(a, ticket)) return false;
  return a.kind === 'sysadmin' || inJurisdiction(placeOf(ticket), a.area);
}

export function canRead(a: Actor, { ticket, units }: TicketScope): boolean {
  switch (a.kind) {
    case 'system':
    case 'admin':
    case 'sysadmin':
      return administers(a, ticket);
    case 'villager':
      return ticket.petitionerId === a.petitionerId;
    case 'channel':
    case 'bot':
      return false;
    case 'cadre':
    case 'leader': {
      if (isAccusedSide(a, ticket)) return false;
      const confidential = isConfidential(ticket);
      const ownUnit = a.staff.unitId !== null && (confidential ? ticket.handlingUnitId === a.staff.unitId : units.includes(a.staff.unitId));
      if (ownUnit) return true;
      if (a.kind !== 'leader' || confidential) return false;
      return ticket.ownerLeaderId === a.staff.id || inJurisdiction(placeOf(ticket), a.staff.jurisdictionCode);
    }
  }
}

/** Contact details: the villager, admins over the ticket, and the lead unit (the only unit for misconduct). */
export function canSeePetitioner(a: Actor, scope: TicketScope): boolean {
  if (!canRead(a, scope)) return false;
  if (a.kind === 'villager' || administers(a, scope.ticket)) return true;
  if (!isStaff(a)) return false;
  if (a.staff.unitId === scope.ticket.handlingUnitId) return true;
  return !isConfidential(scope.ticket) && a.kind === 'leader';
}

/** Working the ticket: staff of the lead unit (or an admin over it). Co-handlers may add notes. */
export function canHandle(a: Actor, scope: TicketScope): boolean {
  if (administers(a, scope.ticket)) return true;
  return isStaff(a) && canRead(a, scope) && a.staff.unitId === scope.ticket.handlingUnitId;
}

export function canNote(a: Actor, scope: TicketScope): boolean {
  if (administers(a, scope.ticket)) return true;
  return isStaff(a) && canRead(a, scope) && a.staff.unitId !== null && scope.units.includes(a.staff.unitId);
}

/** 包案: a leader who may read the ticket (its own unit's head included), or administration over it. */
export function canLead(a: Actor, scope: TicketScope): boolean {
  if (administers(a, scope.ticket)) return true;
  return a.kind === 'leader' && canRead(a, scope);
}

/**
 * 合并 into another ticket: one the actor may read, of the same lead unit, on the same accused
 * side (both or neither confidential, the same accused unit), so that the link and the numbers
 * each history then carries reach only people who could read both tickets anyway.
 */
export function mayMergeInto(a: Actor, from: TicketScope, into: TicketScope): 'ok' | 'unknown' | 'other_side' {
  if (!canRead(a, into) || into.ticket.handlingUnitId !== from.ticket.handlingUnitId) return 'unknown';
  const same = isConfidential(into.ticket) === isConfidential(from.ticket) && into.ticket.accusedUnitId === from.ticket.accusedUnitId;
  return same ? 'ok' : 'other_side';
}

/** 回访 and reopening: the villager themself, or staff calling them back (admins, the petition office). */
export function canFollowUp(a: Actor, scope: TicketScope): boolean {
  if (a.kind === 'villager') return canRead(a, scope);
  return administers(a, scope.ticket);
}

type Action =
  | 'accept'
  | 'object'
  | 'resolve'
  | 'reopen'
  | 'rate'
  | 'transfer'
  | 'decide_objection'
  | 'close'
  | 'note'
  | 'decline'
  | 'request_review'
  | 'change_urgency'
  | 'correct_place';

const FROM: Record<Action, TicketStatus[]> = {
  accept: ['assigned', 'transferred', 'reopened'],
  object: ['assigned', 'transferred'],
  resolve: ['accepted', 'reopened'],
  reopen: ['resolved', 'closed'],
  rate: ['resolved'],
  transfer: ['submitted', 'assigned', 'accepted', 'reopened', 'transferred'],
  decide_objection: ['objected'],
  close: ['resolved'],
  note: TICKET_STATUSES,
  // 不予受理 is decided before acceptance (within the 15-day notice clock), never after it.
  decline: ['submitted', 'assigned', 'transferred', 'objected'],
  // 复查/复核 of a written answer.
  request_review: ['resolved', 'closed'],
  change_urgency: OPEN_STATUSES,
  correct_place: OPEN_STATUSES,
};

export const statusName = (s: TicketStatus) => TICKET_STATUS_NAMES[s];

/** null when allowed, else the reason (a 409 for the caller). */
export function transitionError(action: Action, status: TicketStatus): string | null {
  if (FROM[action].includes(status)) return null;
  return `工单当前状态为「${TICKET_STATUS_NAMES[status]}」，不能执行此操作`;
}
