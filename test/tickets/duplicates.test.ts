import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { TicketEvent } from '../../src/entities/TicketEvent';
import { acceptTicket, createTicket, mergeTicket, resolveTicket, splitTicket, SYSTEM } from '../../src/tickets';
import { staffActor } from '../../src/tickets/staff-actor';
import { createTestDb, TestDb } from '../support/db';

/**
 * Two villagers reporting the same problem: the second ticket follows the first and its filer is
 * told so with the first ticket's number, nothing about who filed it; never across the misconduct
 * line. The same words from the same sender minutes apart are one ticket. Staff merge and split.
 */
let db: TestDb;
let seq = 0;
const T0 = new Date('2026-11-30T02:00:00Z');
const at = (min: number) => new Date(T0.getTime() + min * 60_000);
const sms = (text: string, phone: string, now: Date, extra: Record<string, unknown> = {}) =>
  createTicket(db.ds, SYSTEM, { text, channel: 'sms', externalId: `sms-${++seq}`, contact: { phone }, ...extra }, { now });
const eventsOf = (ticketId: number) => db.ds.manager.find(TicketEvent, { where: { ticketId }, order: { id: 'ASC' } });
const smsTo = (phone: string) => db.ds.manager.find(OutboxMessage, { where: { channel: 'sms', target: phone }, order: { id: 'ASC' } });

beforeAll(async () => {
  db = await createTestDb({ seed: ['430502'] });
});
afterAll(() => db.close());

describe('the same problem from two villagers', () => {
  it('links the second to the first and tells the second villager the first number, not who filed it', async () => {
    const first = await sms('火车站乡莲荷村村口那座桥塌了一半 车都过不去了 我是李大爷', '13900000001', at(0), { category: 'infrastructure' });
    const second = await sms('莲荷村村口的桥塌了一半 赶紧派人来看看', '13900000002', at(90), { category: 'infrastructure' });
    expect(second.created).toBe(true);
    expect(second.ticket.duplicateOfId).toBe(first.ticket.id);
    expect(second.duplicateOf).toEqual({ id: first.ticket.id, number: first.ticket.number });
    const told = (await smsTo('13900000002')).map((r) => String(r.payload.text));
    expect(told.join('\n')).toContain(`已有人反映，已合并跟进，工单号 ${first.ticket.number}`);
    expect(told.join('\n')).not.toMatch(/李大爷|13900000001/);
    // Both histories say so; the second villager's public history names only the number.
    expect((await eventsOf(second.ticket.id)).map((e) => e.type)).toEqual(expect.arrayContaining(['merged', 'duplicate_linked']));
    const from = (await eventsOf(first.ticket.id)).find((e) => e.type === 'merged_from');
    expect(from?.data).toMatchObject({ fromId: second.ticket.id, auto: true });
  });

  it('does not link a different problem in the same village and category', async () => {
    const lamp = await sms('火车站乡莲荷村村口的路灯坏了一个多月 晚上黑灯瞎火', '13900000003', at(120), { category: 'infrastructure' });
    expect(lamp.ticket.duplicateOfId).toBeNull();
    expect(lamp.duplicateOf).toBeNull();
  });

  it('does not link after the window, nor the same person (that is a repeat)', async () => {
    const late = await sms('莲荷村村口那个桥塌了一半 车过不去', '13900000004', new Date(T0.getTime() + 9 * 86_400_000), { category: 'infrastructure' });
    expect(late.ticket.duplicateOfId).toBeNull();
  });

  it('attacker: a misconduct report is never linked to an ordinary ticket, nor an ordinary ticket to a report', async () => {
    const ordinary = await sms('火车站乡莲荷村的低保评得不公平 有的人家里有车还吃低保', '13900000011', at(200), { category: 'welfare' });
    const report = await sms('火车站乡莲荷村的低保评得不公平 村主任把低保给了他亲戚 家里有车还吃低保', '13900000012', at(210));
    expect(report.ticket.category).toBe('misconduct');
    expect(report.ticket.duplicateOfId).toBeNull();
    expect(report.duplicateOf).toBeNull();
    const again = await sms('莲荷村低保评得不公平 有的人家里有车还吃低保 村主任他亲戚', '13900000013', at(220), { category: 'welfare' });
    // Whatever it was filed as, it never points at the report.
    expect(again.ticket.duplicateOfId).not.toBe(report.ticket.id);
    const ordinaryEvents = JSON.stringify(await eventsOf(ordinary.ticket.id));
    expect(ordinaryEvents).not.toContain(report.ticket.number);
    for (const r of await smsTo('13900000013')) expect(String(r.payload.text)).not.toContain(report.ticket.number);
    // Two reports on the same thing are not linked automatically either (no "已有人反映" to a whistleblower).
    const report2 = await sms('莲荷村村主任把低保给了他亲戚 家里有车还吃低保', '13900000014', at(230));
    expect(report2.ticket.category).toBe('misconduct');
    expect(report2.ticket.duplicateOfId).toBeNull();
  });
});

describe('answered together', () => {
  it('resolving the first ticket answers the linked one: its own history and the 回访 on its own number', async () => {
    const first = await sms('火车站乡莲荷村小学门口那段下水道堵死了 一下雨就漫到教室', '13900000051', at(700), { category: 'infrastructure' });
    const second = await sms('莲荷村小学门口下水道堵了 下雨水漫进教室', '13900000052', at(720), { category: 'infrastructure' });
    expect(second.ticket.duplicateOfId).toBe(first.ticket.id);
    const head = await db.ds.manager.findOneByOrFail(Staff, { unitId: first.ticket.handlingUnitId, position: 'unit_head' });
    const actor = (await staffActor(db.ds.manager, head))!;
    await acceptTicket(db.ds, actor, first.ticket.id, {}, { now: at(730) });
    await resolveTicket(db.ds, actor, first.ticket.id, { text: '已组织人员疏通下水道并加装排水沟' }, { now: at(900) });
    const after = await db.ds.manager.findOneByOrFail(Ticket, { id: second.ticket.id });
    expect(after.status).toBe('resolved');
    const ev = (await eventsOf(second.ticket.id)).find((e) => e.type === 'resolved');
    expect(ev).toMatchObject({ visibility: 'public', data: { text: '已组织人员疏通下水道并加装排水沟', viaNumber: first.ticket.number } });
    const told = (await smsTo('13900000052')).map((r) => String(r.payload.text)).join('\n');
    expect(told).toContain(`工单 ${second.ticket.number}`);
    expect(told).toContain('已办结');
    expect(told).not.toContain('13900000051');
  });
});

describe('the same sender, the same words, minutes apart', () => {
  it('a redelivery with a new message id is the same ticket', async () => {
    const a = await sms('火车站乡莲荷村 自来水停了两天了 啥时候来水啊', '13900000021', at(300));
    const b = await sms('火车站乡莲荷村，自来水停了两天了，啥时候来水啊？', '13900000021', at(303));
    expect(b.created).toBe(false);
    expect(b.ticket.id).toBe(a.ticket.id);
    expect(await db.ds.manager.count(Ticket, { where: { petitionerId: a.ticket.petitionerId! } })).toBe(1);
  });

  it('the same words an hour later, or other words, or from someone else, are new tickets', async () => {
    const later = await sms('火车站乡莲荷村 自来水停了两天了 啥时候来水啊', '13900000021', at(370));
    expect(later.created).toBe(true);
    const other = await sms('火车站乡莲荷村 我家门口的下水道堵了', '13900000021', at(372));
    expect(other.created).toBe(true);
  });

  it("the same words from the mini-program with another village picked are that village's ticket", async () => {
    const [v1, v2] = (await db.ds.query("SELECT code FROM jurisdiction WHERE level = 'village' ORDER BY code LIMIT 2")).map((r: { code: string }) => r.code);
    const mp = (villageCode: string, now: Date) =>
      createTicket(
        db.ds,
        SYSTEM,
        { text: '我们村路灯坏了好几天了', channel: 'miniprogram', externalId: `mp-${++seq}`, villageCode, contact: { openid: 'o-dup-1' } },
        { now },
      );
    const a = await mp(v1, at(380));
    const again = await mp(v1, at(381));
    expect(again).toMatchObject({ created: false, ticket: { id: a.ticket.id } });
    const b = await mp(v2, at(382));
    expect(b.created).toBe(true);
    expect(b.ticket.villageCode).toBe(v2);
  });
});

describe('staff merge and split', () => {
  it('a wrongly linked ticket is split: both histories record it and the villager is told', async () => {
    const first = await sms('火车站乡莲荷村后山那条路塌方了 过不去', '13900000031', at(400), { category: 'infrastructure' });
    const second = await sms('莲荷村那条路塌方了 车过不去', '13900000032', at(410), { category: 'infrastructure' });
    expect(second.ticket.duplicateOfId).toBe(first.ticket.id);
    const head = await db.ds.manager.findOneByOrFail(Staff, { unitId: first.ticket.handlingUnitId, position: 'unit_head' });
    const actor = (await staffActor(db.ds.manager, head))!;
    const split = await splitTicket(db.ds, actor, second.ticket.id, { reason: '不是同一条路，一条在后山一条在村东' }, { now: at(500) });
    expect(split.duplicateOfId).toBeNull();
    expect((await eventsOf(second.ticket.id)).some((e) => e.type === 'split' && e.visibility === 'public')).toBe(true);
    expect((await eventsOf(first.ticket.id)).some((e) => e.type === 'split_from')).toBe(true);
    expect((await smsTo('13900000032')).map((r) => String(r.payload.text)).join('\n')).toContain('已单独办理');
    await expect(splitTicket(db.ds, actor, second.ticket.id, { reason: '再拆一次' }, { now: at(501) })).rejects.toMatchObject({ status: 409 });
    // And merged back by hand: the villager hears the first number again.
    const merged = await mergeTicket(db.ds, actor, second.ticket.id, { intoId: first.ticket.id }, { now: at(502) });
    expect(merged.duplicateOfId).toBe(first.ticket.id);
    expect((await smsTo('13900000032')).filter((r) => String(r.payload.text).includes(`工单号 ${first.ticket.number}`)).length).toBeGreaterThanOrEqual(2);
  });

  it('attacker: another unit cannot split or learn of the link', async () => {
    const first = await sms('火车站乡莲荷村的垃圾堆成山了没人拉 臭得很', '13900000041', at(600), { category: 'infrastructure' });
    const second = await sms('莲荷村垃圾堆成山了 好几天没人拉 臭死了', '13900000042', at(610), { category: 'infrastructure' });
    expect(second.ticket.duplicateOfId).toBe(first.ticket.id);
    const outsider = (await db.ds.manager.find(Staff, { where: { role: 'cadre', active: true } })).find(
      (s) => s.unitId !== null && s.unitId !== first.ticket.handlingUnitId,
    )!;
    const actor = (await staffActor(db.ds.manager, outsider))!;
    await expect(splitTicket(db.ds, actor, second.ticket.id, { reason: '试试' }, { now: at(620) })).rejects.toMatchObject({ status: 404 });
  });
});
