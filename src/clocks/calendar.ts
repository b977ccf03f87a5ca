/**
 * China's working-day calendar, as data: every day is work or rest, and says where that comes from.
 *
 *  - `official`: the State Council's schedule for that year (holidays and 调休 make-up working
 *    days). Built in from chinese-days for the years it covers (2004–2026 in 1.5.7), overlaid by
 *    the years an office imported from a notice into the `calendar_day` table (calendar:import).
 *  - `provisional`: a year with no official schedule yet. Its rest days are the statutory
 *    holidays of 全国年节及纪念日放假办法 (2024 revision, in force 2025): 元旦 Jan 1, 春节 除夕–初三,
 *    清明 (the solar-term day), 劳动节 May 1–2, 端午, 中秋, 国庆节 Oct 1–3, and, by its Art. 6, a
 *    holiday falling on a Saturday or Sunday is made up on the next working day (补假). Lunar and
 *    solar-term dates come from lunar-javascript. 调休 make-up working days are never guessed:
 *    they exist only in official schedules.
 *  - `weekend`: a Saturday or Sunday that is neither a holiday nor a make-up working day.
 *
 * Deadline code calls this synchronously, often (sweeps over many tickets), so the calendar is
 * precomputed arrays; counting working days between two dates is O(1). The built-in calendar
 * needs no database; loadCalendar (calendar-store.ts) lays the table's years over it.
 *
 * We read chinese-days' raw data file instead of calling its API: its isWorkday/getDayDetail
 * read dates in the process TZ, and we must not depend on TZ.
 */
import rawData from 'chinese-days/dist/chinese-days.json';
import { Lunar, Solar } from 'lunar-javascript';
import { DAY_MS, dayIndexStart, dayIndexYmd, shanghaiDayIndex, ymdDayIndex } from './time';

export type DayKind = 'work' | 'rest';
export type DaySource = 'official' | 'provisional' | 'weekend';
export const DAY_KINDS: readonly DayKind[] = ['work', 'rest'];
export const DAY_SOURCES: readonly DaySource[] = ['official', 'provisional', 'weekend'];

export interface DayInfo {
  /** Shanghai date 'YYYY-MM-DD' */
  ymd: string;
  kind: DayKind;
  source: DaySource;
  /** Holiday name (春节, 国庆节 …) for holidays, 补假 days and make-up working days; else null. */
  name: string | null;
}

/** A day that differs from plain Mon–Fri work / Sat–Sun rest, or carries a name. */
export interface DayException {
  kind: DayKind;
  name: string | null;
}
/** One year's schedule: its exceptions by 'YYYY-MM-DD'; other days are plain Mon–Fri. */
export type YearSchedule = Map<string, DayException>;

// --- Built-in official schedule (chinese-days) ----------------------------------------------

interface CalendarData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}
const data = rawData as unknown as CalendarData;
// "Spring Festival,春节,4" → 春节
const chineseName = (v: string): string | null => v.split(',')[1]?.trim() || null;

const BUILTIN_OFFICIAL = new Map<number, YearSchedule>();
for (const [table, kind] of [
  [data.holidays, 'rest'],
  [data.workdays, 'work'],
] as const) {
  for (const [ymd, v] of Object.entries(table)) {
    const y = +ymd.slice(0, 4);
    if (!BUILTIN_OFFICIAL.has(y)) BUILTIN_OFFICIAL.set(y, new Map());
    BUILTIN_OFFICIAL.get(y)!.set(ymd, { kind, name: chineseName(v) });
  }
}
const BUILTIN_YEARS = [...BUILTIN_OFFICIAL.keys()].sort((a, b) => a - b);

/** Years the arrays span. Outside it: plain Mon–Fri (nothing there is a deadline we compute). */
export const CALENDAR_FIRST_YEAR = BUILTIN_YEARS[0]; // 2004
export const CALENDAR_LAST_YEAR = 2060;

// --- Provisional years (statutory holidays, 2024 revision) ----------------------------------

// Day index 0 is 1970-01-01, a Thursday.
const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7; // 0 = Sunday
const isMonFri = (day: number): boolean => {
  const wd = weekday(day);
  return wd >= 1 && wd <= 5;
};

/** The statutory rest days of a year without an official schedule, with Art. 6 补假. */
export function provisionalSchedule(year: number): YearSchedule {
  const ymd = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  const lunar = (m: number, d: number) => Lunar.fromYmd(year, m, d).getSolar();
  const chuxi = lunar(1, 1).next(-1); // the day before 正月初一 (腊月廿九 or 三十)
  const qingming = Solar.fromYmd(year, 4, 15).getLunar().getJieQiTable()['清明'];
  const holidays: [string, string[]][] = [
    ['元旦', [ymd(year, 1, 1)]],
    ['春节', [0, 1, 2, 3].map((k) => chuxi.next(k).toYmd())],
    ['清明', [qingming.toYmd()]],
    ['劳动节', [ymd(year, 5, 1), ymd(year, 5, 2)]],
    ['端午', [lunar(5, 5).toYmd()]],
    ['中秋', [lunar(8, 15).toYmd()]],
    ['国庆节', [ymd(year, 10, 1), ymd(year, 10, 2), ymd(year, 10, 3)]],
  ];
  const s: YearSchedule = new Map();
  for (const [name, days] of holidays) {
    for (const d of days) {
      const had = s.get(d);
      // 中秋 can fall within 国庆节 (e.g. 2028-10-03): one rest day, both names.
      s.set(d, { kind: 'rest', name: had?.name ? `${had.name}、${name}` : name });
    }
  }
  // Art. 6: 全体公民放假的假日，如果适逢星期六、星期日，应当在工作日补假 — on the first working
  // days after that holiday (the State Council's practice, e.g. 2022-01-03 for 元旦 on a Saturday).
  for (const [name, days] of holidays) {
    const onWeekend = days.filter((d) => !isMonFri(ymdDayIndex(d))).length;
    let day = ymdDayIndex(days[days.length - 1]);
    for (let k = 0; k < onWeekend; k++) {
      do day++;
      while (!isMonFri(day) || s.has(dayIndexYmd(day)));
      s.set(dayIndexYmd(day), { kind: 'rest', name: `${name}（补假）` });
    }
  }
  return s;
}

// --- The calendar object --------------------------------------------------------------------

const SOURCE_CODES: DaySource[] = ['official', 'provisional', 'weekend'];
const OFFICIAL = 0;
const PROVISIONAL = 1;
const WEEKEND = 2;
// Mon–Fri days in [0, n) for any integer n (negative n gives minus the count in [n, 0)).
const MONFRI_PREFIX = [0, 1, 2, 2, 2, 3, 4];
const monFriBefore = (n: number): number => 5 * Math.floor(n / 7) + MONFRI_PREFIX[((n % 7) + 7) % 7];

const FIRST = Date.UTC(CALENDAR_FIRST_YEAR, 0, 1) / DAY_MS;
const LEN = Date.UTC(CALENDAR_LAST_YEAR + 1, 0, 1) / DAY_MS - FIRST;

// Provisional schedules depend only on the year: computed once (≈1 ms a year), reused by rebuilds.
const provisionalCache = new Map<number, YearSchedule>();
const provisionalFor = (y: number): YearSchedule => {
  let s = provisionalCache.get(y);
  if (!s) provisionalCache.set(y, (s = provisionalSchedule(y)));
  return s;
};

/**
 * An immutable calendar: the built-in schedule with some official years replaced (`overlay`).
 * Swapped as a whole when the table changes, so a computation never sees half an import.
 */
export class Calendar {
  private readonly flags = new Uint8Array(LEN);
  private readonly sources = new Uint8Array(LEN);
  private readonly names = new Map<number, string>();
  // How far the calendar deviates from Mon–Fri, as a prefix: working days between dates in O(1).
  private readonly correction = new Int32Array(LEN + 1);
  private readonly official = new Set<number>();
  private readonly ymdCache = new Map<string, boolean>();

  /**
   * `provisional: false` is the calendar before issue 10 (plain Mon–Fri in years without an
   * official schedule): only to recognise deadlines stored by that code (recompute-clocks).
   */
  constructor(
    readonly overlay: ReadonlyMap<number, YearSchedule> = new Map(),
    opts: { provisional?: boolean } = {},
  ) {
    const none: YearSchedule = new Map();
    for (let y = CALENDAR_FIRST_YEAR; y <= CALENDAR_LAST_YEAR; y++) {
      const schedule = overlay.get(y) ?? BUILTIN_OFFICIAL.get(y);
      const isOfficial = !!schedule;
      if (isOfficial) this.official.add(y);
      const s = schedule ?? (opts.provisional === false ? none : provisionalFor(y));
      const start = Date.UTC(y, 0, 1) / DAY_MS;
      const end = Date.UTC(y + 1, 0, 1) / DAY_MS;
      for (let day = start; day < end; day++) {
        const i = day - FIRST;
        const e = s.get(dayIndexYmd(day));
        const weekdayWork = isMonFri(day);
        const work = e ? e.kind === 'work' : weekdayWork;
        this.flags[i] = work ? 1 : 0;
        // What the schedule says, and plain weekdays, are the schedule's; a plain weekend is 'weekend'.
        this.sources[i] = e || weekdayWork ? (isOfficial ? OFFICIAL : PROVISIONAL) : WEEKEND;
        if (e?.name) this.names.set(i, e.name);
        this.correction[i + 1] = this.correction[i] + this.flags[i] - (weekdayWork ? 1 : 0);
      }
    }
  }

  isWorkingDayIndex(day: number): boolean {
    const i = day - FIRST;
    return i >= 0 && i < LEN ? this.flags[i] === 1 : isMonFri(day);
  }

  dayInfoIndex(day: number): DayInfo {
    const ymd = dayIndexYmd(day);
    const i = day - FIRST;
    if (i < 0 || i >= LEN) {
      const work = isMonFri(day);
      return { ymd, kind: work ? 'work' : 'rest', source: work ? 'provisional' : 'weekend', name: null };
    }
    return { ymd, kind: this.flags[i] ? 'work' : 'rest', source: SOURCE_CODES[this.sources[i]], name: this.names.get(i) ?? null };
  }

  /** Working days in [0, n) by day index; differences give counts between dates. */
  workingDaysBefore(n: number): number {
    const i = Math.min(Math.max(n - FIRST, 0), LEN);
    return monFriBefore(n) + this.correction[i];
  }

  nextWorkingDayIndex(day: number): number {
    let d = day + 1;
    while (!this.isWorkingDayIndex(d)) d++;
    return d;
  }

  isWorkingDay(ymd: string): boolean {
    // String lookups are what callers repeat in sweeps; memoise the parse. Bounded against junk.
    let v = this.ymdCache.get(ymd);
    if (v === undefined) {
      v = this.isWorkingDayIndex(ymdDayIndex(ymd));
      if (this.ymdCache.size >= 10_000) this.ymdCache.clear();
      this.ymdCache.set(ymd, v);
    }
    return v;
  }

  /** 'official' or 'provisional' for a year in range; null outside it (plain Mon–Fri). */
  yearSource(year: number): 'official' | 'provisional' | null {
    if (year < CALENDAR_FIRST_YEAR || year > CALENDAR_LAST_YEAR) return null;
    return this.official.has(year) ? 'official' : 'provisional';
  }

  officialYears(): number[] {
    return [...this.official].sort((a, b) => a - b);
  }
}

let current = new Calendar();

/** The calendar deadlines are computed with now. */
export function currentCalendar(): Calendar {
  return current;
}

/** Replace the calendar (after loading or importing the table). */
export function setCalendar(cal: Calendar): void {
  current = cal;
}

/**
 * Run a synchronous computation under another calendar (e.g. what a deadline was under the
 * calendar before an import). Safe: nothing else runs until fn returns.
 */
export function withCalendar<T>(cal: Calendar, fn: () => T): T {
  const saved = current;
  current = cal;
  try {
    return fn();
  } finally {
    current = saved;
  }
}

/** The built-in schedule of an official year (chinese-days), or undefined. */
export function builtinOfficialSchedule(year: number): YearSchedule | undefined {
  return BUILTIN_OFFICIAL.get(year);
}

// --- The API deadline code uses -------------------------------------------------------------

/**
 * Official years as a contiguous span from the first (2004…2026 built in; later once an office
 * imports the next year). isCalendarYearCovered says whether a single year is official.
 */
export function calendarCoverage(): { firstYear: number; lastYear: number } {
  const years = current.officialYears();
  let last = years[0];
  while (years.includes(last + 1)) last++;
  return { firstYear: years[0], lastYear: last };
}

/** True when the year's schedule is official; false means provisional (or Mon–Fri outside the range). */
export function isCalendarYearCovered(year: number): boolean {
  return current.yearSource(year) === 'official';
}

export function yearSource(year: number): 'official' | 'provisional' | null {
  return current.yearSource(year);
}

/** Work or rest, where that comes from, and the holiday's name. ymd is a Shanghai date. */
export function dayInfo(ymd: string): DayInfo {
  return current.dayInfoIndex(ymdDayIndex(ymd));
}

/** Every day from..to inclusive ('YYYY-MM-DD'). */
export function calendarDays(from: string, to: string): DayInfo[] {
  const a = ymdDayIndex(from);
  const b = ymdDayIndex(to);
  const out: DayInfo[] = [];
  for (let d = a; d <= b; d++) out.push(current.dayInfoIndex(d));
  return out;
}

/** ymd is a Shanghai calendar date 'YYYY-MM-DD'. */
export function isWorkingDay(ymd: string): boolean {
  return current.isWorkingDay(ymd);
}

/** 00:00 Shanghai of the first working day strictly after d's Shanghai date. */
export function nextWorkingDayStart(d: Date): Date {
  return dayIndexStart(current.nextWorkingDayIndex(shanghaiDayIndex(d)));
}

/**
 * n working days after `from`, at the same Shanghai clock time.
 * Rule: only time on working days counts, so a non-working `from` starts at the next working
 * day's 00:00 and a result at midnight means the end (24:00) of the last working day.
 */
export function addWorkingDays(from: Date, n: number): Date {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`working days must be a non-negative integer, got ${n}`);
  const cal = current;
  let day = shanghaiDayIndex(from);
  let offset = from.getTime() - dayIndexStart(day).getTime();
  if (!cal.isWorkingDayIndex(day)) {
    day = cal.nextWorkingDayIndex(day);
    offset = 0;
  }
  if (n === 0) return new Date(dayIndexStart(day).getTime() + offset);
  if (offset === 0) {
    // `day` itself is the first of the n whole working days.
    for (let k = 1; k < n; k++) day = cal.nextWorkingDayIndex(day);
    return dayIndexStart(day + 1);
  }
  for (let k = 0; k < n; k++) day = cal.nextWorkingDayIndex(day);
  return new Date(dayIndexStart(day).getTime() + offset);
}

/** Milliseconds of working-day time from the epoch to t (non-working days contribute nothing). */
function workingMsUntil(cal: Calendar, t: Date): number {
  const day = shanghaiDayIndex(t);
  const intoDay = cal.isWorkingDayIndex(day) ? t.getTime() - dayIndexStart(day).getTime() : 0;
  return cal.workingDaysBefore(day) * DAY_MS + intoDay;
}

/**
 * Whole working days elapsed from a to b (negative if b < a), counting only time on working
 * days: deadline Fri 17:00 is 1 working day overdue at the next working day's 17:00.
 */
export function workingDaysBetween(a: Date, b: Date): number {
  const cal = current;
  const days = Math.trunc((workingMsUntil(cal, b) - workingMsUntil(cal, a)) / DAY_MS);
  return days === 0 ? 0 : days; // no -0
}
