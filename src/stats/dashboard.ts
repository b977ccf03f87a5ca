import { EntityManager, In, MoreThanOrEqual } from 'typeorm';
import { dayIndexStart, dayIndexYmd, shanghaiDayIndex } from '../clocks/time';
import { staffJurisdiction } from '../auth/scope';
import { ChatTarget } from '../entities/ChatTarget';
import { ChatterCount } from '../entities/ChatterCount';
import { Ticket } from '../entities/Ticket';
import { TicketEvent } from '../entities/TicketEvent';
import { OVERDUE_SQL, overdueParams } from '../escalation/ladder';
import { cachedUnits, villagePaths } from '../routing/reference';
import type { Actor } from '../tickets/actor';
import { onlyReadable, scopeQuery } from '../tickets/queries';
import { CATEGORY_NAMES, CHANNEL_NAMES, MISCONDUCT, OPEN_STATUSES, TICKET_STATUS_NAMES } from '../vocabulary';
import { inPeriod, rateGroups } from './rates';

/**
 * The leaders' dashboard: the three rates per unit and per township (the very computation of
 * /stats/rates and the daily summary), what is overdue per unit now, intake by channel and by
 * category over time, the villages with most complaints, 未诉先办 leads, today's escalations.
 * Every figure starts from `scopeQuery`, so it counts only what the caller may read: a report is
 * never counted for the unit it accuses or a unit above it.
 */
export const INTERVALS = ['day', 'week', 'month'] as const;
export type Interval = (typeof INTERVALS)[number];

export interface DashboardQuery {
  fromDay: number;
  toDay: number;
  now: Date;
  area?: string;
  interval: Interval;
}

const PLACE = 'COALESCE(t.villageCode, t.countyCode)';

/** The bucket label of a Shanghai day: the day, the Monday of its week, or its month. */
function bucketOf(day: number, interval: Interval): string {
  if (interval === 'day') return dayIndexYmd(day);
  if (interval === 'month') return dayIndexYmd(day).slice(0, 7);
  // Day index 0 is 1970-01-01, a Thursday: Monday-based weeks.
  return dayIndexYmd(day - ((day + 3) % 7));
}

function bucketsOf(fromDay: number, toDay: number, interval: Interval): string[] {
  const out: string[] = [];
  for (let d = fromDay; d <= toDay; d++) {
    const b = bucketOf(d, interval);
    if (out[out.length - 1] !== b) out.push(b);
  }
  return out;
}

/** The area whose group chatter the caller may count: an admin's county, else the staff member's own area. */
function chatterArea(a: Actor): string | null {
  if (a.kind === 'sysadmin' || a.kind === 'system') return '';
  if (a.kind === 'admin') return a.area;
  if (a.kind !== 'leader' && a.kind !== 'cadre') return null;
  const area = staffJurisdiction(a.staff, a.unit);
  return area && area !== 'root' ? area : null;
}

export async function dashboard(m: EntityManager, a: Actor, q: DashboardQuery) {
  const from = dayIndexStart(q.fromDay);
  const to = dayIndexStart(q.toDay + 1);
  const scoped = () => {
    const qb = scopeQuery(m.createQueryBuilder(Ticket, 't'), a);
    if (q.area) qb.andWhere(`${PLACE} LIKE :dbArea`, { dbArea: `${q.area}%` });
    return qb;
  };

  const byUnit = await rateGroups(m, a, { from, to, now: q.now, groupBy: 'unit', area: q.area });
  const byTownship = await rateGroups(m, a, { from, to, now: q.now, groupBy: 'township', area: q.area });

  // Overdue now (any clock the ladder runs), whenever the ticket was filed.
  const overdueRaw: { unitId: unknown; overdue: unknown; open: unknown }[] = await scoped()
    .andWhere('t.status IN (:...dbOpen)', { dbOpen: OPEN_STATUSES })
    .select('t.handlingUnitId', 'unitId')
    .addSelect(`SUM(CASE WHEN ${OVERDUE_SQL} THEN 1 ELSE 0 END)`, 'overdue')
    .addSelect('COUNT(*)', 'open')
    .setParameters(overdueParams(q.now))
    .groupBy('t.handlingUnitId')
    .getRawMany();
  const units = await cachedUnits(
    m,
    overdueRaw.map((r) => Number(r.unitId)),
  );
  const overdueByUnit = overdueRaw
    .map((r) => ({ unitId: Number(r.unitId), unitName: units.get(Number(r.unitId))?.name ?? null, overdue: Number(r.overdue), open: Number(r.open) }))
    .filter((r) => r.overdue > 0)
    .sort((x, y) => y.overdue - x.overdue || y.open - x.open);

  // Intake: the period's tickets (merged duplicates left out, as in the rates), bucketed by Shanghai day.
  const filed = await inPeriod(scoped(), from, to).select(['t.id', 't.createdAt', 't.channel', 't.category']).getMany();
  const buckets = bucketsOf(q.fromDay, q.toDay, q.interval);
  const index = new Map(buckets.map((b, i) => [b, i]));
  const series = (names: Record<string, string>, key: 'channel' | 'category') => {
    const by = new Map<string, number[]>();
    for (const r of filed) {
      const i = index.get(bucketOf(shanghaiDayIndex(r.createdAt), q.interval));
      if (i === undefined) continue;
      const counts = by.get(r[key]) ?? buckets.map(() => 0);
      counts[i]++;
      by.set(r[key], counts);
    }
    return [...by]
      .map(([value, counts]) => ({ value, name: names[value] ?? value, total: counts.reduce((s, n) => s + n, 0), counts }))
      .sort((x, y) => y.total - x.total);
  };

  const villagesRaw: { code: string; count: unknown }[] = await inPeriod(scoped(), from, to)
    .andWhere('t.villageCode IS NOT NULL')
    .select('t.villageCode', 'code')
    .addSelect('COUNT(*)', 'cnt')
    .groupBy('t.villageCode')
    .orderBy('cnt', 'DESC')
    .addOrderBy('t.villageCode', 'ASC')
    .limit(10)
    .getRawMany()
    .then((rows) => rows.map((r) => ({ code: String(r.code), count: r.cnt })));
  const paths = await villagePaths(
    m,
    villagesRaw.map((v) => v.code),
  );

  // 未诉先办: complaint-like group chatter the bot counted (no text kept), in groups of the caller's
  // area. Chatter read as misconduct is left out: where such talk happens is not for everyone.
  const area = chatterArea(a);
  let proactive: { leads: number; byDay: { date: string; count: number }[] } = { leads: 0, byDay: [] };
  if (area !== null) {
    const wanted = q.area && q.area.startsWith(area) ? q.area : area;
    const targets = await m
      .createQueryBuilder(ChatTarget, 'c')
      .select(['c.id'])
      .where("c.purpose = 'village_group'")
      .andWhere(wanted ? 'c.jurisdictionCode LIKE :ct' : '1 = 1', { ct: `${wanted}%` })
      .getMany();
    const counts = targets.length
      ? await m.find(ChatterCount, {
          where: { chatTargetId: In(targets.map((t) => t.id)) },
        })
      : [];
    const fromYmd = dayIndexYmd(q.fromDay);
    const toYmd = dayIndexYmd(q.toDay);
    const byDay = new Map<string, number>();
    for (const c of counts) {
      if (c.date < fromYmd || c.date > toYmd) continue;
      const n = Math.max(0, c.count - (c.categories?.[MISCONDUCT] ?? 0));
      byDay.set(c.date, (byDay.get(c.date) ?? 0) + n);
    }
    const days = [...byDay].sort(([x], [y]) => x.localeCompare(y)).map(([date, count]) => ({ date, count }));
    proactive = { leads: days.reduce((s, d) => s + d.count, 0), byDay: days };
  }

  // Today's escalations (Shanghai day), on tickets the caller may read.
  const today = dayIndexStart(shanghaiDayIndex(q.now));
  const events = await m.find(TicketEvent, {
    where: { type: 'escalated', at: MoreThanOrEqual(today) },
    order: { at: 'DESC', id: 'DESC' },
    take: 1000,
  });
  const escIds = [...new Set(events.map((e) => e.ticketId))];
  const candidates = escIds.length ? await m.find(Ticket, { where: { id: In(escIds) } }) : [];
  const inArea = (t: Ticket) => !q.area || (t.villageCode ?? t.countyCode ?? '').startsWith(q.area);
  const escTickets = new Map((await onlyReadable(m, a, candidates.filter(inArea))).map((t) => [t.id, t]));
  const escUnits = await cachedUnits(
    m,
    [...escTickets.values()].map((t) => t.handlingUnitId),
  );
  const escalationsToday = events.flatMap((e) => {
    const t = escTickets.get(e.ticketId);
    if (!t) return [];
    const data = (e.data ?? {}) as { level?: number; clock?: string };
    const u = escUnits.get(t.handlingUnitId);
    return [
      {
        ticket: {
          id: t.id,
          number: t.number,
          status: t.status,
          statusName: TICKET_STATUS_NAMES[t.status],
          category: t.category,
          categoryName: CATEGORY_NAMES[t.category as keyof typeof CATEGORY_NAMES] ?? t.category,
          handlingUnit: u ? { id: u.id, name: u.name } : null,
        },
        level: data.level ?? null,
        clock: data.clock ?? null,
        at: e.at.toISOString(),
      },
    ];
  });

  return {
    period: { from: dayIndexYmd(q.fromDay), to: dayIndexYmd(q.toDay) },
    interval: q.interval,
    asOf: q.now.toISOString(),
    overall: byUnit.overall,
    ratesByUnit: byUnit.groups,
    ratesByTownship: byTownship.groups,
    overdueByUnit,
    intakeByChannel: { buckets, series: series(CHANNEL_NAMES, 'channel') },
    intakeByCategory: { buckets, series: series(CATEGORY_NAMES, 'category') },
    topVillages: villagesRaw.map((v) => ({ code: v.code, path: paths.get(v.code) ?? null, count: Number(v.count) })),
    proactive: { ...proactive, note: '村民群聊中疑似诉求、尚未登记的线索（未诉先办），按群按日计数，不含内容' },
    escalationsToday,
  };
}
