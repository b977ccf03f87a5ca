import { ChatTarget } from '../../src/entities/ChatTarget';
import { ChatterCount } from '../../src/entities/ChatterCount';
import { DailySummary } from '../../src/entities/DailySummary';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Ticket } from '../../src/entities/Ticket';
import { Unit } from '../../src/entities/Unit';
import { runEscalation } from '../../src/escalation/sweep';
import { runDailySummaries, SummaryOutcome } from '../../src/jobs/summary';
import { MAX_SUMMARY_BYTES, overdueText, summaryText, SummaryFigures } from '../../src/jobs/summary-text';
import { workingDaysBetween } from '../../src/clocks/calendar';
import { rateTicket, resolveTicket } from '../../src/tickets';
import { SYSTEM } from '../../src/tickets/actor';
import { rateGroups, yearStart } from '../../src/stats/rates';
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
  ds().manager.save(
    ds().manager.create(ChatTarget, {
      topic: null,
      roomId: null,
      botAccount: null,
      webhookUrl: null,
      boundByStaffId: null,
      active: true,
      createdAt: at(2026, 9, 1),
      ...p,
    } as ChatTarget),
  );
const textOf = (id: number) => first.find((r) => r.chatTargetId === id)!.text;

beforeAll(async () => {
  db = await createTestDb({ seed: ['430502'] });
  village = await target({ kind: 'wechat_room', purpose: 'village_group', jurisdictionCode: '430502202205', topic: '莲荷村村民群', botAccount: 'bot-1' });
  county = await target({
    kind: 'wecom_webhook',
    purpose: 'work_group',
    jurisdictionCode: '430502',
    webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=SECRET',
  });
  township = await target({ kind: 'wechat_room', purpose: 'work_group', jurisdictionCode: '430502202', topic: '火车站乡干部群', botAccount: 'bot-1' });
  retired = await target({ kind: 'wechat_room', purpose: 'village_group', jurisdictionCode: '430502202205', topic: '旧群', active: false });

  t.water = await file(ds(), at(2026, 9, 28, 9), { contact, text: '莲荷村自来水停了好几天，一直没人来修' }); // due 10-05
  t.road = await file(ds(), at(2026, 10, 1, 9), { villageCode: JILONG, category: 'infrastructure', text: '鸡笼村村口的路坑坑洼洼没法走' }); // due 10-08
  t.misconduct = await file(ds(), at(2026, 9, 28, 10), { category: 'misconduct', text: '火车站乡莲荷村村书记把低保给了自己亲戚' });
  // A report on a county bureau: its people sit in the county work group.
  t.onBureau = await file(ds(), at(2026, 9, 29, 10), { category: 'misconduct', text: '双清区水利局局长收了我家的钱才给批打井的补助' });
  t.resolvedToday = await file(ds(), at(2026, 10, 9, 9), { text: '莲荷村的水管漏水了' });
  await acceptBy(ds(), t.resolvedToday, '双清区水利局', at(2026, 10, 9, 10));
  await resolveTicket(ds(), await staffActor(ds(), '双清区水利局'), t.resolvedToday.id, { text: '已修好' }, { now: at(2026, 10, 12, 11) });
  t.newToday = await file(ds(), at(2026, 10, 12, 9), { text: '莲荷村小学门口的自来水管爆了' });
  await acceptBy(ds(), t.newToday, '双清区水利局', at(2026, 10, 12, 10));
  t.repeat = await file(ds(), at(2026, 10, 12, 9, 30), { contact, text: '莲荷村自来水停了好几天，一直没人来修' });
  // A villager who calls twice the same day: one repeat, not two.
  const zhang = { name: '张婶', phone: '13911115555' };
  t.pairFirst = await file(ds(), at(2026, 10, 12, 8), {
    villageCode: JILONG,
    category: 'infrastructure',
    contact: zhang,
    text: '鸡笼村二组路灯坏了一个月了，晚上黑漆漆的',
  });
  t.pairAgain = await file(ds(), at(2026, 10, 12, 11), {
    villageCode: JILONG,
    category: 'infrastructure',
    contact: zhang,
    text: '鸡笼村二组路灯坏了一个月了，晚上黑漆漆的没人管',
  });
  // Accepted in July, answered, "not solved" on 10 October: its service clock starts again, the
  // 60-day legal period (ended 30 August) does not.
  t.legal = await file(ds(), at(2026, 7, 1, 9), { text: '莲荷村四组的自来水一直浑浊发黄' });
  await acceptBy(ds(), t.legal, '双清区水利局', at(2026, 7, 1, 10));
  await resolveTicket(ds(), await staffActor(ds(), '双清区水利局'), t.legal.id, { text: '已冲洗管道' }, { now: at(2026, 7, 5, 10) });
  await rateTicket(
    ds(),
    { kind: 'villager', petitionerId: t.legal.petitionerId!, tokenId: 0 },
    t.legal.id,
    { contactedInTime: true, solved: false, satisfied: false },
    { now: at(2026, 10, 10, 10) },
  );
  await runEscalation(ds(), at(2026, 10, 12, 19));
  await ds().manager.insert(ChatterCount, { chatTargetId: village.id, date: '2026-10-12', count: 3, categories: { water: 3 } });

  first = (await runDailySummaries(ds(), DAY)).results;
});
afterAll(() => db.close());

describe('双清区 daily summary', () => {
  it('is written for every active target and stored per target and day', async () => {
    expect(first.map((r) => [r.chatTargetId, r.status])).toEqual([
      [village.id, 'stored'],
      [county.id, 'stored'],
      [township.id, 'stored'],
    ]);
    const rows = await ds().manager.find(DailySummary, { order: { id: 'ASC' } });
    expect(rows.map((r) => [r.chatTargetId, r.jurisdictionCode, r.date])).toEqual([
      [village.id, '430502202205', '2026-10-12'],
      [county.id, '430502', '2026-10-12'],
      [township.id, '430502202', '2026-10-12'],
    ]);
    expect(rows.find((r) => r.chatTargetId === retired.id)).toBeUndefined();
  });

  it('lists the overdue tickets with number, village, category, handling unit and how late', async () => {
    const text = textOf(county.id);
    expect(text.split('\n')[0]).toBe('【双清区每日自查】2026-10-12（周一）');
    expect(text).toContain('今日新增 4 件，受理 1 件，办结 1 件，销号 0 件。');
    // Misconduct is in no general figure: it has its own line (below).
    expect(text).toContain('超期未办结 3 件');
    // Late by working days, as the ladder counts them (see 'overdue in working days' below).
    const late = async (x: Ticket) => workingDaysBetween((await ds().manager.findOneByOrFail(Ticket, { id: x.id })).resolutionDueAt, DAY);
    expect(text).toMatch(new RegExp(`${t.water.number} 火车站乡莲荷村 饮水安全 水利局 超期${await late(t.water)}个工作日`));
    expect(text).toMatch(new RegExp(`${t.road.number} 渡头桥镇鸡笼村 \\S+ 渡头桥镇政府 超期${await late(t.road)}个工作日`));
    // Reopened with a fresh service clock, but past its legal period: overdue all the same, listed first (oldest).
    expect(text).toMatch(new RegExp(`1\\. ${t.legal.number} 火车站乡莲荷村 饮水安全 水利局 法定期限超期\\d+个工作日`));
    // Only the new ticket of a repeat is one: the same-day pair counts once, the overdue original not at all.
    expect(text).toContain('重复信访：今日新增 2 件，超期 0 件。');
    expect(text).toMatch(/今日督办 \d+ 件次（/);
    expect(text).toMatch(/本年累计 \d+ 件（回访 1 件）：响应率 [\d.]+%，解决率 0\.0%，满意率 0\.0%/);
  });

  it('says 区委书记 and 分管区领导 in a 区', () => {
    const text = textOf(county.id);
    expect(text).toMatch(/今日督办 \d+ 件次（.*报分管区领导 \d+.*报区委书记 \d+/);
    expect(text).not.toContain('县委书记');
    expect(text).not.toContain('分管县领导');
  });

  it('has a line per handling unit: new, open, overdue, resolved today, this year’s rates', () => {
    const text = textOf(county.id);
    expect(text).toContain('分单位（今日新增/在办/超期/今日办结；本年响应率/解决率/满意率）：');
    // 水利局: new today newToday, repeat; open water, legal, newToday, repeat; overdue water, legal; resolved resolvedToday.
    expect(text).toMatch(/\n水利局：新增2 在办4 超期2 办结1；响应\d+% 解决0% 满意0%\n/);
    expect(text).toMatch(/\n渡头桥镇政府：新增2 在办3 超期1 办结0；响应0% 解决— 满意—\n/);
    // The township group sees its own units only, and the discipline commission not at all.
    const hcz = textOf(township.id);
    expect(hcz).toMatch(/\n水利局：新增2 在办4 超期2 办结1；/);
    expect(hcz).not.toContain('渡头桥镇政府：');
    for (const r of first) expect(r.text).not.toMatch(/纪委[^\n]*：新增/);
  });

  it('agrees with the stats API: the same rates per unit for this year, as of the same instant', async () => {
    const rows = await ds().manager.find(DailySummary, { where: { chatTargetId: county.id } });
    const stored = rows[0].stats.units as any[];
    const api = await rateGroups(ds().manager, SYSTEM, {
      from: yearStart(DAY),
      to: new Date(DAY.getTime() + 1),
      now: DAY,
      groupBy: 'unit',
      area: '430502',
      general: true,
    });
    for (const u of stored) {
      const g = api.groups.find((x) => x.unit?.id === u.unitId)!;
      expect([u.name, u.responseRate, u.resolutionRate, u.satisfactionRate]).toEqual([
        u.name,
        g.responseRate === null ? null : expect.closeTo(g.responseRate, 3),
        g.resolutionRate,
        g.satisfactionRate,
      ]);
    }
    const overall = rows[0].stats.rates as any;
    expect(overall.total).toBe(api.overall.total);
    expect(overall.responseRate).toBeCloseTo(api.overall.responseRate!, 3);
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
      expect(text).toContain('超期未办结 2 件');
    }
    const rows = await ds().manager.find(DailySummary, { order: { id: 'ASC' } });
    expect(rows.map((r) => [r.chatTargetId, r.stats.misconduct])).toEqual([
      [village.id, null],
      [county.id, { today: 0, overdue: 1 }],
      [township.id, null],
    ]);
  });

  it('tells the county group nothing of a report on a county bureau: not in the count, not in the bureau’s line', async () => {
    expect(t.onBureau.accusedUnitId).toBe((await ds().manager.findOneByOrFail(Unit, { name: '双清区水利局' })).id);
    const text = textOf(county.id);
    // Only the report on the village cadre (accused: the township, below the county) is counted.
    expect(text).toContain('纪检监察类：今日新增 0 件，超期 1 件');
    expect(text).not.toContain(t.onBureau.number);
    expect(text).not.toContain('打井');
    const stored = (await ds().manager.findOneByOrFail(DailySummary, { chatTargetId: county.id, date: '2026-10-12' })).stats;
    const water = (stored.units as any[]).find((u) => u.name === '水利局');
    // 水利局's own line counts only its general tickets (water, legal, newToday, repeat open; resolvedToday and the rated one this year).
    expect(water).toMatchObject({ created: 2, open: 4, overdue: 2, resolved: 1 });
    expect((stored.rates as any).total).toBe(Object.values(t).filter((x) => x.category !== 'misconduct' && (x.villageCode ?? '').startsWith('430502')).length);
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
      ['wechat_room', String(village.id), 'bot-1'],
      ['wecom', String(county.id), null],
      ['wechat_room', String(township.id), 'bot-1'],
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
  const figures = (n: number, long = true, units = 20): SummaryFigures => ({
    date: '2026-10-12',
    areaName: '双清区',
    created: 40,
    accepted: 30,
    resolved: 20,
    closed: 10,
    overdue: {
      total: n,
      items: Array.from({ length: n }, (_, i) => ({
        number: `430502-20260928-${String(i + 1).padStart(4, '0')}`,
        place: long ? '火车站乡莲荷村委会第三村民小组' : '莲荷村',
        category: long ? '扶贫政策与资金' : '饮水安全',
        unit: long ? '双清区乡村振兴局（扶贫开发办公室）' : '水利局',
        overdue: '超期12天',
      })),
    },
    escalated: { total: 9, byStep: { unit_head: 5, county_leader: 3, secretary: 1 } },
    repeat: { today: 2, overdue: 4 },
    rates: { total: 1234, rated: 800, responseRate: 0.95, resolutionRate: 0.9, satisfactionRate: 0.88 },
    titles: { secretary: '区委书记', leaderInCharge: '分管区领导' },
    units: Array.from({ length: units }, (_, i) => ({
      unitId: i + 1,
      name: long ? `双清区第${i + 1}乡村振兴服务中心（扶贫开发办公室）` : `第${i + 1}乡政府`,
      created: 3,
      open: 12,
      overdue: 4,
      resolved: 2,
      responseRate: 0.953,
      resolutionRate: 0.9,
      satisfactionRate: null,
    })),
    chatter: 7,
    misconduct: { today: 1, overdue: 0 },
  });

  it('caps the list and says how many there are in all', () => {
    const text = summaryText(figures(40, false, 0), at(2026, 10, 12, 20));
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

  it('gives way between the overdue list and the unit lines, and says how many are left out', () => {
    for (const max of [2048, 1200, 700]) {
      const text = summaryText(figures(40, true, 30), at(2026, 10, 12, 20), max);
      expect(Buffer.byteLength(text)).toBeLessThanOrEqual(max);
      expect(text.endsWith('（仅计数，不列明细）。')).toBe(true);
      if (max > 1000) expect(text).toContain('……等 40 件');
      else expect(text).toContain('超期未办结 40 件');
    }
    const roomy = summaryText(figures(3, false, 4), at(2026, 10, 12, 20));
    expect(roomy).toContain('第4乡政府：新增3 在办12 超期4 办结2；响应95% 解决90% 满意—');
    expect(roomy).not.toContain('另有');
    const crowded = summaryText(figures(40, true, 30), at(2026, 10, 12, 20));
    expect(crowded).toMatch(/……另有 \d+ 个单位/);
    expect(crowded).toContain('1. 430502-20260928-0001');
    expect(crowded).toContain('双清区第1乡村振兴服务中心');
  });

  it('counts overdue in working days, as the ladder does: National Day 2026 does not count', () => {
    // Due Mon 5 Oct 09:00 (holiday); working days since: Thu 8, Fri 9, Sat 10 (make-up day), then Mon 12 until 20:00.
    expect(overdueText(at(2026, 10, 12, 20), at(2026, 10, 5, 9))).toBe('超期3个工作日');
    expect(overdueText(at(2026, 10, 7, 20), at(2026, 10, 5, 9))).toBe('超期不足1个工作日');
    expect(overdueText(at(2026, 10, 12, 20), at(2026, 8, 31), 'legal_resolution')).toMatch(/^法定期限超期\d+个工作日$/);
    expect(overdueText(at(2026, 11, 3, 9), at(2026, 11, 2, 9), 'legal_notice')).toBe('受理告知超期1个工作日');
  });

  it('says so when nothing is overdue', () => {
    expect(summaryText(figures(0), at(2026, 10, 12, 20))).toContain('当前无超期工单。');
  });
});
