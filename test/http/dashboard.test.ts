/**
 * GET /api/v1/dashboard (issue 13): the rates per unit and township as /stats/rates computes
 * them, overdue by unit, intake over time by channel and category, top villages, 未诉先办 leads,
 * today's escalations; and the 每日自查 archive by date range.
 */
import { dashboardMount } from '../../src/http/dashboard/routes';
import { summariesMount } from '../../src/http/summaries/routes';
import { ChatTarget } from '../../src/entities/ChatTarget';
import { ChatterCount } from '../../src/entities/ChatterCount';
import { DailySummary } from '../../src/entities/DailySummary';
import { Ticket } from '../../src/entities/Ticket';
import { runEscalation } from '../../src/escalation/sweep';
import { startTestApp, TestApp } from '../support/app';
import { at, file } from '../jobs/helpers';

const JILONG = '430502101211'; // 渡头桥镇鸡笼村
let app: TestApp;
let admin: string;
const t: Record<string, Ticket> = {};

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502'], mounts: [dashboardMount, summariesMount] });
  admin = await app.token('admin', { staffId: (await app.unit('双清区信访局')).headStaffId! });
  t.a = await file(app.ds, at(2026, 10, 9, 9), { text: '莲荷村自来水停了两天了' });
  t.b = await file(app.ds, at(2026, 10, 9, 15), { text: '莲荷村水管漏水', channel: 'sms' });
  t.c = await file(app.ds, at(2026, 10, 31, 23, 30), { villageCode: JILONG, category: 'infrastructure', text: '鸡笼村村口的路塌了一半' });
  t.d = await file(app.ds, at(2026, 11, 3, 10), { text: '莲荷村停水' });
  const m = app.ds.manager;
  const group = await m.save(
    m.create(ChatTarget, {
      kind: 'wechat_room',
      purpose: 'village_group',
      jurisdictionCode: '430502202205',
      topic: '莲荷村村民群',
      roomId: null,
      botAccount: 'bot',
      webhookUrl: null,
      boundByStaffId: null,
      active: true,
      createdAt: new Date(),
    }),
  );
  await m.insert(ChatterCount, { chatTargetId: group.id, date: '2026-10-10', count: 4, categories: { water: 3, misconduct: 1 } });
  await m.insert(ChatterCount, { chatTargetId: group.id, date: '2026-12-10', count: 9, categories: null });
});
afterAll(() => app.close());

it('answers the rates as /stats/rates does, intake by channel and category per day, villages, leads', async () => {
  const d = await app.call('GET', '/api/v1/dashboard?from=2026-10-01&to=2026-10-31', { token: admin });
  expect(d.status).toBe(200);
  expect(d.body.period).toEqual({ from: '2026-10-01', to: '2026-10-31' });
  expect(d.body.interval).toBe('day');
  const rates = await app.call('GET', '/api/v1/stats/rates?from=2026-10-01&to=2026-10-31', { token: admin });
  expect(d.body.ratesByUnit).toEqual(rates.body.groups);
  expect(d.body.overall).toEqual(rates.body.overall);
  const byTownship = await app.call('GET', '/api/v1/stats/rates?from=2026-10-01&to=2026-10-31&groupBy=township', { token: admin });
  expect(d.body.ratesByTownship).toEqual(byTownship.body.groups);
  expect(d.body.overall.total).toBe(3);

  const ch = d.body.intakeByChannel;
  expect(ch.buckets).toHaveLength(31);
  expect(ch.buckets[8]).toBe('2026-10-09');
  const hotline = ch.series.find((s: any) => s.value === 'hotline');
  expect(hotline).toMatchObject({ name: '热线电话', total: 2 });
  expect(hotline.counts[8]).toBe(1);
  expect(hotline.counts[30]).toBe(1); // 31 October 23:30 Shanghai
  expect(ch.series.find((s: any) => s.value === 'sms').counts[8]).toBe(1);
  expect(d.body.intakeByCategory.series.map((s: any) => [s.value, s.total])).toEqual([
    ['water', 2],
    ['infrastructure', 1],
  ]);
  expect(d.body.topVillages[0]).toMatchObject({ code: '430502202205', count: 2 });
  expect(d.body.topVillages[0].path).toMatch(/莲荷村$/);
  // Chatter read as misconduct is not counted; December's is outside the period.
  expect(d.body.proactive).toMatchObject({ leads: 3, byDay: [{ date: '2026-10-10', count: 3 }] });

  const monthly = await app.call('GET', '/api/v1/dashboard?from=2026-01-01&to=2026-12-31', { token: admin });
  expect(monthly.body.interval).toBe('month');
  expect(monthly.body.intakeByChannel.buckets).toHaveLength(12);
  const weekly = await app.call('GET', '/api/v1/dashboard?from=2026-10-01&to=2026-10-31&interval=week', { token: admin });
  // Monday-based weeks: 2026-10-01 is a Thursday.
  expect(weekly.body.intakeByChannel.buckets[0]).toBe('2026-09-28');
  expect(weekly.body.intakeByChannel.buckets).toHaveLength(5);
});

it('overdue by unit now, and today’s escalations', async () => {
  await runEscalation(app.ds, new Date());
  const d = await app.call('GET', '/api/v1/dashboard', { token: admin });
  const water = d.body.overdueByUnit.find((u: any) => u.unitName === '双清区水利局');
  expect(water).toMatchObject({ overdue: 3, open: 3 });
  const today = d.body.escalationsToday;
  expect(today.length).toBeGreaterThan(0);
  expect(today[0]).toMatchObject({ ticket: { number: expect.any(String), handlingUnit: { name: expect.any(String) } }, level: expect.any(Number) });
});

it('bad input names the field', async () => {
  for (const [qs, field] of [
    ['from=2026-13-01', 'from'],
    ['from=2026-10-02&to=2026-10-01', 'from'],
    ['from=2024-01-01&to=2026-01-01', 'to'],
    ['interval=year', 'interval'],
    ['area=x', 'area'],
  ]) {
    const r = await app.call('GET', `/api/v1/dashboard?${qs}`, { token: admin });
    expect([qs, r.status, r.body.error.field]).toEqual([qs, 400, field]);
  }
});

describe('每日自查 archive', () => {
  beforeAll(async () => {
    const m = app.ds.manager;
    const target = await m.findOneByOrFail(ChatTarget, { topic: '莲荷村村民群' });
    for (const date of ['2026-10-01', '2026-10-02', '2026-10-03', '2026-11-01']) {
      await m.insert(DailySummary, {
        chatTargetId: target.id,
        jurisdictionCode: '430502',
        date,
        text: `${date} 自查`,
        stats: { created: 1 },
        createdAt: new Date(),
      } as any);
    }
  });

  it('lists a jurisdiction’s summaries over a date range, newest first, paged', async () => {
    const r = await app.call('GET', '/api/v1/summaries?jurisdiction=430502&from=2026-10-01&to=2026-10-31&limit=2', { token: admin });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ jurisdiction: '430502', from: '2026-10-01', to: '2026-10-31', total: 3, limit: 2, offset: 0 });
    expect(r.body.items.map((i: any) => i.date)).toEqual(['2026-10-03', '2026-10-02']);
    const next = await app.call('GET', '/api/v1/summaries?jurisdiction=430502&from=2026-10-01&to=2026-10-31&limit=2&offset=2', { token: admin });
    expect(next.body.items.map((i: any) => i.date)).toEqual(['2026-10-01']);
    // The one-day form is unchanged.
    const one = await app.call('GET', '/api/v1/summaries?jurisdiction=430502&date=2026-11-01', { token: admin });
    expect(one.body).toMatchObject({ date: '2026-11-01', items: [{ date: '2026-11-01' }] });
    for (const [qs, field] of [
      ['from=2026-10-05&to=2026-10-01', 'from'],
      ['date=2026-10-01&from=2026-10-01', 'date'],
      ['from=2024-01-01&to=2026-01-01', 'to'],
      ['from=2026-02-30', 'from'],
    ]) {
      const bad = await app.call('GET', `/api/v1/summaries?jurisdiction=430502&${qs}`, { token: admin });
      expect([qs, bad.status, bad.body.error.field]).toEqual([qs, 400, field]);
    }
  });
});
