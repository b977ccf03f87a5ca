import path from 'node:path';
import fs from 'node:fs';
import 'reflect-metadata';
import { DataSource, DataSourceOptions } from 'typeorm';
import { DatabaseConfig, readSettings } from '../config';
import { DropTimedOutConnections, LoggerWithoutParameters } from './timeouts';
import { failoverDriver, ReportNodeFailures } from './failover';

// Globs (not lists) so each feature adds its entities and migrations as files of its own.
const ROOT = path.resolve(__dirname, '..', '..');
const EXT = __filename.endsWith('.ts') ? 'ts' : 'js';
export const ENTITY_GLOB = path.join(ROOT, 'src', 'entities', `*.${EXT}`);
export const MIGRATION_GLOB = path.join(ROOT, 'migrations', `*.${EXT}`);

export function dataSourceOptions(db: DatabaseConfig, extra: Partial<DataSourceOptions> = {}): DataSourceOptions {
  const common = {
    entities: [ENTITY_GLOB],
    migrations: [MIGRATION_GLOB],
    migrationsTableName: 'migrations',
    synchronize: false,
    logging: false as const,
  };
  if (db.type === 'better-sqlite3') {
    if (db.database !== ':memory:') fs.mkdirSync(path.dirname(db.database), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: db.database,
      // WAL lets readers run during the single writer; NORMAL sync is safe with WAL.
      prepareDatabase: (conn: any) => {
        conn.pragma('journal_mode = WAL');
        conn.pragma('synchronous = NORMAL');
        conn.pragma('busy_timeout = 5000');
        conn.pragma('foreign_keys = ON');
        // Checkpoint every ~40 MB of WAL instead of every 4 MB: an index page that many commits
        // touched is copied into the database once per checkpoint, and the checkpoint (it runs
        // inside a commit, on the event loop) comes ten times less often. Intake measured ~30%
        // less time per ticket (in-process createTicket loop, alternating runs).
        conn.pragma('wal_autocheckpoint = 10000');
        // Several processes on one file (WORKERS=N): a transaction takes the write lock when it
        // begins, waiting up to busy_timeout, instead of failing with SQLITE_BUSY at its first
        // write after another process committed (a deferred transaction cannot upgrade a stale
        // snapshot, and SQLite does not wait then). In one process transactions queue anyway.
        const prepare = conn.prepare.bind(conn);
        conn.prepare = (sql: string) => prepare(sql === 'BEGIN TRANSACTION' ? 'BEGIN IMMEDIATE TRANSACTION' : sql);
      },
      ...extra,
    } as DataSourceOptions;
  }
  const s = readSettings(['DB_CONNECT_TIMEOUT_MS', 'DB_QUERY_TIMEOUT_MS', 'DB_POOL_SIZE']);
  return {
    ...common,
    type: 'mysql',
    url: db.url,
    charset: 'utf8mb4_unicode_ci',
    // Store and read every datetime as UTC; business time is converted at the edges.
    timezone: 'Z',
    connectTimeout: s.DB_CONNECT_TIMEOUT_MS,
    // A query that gets no answer (database frozen, network cut without a reset) fails after
    // DB_QUERY_TIMEOUT_MS and its connection is dropped (src/db/timeouts.ts), instead of holding
    // a pool slot forever: a few such queries would exhaust the pool and every request would wait.
    enableQueryTimeout: true,
    maxQueryExecutionTime: s.DB_QUERY_TIMEOUT_MS,
    subscribers: db.hosts ? [DropTimedOutConnections, ReportNodeFailures] : [DropTimedOutConnections],
    // …and TypeORM then logs the query as slow: without its parameters (personal data).
    logger: new LoggerWithoutParameters(false),
    extra: { connectionLimit: s.DB_POOL_SIZE, waitForConnections: true, queueLimit: 0 },
    // Several hosts (a Galera cluster): one pool per node, the first preferred (src/db/failover.ts).
    ...(db.hosts ? { driver: failoverDriver(db.hosts) } : {}),
    ...extra,
  } as DataSourceOptions;
}

export function createDataSource(db: DatabaseConfig, extra: Partial<DataSourceOptions> = {}): DataSource {
  return new DataSource(dataSourceOptions(db, extra));
}

export function isMysql(ds: DataSource): boolean {
  return ds.options.type === 'mysql';
}
