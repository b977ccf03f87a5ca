import type { DataSource } from 'typeorm';
import { log } from '../log';
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

/** Background service: reload the calendar when the table changed (cheap: COUNT and MAX). */
export async function startCalendarRefresh(ds: DataSource): Promise<Services> {
  const timer = setInterval(() => {
    refreshCalendar(ds)
      .then((changed) => (changed ? warnIfProvisional(ds, new Date()) : undefined))
      .catch((e) => log.warn('calendar refresh failed', { error: String(e?.message ?? e) }));
  }, CALENDAR_REFRESH_MS);
  timer.unref();
  return { stop: async () => clearInterval(timer) };
}
