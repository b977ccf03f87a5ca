import { EntityManager } from 'typeorm';
import { Ticket } from '../entities/Ticket';
import { TicketUnit } from '../entities/TicketUnit';
import { notFound } from '../errors';
import { cachedUnits } from '../routing/reference';
import type { Actor } from './actor';
import { canRead, TicketScope } from './policies';

/** The units above a unit (parent, grandparent …), nearest first: who may supervise its work. */
export async function unitsAbove(m: EntityManager, unitId: number): Promise<number[]> {
  const out: number[] = [];
  let id: number | null = unitId;
  for (let depth = 0; id !== null && depth < 8; depth++) {
    const u: { parentUnitId: number | null } | undefined = (await cachedUnits(m, [id])).get(id);
    id = u?.parentUnitId ?? null;
    if (id !== null) out.push(id);
  }
  return out;
}

/** Loads a ticket with the unit ids working it and the units above its lead, for the policies. */
export async function loadScope(m: EntityManager, id: number): Promise<{ ticket: Ticket; scope: TicketScope }> {
  const ticket = await m.findOne(Ticket, { where: { id } });
  if (!ticket) throw notFound('工单');
  const co = await m.find(TicketUnit, { where: { ticketId: id } });
  return { ticket, scope: { ticket, units: [ticket.handlingUnitId, ...co.map((c) => c.unitId)], above: await unitsAbove(m, ticket.handlingUnitId) } };
}

/** Not found rather than forbidden: a stranger must not learn that a ticket id exists. */
export async function loadReadable(m: EntityManager, actor: Actor, id: number) {
  const loaded = await loadScope(m, id);
  if (!canRead(actor, loaded.scope)) throw notFound('工单');
  return loaded;
}
