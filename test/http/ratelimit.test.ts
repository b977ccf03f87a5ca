import { startTestApp, TestApp } from '../support/app';
import { IntakeLimiter } from '../../src/http/ratelimit';

/**
 * Intake rate limits with the defaults (10 new tickets a minute per sender, 600 per channel
 * token) and, in a second app, a small channel limit.
 */
let app: TestApp;
let channel: string;
let seq = 0;

const submit = (token: string, phone: string, extra: Record<string, unknown> = {}) =>
  app.call('POST', '/api/v1/tickets', {
    token,
    body: { text: '双清区火车站乡莲荷村自来水停了三天没人管', channel: 'hotline', externalId: `rl-${++seq}`, contact: { phone }, ...extra },
  });

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502'] });
  channel = await app.token('channel');
  // Only Date stands still (no bucket refills mid-test on a slow machine); timers and I/O run.
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'clearImmediate', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'queueMicrotask', 'hrtime', 'performance'] });
});
afterAll(async () => {
  jest.useRealTimers();
  await app.close();
});

describe('per sender', () => {
  it('slows a flood from one phone number after ten tickets without blocking other callers', async () => {
    const flood = [];
    for (let i = 0; i < 14; i++) flood.push(await submit(channel, '13900000001'));
    expect(flood.slice(0, 10).map((r) => r.status)).toEqual(Array(10).fill(201));
    for (const r of flood.slice(10)) {
      expect(r.status).toBe(429);
      expect(r.body.error.code).toBe('rate_limited');
      expect(r.body.error.message).toMatch(/提交过于频繁/);
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    // The same number written differently is the same sender.
    expect((await submit(channel, '+86-139-0000-0001')).status).toBe(429);
    // Everyone else still gets through, on the same channel token.
    expect((await submit(channel, '13900000002')).status).toBe(201);
    expect((await submit(channel, '13900000003')).status).toBe(201);
  });

  it('answers replays of a known externalId with the same ticket even while the sender is limited', async () => {
    const body = { text: '双清区火车站乡莲荷村村口的路坑坑洼洼', channel: 'hotline', externalId: 'rl-replay', contact: { phone: '13900000010' } };
    const first = await app.call('POST', '/api/v1/tickets', { token: channel, body });
    expect(first.status).toBe(201);
    for (let i = 0; i < 9; i++) expect((await submit(channel, '13900000010')).status).toBe(201);
    expect((await submit(channel, '13900000010')).status).toBe(429);
    const again = await app.call('POST', '/api/v1/tickets', { token: channel, body });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(first.body.id);
  });

  it('does not count replays: twenty replays leave the sender its remaining allowance', async () => {
    const body = { text: '双清区火车站乡莲荷村路灯坏了', channel: 'hotline', externalId: 'rl-replay-2', contact: { phone: '13900000020' } };
    expect((await app.call('POST', '/api/v1/tickets', { token: channel, body })).status).toBe(201);
    for (let i = 0; i < 20; i++) expect((await app.call('POST', '/api/v1/tickets', { token: channel, body })).status).toBe(200);
    const rest = [];
    for (let i = 0; i < 9; i++) rest.push((await submit(channel, '13900000020')).status);
    expect(rest).toEqual(Array(9).fill(201));
  });

  it('does not count rejected submissions', async () => {
    for (let i = 0; i < 12; i++) {
      const r = await submit(channel, '13900000030', { villageCode: '430502999999' });
      expect(r.status).toBe(400);
      expect(r.body.error.field).toBe('villageCode');
    }
    expect((await submit(channel, '13900000030')).status).toBe(201);
  });

  it('limits a villager signed in with their own token as one sender', async () => {
    const { token } = await app.villagerToken({ phone: '13900000040' });
    const statuses = [];
    for (let i = 0; i < 11; i++) {
      statuses.push((await app.call('POST', '/api/v1/tickets', { token, body: { text: '火车站乡莲荷村自来水停了', channel: 'api', externalId: `v-${i}` } })).status);
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
    expect(statuses[10]).toBe(429);
  });
});

describe('per channel token', () => {
  let small: TestApp;
  const saved = process.env.RATE_LIMIT_CHANNEL_PER_MIN;
  beforeAll(async () => {
    process.env.RATE_LIMIT_CHANNEL_PER_MIN = '5';
    small = await startTestApp({ areas: ['430502'] });
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.RATE_LIMIT_CHANNEL_PER_MIN;
    else process.env.RATE_LIMIT_CHANNEL_PER_MIN = saved;
    await small.close();
  });

  it('slows one gateway that sends too much, not another', async () => {
    const busy = await small.token('channel');
    const quiet = await small.token('channel');
    const statuses = [];
    for (let i = 0; i < 7; i++) {
      statuses.push((await small.call('POST', '/api/v1/tickets', { token: busy, body: { text: '火车站乡莲荷村自来水停了', channel: 'sms', externalId: `c-${i}`, contact: { phone: `1370000000${i}` } } })).status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
    const other = await small.call('POST', '/api/v1/tickets', { token: quiet, body: { text: '火车站乡莲荷村自来水停了', channel: 'sms', externalId: 'q-1', contact: { phone: '13700000009' } } });
    expect(other.status).toBe(201);
  });
});

describe('token buckets', () => {
  it('refill evenly: a limited sender may send again after a sixth of a minute at 6/min', () => {
    let now = 1_000_000;
    const limiter = new IntakeLimiter({ senderPerMin: 6, channelPerMin: 0 }, () => now);
    const claim = { senders: ['phone:1'], channel: null };
    for (let i = 0; i < 6; i++) limiter.claim(claim);
    expect(() => limiter.claim(claim)).toThrow(/提交过于频繁/);
    now += 9_000;
    expect(() => limiter.claim(claim)).toThrow(/1 秒后/);
    now += 1_000;
    expect(() => limiter.claim(claim)).not.toThrow();
  });

  it('takes nothing from any bucket when one of them refuses, and gives back on undo', () => {
    const now = 5_000_000;
    const limiter = new IntakeLimiter({ senderPerMin: 2, channelPerMin: 100 }, () => now);
    limiter.claim({ senders: ['phone:2'], channel: 'token:1' });
    const undo = limiter.claim({ senders: ['phone:2'], channel: 'token:1' });
    expect(() => limiter.claim({ senders: ['phone:2', 'wechat:x'], channel: 'token:1' })).toThrow();
    // wechat:x was not charged by the refused claim: it still has its full two.
    limiter.claim({ senders: ['wechat:x'], channel: 'token:1' });
    limiter.claim({ senders: ['wechat:x'], channel: 'token:1' });
    undo();
    expect(() => limiter.claim({ senders: ['phone:2'], channel: 'token:1' })).not.toThrow();
  });
});
