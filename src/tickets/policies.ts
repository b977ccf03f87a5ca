import { TICKET_STATUS_NAMES } from '../vocabulary';
import type { Ticket, TicketStatus } from '../entities/Ticket';
import { Actor, isStaff } from './actor';

/**
 * Small pure predicates. `units` are the ids of the units working the ticket (lead and 协办).
 * Misconduct tickets are the discipline unit's alone; the accused unit never sees them.
 */
export interface TicketScope {
  ticket: Pick<Ticket, 'petitionerId' | 'handlingUnitId' | 'accusedUnitId' | 'category' | 'villageCode' | 'countyCode' | 'ownerLeaderId'>;
  units: number[];
}

const inJurisdiction = (code: string | null | undefined, area: string | null | undefined) =>
  !!code && !!area && code.startsWith(area);

export function canRead(a: Actor, { ticket, units }: TicketScope): boolean {
  switch (a.kind) {
    case 'admin':
    case 'sysadmin':
    case 'system':
      return true;
    case 'villager':
      return ticket.petitionerId === a.petitionerId;
    case 'channel':
    case 'bot':
      return false;
    case 'cadre':
    case 'leader': {
      if (ticket.accusedUnitId !== null && ticket.accusedUnitId === a.staff.unitId) return false;
      const ownUnit = a.staff.unitId !== null && (ticket.category === 'misconduct' ? ticket.handlingUnitId === a.staff.unitId : units.includes(a.staff.unitId));
      if (ownUnit) return true;
      if (a.kind !== 'leader' || ticket.category === 'misconduct') return false;
      return ticket.ownerLeaderId === a.staff.id || inJurisdiction(ticket.villageCode ?? ticket.countyCode, a.staff.jurisdictionCode);
    }
  }
}

/** Contact details: the villager, admins, and the lead unit (the only unit for misconduct). */
export function canSeePetitioner(a: Actor, scope: TicketScope): boolean {
  if (!canRead(a, scope)) return false;
  if (a.kind === 'admin' || a.kind === 'villager' || a.kind === 'system') return true;
  if (!isStaff(a)) return false;
  if (a.staff.unitId === scope.ticket.handlingUnitId) return true;
  return scope.ticket.category !== 'misconduct' && a.kind === 'leader';
}

/** Working the ticket: staff of the lead unit (or an admin). Co-handlers may add notes. */
export function canHandle(a: Actor, scope: TicketScope): boolean {
  if (a.kind === 'admin' || a.kind === 'system') return true;
  return isStaff(a) && canRead(a, scope) && a.staff.unitId === scope.ticket.handlingUnitId;
}

export function canNote(a: Actor, scope: TicketScope): boolean {
  if (a.kind === 'admin' || a.kind === 'system') return true;
  return isStaff(a) && canRead(a, scope) && a.staff.unitId !== null && scope.units.includes(a.staff.unitId);
}

/** Leaders above the unit: 包案, 督办, extensions, deciding objections. */
export function canLead(a: Actor, scope: TicketScope): boolean {
  if (a.kind === 'admin' || a.kind === 'system') return true;
  return a.kind === 'leader' && canRead(a, scope);
}

/** 回访 and reopening: the villager themself, or staff calling them back (admins, the petition office). */
export function canFollowUp(a: Actor, scope: TicketScope): boolean {
  if (a.kind === 'villager') return canRead(a, scope);
  return a.kind === 'admin' || a.kind === 'system';
}

type Action = 'accept' | 'object' | 'resolve' | 'reopen' | 'rate' | 'transfer' | 'decide_objection' | 'close' | 'note';

const FROM: Record<Action, TicketStatus[]> = {
  accept: ['assigned', 'transferred', 'reopened'],
  object: ['assigned', 'transferred'],
  resolve: ['accepted', 'reopened'],
  reopen: ['resolved', 'closed'],
  rate: ['resolved'],
  transfer: ['submitted', 'assigned', 'accepted', 'reopened', 'transferred'],
  decide_objection: ['objected'],
  close: ['resolved'],
  note: ['submitted', 'assigned', 'accepted', 'resolved', 'reopened', 'objected', 'transferred', 'closed'],
};


export const statusName = (s: TicketStatus) => TICKET_STATUS_NAMES[s];

/** null when allowed, else the reason (a 409 for the caller). */
export function transitionError(action: Action, status: TicketStatus): string | null {
  if (FROM[action].includes(status)) return null;
  return `工单当前状态为「${TICKET_STATUS_NAMES[status]}」，不能执行此操作`;
}
