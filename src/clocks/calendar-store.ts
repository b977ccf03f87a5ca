/**
 * The calendar table: loading it over the built-in calendar, and importing a State Council
 * notice (calendar:import, POST /api/v1/admin/calendar/import).
 */
import type { DataSource, EntityManager } from 'typeorm';
import { CalendarDay } from '../entities/CalendarDay';
import { Calendar, CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR, DayException, DayInfo, DayKind, YearSchedule, currentCalendar, setCalendar } from './calendar';
import { dayIndexYmd, ymdDayIndex } from './time';

const isMonFriYmd = (ymd: string): boolean => {
  const wd = new Date(ymdDayIndex(ymd) * 86_400_000).getUTCDay();
  return wd >= 1 && wd <= 5;
};

/** Rows → schedules by year: only what differs from plain Mon–Fri, or carries a name. */
function overlayOf(rows: Pick<CalendarDay, 'day' | 'year' | 'kind' | 'name'>[]): Map<number, YearSchedule> {
  const overlay = new Map<number, YearSchedule>();
  for (const r of rows) {
    if (r.year < CALENDAR_FIRST_YEAR || r.year > CALENDAR_LAST_YEAR) continue;
    if (!overlay.has(r.year)) overlay.set(r.year, new Map());
    const plainWork = isMonFriYmd(r.day);
    if ((r.kind === 'work') !== plainWork || r.name) overlay.get(r.year)!.set(r.day, { kind: r.kind, name: r.name ?? null });
  }
  return overlay;
}

let loadedStamp: string | null = null;

async function tableStamp(m: DataSource | EntityManager): Promise<string> {
  // An import deletes and inserts its year: new ids even when the days and the clock are the same.
  const [r] = await m.query('SELECT COUNT(*) AS n, MAX(id) AS i, MAX(updatedAt) AS t FROM calendar_day');
  return `${Number(r?.n ?? 0)}:${Number(r?.i ?? 0)}:${r?.t instanceof Date ? r.t.toISOString() : String(r?.t ?? '')}`;
}

/**
 * Lay the table's official years over the built-in calendar, for this process. Called at
 * start-up (main.ts), after an import, and by refreshCalendar when another process imported.
 */
export async function loadCalendar(m: DataSource | EntityManager): Promise<Calendar> {
  const stamp = await tableStamp(m);
  const rows = await m.getRepository(CalendarDay).find({ select: { day: true, year: true, kind: true, name: true } });
  const cal = new Calendar(overlayOf(rows));
  setCalendar(cal);
  loadedStamp = stamp;
  return cal;
}

/** Reload if the table changed since this process loaded it (a CLI import while the server runs). */
export async function refreshCalendar(m: DataSource | EntityManager): Promise<boolean> {
  if ((await tableStamp(m)) === loadedStamp) return false;
  await loadCalendar(m);
  return true;
}

// --- Notices -----------------------------------------------------------------------------------

/** A State Council notice: rest ranges (holidays incl. 调休 days off) and make-up working days. */
export interface CalendarNotice {
  year: number;
  rest: { from: string; to: string; name: string }[];
  work: { day: string; name: string }[];
}

/** A notice that does not parse or make sense: `where` names the line or field. */
export class NoticeError extends Error {
  constructor(
    readonly where: string,
    readonly problem: string,
  ) {
    super(`${where}: ${problem}`);
  }
}

const MAX_RANGE_DAYS = 15; // the longest holiday a notice has ever set is 9 days (春节 2026)
const KIND_WORDS: Record<string, DayKind> = { rest: 'rest', work: 'work', 休: 'rest', 放假: 'rest', 班: 'work', 上班: 'work' };

function checkDay(v: unknown, where: string): string {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v.trim()))
    throw new NoticeError(where, `expected a date YYYY-MM-DD, got ${JSON.stringify(v ?? null)}`);
  const ymd = v.trim();
  try {
    ymdDayIndex(ymd);
  } catch {
    throw new NoticeError(where, `no such date: ${ymd}`);
  }
  return ymd;
}

function checkName(v: unknown, where: string): string {
  const s = typeof v === 'string' ? v.trim() : '';
  if (!s) throw new NoticeError(where, 'missing the holiday name (元旦, 春节 …)');
  if (s.length > 32) throw new NoticeError(where, 'holiday name longer than 32 characters');
  return s;
}

interface Entry {
  kind: DayKind;
  from: string;
  to: string;
  name: string;
  where: string;
}

/** JSON `{year, holidays:[{name,from,to}], workdays:[{date,name}]}` or CSV `kind,from,to,name`. */
export function parseNotice(text: string, format?: 'json' | 'csv'): CalendarNotice {
  const body = text.replace(/^\uFEFF/, '');
  const fmt = format ?? (/^\s*[{[]/.test(body) ? 'json' : 'csv');
  const { year, entries } = fmt === 'json' ? parseJson(body) : parseCsv(body);
  return checkNotice(year, entries);
}

function parseJson(body: string): { year: number | null; entries: Entry[] } {
  let doc: any;
  try {
    doc = JSON.parse(body);
  } catch (e: any) {
    throw new NoticeError('JSON', `not valid JSON (${String(e?.message ?? e)})`);
  }
  if (!doc || typeof doc !== 'object' || Array.isArray(doc)) throw new NoticeError('JSON', 'expected an object {year, holidays, workdays}');
  let year: number | null = null;
  if (doc.year !== undefined) {
    if (!Number.isInteger(doc.year)) throw new NoticeError('year', `expected a year such as 2027, got ${JSON.stringify(doc.year)}`);
    year = doc.year;
  }
  const entries: Entry[] = [];
  if (doc.holidays !== undefined && !Array.isArray(doc.holidays)) throw new NoticeError('holidays', 'expected a list');
  if (doc.workdays !== undefined && !Array.isArray(doc.workdays)) throw new NoticeError('workdays', 'expected a list');
  (doc.holidays ?? []).forEach((h: any, i: number) => {
    const where = `holidays[${i}]`;
    if (!h || typeof h !== 'object') throw new NoticeError(where, 'expected {name, from, to}');
    const from = checkDay(h.from, `${where}.from`);
    entries.push({
      kind: 'rest',
      from,
      to: h.to === undefined || h.to === '' ? from : checkDay(h.to, `${where}.to`),
      name: checkName(h.name, `${where}.name`),
      where,
    });
  });
  (doc.workdays ?? []).forEach((w: any, i: number) => {
    const where = `workdays[${i}]`;
    if (!w || typeof w !== 'object') throw new NoticeError(where, 'expected {date, name}');
    const day = checkDay(w.date, `${where}.date`);
    entries.push({ kind: 'work', from: day, to: day, name: checkName(w.name, `${where}.name`), where });
  });
  return { year, entries };
}

function parseCsv(body: string): { year: number | null; entries: Entry[] } {
  const lines = body.split(/\r?\n/);
  const entries: Entry[] = [];
  let header = false;
  lines.forEach((raw, i) => {
    const line = raw.trim();
    const where = `line ${i + 1}`;
    if (!line || line.startsWith('#')) return;
    const cells = line.split(/[,，]/).map((c) => c.trim());
    if (!header) {
      if (cells.join(',').toLowerCase() !== 'kind,from,to,name') throw new NoticeError(where, `expected the header "kind,from,to,name", got "${line}"`);
      header = true;
      return;
    }
    if (cells.length !== 4) throw new NoticeError(where, `expected 4 fields (kind,from,to,name), got ${cells.length}`);
    const kind = KIND_WORDS[cells[0].toLowerCase()];
    if (!kind) throw new NoticeError(`${where} kind`, `expected rest or work, got "${cells[0]}"`);
    const from = checkDay(cells[1], `${where} from`);
    const to = cells[2] ? checkDay(cells[2], `${where} to`) : from;
    entries.push({ kind, from, to, name: checkName(cells[3], `${where} name`), where });
  });
  if (!header) throw new NoticeError('line 1', 'empty file: expected the header "kind,from,to,name" and one line per rest range or make-up working day');
  return { year: null, entries };
}

function checkNotice(givenYear: number | null, entries: Entry[]): CalendarNotice {
  if (!entries.length) throw new NoticeError('notice', 'no holidays and no make-up working days');
  // The notice's year: given, or the year most of its days are in (元旦 can start on Dec 30).
  let year = givenYear;
  if (year === null) {
    const counts = new Map<number, number>();
    for (const e of entries) counts.set(+e.from.slice(0, 4), (counts.get(+e.from.slice(0, 4)) ?? 0) + 1);
    year = [...counts].sort((a, b) => b[1] - a[1])[0][0];
  }
  if (year < CALENDAR_FIRST_YEAR || year > CALENDAR_LAST_YEAR) throw new NoticeError('year', `${year} is outside ${CALENDAR_FIRST_YEAR}–${CALENDAR_LAST_YEAR}`);
  const seen = new Map<string, Entry>();
  const notice: CalendarNotice = { year, rest: [], work: [] };
  for (const e of entries) {
    const a = ymdDayIndex(e.from);
    const b = ymdDayIndex(e.to);
    if (b < a) throw new NoticeError(e.where, `ends (${e.to}) before it starts (${e.from})`);
    if (b - a + 1 > MAX_RANGE_DAYS) throw new NoticeError(e.where, `${b - a + 1} days is longer than any holiday (at most ${MAX_RANGE_DAYS})`);
    for (let d = a; d <= b; d++) {
      const ymd = dayIndexYmd(d);
      if (+ymd.slice(0, 4) !== year) throw new NoticeError(e.where, `${ymd} is not in ${year}: import one year's notice at a time`);
      const other = seen.get(ymd);
      if (other) throw new NoticeError(e.where, `${ymd} is already given by ${other.where}`);
      seen.set(ymd, e);
    }
    if (e.kind === 'work' && isMonFriYmd(e.from))
      throw new NoticeError(e.where, `${e.from} is a weekday: make-up working days (调休上班) fall on a Saturday or Sunday`);
    if (e.kind === 'rest') notice.rest.push({ from: e.from, to: e.to, name: e.name });
    else notice.work.push({ day: e.from, name: e.name });
  }
  // A notice sets every statutory holiday of its year; one that misses some is a partial copy,
  // and importing it would turn those holidays into working days.
  const named = [...notice.rest, ...notice.work].map((e) => e.name).join(' ');
  const missing = STATUTORY.filter(([word]) => !named.includes(word)).map(([, name]) => name);
  if (missing.length)
    throw new NoticeError('notice', `no ${missing.join('、')}: a notice lists every holiday of its year (元旦、春节、清明节、劳动节、端午节、中秋节、国庆节)`);
  return notice;
}

// The words the holidays' names contain (国务院 notices say 清明节/端午节/中秋节; chinese-days 清明/端午/中秋).
const STATUTORY: [string, string][] = [
  ['元旦', '元旦'],
  ['春节', '春节'],
  ['清明', '清明节'],
  ['劳动', '劳动节'],
  ['端午', '端午节'],
  ['中秋', '中秋节'],
  ['国庆', '国庆节'],
];

/** The year's schedule the notice sets: its rest ranges and make-up days; every other day Mon–Fri. */
export function noticeSchedule(n: CalendarNotice): YearSchedule {
  const s: YearSchedule = new Map();
  for (const r of n.rest) for (let d = ymdDayIndex(r.from); d <= ymdDayIndex(r.to); d++) s.set(dayIndexYmd(d), { kind: 'rest', name: r.name });
  for (const w of n.work) s.set(w.day, { kind: 'work', name: w.name } satisfies DayException);
  return s;
}

export interface DayChange {
  before: DayInfo;
  after: DayInfo;
}

export interface ImportPlan {
  year: number;
  /** What the year was before: official (re-import) or provisional. */
  wasSource: 'official' | 'provisional';
  /** Days whose kind (work/rest) or holiday name changes. */
  changes: DayChange[];
  /** Days that only become official (a provisional guess the notice confirms). */
  confirmed: number;
  before: Calendar;
  after: Calendar;
}

/** What importing the notice would change, against the calendar this process has loaded. */
export function planImport(n: CalendarNotice, before: Calendar = currentCalendar()): ImportPlan {
  const overlay = new Map(before.overlay);
  overlay.set(n.year, noticeSchedule(n));
  const after = new Calendar(overlay);
  const changes: DayChange[] = [];
  let confirmed = 0;
  for (let d = ymdDayIndex(`${n.year}-01-01`); d <= ymdDayIndex(`${n.year}-12-31`); d++) {
    const a = before.dayInfoIndex(d);
    const b = after.dayInfoIndex(d);
    if (a.kind !== b.kind || a.name !== b.name) changes.push({ before: a, after: b });
    else if (a.source !== b.source) confirmed++;
  }
  return { year: n.year, wasSource: before.yearSource(n.year) ?? 'provisional', changes, confirmed, before, after };
}

/** One line of calendar:show: `YYYY-MM-DD work|rest official|provisional|weekend [name]`. */
export const dayLine = (d: DayInfo): string => [d.ymd, d.kind, d.source, d.name].filter(Boolean).join(' ');

/** One line of a dry run: `2027-02-09 rest provisional 春节（补假） -> work official`. */
export const changeLine = (c: DayChange): string => `${dayLine(c.before)} -> ${[c.after.kind, c.after.source, c.after.name].filter(Boolean).join(' ')}`;

/** Write the year's rows (every day of it), replacing what was there, in the caller's transaction. */
export async function writeYear(m: EntityManager, plan: ImportPlan, now: Date): Promise<void> {
  await m.delete(CalendarDay, { year: plan.year });
  const rows: Partial<CalendarDay>[] = [];
  for (let d = ymdDayIndex(`${plan.year}-01-01`); d <= ymdDayIndex(`${plan.year}-12-31`); d++) {
    const info = plan.after.dayInfoIndex(d);
    rows.push({ day: info.ymd, year: plan.year, kind: info.kind, source: info.source, name: info.name, updatedAt: now });
  }
  for (let i = 0; i < rows.length; i += 200) await m.insert(CalendarDay, rows.slice(i, i + 200));
}
