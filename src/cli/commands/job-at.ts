import { fromShanghai, formatShanghai, ymdDayIndex } from '../../clocks/time';
import { UsageError } from '../command';

/**
 * `--at` for the job commands: an ISO 8601 date-time; without an offset it is read as
 * Asia/Shanghai wall time (2026-12-01T09:00 = 09:00 in the county). Unset = now.
 */
export function parseAt(raw: string | undefined, now = new Date()): Date {
  if (raw === undefined) return now;
  const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(raw.trim());
  const bad = () => new UsageError(`--at must be a date-time like 2026-12-01T09:00:00+08:00 (got '${raw}')`);
  if (!m) throw bad();
  try {
    ymdDayIndex(m[1]);
  } catch {
    throw bad();
  }
  const [hh, mm, ss] = [m[2], m[3], m[4]].map((x) => Number(x ?? 0));
  if (hh > 23 || mm > 59 || ss > 59) throw bad();
  if (!m[5]) {
    const [y, mo, d] = m[1].split('-').map(Number);
    return fromShanghai(y, mo, d, hh, mm, ss);
  }
  const t = new Date(raw.trim().replace(' ', 'T'));
  if (Number.isNaN(t.getTime())) throw bad();
  return t;
}

export const describeAt = (d: Date) => `${formatShanghai(d)} (Asia/Shanghai)`;
