import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../../config';
import { shanghaiParts } from '../../clocks/time';
import { defineCommand, EXIT_USAGE, UsageError } from '../command';

const pad = (n: number) => String(n).padStart(2, '0');

/** cunsheng-20261130-2044.sqlite (Shanghai time: the office's clock). */
function defaultName(now: Date): string {
  const p = shanghaiParts(now);
  return `cunsheng-${p.y}${pad(p.m)}${pad(p.d)}-${pad(p.hh)}${pad(p.mm)}${pad(p.ss)}.sqlite`;
}

/**
 * The MariaDB/MySQL procedure (README "Backup"): a consistent dump without locking the tables.
 * Credentials stay out of the printed line (the URL's password is never echoed).
 */
function mysqlProcedure(url: string): string[] {
  const u = new URL(url);
  const db = u.pathname.replace(/^\//, '') || 'cunsheng';
  const host = u.hostname || '127.0.0.1';
  const port = u.port || '3306';
  const user = decodeURIComponent(u.username || 'root');
  return [
    'db:backup copies SQLite databases only; this DATABASE_URL is MariaDB/MySQL. Back it up with:',
    `  mariadb-dump --single-transaction --routines --triggers --hex-blob --default-character-set=utf8mb4 -h ${host} -P ${port} -u ${user} -p ${db} | gzip > cunsheng-$(date +%Y%m%d-%H%M%S).sql.gz`,
    'or, for large databases, a physical copy: mariabackup --backup --target-dir=DIR, then mariabackup --prepare --target-dir=DIR.',
  ];
}

export const dbBackupCommand = defineCommand({
  name: 'db:backup',
  summary: "Copy the SQLite database to a file with SQLite's online backup (consistent while the server runs); checks the copy. MariaDB: prints the procedure.",
  usage: 'db:backup [--out FILE]',
  options: { out: { type: 'string' } },
  async handler({ values, io }) {
    const config = loadConfig();
    if (config.database.type === 'mysql') {
      for (const line of mysqlProcedure(config.database.url)) io.err(line);
      return EXIT_USAGE;
    }
    const source = config.database.database;
    if (source === ':memory:') throw new UsageError('an in-memory database has nothing to back up');
    if (!fs.existsSync(source)) throw new UsageError(`no database at ${source}`);
    const out = path.resolve(values.out ?? path.join(path.dirname(source), 'backup', defaultName(new Date())));
    if (out === path.resolve(source)) throw new UsageError('--out is the database itself');
    if (fs.existsSync(out)) throw new UsageError(`${out} exists; name another file (a backup is never overwritten)`);
    fs.mkdirSync(path.dirname(out), { recursive: true });

    // better-sqlite3 directly: the backup needs no migrations, no entities, and must not write.
    const Database = require('better-sqlite3');
    const part = `${out}.part`;
    fs.rmSync(part, { force: true });
    const src = new Database(source, { readonly: true, fileMustExist: true });
    const started = Date.now();
    try {
      src.pragma('busy_timeout = 5000');
      // After the first step, the rest in one step: one read snapshot, so a server writing
      // meanwhile (WAL) does not restart the copy again and again.
      await src.backup(part, { progress: () => 0x7fffffff });
    } catch (e) {
      fs.rmSync(part, { force: true });
      throw e;
    } finally {
      src.close();
    }
    // A copy that does not open or is damaged is not a backup: check before calling it one.
    const copy = new Database(part, { fileMustExist: true });
    let tickets: number;
    try {
      // One self-contained file (no -wal/-shm beside it): the server turns WAL on again when it opens a restored copy.
      copy.pragma('journal_mode = DELETE');
      const check = copy.pragma('integrity_check', { simple: true });
      if (check !== 'ok') throw new Error(`the copy failed its integrity check: ${check}`);
      tickets = Number(copy.prepare('SELECT COUNT(*) AS n FROM ticket').get().n);
    } catch (e) {
      copy.close();
      fs.rmSync(part, { force: true });
      throw e;
    }
    copy.close();
    fs.renameSync(part, out);
    io.out(`backup written: ${out} (${fs.statSync(out).size} bytes, ${tickets} tickets, ${Date.now() - started} ms)`);
  },
});
