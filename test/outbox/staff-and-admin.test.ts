import { startTestApp, TestApp } from '../support/app';
import { outboxRoutes } from '../../src/http/outbox/routes';
import { createTicket } from '../../src/tickets';
import { SYSTEM } from '../../src/tickets/actor';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { ChatTarget } from '../../src/entities/ChatTarget';
import { Staff } from '../../src/entities/Staff';
import { Dispatcher } from '../../src/outbox/dispatcher';
import { loadOutboxSettings } from '../../src/outbox/config';
import { staffSender } from '../../src/outbox/senders/staff';
import { wecomSender } from '../../src/outbox/senders/wecom';
import { claimBatch } from '../../src/outbox/store';
import { startGateway, FakeGateway } from './support/gateway';

let app: TestApp;
let gw: FakeGateway;
let seq = 0;

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502', '220382'], mounts: [outboxRoutes] });
  gw = await startGateway(() => ({ status: 200, body: { errcode: 0, errmsg: 'ok' } }));
});
afterAll(async () => {
  await gw.close();
  await app.close();
});

const settings = loadOutboxSettings({ OUTBOX_TARGET_PER_MINUTE: '0', OUTBOX_TARGET_MIN_INTERVAL_MS: '0' });
// A working morning (Monday 10:00 Shanghai): quiet hours are tested in delivery.test.ts.
const WORK = new Date('2026-11-30T02:00:00Z');
const drain = () => new Dispatcher(app.ds, { senders: [staffSender(), wecomSender({ timeoutMs: 2000 })], settings, clock: () => WORK }).drain();

/** A new ticket and the 'staff' notice it queued for the person who must act on it. */
async function ticketWithNotice(text: string) {
  const { ticket } = await createTicket(
    app.ds,
    SYSTEM,
    { text, channel: 'api', externalId: `staff-${++seq}`, contact: { phone: '13811112222', name: '张三' } },
    { now: WORK },
  );
  const notice = await app.ds.manager.findOneByOrFail(OutboxMessage, { ticketId: ticket.id, channel: 'staff' });
  const staff = await app.ds.manager.findOneByOrFail(Staff, { id: Number(notice.target) });
  return { ticket, notice, staff };
}
const reload = (id: number) => app.ds.manager.findOneByOrFail(OutboxMessage, { id });
/** An active work group of 双清区: a WeCom robot (webhookUrl) or a WeChat room the bot is in (roomId, botAccount). */
const workGroup = (g: Pick<ChatTarget, 'kind' | 'topic'> & Partial<Pick<ChatTarget, 'roomId' | 'botAccount' | 'webhookUrl'>>) =>
  app.ds.manager.save(
    app.ds.manager.create(ChatTarget, {
      purpose: 'work_group',
      jurisdictionCode: '430502',
      roomId: null,
      botAccount: null,
      webhookUrl: null,
      boundByStaffId: null,
      active: true,
      createdAt: new Date(),
      ...g,
    }),
  );

describe('staff notices find a channel', () => {
  it('nobody to reach: held (not dead) until they bind', async () => {
    const { notice } = await ticketWithNotice('火车站乡莲荷村村口的路坑坑洼洼，下雨天没法走');
    await drain();
    const r = await reload(notice.id);
    expect(r.status).toBe('held');
    expect(r.attempts).toBe(0);
    expect(r.lastError).toMatch(/^no channel/);
  });

  it('a bound WeChat: handed to the bot as a 1:1 message on that account', async () => {
    const { notice, staff } = await ticketWithNotice('火车站乡莲荷村的路灯坏了一个月没人修');
    await app.ds.manager.update(Staff, { id: staff.id }, { wechatId: 'bot-7:wxid_cadre' });
    try {
      await drain();
      const r = await reload(notice.id);
      expect(r).toMatchObject({ channel: 'wechat_contact', target: 'bot-7:wxid_cadre', account: 'bot-7', status: 'pending', attempts: 0 });
      expect(r.payload.text).toContain('新工单');
      const [claimed] = await claimBatch(app.ds, {
        channels: ['wechat_contact'],
        worker: 'bot',
        botAccount: 'bot-7',
        limit: 5,
        leaseMs: 30_000,
        now: new Date(),
      });
      expect(claimed.id).toBe(notice.id);
    } finally {
      await app.ds.manager.update(Staff, { id: staff.id }, { wechatId: null });
    }
  });

  it('else the WeCom robot of a work group of their area, with a mention', async () => {
    const robot = await workGroup({ kind: 'wecom_webhook', topic: '双清区信访工作群', webhookUrl: `${gw.url}/send?key=k1` });
    try {
      const { notice, staff } = await ticketWithNotice('火车站乡莲荷村的垃圾好几天没人清运');
      await drain();
      const r = await reload(notice.id);
      expect(r).toMatchObject({ channel: 'wecom', target: String(robot.id), status: 'sent' });
      const hit = gw.hits[gw.hits.length - 1];
      expect(hit.body.text.content).toMatch(new RegExp(`^@${staff.name} 新工单`));
      if (staff.phone) expect(hit.body.text.mentioned_mobile_list).toEqual([staff.phone]);
      expect(hit.body.text.content).not.toContain('13811112222');

      // A misconduct case is confidential: the group (the accused may sit in it) sees only that the
      // member has a notice; not the complaint, not its J number (a report's existence and timing),
      // not that it is confidential.
      const before = gw.hits.length;
      const m = await ticketWithNotice('双清区火车站乡莲荷村村书记把低保给了自己亲戚');
      expect(m.ticket.category).toBe('misconduct');
      await drain();
      const groupPosts = gw.hits.slice(before).map((h) => h.body.text.content);
      expect(await reload(m.notice.id)).toMatchObject({ channel: 'wecom', status: 'sent' });
      expect(groupPosts).toEqual([`@${m.staff.name} 您有一条新的工作通知，请登录村声查看。`]);
      expect(m.ticket.number).toMatch(/J/);
    } finally {
      await app.ds.manager.update(ChatTarget, { id: robot.id }, { active: false });
    }
  });

  it('else a WeChat work group the bot is in: the same mention, and a report shows nothing of itself', async () => {
    const room = await workGroup({ kind: 'wechat_room', topic: '双清区信访干部群', roomId: '2233445566@chatroom', botAccount: 'bot-9' });
    try {
      const o = await ticketWithNotice('火车站乡莲荷村的自来水浑得很，我是张三，电话13811112222');
      await drain();
      expect(await reload(o.notice.id)).toMatchObject({ channel: 'wechat_room', target: String(room.id), account: 'bot-9', status: 'pending' });
      const plain = (await reload(o.notice.id)).payload.text;
      expect(plain).toMatch(new RegExp(`^@${o.staff.name} 新工单`));
      expect(plain).not.toMatch(/13811112222|张三/);

      const m = await ticketWithNotice('双清区火车站乡莲荷村村主任收了我两条烟才给盖章');
      expect(m.ticket.category).toBe('misconduct');
      await drain();
      const r = await reload(m.notice.id);
      expect(r).toMatchObject({ channel: 'wechat_room', target: String(room.id), account: 'bot-9', status: 'pending' });
      expect(r.payload).toMatchObject({ text: `@${m.staff.name} 您有一条新的工作通知，请登录村声查看。`, masked: true });
      expect(JSON.stringify(r.payload.text)).not.toMatch(new RegExp(`${m.ticket.number}|烟|盖章|保密`));
    } finally {
      await app.ds.manager.update(ChatTarget, { id: room.id }, { active: false });
    }
  });
});

describe('admin outbox view', () => {
  let admin: string;
  beforeAll(async () => {
    admin = await app.token('admin');
    // A notice to someone who left (staff no longer active) can never go: dead.
    const { staff } = await ticketWithNotice('火车站乡莲荷村的水渠堵了');
    const { ticket } = await ticketWithNotice('火车站乡莲荷村的路边垃圾没人管');
    await app.ds.manager.update(Staff, { id: staff.id }, { active: false });
    await app.ds.manager.insert(OutboxMessage, {
      channel: 'staff',
      target: String(staff.id),
      kind: 'ticket_assigned',
      account: null,
      payload: { text: '新工单，联系人 13811112222' },
      dedupeKey: null,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: WORK,
      lockedBy: null,
      lockedUntil: null,
      lastError: null,
      ticketId: ticket.id,
      createdAt: WORK,
      sentAt: null,
    });
    await app.ds.manager.insert(OutboxMessage, {
      channel: 'sms',
      target: '13811112222',
      kind: 'ticket_created',
      account: null,
      payload: { text: '已登记' },
      dedupeKey: null,
      status: 'dead',
      attempts: 8,
      nextAttemptAt: WORK,
      lockedBy: null,
      lockedUntil: null,
      lastError: 'gateway 500',
      ticketId: ticket.id,
      createdAt: WORK,
      sentAt: null,
    });
    await drain();
    await app.ds.manager.update(Staff, { id: staff.id }, { active: true });
  });

  it('lists dead messages with the reason; masks phone numbers', async () => {
    const res = await app.call('GET', '/api/v1/outbox?status=dead', { token: admin });
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    expect(res.body.items.every((i: any) => i.status === 'dead' && i.lastError)).toBe(true);
    expect(res.body.counts.dead).toBe(res.body.items.length);
    const sms = await app.call('GET', '/api/v1/outbox?channel=sms', { token: admin });
    for (const i of sms.body.items) expect(i.target).toMatch(/\*\*\*\*/);
  });

  it('only admins may look', async () => {
    const cadre = await app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre');
    expect((await app.call('GET', '/api/v1/outbox', { token: await app.token('cadre', { staffId: cadre.id }) })).status).toBe(403);
    expect((await app.call('GET', '/api/v1/outbox')).status).toBe(401);
  });

  it('a bad filter is a 400 naming it', async () => {
    const res = await app.call('GET', '/api/v1/outbox?status=lost', { token: admin });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('status');
  });

  it('retry puts a dead message back in the queue; a sent one is a 409; unknown 404', async () => {
    const dead = (await app.call('GET', '/api/v1/outbox?status=dead', { token: admin })).body.items[0];
    const res = await app.call('POST', `/api/v1/outbox/${dead.id}/retry`, { token: admin });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: dead.id, status: 'pending', attempts: 0, lastError: dead.lastError });
    const sent = (await app.call('GET', '/api/v1/outbox?status=sent', { token: admin })).body.items[0];
    expect((await app.call('POST', `/api/v1/outbox/${sent.id}/retry`, { token: admin })).body.error.code).toBe('already_sent');
    expect((await app.call('POST', '/api/v1/outbox/999999/retry', { token: admin })).status).toBe(404);
  });

  it('pages with a cursor', async () => {
    const p1 = await app.call('GET', '/api/v1/outbox?limit=2', { token: admin });
    expect(p1.body.items).toHaveLength(2);
    const p2 = await app.call('GET', `/api/v1/outbox?limit=2&cursor=${p1.body.nextCursor}`, { token: admin });
    expect(p2.body.items[0].id).toBeLessThan(p1.body.items[1].id);
  });
});
