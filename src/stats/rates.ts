import { EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { dayIndexStart, dayIndexYmd, fromShanghai, shanghaiDayIndex, shanghaiParts } from '../clocks/time';
import { Jurisdiction } from '../entities/Jurisdiction';
import { Ticket } from '../entities/Ticket';
import { Unit } from '../entities/Unit';
import { CATEGORY_NAMES, CategoryCode } from '../vocabulary';
import type { Actor } from '../tickets/actor';
import { scopeQuery, withoutConfidential } from '../tickets/queries';

/**
 * The three rates (响应率, 解决率, 满意率), computed in one place for the stats API and the daily
 * summary, so that the two always agree.
 *
 * Population: the tickets created in the period (merged duplicates left out; they live on in the
 * ticket they were merged into).
 *  - 响应率 = responded in time / decided. A ticket's response is decided once the villager has
 *    answered the 回访 question "were you contacted in time?" (their answer counts), or once its
 *    response clock has ended (then: accepted within the clock or not). A ticket still inside its
 *    response window is in neither figure: counting it would flatter the early and forget the late.
 *  - 解决率 = answered "solved" / answered the 回访; 满意率 = "satisfied" / answered the 回访.
 *  - resolved: how many of them are resolved or closed now (a figure, not a rate).
 */
export interface RateCounts {
  total: number;
  responseDecided: number;
  respondedInTime: number;
  resolved: number;
  rated: number;
  solved: number;
  satisfied: number;
}

export interface Rates {
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
}

export const COUNT_KEYS: (keyof RateCounts)[] = ['total', 'responseDecided', 'respondedInTime', 'resolved', 'rated', 'solved', 'satisfied'];
export const zeroCounts = (): RateCounts => ({ total: 0, responseDecided: 0, respondedInTime: 0, resolved: 0, rated: 0, solved: 0, satisfied: 0 });

export function addCounts(a: RateCounts, b: RateCounts): RateCounts {
  const out = { ...a };
  for (const k of COUNT_KEYS) out[k] += b[k];
  return out;
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);

/** Exact ratios (null where nothing to divide by); callers round for display. */
export function ratesOf(c: RateCounts): Rates {
  return { responseRate: ratio(c.respondedInTime, c.responseDecided), resolutionRate: ratio(c.solved, c.rated), satisfactionRate: ratio(c.satisfied, c.rated) };
}

/**
 * The counts as SQL aggregates over alias `t`, "as of" `now` (whose response clocks have ended).
 * Parameter names are prefixed `rc` so they cannot collide with the caller's.
 */
export function selectCounts<T extends import('typeorm').ObjectLiteral>(qb: SelectQueryBuilder<T>, now: Date): SelectQueryBuilder<T> {
  const decided = '(t.contactedInTime IS NOT NULL OR t.responseDueAt <= :rcNow)';
  // A written 不予受理 decision is the unit's response too (closedAt is when it went out).
  const answeredInTime =
    "((t.acceptedAt IS NOT NULL AND t.acceptedAt <= t.responseDueAt) OR (t.status = 'declined' AND t.closedAt IS NOT NULL AND t.closedAt <= t.responseDueAt))";
  const inTime = `(t.contactedInTime = :rcYes OR (t.contactedInTime IS NULL AND t.responseDueAt <= :rcNow AND ${answeredInTime}))`;
  return qb
    .addSelect('COUNT(*)', 'total')
    .addSelect(`SUM(CASE WHEN ${decided} THEN 1 ELSE 0 END)`, 'responseDecided')
    .addSelect(`SUM(CASE WHEN ${inTime} THEN 1 ELSE 0 END)`, 'respondedInTime')
    .addSelect("SUM(CASE WHEN t.status IN ('resolved', 'closed') THEN 1 ELSE 0 END)", 'resolved')
    .addSelect('SUM(CASE WHEN t.ratedAt IS NOT NULL THEN 1 ELSE 0 END)', 'rated')
    .addSelect('SUM(CASE WHEN t.ratedAt IS NOT NULL AND t.solved = :rcYes THEN 1 ELSE 0 END)', 'solved')
    .addSelect('SUM(CASE WHEN t.ratedAt IS NOT NULL AND t.satisfied = :rcYes THEN 1 ELSE 0 END)', 'satisfied')
    .setParameters({ rcNow: now, rcYes: true });
}

/** Tickets created in [from, to), merged duplicates left out. */
export function inPeriod<T extends import('typeorm').ObjectLiteral>(qb: SelectQueryBuilder<T>, from: Date, to: Date): SelectQueryBuilder<T> {
  return qb.andWhere('t.createdAt >= :rcFrom AND t.createdAt < :rcTo AND t.duplicateOfId IS NULL', { rcFrom: from, rcTo: to });
}

export function countsOfRow(r: Record<string, unknown>): RateCounts {
  const out = zeroCounts();
  for (const k of COUNT_KEYS) out[k] = Number(r[k] ?? 0);
  return out;
}

// --- the stats API's view -------------------------------------------------------------------

export const GROUP_BYS = ['unit', 'township', 'category', 'month'] as const;
export type GroupBy = (typeof GROUP_BYS)[number];

/** A period of Shanghai calendar dates, `to` inclusive. */
export interface Period {
  /** 'YYYY-MM-DD' */
  from: string;
  to: string;
}

/** The instants of a period: [00:00 Shanghai of `from`, 00:00 Shanghai of the day after `to`). */
export function periodInstants(p: { fromDay: number; toDay: number }): { from: Date; to: Date } {
  return { from: dayIndexStart(p.fromDay), to: dayIndexStart(p.toDay + 1) };
}

export interface RateQuery {
  from: Date;
  to: Date;
  /** The instant the rates are "as of" (which response clocks have ended). */
  now: Date;
  groupBy: GroupBy;
  area?: string;
  unitId?: number;
  category?: string;
  /** Leave confidential tickets (misconduct, any naming an accused unit) out whoever reads. */
  general?: boolean;
}

export interface RateRow extends RateCounts, Rates {
  /** The group: unit id, township code, category code or 'YYYY-MM'; null for tickets without one. */
  key: string | null;
  label: string;
  unit?: { id: number; name: string; jurisdictionCode: string } | null;
}

/** Shanghai months touched by [from, to), as [label, start, end) with the ends clipped to the period. */
export function monthsOf(from: Date, to: Date): { label: string; start: Date; end: Date }[] {
  const out: { label: string; start: Date; end: Date }[] = [];
  let { y, m } = shanghaiParts(from);
  for (let start = from; start < to; ) {
    const next = fromShanghai(y, m + 1, 1);
    const end = next < to ? next : to;
    out.push({ label: `${y}-${String(m).padStart(2, '0')}`, start, end });
    start = end;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

const round3 = (r: number | null) => (r === null ? null : Math.round(r * 1000) / 1000);

function row(key: string | null, label: string, c: RateCounts, extra: Partial<RateRow> = {}): RateRow {
  const r = ratesOf(c);
  return {
    key,
    label,
    ...extra,
    ...c,
    responseRate: round3(r.responseRate),
    resolutionRate: round3(r.resolutionRate),
    satisfactionRate: round3(r.satisfactionRate),
  };
}

/**
 * The rates of what `actor` may read (the tickets list's own scoping: a report is never counted
 * for the unit it accuses or any unit above it), grouped one way, with the overall figures.
 */
export async function rateGroups(m: EntityManager, actor: Actor, q: RateQuery): Promise<{ overall: RateRow; groups: RateRow[] }> {
  const qb = inPeriod(scopeQuery(m.createQueryBuilder(Ticket, 't'), actor), q.from, q.to);
  if (q.general) withoutConfidential(qb);
  if (q.area) qb.andWhere('COALESCE(t.villageCode, t.countyCode) LIKE :rcArea', { rcArea: `${q.area}%` });
  if (q.unitId) qb.andWhere('t.handlingUnitId = :rcUnit', { rcUnit: q.unitId });
  if (q.category) qb.andWhere('t.category = :rcCat', { rcCat: q.category });

  let expr: string;
  const months = q.groupBy === 'month' ? monthsOf(q.from, q.to) : [];
  switch (q.groupBy) {
    case 'unit':
      expr = 't.handlingUnitId';
      break;
    case 'township':
      expr = 'SUBSTR(t.villageCode, 1, 9)';
      break;
    case 'category':
      expr = 't.category';
      break;
    case 'month': {
      // Shanghai months as instant ranges: no SQL date functions (they differ between SQLite and MySQL, and by session time zone).
      const arms = months.map((mo, i) => {
        qb.setParameter(`rcM${i}`, mo.start);
        return `WHEN t.createdAt >= :rcM${i} THEN '${mo.label}'`;
      });
      expr = `CASE ${arms.reverse().join(' ')} ELSE NULL END`;
      break;
    }
  }
  qb.select(expr, 'grp');
  // By the alias: the same text on both databases (MySQL's ONLY_FULL_GROUP_BY accepts it).
  selectCounts(qb, q.now).groupBy('grp');
  const raw: Record<string, unknown>[] = await qb.getRawMany();
  const keyed = raw.map((r) => ({ key: r.grp === null || r.grp === undefined ? null : String(r.grp), counts: countsOfRow(r) }));

  let groups: RateRow[];
  if (q.groupBy === 'unit') {
    const ids = keyed.map((k) => Number(k.key)).filter((n) => Number.isFinite(n));
    const units = new Map((ids.length ? await m.find(Unit, { where: { id: In(ids) } }) : []).map((u) => [u.id, u]));
    groups = keyed.map((k) => {
      const u = units.get(Number(k.key)) ?? null;
      return row(k.key, u?.name ?? String(k.key), k.counts, { unit: u ? { id: u.id, name: u.name, jurisdictionCode: u.jurisdictionCode } : null });
    });
  } else if (q.groupBy === 'township') {
    const codes = keyed.map((k) => k.key).filter((c): c is string => !!c);
    const places = new Map((codes.length ? await m.find(Jurisdiction, { where: { code: In(codes) } }) : []).map((j) => [j.code, j.name]));
    groups = keyed.map((k) => row(k.key, k.key ? (places.get(k.key) ?? k.key) : '未定位到村', k.counts));
  } else if (q.groupBy === 'category') {
    groups = keyed.map((k) => row(k.key, CATEGORY_NAMES[k.key as CategoryCode] ?? String(k.key), k.counts));
  } else {
    // Every month of the period, empty ones too: a monthly assessment wants the zeros.
    const byMonth = new Map(keyed.map((k) => [k.key, k.counts]));
    groups = months.map((mo) => row(mo.label, mo.label, byMonth.get(mo.label) ?? zeroCounts()));
  }
  if (q.groupBy !== 'month') groups.sort((a, b) => b.total - a.total || String(a.key).localeCompare(String(b.key)));
  const overall = row(
    null,
    '合计',
    keyed.reduce((s, k) => addCounts(s, k.counts), zeroCounts()),
  );
  return { overall, groups };
}

/** The API's default period: the 30 Shanghai days up to and including today. */
export function defaultPeriod(now: Date): { fromDay: number; toDay: number } {
  const toDay = shanghaiDayIndex(now);
  return { fromDay: toDay - 29, toDay };
}

export const periodLabel = (p: { fromDay: number; toDay: number }): Period => ({ from: dayIndexYmd(p.fromDay), to: dayIndexYmd(p.toDay) });

/** 1 January (Shanghai) of `now`'s year: the summary's 本年累计 starts there. */
export const yearStart = (now: Date): Date => fromShanghai(shanghaiParts(now).y, 1, 1);
