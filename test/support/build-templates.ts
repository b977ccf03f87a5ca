/**
 * Builds this run's template databases: migrated, and seeded with each of TEMPLATE_AREA_SETS.
 * Run by global-setup.ts as a child process (TypeScript through swc): jest's own transform only
 * covers modules required while the setup file loads, not the entities and migrations TypeORM
 * loads from its globs later.
 *
 * Env: CS_TEMPLATE_RUN (run id), CS_TEMPLATE_DIR (scratch directory), TEST_DATABASE_URL.
 * Writes the manifest to <dir>/templates.json.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../../src/config';
import { createDataSource } from '../../src/db/datasource';
import { seedDemo } from '../../src/seed/demo';
import { areaKey, MysqlTableCopy, runIsStale, Template, TEMPLATE_AREA_SETS, TEMPLATE_SCHEMA_PREFIX, TemplateManifest } from './templates';

const run = process.env.CS_TEMPLATE_RUN!;
const dir = process.env.CS_TEMPLATE_DIR!;
const base = process.env.TEST_DATABASE_URL;
const onMysql = /^(mysql|mariadb):/.test(base ?? '');

async function migrateAndSeed(ds: DataSource, areas: readonly string[]): Promise<void> {
  await ds.initialize();
  await ds.runMigrations();
  if (areas.length) await seedDemo(ds, { areas: [...areas] });
}

async function sqliteTemplate(areas: readonly string[], n: number): Promise<Template> {
  const ds = createDataSource(parseDatabaseUrl('sqlite::memory:'));
  try {
    await migrateAndSeed(ds, areas);
    const file = path.join(dir, `template-${n}.sqlite`);
    // An in-memory database serialises without WAL bytes in its header: it can be opened again
    // from the buffer (in memory) or written to a file.
    fs.writeFileSync(file, (ds.driver as any).databaseConnection.serialize());
    return { kind: 'sqlite', file };
  } finally {
    if (ds.isInitialized) await ds.destroy();
  }
}

const schemaUrl = (schema: string) => {
  const u = new URL(base!);
  u.pathname = `/${schema}`;
  return u.toString();
};

async function mysqlTemplate(admin: DataSource, areas: readonly string[], n: number): Promise<Template> {
  const schema = `${TEMPLATE_SCHEMA_PREFIX}${run}_${n}`;
  await admin.query(`CREATE DATABASE \`${schema}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  const ds = createDataSource(parseDatabaseUrl(schemaUrl(schema)));
  try {
    await migrateAndSeed(ds, areas);
    const objects: { name: string; type: string }[] = await ds.query(
      'SELECT table_name AS name, table_type AS type FROM information_schema.tables WHERE table_schema = DATABASE() ORDER BY table_name',
    );
    const [{ triggers }] = await ds.query('SELECT COUNT(*) AS triggers FROM information_schema.triggers WHERE trigger_schema = DATABASE()');
    const others = objects.filter((o) => o.type !== 'BASE TABLE');
    // The copy in db.ts clones base tables only; say so rather than hand out an incomplete copy.
    if (others.length || Number(triggers))
      throw new Error(`template ${schema}: views or triggers (${others.map((o) => o.name).join(', ')}) are not cloned by test/support/db.ts`);
    const tables: MysqlTableCopy[] = [];
    for (const { name } of objects) {
      const [show] = await ds.query(`SHOW CREATE TABLE \`${name}\``);
      const [{ rows }] = await ds.query(`SELECT COUNT(*) AS \`rows\` FROM \`${name}\``);
      tables.push({ name, ddl: show['Create Table'], rows: Number(rows) });
    }
    return { kind: 'mysql', schema, tables };
  } finally {
    if (ds.isInitialized) await ds.destroy();
  }
}

/** Template schemas of interrupted runs (see STALE_AFTER_MS). */
async function dropStaleSchemas(admin: DataSource): Promise<void> {
  const rows: { name: string }[] = await admin.query("SELECT schema_name AS name FROM information_schema.schemata WHERE schema_name LIKE 'cs\\_tmpl\\_%'");
  for (const { name } of rows) {
    if (runIsStale(name.slice(TEMPLATE_SCHEMA_PREFIX.length))) await admin.query(`DROP DATABASE IF EXISTS \`${name}\``);
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const templates: Record<string, Template> = {};
  if (onMysql) {
    const admin = createDataSource(parseDatabaseUrl(base));
    await admin.initialize();
    try {
      await dropStaleSchemas(admin);
      for (const [n, areas] of TEMPLATE_AREA_SETS.entries()) templates[areaKey(areas)] = await mysqlTemplate(admin, areas, n);
    } catch (e) {
      // No manifest, so no teardown will find these: drop them here.
      for (let n = 0; n < TEMPLATE_AREA_SETS.length; n++)
        await admin.query(`DROP DATABASE IF EXISTS \`${TEMPLATE_SCHEMA_PREFIX}${run}_${n}\``).catch(() => undefined);
      throw e;
    } finally {
      await admin.destroy();
    }
  } else {
    for (const [n, areas] of TEMPLATE_AREA_SETS.entries()) templates[areaKey(areas)] = await sqliteTemplate(areas, n);
  }
  const manifest: TemplateManifest = { kind: onMysql ? 'mysql' : 'sqlite', run, dir, templates, ms: Date.now() - started };
  // Written last and renamed into place: the manifest exists only when every template does.
  const file = path.join(dir, 'templates.json');
  fs.writeFileSync(`${file}.tmp`, JSON.stringify(manifest));
  fs.renameSync(`${file}.tmp`, file);
}

main().then(
  () => process.exit(0),
  (e) => {
    process.stderr.write(`${e?.stack ?? e}\n`);
    process.exit(1);
  },
);
