/**
 * China's official working-day calendar (statutory holidays + 调休 make-up working days).
 *
 * We read chinese-days' raw data file instead of calling its API: its isWorkday/getDayDetail
 * read dates in the process TZ (e.g. under TZ=America/New_York it reports Saturdays as
 * working days), and we must not depend on TZ.
 */
import rawData from 'chinese-days/dist/chinese-days.json';
import {
  DAY_MS,
  dayIndexStart,
  shanghaiDayIndex,
  ymdDayIndex,
} from './time';

interface CalendarData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}
const data = rawData as unknown as CalendarData;

// Years the data covers (2004–2026 in chinese-days 1.5.7); the State Council publishes
// next year's schedule around November, so upgrade the package yearly.
const years = [...Object.keys(data.holidays), ...Object.keys(data.workdays)].map((k) => +k.slice(0, 4));
const FIRST_YEAR = Math.min(...years);
const LAST_YEAR = Math.max(...years);

export function calendarCoverage(): { firstYear: number; lastYear: number } {
  return { firstYear: FIRST_YEAR, lastYear: LAST_YEAR };
}

/** False means isWorkingDay falls back to plain Mon–Fri for that year. */
export function isCalendarYearCovered(year: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

// Day index 0 is 1970-01-01, a Thursday.
const isMonFri = (day: number): boolean => {
  const wd = (((day + 4) % 7) + 7) % 7; // 0 = Sunday
  return wd >= 1 && wd <= 5;
};
// Mon–Fri days in [0, n) for any integer n (negative n gives minus the count in [n, 0)).
const MONFRI_PREFIX = [0, 1, 2, 2, 2, 3, 4];
const monFriBefore = (n: number): number => 5 * Math.floor(n / 7) + MONFRI_PREFIX[((n % 7) + 7) % 7];

// Precomputed once: per-day flags over the covered years, plus a prefix of how far the official
// calendar deviates from Mon–Fri, so counting working days between any two dates is O(1).
const DATA_FIRST = Date.UTC(FIRST_YEAR, 0, 1) / DAY_MS;
const DATA_LEN = Date.UTC(LAST_YEAR + 1, 0, 1) / DAY_MS - DATA_FIRST;
const flags = new Uint8Array(DATA_LEN);
const correction = new Int32Array(DATA_LEN + 1);
for (let i = 0; i < DATA_LEN; i++) {
  const day = DATA_FIRST + i;
  const ymd = new Date(day * DAY_MS).toISOString().slice(0, 10);
  const work = ymd in data.workdays || (isMonFri(day) && !(ymd in data.holidays));
  flags[i] = work ? 1 : 0;
  correction[i + 1] = correction[i] + flags[i] - (isMonFri(day) ? 1 : 0);
}

function isWorkingDayIndex(day: number): boolean {
  const i = day - DATA_FIRST;
  return i >= 0 && i < DATA_LEN ? flags[i] === 1 : isMonFri(day);
}

/** Working days in [0, n) by day index; differences give counts between dates. */
function workingDaysBefore(n: number): number {
  const i = Math.min(Math.max(n - DATA_FIRST, 0), DATA_LEN);
  return monFriBefore(n) + correction[i];
}

function nextWorkingDayIndex(day: number): number {
  let d = day + 1;
  while (!isWorkingDayIndex(d)) d++;
  return d;
}

// String lookups are what callers repeat in sweeps; memoise the parse. Bounded in case of junk input.
const ymdCache = new Map<string, boolean>();

/** ymd is a Shanghai calendar date 'YYYY-MM-DD'. Outside the covered years: Mon–Fri. */
export function isWorkingDay(ymd: string): boolean {
  let v = ymdCache.get(ymd);
  if (v === undefined) {
    v = isWorkingDayIndex(ymdDayIndex(ymd));
    if (ymdCache.size >= 10_000) ymdCache.clear();
    ymdCache.set(ymd, v);
  }
  return v;
}

/** 00:00 Shanghai of the first working day strictly after d's Shanghai date. */
export function nextWorkingDayStart(d: Date): Date {
  return dayIndexStart(nextWorkingDayIndex(shanghaiDayIndex(d)));
}

/**
 * n working days after `from`, at the same Shanghai clock time.
 * Rule: only time on working days counts, so a non-working `from` starts at the next working
 * day's 00:00 and a result at midnight means the end (24:00) of the last working day.
 */
export function addWorkingDays(from: Date, n: number): Date {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a non-negative integer, got ${n}`);
  let day = shanghaiDayIndex(from);
  let offset = from.getTime() - dayIndexStart(day).getTime();
  if (!isWorkingDayIndex(day)) {
    day = nextWorkingDayIndex(day);
    offset = 0;
  }
  if (n === 0) return new Date(dayIndexStart(day).getTime() + offset);
  if (offset === 0) {
    // `day` itself is the first of the n whole working days.
    for (let k = 1; k < n; k++) day = nextWorkingDayIndex(day);
    return dayIndexStart(day + 1);
  }
  for (let k = 0; k < n; k++) day = nextWorkingDayIndex(day);
  return new Date(dayIndexStart(day).getTime() + offset);
}

/** Milliseconds of working-day time from the epoch to t (non-working days contribute nothing). */
function workingMsUntil(t: Date): number {
  const day = shanghaiDayIndex(t);
  const intoDay = isWorkingDayIndex(day) ? t.getTime() - dayIndexStart(day).getTime() : 0;
  return workingDaysBefore(day) * DAY_MS + intoDay;
}

/**
 * Whole working days elapsed from a to b (negative if b < a), counting only time on working
 * days: deadline Fri 17:00 is 1 working day overdue at the next working day's 17:00.
 */
export function workingDaysBetween(a: Date, b: Date): number {
  const days = Math.trunc((workingMsUntil(b) - workingMsUntil(a)) / DAY_MS);
  return days === 0 ? 0 : days; // no -0
}
