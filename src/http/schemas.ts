import { z } from 'zod';
import { shanghaiDayIndex, ymdDayIndex } from '../clocks/time';
import { badRequest } from '../errors';

/** Schema pieces several routes' queries share, so one parameter is checked and worded alike everywhere. */

const realDate = (s: string) => {
  try {
    ymdDayIndex(s);
    return true;
  } catch {
    return false;
  }
};

/** A Shanghai calendar date that exists. */
export const ymd = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
  .refine(realDate, '没有这一天');

/** A region code, province (2 digits) down to village (12). */
export const areaCode = z.string().regex(/^\d{2,12}$/, 'area 应为区域代码');

/**
 * A period of whole Shanghai days from a query's `from`/`to` (`to` inclusive). Default: the 30 days
 * up to today; `from` after `to`, or more than `maxDays`, is a 400.
 */
export function dayRange(q: { from?: string; to?: string }, now: Date, maxDays: number): { fromDay: number; toDay: number } {
  const toDay = q.to ? ymdDayIndex(q.to) : shanghaiDayIndex(now);
  const fromDay = q.from ? ymdDayIndex(q.from) : toDay - 29;
  if (fromDay > toDay) throw badRequest('from 不能晚于 to', 'from');
  if (toDay - fromDay + 1 > maxDays) throw badRequest(`时段最长 ${maxDays} 天`, 'to');
  return { fromDay, toDay };
}
