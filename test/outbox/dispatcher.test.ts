import { createTestDb, TestDb } from '../support/db';
import { startGateway, FakeGateway, waitFor } from './support/gateway';
import { inTransaction } from '../../src/db/tx';
import { enqueue } from '../../src/outbox/enqueue';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { ChatTarget } from '../../src/entities/ChatTarget';
import { Dispatcher, Sender } from '../../src/outbox/dispatcher';
import { loadOutboxSettings, OutboxSettings } from '../../src/outbox/config';
import { smsSender } from '../../src/outbox/senders/sms';
import { wecomSender, WECOM_TEXT_MAX_BYTES } from '../../src/outbox/senders/wecom';
import { installCommitHook } from '../../src/outbox/nudge';
import { sign } from '../../src/auth/hmac';
import { countyWorkGroupRobot } from '../support/factories';

let db: TestDb;
let gw: FakeGateway;
let now: Date;
const T0 = new Date('2026-03-02T02:00:00Z');
const advance = (ms: number) => (now = new Date(now.getTime() + ms));

function settings(env: Record<string, string> = {}): OutboxSettings {
  return loadOutboxSettings({ OUTBOX_TARGET_PER_MINUTE: '0', OUTBOX_TARGET_MIN_INTERVAL_MS: '0', ...env });
}
function dispatcher(senders: Sender[], s = settings()) {
  return new Dispatcher(db.ds, { senders, settings: s, clock: () => now, worker: 'test-worker' });
}
const sms = () => smsSender({ url: `${gw.url}/sms`, secret: 'gw-secret', timeoutMs: 2000 });

async function put(channel: OutboxMessage['channel'], target: string, payload: Record<string, unknown>, n = 1) {
  await inTransaction(db.ds, async ({ manager }) => {
    for (let i = 0; i < n; i++)
      await enqueue(manager, { channel, target, kind: 'test', payload: n > 1 ? { ...payload, text: `${payload.text}#${i}` } : payload }, now);
  });
}
const rows = () => db.ds.manager.find(OutboxMessage, { order: { id: 'ASC' } });

beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => db.close());
beforeEach(async () => {
  now = T0;
  await db.ds.query('DELETE FROM outbox_message');
  gw = await startGateway();
});
afterEach(async () => gw.close());

describe('SMS sender', () => {
  it('posts the phone and text, signed, with an idempotency key', async () => {
    await put('sms', '13800001111', { text: '【村声】您反映的问题已登记，工单号 430502-20260302-0001' });
    expect(await dispatcher([sms()]).drain()).toBe(1);
    expect(gw.hits).toHaveLength(1);
    const h = gw.hits[0];
    expect(h.body).toMatchObject({ phone: '13800001111', text: expect.stringContaining('430502-20260302-0001') });
    expect(h.headers['x-cunsheng-signature']).toBe(sign('gw-secret', String(h.headers['x-cunsheng-timestamp']), h.raw));
    const [r] = await rows();
    expect(h.headers['idempotency-key']).toBe(`cunsheng-outbox-${r.id}`);
    expect(r).toMatchObject({ status: 'sent', attempts: 1 });
  });

  it('a gateway that fails twice: backoff, then delivered once', async () => {
    let fails = 2;
    gw.respond = () => (fails-- > 0 ? { status: 502, body: { error: 'upstream' } } : { status: 200, body: { code: 0 } });
    await put('sms', '13800001111', { text: '测试消息' });
    const d = dispatcher([sms()]);
    await d.drain();
    let [r] = await rows();
    expect(r).toMatchObject({ status: 'pending', attempts: 1, lastError: expect.stringContaining('HTTP 502') });
    // Nothing happens before the backoff is over.
    advance(20_000);
    expect(await d.drain()).toBe(0);
    advance(r.nextAttemptAt.getTime() - now.getTime());
    await d.drain();
    [r] = await rows();
    expect(r).toMatchObject({ status: 'pending', attempts: 2 });
    advance(r.nextAttemptAt.getTime() - now.getTime());
    await d.drain();
    [r] = await rows();
    expect(r).toMatchObject({ status: 'sent', attempts: 3 });
    expect(gw.hits.map((h) => h.headers['idempotency-key'])).toEqual(Array(3).fill(`cunsheng-outbox-${r.id}`));
  });

  it('dead after the maximum attempts, the reason kept', async () => {
    gw.respond = () => ({ status: 503, body: { error: 'maintenance' } });
    await put('sms', '13800001111', { text: '测试消息' });
    const d = dispatcher([sms()], settings({ OUTBOX_MAX_ATTEMPTS: '3' }));
    for (let i = 0; i < 5; i++) {
      await d.drain();
      advance(2 * 3_600_000);
    }
    const [r] = await rows();
    expect(r).toMatchObject({ status: 'dead', attempts: 3 });
    expect(r.lastError).toContain('HTTP 503');
    expect(gw.hits).toHaveLength(3);
  });

  it('a rejected number dies at once; the gateway echoing the number does not put it in lastError', async () => {
    gw.respond = (h) => ({ status: 400, body: { error: `invalid number ${h.body.phone}` } });
    await put('sms', '13800009999', { text: '测试消息' });
    await dispatcher([sms()]).drain();
    const [r] = await rows();
    expect(r.status).toBe('dead');
    expect(r.lastError).toContain('HTTP 400');
    expect(r.lastError).not.toContain('13800009999');
  });

  it('a gateway that is down: nothing lost, delivered when it is back', async () => {
    const url = gw.url;
    await gw.close();
    await put('sms', '13800001111', { text: '测试消息' });
    const d = new Dispatcher(db.ds, { senders: [smsSender({ url: `${url}/sms`, timeoutMs: 1000 })], settings: settings(), clock: () => now });
    await d.drain();
    let [r] = await rows();
    expect(r).toMatchObject({ status: 'pending', lastError: expect.stringContaining('网络错误') });
    gw = await startGateway();
    advance(3_600_000);
    await dispatcher([sms()]).drain();
    [r] = await rows();
    expect(r.status).toBe('sent');
  });
});

describe('pacing', () => {
  it('over the per-target limit, messages wait instead of being dropped', async () => {
    await put('sms', '13800001111', { text: '通知' }, 10);
    const d = dispatcher([sms()], settings({ OUTBOX_TARGET_PER_MINUTE: '3' }));
    await d.drain();
    expect(gw.hits).toHaveLength(3);
    const waiting = (await rows()).filter((r) => r.status === 'pending');
    expect(waiting).toHaveLength(7);
    expect(waiting.every((r) => r.attempts === 0 && r.nextAttemptAt.getTime() >= T0.getTime() + 60_000)).toBe(true);
    for (let i = 0; i < 4; i++) {
      advance(61_000);
      await d.drain();
    }
    const all = await rows();
    expect(all.every((r) => r.status === 'sent' && r.attempts === 1)).toBe(true);
    // In order, and never more than 3 in any minute.
    expect(gw.hits.map((h) => h.body.text)).toEqual(Array.from({ length: 10 }, (_, i) => `通知#${i}`));
  });

  it('a different target is not held up by a busy one', async () => {
    await put('sms', '13800001111', { text: 'A' }, 3);
    await put('sms', '13900002222', { text: 'B' });
    await dispatcher([sms()], settings({ OUTBOX_TARGET_PER_MINUTE: '1' })).drain();
    expect(gw.hits.map((h) => h.body.text).sort()).toEqual(['A#0', 'B']);
  });
});

describe('WeCom robot sender', () => {
  async function robot(active = true) {
    gw.respond = () => ({ status: 200, body: { errcode: 0, errmsg: 'ok' } });
    const t = await db.ds.manager.save(
      db.ds.manager.create(ChatTarget, countyWorkGroupRobot(`${gw.url}/cgi-bin/webhook/send?key=SECRET-KEY-123`, { active, createdAt: T0 })),
    );
    return String(t.id);
  }
  const wecom = () => wecomSender({ timeoutMs: 2000 });

  it('posts text cut to 2048 bytes on a character boundary', async () => {
    const target = await robot();
    await put('wecom', target, { text: '超期工单提醒：'.padEnd(3000, '水'), mentionedMobiles: ['13700000000'] });
    await dispatcher([wecom()]).drain();
    expect(gw.hits).toHaveLength(1);
    const { body, path } = gw.hits[0];
    expect(path).toContain('key=SECRET-KEY-123');
    expect(body.msgtype).toBe('text');
    expect(Buffer.byteLength(body.text.content, 'utf8')).toBeLessThanOrEqual(WECOM_TEXT_MAX_BYTES);
    expect(body.text.content).toMatch(/^超期工单提醒：水+…$/);
    expect(body.text.mentioned_mobile_list).toEqual(['13700000000']);
    expect((await rows())[0].status).toBe('sent');
  });

  it('throttled (130101): that message and the rest for the robot wait a minute, then go', async () => {
    const target = await robot();
    let throttled = true;
    gw.respond = () =>
      throttled ? { status: 200, body: { errcode: 130101, errmsg: 'send too frequently' } } : { status: 200, body: { errcode: 0, errmsg: 'ok' } };
    await put('wecom', target, { text: '汇总' }, 3);
    const d = dispatcher([wecom()]);
    await d.drain();
    expect(gw.hits).toHaveLength(1);
    const waiting = await rows();
    expect(waiting.every((r) => r.status === 'pending' && r.nextAttemptAt.getTime() >= T0.getTime() + 60_000)).toBe(true);
    expect(waiting[0].lastError).toContain('130101');
    throttled = false;
    advance(30_000);
    await d.drain();
    expect(gw.hits).toHaveLength(1);
    advance(3 * 60_000);
    await d.drain();
    expect((await rows()).every((r) => r.status === 'sent')).toBe(true);
  });

  it('a bad webhook (93000) is dead with the reason, never the key', async () => {
    const target = await robot();
    gw.respond = () => ({ status: 200, body: { errcode: 93000, errmsg: 'invalid webhook url, hint: key=SECRET-KEY-123' } });
    await put('wecom', target, { text: '汇总' });
    await dispatcher([wecom()]).drain();
    const [r] = await rows();
    expect(r.status).toBe('dead');
    expect(r.lastError).toContain('93000');
    expect(r.lastError).not.toContain('SECRET-KEY-123');
  });

  it('an unknown or disabled robot is dead without a request', async () => {
    const off = await robot(false);
    await put('wecom', off, { text: '汇总' });
    await put('wecom', '999999', { text: '汇总' });
    await dispatcher([wecom()]).drain();
    expect((await rows()).map((r) => r.status)).toEqual(['dead', 'dead']);
    expect(gw.hits).toHaveLength(0);
  });
});

describe('running dispatcher', () => {
  it('delivers right after the commit that enqueued (nudge), not at the next poll', async () => {
    installCommitHook(db.ds);
    const d = new Dispatcher(db.ds, { senders: [sms()], settings: settings({ OUTBOX_POLL_MS: '600000' }) });
    d.start();
    try {
      // The first poll happens at start; this message comes after it.
      await new Promise((r) => setTimeout(r, 200));
      now = new Date();
      await put('sms', '13800001111', { text: '即时通知' });
      await waitFor(() => gw.hits.length === 1, 'the nudged delivery', 10_000);
      await waitFor(async () => (await rows())[0].status === 'sent', 'the ack');
    } finally {
      await d.stop();
    }
  });

  it('stop hands back claimed rows that were not attempted', async () => {
    let release: () => void = () => undefined;
    gw.respond = (_h, res) => {
      release = () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"code":0}');
      };
      return 'handled';
    };
    now = new Date();
    await put('sms', '13800001111', { text: '批量' }, 5);
    const d = new Dispatcher(db.ds, { senders: [sms()], settings: settings({ OUTBOX_BATCH: '5' }) });
    d.start();
    await waitFor(() => gw.hits.length === 1, 'the first send');
    const stopped = d.stop();
    release();
    await stopped;
    const r = await rows();
    expect(r.map((x) => x.status)).toEqual(['sent', 'pending', 'pending', 'pending', 'pending']);
    expect(r.slice(1).every((x) => x.attempts === 0 && x.lockedBy === null)).toBe(true);
  });
});
