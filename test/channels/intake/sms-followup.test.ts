import type { TestApp } from '../../support/app';
import { smsGateway } from './support';
import { readSmsAnswer } from '../../../src/channels/intake/followup';
import { Ticket } from '../../../src/entities/Ticket';
import { Staff } from '../../../src/entities/Staff';
import { OutboxMessage } from '../../../src/entities/OutboxMessage';
import { TicketEvent } from '../../../src/entities/TicketEvent';
import { acceptTicket, resolveTicket } from '../../../src/tickets';
import { staffActor } from '../../../src/channels/chat/identity';

/**
 * A villager who reported by SMS gets the 回访 questions by SMS when the ticket is resolved. Their
 * answer rates that ticket — it does not become a new ticket — and each SMS acts once.
 */
const gateway = smsGateway({ secret: 'sms-secret-followup', areas: ['430502'], idPrefix: 'FU' });
const sms = gateway.sms;
let app: TestApp;
beforeAll(() => {
  app = gateway.app();
});

/** A ticket reported by SMS from `phone`, accepted and resolved by the unit: the 回访 SMS is out. */
async function resolvedTicketOf(phone: string, text = '火车站乡莲荷村的路灯坏了一个月了'): Promise<Ticket> {
  const r = await sms(phone, text);
  expect(r.created).toBe(true);
  const t = await app.ds.manager.findOneByOrFail(Ticket, { id: r.ticket.id });
  const staff = await app.ds.manager.findOneOrFail(Staff, { where: { unitId: t.handlingUnitId, role: 'cadre' }, order: { id: 'ASC' } });
  const actor = (await staffActor(app.ds.manager, staff))!;
  await acceptTicket(app.ds, actor, t.id, {});
  const resolved = await resolveTicket(app.ds, actor, t.id, { text: '路灯已更换' });
  const ask = await app.ds.manager.findOneByOrFail(OutboxMessage, { ticketId: t.id, kind: 'followup' });
  expect(ask).toMatchObject({ channel: 'sms', target: phone });
  return resolved;
}

const ticketCount = () => app.ds.manager.count(Ticket);
const repliesTo = (phone: string) => app.ds.manager.find(OutboxMessage, { where: { target: phone, kind: 'followup_reply' }, order: { id: 'ASC' } });
const reload = (t: Ticket) => app.ds.manager.findOneByOrFail(Ticket, { id: t.id });

describe('reading an SMS answer', () => {
  it.each([
    ['1是 2已解决 3满意', { contactedInTime: true, solved: true, satisfied: true }],
    ['1.否2.未解决3.不满意', { contactedInTime: false, solved: false, satisfied: false }],
    ['是，已解决，满意', { contactedInTime: true, solved: true, satisfied: true }],
    ['是 否 否', { contactedInTime: true, solved: false, satisfied: false }],
    ['满意', { satisfied: true }],
    ['未解决，水还是没来', { solved: false }],
    ['0007 已解决 满意', { solved: true, satisfied: true }],
  ])('%s', (text, answers) => {
    expect(readSmsAnswer(text)?.answers).toEqual(answers);
  });

  it('a lone 是/否 is kept for the one open question; other texts are not answers', () => {
    expect(readSmsAnswer('是')).toEqual({ answers: {}, ref: null, comment: '', bare: true });
    expect(readSmsAnswer('否。')?.bare).toBe(false);
    expect(readSmsAnswer('村里的路灯又坏了，晚上黑漆漆的，老人出门不方便')).toBeNull();
    expect(readSmsAnswer('什么时候来修')).toBeNull();
  });
});

describe('an SMS answer to the 回访', () => {
  it('"1是 2已解决 3满意" closes the ticket, thanks the villager once, and a retry changes nothing', async () => {
    const t = await resolvedTicketOf('13700000001');
    const before = await ticketCount();
    const r = await sms('13700000001', '1是 2已解决 3满意');
    expect(r).toMatchObject({ code: 0, created: false, followUp: { outcome: 'rated' }, ticket: { id: t.id, status: 'closed' } });
    expect(await ticketCount()).toBe(before);
    expect(await reload(t)).toMatchObject({ status: 'closed', solved: true, satisfied: true, contactedInTime: true });
    // The gateway retries the same message (re-signed): same answer, no second rating or SMS.
    const again = await sms('13700000001', '1是 2已解决 3满意', r.messageId);
    expect(again).toMatchObject({ created: false, followUp: { outcome: 'rated' }, ticket: { id: t.id } });
    expect((await repliesTo('13700000001')).map((o) => o.payload.text)).toEqual([`【村声】感谢您的评价，工单 ${t.number} 已销号。`]);
    expect(await app.ds.manager.count(TicketEvent, { where: { ticketId: t.id, type: 'rated' } })).toBe(1);
  });

  it('"未解决" reopens the ticket at once, with what the villager added', async () => {
    const t = await resolvedTicketOf('13700000002');
    const r = await sms('13700000002', '未解决，晚上还是黑的');
    expect(r).toMatchObject({ created: false, followUp: { outcome: 'reopened' } });
    expect(await reload(t)).toMatchObject({ status: 'reopened', solved: false, reopenCount: 1 });
    const rated = await app.ds.manager.findOneByOrFail(TicketEvent, { ticketId: t.id, type: 'rated' });
    expect(rated.data?.comment).toBe('晚上还是黑的');
    expect((await repliesTo('13700000002')).at(-1)!.payload.text).toBe(`【村声】收到，工单 ${t.number} 已重新交办，我们会督促尽快解决。`);
  });

  it('a partial answer is kept and the rest asked by SMS, until all three are in', async () => {
    const t = await resolvedTicketOf('13700000003');
    expect((await sms('13700000003', '满意')).followUp.outcome).toBe('asked');
    expect((await repliesTo('13700000003')).at(-1)!.payload.text).toBe(
      `【村声】收到您对工单 ${t.number} 的回复。还请回复：1.是否及时联系您（是/否） 2.问题是否解决（已解决/未解决）`,
    );
    expect((await reload(t)).status).toBe('resolved');
    expect((await sms('13700000003', '已解决')).followUp.outcome).toBe('asked');
    expect((await repliesTo('13700000003')).at(-1)!.payload.text).toMatch(/还请回复：1\.是否及时联系您（是\/否）$/);
    // A lone "否" answers the one question left.
    expect((await sms('13700000003', '否')).followUp.outcome).toBe('rated');
    expect(await reload(t)).toMatchObject({ status: 'closed', solved: true, satisfied: true, contactedInTime: false });
  });

  it('three answers in a row follow the order of the questions', async () => {
    const t = await resolvedTicketOf('13700000004');
    expect((await sms('13700000004', '是，已解决，不满意')).followUp.outcome).toBe('rated');
    expect(await reload(t)).toMatchObject({ status: 'closed', contactedInTime: true, solved: true, satisfied: false });
  });

  it('with two tickets awaiting, asks which one, and the tail number picks it', async () => {
    const a = await resolvedTicketOf('13700000005', '火车站乡莲荷村的路灯坏了一个月了');
    const b = await resolvedTicketOf('13700000005', '火车站乡莲荷村村口的桥护栏断了，很危险');
    const before = await ticketCount();
    const r = await sms('13700000005', '满意');
    expect(r).toMatchObject({ created: false, ticket: null, followUp: { outcome: 'pick' } });
    const tail = (n: string) => n.slice(-4);
    expect((await repliesTo('13700000005')).at(-1)!.payload.text).toContain(`尾号 ${tail(b.number)}、${tail(a.number)}`);
    expect((await sms('13700000005', `${tail(a.number)} 1是 2已解决 3满意`)).followUp.outcome).toBe('rated');
    expect((await reload(a)).status).toBe('closed');
    expect((await reload(b)).status).toBe('resolved');
    expect(await ticketCount()).toBe(before);
  });

  it('a new complaint from someone awaiting a 回访 is still a new ticket', async () => {
    const t = await resolvedTicketOf('13700000006');
    const r = await sms('13700000006', '火车站乡莲荷村的自来水停了三天了，一滴水都没有');
    expect(r).toMatchObject({ created: true });
    expect(r.followUp).toBeUndefined();
    expect((await reload(t)).status).toBe('resolved');
  });

  it('an answer with nothing awaiting it is not a ticket; a complaint in those words is', async () => {
    const t = await resolvedTicketOf('13700000007');
    await sms('13700000007', '1是 2已解决 3满意');
    expect((await reload(t)).status).toBe('closed');
    const before = await ticketCount();
    // Said again after the 回访 is done: acknowledged for that ticket, nothing rated twice.
    const r = await sms('13700000007', '满意');
    expect(r).toMatchObject({ created: false, ticket: { id: t.id, status: 'closed' }, followUp: { outcome: 'nothing' } });
    expect((await repliesTo('13700000007')).at(-1)!.payload.text).toBe(`【村声】收到，您对工单 ${t.number} 的回访已记录。如需反映新问题，请直接发送问题内容。`);
    expect(await app.ds.manager.count(TicketEvent, { where: { ticketId: t.id, type: 'rated' } })).toBe(1);
    expect(await ticketCount()).toBe(before);
    expect((await sms('13700000007', '不满意，莲荷村的路灯又坏了')).created).toBe(true);
  });
});
