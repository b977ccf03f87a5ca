import { z } from 'zod';
import type { Mount } from '../app';
import { requireActor } from '../auth';
import { areaCode, dayRange, ymd } from '../schemas';
import { dashboard, INTERVALS } from '../../stats/dashboard';

/** A year at most: the intake series has one point per day, week or month. */
export const MAX_DASHBOARD_DAYS = 366;

export const DashboardQuery = z.strictObject({
  from: ymd.optional(),
  to: ymd.optional(),
  area: areaCode.optional(),
  interval: z.enum(INTERVALS, { error: `interval 应为 ${INTERVALS.join('/')} 之一` }).optional(),
});

export const dashboardMount: Mount = ({ v1: api }) => {
  api.route(
    {
      method: 'get',
      path: '/dashboard',
      summary: '领导看板：各单位、各乡镇三率，各单位超期，按渠道和类别的受理量，诉求最多的村，未诉先办线索，今日督办（均限于本人可见范围）',
      tag: 'stats',
      query: DashboardQuery,
      roles: ['admin', 'cadre', 'leader'],
    },
    async (ctx, { query }) => {
      const actor = requireActor(ctx, 'admin', 'cadre', 'leader');
      const now = new Date();
      const { fromDay, toDay } = dayRange(query, now, MAX_DASHBOARD_DAYS);
      const interval = query.interval ?? (toDay - fromDay + 1 <= 62 ? 'day' : 'month');
      ctx.body = await dashboard(ctx.state.ds.manager, actor, { fromDay, toDay, now, area: query.area, interval });
    },
  );
};
