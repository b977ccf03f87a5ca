/**
 * A query the server gives up on (DB_QUERY_TIMEOUT_MS) must not leave its transaction running on the database: MariaDB notices a
 * closed client only when the statement ends, and a lock wait ends at innodb_lock_wait_timeout (50 s), holding every lock the
 * transaction took until then. MariaDB only (set TEST_DATABASE_URL=mysql://…); SQLite has no server to leave anything on.
 */
import mysql from 'mysql2/promise';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../../src/config';
import { createDataSource } from '../../src/db/datasource';
import { endSessionOnServer } from '../../src/db/timeouts';
import { createTestDb, onMysql, TestDb } from '../support/db';

const maybe = onMysql() ? describe : describe.skip;

maybe('a query timed out by the server (MariaDB)', () => {
  let db: TestDb;
  let quick: DataSource;
  let holder: mysql.Connection;
  let probe: mysql.Connection;

  beforeAll(async () => {
    db = await createTestDb();
    await db.ds.query("INSERT INTO counter (name, value) VALUES ('timeouts:held', 0), ('timeouts:taken', 0)");
    // The same database through a data source that gives up on a query after 800 ms.
    const before = process.env.DB_QUERY_TIMEOUT_MS;
    process.env.DB_QUERY_TIMEOUT_MS = '800';
    try {
      quick = createDataSource(parseDatabaseUrl(db.url));
    } finally {
      if (before === undefined) delete process.env.DB_QUERY_TIMEOUT_MS;
      else process.env.DB_QUERY_TIMEOUT_MS = before;
    }
    await quick.initialize();
    holder = await mysql.createConnection(db.url);
    probe = await mysql.createConnection(db.url);
    await probe.query('SET SESSION innodb_lock_wait_timeout = 1');
  });

  afterAll(async () => {
    await holder?.end().catch(() => undefined);
    await probe?.end().catch(() => undefined);
    if (quick?.isInitialized) await quick.destroy();
    await db?.close();
  });

  /** Whether the row can be written now (a lock wait of 1 s fails while someone holds it). */
  async function free(name: string): Promise<boolean> {
    try {
      await probe.query('BEGIN');
      await probe.query('UPDATE counter SET value = value + 1 WHERE name = ?', [name]);
      return true;
    } catch (e: any) {
      if (e?.code !== 'ER_LOCK_WAIT_TIMEOUT') throw e;
      return false;
    } finally {
      await probe.query('ROLLBACK');
    }
  }

  it('ends its session on the database, so the locks its transaction took are free at once, not after innodb_lock_wait_timeout', async () => {
    await holder.query('BEGIN');
    await holder.query("UPDATE counter SET value = value + 1 WHERE name = 'timeouts:held'");
    const qr = quick.createQueryRunner();
    await qr.connect();
    const threadId: number = (qr as any).databaseConnection.threadId;
    await qr.startTransaction();
    await qr.query("UPDATE counter SET value = value + 1 WHERE name = 'timeouts:taken'");
    // Waits for the holder's lock until the server gives up (800 ms).
    await expect(qr.query("UPDATE counter SET value = value + 1 WHERE name = 'timeouts:held'")).rejects.toMatchObject({
      driverError: { code: 'PROTOCOL_SEQUENCE_TIMEOUT' },
    });
    await qr.release().catch(() => undefined);

    const started = Date.now();
    let gone = false;
    while (!gone && Date.now() - started < 10_000) {
      const [rows]: any = await probe.query('SELECT ID FROM information_schema.PROCESSLIST WHERE ID = ?', [threadId]);
      gone = rows.length === 0;
      if (!gone) await new Promise((r) => setTimeout(r, 100));
    }
    expect(gone).toBe(true);
    expect(await free('timeouts:taken')).toBe(true);
    // The row it was waiting for is still the holder's: nothing else was touched.
    expect(await free('timeouts:held')).toBe(false);
    await holder.query('ROLLBACK');
    expect(await free('timeouts:held')).toBe(true);
  });

  // Behind a proxy or a load balancer the kill may reach another server, where the same id is someone else's session: only a
  // session that has been running a query about as long as the timeout is ended.
  it('ends a session only while it has been running a query that long, never one between statements', async () => {
    const config = parseUrl(db.url);
    const idle = await mysql.createConnection(db.url);
    const busy = await mysql.createConnection(db.url);
    try {
      await endSessionOnServer(config, idle.threadId, 0);
      await expect(idle.query('SELECT 1')).resolves.toBeDefined();

      const sleeping = busy.query('SELECT SLEEP(20)').then(
        () => 'finished',
        () => 'ended',
      );
      await new Promise((r) => setTimeout(r, 300));
      await endSessionOnServer(config, busy.threadId, 5);
      const [still]: any = await probe.query('SELECT ID FROM information_schema.PROCESSLIST WHERE ID = ?', [busy.threadId]);
      expect(still).toHaveLength(1);
      await new Promise((r) => setTimeout(r, 1200));
      await endSessionOnServer(config, busy.threadId, 1);
      const started = Date.now();
      expect(await sleeping).toBe('ended');
      expect(Date.now() - started).toBeLessThan(5_000);
    } finally {
      idle.destroy();
      busy.destroy();
    }
  });
});

function parseUrl(url: string) {
  const u = new URL(url);
  return { host: u.hostname, port: Number(u.port || 3306), user: decodeURIComponent(u.username), password: decodeURIComponent(u.password) };
}
