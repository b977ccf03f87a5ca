import { loadCalendar } from '../../clocks/calendar-store';
import { recomputeOpenTickets, SYSTEM } from '../../tickets';
import { defineCommand, withDatabase } from '../command';

/**
 * Recompute open tickets' deadlines against the calendar as it is now. calendar:import does this
 * itself; run this once after upgrading from a version that counted years beyond the official
 * data as plain Mon–Fri (deadlines it stored on 2027's holidays are recognised and moved).
 */
export const calendarRecomputeCommand = defineCommand({
  name: 'calendar:recompute',
  summary: "Recompute open tickets' stored deadlines with the current calendar (each moved deadline an event in the ticket's history; safe to repeat).",
  usage: 'calendar:recompute',
  options: {},
  async handler({ io }) {
    const r = await withDatabase(async (ds) => {
      const before = await loadCalendar(ds);
      return recomputeOpenTickets(ds, SYSTEM, { before, cause: 'calendar_recompute' });
    });
    io.out(`${r.tickets} open ticket(s) checked, ${r.changed} with deadlines moved`);
  },
});
