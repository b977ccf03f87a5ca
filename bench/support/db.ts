import crypto from 'node:crypto';
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import type { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../../src/config';
import { openDatabase } from '../../src/db/bootstrap';
import { createDataSource } from '../../src/db/datasource';
import { inTransaction } from '../../src/db/tx';
import { issueToken } from '../../src/auth/tokens';
import { seedDemo } from '../../src/seed/demo';
import { ROOT } from './server';

export interface PreparedDb {
  kind: 'sqlite' | 'mariadb';
  url: string;
  /** A channel token (what a hotline or bot gateway holds). */
  channelToken: string;
  /** Drop the database / delete the file. */
  drop(): Promise<void>;
}

/** BENCH_DATABASE_URL, or the checkout's own MariaDB (scripts/mariadb.sh start, idempotent). */
export function mysqlServerUrl(env = process.env): string {
  const given = env.BENCH_DATABASE_URL || env.TEST_DATABASE_URL;
  if (given && /^(mysql|mariadb):/.test(given)) return given;
  const out = execFileSync('scripts/mariadb.sh', ['start'], { cwd: ROOT, encoding: 'utf8' });
  return out.trim().split('\n').pop()!;
}

/** A fresh database on that server, named so leftovers are recognisable. */
export async function freshMysqlDatabase(serverUrl: string, prefix = 'cs_bench'): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `${prefix}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = createDataSource(parseDatabaseUrl(serverUrl));
  await admin.initialize();
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  await admin.destroy();
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const a = createDataSource(parseDatabaseUrl(serverUrl));
      await a.initialize();
      await a.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await a.destroy();
    },
  };
}

export function removeSqlite(file: string): void {
  for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
}

/**
 * Migrates and seeds the demo organisation for `areas`, issues a channel token, then hands the
 * open DataSource to `use` (to read the villages) and closes it: the server opens its own.
 */
export async function prepareDatabase<T>(
  kind: 'sqlite' | 'mariadb',
  areas: string[],
  use: (ds: DataSource) => Promise<T>,
  opts: { sqliteFile?: string; mysqlServer?: string } = {},
): Promise<PreparedDb & { extra: T }> {
  let url: string;
  let drop: () => Promise<void>;
  if (kind === 'sqlite') {
    const file = opts.sqliteFile ?? `/tmp/cunsheng-bench-${process.pid}.sqlite`;
    removeSqlite(file);
    url = `sqlite:${file}`;
    drop = async () => removeSqlite(file);
  } else {
    const fresh = await freshMysqlDatabase(opts.mysqlServer ?? mysqlServerUrl());
    url = fresh.url;
    drop = fresh.drop;
  }
  const ds = await openDatabase({ database: parseDatabaseUrl(url) }, { migrate: true });
  try {
    await seedDemo(ds, { areas });
    const channelToken = await inTransaction(ds, async ({ manager }) => (await issueToken(manager, { role: 'channel', name: 'bench-gateway' })).token);
    const extra = await use(ds);
    return { kind, url, channelToken, drop, extra };
  } finally {
    await ds.destroy();
  }
}
