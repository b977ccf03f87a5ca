import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli';
import type { TestDb } from './db';

/** Runs the command line in process, its output captured line by line. */
export async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

/**
 * A scratch directory and a test database the CLI's own connection reaches: DATABASE_URL points
 * at it for the file (a SQLite file, so both connections see the same rows) and is restored after.
 * `open` makes the database in the directory; `urlOf` says what the CLI should connect to.
 */
export function cliDatabase(prefix: string, open: (dir: string) => Promise<TestDb>, urlOf: (db: TestDb, dir: string) => string = (db) => db.url) {
  const saved = process.env.DATABASE_URL;
  const ctx = { dir: '', db: null as unknown as TestDb };
  beforeAll(async () => {
    ctx.dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    ctx.db = await open(ctx.dir);
    process.env.DATABASE_URL = urlOf(ctx.db, ctx.dir);
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    await ctx.db?.close();
    fs.rmSync(ctx.dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return ctx.dir;
    },
    get db() {
      return ctx.db;
    },
    /** A file in the scratch directory, for the CLI to read. */
    write(name: string, data: Buffer | string) {
      const f = path.join(ctx.dir, name);
      fs.writeFileSync(f, data);
      return f;
    },
  };
}
