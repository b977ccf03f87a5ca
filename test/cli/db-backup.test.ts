import fs from 'node:fs';
import path from 'node:path';
import { cli, cliDatabase } from '../support/cli';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { createTestDb, onMysql } from '../support/db';

const Sqlite = require('better-sqlite3');
const fx = cliDatabase(
  'cs-backup-',
  (dir) => createTestDb({ file: path.join(fx.dir, 'live.sqlite'), seed: ['430502'] }),
  // On MariaDB the test database is not a file: the backup command is pointed at the SQLite copy.
  (db, dir) => (onMysql() ? `sqlite:${path.join(fx.dir, 'live.sqlite')}` : db.url),
);

const row = (i: number) =>
  ({
    channel: 'sms',
    target: 'x',
    kind: 'backup-test',
    account: null,
    payload: { i },
    dedupeKey: `backup-${i}`,
    status: 'pending',
    attempts: 0,
    nextAttemptAt: new Date(),
    lockedBy: null,
    lockedUntil: null,
    lastError: null,
    ticketId: null,
    createdAt: new Date(),
  }) as any;

(onMysql() ? test.skip : test)(
  'db:backup copies the database while it is being written: the copy opens, passes its integrity check and holds a consistent state',
  async () => {
    const count = (ds: { query: (q: string) => Promise<any> }) =>
      ds.query("SELECT COUNT(*) AS n FROM outbox_message WHERE kind = 'backup-test'").then((r: any) => Number(r[0].n));
    // A writer (as a running server would be) keeps committing while the backup runs.
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await fx.db.ds.manager.insert(OutboxMessage, row(written++));
        await new Promise((r) => setImmediate(r));
      }
    })();
    await new Promise((r) => setTimeout(r, 50));
    const before = await count(fx.db.ds);
    const out = path.join(fx.dir, 'copies', 'b1.sqlite');
    const res = await cli('db:backup', '--out', out);
    writing = false;
    await writer;
    const after = await count(fx.db.ds);
    expect(res).toMatchObject({ code: 0, err: [] });
    expect(res.out[0]).toMatch(/^backup written: .*b1\.sqlite \(\d+ bytes, \d+ tickets, \d+ ms\)$/);
    expect(fs.existsSync(`${out}.part`)).toBe(false);

    const copy = new Sqlite(out, { readonly: true });
    try {
      expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
      const n = Number(copy.prepare("SELECT COUNT(*) AS n FROM outbox_message WHERE kind = 'backup-test'").get().n);
      expect(n).toBeGreaterThanOrEqual(before);
      expect(n).toBeLessThanOrEqual(after);
      // The organisation and the migrations came along: the copy is a database the server can start on.
      expect(Number(copy.prepare('SELECT COUNT(*) AS n FROM unit').get().n)).toBeGreaterThan(0);
      expect(Number(copy.prepare('SELECT COUNT(*) AS n FROM migrations').get().n)).toBeGreaterThan(0);
    } finally {
      copy.close();
    }

    // Never overwrites a backup; never writes over the database itself.
    const again = await cli('db:backup', '--out', out);
    expect(again.code).toBe(2);
    expect(again.err[0]).toMatch(/exists; name another file/);
    const self = await cli('db:backup', '--out', path.join(fx.dir, 'live.sqlite'));
    expect(self.code).toBe(2);
    expect(self.err[0]).toMatch(/--out is the database itself/);
  },
);

test('without --out the backup goes beside the database under backup/, named by Shanghai time', async () => {
  if (onMysql()) return;
  const res = await cli('db:backup');
  expect(res.code).toBe(0);
  const files = fs.readdirSync(path.join(fx.dir, 'backup'));
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/^cunsheng-\d{8}-\d{6}\.sqlite$/);
});

test('on MariaDB it prints the procedure (mariadb-dump --single-transaction) without the password, and exits 2', async () => {
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = 'mysql://cunsheng:s3cret-pw@db.internal:3307/county';
  try {
    const res = await cli('db:backup');
    expect(res.code).toBe(2);
    const text = res.err.join('\n');
    expect(text).toContain('mariadb-dump --single-transaction');
    expect(text).toContain('-h db.internal -P 3307 -u cunsheng -p county');
    expect(text).toContain('mariabackup');
    expect(text).not.toContain('s3cret-pw');
  } finally {
    process.env.DATABASE_URL = saved;
  }
});
