import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { issueBindCode, redeemBindCode } from '../../src/channels/chat/binding';
import { loadOutboxSettings } from '../../src/outbox/config';
import { Dispatcher } from '../../src/outbox/dispatcher';
import { notifyStaff } from '../../src/outbox/enqueue';
import { staffSender } from '../../src/outbox/senders/staff';
import { createTicket, superviseTicket, SYSTEM } from '../../src/tickets';
import { staffActor } from '../../src/tickets/staff-actor';
import { createTestDb, TestDb } from '../support/db';

/**
 * Delivery of staff notices: quiet hours (08:00–20:00 on working days, emergencies excepted, and
 * never for villagers), notices held for a cadre who has not bound WeChat and sent as one digest
 * when they bind, and one notice for a repeated 督办.
 */
// Off for the rest of the suite (test/support/env.ts): this file is about them.
process.env.OUTBOX_QUIET_HOURS = '1';

let db: TestDb;
let seq = 0;
const MONDAY_10 = new Date('2026-11-30T02:00:00Z'); // Mon 10:00 Shanghai
const MONDAY_22 = new Date('2026-11-30T14:00:00Z'); // Mon 22:00
const TUESDAY_08 = new Date('2026-12-01T00:00:00Z');
const SATURDAY_15 = new Date('2026-12-05T07:00:00Z');
const MONDAY_AFTER_08 = new Date('2026-12-07T00:00:00Z');
const settings = loadOutboxSettings({ OUTBOX_TARGET_PER_MINUTE: '0', OUTBOX_TARGET_MIN_INTERVAL_MS: '0', OUTBOX_ACCOUNT_MIN_INTERVAL_MS: '0' });
const drainAt = (now: Date) => new Dispatcher(db.ds, { senders: [staffSender()], settings, clock: () => now }).drain();
const rowsFor = (ticketId: number) => db.ds.manager.find(OutboxMessage, { where: { ticketId }, order: { id: 'ASC' } });

async function file(text: string, now: Date, extra: Record<string, unknown> = {}) {
  return (
    await createTicket(
      db.ds,
      SYSTEM,
      { text, channel: 'sms', externalId: `d-${++seq}`, contact: { phone: `1390000${String(seq).padStart(4, '0')}` }, ...extra },
      { now },
    )
  ).ticket;
}

beforeAll(async () => {
  db = await createTestDb({ seed: ['430502'] });
});
afterAll(() => db.close());

describe('quiet hours', () => {
  it('a complaint filed at 22:00 reaches the cadre at 08:00 the next working morning; the villager’s SMS goes at once', async () => {
    const t = await file('火车站乡莲荷村村头的路灯坏了好几天了', MONDAY_22, { category: 'infrastructure' });
    const rows = await rowsFor(t.id);
    const staff = rows.find((r) => r.channel === 'staff')!;
    expect(staff.nextAttemptAt.toISOString()).toBe(TUESDAY_08.toISOString());
    const sms = rows.find((r) => r.channel === 'sms')!;
    expect(sms.nextAttemptAt.toISOString()).toBe(MONDAY_22.toISOString());
  });

  it('on a Saturday afternoon it waits for Monday 08:00', async () => {
    const t = await file('火车站乡莲荷村的垃圾堆了一个礼拜没人拉', SATURDAY_15, { category: 'infrastructure' });
    const staff = (await rowsFor(t.id)).find((r) => r.channel === 'staff')!;
    expect(staff.nextAttemptAt.toISOString()).toBe(MONDAY_AFTER_08.toISOString());
  });

  it('an emergency goes at once, at night and on a Saturday', async () => {
    const t = await file('火车站乡莲荷村有人掉进水塘了 快来人', MONDAY_22, { urgency: 'emergency' });
    const staff = (await rowsFor(t.id)).find((r) => r.channel === 'staff')!;
    expect(staff.nextAttemptAt.toISOString()).toBe(MONDAY_22.toISOString());
    await db.ds.transaction((m) => notifyStaff(m, Number(staff.target), 'ticket_assigned', '紧急：测试', null, SATURDAY_15, `urgent-${seq}`, { urgent: true }));
    const urgent = await db.ds.manager.findOneByOrFail(OutboxMessage, { dedupeKey: `urgent-${seq}` });
    expect(urgent.nextAttemptAt.toISOString()).toBe(SATURDAY_15.toISOString());
    // A notice of an immediate kind goes at once without a flag; an ordinary kind waits.
    await db.ds.transaction((m) => notifyStaff(m, Number(staff.target), 'emergency', '紧急：有人落水', null, SATURDAY_15, `kind-${seq}`));
    expect((await db.ds.manager.findOneByOrFail(OutboxMessage, { dedupeKey: `kind-${seq}` })).nextAttemptAt.toISOString()).toBe(SATURDAY_15.toISOString());
    await db.ds.transaction((m) => notifyStaff(m, Number(staff.target), 'supervised', '督办', null, SATURDAY_15, `plain-${seq}`));
    expect((await db.ds.manager.findOneByOrFail(OutboxMessage, { dedupeKey: `plain-${seq}` })).nextAttemptAt.toISOString()).toBe(MONDAY_AFTER_08.toISOString());
  });

  it('a staff row written straight into the outbox at night (the escalation sweep does) is deferred by the sender, not attempted', async () => {
    const t = await file('火车站乡莲荷村的自来水管子冻裂了', MONDAY_10, { category: 'infrastructure' });
    const staff = (await rowsFor(t.id)).find((r) => r.channel === 'staff')!;
    await db.ds.manager.update(OutboxMessage, { id: staff.id }, { nextAttemptAt: MONDAY_22 });
    await drainAt(MONDAY_22);
    const after = await db.ds.manager.findOneByOrFail(OutboxMessage, { id: staff.id });
    expect([after.status, after.attempts, after.nextAttemptAt.toISOString()]).toEqual(['pending', 0, TUESDAY_08.toISOString()]);
  });
});

describe('a cadre who has not bound WeChat', () => {
  it('gets what was held as one digest when binding, and nothing is dead', async () => {
    const a = await file('火车站乡莲荷村的桥面裂了一道大口子', MONDAY_10, { category: 'infrastructure' });
    const b = await file('火车站乡莲荷村的排水沟堵死了 一下雨就淹', MONDAY_10, { category: 'infrastructure' });
    const na = (await rowsFor(a.id)).find((r) => r.channel === 'staff')!;
    const nb = (await rowsFor(b.id)).find((r) => r.channel === 'staff')!;
    expect(na.target).toBe(nb.target);
    const cadreId = Number(na.target);
    await drainAt(MONDAY_10);
    for (const r of [na, nb]) expect((await db.ds.manager.findOneByOrFail(OutboxMessage, { id: r.id })).status).toBe('held');

    const { code } = await issueBindCode(db.ds, cadreId, MONDAY_10);
    const bound = await redeemBindCode(db.ds, code, 'bot-1', 'wxid_cadre_new', MONDAY_10);
    expect(bound?.id).toBe(cadreId);
    const digests = await db.ds.manager.find(OutboxMessage, { where: { target: String(cadreId), kind: 'notice_digest' } });
    expect(digests).toHaveLength(1);
    expect(digests[0].payload.text).toMatch(/^您绑定微信前有 \d+ 条工作通知未能送达/);
    expect(digests[0].payload.text).toContain(a.number);
    expect(digests[0].payload.text).toContain(b.number);
    for (const r of [na, nb]) expect((await db.ds.manager.findOneByOrFail(OutboxMessage, { id: r.id })).status).toBe('sent');
    // Delivered to the new binding by the bot.
    await drainAt(MONDAY_10);
    const out = await db.ds.manager.findOneByOrFail(OutboxMessage, { id: digests[0].id });
    expect([out.channel, out.target, out.account]).toEqual(['wechat_contact', 'bot-1:wxid_cadre_new', 'bot-1']);
    // Binding again sends nothing more.
    const before = await db.ds.manager.count(OutboxMessage, { where: { kind: 'notice_digest' } });
    const again = await issueBindCode(db.ds, cadreId, MONDAY_10);
    await redeemBindCode(db.ds, again.code, 'bot-1', 'wxid_cadre_new', MONDAY_10);
    expect(await db.ds.manager.count(OutboxMessage, { where: { kind: 'notice_digest' } })).toBe(before);
    await db.ds.manager.update(Staff, { id: cadreId }, { wechatId: null });
  });

  it('a held notice about a report never reaches the accused side in a digest', async () => {
    const report = await file('火车站乡莲荷村 村主任把低保给了自己亲戚 优亲厚友', MONDAY_10);
    expect(report.category).toBe('misconduct');
    const township = await db.ds.manager.findOneByOrFail(Staff, { unitId: report.accusedUnitId!, position: 'unit_head' });
    // A stale row, as if queued for him before the rules: the digest re-checks who may be told.
    await db.ds.manager.insert(OutboxMessage, {
      channel: 'staff',
      target: String(township.id),
      kind: 'ticket_assigned',
      account: null,
      payload: { text: `新工单 ${report.number}：村主任把低保给了自己亲戚` },
      dedupeKey: `stale-${report.id}`,
      status: 'held',
      attempts: 0,
      nextAttemptAt: MONDAY_10,
      lockedBy: null,
      lockedUntil: null,
      lastError: 'no channel',
      ticketId: report.id,
      createdAt: MONDAY_10,
      sentAt: null,
    });
    const { code } = await issueBindCode(db.ds, township.id, MONDAY_10);
    await redeemBindCode(db.ds, code, 'bot-1', 'wxid_township_head', MONDAY_10);
    const digests = await db.ds.manager.find(OutboxMessage, { where: { target: String(township.id), kind: 'notice_digest' } });
    for (const d of digests) expect(JSON.stringify(d.payload)).not.toContain(report.number);
    expect((await db.ds.manager.findOneByOrFail(OutboxMessage, { dedupeKey: `stale-${report.id}` })).status).toBe('sent');
    await db.ds.manager.update(Staff, { id: township.id }, { wechatId: null });
  });
});

describe('督办', () => {
  it('the same leader pressing 督办 with the same days twice in a day sends one notice; other days send another', async () => {
    const t = await file('火车站乡莲荷村的路修了一半就停工了', MONDAY_10, { category: 'infrastructure' });
    const leader = (await db.ds.manager.find(Staff, { where: { jurisdictionCode: '430502', position: 'county_leader' } }))[0];
    const actor = (await staffActor(db.ds.manager, leader))!;
    const count = async () => (await rowsFor(t.id)).filter((r) => r.kind === 'supervised').length;
    await superviseTicket(db.ds, actor, t.id, { days: 3, reason: '尽快修好' }, { now: MONDAY_10 });
    const once = await count();
    expect(once).toBeGreaterThan(0);
    await superviseTicket(db.ds, actor, t.id, { days: 3, reason: '尽快修好' }, { now: new Date(MONDAY_10.getTime() + 3600_000) });
    expect(await count()).toBe(once);
    await superviseTicket(db.ds, actor, t.id, { days: 5, reason: '再给两天' }, { now: new Date(MONDAY_10.getTime() + 7200_000) });
    expect(await count()).toBe(2 * once);
    const ticket = await db.ds.manager.findOneByOrFail(Ticket, { id: t.id });
    expect(ticket.supervised).toBe(true);
  });
});
