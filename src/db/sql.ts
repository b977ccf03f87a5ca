import { DataSource, EntityManager } from 'typeorm';

/**
 * Raw SQL with named parameters (`:name`, `:...list`) through the driver's own escaping, so Dates
 * are written in the format TypeORM uses for datetime columns on each database. Used for the
 * columns that are not on the shared entities (ticket.nextEscalationAt, job_lease.lastRunAt) and
 * for statements whose affected-row count matters (insert-or-ignore, conditional updates).
 */
export async function exec(m: EntityManager | DataSource, sql: string, params: Record<string, unknown> = {}): Promise<{ affected: number; rows: any[] }> {
  const ds = m instanceof DataSource ? m : m.connection;
  const [query, values] = ds.driver.escapeQueryWithParameters(sql, params);
  const own = m instanceof DataSource ? null : m.queryRunner;
  const qr = own ?? ds.createQueryRunner();
  try {
    const r = await qr.query(query, values, true);
    return { affected: Number(r.affected ?? 0), rows: Array.isArray(r.records) ? r.records : [] };
  } finally {
    if (!own) await qr.release();
  }
}

/** A datetime read by raw SQL: mysql2 gives a Date (UTC, timezone 'Z'); SQLite the stored UTC text. */
export function readDate(v: unknown): Date | null {
  if (v === null || v === undefined) return null;
  if (v instanceof Date) return v;
  const s = String(v);
  return new Date(/[zZ]|[+-]\d\d:?\d\d$/.test(s) ? s : `${s.replace(' ', 'T')}Z`);
}

/** INSERT that silently skips a duplicate key, in each dialect. */
export function insertIgnore(ds: DataSource | EntityManager): string {
  const type = (ds instanceof DataSource ? ds : ds.connection).options.type;
  return type === 'mysql' || type === 'mariadb' ? 'INSERT IGNORE INTO' : 'INSERT OR IGNORE INTO';
}
