/**
 * Two real server processes on one MariaDB database: the jobs happen once.
 *
 * 1. Manual runs: `job:escalate --at T` and `job:summary --at T` launched as two CLI processes at
 *    the same time, then once more: every escalation rung fires once (one escalation_step row,
 *    one `escalated` event, one notice per person per ticket), every target gets one summary.
 * 2. The schedule: two `src/main.ts` servers with JOBS_ENABLED=1 and the cron compressed to
 *    seconds, both started after today's summary slot (so both try to catch it up), sweeping
 *    overdue tickets every 2 s and summarising every 3 s, and delivering the outbox to a WeCom
 *    robot stand-in: each rung, event and notice once, one summary per target, and the robot
 *    receives each summary once.
 *
 * MariaDB only (SQLite is one file for one process): set TEST_DATABASE_URL=mysql://….
 */
import { spawn } from 'node:child_process';
import { DataSource } from 'typeorm';
import { onMysql } from '../support/db';
import { prepareDatabase, PreparedDb } from '../../bench/support/db';
import { ROOT, ServerProc, startServer, tsRegister } from '../../bench/support/server';
import { DAY_MS } from '../../src/clocks/time';
import { startGateway, FakeGateway } from '../outbox/support/gateway';
import { at, file } from '../jobs/helpers';
import { openDs, until } from './support';
import { bindTargets, count, escalationFacts, summaryFacts } from './job-facts';

jest.setTimeout(240_000);

const mysql = onMysql();
const describeOnMysql = mysql ? describe : describe.skip;
if (!mysql) {
  // Say why in the output, not only as a skipped count.
  test.skip('two server processes on one database need MariaDB: set TEST_DATABASE_URL=mysql://…', () => undefined);
}

/** Runs `npm run cli -- …` as its own process on the database at `url`. */
function cli(url: string, args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  const register = tsRegister();
  const env: NodeJS.ProcessEnv = { ...process.env, DATABASE_URL: url, LOG_LEVEL: 'warn' };
  delete env.JEST_WORKER_ID;
  const child = spawn(process.execPath, ['-r', register, 'src/cli/index.ts', ...args], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (err += d));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, out, err })));
}

describeOnMysql('two CLI processes running the same job at the same --at', () => {
  let db: PreparedDb;
  let ds: DataSource;
  let tickets = 0;

  beforeAll(async () => {
    db = await prepareDatabase('mariadb', ['430502'], async () => undefined, { mysqlServer: process.env.TEST_DATABASE_URL });
    ds = await openDs(db.url);
    for (let i = 0; i < 16; i++) await file(ds, at(2026, 11, 2, 9, i));
    tickets = 16;
    await bindTargets(ds, null);
  });
  afterAll(async () => {
    if (ds?.isInitialized) await ds.destroy();
    await db?.drop();
  });

  it('fire each escalation rung once, and a third run for the same time fires nothing', async () => {
    const argv = ['job:escalate', '--at', '2026-11-16T09:00:00+08:00'];
    const runs = await Promise.all([cli(db.url, argv), cli(db.url, argv)]);
    // Each either ran, or found the other one running and said so (exit 1): never an error.
    for (const r of runs) {
      if (r.code !== 0) expect(r.err).toMatch(/job:escalate: not run: (running elsewhere|already run)/);
      expect(r.err).not.toMatch(/"level":"error"|Error/);
    }
    expect(runs.some((r) => r.code === 0)).toBe(true);
    const fired = runs.map((r) => Number(/fired (\d+) rung/.exec(r.out)?.[1] ?? 0)).reduce((a, b) => a + b, 0);

    const facts = await escalationFacts(ds);
    expect(facts.steps).toBeGreaterThanOrEqual(tickets * 3);
    expect(facts.distinct).toBe(facts.steps);
    expect(fired).toBe(facts.steps);
    expect(facts.events).toBe(facts.steps);
    expect(facts.notices).toBe(facts.expectedNotices);

    if (process.env.FAULTS_VERBOSE)
      console.log(`job:escalate ×2: exits ${runs.map((r) => r.code).join('/')}, fired ${fired} rungs, ${facts.events} events, ${facts.notices} notices`);

    const third = await cli(db.url, argv);
    expect(third.code).toBe(0);
    expect(third.out).toMatch(/fired 0 rung\(s\) on 0 ticket\(s\)/);
    expect(await escalationFacts(ds)).toEqual(facts);
  });

  it('store and queue one summary per target, however many processes run it', async () => {
    const argv = ['job:summary', '--at', '2026-11-16T20:00:00+08:00'];
    const runs = await Promise.all([cli(db.url, argv), cli(db.url, argv)]);
    for (const r of runs) if (r.code !== 0) expect(r.err).toMatch(/job:summary: not run: (running elsewhere|already run)/);
    const stored = runs.map((r) => Number(/(\d+) new/.exec(r.out)?.[1] ?? 0)).reduce((a, b) => a + b, 0);
    if (process.env.FAULTS_VERBOSE) console.log(`job:summary ×2: exits ${runs.map((r) => r.code).join('/')}, ${stored} stored`);
    const again = await cli(db.url, argv);
    expect(again.out).toMatch(/2 target\(s\), 0 new, 2 already stored/);

    const facts = await summaryFacts(ds);
    expect(facts.targets).toBe(2);
    expect(stored).toBe(2);
    expect(facts.perTargetDay).toEqual([1, 1]);
    expect(facts.queued).toEqual([1, 1]);
  });
});

describeOnMysql('two servers with the jobs scheduled every few seconds', () => {
  let db: PreparedDb;
  let ds: DataSource;
  let robot: FakeGateway;
  const servers: ServerProc[] = [];
  const SCHEDULE = {
    JOBS_ENABLED: '1',
    ESCALATION_CRON: '*/2 * * * * *',
    SUMMARY_CRON: '*/3 * * * * *',
    OUTBOX_POLL_MS: '200',
    OUTBOX_WECOM_PER_MINUTE: '0',
    LOG_LEVEL: 'info',
  };

  beforeAll(async () => {
    robot = await startGateway(() => ({ status: 200, body: { errcode: 0, errmsg: 'ok' } }));
    db = await prepareDatabase('mariadb', ['430502'], async () => undefined, { mysqlServer: process.env.TEST_DATABASE_URL });
    ds = await openDs(db.url);
    // Filed 30 days ago: every clock is overdue for the sweeps running now.
    const filedAt = new Date(Date.now() - 30 * DAY_MS);
    for (let i = 0; i < 12; i++) await file(ds, new Date(filedAt.getTime() + i * 60_000));
    await bindTargets(ds, robot.url);
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    if (ds?.isInitialized) await ds.destroy();
    await db?.drop();
    await robot?.close();
  });

  it('escalate each overdue rung once, summarise once per target (also catching up on start), and post each summary once', async () => {
    servers.push(...(await Promise.all([startServer({ databaseUrl: db.url, env: SCHEDULE }), startServer({ databaseUrl: db.url, env: SCHEDULE })])));
    const summaryLease = async () => (await ds.query("SELECT lastRunAt FROM job_lease WHERE name = 'summary'"))[0]?.lastRunAt ?? null;
    const escalateLease = async () => (await ds.query("SELECT lastRunAt FROM job_lease WHERE name = 'escalate'"))[0]?.lastRunAt ?? null;
    // Let several slots of each job pass with both servers up.
    const firstEsc = await (async () => {
      await until(async () => (await escalateLease()) !== null, 60_000, 'a first scheduled sweep');
      return new Date(await escalateLease()).getTime();
    })();
    await until(async () => new Date(await escalateLease()).getTime() >= firstEsc + 8_000, 60_000, 'five more sweep slots');
    await until(async () => (await summaryFacts(ds)).perTargetDay.length === 2 && (await summaryLease()) !== null, 30_000, 'the summaries');
    await until(
      async () => robot.hits.filter((h) => String(h.body?.text?.content ?? '').includes('每日自查')).length >= 1,
      30_000,
      'the robot to get the summary',
    );
    // And some more summary slots after the first one, to be sure nobody posts it again.
    const firstSummarySlot = new Date(await summaryLease()).getTime();
    await until(async () => new Date(await summaryLease()).getTime() >= firstSummarySlot + 6_000, 30_000, 'two more summary slots');
    await until(
      async () =>
        Number((await ds.query("SELECT COUNT(*) AS n FROM outbox_message WHERE status IN ('pending', 'sending') AND channel IN ('staff', 'wecom')"))[0].n) ===
        0,
      30_000,
      'the outbox to drain',
    );

    const facts = await escalationFacts(ds);
    expect(facts.steps).toBeGreaterThanOrEqual(12 * 3);
    expect(facts.distinct).toBe(facts.steps);
    expect(facts.events).toBe(facts.steps);
    expect(facts.notices).toBe(facts.expectedNotices);

    const summaries = await summaryFacts(ds);
    expect(summaries.perTargetDay).toEqual([1, 1]);
    expect(summaries.queued).toEqual([1, 1]);
    // The robot (the county work group) got today's summary once, and the staff notices.
    const posted = robot.hits.map((h) => String(h.body?.text?.content ?? ''));
    expect(posted.filter((t) => t.includes('每日自查'))).toHaveLength(1);
    expect(posted.length).toBeGreaterThan(1);
    // Every message the robot got was sent once: as many posts as rows marked sent.
    expect(robot.hits.length).toBe(await count(ds, "SELECT COUNT(*) AS n FROM outbox_message WHERE channel = 'wecom' AND status = 'sent'"));

    // Both servers were really running the jobs, and neither hit an error doing so.
    for (const s of servers) {
      expect(s.output()).toContain('jobs scheduled');
      expect(s.output()).not.toMatch(/"level":"error"/);
    }
    if (process.env.FAULTS_VERBOSE) {
      const catchUps = servers.map((s) => (s.output().match(/caught up on start/g) ?? []).length);
      console.log(`two servers: ${facts.steps} rungs, ${facts.notices} notices, summaries caught up on start by server ${catchUps.join('/')}`);
    }
  });
});
