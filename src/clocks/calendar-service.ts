import type { DataSource } from 'typeorm';
import { exec } from '../db/sql';
import { log } from '../log';
import { OPEN_STATUSES } from '../vocabulary';
import type { Services } from '../services';
import { openClockCoverage } from './calendar-import';
import { loadCalendar, refreshCalendar } from './calendar-store';

/** Lay the calendar table over the built-in calendar, and say so if open clocks run on guesses. */
export async function loadCalendarAtStartup(ds: DataSource, now = new Date()): Promise<void> {
  await loadCalendar(ds);
  await warnIfProvisional(ds, now);
}

async function warnIfProvisional(ds: DataSource, now: Date): Promise<void> {
  const c = await openClockCoverage(ds, now);
  if (c.warning) log.warn(c.warning, { officialYears: c.official.join(','), provisionalYears: c.provisional.join(','), openClocksUntil: c.openClocksUntil });
}

/** How often a server notices an import made by another process (the CLI). */
export const CALENDAR_REFRESH_MS = 5 * 60_000;

/**
 * Background service: reload the calendar when the table changed (cheap: COUNT and MAX). A sweep
 * that ran between another process's import and this reload planned ladders with the old
 * calendar, so the plans are dropped again (the next sweep recomputes them).
 */
export async function startCalendarRefresh(ds: DataSource): Promise<Services> {
  const timer = setInterval(() => {
    refreshCalendar(ds)
      .then(async (changed) => {
        if (!changed) return;
        await exec(ds, 'UPDATE ticket SET nextEscalationAt = NULL WHERE status IN (:...open)', { open: OPEN_STATUSES });
        await warnIfProvisional(ds, new Date());
      })
      .catch((e) => log.warn('calendar refresh failed', { error: String(e?.message ?? e) }));
  }, CALENDAR_REFRESH_MS);
  timer.unref();
  return { stop: async () => clearInterval(timer) };
}
