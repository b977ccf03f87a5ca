/**
 * SIGTERM while intake is under load (the real server process, jobs and outbox running): the
 * server stops accepting, lets the requests it has finish, stops the jobs and the outbox, closes
 * the database and exits 0 within SHUTDOWN_TIMEOUT_MS. Every ticket answered 2xx is stored with
 * its opening history; nothing half-written; no request answered 5xx. A request that never ends
 * (a client that stops sending its body) makes the process exit 1 at the deadline, not hang.
 * Runs on SQLite (a file) and on MariaDB (TEST_DATABASE_URL).
 */
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { onMysql } from '../support/db';
import { prepareDatabase, PreparedDb } from '../../bench/support/db';
import { ServerProc, startServer } from '../../bench/support/server';
import { loadVillages, makeWorkload, Village } from '../../bench/support/workload';
import { openDs, post, until } from './support';
import { JobLease } from '../../src/entities/JobLease';

jest.setTimeout(120_000);

const DEADLINE_MS = 8000;
const CLIENTS = 6;
const SERVER_ENV = {
  RATE_LIMIT_CHANNEL_PER_MIN: '0',
  RATE_LIMIT_SENDER_PER_MIN: '0',
  SHUTDOWN_TIMEOUT_MS: String(DEADLINE_MS),
  // The jobs run (every 2 s, so one is likely mid-run at the signal) and the outbox dispatcher too.
  JOBS_ENABLED: '1',
  ESCALATION_CRON: '*/2 * * * * *',
};

let db: PreparedDb & { extra: Village[] };
let server: ServerProc | null = null;
let check: DataSource | null = null;

beforeAll(async () => {
  db = await prepareDatabase(onMysql() ? 'mariadb' : 'sqlite', ['430502'], loadVillages, {
    sqliteFile: path.join(os.tmpdir(), `cs-shutdown-${process.pid}.sqlite`),
  });
});

afterAll(async () => {
  await server?.kill9();
  if (check?.isInitialized) await check.destroy();
  await db?.drop();
});

interface Timed {
  externalId: string;
  sentAt: number;
  doneAt: number;
  status: number | null;
  ticketId?: number;
}

it(`finishes in-flight intake, stops jobs and outbox, and exits 0 within ${DEADLINE_MS} ms of SIGTERM`, async () => {
  const runId = `sd${Date.now().toString(36)}`;
  const next = makeWorkload(db.extra, 11, runId);
  server = await startServer({ databaseUrl: db.url, env: SERVER_ENV });
  const current = server;
  const outcomes: Timed[] = [];
  let stopped = false;
  let signalAt = Infinity;
  const loops = Array.from({ length: CLIENTS }, async () => {
    while (!stopped) {
      const body = next();
      const sentAt = Date.now();
      const o = await post(current.url, db.channelToken, body);
      outcomes.push({ externalId: body.externalId, sentAt, doneAt: Date.now(), status: o.status, ticketId: o.ticketId });
      // After the signal each client tries once more (refused) and stops.
      if (sentAt > signalAt) break;
    }
  });
  await until(() => outcomes.filter((o) => o.status === 201).length >= 40, 60_000, 'load to build up');
  // And a job has run (its lease row exists), so the lease's release on the way out is checked.
  const probe = await openDs(db.url);
  await until(async () => (await probe.getRepository(JobLease).count()) > 0, 30_000, 'a job to run');
  await probe.destroy();

  signalAt = Date.now();
  current.child.kill('SIGTERM');
  const code = await current.exited;
  const tookMs = Date.now() - signalAt;
  stopped = true;
  await Promise.all(loops);

  expect({ code, withinDeadline: tookMs < DEADLINE_MS }).toEqual({ code: 0, withinDeadline: true });
  const log = current.output();
  expect(log).toContain('"msg":"shutting down"');
  expect(log).toContain('"msg":"stopped"');
  expect(log).not.toContain('deadline passed');

  // No request answered with an error: either 201, or no answer at all (refused after close).
  expect(outcomes.filter((o) => o.status !== null && o.status !== 201).map((o) => o.status)).toEqual([]);
  // Requests in flight at the signal were finished and answered, not cut.
  const inFlight = outcomes.filter((o) => o.sentAt < signalAt && o.doneAt >= signalAt);
  expect(inFlight.filter((o) => o.status === 201).length).toBeGreaterThan(0);
  // Nothing was accepted after the server closed its listener (those got no answer).
  const refused = outcomes.filter((o) => o.sentAt > signalAt + 500);
  expect(refused.every((o) => o.status === null)).toBe(true);

  check = await openDs(db.url);
  const rows: { id: number | string; externalId: string }[] = await check.query('SELECT id, externalId FROM ticket WHERE externalId LIKE ?', [`${runId}-%`]);
  const stored = new Map(rows.map((r) => [r.externalId, Number(r.id)]));
  const answered = outcomes.filter((o) => o.status === 201);
  // Every ticket the clients were told about is there, with the id they were given.
  for (const o of answered) expect({ externalId: o.externalId, id: stored.get(o.externalId) }).toEqual({ externalId: o.externalId, id: o.ticketId });
  // Nothing half-written: every stored ticket has its opening history (created + assigned).
  const [{ n: orphans }] = await check.query(
    "SELECT COUNT(*) AS n FROM ticket t WHERE t.externalId LIKE ? AND (SELECT COUNT(*) FROM ticket_event e WHERE e.ticketId = t.id AND e.type IN ('created', 'assigned')) <> 2",
    [`${runId}-%`],
  );
  expect(Number(orphans)).toBe(0);
  // The outbox dispatcher gave back what it had claimed: no message left locked by the dead process.
  const [{ n: locked }] = await check.query("SELECT COUNT(*) AS n FROM outbox_message WHERE status = 'sending'");
  expect(Number(locked)).toBe(0);
  // The jobs ran while the server was up, and their leases were released on the way out.
  // (A lease left held would make the next start skip its escalation slots for half an hour.)
  const leases = await check.getRepository(JobLease).find();
  expect(leases.length).toBeGreaterThan(0);
  expect(leases.filter((l) => l.expiresAt.getTime() > Date.now() + 60_000).map((l) => l.name)).toEqual([]);
  if (process.env.FAULTS_VERBOSE)
    console.log(
      `SIGTERM under load: ${answered.length} answered, ${inFlight.length} in flight at the signal, exit after ${tookMs} ms; ${log.split('\n').find((l) => l.includes(`"msg":"stopped"`))}`,
    );
});

it('exits 1 at the deadline when a request never finishes (a client that stops sending its body)', async () => {
  const deadline = 1500;
  server = await startServer({ databaseUrl: db.url, env: { ...SERVER_ENV, JOBS_ENABLED: '0', SHUTDOWN_TIMEOUT_MS: String(deadline) } });
  const current = server;
  // Half a request: headers promise 1000 bytes, 10 come. The body parser waits for the rest.
  const sock = net.connect(current.port, '127.0.0.1');
  await new Promise<void>((r) => sock.once('connect', () => r()));
  sock.on('error', () => undefined);
  sock.write(
    `POST /api/v1/tickets HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${db.channelToken}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"text":"`,
  );
  await new Promise((r) => setTimeout(r, 300));
  const signalAt = Date.now();
  current.child.kill('SIGTERM');
  const code = await current.exited;
  const tookMs = Date.now() - signalAt;
  sock.destroy();
  expect(code).toBe(1);
  expect(tookMs).toBeGreaterThanOrEqual(deadline - 100);
  expect(tookMs).toBeLessThan(deadline + 5000);
  expect(current.output()).toContain('shutdown deadline passed');
});
