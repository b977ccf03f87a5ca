/**
 * kill -9 the server while intake is under load, start it again on the same database, and check
 * what the clients were told: every ticket answered 2xx is there exactly once, and retrying the
 * unanswered requests with the same externalId either finds the ticket (200, same id) or opens
 * it now (201), once. Runs on SQLite (a file) and on MariaDB (TEST_DATABASE_URL).
 *
 * Default: one kill under 6 clients. FAULTS_LONG=1: five kill/restart rounds under 16 clients.
 */
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { onMysql } from '../support/db';
import { prepareDatabase, PreparedDb } from '../../bench/support/db';
import { ServerProc, startServer } from '../../bench/support/server';
import { loadVillages, makeWorkload, Village } from '../../bench/support/workload';
import { intakeLoad, LONG, openDs, Outcome, post, until } from './support';

const ROUNDS = LONG ? 5 : 1;
const CLIENTS = LONG ? 16 : 6;
const ANSWERED_BEFORE_KILL = LONG ? 300 : 40;

// A retry waits a minute before it gives up (a lock left by a killed transaction is waited for up to innodb_lock_wait_timeout, 50 s).
const RETRY_WAIT_MS = 60_000;

jest.setTimeout(LONG ? 900_000 : 360_000);

// The clients' own limits are not under test here: one channel token carries all the load.
const SERVER_ENV = { RATE_LIMIT_CHANNEL_PER_MIN: '0', RATE_LIMIT_SENDER_PER_MIN: '0' };

let db: PreparedDb & { extra: Village[] };
let server: ServerProc | null = null;
let check: DataSource;

beforeAll(async () => {
  db = await prepareDatabase(onMysql() ? 'mariadb' : 'sqlite', ['430502'], loadVillages, {
    sqliteFile: path.join(os.tmpdir(), `cs-kill9-${process.pid}.sqlite`),
  });
});

afterAll(async () => {
  await server?.kill9();
  if (check?.isInitialized) await check.destroy();
  await db?.drop();
});

/** The database's sessions and lock waits (MariaDB; SQLite has none to show): up to three while waiting, and one more at the end. */
async function snapshotStall(ds: DataSource, into: string[], last = false): Promise<void> {
  if (!onMysql() || (into.length >= 3 && !last)) return;
  try {
    const list: Record<string, unknown>[] = await ds.query('SHOW FULL PROCESSLIST');
    const busy = list.filter((p) => p.Command !== 'Sleep').map((p) => `${p.Id} ${p.Command} ${p.Time}s ${p.State ?? ''} ${String(p.Info ?? '').slice(0, 160)}`);
    const [status] = await ds.query('SHOW ENGINE INNODB STATUS');
    const innodb = String(status?.Status ?? '');
    const tx = innodb.slice(innodb.indexOf('TRANSACTIONS'), innodb.indexOf('FILE I/O') > 0 ? innodb.indexOf('FILE I/O') : undefined);
    into.push(`-- ${new Date().toISOString()}: ${list.length} sessions, busy:\n${busy.join('\n')}\n${tx.slice(0, 8000)}`);
  } catch (e) {
    into.push(`-- snapshot failed: ${String(e)}`);
  }
}

async function storedByExternalId(ds: DataSource, runId: string): Promise<Map<string, number[]>> {
  const rows: { id: number | string; externalId: string }[] = await ds.query('SELECT id, externalId FROM ticket WHERE externalId LIKE ?', [`${runId}-%`]);
  const by = new Map<string, number[]>();
  for (const r of rows) by.set(r.externalId, [...(by.get(r.externalId) ?? []), Number(r.id)]);
  return by;
}

it(`keeps every answered ticket exactly once across ${ROUNDS} kill -9 under load, and retries are idempotent`, async () => {
  const runId = `k9${Date.now().toString(36)}`;
  const next = makeWorkload(db.extra, 7, runId);
  const all: Outcome[] = [];

  for (let round = 0; round < ROUNDS; round++) {
    server = await startServer({ databaseUrl: db.url, env: SERVER_ENV });
    const current = server;
    const load = intakeLoad(() => current.url, db.channelToken, next, CLIENTS);
    await until(() => load.answered() >= ANSWERED_BEFORE_KILL || load.outcomes.some((o) => o.status === null), 60_000, 'load to build up');
    // No shutdown code runs: open transactions, pooled connections and sockets just vanish.
    await current.kill9();
    await load.stop();
    all.push(...load.outcomes);
    const bad = load.outcomes.filter((o) => o.status !== null && !(o.status >= 200 && o.status < 300));
    expect(bad.map((o) => o.status)).toEqual([]);
  }

  const answered = all.filter((o) => o.status !== null);
  const unanswered = all.filter((o) => o.status === null);
  expect(answered.length).toBeGreaterThanOrEqual(ANSWERED_BEFORE_KILL);
  // Requests in flight when the process died: the test means nothing without some.
  expect(unanswered.length).toBeGreaterThan(0);

  server = await startServer({ databaseUrl: db.url, env: SERVER_ENV });
  check = await openDs(db.url);
  const before = await storedByExternalId(check, runId);

  // Every ticket whose creation was answered is there, once, with the id the client was given.
  for (const o of answered) expect(before.get(o.body.externalId)).toEqual([o.ticketId]);
  // Nothing half-written: each stored ticket has its opening history (created + assigned).
  const [{ n: orphans }] = await check.query(
    "SELECT COUNT(*) AS n FROM ticket t WHERE t.externalId LIKE ? AND (SELECT COUNT(*) FROM ticket_event e WHERE e.ticketId = t.id AND e.type IN ('created', 'assigned')) <> 2",
    [`${runId}-%`],
  );
  expect(Number(orphans)).toBe(0);

  // The clients retry what they never heard back about, with the same externalId, as long as they hear nothing or a 5xx (up to
  // four attempts of a minute each). In CI runs on MariaDB (rounds 38 and 45) the retries right after the restart went unanswered for
  // every attempt while the database sat idle: about twenty transactions at once, each holding a pool connection and waiting for a
  // second to fill a cold cache (is this a Galera node; the divisions' index), deadlocked the pool of ten. Those reads now go through
  // the transaction's own connection (test/db/pool.test.ts). Whatever the attempt, the answer is the ticket stored before the kill
  // (200, same id) or one opened now (201), and never a second one.
  const retried: { r: Outcome; attempts: number }[] = [];
  const lost: string[] = [];
  // What the database was doing while a retry waited over 20 s (a stall of that kind would show here), for the warning below.
  const stalls: string[] = [];
  const watch = setInterval(() => void snapshotStall(check, stalls), 20_000);
  await Promise.all(
    unanswered.map(async (o) => {
      let r = await post(server!.url, db.channelToken, o.body, RETRY_WAIT_MS);
      let attempts = 1;
      for (; (r.status === null || r.status >= 500) && attempts < 4; attempts++) {
        lost.push(`${o.body.externalId}: ${r.status ?? r.error}`);
        r = await post(server!.url, db.channelToken, o.body, RETRY_WAIT_MS);
      }
      retried.push({ r, attempts });
    }),
  ).finally(() => clearInterval(watch));
  // Printed before the checks below, so that a run whose retries all went unanswered still shows what the database was doing (CI run
  // of round 38: four attempts of a minute each went unanswered, and the check failed before this was printed).
  const neverAnswered = retried.filter(({ r }) => r.status === null || r.status >= 500).length;
  if (neverAnswered) await snapshotStall(check, stalls, true);
  if (lost.length || stalls.length)
    console.warn(
      `kill -9: ${lost.length} retries after the restart went unanswered and were sent again; ${neverAnswered} never answered:\n` +
        `${lost.join('\n')}\n${stalls.join('\n')}\nserver output (last 6000 characters):\n${server!.output().slice(-6000)}`,
    );
  for (const { r, attempts } of retried) {
    const had = before.get(r.body.externalId);
    if (had) {
      expect({ status: r.status, id: r.ticketId }).toEqual({ status: 200, id: had[0] });
    } else if (attempts === 1) {
      expect({ status: r.status, error: r.error }).toEqual({ status: 201, error: undefined });
    } else {
      // An unanswered attempt may have opened it after all: then the next one finds it (200), else opens it (201).
      expect({ answered: r.status === 200 || r.status === 201, error: r.error }).toEqual({ answered: true, error: undefined });
    }
  }
  if (process.env.FAULTS_VERBOSE) {
    const found = retried.filter(({ r }) => r.status === 200).length;
    console.log(
      `kill -9 ×${ROUNDS}: ${answered.length} answered, ${unanswered.length} unanswered; on retry ${found} were there (200), ${retried.length - found} created (201)`,
    );
  }
  // And a second retry of everything (answered or not) changes nothing.
  const again = await Promise.all(
    all
      .slice(0, 50)
      .concat(unanswered)
      .map((o) => post(server!.url, db.channelToken, o.body)),
  );
  expect(new Set(again.map((r) => r.status))).toEqual(new Set([200]));

  // In the end every request ever sent has exactly one ticket.
  const after = await storedByExternalId(check, runId);
  expect(after.size).toBe(all.length);
  expect([...after.values()].filter((ids) => ids.length !== 1)).toEqual([]);
});
