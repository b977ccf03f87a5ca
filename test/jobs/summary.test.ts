import { ChatTarget } from '../../src/entities/ChatTarget';
import { ChatterCount } from '../../src/entities/ChatterCount';
import { DailySummary } from '../../src/entities/DailySummary';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Ticket } from '../../src/entities/Ticket';
import { runEscalation } from '../../src/escalation/sweep';
import { runDailySummaries, SummaryOutcome } from '../../src/jobs/summary';
import { MAX_SUMMARY_BYTES, summaryText, SummaryFigures } from '../../src/jobs/summary-text';
import { resolveTicket } from '../../src/tickets';
import { createTestDb, TestDb } from '../support/db';
import { acceptBy, at, file, staffActor } from './helpers';

const JILONG = '430502101211'; // 渡头桥镇鸡笼村
const DAY = at(2026, 10, 12, 20); // Monday evening

let db: TestDb;
const ds = () => db.ds;
let village: ChatTarget;
let county: ChatTarget;
let township: ChatTarget;
let retired: ChatTarget;
const t: Record<string, Ticket> = {};
const contact = { name: '李大爷', phone: '13800000001', wechatId: 'wxid_lidaye_8848' };
let first: SummaryOutcome[];

const target = (p: Partial<ChatTarget>) =>
  ds().manager.save(ds().manager.create(ChatTarget, { topic: null, roomId: null, botAccount: null, webhookUrl: null, boundByStaffId: null, active: true, createdAt: at(2026, 9, 1), ...p } as ChatTarget));
const textOf = (id: number) => first.find((r) => r.chatTargetId === id)!.text;

beforeAll(async () => {
  db = await createTestDb({ seed: ['430502'] });
  village = await target({ kind: 'wechat_room', purpose: 'village_group', jurisdictionCode: '430502202205', topic: '莲荷村村民群', botAccount: 'bot-1' });
  county = await target({ kind: 'wecom_webhook', purpose: 'work_group', jurisdictionCode: '430502', webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=SECRET' });
  township = await target({ kind: 'wechat_room', purpose: 'work_group', jurisdictionCode: '430502202', topic: '火车站乡干部群', botAccount: 'bot-1' });
  retired = await target({ kind: 'wechat_room', purpose: 'village_group', jurisdictionCode: '430502202205', topic: '旧群', active: false });

  t.water = await file(ds(), at(2026, 9, 28, 9), { contact, text: '莲荷村自来水停了好几天，一直没人来修' }); // due 10-05
  t.road = await file(ds(), at(2026, 10, 1, 9), { villageCode: JILONG, category: 'infrastructure', text: '鸡笼村村口的路坑坑洼洼没法走' }); // due 10-08
  t.misconduct = await file(ds(), at(2026, 9, 28, 10), { category: 'misconduct', text: '火车站乡莲荷村村书记把低保给了自己亲戚' });
  t.resolvedToday = await file(ds(), at(2026, 10, 9, 9), { text: '莲荷村的水管漏水了' });
  await acceptBy(ds(), t.resolvedToday, '双清区水利局', at(2026, 10, 9, 10));
  await resolveTicket(ds(), await staffActor(ds(), '双清区水利局'), t.resolvedToday.id, { text: '已修好' }, { now: at(2026, 10, 12, 11) });
  t.newToday = await file(ds(), at(2026, 10, 12, 9), { text: '莲荷村小学门口的自来水管爆了' });
  await acceptBy(ds(), t.newToday, '双清区水利局', at(2026, 10, 12, 10));
  t.repeat = await file(ds(), at(2026, 10, 12, 9, 30), { contact, text: '莲荷村自来水停了好几天，一直没人来修' });
  await runEscalation(ds(), at(2026, 10, 12, 19));
  await ds().manager.insert(ChatterCount, { chatTargetId: village.id, date: '2026-10-12', count: 3, categories: { water: 3 } });

  first = (await runDailySummaries(ds(), DAY)).results;
});
afterAll(() => db.close());

describe('双清区 daily summary', () => {
  it('is written for every active target and stored per target and day', async () => {
    expect(first.map((r) => [r.chatTargetId, r.status])).toEqual([[village.id, 'stored'], [county.id, 'stored'], [township.id, 'stored']]);
    const rows = await ds().manager.find(DailySummary, { order: { id: 'ASC' } });
    expect(rows.map((r) => [r.chatTargetId, r.jurisdictionCode, r.date])).toEqual([
      [village.id, '430502202205', '2026-10-12'], [county.id, '430502', '2026-10-12'], [township.id, '430502202', '2026-10-12'],
    ]);
    expect(rows.find((r) => r.chatTargetId === retired.id)).toBeUndefined();
  });

  it('lists the overdue tickets with number, village, category, handling unit and how late', () => {
    const text = textOf(county.id);
    expect(text.split('\n')[0]).toBe('【双清区每日自查】2026-10-12（周一）');
    expect(text).toContain('今日新增 2 件，受理 1 件，办结 1 件，销号 0 件。');
    // Misconduct is in no general figure: it has its own line (below).
    expect(text).toContain('超期未办结 2 件');
    expect(text).toMatch(new RegExp(`${t.water.number} 火车站乡莲荷村 饮水安全 水利局 超期7天`));
    expect(text).toMatch(new RegExp(`${t.road.number} 渡头桥镇鸡笼村 \\S+ 渡头桥镇政府 超期4天`));
    expect(text).toContain('重复信访：今日新增 1 件，超期 1 件。');
    expect(text).toMatch(/今日督办 \d+ 件次（/);
    expect(text).toMatch(/响应率 [\d.]+%，解决率 —，满意率 —/);
    expect(text).toContain('超期较多单位：');
  });

  it('shows misconduct only as a count and never a petitioner', () => {
    for (const r of first) {
      expect(r.text).not.toContain(t.misconduct.number);
      expect(r.text).not.toContain('低保');
      expect(r.text).not.toContain(contact.name);
      expect(r.text).not.toContain(contact.wechatId);
      expect(r.text).not.toMatch(/1[3-9]\d{9}/);
      expect(Buffer.byteLength(r.text)).toBeLessThanOrEqual(MAX_SUMMARY_BYTES);
      expect(r.bytes).toBe(Buffer.byteLength(r.text));
    }
    expect(textOf(county.id)).toContain('纪检监察类：今日新增 0 件，超期 1 件（仅计数，不列明细）。');
  });

  it('counts misconduct only for the county work group, never in township or village groups', async () => {
    // The report accuses a village cadre: the township is the accused unit, and its groups (and the
    // village's) learn nothing of it, not even through the totals.
    expect(t.misconduct.accusedUnitId).not.toBeNull();
    for (const id of [township.id, village.id]) {
      const text = textOf(id);
      expect(text).not.toContain('纪检监察');
      expect(text).toContain('超期未办结 1 件');
    }
    const rows = await ds().manager.find(DailySummary, { order: { id: 'ASC' } });
    expect(rows.map((r) => [r.chatTargetId, r.stats.misconduct])).toEqual([
      [village.id, null], [county.id, { today: 0, overdue: 1 }], [township.id, null],
    ]);
  });

  it('narrows to the target’s own village and counts the group’s chatter', () => {
    const text = textOf(village.id);
    expect(text.split('\n')[0]).toBe('【莲荷村每日自查】2026-10-12（周一）');
    expect(text).toContain(t.water.number);
    expect(text).not.toContain(t.road.number);
    expect(text).toContain('群内未诉先办线索 3 条');
    expect(textOf(county.id)).not.toContain('未诉先办');
  });

  it('queues each summary for its chat: WeChat room by binding id, WeCom robot by target id', async () => {
    const msgs = await ds().manager.find(OutboxMessage, { where: { kind: 'daily_summary' }, order: { id: 'ASC' } });
    expect(msgs.map((m) => [m.channel, m.target, m.account])).toEqual([
      ['wechat_room', String(village.id), 'bot-1'], ['wecom', String(county.id), null], ['wechat_room', String(township.id), 'bot-1'],
    ]);
    expect(msgs[1].payload.text).toBe(textOf(county.id));
    expect(JSON.stringify(msgs)).not.toContain('SECRET');
  });

  it('changes nothing when run again for the same day', async () => {
    const again = await runDailySummaries(ds(), at(2026, 10, 12, 21));
    expect(again.results.map((r) => r.status)).toEqual(['existed', 'existed', 'existed']);
    expect(again.results.map((r) => r.text)).toEqual(first.map((r) => r.text));
    expect(Number(await ds().manager.count(DailySummary))).toBe(3);
    expect(Number(await ds().manager.count(OutboxMessage, { where: { kind: 'daily_summary' } }))).toBe(3);
  });

  it('runs for one jurisdiction, and previews an area with no bound group', async () => {
    const next = await runDailySummaries(ds(), at(2026, 10, 13, 20), { jurisdiction: '430502202' });
    expect(next.results.map((r) => r.chatTargetId)).toEqual([village.id, township.id]);
    const preview = await runDailySummaries(ds(), at(2026, 10, 13, 20), { jurisdiction: '430502101' });
    expect(preview.results).toHaveLength(1);
    expect(preview.results[0]).toMatchObject({ chatTargetId: null, status: 'preview' });
    expect(preview.results[0].text).toContain(t.road.number);
    expect(Number(await ds().manager.count(DailySummary, { where: { jurisdictionCode: '430502101' } }))).toBe(0);
  });
});

describe('summary text', () => {
  const figures = (n: number, long = true): SummaryFigures => ({
    date: '2026-10-12', areaName: '双清区', created: 40, accepted: 30, resolved: 20, closed: 10,
    overdue: {
      total: n,
      items: Array.from({ length: n }, (_, i) => ({ number: `430502-20260928-${String(i + 1).padStart(4, '0')}`, place: long ? '火车站乡莲荷村委会第三村民小组' : '莲荷村', category: long ? '扶贫政策与资金' : '饮水安全', unit: long ? '双清区乡村振兴局（扶贫开发办公室）' : '水利局', overdue: '超期12天' })),
    },
    escalated: { total: 9, byStep: { unit_head: 5, county_leader: 3, secretary: 1 } },
    repeat: { today: 2, overdue: 4 },
    rates: { total: 1234, rated: 800, responseRate: 0.95, resolutionRate: 0.9, satisfactionRate: 0.88 },
    worstUnits: [{ name: '火车站乡政府', overdue: 9 }, { name: '水利局', overdue: 5 }, { name: '渡头桥镇政府', overdue: 3 }],
    chatter: 7,
    misconduct: { today: 1, overdue: 0 },
  });

  it('caps the list and says how many there are in all', () => {
    const text = summaryText(figures(40, false), at(2026, 10, 12, 20));
    expect(text).toContain('超期未办结 40 件：');
    expect(text).toContain('……等 40 件');
    expect(text).toContain('10. 430502-20260928-0010');
    expect(text).not.toContain('430502-20260928-0011');
  });

  it('always fits one WeCom text message', () => {
    const tight = summaryText(figures(40), at(2026, 10, 12, 20), 900);
    expect(Buffer.byteLength(tight)).toBeLessThanOrEqual(900);
    expect(tight).toContain('等 40 件');
    // Long names: fewer lines listed rather than a cut message.
    const long = summaryText(figures(40), at(2026, 10, 12, 20));
    expect(long).toContain('……等 40 件');
    expect(long.endsWith('（仅计数，不列明细）。')).toBe(true);
    expect(Buffer.byteLength(summaryText(figures(40), at(2026, 10, 12, 20)))).toBeLessThanOrEqual(2048);
  });

  it('says so when nothing is overdue', () => {
    expect(summaryText(figures(0), at(2026, 10, 12, 20))).toContain('当前无超期工单。');
  });
});
