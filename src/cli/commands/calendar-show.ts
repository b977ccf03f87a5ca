import { calendarDays } from '../../clocks/calendar';
import { dayLine, loadCalendar } from '../../clocks/calendar-store';
import { ymdDayIndex } from '../../clocks/time';
import { defineCommand, UsageError, withDatabase } from '../command';

/** More than a year at once is a mistake, not a question (a year is 366 lines). */
const MAX_DAYS = 366 * 2;

const dateOption = (raw: string | undefined, flag: string): string => {
  if (raw === undefined) throw new UsageError(`missing ${flag} YYYY-MM-DD`);
  try {
    ymdDayIndex(raw);
  } catch {
    throw new UsageError(`${flag} must be a date YYYY-MM-DD (got '${raw}')`);
  }
  return raw;
};

export const calendarShowCommand = defineCommand({
  name: 'calendar:show',
  summary: 'Print the working-day calendar, one line a day: YYYY-MM-DD work|rest official|provisional|weekend [holiday].',
  usage: 'calendar:show --from 2027-01-01 --to 2027-02-28',
  options: { from: { type: 'string' }, to: { type: 'string' } },
  async handler({ values, io }) {
    const from = dateOption(values.from, '--from');
    const to = dateOption(values.to, '--to');
    const n = ymdDayIndex(to) - ymdDayIndex(from) + 1;
    if (n < 1) throw new UsageError(`--to (${to}) is before --from (${from})`);
    if (n > MAX_DAYS) throw new UsageError(`at most ${MAX_DAYS} days at once (asked for ${n})`);
    // The calendar as this database has it: the built-in years overlaid by imported ones.
    await withDatabase((ds) => loadCalendar(ds));
    for (const d of calendarDays(from, to)) io.out(dayLine(d));
  },
});
