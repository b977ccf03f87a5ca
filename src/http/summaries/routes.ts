import { staffJurisdiction } from '../../auth/scope';
import { z } from 'zod';
import { Between, EntityManager, In } from 'typeorm';
import type { Mount } from '../app';
import { requireActor } from '../auth';
import { badRequest, forbidden } from '../../errors';
import { dayIndexYmd, shanghaiYmd, ymdDayIndex } from '../../clocks/time';
import { ChatTarget } from '../../entities/ChatTarget';
import { DailySummary } from '../../entities/DailySummary';
import type { Actor } from '../../tickets/actor';
import { cachedUnits } from '../../routing/reference';
import { withoutMisconduct } from '../../jobs/summary-text';

const ymdText = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const SummaryQuery = z.strictObject({
  jurisdiction: z.string({ error: '请指定 jurisdiction（区域代码）' }).regex(/^\d{2}(\d{2}){0,2}(\d{3}){0,2}$/, 'jurisdiction 应为 2/4/6/9/12 位区域代码'),
  date: ymdText.optional(),
  /** The archive: every summary of the area from `from` to `to` (Shanghai dates, inclusive), newest first. */
  from: ymdText.optional(),
  to: ymdText.optional(),
  limit: z.coerce.number({ error: 'limit 应为 1–500' }).int().min(1).max(500).default(100),
  offset: z.coerce.number({ error: 'offset 应为非负整数' }).int().min(0).max(1_000_000).default(0),
});

/** Longest archive range one request may cover. */
export const MAX_ARCHIVE_DAYS = 366;

/**
 * System-wide admins read every area, a county admin its county; leaders and cadres their own
 * area and below (staff area, else their unit's).
 */
function mayRead(a: Actor, code: string): boolean {
  if (a.kind === 'sysadmin' || a.kind === 'system') return true;
  if (a.kind === 'admin') return code.startsWith(a.area);
  if (a.kind !== 'leader' && a.kind !== 'cadre') return false;
  const area = staffJurisdiction(a.staff, a.unit);
  return !!area && area !== 'root' && code.startsWith(area);
}

const LEADING_UNITS = ['county_gov', 'city_gov', 'discipline'];
const LEADING_POSITIONS = ['county_leader', 'county_secretary'];

/**
 * Rule 9: the misconduct count is for discipline commissions, county (or city) leaders and the
 * administration, and only when the reader's own unit governs the summary's area or above it
 * (the count holds complaints against units below the area, which a reader there may be).
 */
async function toldOfMisconduct(m: EntityManager, a: Actor, code: string): Promise<boolean> {
  if (a.kind === 'system') return true;
  if (a.kind !== 'sysadmin' && a.kind !== 'admin' && a.kind !== 'leader' && a.kind !== 'cadre') return false;
  const unitId = a.staff?.unitId ?? null;
  const unit = unitId === null ? null : ((a.kind === 'sysadmin' ? (await cachedUnits(m, [unitId])).get(unitId) : a.unit) ?? null);
  if (unitId !== null && (!unit || !code.startsWith(unit.jurisdictionCode))) return false;
  if (a.kind === 'sysadmin' || a.kind === 'admin') return true;
  return (!!unit && LEADING_UNITS.includes(unit.kind)) || (a.kind === 'leader' && LEADING_POSITIONS.includes(a.staff.position ?? ''));
}

/** The stored figures without the misconduct count (also the fields of summaries stored before it had its own). */
function statsWithoutMisconduct(stats: Record<string, unknown>): Record<string, unknown> {
  const { misconductToday: _today, ...rest } = stats;
  const overdue = rest.overdue && typeof rest.overdue === 'object' ? { ...(rest.overdue as Record<string, unknown>) } : rest.overdue;
  if (overdue && typeof overdue === 'object') delete (overdue as Record<string, unknown>).misconduct;
  return { ...rest, overdue, misconduct: null };
}

export const summariesMount: Mount = ({ v1: api }) => {
  api.route(
    {
      method: 'get',
      path: '/summaries',
      summary: '每日自查汇总（按区域和日期，默认今天；或 from/to 时段归档，按日期倒序分页）',
      tag: 'summaries',
      query: SummaryQuery,
      roles: ['admin', 'leader', 'cadre'],
    },
    async (ctx, { query }) => {
      const actor = requireActor(ctx, 'admin', 'leader', 'cadre');
      const checkDay = (d: string, field: string) => {
        try {
          return ymdDayIndex(d);
        } catch {
          throw badRequest(`没有这一天：${d}`, field);
        }
      };
      const range = query.from !== undefined || query.to !== undefined;
      if (range && query.date) throw badRequest('date 与 from/to 只能用其一', 'date');
      const date = query.date ?? shanghaiYmd(new Date());
      let from = date;
      let to = date;
      if (range) {
        to = query.to ?? shanghaiYmd(new Date());
        const toDay = checkDay(to, 'to');
        const fromDay = query.from ? checkDay(query.from, 'from') : toDay - 29;
        if (fromDay > toDay) throw badRequest('from 不能晚于 to', 'from');
        if (toDay - fromDay + 1 > MAX_ARCHIVE_DAYS) throw badRequest(`时段最长 ${MAX_ARCHIVE_DAYS} 天`, 'to');
        from = query.from ?? dayIndexYmd(fromDay);
      } else checkDay(date, 'date');
      if (!mayRead(actor, query.jurisdiction)) throw forbidden('无权查看该区域的汇总');
      const m = ctx.state.ds.manager;
      const where = { jurisdictionCode: query.jurisdiction, date: range ? Between(from, to) : date };
      const rows = range
        ? await m.find(DailySummary, { where, order: { date: 'DESC', id: 'ASC' }, skip: query.offset, take: query.limit })
        : await m.find(DailySummary, { where, order: { id: 'ASC' } });
      const total = range ? await m.count(DailySummary, { where }) : rows.length;
      const told = await toldOfMisconduct(m, actor, query.jurisdiction);
      const targets = new Map((rows.length ? await m.find(ChatTarget, { where: { id: In(rows.map((r) => r.chatTargetId)) } }) : []).map((t) => [t.id, t]));
      ctx.body = {
        jurisdiction: query.jurisdiction,
        ...(range ? { from, to, total, limit: query.limit, offset: query.offset } : { date }),
        items: rows.map((r) => {
          const t = targets.get(r.chatTargetId);
          // Never the webhook URL (a credential) or the room id: what the group is, not how to reach it.
          return {
            id: r.id,
            chatTarget: t ? { id: t.id, kind: t.kind, purpose: t.purpose, topic: t.topic } : { id: r.chatTargetId },
            jurisdictionCode: r.jurisdictionCode,
            date: r.date,
            text: told ? r.text : withoutMisconduct(r.text),
            stats: told ? r.stats : statsWithoutMisconduct(r.stats),
            createdAt: r.createdAt.toISOString(),
          };
        }),
      };
    },
  );
};
