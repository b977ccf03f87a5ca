import crypto from 'node:crypto';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../../src/config';
import { createDataSource, isMysql } from '../../src/db/datasource';

/**
 * A fresh, migrated database for one test file: in-memory SQLite by default, or a new database
 * on the server named by TEST_DATABASE_URL (mysql://…), dropped again by `close`.
 */
export interface TestDb {
  ds: DataSource;
  url: string;
  close(): Promise<void>;
}

export const onMysql = () => /^(mysql|mariadb):/.test(process.env.TEST_DATABASE_URL ?? '');

export async function createTestDb(opts: { file?: string } = {}): Promise<TestDb> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base || base.startsWith('sqlite:')) {
    const url = opts.file ? `sqlite:${opts.file}` : 'sqlite::memory:';
    const ds = createDataSource(parseDatabaseUrl(url));
    await ds.initialize();
    await ds.runMigrations();
    return { ds, url, close: () => ds.destroy() };
  }
  const name = `cs_t_${process.env.JEST_WORKER_ID ?? '0'}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = createDataSource(parseDatabaseUrl(base));
  await admin.initialize();
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const u = new URL(base);
  u.pathname = `/${name}`;
  const url = u.toString();
  const ds = createDataSource(parseDatabaseUrl(url));
  await ds.initialize();
  await ds.runMigrations();
  return {
    ds,
    url,
    close: async () => {
      if (ds.isInitialized) await ds.destroy();
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.destroy();
    },
  };
}

export { isMysql };
