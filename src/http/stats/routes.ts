import { z } from 'zod';
import { Api } from '../api';
import { requireActor } from '../auth';
import { areaCode, dayRange, ymd } from '../schemas';
import { CATEGORY_CODES } from '../../vocabulary';
import { GROUP_BYS, periodInstants, periodLabel, rateGroups } from '../../stats/rates';

/** Longest period one request may cover (a five-year term, by month at most 61 groups). */
export const MAX_PERIOD_DAYS = 5 * 366;

export const StatsQuery = z.strictObject({
  /** Shanghai calendar dates; `to` is inclusive. Default: the 30 days up to today. */
  from: ymd.optional(),
  to: ymd.optional(),
  area: areaCode.optional(),
  unitId: z.coerce.number().int().positive().optional(),
  category: z.enum(CATEGORY_CODES, { error: `category 应为 ${CATEGORY_CODES.join('/')} 之一` }).optional(),
  groupBy: z.enum(GROUP_BYS, { error: `groupBy 应为 ${GROUP_BYS.join('/')} 之一` }).default('unit'),
});

export function statsRoutes(api: Api): void {
  api.route(
    {
      method: 'get',
      path: '/stats/rates',
      summary: '响应率 / 解决率 / 满意率（from/to 为北京时间日期，含 to 当天；groupBy=unit|township|category|month）',
      tag: 'stats',
      query: StatsQuery,
      roles: ['admin', 'cadre', 'leader'],
    },
    async (ctx, { query }) => {
      const actor = requireActor(ctx, 'admin', 'cadre', 'leader');
      const now = new Date();
      const { fromDay, toDay } = dayRange(query, now, MAX_PERIOD_DAYS);
      const { from, to } = periodInstants({ fromDay, toDay });
      const { overall, groups } = await rateGroups(ctx.state.ds.manager, actor, {
        from,
        to,
        now,
        groupBy: query.groupBy,
        area: query.area,
        unitId: query.unitId,
        category: query.category,
      });
      ctx.body = {
        period: periodLabel({ fromDay, toDay }),
        from: from.toISOString(),
        to: to.toISOString(),
        asOf: now.toISOString(),
        groupBy: query.groupBy,
        overall,
        groups,
        // Earlier clients read the per-unit rows as `units`.
        ...(query.groupBy === 'unit' ? { units: groups } : {}),
      };
    },
  );
}
