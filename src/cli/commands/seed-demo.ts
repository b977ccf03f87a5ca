import { unknownCountyCodes } from '../../gazetteer/import';
import { DEMO_AREAS, seedDemo } from '../../seed/demo';
import { defineCommand, parseCountyCodes, UsageError, withDatabase } from '../command';

export const seedDemoCommand = defineCommand({
  name: 'seed:demo',
  summary: `Seed the demo organisation (divisions, units, staff, rules) for the demo counties (${DEMO_AREAS.join(',')}) or the given ones; re-running skips seeded counties.`,
  usage: 'seed:demo [--areas 220382,430502]',
  options: { areas: { type: 'string' } },
  async handler({ values, io }) {
    const areas = values.areas === undefined ? [...DEMO_AREAS] : parseCountyCodes(values.areas, '--areas');
    const unknown = await unknownCountyCodes(areas);
    if (unknown.length) throw new UsageError(`--areas: unknown county code: ${unknown.join(', ')}`);
    const s = await withDatabase((ds) => seedDemo(ds, { areas }));
    const lv = s.divisions.byLevel;
    io.out(`counties seeded: ${s.counties.seeded.join(',') || '-'}; already seeded: ${s.counties.skipped.join(',') || '-'}`);
    io.out(`divisions +${s.divisions.inserted} (township ${lv.township ?? 0}, village ${lv.village ?? 0})`);
    io.out(`units +${s.units}, staff +${s.staff}, village assignments +${s.villageAssignments}`);
    io.out(`categories +${s.categories}, routing rules +${s.routingRules}, deadline policies +${s.deadlinePolicies}`);
    io.out(`done in ${s.ms} ms`);
  },
});
