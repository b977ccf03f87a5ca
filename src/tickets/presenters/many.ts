import type { EntityManager } from 'typeorm';
import type { Ticket } from '../../entities/Ticket';
import { TicketUnit } from '../../entities/TicketUnit';
import { Petitioner } from '../../entities/Petitioner';
import { Bound, marks, selectRows } from '../../db/rows';
import { cachedUnits } from '../../routing/reference';
import type { Actor } from '../actor';
import { canSeePetitioner } from '../policies';
import { villagePaths } from '../../routing/reference';
import { presentTicket } from './ticket';

/**
 * What createTicket already knows about a ticket it has just opened (its co-handlers and its
 * petitioner), so presenting it in the same request reads nothing back. Keyed by the object.
 */
const fresh = new WeakMap<Ticket, { coUnitIds: number[]; petitioner: Petitioner | null }>();
export function rememberFresh(t: Ticket, info: { coUnitIds: number[]; petitioner: Petitioner | null }): void {
  fresh.set(t, info);
}

/** The co-handling units of a ticket: known for one just opened, else read. */
export async function coUnitIdsOf(m: EntityManager, t: Ticket): Promise<number[]> {
  const f = fresh.get(t);
  if (f) return f.coUnitIds;
  return (await m.find(TicketUnit, { where: { ticketId: t.id } })).map((c) => c.unitId);
}

/**
 * Presents tickets the actor may read with their units, co-handlers and (where allowed)
 * petitioners, in few queries. Callers have checked readability (canRead, scopeQuery).
 */
export async function presentMany(m: EntityManager, a: Actor, tickets: Ticket[], now = new Date()) {
  if (tickets.length === 0) return [];
  const ids = tickets.filter((t) => !fresh.has(t)).map((t) => t.id);
  const co = ids.length
    ? await selectRows(
        m,
        TicketUnit,
        `ticketId IN (${marks(ids.length)})`,
        ids.map((id) => ['ticketId', id] as Bound),
      )
    : [];
  const coBy = new Map<number, number[]>();
  for (const t of tickets) {
    const f = fresh.get(t);
    if (f?.coUnitIds.length) coBy.set(t.id, [...f.coUnitIds]);
  }
  for (const c of co) coBy.set(c.ticketId, [...(coBy.get(c.ticketId) ?? []), c.unitId]);
  const unitIds = [...new Set([...tickets.map((t) => t.handlingUnitId), ...[...coBy.values()].flat()])];
  // Units are reference data: cached briefly (src/routing/reference.ts).
  const units = await cachedUnits(m, unitIds);
  const show = new Map(tickets.map((t) => [t.id, canSeePetitioner(a, { ticket: t, units: [t.handlingUnitId, ...(coBy.get(t.id) ?? [])] })]));
  // Petitioners are read for every ticket: those who may not see them get the text without them.
  const petitioners = new Map<number, Petitioner>();
  for (const t of tickets) {
    const p = fresh.get(t)?.petitioner;
    if (p) petitioners.set(p.id, p);
  }
  const pids = [...new Set(tickets.filter((t) => t.petitionerId && !petitioners.has(t.petitionerId)).map((t) => t.petitionerId!))];
  if (pids.length)
    for (const p of await selectRows(
      m,
      Petitioner,
      `id IN (${marks(pids.length)})`,
      pids.map((id) => ['id', id] as Bound),
    ))
      petitioners.set(p.id, p);
  const paths = await villagePaths(
    m,
    tickets.map((t) => t.villageCode).filter((c): c is string => !!c),
  );
  return tickets.map((t) =>
    presentTicket(t, {
      units,
      coUnitIds: coBy.get(t.id),
      petitioner: t.petitionerId ? petitioners.get(t.petitionerId) : null,
      showPetitioner: !!show.get(t.id),
      forVillager: a.kind === 'villager',
      villagePath: t.villageCode ? (paths.get(t.villageCode) ?? null) : null,
      now,
    }),
  );
}
