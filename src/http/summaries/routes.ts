import { staffJurisdiction } from '../../auth/scope';
import { z } from 'zod';
import { EntityManager, In } from 'typeorm';
import type { Mount } from '../app';
import { requireActor } from '../auth';
import { badRequest, forbidden } from '../../errors';
import { shanghaiYmd, ymdDayIndex } from '../../clocks/time';
import { ChatTarget } from '../../entities/ChatTarget';
import { DailySummary } from '../../entities/DailySummary';
import type { Actor } from '../../tickets/actor';
import { cachedUnits } from '../../routing/reference';
import { withoutMisconduct } from '../../jobs/summary-text';

export const SummaryQuery = z.strictObject({
  jurisdiction: z.string({ error: '请指定 jurisdiction（区域代码）' }).regex(/^\d{2}(\d{2}){0,2}(\d{3}){0,2}$/, 'jurisdiction 应为 2/4/6/9/12 位区域代码'),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
    .optional(),
});

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
      summary: '每日自查汇总（按区域和日期；默认今天）',
      tag: 'summaries',
      query: SummaryQuery,
      roles: ['admin', 'leader', 'cadre'],
    },
    async (ctx, { query }) => {
      const actor = requireActor(ctx, 'admin', 'leader', 'cadre');
      const date = query.date ?? shanghaiYmd(new Date());
      try {
        ymdDayIndex(date);
      } catch {
        throw badRequest(`没有这一天：${date}`, 'date');
      }
      if (!mayRead(actor, query.jurisdiction)) throw forbidden('无权查看该区域的汇总');
      const m = ctx.state.ds.manager;
      const rows = await m.find(DailySummary, { where: { jurisdictionCode: query.jurisdiction, date }, order: { id: 'ASC' } });
      const told = await toldOfMisconduct(m, actor, query.jurisdiction);
      const targets = new Map((rows.length ? await m.find(ChatTarget, { where: { id: In(rows.map((r) => r.chatTargetId)) } }) : []).map((t) => [t.id, t]));
      ctx.body = {
        jurisdiction: query.jurisdiction,
        date,
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
