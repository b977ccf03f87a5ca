import { addWorkingDays, currentCalendar, workingDaysBetween } from './calendar';
import { DAY_MS, HOUR_MS, addCalendarDays, addHours, dayIndexStart, shanghaiDayIndex, shanghaiParts } from './time';

export type Urgency = 'emergency' | 'utilities' | 'ordinary' | 'complex';
export type DurationUnit = 'hours' | 'calendar_days' | 'working_days';
export interface Duration {
  value: number;
  unit: DurationUnit;
}
export interface DeadlinePolicy {
  responseWithin: Duration;
  resolveWithin: Duration;
}

/**
 * Resolve limits follow Beijing 12345 (2 h / 24 h / 7 d / 15 d). Response = first contact with
 * the petitioner: half the resolve limit for the hour-scale cases (someone must be on the way
 * well before the 2 h / 24 h limit), and 1 working day otherwise, the usual 12345 "contact
 * within one working day" rule; working days so weekend tickets don't go overdue unanswered.
 *
 * What each service clock counts (issue 10; README "What happens to a complaint"):
 *  - emergency 1 h / 2 h and utilities 2 h / 24 h: clock hours, holidays included: a drowning
 *    or a burst main on 除夕 cannot wait for the next working day.
 *  - ordinary / complex response: 1 working day (official or provisional calendar).
 *  - ordinary 7 d / complex 15 d resolution: calendar days, as 12345 counts them, but a clock
 *    whose last day is a rest day ends at the same time on the next working day (the period
 *    rule of the legal clocks, applied to the service clock), so it never ends inside a holiday.
 *  - A resolution clock never ends before the response clock (computeClocks / serviceClocks).
 */
export const DEFAULT_POLICIES: Record<Urgency, DeadlinePolicy> = {
  emergency: { responseWithin: { value: 1, unit: 'hours' }, resolveWithin: { value: 2, unit: 'hours' } },
  utilities: { responseWithin: { value: 2, unit: 'hours' }, resolveWithin: { value: 24, unit: 'hours' } },
  ordinary: {
    responseWithin: { value: 1, unit: 'working_days' },
    resolveWithin: { value: 7, unit: 'calendar_days' },
  },
  complex: {
    responseWithin: { value: 1, unit: 'working_days' },
    resolveWithin: { value: 15, unit: 'calendar_days' },
  },
};

export function addDuration(from: Date, d: Duration): Date {
  if (!Number.isFinite(d.value) || d.value < 0) throw new RangeError(`bad duration value ${d.value}`);
  switch (d.unit) {
    case 'hours':
      return addHours(from, d.value);
    case 'calendar_days': {
      if (!Number.isInteger(d.value)) throw new RangeError(`calendar days must be whole, got ${d.value}`);
      // A day-count clock ending on a rest day runs on to the same time of the next working day.
      const end = addCalendarDays(from, d.value);
      const cal = currentCalendar();
      let day = shanghaiDayIndex(end);
      if (d.value === 0 || cal.isWorkingDayIndex(day)) return end;
      const offset = end.getTime() - dayIndexStart(day).getTime();
      day = cal.nextWorkingDayIndex(day);
      return new Date(dayIndexStart(day).getTime() + offset);
    }
    case 'working_days':
      return addWorkingDays(from, d.value);
    default:
      throw new RangeError(`unknown duration unit ${(d as Duration).unit}`);
  }
}

// 信访工作条例 (2022): 15 日 to decide/notify acceptance, 60 日 to resolve, one extension of
// at most 30 日.
export const LEGAL_NOTICE_DAYS = 15;
export const LEGAL_RESOLUTION_DAYS = 60;
export const LEGAL_MAX_EXTENSION_DAYS = 30;

/**
 * The regulation's 日 are calendar days, counted as Chinese law counts periods (民法典 arts.
 * 201, 203): the start day is not counted, the period ends at 24:00 of its last day, and a last
 * day falling on a rest day/holiday moves to the next working day. Returns that 24:00 instant.
 */
function legalPeriodEnd(lastDay: number): Date {
  // Rest days are the data calendar's: official years, else the provisional statutory holidays.
  const cal = currentCalendar();
  let d = lastDay;
  while (!cal.isWorkingDayIndex(d)) d++;
  return dayIndexStart(d + 1);
}

export interface Clocks {
  responseDueAt: Date;
  resolutionDueAt: Date;
  legalNoticeDueAt: Date;
  /** null until the petition is accepted (受理) */
  legalResolutionDueAt: Date | null;
}

/**
 * The two service clocks from `from` (filing, transfer or reopening): the resolution clock never
 * ends before the response clock (a 7-day clock filed before a 9-day 春节 would otherwise).
 */
export function serviceClocks(from: Date, policy: DeadlinePolicy): { responseDueAt: Date; resolutionDueAt: Date } {
  const responseDueAt = addDuration(from, policy.responseWithin);
  const resolve = addDuration(from, policy.resolveWithin);
  return { responseDueAt, resolutionDueAt: resolve < responseDueAt ? responseDueAt : resolve };
}

/** The 15-day notice clock (告知是否受理) of a petition received at `receivedAt`. */
export function legalNoticeDue(receivedAt: Date): Date {
  return legalPeriodEnd(shanghaiDayIndex(receivedAt) + LEGAL_NOTICE_DAYS);
}

/** The 60-day resolution clock of a petition accepted at `acceptedAt`, before any extension. */
export function legalResolutionDue(acceptedAt: Date): Date {
  return legalPeriodEnd(shanghaiDayIndex(acceptedAt) + LEGAL_RESOLUTION_DAYS);
}

/** A legal period of `days` 日 from `start` (start day not counted; 24:00; rest days roll on). */
export function legalPeriodFrom(start: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`legal period must be whole days, got ${days}`);
  return legalPeriodEnd(shanghaiDayIndex(start) + days);
}

export function computeClocks(createdAt: Date, policy: DeadlinePolicy, acceptedAt?: Date | null): Clocks {
  return {
    ...serviceClocks(createdAt, policy),
    legalNoticeDueAt: legalPeriodEnd(shanghaiDayIndex(createdAt) + LEGAL_NOTICE_DAYS),
    legalResolutionDueAt: acceptedAt ? legalPeriodEnd(shanghaiDayIndex(acceptedAt) + LEGAL_RESOLUTION_DAYS) : null,
  };
}

/**
 * Extend a legal resolution deadline by 1–30 calendar days, counted on from the current due
 * date's last day. "Only once" is the caller's to enforce (it needs the ticket's history).
 */
export function extendLegalResolution(due: Date, days: number): Date {
  if (!Number.isInteger(days) || days < 1 || days > LEGAL_MAX_EXTENSION_DAYS) {
    throw new RangeError(`extension must be 1–${LEGAL_MAX_EXTENSION_DAYS} whole days, got ${days}`);
  }
  // `due` is 24:00 of the last day, i.e. 00:00 of the next; step back to find that last day.
  const lastDay = shanghaiDayIndex(new Date(due.getTime() - 1));
  return legalPeriodEnd(lastDay + days);
}

export interface ClockState {
  /** elapsed / total; 0 before start, above 1 once overdue */
  fraction: number;
  overdue: boolean;
  /** whole working days past due (0 unless overdue), for 督办 escalation thresholds */
  workingDaysOverdue: number;
}

export function clockState(now: Date, due: Date, start: Date): ClockState {
  const total = due.getTime() - start.getTime();
  const elapsed = now.getTime() - start.getTime();
  const overdue = now.getTime() > due.getTime();
  // A zero-length clock is simply spent once reached.
  const fraction = total > 0 ? Math.max(0, elapsed / total) : now.getTime() >= due.getTime() ? 1 : 0;
  return { fraction, overdue, workingDaysOverdue: overdue ? workingDaysBetween(due, now) : 0 };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** Plain Chinese for petitioners: '今天 17:00 前', '明天 09:00 前', '剩余 2 天 3 小时', '已超期 1 天'. */
export function describeClock(now: Date, due: Date): string {
  const diff = due.getTime() - now.getTime();
  if (diff < 0) {
    const over = -diff;
    if (over >= DAY_MS) return `已超期 ${Math.floor(over / DAY_MS)} 天`;
    if (over >= HOUR_MS) return `已超期 ${Math.floor(over / HOUR_MS)} 小时`;
    return `已超期 ${Math.max(1, Math.floor(over / 60_000))} 分钟`;
  }
  const p = shanghaiParts(due);
  // Day-count deadlines end at midnight; say "24:00" of that day, as official notices do.
  const midnight = diff > 0 && p.hh === 0 && p.mm === 0 && p.ss === 0 && due.getTime() % 1000 === 0;
  const dueDay = shanghaiDayIndex(due) - (midnight ? 1 : 0);
  const clock = midnight ? '24:00' : `${pad2(p.hh)}:${pad2(p.mm)}`;
  const daysAhead = dueDay - shanghaiDayIndex(now);
  if (daysAhead <= 0) return `今天 ${clock} 前`;
  if (daysAhead === 1) return `明天 ${clock} 前`;
  const days = Math.floor(diff / DAY_MS);
  const hours = Math.floor((diff % DAY_MS) / HOUR_MS);
  return hours > 0 ? `剩余 ${days} 天 ${hours} 小时` : `剩余 ${days} 天`;
}
