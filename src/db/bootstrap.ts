import { DataSource } from 'typeorm';
import type { Config } from '../config';
import { createDataSource } from './datasource';

export interface OpenDatabaseOptions {
  /** Run pending migrations (default true). */
  migrate?: boolean;
  /** Seed the demo organisation when the database has no units yet (default false). */
  seed?: boolean;
}

/** An initialised DataSource with the schema up to date; the caller owns it and must destroy it. */
export async function openDatabase(
  config: Pick<Config, 'database'>,
  { migrate = true, seed = false }: OpenDatabaseOptions = {},
): Promise<DataSource> {
  const ds = createDataSource(config.database);
  await ds.initialize();
  try {
    // 'each': a failed migration leaves the earlier ones applied and the failing one rolled back.
    if (migrate) await ds.runMigrations({ transaction: 'each' });
    if (seed) {
      // Loaded lazily: the seed pulls in the gazetteer CSV reader, which most callers never need.
      const { ensureDemoSeeded } = await import('../seed/demo');
      await ensureDemoSeeded(ds);
    }
    return ds;
  } catch (e) {
    await ds.destroy().catch(() => undefined);
    throw e;
  }
}
