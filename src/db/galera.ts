import type { DataSource, EntityManager } from 'typeorm';
import { isMysql } from './datasource';

const known = new WeakMap<DataSource, Promise<boolean>>();

/**
 * Whether the database is a Galera cluster node (wsrep_on = ON): never for SQLite, MySQL, TiDB or a lone MariaDB. Asked once per
 * process, through `via` when a transaction asks: a transaction that waited for a second pool connection while holding its own would
 * deadlock the pool once every connection was held by one (the kill -9 test's retries after a restart, all asking at once).
 */
export function isGalera(ds: DataSource, via?: EntityManager): Promise<boolean> {
  if (!isMysql(ds)) return Promise.resolve(false);
  let p = known.get(ds);
  if (!p) {
    p = (via ?? ds).query("SHOW VARIABLES LIKE 'wsrep_on'").then(
      (rows: { Value?: string }[]) => String(rows[0]?.Value ?? '').toUpperCase() === 'ON',
      () => {
        // Asked again next time (the database may have been away).
        known.delete(ds);
        return false;
      },
    );
    known.set(ds, p);
  }
  return p;
}

/**
 * An UPDATE of a row that writers on every node update (a day's ticket counter). A Galera node
 * applies the others' commits a little after they certify; an UPDATE that reads the row before
 * that fails certification at COMMIT, and under load its re-runs kept meeting the same stale row
 * (eight failures in a row on the test cluster). `wsrep_sync_wait = 2` makes the node apply
 * everything already committed elsewhere before this statement runs, for this statement only.
 */
export async function causalUpdate(m: EntityManager, sql: string): Promise<string> {
  return (await isGalera(m.connection, m)) ? `SET STATEMENT wsrep_sync_wait = 2 FOR ${sql}` : sql;
}

/** A read that first waits for the node to apply what the others committed (Galera only). */
export async function causalRead(ds: DataSource, sql: string): Promise<string> {
  return (await isGalera(ds)) ? `SET STATEMENT wsrep_sync_wait = 1 FOR ${sql}` : sql;
}
