import type { TestApp } from '../../support/app';
import { smsGateway } from './support';
import { Ticket } from '../../../src/entities/Ticket';
import { Staff } from '../../../src/entities/Staff';
import { Unit } from '../../../src/entities/Unit';
import { OutboxMessage } from '../../../src/entities/OutboxMessage';
import { TicketEvent } from '../../../src/entities/TicketEvent';
import { acceptTicket, resolveTicket } from '../../../src/tickets';
import { staffActor } from '../../../src/channels/chat/identity';
import { isBareReply } from '../../../src/channels/intake/service';

/**
 * An SMS conversation is spread over several messages, typed as villagers type them: the 回访
 * answered piecemeal ("2没解决", then "否"), dissatisfaction said with the reason, a courtesy
 * reply, the same text sent twice, a lead-in before the matter, an emergency, a place given as
 * county and town only. None of the short answers may become a ticket.
 */
const gateway = smsGateway({ secret: 'sms-secret-conversation', areas: ['430502', '220382'], idPrefix: 'SC' });
const sms = gateway.sms;
let app: TestApp;
let phones = 0;
beforeAll(() => {
  app = gateway.app();
});

async function resolvedTicketOf(phone: string, text: string): Promise<Ticket> {
  const r = await sms(phone, text);
  expect(r.created).toBe(true);
  const t = await app.ds.manager.findOneByOrFail(Ticket, { id: r.ticket.id });
  const staff = await app.ds.manager.findOneOrFail(Staff, { where: { unitId: t.handlingUnitId, role: 'cadre' }, order: { id: 'ASC' } });
  const actor = (await staffActor(app.ds.manager, staff))!;
  await acceptTicket(app.ds, actor, t.id, {});
  return resolveTicket(app.ds, actor, t.id, { text: '已修复' });
}

const ticketCount = () => app.ds.manager.count(Ticket);
const reload = (t: Ticket) => app.ds.manager.findOneByOrFail(Ticket, { id: t.id });
const lastReplyTo = async (phone: string) =>
  (await app.ds.manager.find(OutboxMessage, { where: { target: phone, kind: 'followup_reply' }, order: { id: 'DESC' }, take: 1 }))[0]?.payload.text;

describe('the 回访 over several SMS', () => {
  it('"2没解决" reopens; a later "否" belongs to that 回访 and is no ticket "否"', async () => {
    const t = await resolvedTicketOf('13900000001', '火车站乡莲荷村村口的桥栏杆断了两根');
    expect((await sms('13900000001', '2没解决')).followUp.outcome).toBe('reopened');
    expect(await reload(t)).toMatchObject({ status: 'reopened', solved: false });
    const before = await ticketCount();
    const r = await sms('13900000001', '否');
    expect(r).toMatchObject({ created: false, followUp: { outcome: 'nothing' } });
    expect(await ticketCount()).toBe(before);
    expect(await lastReplyTo('13900000001')).toBe(`【村声】收到，您对工单 ${t.number} 的回访已记录。如需反映新问题，请直接发送问题内容。`);
    expect((await reload(t)).status).toBe('reopened');
    // The rest of the same 回访 in its own words: acknowledged for that ticket, nothing new.
    expect((await sms('13900000001', '3不满意')).followUp.outcome).toBe('nothing');
    expect(await lastReplyTo('13900000001')).toBe(`【村声】收到，您对工单 ${t.number} 的回访已记录。如需反映新问题，请直接发送问题内容。`);
    expect(await ticketCount()).toBe(before);
  });

  it('"不满意 桥还是没修" records dissatisfaction and sends the ticket back, with the reason', async () => {
    const t = await resolvedTicketOf('13900000002', '火车站乡莲荷村村口的桥面裂了好长一道缝');
    const r = await sms('13900000002', '不满意 桥还是没修');
    expect(r.followUp.outcome).toBe('reopened');
    expect(await reload(t)).toMatchObject({ status: 'reopened', solved: false, satisfied: false, reopenCount: 1 });
    const rated = await app.ds.manager.findOneByOrFail(TicketEvent, { ticketId: t.id, type: 'rated' });
    expect(rated.data?.comment).toBe('桥还是没修');
  });

  it('"不满意" alone keeps the answer and asks the rest; a lone "否" then answers the one question left', async () => {
    const t = await resolvedTicketOf('13900000003', '火车站乡莲荷村的路灯坏了半个月');
    expect((await sms('13900000003', '不满意')).followUp.outcome).toBe('asked');
    expect((await sms('13900000003', '已解决')).followUp.outcome).toBe('asked');
    expect((await sms('13900000003', '否')).followUp.outcome).toBe('rated');
    expect(await reload(t)).toMatchObject({ status: 'closed', solved: true, satisfied: false, contactedInTime: false });
  });

  it.each(['是', '否', '好', '嗯', '收到', '谢谢', '好的。', '嗯嗯', '谢谢你们！'])(
    'a bare "%s" with nothing open is never a ticket, and gets a short answer',
    async (text) => {
      const phone = `1390000${String(100 + ++phones).slice(-3)}1`.slice(0, 11);
      const before = await ticketCount();
      const r = await sms(phone, text);
      expect(r).toMatchObject({ created: false, ticket: null, followUp: { outcome: 'nothing' } });
      expect(await ticketCount()).toBe(before);
      expect(await lastReplyTo(phone)).toBe('【村声】收到。如需反映新问题，请直接发送问题内容（什么事、在哪个村）。');
      // Redelivered by the gateway: the same answer, no second SMS.
      await sms(phone, text, r.messageId);
      expect(await app.ds.manager.count(OutboxMessage, { where: { target: phone } })).toBe(1);
    },
  );

  it('a bare reply is recognised whatever the punctuation; a short complaint is not one', () => {
    for (const t of ['是', '否。', '好的！', '嗯嗯', ' 收到 ', '谢谢', 'OK', '满意']) expect(isBareReply(t)).toBe(true);
    for (const t of ['路灯坏了', '是谁把路挖了', '好几天没水了', '否则我就上访']) expect(isBareReply(t)).toBe(false);
  });
});

describe('new complaints by SMS', () => {
  it('the same text from the same phone minutes later, under a new message id, is one ticket', async () => {
    const a = await sms('13900000011', '火车站乡莲荷村的自来水停了两天了，一滴水都没有');
    const b = await sms('13900000011', '火车站乡莲荷村的自来水停了两天了 一滴水都没有！');
    expect(a.created).toBe(true);
    expect(b).toMatchObject({ created: false, ticket: { id: a.ticket.id } });
    // Another phone with the same words is another villager's complaint.
    expect((await sms('13900000012', '火车站乡莲荷村的自来水停了两天了，一滴水都没有')).created).toBe(true);
  });

  it('the ticket text starts with the matter, not "反映一下" or "我要反映个问题"', async () => {
    const a = await sms('13900000013', '反映一下 火车站乡莲荷村的垃圾堆了半个月没人拉');
    const b = await sms('13900000014', '你好，我要反映个问题：火车站乡杨柳村的水渠堵了，田里灌不上水');
    expect((await app.ds.manager.findOneByOrFail(Ticket, { id: a.ticket.id })).text).toBe('火车站乡莲荷村的垃圾堆了半个月没人拉');
    expect((await app.ds.manager.findOneByOrFail(Ticket, { id: b.ticket.id })).text).toBe('火车站乡杨柳村的水渠堵了，田里灌不上水');
  });

  it('an emergency by SMS is answered with whom to call', async () => {
    const r = await sms('13900000015', '火车站乡莲荷村 我家隔壁着火了 快来人');
    expect(r.created).toBe(true);
    const rows = await app.ds.manager.find(OutboxMessage, { where: { target: '13900000015', channel: 'sms' }, order: { id: 'ASC' } });
    expect(rows.map((o) => o.payload.text)).toContain('【村声】如有人身危险，请立即拨打火警119。');
  });

  it('"我是双辽市茂林镇的 我们屯里那个桥…" goes to 茂林镇, never the root office', async () => {
    const r = await sms('13900000016', '我是双辽市茂林镇的 我们屯里那个桥塌了一半 车过不去 学生上学得绕好远');
    expect(r.created).toBe(true);
    const t = await app.ds.manager.findOneByOrFail(Ticket, { id: r.ticket.id });
    expect(t.countyCode).toBe('220382');
    const unit = await app.ds.manager.findOneByOrFail(Unit, { id: t.handlingUnitId });
    // A bridge (道路水电设施) is the township's (属地); the village is left for the township to find.
    expect(unit.name).toBe('茂林镇人民政府');
    expect(t.villageCode).toBeNull();
    expect(unit.jurisdictionCode).not.toBe('000000');
  });
});
