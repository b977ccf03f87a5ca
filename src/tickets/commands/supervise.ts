import { dayIndexStart, shanghaiDayIndex } from '../../clocks/time';
import { badRequest, conflict } from '../../errors';
import { isOpenStatus } from '../../vocabulary';
import { canSupervise } from '../authority';
import { leaderStaff, toUnit, who } from './leaders';
import { defineCommand } from './pipeline';
import { deadlineText } from '../../clocks/time';

export const MAX_SUPERVISION_DAYS = 90;

/** 挂牌督办 from above the handling unit: a new resolution deadline at 24:00 of the `days`-th day, a fresh ladder. */
export const superviseTicket = defineCommand<{ days: number; reason: string }>({
  authorize: canSupervise,
  decide: async ({ m, actor, ticket: t, input, now }) => {
    const me = leaderStaff(actor);
    if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_SUPERVISION_DAYS)
      throw badRequest(`督办期限应为 1–${MAX_SUPERVISION_DAYS} 天`, 'days');
    if (!isOpenStatus(t.status)) throw conflict('工单已办结或销号，不能执行此操作', 'invalid_transition');
    const due = dayIndexStart(shanghaiDayIndex(now) + input.days + 1);
    const text = `【挂牌督办】工单 ${t.number} 已由${who(me)}挂牌督办，限 ${deadlineText(due)} 前办结并反馈。督办意见：${input.reason.slice(0, 80)}`;
    return {
      patch: { supervised: true, resolutionDueAt: due },
      events: [
        {
          type: 'supervised',
          visibility: 'internal',
          data: {
            leaderId: me.id,
            leaderName: me.name,
            title: me.title,
            days: input.days,
            previousDueAt: t.resolutionDueAt.toISOString(),
            dueAt: due.toISOString(),
            reason: input.reason,
          },
        },
      ],
      // The same 督办 (leader, days) pressed again the same day is one notice: the deadline is the same.
      notices: await toUnit(m, t, 'supervised', text, (to) => `supervised:${t.id}:${me.id}:${input.days}:${shanghaiDayIndex(now)}:${to}`),
    };
  },
});
