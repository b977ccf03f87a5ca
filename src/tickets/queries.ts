import { Brackets, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Ticket, OPEN_STATUSES } from '../entities/Ticket';
import { TicketUnit } from '../entities/TicketUnit';
import { Petitioner } from '../entities/Petitioner';
import { forbidden } from '../errors';
import { Actor } from './actor';
import { canSeePetitioner } from './policies';
import { presentTicket } from './presenter';
import { cachedJurisdictions, cachedUnits } from '../routing/reference';
import { Bound, marks, selectRows } from '../db/rows';

/** The same scoping as `canRead`, as SQL, so lists never leak what a get would refuse. */
export function scopeQuery(qb: SelectQueryBuilder<Ticket>, a: Actor): SelectQueryBuilder<Ticket> {
  switch (a.kind) {
    case 'admin':
    case 'sysadmin':
    case 'system':
      return qb;
    case 'villager':
      return qb.andWhere('t.petitionerId = :pid', { pid: a.petitionerId });
    case 'channel':
    case 'bot':
      throw forbidden('渠道令牌只能提交诉求');
    case 'cadre':
    case 'leader': {
      const unitId = a.staff.unitId ?? -1;
      qb.andWhere('(t.accusedUnitId IS NULL OR t.accusedUnitId <> :uid)', { uid: unitId });
      return qb.andWhere(
        new Brackets((w) => {
          w.where(
            new Brackets((own) => {
              own.where('t.handlingUnitId = :uid', { uid: unitId }).orWhere(
                "(t.category <> 'misconduct' AND t.id IN (SELECT tu.ticketId FROM ticket_unit tu WHERE tu.unitId = :uid))",
                { uid: unitId },
              );
            }),
          );
          if (a.kind === 'leader') {
            w.orWhere('(t.category <> \'misconduct\' AND t.ownerLeaderId = :sid)', { sid: a.staff.id });
            if (a.staff.jurisdictionCode) {
              w.orWhere("(t.category <> 'misconduct' AND COALESCE(t.villageCode, t.countyCode) LIKE :area)", { area: `${a.staff.jurisdictionCode}%` });
            }
          }
        }),
      );
    }
  }
}

/** Keeps only the tickets the actor could read (one query, the list's own scoping). */
export async function onlyReadable(m: EntityManager, a: Actor, tickets: Ticket[]): Promise<Ticket[]> {
  if (tickets.length === 0) return [];
  const ok = await scopeQuery(m.createQueryBuilder(Ticket, 't'), a)
    .andWhere('t.id IN (:...readIds)', { readIds: tickets.map((t) => t.id) })
    .select('t.id')
    .getMany();
  const ids = new Set(ok.map((t) => t.id));
  return tickets.filter((t) => ids.has(t.id));
}

export interface ListFilters {
  status?: string[];
  category?: string;
  area?: string;
  unitId?: number;
  overdue?: boolean;
  cursor?: number;
  limit: number;
}

export async function listTickets(m: EntityManager, a: Actor, f: ListFilters, now = new Date()) {
  const qb = scopeQuery(m.createQueryBuilder(Ticket, 't'), a);
  if (f.status?.length) qb.andWhere('t.status IN (:...st)', { st: f.status });
  if (f.category) qb.andWhere('t.category = :cat', { cat: f.category });
  if (f.area) qb.andWhere('COALESCE(t.villageCode, t.countyCode) LIKE :ar', { ar: `${f.area}%` });
  if (f.unitId) qb.andWhere('t.handlingUnitId = :hu', { hu: f.unitId });
  if (f.overdue) qb.andWhere('t.status IN (:...open) AND t.resolutionDueAt < :now', { open: OPEN_STATUSES, now });
  if (f.cursor) qb.andWhere('t.id < :cursor', { cursor: f.cursor });
  const rows = await qb.orderBy('t.id', 'DESC').limit(f.limit + 1).getMany();
  const page = rows.slice(0, f.limit);
  const items = await presentMany(m, a, page, now);
  return { items, nextCursor: rows.length > f.limit ? String(page[page.length - 1].id) : null };
}

/**
 * What createTicket already knows about a ticket it has just opened (its co-handlers and its
 * petitioner), so presenting it in the same request reads nothing back. Keyed by the object.
 */
const fresh = new WeakMap<Ticket, { coUnitIds: number[]; petitioner: Petitioner | null }>();
export function rememberFresh(t: Ticket, info: { coUnitIds: number[]; petitioner: Petitioner | null }): void {
  fresh.set(t, info);
}

/** Presents tickets with their units, co-handlers and (where allowed) petitioners, in few queries. */
export async function presentMany(m: EntityManager, a: Actor, tickets: Ticket[], now = new Date()) {
  if (tickets.length === 0) return [];
  const ids = tickets.filter((t) => !fresh.has(t)).map((t) => t.id);
  const co = ids.length ? await selectRows(m, TicketUnit, `ticketId IN (${marks(ids.length)})`, ids.map((id) => ['ticketId', id] as Bound)) : [];
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
  const petitioners = new Map<number, Petitioner>();
  for (const t of tickets) {
    const p = fresh.get(t)?.petitioner;
    if (p && show.get(t.id)) petitioners.set(p.id, p);
  }
  const pids = [...new Set(tickets.filter((t) => show.get(t.id) && t.petitionerId && !petitioners.has(t.petitionerId)).map((t) => t.petitionerId!))];
  if (pids.length) for (const p of await selectRows(m, Petitioner, `id IN (${marks(pids.length)})`, pids.map((id) => ['id', id] as Bound))) petitioners.set(p.id, p);
  const paths = await villagePaths(m, tickets.map((t) => t.villageCode).filter((c): c is string => !!c));
  return tickets.map((t) =>
    presentTicket(t, {
      units,
      coUnitIds: coBy.get(t.id),
      petitioner: t.petitionerId ? petitioners.get(t.petitionerId) : null,
      showPetitioner: !!show.get(t.id),
      forVillager: a.kind === 'villager',
      villagePath: t.villageCode ? paths.get(t.villageCode) ?? null : null,
      now,
    }),
  );
}

/** 火车站乡莲荷村-style paths (township + village; the county is in the number). */
export async function villagePaths(m: EntityManager, codes: string[]): Promise<Map<string, string>> {
  const uniq = [...new Set(codes)];
  if (uniq.length === 0) return new Map();
  const all = [...new Set(uniq.flatMap((c) => [c, c.slice(0, 9), c.slice(0, 6)]))];
  const rows = await cachedJurisdictions(m, all);
  const name = new Map([...rows.values()].map((r) => [r.code, r.shortName || r.name]));
  return new Map(uniq.map((c) => [c, [c.slice(0, 6), c.slice(0, 9), c].map((x) => name.get(x) ?? '').join('')]));
}
