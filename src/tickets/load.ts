import { EntityManager } from 'typeorm';
import { Ticket } from '../entities/Ticket';
import { TicketUnit } from '../entities/TicketUnit';
import { notFound } from '../errors';
import { unitChain } from '../routing/reference';
import type { Actor } from './actor';
import { canRead, TicketScope } from './policies';

/** The units above a unit (parent, grandparent …), nearest first: who may direct its work. */
export const unitsAbove = async (m: EntityManager, unitId: number): Promise<number[]> => (await unitChain(m, unitId)).slice(1);

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
