import { isWorkingDay } from './calendar';
import { HOUR_MS, dayIndexStart, dayIndexYmd, shanghaiDayIndex, shanghaiParts } from './time';

/** Staff are notified 08:00–20:00 Shanghai on working days (quiet hours otherwise). */
export const NOTICE_DAY_START_HOUR = 8;
export const NOTICE_DAY_END_HOUR = 20;

/**
 * When a non-urgent notice to staff may go out: `now` itself inside 08:00–20:00 of a working
 * day, else 08:00 of the next working day (today's 08:00 if today is a working day and it is
 * before 08:00). Working days come from the official/provisional calendar, so a notice due on
 * 2027-01-01 (元旦) waits for 2027-01-04 08:00. Emergencies don't call this: they go at once.
 */
export function nextNoticeTime(now: Date): Date {
  const day = shanghaiDayIndex(now);
  const hh = shanghaiParts(now).hh;
  if (isWorkingDay(dayIndexYmd(day))) {
    if (hh >= NOTICE_DAY_START_HOUR && hh < NOTICE_DAY_END_HOUR) return now;
    if (hh < NOTICE_DAY_START_HOUR) return new Date(dayIndexStart(day).getTime() + NOTICE_DAY_START_HOUR * HOUR_MS);
  }
  let d = day + 1;
  while (!isWorkingDay(dayIndexYmd(d))) d++;
  return new Date(dayIndexStart(d).getTime() + NOTICE_DAY_START_HOUR * HOUR_MS);
}
