/**
 * Several server processes on one database (SQLite file or MariaDB):
 *
 * 1. WORKERS=2 (node:cluster): both workers listen on one port; intake limits are shared (a
 *    sender allowed 5 a minute gets 5 in all, not 5 per worker, with every request on a new
 *    connection so they spread over the workers); the scheduled jobs fire each escalation rung
 *    and each summary once; a killed worker is restarted; SIGTERM stops everything cleanly.
 * 2. Two separate servers: a token revoked (by the CLI's function, from a third process) and a
 *    routing rule added through one server take effect in the other within a second.
 */
import http from 'node:http';
import { DataSource } from 'typeorm';
import { prepareDatabase, PreparedDb } from '../../bench/support/db';
import { ServerProc, startServer } from '../../bench/support/server';
import { issueSystemToken, issueToken, revokeToken } from '../../src/auth/tokens';
import { DAY_MS } from '../../src/clocks/time';
import { inTransaction } from '../../src/db/tx';
import { ChatTarget } from '../../src/entities/ChatTarget';
import { Unit } from '../../src/entities/Unit';
import { onMysql } from '../support/db';
import { file } from '../jobs/helpers';
import { openDs, until } from './support';
import { countyWorkGroupRobot } from '../support/factories';

jest.setTimeout(240_000);

const KIND = onMysql() ? 'mariadb' : 'sqlite';
const LIANHE = '430502202205';

/** One request on a connection of its own (agent: false), so node:cluster may hand it to either worker. */
function postFresh(url: string, token: string, body: unknown): Promise<{ status: number; json: any }> {
  const raw = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      `${url}/api/v1/tickets`,
      {
        method: 'POST',
        agent: false,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'content-length': Buffer.byteLength(raw), connection: 'close' },
      },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => {
          let json: any = null;
          try {
            json = JSON.parse(text);
          } catch {
            /* not JSON */
          }
          resolve({ status: res.statusCode ?? 0, json });
        });
      },
    );
    req.on('error', reject);
    req.end(raw);
  });
}

// Eight different matters (the same words again from one sender would be one ticket, not a new one).
const TOPICS = [
  '路灯坏了好几天了，晚上出门黑灯瞎火的',
  '自来水停了三天了，老人孩子没水喝',
  '村口的路坑坑洼洼，下雨天根本没法走',
  '危房改造补助到现在还没发下来',
  '低保评定不公平，有车有房的人也吃上了低保',
  '孩子上学的营养餐补助好几个月没发了',
  '新农合住院报销一直办不下来，跑了好几趟',
  '邻居占了我家宅基地盖房，调解了两次也不行',
];

const count = async (ds: DataSource, sql: string) => Number((await ds.query(sql))[0].n);

describe(`WORKERS=2 on ${KIND}`, () => {
  let db: PreparedDb;
  let ds: DataSource;
  let server: ServerProc | null = null;

  beforeAll(async () => {
    db = await prepareDatabase(KIND, ['430502'], async () => undefined, {
      mysqlServer: process.env.TEST_DATABASE_URL,
      sqliteFile: `/tmp/cunsheng-workers-${process.pid}.sqlite`,
    });
    ds = await openDs(db.url);
    const filedAt = new Date(Date.now() - 30 * DAY_MS);
    for (let i = 0; i < 8; i++) await file(ds, new Date(filedAt.getTime() + i * 60_000));
    await ds.manager.insert(ChatTarget, countyWorkGroupRobot('https://example.invalid/hook?key=k'));
  });
  afterAll(async () => {
    await server?.kill9();
    if (ds?.isInitialized) await ds.destroy();
    await db?.drop();
  });

  it('two workers on one port share the limits, run each job slot once, come back when killed and stop on SIGTERM', async () => {
    server = await startServer({
      databaseUrl: db.url,
      env: {
        WORKERS: '2',
        JOBS_ENABLED: '1',
        ESCALATION_CRON: '*/2 * * * * *',
        SUMMARY_CRON: '*/3 * * * * *',
        OUTBOX_ENABLED: '0',
        RATE_LIMIT_SENDER_PER_MIN: '5',
      },
    });
    const listening = () =>
      [...server!.output().matchAll(/"msg":"村声 listening"[^\n]*"worker":(\d)[^\n]*"pid":(\d+)/g)].map((m) => ({ worker: Number(m[1]), pid: Number(m[2]) }));
    await until(() => listening().length >= 2, 30_000, 'both workers listening');
    expect(new Set(listening().map((l) => l.worker))).toEqual(new Set([0, 1]));

    // One phone, eight new complaints, each on a new connection: five in all get through.
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const r = await postFresh(server.url, db.channelToken, {
        text: `双清区火车站乡莲荷村${TOPICS[i]}`,
        channel: 'hotline',
        externalId: `workers-rl-${i}`,
        contact: { phone: '13900007777' },
      });
      statuses.push(r.status);
    }
    // (A 200 is a submission read as the same matter again: an old ticket, neither counted nor refused.)
    expect([statuses, statuses.filter((s) => s === 201).length]).toEqual([expect.arrayContaining([429]), 5]);
    if (statuses.some((s) => s >= 500))
      console.log(
        server
          .output()
          .split('\n')
          .filter((l) => /"level":"(error|warn)"/.test(l))
          .join('\n'),
      );
    expect(statuses.filter((s) => s !== 201 && s !== 200 && s !== 429)).toEqual([]);

    // Several sweep and summary slots with both workers scheduling them.
    const lease = async (name: string) => (await ds.query(`SELECT lastRunAt FROM job_lease WHERE name = '${name}'`))[0]?.lastRunAt ?? null;
    await until(async () => (await lease('escalate')) !== null && (await lease('summary')) !== null, 60_000, 'first job runs');
    const first = new Date(await lease('escalate')).getTime();
    await until(async () => new Date(await lease('escalate')).getTime() >= first + 6_000, 60_000, 'more sweep slots');
    const steps = await count(ds, 'SELECT COUNT(*) AS n FROM escalation_step');
    expect(steps).toBeGreaterThanOrEqual(8);
    expect(await count(ds, 'SELECT COUNT(*) AS n FROM (SELECT DISTINCT ticketId, clock, step, round, dueAt FROM escalation_step) d')).toBe(steps);
    expect(await count(ds, "SELECT COUNT(*) AS n FROM ticket_event WHERE type = 'escalated'")).toBe(steps);
    const perTarget = (await ds.query('SELECT chatTargetId, date, COUNT(*) AS n FROM daily_summary GROUP BY chatTargetId, date')).map((r: any) => Number(r.n));
    expect(perTarget).toEqual([1]);
    expect(server.output()).toMatch(/jobs scheduled/);

    // A worker killed outright is forked again under its index.
    const victim = listening().find((l) => l.worker === 1)!;
    process.kill(victim.pid, 'SIGKILL');
    await until(() => listening().filter((l) => l.worker === 1).length >= 2, 30_000, 'worker 1 restarted');
    expect(server.output()).toMatch(/worker died, restarting/);
    const after = await postFresh(server.url, db.channelToken, { text: '双清区火车站乡莲荷村自来水停了', channel: 'hotline', externalId: 'workers-after' });
    expect(after.status).toBe(201);

    // SIGTERM to the primary: every worker stops gracefully, the primary exits 0.
    server.child.kill('SIGTERM');
    const code = await server.exited;
    if (code !== 0) console.log(server.output().slice(-3000));
    expect(code).toBe(0);
    expect(server.output()).toMatch(/all workers stopped/);
    expect(server.output()).not.toMatch(/shutdown deadline passed/);
    server = null;
  });
});

describe(`two server processes on ${KIND}: invalidation within a second`, () => {
  let db: PreparedDb;
  let ds: DataSource;
  const servers: ServerProc[] = [];

  beforeAll(async () => {
    db = await prepareDatabase(KIND, ['430502'], async () => undefined, {
      mysqlServer: process.env.TEST_DATABASE_URL,
      sqliteFile: `/tmp/cunsheng-invalidate-${process.pid}.sqlite`,
    });
    ds = await openDs(db.url);
    servers.push(...(await Promise.all([startServer({ databaseUrl: db.url }), startServer({ databaseUrl: db.url })])));
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    if (ds?.isInitialized) await ds.destroy();
    await db?.drop();
  });

  /** Milliseconds until `probe` says yes, polling every 20 ms (fails past 5 s). */
  async function msUntil(probe: () => Promise<boolean>): Promise<number> {
    const start = Date.now();
    await until(probe, 5_000, 'the change to show', 20);
    return Date.now() - start;
  }

  it('a revoked token is refused by both servers within a second', async () => {
    const { token, record } = await inTransaction(ds, ({ manager }) => issueToken(manager, { role: 'channel', name: 'to-revoke' }));
    let n = 0;
    const post = (s: ServerProc) => postFresh(s.url, token, { text: '双清区火车站乡莲荷村路灯坏了', channel: 'hotline', externalId: `rv-${n++}` });
    // Both servers have the token resolved and cached.
    for (const s of servers) expect((await post(s)).status).toBe(201);
    await revokeToken(ds.manager, record.id);
    const took = await Promise.all(servers.map((s) => msUntil(async () => (await post(s)).status === 401)));
    if (process.env.FAULTS_VERBOSE) console.log(`revocation seen after ${took.join(' and ')} ms`);
    for (const ms of took) expect(ms).toBeLessThan(1_000);
  });

  it('a routing rule added through one server routes the next ticket in the other within a second', async () => {
    const admin = (await inTransaction(ds, ({ manager }) => issueSystemToken(manager, { name: 'rule-admin' }))).token;
    let n = 0;
    const text = '双清区火车站乡莲荷村自来水停了三天没人管';
    const fileOn = async (s: ServerProc) => {
      const r = await postFresh(s.url, db.channelToken, {
        text: `${text}（${n}）`,
        channel: 'hotline',
        externalId: `rr-${n++}`,
        contact: { phone: `1370000${1000 + n}` },
      });
      expect(r.status).toBe(201);
      return (await ds.query(`SELECT category, handlingUnitId FROM ticket WHERE id = ${Number(r.json.id)}`))[0];
    };
    // Server B has the rules cached.
    const before = await fileOn(servers[1]);
    const office = await ds.manager.findOneOrFail(Unit, { where: { jurisdictionCode: '430502', kind: 'petition_office' } });
    expect(Number(before.handlingUnitId)).not.toBe(office.id);
    const res = await fetch(`${servers[0].url}/api/v1/admin/routing-rules`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
      body: JSON.stringify({ category: before.category, jurisdictionCode: LIANHE.slice(0, 6), target: 'petition_office', priority: 100 }),
    });
    expect(res.status).toBe(201);
    const ms = await msUntil(async () => Number((await fileOn(servers[1])).handlingUnitId) === office.id);
    if (process.env.FAULTS_VERBOSE) console.log(`new routing rule used by the other server after ${ms} ms`);
    expect(ms).toBeLessThan(1_000);
  });
});
