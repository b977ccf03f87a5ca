import fs from 'node:fs';
import { importNotice } from '../../clocks/calendar-import';
import { changeLine, NoticeError, parseNotice } from '../../clocks/calendar-store';
import { defineCommand, UsageError, withDatabase } from '../command';

export const calendarImportCommand = defineCommand({
  name: 'calendar:import',
  summary:
    "Load the State Council's holiday notice for a year (JSON or CSV of rest ranges and make-up working days): the year becomes official and open tickets' deadlines are recomputed. --dry-run prints the difference only.",
  usage: 'calendar:import FILE.json|FILE.csv [--dry-run]',
  options: { 'dry-run': { type: 'boolean' } },
  positionals: true,
  async handler({ values, positionals, io }) {
    if (positionals.length !== 1) throw new UsageError(positionals.length ? `one file at a time (got ${positionals.length})` : 'missing FILE');
    const file = positionals[0];
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch (e: any) {
      throw new UsageError(`cannot read ${file}: ${e?.code ?? e?.message ?? e}`);
    }
    let notice;
    try {
      notice = parseNotice(text, /\.json$/i.test(file) ? 'json' : /\.csv$/i.test(file) ? 'csv' : undefined);
    } catch (e) {
      if (e instanceof NoticeError) throw new UsageError(`${file} ${e.message}`);
      throw e;
    }
    const dryRun = !!values['dry-run'];
    const r = await withDatabase((ds) => importNotice(ds, notice, { dryRun }));
    for (const c of r.plan.changes) io.out(changeLine(c));
    const head =
      `${r.plan.year}: ${r.plan.changes.length} day(s) change work/rest or holiday name` +
      (r.plan.wasSource === 'official' ? '; the year was already official' : `; the other ${r.plan.confirmed} provisional day(s) become official as they are`);
    if (dryRun) io.out(`${head} (dry run: nothing written)`);
    else io.out(`${head}; ${r.recomputed!.tickets} open ticket(s) checked, ${r.recomputed!.changed} with deadlines moved`);
  },
});
