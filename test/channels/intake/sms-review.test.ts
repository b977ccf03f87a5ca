import type { TestApp } from '../../support/app';
import { smsGateway } from './support';
import { OutboxMessage } from '../../../src/entities/OutboxMessage';
import { Ticket } from '../../../src/entities/Ticket';
import { acceptTicket, resolveTicket, SYSTEM } from '../../../src/tickets';
import { readReviewRequest } from '../../../src/tickets';

/** 复查/复核 asked for by SMS, in the words villagers use; a complaint that mentions 复查 stays a complaint. */
const gateway = smsGateway({ secret: 'sms-secret-review', areas: ['430502'], idPrefix: 'SR' });
const sms = gateway.sms;
let app: TestApp;
beforeAll(() => {
  app = gateway.app();
});

async function answered(phone: string, text: string): Promise<Ticket> {
  const r = await sms(phone, text);
  expect(r.created).toBe(true);
  await acceptTicket(app.ds, SYSTEM, r.ticket.id, {});
  return resolveTicket(app.ds, SYSTEM, r.ticket.id, { text: '已派人处理' });
}

describe('reading a request for review', () => {
  it.each([
    ['申请复查 430502-20261130-0007 路还是没修好', { stage: 'review', number: '430502-20261130-0007', reason: '路还是没修好' }],
    ['我要复核', { stage: 'recheck', number: null, reason: '对答复不服' }],
    ['复查，补得不行，一下雨又全是坑', { stage: 'review', number: null, reason: '补得不行，一下雨又全是坑' }],
    ['要求复查 处理结果我不认', { stage: 'review', number: null, reason: '处理结果我不认' }],
  ])('%s', (text, expected) => expect(readReviewRequest(text)).toEqual(expected));

  it.each(['上次说来复查水质一直没人来', '莲荷村的路坏了', '复'])('not a request: %s', (text) => expect(readReviewRequest(text)).toBeNull());
});

describe('by SMS', () => {
  it('opens a 复查 of the latest answer at the county government, told by SMS; a redelivery opens nothing more', async () => {
    const t = await answered('13712340001', '双清区火车站乡莲荷村的路坑坑洼洼，下雨天走不了');
    const before = await app.ds.manager.count(Ticket);
    const r = await sms('13712340001', '申请复查，只补了门口几个坑');
    expect(r.review).toEqual({ outcome: 'requested' });
    expect(r.ticket.unit).toBe('双清区人民政府');
    const review = await app.ds.manager.findOneByOrFail(Ticket, { id: r.ticket.id });
    expect(review).toMatchObject({ stage: 'review', reviewOfId: t.id, channel: 'sms' });
    expect(review.text).toContain('只补了门口几个坑');
    const told = await app.ds.manager.findOneByOrFail(OutboxMessage, { ticketId: t.id, kind: 'review', channel: 'sms' });
    expect([told.target, String(told.payload.text)]).toEqual(['13712340001', expect.stringContaining(`复查工单号 ${review.number}`)]);

    const again = await sms('13712340001', '申请复查，只补了门口几个坑', r.messageId);
    expect(again.ticket.id).toBe(review.id);
    expect(await app.ds.manager.count(Ticket)).toBe(before + 1);
  });

  it('says why not when there is nothing to review, and never takes someone else’s number', async () => {
    const theirs = await answered('13712340002', '双清区火车站乡莲荷村的桥栏杆断了');
    const r = await sms('13712340003', `申请复查 ${theirs.number} 我也不服`);
    expect(r.review).toEqual({ outcome: 'not_found' });
    expect(await app.ds.manager.countBy(Ticket, { reviewOfId: theirs.id })).toBe(0);
    const reply = await app.ds.manager.findOneByOrFail(OutboxMessage, { target: '13712340003', kind: 'review' });
    expect(String(reply.payload.text)).toContain('30 日内');
  });

  it('a complaint mentioning 复查 later in the text is still a complaint', async () => {
    const r = await sms('13712340004', '双清区火车站乡莲荷村的水上次说来复查水质一直没人来');
    expect(r.created).toBe(true);
    expect(r.review).toBeUndefined();
  });
});
