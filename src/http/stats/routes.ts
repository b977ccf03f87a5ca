import { z } from 'zod';
import { Api } from '../api';
import { requireActor } from '../auth';
import { badRequest } from '../../errors';
import { fromShanghai, addCalendarDays, startOfShanghaiDay } from '../../clocks/time';
import { totals, unitRates } from '../../tickets/stats';

const ymd = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const StatsQuery = z.strictObject({
  from: ymd.optional(),
  to: ymd.optional(),
  area: z.string().regex(/^\d{2,12}$/, 'area 应为区域代码').optional(),
  unitId: z.coerce.number().int().positive().optional(),
});

const day = (s: string, field: string) => {
  const [y, m, d] = s.split('-').map(Number);
  const date = fromShanghai(y, m, d);
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== new Date(Date.UTC(y, m - 1, d)).getUTCDate()) throw badRequest(`${field} 不是有效日期`, field);
  return date;
};

export function statsRoutes(api: Api): void {
  api.route({ method: 'get', path: '/stats/rates', summary: '响应率 / 解决率 / 满意率（按承办单位和时段；to 含当天）', tag: 'stats', query: StatsQuery, roles: ['admin', 'cadre', 'leader'] }, async (ctx, { query }) => {
    const actor = requireActor(ctx, 'admin', 'cadre', 'leader');
    const to = query.to ? addCalendarDays(day(query.to, 'to'), 1) : addCalendarDays(startOfShanghaiDay(new Date()), 1);
    const from = query.from ? day(query.from, 'from') : addCalendarDays(to, -30);
    if (from >= to) throw badRequest('from 必须早于 to', 'from');
    const units = await unitRates(ctx.state.ds.manager, actor, { from, to, area: query.area, unitId: query.unitId });
    ctx.body = { from: from.toISOString(), to: to.toISOString(), overall: totals(units), units };
  });
}
