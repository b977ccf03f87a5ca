import { DataSource } from 'typeorm';
import type { Config } from '../config';
import { createDataSource } from './datasource';

export interface OpenDatabaseOptions {
  /** Run pending migrations (default true). */
  migrate?: boolean;
  /** Seed at start-up (default false): the demo organisation on an empty database, or with SEED_DEMO=0 reference data only. */
  seed?: boolean;
}

/** An initialised DataSource with the schema up to date; the caller owns it and must destroy it. */
export async function openDatabase(
  config: Pick<Config, 'database'> & Partial<Pick<Config, 'SEED_DEMO'>>,
  { migrate = true, seed = false }: OpenDatabaseOptions = {},
): Promise<DataSource> {
  const ds = createDataSource(config.database);
  await ds.initialize();
  try {
    // 'each': a failed migration leaves the earlier ones applied and the failing one rolled back.
    if (migrate) await ds.runMigrations({ transaction: 'each' });
    if (seed) {
      // Loaded lazily: the seed pulls in the gazetteer CSV reader, which most callers never need.
      const { seedAtStartup } = await import('../seed/startup');
      await seedAtStartup(ds, { demo: config.SEED_DEMO ?? true });
    }
    return ds;
  } catch (e) {
    await ds.destroy().catch(() => undefined);
    throw e;
  }
}
