import { z } from 'zod';
import type { Mount } from '../app';
import { requireActor } from '../auth';
import { badRequest } from '../../errors';
import { shanghaiDayIndex, ymdDayIndex } from '../../clocks/time';
import { dashboard, INTERVALS } from '../../stats/dashboard';

const realDate = (s: string) => {
  try {
    ymdDayIndex(s);
    return true;
  } catch {
    return false;
  }
};
const ymd = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(realDate, '没有这一天');

/** A year at most: the intake series has one point per day, week or month. */
export const MAX_DASHBOARD_DAYS = 366;

export const DashboardQuery = z.strictObject({
  from: ymd.optional(),
  to: ymd.optional(),
  area: z
    .string()
    .regex(/^\d{2,12}$/, 'area 应为区域代码')
    .optional(),
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
      const toDay = query.to ? ymdDayIndex(query.to) : shanghaiDayIndex(now);
      const fromDay = query.from ? ymdDayIndex(query.from) : toDay - 29;
      if (fromDay > toDay) throw badRequest('from 不能晚于 to', 'from');
      if (toDay - fromDay + 1 > MAX_DASHBOARD_DAYS) throw badRequest(`时段最长 ${MAX_DASHBOARD_DAYS} 天`, 'to');
      const interval = query.interval ?? (toDay - fromDay + 1 <= 62 ? 'day' : 'month');
      ctx.body = await dashboard(ctx.state.ds.manager, actor, { fromDay, toDay, now, area: query.area, interval });
    },
  );
};
