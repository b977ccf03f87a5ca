import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { OVERDUE_SQL, overdueParams } from '../escalation/ladder';
import { Jurisdiction } from '../entities/Jurisdiction';
import { Ticket } from '../entities/Ticket';
import { cachedUnits } from '../routing/reference';
import { CATEGORY_NAMES, CHANNEL_NAMES, OPEN_STATUSES, TICKET_STATUS_NAMES, URGENCY_NAMES } from '../vocabulary';
import type { Actor } from './actor';
import { scopeQuery } from './queries';
import { presentMany } from './presenters/many';

/**
 * The 台账: the ticket list as the petition office works it — filters, search, sorting, page
 * numbers with a total, and counts per filter value. Every query starts from `scopeQuery`, the
 * list's own scoping, so the rows, the total and every count hold only what the caller could
 * read (a report is never counted for the unit it accuses or a unit above it).
 *
 * Search is a SQL LIKE over number, text and place: a scan, which at a county's scale (tens of
 * thousands of tickets) is milliseconds; a full-text index would be the next step beyond that.
 */
export interface LedgerFilters {
  status?: string[];
  category?: string[];
  urgency?: string[];
  channel?: string[];
  unitId?: number[];
  township?: string;
  village?: string;
  area?: string;
  overdue?: boolean;
  escalated?: boolean;
  supervised?: boolean;
  repeat?: boolean;
  open?: boolean;
  /** Created in [from, to). */
  from?: Date;
  to?: Date;
  q?: string;
}

export const LEDGER_SORTS = ['-createdAt', 'createdAt', 'dueAt', '-dueAt', '-updatedAt', 'updatedAt', 'number', '-number', 'urgency'] as const;
export type LedgerSort = (typeof LEDGER_SORTS)[number];

/** The facets counted: each with every other filter applied, its own left out. */
export const FACETS = ['status', 'category', 'urgency', 'channel', 'unit', 'township'] as const;
type Facet = (typeof FACETS)[number];

const PLACE = 'COALESCE(t.villageCode, t.countyCode)';
const ESCALATED = '(t.escalationLevel > 0 OR t.supervised = :lgYes)';
const REPEAT = '(t.repeatOfId IS NOT NULL OR t.repeatCount > 0)';
const OPEN = 't.status IN (:...lgOpen)';
const TOWNSHIP = 'SUBSTR(t.villageCode, 1, 9)';

/** LIKE with '!' as the escape character (the same on SQLite and MySQL, unlike a backslash). */
export const likeContaining = (q: string) => `%${q.replace(/[!%_]/g, (c) => `!${c}`)}%`;

function applyFilters(qb: SelectQueryBuilder<Ticket>, a: Actor, f: LedgerFilters, now: Date, skip?: Facet): SelectQueryBuilder<Ticket> {
  scopeQuery(qb, a);
  qb.setParameters({ lgYes: true, lgOpen: OPEN_STATUSES });
  if (f.status?.length && skip !== 'status') qb.andWhere('t.status IN (:...lgStatus)', { lgStatus: f.status });
  if (f.category?.length && skip !== 'category') qb.andWhere('t.category IN (:...lgCategory)', { lgCategory: f.category });
  if (f.urgency?.length && skip !== 'urgency') qb.andWhere('t.urgency IN (:...lgUrgency)', { lgUrgency: f.urgency });
  if (f.channel?.length && skip !== 'channel') qb.andWhere('t.channel IN (:...lgChannel)', { lgChannel: f.channel });
  if (f.unitId?.length && skip !== 'unit') qb.andWhere('t.handlingUnitId IN (:...lgUnit)', { lgUnit: f.unitId });
  if (f.township && skip !== 'township') qb.andWhere(`${PLACE} LIKE :lgTownship`, { lgTownship: `${f.township}%` });
  if (f.village) qb.andWhere('t.villageCode = :lgVillage', { lgVillage: f.village });
  if (f.area) qb.andWhere(`${PLACE} LIKE :lgArea`, { lgArea: `${f.area}%` });
  if (f.overdue !== undefined) qb.andWhere(f.overdue ? OVERDUE_SQL : `NOT ${OVERDUE_SQL}`, overdueParams(now));
  if (f.escalated !== undefined) qb.andWhere(f.escalated ? ESCALATED : `NOT ${ESCALATED}`);
  if (f.supervised !== undefined) qb.andWhere('t.supervised = :lgSupervised', { lgSupervised: f.supervised });
  if (f.repeat !== undefined) qb.andWhere(f.repeat ? REPEAT : `NOT ${REPEAT}`);
  if (f.open !== undefined) qb.andWhere(f.open ? OPEN : `NOT ${OPEN}`);
  if (f.from) qb.andWhere('t.createdAt >= :lgFrom', { lgFrom: f.from });
  if (f.to) qb.andWhere('t.createdAt < :lgTo', { lgTo: f.to });
  if (f.q) {
    const like = likeContaining(f.q);
    // A cadre of a co-handling unit reads the text with the petitioner masked: searching the
    // unmasked text would tell it whose name or phone is in there. Its search reads the text of
    // tickets its unit leads only; elsewhere the number. (Leaders and admins see the petitioner
    // on every ticket they may read.)
    if (a.kind === 'cadre')
      qb.andWhere("(t.number LIKE :lgQ ESCAPE '!' OR (t.handlingUnitId = :lgQUnit AND (t.text LIKE :lgQ ESCAPE '!' OR t.placeText LIKE :lgQ ESCAPE '!')))", {
        lgQ: like,
        lgQUnit: a.staff.unitId ?? -1,
      });
    else qb.andWhere("(t.number LIKE :lgQ ESCAPE '!' OR t.text LIKE :lgQ ESCAPE '!' OR t.placeText LIKE :lgQ ESCAPE '!')", { lgQ: like });
  }
  return qb;
}

function applySort(qb: SelectQueryBuilder<Ticket>, sort: LedgerSort): SelectQueryBuilder<Ticket> {
  const dir = sort.startsWith('-') ? 'DESC' : 'ASC';
  switch (sort.replace(/^-/, '')) {
    case 'dueAt':
      qb.orderBy('t.resolutionDueAt', dir);
      break;
    case 'updatedAt':
      qb.orderBy('t.updatedAt', dir);
      break;
    case 'number':
      qb.orderBy('t.number', dir);
      break;
    case 'urgency':
      qb.addSelect("CASE t.urgency WHEN 'emergency' THEN 0 WHEN 'utilities' THEN 1 WHEN 'complex' THEN 2 ELSE 3 END", 'lg_urgency_rank').orderBy(
        'lg_urgency_rank',
        'ASC',
      );
      qb.addOrderBy('t.resolutionDueAt', 'ASC');
      break;
    default:
      qb.orderBy('t.createdAt', dir);
  }
  return qb.addOrderBy('t.id', dir === 'ASC' && sort !== 'urgency' ? 'ASC' : 'DESC');
}

/** The tickets of one filter, sorted, `limit` from `offset`, and how many match in all. */
export async function ledgerTickets(m: EntityManager, a: Actor, f: LedgerFilters, o: { sort: LedgerSort; offset: number; limit: number }, now = new Date()) {
  const total = await applyFilters(m.createQueryBuilder(Ticket, 't'), a, f, now).getCount();
  const rows =
    total > o.offset
      ? await applySort(applyFilters(m.createQueryBuilder(Ticket, 't'), a, f, now), o.sort)
          .offset(o.offset)
          .limit(o.limit)
          .getMany()
      : [];
  return { rows, total };
}

/** Names of divisions by exact code. */
export async function divisionNames(m: EntityManager, codes: (string | null | undefined)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(codes.filter((c): c is string => !!c))];
  if (!wanted.length) return new Map();
  const rows = await m.find(Jurisdiction, { where: { code: In(wanted) }, select: { code: true, name: true } });
  return new Map(rows.map((j) => [j.code, j.name]));
}

/** Township names by code (9 digits), for the list's rows and the township facet. */
export const townshipNames = (m: EntityManager, codes: (string | null | undefined)[]): Promise<Map<string, string>> =>
  divisionNames(
    m,
    codes.filter((c): c is string => !!c && c.length >= 9).map((c) => c.slice(0, 9)),
  );

/** One page of the 台账 as the viewer may see it: the presenter's fields plus the township. */
export async function ledgerPage(m: EntityManager, a: Actor, f: LedgerFilters, o: { sort: LedgerSort; page: number; pageSize: number }, now = new Date()) {
  const { rows, total } = await ledgerTickets(m, a, f, { sort: o.sort, offset: (o.page - 1) * o.pageSize, limit: o.pageSize }, now);
  const items = await presentMany(m, a, rows, now);
  const towns = await townshipNames(
    m,
    rows.map((t) => t.villageCode),
  );
  return {
    items: items.map((it, i) => {
      const code = rows[i].villageCode?.slice(0, 9) ?? null;
      return { ...it, township: code ? { code, name: towns.get(code) ?? null } : null };
    }),
    total,
    page: o.page,
    pageSize: o.pageSize,
  };
}

type FacetValue = { value: string | number; name: string | null; count: number };

/** Counts per filter value, each with every other filter applied, all within the caller's scope. */
export async function ledgerFacets(m: EntityManager, a: Actor, f: LedgerFilters, now = new Date()) {
  const column: Record<Facet, string> = {
    status: 't.status',
    category: 't.category',
    urgency: 't.urgency',
    channel: 't.channel',
    unit: 't.handlingUnitId',
    township: TOWNSHIP,
  };
  const raw: Record<string, { value: unknown; count: unknown }[]> = {};
  for (const facet of FACETS) {
    const qb = applyFilters(m.createQueryBuilder(Ticket, 't'), a, f, now, facet)
      .select(column[facet], 'value')
      .addSelect('COUNT(*)', 'count')
      .groupBy(column[facet]);
    if (facet === 'township') qb.andWhere('t.villageCode IS NOT NULL');
    raw[facet] = await qb.getRawMany();
  }
  const named =
    (names: Record<string, string>) =>
    (rows: { value: unknown; count: unknown }[]): FacetValue[] =>
      rows.map((r) => ({ value: String(r.value), name: names[String(r.value)] ?? null, count: Number(r.count) }));
  const units = await cachedUnits(
    m,
    raw.unit.map((r) => Number(r.value)),
  );
  const towns = await townshipNames(
    m,
    raw.township.map((r) => String(r.value)),
  );
  const byCount = (xs: FacetValue[]) => xs.filter((x) => x.count > 0).sort((x, y) => y.count - x.count || String(x.value).localeCompare(String(y.value)));

  const flags = await applyFilters(m.createQueryBuilder(Ticket, 't'), a, f, now)
    .select(`SUM(CASE WHEN ${OVERDUE_SQL} THEN 1 ELSE 0 END)`, 'overdue')
    .addSelect(`SUM(CASE WHEN ${ESCALATED} THEN 1 ELSE 0 END)`, 'escalated')
    .addSelect('SUM(CASE WHEN t.supervised = :lgYes THEN 1 ELSE 0 END)', 'supervised')
    .addSelect(`SUM(CASE WHEN ${REPEAT} THEN 1 ELSE 0 END)`, 'repeat')
    .addSelect(`SUM(CASE WHEN ${OPEN} THEN 1 ELSE 0 END)`, 'open')
    .setParameters(overdueParams(now))
    .getRawOne();
  return {
    status: byCount(named(TICKET_STATUS_NAMES)(raw.status)),
    category: byCount(named(CATEGORY_NAMES)(raw.category)),
    urgency: byCount(named(URGENCY_NAMES)(raw.urgency)),
    channel: byCount(named(CHANNEL_NAMES)(raw.channel)),
    unit: byCount(raw.unit.map((r) => ({ value: Number(r.value), name: units.get(Number(r.value))?.name ?? null, count: Number(r.count) }))),
    township: byCount(raw.township.map((r) => ({ value: String(r.value), name: towns.get(String(r.value)) ?? null, count: Number(r.count) }))),
    flags: {
      overdue: Number(flags?.overdue ?? 0),
      escalated: Number(flags?.escalated ?? 0),
      supervised: Number(flags?.supervised ?? 0),
      repeat: Number(flags?.repeat ?? 0),
      open: Number(flags?.open ?? 0),
    },
  };
}
