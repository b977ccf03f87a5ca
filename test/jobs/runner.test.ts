import { DataSource } from 'typeorm';
import { loadConfig, parseDatabaseUrl } from '../../src/config';
import { createDataSource } from '../../src/db/datasource';
import { runEscalation } from '../../src/escalation/sweep';
import { escalateJob } from '../../src/jobs/jobs';
import { acquireLease, leaseInfo, makeHolder, releaseLease, renewLease } from '../../src/jobs/lease';
import { runJob } from '../../src/jobs/runner';
import { finishInterruptedSummaries, leaseCoordinator, startJobs } from '../../src/jobs/scheduler';
import { ChatTarget } from '../../src/entities/ChatTarget';
import { DailySummary } from '../../src/entities/DailySummary';
import { seedDemo } from '../../src/seed/demo';
import { createTestDb, onMysql, TestDb } from '../support/db';
import { at, escalationMessages, file } from './helpers';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb();
});
afterAll(() => db.close());

describe('job lease', () => {
  it('lets one holder in at a time and the next one after release', async () => {
    const [a, b] = [makeHolder(), makeHolder()];
    expect(a).not.toBe(b);
    expect(await acquireLease(db.ds, 'lease-a', a)).toBe(true);
    expect(await acquireLease(db.ds, 'lease-a', b)).toBe(false);
    expect((await leaseInfo(db.ds, 'lease-a'))?.holder).toBe(a);
    await releaseLease(db.ds, 'lease-a', a);
    expect(await acquireLease(db.ds, 'lease-a', b)).toBe(true);
  });

  it('is taken over when the holder died (lease expired), and the old holder cannot renew it', async () => {
    const [dead, live] = [makeHolder(), makeHolder()];
    expect(await acquireLease(db.ds, 'lease-b', dead, { ttlMs: -60_000 })).toBe(true);
    expect(await acquireLease(db.ds, 'lease-b', live)).toBe(true);
    expect(await renewLease(db.ds, 'lease-b', dead)).toBe(false);
    expect(await renewLease(db.ds, 'lease-b', live)).toBe(true);
  });

  it('runs a scheduled slot once, even after the first run released the lease', async () => {
    const slot = at(2026, 12, 1, 9, 0);
    const first = makeHolder();
    expect(await acquireLease(db.ds, 'lease-c', first, { slot })).toBe(true);
    await releaseLease(db.ds, 'lease-c', first);
    expect(await acquireLease(db.ds, 'lease-c', makeHolder(), { slot })).toBe(false);
    expect(await acquireLease(db.ds, 'lease-c', makeHolder(), { slot: at(2026, 12, 1, 9, 10) })).toBe(true);
  });

  it('runJob skips while another run holds the job, and gives the lease back after an error', async () => {
    const inner = await runJob(db.ds, 'job-x', new Date(), async () => runJob(db.ds, 'job-x', new Date(), async () => 'nested'));
    expect(inner).toMatchObject({ ran: true, result: { ran: false } });
    await expect(
      runJob(db.ds, 'job-x', new Date(), async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await runJob(db.ds, 'job-x', new Date(), async () => 42)).toMatchObject({ ran: true, result: 42 });
  });
});

describe('node-cron coordination', () => {
  it('elects one of two processes per slot and none for a slot already run', async () => {
    const [p1, p2] = [leaseCoordinator(db.ds), leaseCoordinator(db.ds)];
    const key = `coord:${at(2026, 12, 1, 9).toISOString()}`;
    const votes = await Promise.all([p1.shouldRun(key, 60_000), p2.shouldRun(key, 60_000)]);
    expect(votes.filter(Boolean)).toHaveLength(1);
    await (votes[0] ? p1 : p2).onComplete!(key);
    expect(await p2.shouldRun(key, 60_000)).toBe(false);
    expect(await p2.shouldRun(`coord:${at(2026, 12, 1, 9, 10).toISOString()}`, 60_000)).toBe(true);
  });

  it('does not schedule anything when JOBS_ENABLED is off', async () => {
    expect(await startJobs(db.ds, loadConfig({ JOBS_ENABLED: '0' }))).toBeNull();
    expect(await startJobs(db.ds, loadConfig({ JOBS_ENABLED: 'false' }))).toBeNull();
  });

  it('runs the sweep from the schedule under the lease and stops cleanly', async () => {
    const svc = await startJobs(db.ds, loadConfig({ JOBS_ENABLED: '1', ESCALATION_CRON: '* * * * * *', SUMMARY_CRON: '0 20 * * *' }));
    try {
      let info = null;
      for (let i = 0; i < 50 && !info?.lastRunAt; i++) {
        await new Promise((r) => setTimeout(r, 100));
        info = await leaseInfo(db.ds, 'escalate');
      }
      expect(info?.lastRunAt).toBeInstanceOf(Date);
    } finally {
      await svc!.stop();
    }
  });
});

describe('a summary run that died part-way', () => {
  it('is finished by the next tick, once', async () => {
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    await db.ds.manager.insert(ChatTarget, {
      kind: 'wecom_webhook',
      purpose: 'work_group',
      jurisdictionCode: '430502',
      topic: null,
      roomId: null,
      botAccount: null,
      webhookUrl: null,
      boundByStaffId: null,
      active: true,
      createdAt: now,
    });
    expect(await finishInterruptedSummaries(db.ds, now)).toBe(0); // no run today yet
    // Today's run took the lease for its slot and the process died: the lease ran out, nothing stored.
    expect(await acquireLease(db.ds, 'summary', makeHolder(), { slot: now, ttlMs: -1000 })).toBe(true);
    expect(await finishInterruptedSummaries(db.ds, now)).toBe(1);
    expect(Number(await db.ds.manager.count(DailySummary))).toBe(1);
    expect(await finishInterruptedSummaries(db.ds, now)).toBe(0);
  });
});

describe('two server processes on one MySQL database', () => {
  let other: DataSource;
  beforeAll(async () => {
    if (!onMysql()) return;
    await seedDemo(db.ds, { areas: ['430502'] });
    other = createDataSource(parseDatabaseUrl(db.url));
    await other.initialize();
  });
  afterAll(async () => {
    if (other?.isInitialized) await other.destroy();
  });

  (onMysql() ? it : it.skip)('produce each escalation step exactly once when they sweep at the same time', async () => {
    const tickets = [];
    for (let i = 0; i < 24; i++) tickets.push(await file(db.ds, at(2026, 11, 2, 9, i)));
    const now = at(2026, 11, 16, 9); // a week past every deadline
    const [a, b] = await Promise.all([runEscalation(db.ds, now, { batchSize: 4 }), runEscalation(other, now, { batchSize: 4 })]);
    const steps = Number((await db.ds.query('SELECT COUNT(*) AS n FROM escalation_step'))[0].n);
    const distinct = Number((await db.ds.query('SELECT COUNT(*) AS n FROM (SELECT DISTINCT ticketId, clock, step, round, dueAt FROM escalation_step) d'))[0].n);
    const events = Number((await db.ds.query("SELECT COUNT(*) AS n FROM ticket_event WHERE type = 'escalated'"))[0].n);
    // resolution: unit head, county leader, secretary; response: unit head; legal notice: warning.
    expect(steps).toBe(tickets.length * 5);
    expect(distinct).toBe(steps);
    expect(events).toBe(steps);
    expect(a.fired.length + b.fired.length).toBe(steps);
    for (const t of tickets.slice(0, 3)) {
      const keys = (await escalationMessages(db.ds, t.id)).map((m) => m.dedupeKey);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  (onMysql() ? it : it.skip)('run the escalation job once when both fire it for the same slot', async () => {
    // A slot after the one the schedule test above ran (it ran for the real current time).
    const slot = at(2099, 1, 1, 9, 10);
    const outcomes = await Promise.all([escalateJob(db.ds, slot, { slot }), escalateJob(other, slot, { slot })]);
    expect(outcomes.filter((o) => o.ran)).toHaveLength(1);
    expect(await escalateJob(other, slot, { slot })).toMatchObject({ ran: false, reason: 'already run for this slot' });
  });
});
