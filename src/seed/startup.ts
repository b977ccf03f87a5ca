import type { DataSource } from 'typeorm';
import { log } from '../log';
import { ensureDemoSeeded, seedReference } from './demo';
import { giveDemoPasswords } from './demo-passwords';

/**
 * What `npm start` puts into the database before serving. The first-run default is the demo
 * counties (the README's first command shows a working system); with SEED_DEMO=0 a production
 * database gets only reference data and stays without units and staff until org:import.
 */
export async function seedAtStartup(ds: DataSource, opts: { demo: boolean }): Promise<'demo' | 'reference' | 'none'> {
  if (opts.demo) {
    if (!(await ensureDemoSeeded(ds))) return 'none';
    // The fake staff just seeded get the demo console password (README "Console"); nobody else ever does.
    const n = await giveDemoPasswords(ds);
    log.info('demo organisation seeded; its staff log in to the console with the demo password (README "Console")', { staff: n });
    return 'demo';
  }
  const r = await seedReference(ds);
  if (r.categories + r.routingRules + r.deadlinePolicies > 0) {
    log.info('reference data seeded (SEED_DEMO=0: no demo organisation; load the county with org:import)', { ...r });
    return 'reference';
  }
  return 'none';
}
