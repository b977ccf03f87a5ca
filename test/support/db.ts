import crypto from 'node:crypto';
import fs from 'node:fs';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../../src/config';
import { createDataSource, isMysql } from '../../src/db/datasource';
import { findTemplate, MysqlTemplate, SqliteTemplate } from './templates';

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

export interface TestDbOptions {
  /**
   * Demo counties to have seeded (seedDemo's `areas`, in its order). The sets the run's global
   * setup built (test/support/templates.ts) are copied from a template; any other set is seeded
   * here. Tests of seeding itself create an unseeded database and call seedDemo.
   */
  seed?: string[];
  /** SQLite: a file at this path instead of memory (for child processes). Ignored on MySQL. */
  file?: string;
}

/**
 * A copy of this run's template (migrated, seeded with `seed`), or, without a template (a jest
 * config without the global setup, an area set none builds), one migrated and seeded here.
 */
export async function createTestDb(opts: TestDbOptions = {}): Promise<TestDb> {
  const seed = opts.seed ?? [];
  const template = findTemplate(seed);
  const base = process.env.TEST_DATABASE_URL;
  let db: TestDb;
  if (!base || base.startsWith('sqlite:')) {
    db = template?.kind === 'sqlite' ? await copySqlite(template, opts.file) : await freshSqlite(opts.file);
  } else {
    db = template?.kind === 'mysql' ? await cloneMysql(base, template) : await freshMysql(base);
  }
  if (!template && seed.length) {
    const { seedDemo } = await import('../../src/seed/demo');
    await seedDemo(db.ds, { areas: seed });
  }
  return db;
}

async function freshSqlite(file?: string): Promise<TestDb> {
  const url = file ? `sqlite:${file}` : 'sqlite::memory:';
  const ds = createDataSource(parseDatabaseUrl(url));
  await ds.initialize();
  await ds.runMigrations();
  return { ds, url, close: sqliteClose(ds) };
}

async function copySqlite(template: SqliteTemplate, file?: string): Promise<TestDb> {
  const bytes = fs.readFileSync(template.file);
  let url: string;
  let ds: DataSource;
  if (file) {
    for (const f of [`${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true });
    fs.writeFileSync(file, bytes);
    url = `sqlite:${file}`;
    ds = createDataSource(parseDatabaseUrl(url));
  } else {
    url = 'sqlite::memory:';
    // better-sqlite3 opens a serialised database given as a Buffer in memory; TypeORM's driver
    // calls `new driver(database, options)`, so a constructor that ignores the name hands it over.
    const Sqlite = require('better-sqlite3');
    // biome-ignore lint/complexity/useArrowFunction: TypeORM calls it with `new`, which an arrow function refuses.
    const fromTemplate = function (_name: string, options: object) {
      return new Sqlite(bytes, options);
    };
    ds = createDataSource(parseDatabaseUrl(url), { driver: fromTemplate } as object);
  }
  await ds.initialize();
  return { ds, url, close: sqliteClose(ds) };
}

/** A new, empty database on the server; the admin connection drops it again. */
async function newMysqlDatabase(base: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `cs_t_${process.env.JEST_WORKER_ID ?? '0'}_${crypto.randomBytes(4).toString('hex')}`;
  const admin = createDataSource(parseDatabaseUrl(base));
  await admin.initialize();
  await admin.query(`CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const u = new URL(base);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
      await admin.destroy();
    },
  };
}

async function freshMysql(base: string): Promise<TestDb> {
  const { url, drop } = await newMysqlDatabase(base);
  const ds = createDataSource(parseDatabaseUrl(url));
  await ds.initialize();
  await ds.runMigrations();
  return { ds, url, close: mysqlClose(ds, drop) };
}

/**
 * The template's tables re-created from their SHOW CREATE TABLE (which, unlike CREATE TABLE …
 * LIKE, keeps the foreign keys) on the new database's own connection, so their unqualified
 * REFERENCES name the copies; then the rows, migrations included.
 */
async function cloneMysql(base: string, template: MysqlTemplate): Promise<TestDb> {
  const { url, drop } = await newMysqlDatabase(base);
  const ds = createDataSource(parseDatabaseUrl(url));
  await ds.initialize();
  const close = mysqlClose(ds, drop);
  const qr = ds.createQueryRunner();
  try {
    await qr.query('SET FOREIGN_KEY_CHECKS = 0');
    for (const t of template.tables) await qr.query(t.ddl);
    for (const t of template.tables) {
      if (t.rows) await qr.query(`INSERT INTO \`${t.name}\` SELECT * FROM \`${template.schema}\`.\`${t.name}\``);
    }
    await qr.query('SET FOREIGN_KEY_CHECKS = 1');
    await qr.release();
  } catch (e) {
    await qr.release();
    await close();
    throw e;
  }
  return { ds, url, close };
}

/**
 * `close` may follow a test's own `ds.destroy()` (what main.ts does at shutdown): it must still
 * release everything else it holds — on MySQL the admin connection and the test database.
 */
const sqliteClose = (ds: DataSource) => async () => {
  if (ds.isInitialized) await ds.destroy();
};

const mysqlClose = (ds: DataSource, drop: () => Promise<void>) => async () => {
  if (ds.isInitialized) await ds.destroy();
  await drop();
};

export { isMysql };
