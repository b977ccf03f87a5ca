/**
 * Business time is Asia/Shanghai (UTC+8, no DST since 1991). We shift instants by a fixed
 * offset and read UTC fields, so nothing here depends on the process TZ.
 */

export const SHANGHAI_OFFSET_MS = 8 * 3600_000;
export const HOUR_MS = 3600_000;
export const DAY_MS = 24 * HOUR_MS;

export interface ShanghaiParts {
  y: number;
  /** 1-12 */
  m: number;
  d: number;
  hh: number;
  mm: number;
  ss: number;
  /** 0 = Sunday … 6 = Saturday, like Date#getDay */
  weekday: number;
}

function assertValid(d: Date): number {
  const t = d.getTime();
  if (!Number.isFinite(t)) throw new RangeError('Invalid Date');
  return t;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** The Date's fields read as UTC give Shanghai wall time. */
function shifted(d: Date): Date {
  return new Date(assertValid(d) + SHANGHAI_OFFSET_MS);
}

export function shanghaiParts(d: Date): ShanghaiParts {
  const s = shifted(d);
  return {
    y: s.getUTCFullYear(),
    m: s.getUTCMonth() + 1,
    d: s.getUTCDate(),
    hh: s.getUTCHours(),
    mm: s.getUTCMinutes(),
    ss: s.getUTCSeconds(),
    weekday: s.getUTCDay(),
  };
}

/** '2026-11-24' */
export function shanghaiYmd(d: Date): string {
  const p = shanghaiParts(d);
  return `${p.y}-${pad2(p.m)}-${pad2(p.d)}`;
}

/** '20261124', e.g. for ticket numbers */
export function shanghaiCompactYmd(d: Date): string {
  return shanghaiYmd(d).replace(/-/g, '');
}

/** '2026-11-24 09:00' */
export function formatShanghai(d: Date): string {
  const p = shanghaiParts(d);
  return `${p.y}-${pad2(p.m)}-${pad2(p.d)} ${pad2(p.hh)}:${pad2(p.mm)}`;
}

/** Instant for a Shanghai wall time; month is 1-based. Out-of-range fields roll over like Date.UTC. */
export function fromShanghai(y: number, m: number, d: number, hh = 0, mm = 0, ss = 0): Date {
  return new Date(Date.UTC(y, m - 1, d, hh, mm, ss) - SHANGHAI_OFFSET_MS);
}

/**
 * Shanghai calendar day as an integer (days since 1970-01-01 in Shanghai).
 * Calendar arithmetic uses this to avoid string round-trips.
 */
export function shanghaiDayIndex(d: Date): number {
  return Math.floor((assertValid(d) + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** 00:00 Shanghai of the given day index. */
export function dayIndexStart(day: number): Date {
  return new Date(day * DAY_MS - SHANGHAI_OFFSET_MS);
}

/** 'YYYY-MM-DD' of a day index. */
export function dayIndexYmd(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Day index of a 'YYYY-MM-DD' string; throws on malformed or impossible dates. */
export function ymdDayIndex(ymd: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
  if (!m) throw new RangeError(`Expected YYYY-MM-DD, got ${JSON.stringify(ymd)}`);
  const t = Date.UTC(+m[1], +m[2] - 1, +m[3]);
  // Reject '2026-02-30' etc., which Date.UTC would silently roll over.
  if (new Date(t).toISOString().slice(0, 10) !== ymd) throw new RangeError(`No such date: ${ymd}`);
  return t / DAY_MS;
}

export function startOfShanghaiDay(d: Date): Date {
  return dayIndexStart(shanghaiDayIndex(d));
}

export function addHours(d: Date, h: number): Date {
  return new Date(assertValid(d) + h * HOUR_MS);
}

/** Same Shanghai wall time n days later; exact because Shanghai has no DST. */
export function addCalendarDays(d: Date, n: number): Date {
  return new Date(assertValid(d) + n * DAY_MS);
}

/**
 * A deadline as people read it, one format in every text (villagers, cadres, leaders):
 * "12月7日 17:30"; a day-count deadline, stored as 00:00 of the next day, is "12月7日 24:00", the way
 * official notices say it, never "12月8日 00:00". Deadlines are weeks away at most, so no year.
 */
export function deadlineText(d: Date): string {
  const p = shanghaiParts(d);
  if (p.hh === 0 && p.mm === 0 && p.ss === 0) {
    const day = shanghaiParts(new Date(d.getTime() - 1));
    return `${day.m}月${day.d}日 24:00`;
  }
  return `${p.m}月${p.d}日 ${pad2(p.hh)}:${pad2(p.mm)}`;
}
