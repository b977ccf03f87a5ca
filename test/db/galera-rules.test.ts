/**
 * What a Galera cluster needs from the schema and the code, checked on the database under test
 * (SQLite, or MariaDB with TEST_DATABASE_URL) and in the source:
 * - every table has a primary key (Galera replicates row events by key; a table without one is
 *   slow to apply and can diverge between nodes), and on MariaDB every table is InnoDB (only
 *   InnoDB is replicated);
 * - no LOCK TABLES and no GET_LOCK: both are local to one node, so they would lock nothing on the
 *   others (src/seed/demo.ts serialises seeding with a job_lease row instead).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createTestDb, onMysql, TestDb } from '../support/db';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => {
  await db?.close();
});

it('gives every table a primary key (and on MariaDB the InnoDB engine)', async () => {
  if (onMysql()) {
    const tables: { name: string; engine: string }[] = await db.ds.query(
      "SELECT TABLE_NAME AS name, ENGINE AS engine FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE = 'BASE TABLE'",
    );
    const withPk: { name: string }[] = await db.ds.query(
      "SELECT TABLE_NAME AS name FROM information_schema.TABLE_CONSTRAINTS WHERE TABLE_SCHEMA = DATABASE() AND CONSTRAINT_TYPE = 'PRIMARY KEY'",
    );
    const pk = new Set(withPk.map((r) => r.name));
    expect(tables.length).toBeGreaterThan(20);
    expect(tables.filter((t) => !pk.has(t.name)).map((t) => t.name)).toEqual([]);
    expect(tables.filter((t) => t.engine !== 'InnoDB').map((t) => `${t.name}: ${t.engine}`)).toEqual([]);
  } else {
    const tables: { name: string }[] = await db.ds.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
    expect(tables.length).toBeGreaterThan(20);
    const missing: string[] = [];
    for (const { name } of tables) {
      const cols: { pk: number }[] = await db.ds.query(`PRAGMA table_info("${name}")`);
      if (!cols.some((c) => c.pk > 0)) missing.push(name);
    }
    expect(missing).toEqual([]);
  }
});

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sources(p));
    else if (/\.(ts|js|sql)$/.test(e.name)) out.push(p);
  }
  return out;
}

it('never takes LOCK TABLES or a named lock (GET_LOCK) in SQL it sends', () => {
  const root = path.resolve(__dirname, '..', '..');
  const files = ['src', 'migrations', 'bot', 'scripts']
    .map((d) => path.join(root, d))
    .filter((d) => fs.existsSync(d))
    .flatMap(sources);
  expect(files.length).toBeGreaterThan(100);
  // Inside a string literal: SQL, not a comment explaining why it is not used.
  const sql = /['"`][^'"`\n]*\b(GET_LOCK|RELEASE_LOCK|IS_FREE_LOCK|LOCK\s+TABLES?|UNLOCK\s+TABLES)\b/i;
  const hits = files.filter((f) => sql.test(fs.readFileSync(f, 'utf8'))).map((f) => path.relative(root, f));
  expect(hits).toEqual([]);
});
