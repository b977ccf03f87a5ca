import type { TicketEvent } from '../../entities/TicketEvent';

/** History: villagers see public events only, with no staff ids. */
export function presentEvent(e: TicketEvent, forVillager: boolean) {
  const data = { ...(e.data ?? {}) };
  if (forVillager) {
    delete data.assigneeId;
    delete data.fromUnitId;
    delete data.approvedBy;
    delete data.leaderId;
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
