/**
 * Seeded template databases, built once per `jest` run by global-setup.ts and copied by
 * createTestDb (test/support/db.ts) for each test file: seeding the demo counties per file cost
 * 1–2.5 s each (most of it scanning the 37 MB villages.csv) and, on a loaded 2-core machine,
 * pushed `beforeAll` past the test timeout. Rebuilt on every run: migrations change between
 * commits, so a template is never reused across runs.
 *
 * This module is plain data and file reading: it is loaded by jest's parent process (global
 * setup and teardown), by the child that builds the templates, and by every test file.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';

/** The area sets test files seed (grep `startTestApp(` and `createTestDb({ seed`): none, one county, two. */
export const TEMPLATE_AREA_SETS: readonly (readonly string[])[] = [[], ['430502'], ['430502', '220382']];

/** Environment variable naming the run's manifest file; set by global-setup.ts, inherited by the workers. */
export const MANIFEST_ENV = 'CS_TEST_TEMPLATES';

export interface SqliteTemplate {
  kind: 'sqlite';
  /** A serialised (rollback-journal) SQLite database: migrated and seeded. */
  file: string;
}

export interface MysqlTableCopy {
  name: string;
  /** SHOW CREATE TABLE: columns, indexes, foreign keys and the AUTO_INCREMENT position. */
  ddl: string;
  rows: number;
}

export interface MysqlTemplate {
  kind: 'mysql';
  /** The template schema on the TEST_DATABASE_URL server; its rows are copied from there. */
  schema: string;
  /** Every base table, the migrations table included. */
  tables: MysqlTableCopy[];
}

export type Template = SqliteTemplate | MysqlTemplate;

export interface TemplateManifest {
  kind: 'sqlite' | 'mysql';
  /** Run id (newRunId): names this run's files and schemas. */
  run: string;
  /** This run's scratch directory (template files, the manifest), removed by the teardown. */
  dir: string;
  /** By areaKey(areas). */
  templates: Record<string, Template>;
  /** Milliseconds spent building, for the setup's one-line report. */
  ms: number;
}

/** Order matters: seedDemo numbers cities and counties in the order given. */
export const areaKey = (areas: readonly string[]) => areas.join(',');

/** Template schemas are named cs_tmpl_<run id>_<n>, so a crashed run's leftovers can be recognised. */
export const TEMPLATE_SCHEMA_PREFIX = 'cs_tmpl_';

export function readManifest(env: NodeJS.ProcessEnv = process.env): TemplateManifest | null {
  const file = env[MANIFEST_ENV];
  if (!file) return null;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as TemplateManifest;
}

let memo: { file: string; manifest: TemplateManifest | null } | null = null;

/** The template for these areas in this run, or null (no global setup, or an area set it does not build). */
export function findTemplate(areas: readonly string[]): Template | null {
  const file = process.env[MANIFEST_ENV];
  if (!file) return null;
  if (memo?.file !== file) memo = { file, manifest: readManifest() };
  return memo.manifest?.templates[areaKey(areas)] ?? null;
}

/** This machine, in four characters: run ids say where their jest ran. */
const HOST = crypto.createHash('sha1').update(os.hostname()).digest('hex').slice(0, 4);

/** A new run id: start time (base 36 ms), host, jest's pid, a random part. */
export const newRunId = (pid = process.pid) => `${Date.now().toString(36)}_${HOST}_${pid}_${crypto.randomBytes(3).toString('hex')}`;

/**
 * Leftovers of a run interrupted before its teardown (Ctrl-C, a killed jest) are removed by a
 * later run: at once when that run's jest ran on this machine and is gone, else once they are
 * this old (another machine's runs on a shared MariaDB server).
 */
export const STALE_AFTER_MS = 2 * 3600_000;

export function runIsStale(run: string, now = Date.now()): boolean {
  const [time, host, pid] = run.split('_');
  const started = parseInt(time, 36);
  if (!Number.isFinite(started)) return false;
  if (now - started > STALE_AFTER_MS) return true;
  return host === HOST && !alive(Number(pid));
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
