import { z } from 'zod';
import { calendarDays, DayInfo } from '../../clocks/calendar';
import { cachedClockCoverage, importNotice } from '../../clocks/calendar-import';
import { changeLine, DayChange, NoticeError, parseNotice } from '../../clocks/calendar-store';
import { ymdDayIndex } from '../../clocks/time';
import { badRequest } from '../../errors';
import { requireActor } from '../auth';
import type { Mount } from '../app';

const ymd = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine((s) => {
    try {
      ymdDayIndex(s);
      return true;
    } catch {
      return false;
    }
  }, '日期不存在');

const ShowQuery = z.strictObject({ from: ymd, to: ymd });
const MAX_DAYS = 366 * 2;

/** The notice as JSON ({year, holidays, workdays}) or as the CSV text calendar:import reads. */
const ImportBody = z.strictObject({
  notice: z.union([z.string().min(1).max(100_000), z.record(z.string(), z.unknown())]),
  dryRun: z.boolean().default(false),
});

const day = (d: DayInfo) => ({ day: d.ymd, kind: d.kind, source: d.source, name: d.name });
const change = (c: DayChange) => ({ day: c.before.ymd, before: day(c.before), after: day(c.after), line: changeLine(c) });

/**
 * The national working-day calendar. Any member of staff may read it (deadlines are explained
 * with it). Only a system-wide admin may import a schedule: it is the State Council's, the same
 * for every county, and it moves the deadlines of every open ticket in the system, so a county
 * admin, whose power stops at its county, may not change it.
 */
export const calendarMount: Mount = ({ v1 }) => {
  v1.route(
    {
      method: 'get',
      path: '/admin/calendar',
      summary: '工作日历：每日上班/放假及来源（正式安排/按法定节假日推算/周末）',
      tag: 'admin',
      query: ShowQuery,
      roles: ['sysadmin', 'admin', 'cadre', 'leader'],
    },
    async (ctx, { query }) => {
      requireActor(ctx, 'admin', 'cadre', 'leader');
      const n = ymdDayIndex(query.to) - ymdDayIndex(query.from) + 1;
      if (n < 1) throw badRequest('结束日期早于开始日期', 'to');
      if (n > MAX_DAYS) throw badRequest(`一次最多查询 ${MAX_DAYS} 天`, 'to');
      const coverage = await cachedClockCoverage(ctx.state.ds);
      ctx.body = { days: calendarDays(query.from, query.to).map(day), coverage };
    },
  );

  v1.route(
    {
      method: 'post',
      path: '/admin/calendar/import',
      summary: '导入国务院节假日安排（dryRun 只比较差异）；导入后重新计算在办工单期限',
      tag: 'admin',
      body: ImportBody,
      roles: ['sysadmin'],
    },
    async (ctx, { body }) => {
      requireActor(ctx, 'sysadmin');
      let notice;
      try {
        notice = typeof body.notice === 'string' ? parseNotice(body.notice, 'csv') : parseNotice(JSON.stringify(body.notice), 'json');
      } catch (e) {
        if (e instanceof NoticeError) throw badRequest(`节假日安排有误（${e.where}）：${e.problem}`, `notice.${e.where}`);
        throw e;
      }
      const r = await importNotice(ctx.state.ds, notice, { dryRun: body.dryRun });
      ctx.body = {
        year: r.plan.year,
        dryRun: r.dryRun,
        wasSource: r.plan.wasSource,
        changes: r.plan.changes.map(change),
        confirmed: r.plan.confirmed,
        ...(r.recomputed ? { recomputed: r.recomputed } : {}),
      };
    },
  );
};
