import { Brackets, EntityManager, SelectQueryBuilder } from 'typeorm';
import { OVERDUE_SQL, overdueParams } from '../escalation/ladder';
import { Ticket } from '../entities/Ticket';
import { forbidden } from '../errors';
import { MISCONDUCT } from '../vocabulary';
import { Actor } from './actor';
import { unitChainOf } from './policies';
import { presentMany } from './presenters/many';

/** SQL for "not `isConfidential`": neither misconduct nor naming an accused unit. */
const NOT_CONFIDENTIAL = `(t.category <> '${MISCONDUCT}' AND t.accusedUnitId IS NULL)`;

/**
 * The same scoping as `canRead`, as SQL, so lists, counts and stats never hold what a get would
 * refuse. Parameters are prefixed `scope` so callers' own names cannot collide with them.
 */
export function scopeQuery(qb: SelectQueryBuilder<Ticket>, a: Actor): SelectQueryBuilder<Ticket> {
  if (a.kind === 'system') return qb;
  if (a.kind === 'villager') return qb.andWhere('t.petitionerId = :scopePid', { scopePid: a.petitionerId });
  if (a.kind === 'channel' || a.kind === 'bot') throw forbidden('渠道令牌只能提交诉求');
  // Rule 2: nothing accusing the actor's unit or a unit above it.
  const chain = unitChainOf(a);
  if (chain.length) qb.andWhere('(t.accusedUnitId IS NULL OR t.accusedUnitId NOT IN (:...scopeChain))', { scopeChain: chain });
  if (a.kind === 'sysadmin') return qb;
  if (a.kind === 'admin') return qb.andWhere('COALESCE(t.villageCode, t.countyCode) LIKE :scopeArea', { scopeArea: `${a.area || '-'}%` });
  const unitId = a.staff.unitId ?? -1;
  return qb.andWhere(
    new Brackets((w) => {
      w.where('t.handlingUnitId = :scopeUnit', { scopeUnit: unitId }).orWhere(
        `(${NOT_CONFIDENTIAL} AND t.id IN (SELECT stu.ticketId FROM ticket_unit stu WHERE stu.unitId = :scopeUnit))`,
        { scopeUnit: unitId },
      );
      if (a.kind === 'leader') {
        w.orWhere(`(${NOT_CONFIDENTIAL} AND t.ownerLeaderId = :scopeStaff)`, { scopeStaff: a.staff.id });
        if (a.staff.jurisdictionCode) {
          w.orWhere(`(${NOT_CONFIDENTIAL} AND COALESCE(t.villageCode, t.countyCode) LIKE :scopeJur)`, { scopeJur: `${a.staff.jurisdictionCode}%` });
        }
      }
    }),
  );
}

/** Only what may be said where an accused person may be listening (a work group): nothing confidential. */
export const withoutConfidential = (qb: SelectQueryBuilder<Ticket>): SelectQueryBuilder<Ticket> => qb.andWhere(NOT_CONFIDENTIAL);

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
  if (f.overdue) qb.andWhere(OVERDUE_SQL, overdueParams(now));
  if (f.cursor) qb.andWhere('t.id < :cursor', { cursor: f.cursor });
  const rows = await qb
    .orderBy('t.id', 'DESC')
    .limit(f.limit + 1)
    .getMany();
  const page = rows.slice(0, f.limit);
  const items = await presentMany(m, a, page, now);
  return { items, nextCursor: rows.length > f.limit ? String(page[page.length - 1].id) : null };
}
