import { importDivisions, unknownCountyCodes } from '../../gazetteer/import';
import { defineCommand, parseCountyCodes, UsageError, withDatabase } from '../command';

const LEVELS = ['province', 'city', 'county', 'township', 'village'];

export const gazetteerImportCommand = defineCommand({
  name: 'gazetteer:import',
  summary: 'Import statistical divisions (provinces … villages) for some counties or the whole country; re-running adds only what is missing.',
  usage: 'gazetteer:import --areas 220382,411726 | --all',
  options: { areas: { type: 'string' }, all: { type: 'boolean' } },
  async handler({ values, io }) {
    if (values.all && values.areas !== undefined) throw new UsageError('give either --areas or --all, not both');
    if (!values.all && values.areas === undefined) throw new UsageError('missing --areas CODES or --all');
    let areas: string[] | undefined;
    if (values.areas !== undefined) {
      areas = parseCountyCodes(values.areas, '--areas');
      const unknown = await unknownCountyCodes(areas);
      if (unknown.length) throw new UsageError(`--areas: unknown county code: ${unknown.join(', ')}`);
    }
    const started = Date.now();
    let lastAt = started;
    let lastN = 0;
    const r = await withDatabase((ds) =>
      importDivisions(ds, {
        areas,
        all: !!values.all,
        // Progress at most every 2 s or 50k rows: --all reads 665k rows in 500-row batches.
        onProgress(n) {
          const now = Date.now();
          if (n - lastN >= 50_000 || now - lastAt >= 2000) {
            io.err(`… ${n} divisions read`);
            lastAt = now;
            lastN = n;
          }
        },
      }),
    );
    const parts = LEVELS.map((l) => `${l} ${r.byLevel[l] ?? 0}`).join(', ');
    io.out(`inserted ${r.inserted} divisions (${parts}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  },
});
