/**
 * The database goes away for a while under a running server: intake answers 503 quickly, the
 * server recovers by itself when the database is back (same process, no restart), and the SMS
 * replies queued before the outage are delivered afterwards by the outbox dispatcher.
 *
 * MariaDB only: it stops and starts a throwaway MariaDB of its own (scripts/mariadb.sh with its
 * own datadir and port; never the shared test server). On SQLite the database is a file inside
 * the server process, which cannot "go away" realistically: skipped.
 * FAULTS_LONG=1 keeps the database away for 20 s under continuous requests.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { onMysql } from '../support/db';
import { prepareDatabase, PreparedDb } from '../../bench/support/db';
import { ServerProc, startServer } from '../../bench/support/server';
import { loadVillages, makeWorkload, Village } from '../../bench/support/workload';
import { LONG, openDs, post, throwawayMariadb, until } from './support';

const OUTAGE_MS = LONG ? 20_000 : 3_000;
// A generous bound for "quickly": the target is well under 2 s; a loaded CI machine gets slack.
const QUICK_MS = 5_000;

jest.setTimeout(LONG ? 300_000 : 120_000);

/** An SMS gateway that can hold requests (delivery started, not finished) and records what it got. */
function fakeGateway() {
  const received: { id: string; idempotencyKey: string }[] = [];
  let holding = true;
  const held: (() => void)[] = [];
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (d) => (raw += d));
    req.on('end', () => {
      const answer = () => {
        received.push({ id: JSON.parse(raw).id, idempotencyKey: String(req.headers['idempotency-key']) });
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"code":0}');
      };
      if (holding) held.push(answer);
      else answer();
    });
  });
  return {
    received,
    held,
    listen: () => new Promise<string>((r) => server.listen(0, '127.0.0.1', () => r(`http://127.0.0.1:${(server.address() as AddressInfo).port}/sms`))),
    release() {
      holding = false;
      for (const a of held.splice(0)) a();
    },
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const maybe = onMysql() ? describe : describe.skip;

maybe('database away (MariaDB only: set TEST_DATABASE_URL=mysql://… to run)', () => {
  let maria: Awaited<ReturnType<typeof throwawayMariadb>>;
  let db: PreparedDb & { extra: Village[] };
  let server: ServerProc;
  const gateway = fakeGateway();
  let check: DataSource | null = null;

  beforeAll(async () => {
    maria = await throwawayMariadb();
    db = await prepareDatabase('mariadb', ['430502'], loadVillages, { mysqlServer: maria.url });
    server = await startServer({
      databaseUrl: db.url,
      env: {
        SMS_GATEWAY_URL: await gateway.listen(),
        SMS_SECRET: 'fault-test',
        // Short leases and polls so a send cut short by the outage comes back within seconds.
        OUTBOX_LEASE_MS: '2000',
        OUTBOX_POLL_MS: '200',
        OUTBOX_TARGET_PER_MINUTE: '0',
        OUTBOX_TARGET_MIN_INTERVAL_MS: '0',
        RATE_LIMIT_SENDER_PER_MIN: '0',
        RATE_LIMIT_CHANNEL_PER_MIN: '0',
        // For the frozen database: give up on a silent query or connection after 2 s.
        DB_QUERY_TIMEOUT_MS: '2000',
        DB_CONNECT_TIMEOUT_MS: '2000',
      },
    });
  });

  afterAll(async () => {
    gateway.release();
    if (check?.isInitialized) await check.destroy();
    await server?.kill9();
    await gateway.close();
    await maria?.destroy();
  });

  it('answers 503 quickly while the database is away, recovers without a restart, and delivers the SMS queued before', async () => {
    const next = makeWorkload(db.extra, 11, `away${Date.now().toString(36)}`);
    const hotline = () => {
      let b = next();
      while (b.channel !== 'hotline') b = next();
      return b;
    };

    // Before: tickets from the hotline, each queueing an SMS reply to the caller.
    const before = [];
    for (let i = 0; i < 5; i++) before.push(await post(server.url, db.channelToken, hotline()));
    expect(before.map((o) => o.status)).toEqual([201, 201, 201, 201, 201]);
    check = await openDs(db.url);
    const ids = before.map((o) => o.ticketId!);
    const queued: { id: number | string }[] = await check.query(
      `SELECT id FROM outbox_message WHERE channel = 'sms' AND ticketId IN (${ids.map(() => '?').join(',')})`,
      ids,
    );
    expect(queued).toHaveLength(5);
    // Delivery has started (the gateway holds the first send) but nothing is acknowledged yet.
    await until(() => gateway.held.length > 0, 20_000, 'the dispatcher to start sending');
    await check.destroy();

    await maria.stop();
    const pid = server.pid;
    // The gateway answers now, but the dispatcher cannot record it: the row must come back later.
    gateway.release();

    // While it is away: intake and health answer 503 fast, one request after another and in a burst.
    const during: { status: number | null; ms: number; code?: string; retryAfter?: string | null }[] = [];
    const started = Date.now();
    while (Date.now() - started < OUTAGE_MS) {
      const burst = await Promise.all(
        Array.from({ length: 4 }, async () => {
          const t = Date.now();
          const res = await fetch(`${server.url}/api/v1/tickets`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${db.channelToken}` },
            body: JSON.stringify(hotline()),
          });
          const json: any = await res.json().catch(() => null);
          return { status: res.status, ms: Date.now() - t, code: json?.error?.code, retryAfter: res.headers.get('retry-after') };
        }),
      );
      during.push(...burst);
      const h = Date.now();
      const health = await fetch(`${server.url}/health`);
      during.push({ status: health.status, ms: Date.now() - h });
    }
    expect(during.length).toBeGreaterThan(4);
    for (const d of during) {
      expect(d.status).toBe(503);
      expect(d.ms).toBeLessThan(QUICK_MS);
    }
    for (const d of during.filter((x) => x.code)) {
      expect(d.code).toBe('unavailable');
      expect(d.retryAfter).toBeTruthy();
    }
    if (process.env.FAULTS_VERBOSE) {
      const ms = during.map((d) => d.ms).sort((a, b) => a - b);
      console.log(`database away ${OUTAGE_MS} ms: ${during.length} requests, all 503, median ${ms[ms.length >> 1]} ms, max ${ms[ms.length - 1]} ms`);
    }

    await maria.start();

    // The same process takes tickets again by itself.
    let after: Awaited<ReturnType<typeof post>> | null = null;
    await until(async () => (after = await post(server.url, db.channelToken, hotline())).status === 201, 60_000, 'intake to recover', 250);
    expect(server.pid).toBe(pid);
    expect(server.child.exitCode).toBeNull();
    expect((await fetch(`${server.url}/health`)).status).toBe(200);

    // The SMS queued before the outage reach the gateway and are recorded as sent.
    check = await openDs(db.url);
    const wanted = queued.map((q) => `outbox-${Number(q.id)}`);
    await until(() => wanted.every((w) => gateway.received.some((r) => r.id === w)), 60_000, 'the queued SMS to be delivered', 200);
    await until(
      async () => {
        const rows: { status: string }[] = await check!.query(
          `SELECT status FROM outbox_message WHERE id IN (${queued.map(() => '?').join(',')})`,
          queued.map((q) => Number(q.id)),
        );
        return rows.every((r) => r.status === 'sent');
      },
      60_000,
      'the queued SMS to be marked sent',
      200,
    );
    // A send whose acknowledgement was lost is repeated with the same Idempotency-Key, so the gateway can drop it.
    for (const r of gateway.received) expect(r.idempotencyKey).toBe(`cunsheng-${r.id}`);
  });

  it('gives up on a frozen database (no answers, no resets) within its timeouts instead of hanging, and recovers', async () => {
    const next = makeWorkload(db.extra, 12, `frozen${Date.now().toString(36)}`);
    // Warm the pool: these connections will be the ones left waiting for answers.
    const warm = await Promise.all(Array.from({ length: 4 }, () => post(server.url, db.channelToken, next())));
    expect(warm.map((o) => o.status)).toEqual([201, 201, 201, 201]);
    const pid = maria.pid();
    const sent: string[] = [];
    process.kill(pid, 'SIGSTOP');
    try {
      const during = await Promise.all(
        Array.from({ length: 8 }, async () => {
          const t = Date.now();
          const body = next();
          sent.push(...Object.values(body.contact ?? {}));
          const o = await post(server.url, db.channelToken, body, 30_000);
          return { status: o.status, ms: Date.now() - t };
        }),
      );
      // A query on a pooled connection gives up after DB_QUERY_TIMEOUT_MS, a new connection after
      // DB_CONNECT_TIMEOUT_MS; one request may meet both. Without the timeouts these hang for good.
      for (const d of during) {
        expect(d.status).toBe(503);
        expect(d.ms).toBeLessThan(10_000);
      }
      if (process.env.FAULTS_VERBOSE) console.log(`database frozen: ${during.map((d) => d.ms).join(', ')} ms`);
    } finally {
      process.kill(pid, 'SIGCONT');
    }
    let after: Awaited<ReturnType<typeof post>> | null = null;
    await until(async () => (after = await post(server.url, db.channelToken, next())).status === 201, 30_000, 'intake to recover', 250);
    // The timed-out queries were logged as slow, without their parameters (phones, WeChat ids).
    expect(server.output()).toMatch(/database query slow or timed out/);
    for (const id of sent) expect(server.output()).not.toContain(id);
  });
});
