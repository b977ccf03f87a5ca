/**
 * The evening summary when the server was down at its hour: on start, today's slot is caught up
 * once (also with several processes starting together), never before the slot, never twice.
 */
import { DataSource } from 'typeorm';
import { loadConfig, parseDatabaseUrl } from '../../src/config';
import { createDataSource } from '../../src/db/datasource';
import { ChatTarget } from '../../src/entities/ChatTarget';
import { DailySummary } from '../../src/entities/DailySummary';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { shanghaiParts, shanghaiYmd, startOfShanghaiDay } from '../../src/clocks/time';
import { catchUpSummary, lastSlotToday, startJobs } from '../../src/jobs/scheduler';
import { summaryJob } from '../../src/jobs/jobs';
import { createTestDb, onMysql, TestDb } from '../support/db';
import { at, file } from './helpers';
import { countyWorkGroupRobot } from '../support/factories';

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb({ seed: ['430502'] });
  await file(db.ds, at(2026, 12, 1, 9));
  await db.ds.manager.insert(ChatTarget, {
    kind: 'wecom_webhook',
    purpose: 'work_group',
    jurisdictionCode: '430502',
    topic: null,
    roomId: null,
    botAccount: null,
    webhookUrl: 'https://example.invalid/hook?key=k',
    boundByStaffId: null,
    active: true,
    createdAt: at(2026, 11, 1),
  });
});
afterAll(() => db.close());

const summariesOn = async (date: string) => db.ds.manager.find(DailySummary, { where: { date } });
const queuedOn = async (date: string) =>
  (await db.ds.manager.find(OutboxMessage, { where: { kind: 'daily_summary' } })).filter((m) => m.dedupeKey?.endsWith(date));

describe('lastSlotToday', () => {
  it('finds the latest firing at or before now on the same Shanghai day', () => {
    expect(lastSlotToday('0 20 * * *', at(2026, 12, 1, 21, 30))).toEqual(at(2026, 12, 1, 20));
    expect(lastSlotToday('0 20 * * *', at(2026, 12, 1, 20))).toEqual(at(2026, 12, 1, 20));
    expect(lastSlotToday('0 20 * * *', at(2026, 12, 1, 19, 59))).toBeNull();
    // Yesterday's slot is not "today's": a summary for a past day is not posted late.
    expect(lastSlotToday('0 20 * * *', at(2026, 12, 2, 0, 30))).toBeNull();
    expect(lastSlotToday('*/3 * * * * *', new Date(at(2026, 12, 1, 12).getTime() + 5_000))).toEqual(new Date(at(2026, 12, 1, 12).getTime() + 3_000));
    expect(lastSlotToday('30 8,18 * * 1-5', at(2026, 12, 1, 23))).toEqual(at(2026, 12, 1, 18, 30)); // a Tuesday
    expect(lastSlotToday('30 8,18 * * 1-5', at(2026, 12, 5, 23))).toBeNull(); // a Saturday
  });
});

describe('catchUpSummary', () => {
  it('does nothing before the slot', async () => {
    expect(await catchUpSummary(db.ds, '0 20 * * *', at(2026, 12, 1, 19))).toBeNull();
    expect(await summariesOn('2026-12-01')).toHaveLength(0);
  });

  it('after a missed slot: the summary as of the slot, stored and queued once; a second start does nothing', async () => {
    const first = await catchUpSummary(db.ds, '0 20 * * *', at(2026, 12, 1, 21, 15));
    expect(first).toEqual({ slot: at(2026, 12, 1, 20), stored: 1 });
    const rows = await summariesOn('2026-12-01');
    expect(rows).toHaveLength(1);
    expect(rows[0].createdAt).toEqual(at(2026, 12, 1, 20));
    expect(rows[0].text).toContain('今日新增 1 件');
    expect(await queuedOn('2026-12-01')).toHaveLength(1);

    expect(await catchUpSummary(db.ds, '0 20 * * *', at(2026, 12, 1, 22))).toBeNull();
    expect(await summariesOn('2026-12-01')).toHaveLength(1);
    expect(await queuedOn('2026-12-01')).toHaveLength(1);
  });

  it('does nothing when the scheduled run for the slot already happened', async () => {
    expect(await summaryJob(db.ds, at(2026, 12, 2, 20), { slot: at(2026, 12, 2, 20) })).toMatchObject({ ran: true });
    expect(await catchUpSummary(db.ds, '0 20 * * *', at(2026, 12, 2, 23))).toBeNull();
    expect(await summariesOn('2026-12-02')).toHaveLength(1);
  });

  it('runs once when several processes start together', async () => {
    const others: DataSource[] = [];
    if (onMysql()) {
      for (let i = 0; i < 2; i++) {
        const ds = createDataSource(parseDatabaseUrl(db.url));
        await ds.initialize();
        others.push(ds);
      }
    }
    try {
      const sources = others.length ? [db.ds, ...others] : [db.ds, db.ds, db.ds];
      const outcomes = await Promise.all(sources.map((ds) => catchUpSummary(ds, '0 20 * * *', at(2026, 12, 3, 20, 45))));
      expect(outcomes.filter(Boolean)).toEqual([{ slot: at(2026, 12, 3, 20), stored: 1 }]);
      expect(await summariesOn('2026-12-03')).toHaveLength(1);
      expect(await queuedOn('2026-12-03')).toHaveLength(1);
    } finally {
      for (const ds of others) await ds.destroy();
    }
  });
});

describe('startJobs', () => {
  // Its own database: the tests above ran the summary for slots later than today.
  let fresh: TestDb;
  beforeAll(async () => {
    fresh = await createTestDb({ seed: ['430502'] });
    await fresh.ds.manager.insert(ChatTarget, countyWorkGroupRobot('https://example.invalid/hook?key=k', { topic: null }));
  });
  afterAll(() => fresh.close());

  it('catches up today’s summary when started after its slot', async () => {
    const now = new Date();
    const sinceMidnight = now.getTime() - startOfShanghaiDay(now).getTime();
    // Needs a slot earlier today: not testable in the first minutes after midnight.
    if (sinceMidnight < 3 * 60_000) return;
    const slot = new Date(now.getTime() - 2 * 60_000);
    const p = shanghaiParts(slot);
    const svc = await startJobs(fresh.ds, loadConfig({ JOBS_ENABLED: '1', ESCALATION_CRON: '0 0 1 1 *', SUMMARY_CRON: `${p.mm} ${p.hh} * * *` }));
    // stop() waits for the catch-up started with the scheduler.
    await svc!.stop();
    const rows = await fresh.ds.manager.find(DailySummary, { where: { date: shanghaiYmd(now) } });
    expect(rows).toHaveLength(1);
    expect(rows[0].createdAt.getTime()).toBe(Math.floor(slot.getTime() / 60_000) * 60_000);
  });
});
