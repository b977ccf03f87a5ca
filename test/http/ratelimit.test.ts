import { startTestApp, TestApp } from '../support/app';
import { IntakeLimiter } from '../../src/http/ratelimit';
import { claimFor, phoneKey } from '../../src/tickets/admission';
import { SYSTEM } from '../../src/tickets/actor';
import { intakeRoutes } from '../../src/http/intake/routes';
import { mpMount } from '../../src/http/mp/routes';
import { chatMount } from '../../src/http/chat/routes';
import { open311Mount } from '../../src/http/open311/routes';
import { sign } from '../../src/auth/hmac';
import { freezeDate } from '../support/clock';

/**
 * Intake rate limits with the defaults (10 new tickets a minute per sender, 600 per channel or
 * bot token and per webhook) on every intake, and, in a second app, a small relay limit.
 */
const SMS_SECRET = 'sms-secret-ratelimit';
const HOTLINE_SECRET = 'hotline-secret-ratelimit';
const MOUNTS = [intakeRoutes, mpMount, chatMount, open311Mount];
let app: TestApp;
let channel: string;
let seq = 0;

const submit = (token: string, phone: string, extra: Record<string, unknown> = {}) =>
  app.call('POST', '/api/v1/tickets', {
    token,
    // Each a new complaint (the same words from one sender minutes apart would be one ticket).
    body: { text: `双清区火车站乡莲荷村自来水停了三天没人管（第${++seq}次）`, channel: 'hotline', externalId: `rl-${seq}`, contact: { phone }, ...extra },
  });

/** A vendor webhook, signed; `tsOffset` re-signs the same body at another second (a vendor retry). */
const webhook = (a: TestApp, path: 'sms' | 'hotline', body: unknown, tsOffset = 0) => {
  const raw = JSON.stringify(body);
  const ts = String(Math.floor(Date.now() / 1000) + tsOffset);
  const sig = sign(path === 'sms' ? SMS_SECRET : HOTLINE_SECRET, ts, raw);
  return a.call('POST', `/api/v1/intake/${path}`, {
    body: raw,
    headers: { 'content-type': 'application/json', 'X-Cunsheng-Timestamp': ts, 'X-Cunsheng-Signature': sig },
  });
};

beforeAll(async () => {
  process.env.SMS_SECRET = SMS_SECRET;
  process.env.HOTLINE_SECRET = HOTLINE_SECRET;
  app = await startTestApp({ areas: ['430502', '220382'], mounts: MOUNTS });
  channel = await app.token('channel');
  // Only Date stands still (no bucket refills mid-test on a slow machine); timers and I/O run.
  freezeDate();
});
afterAll(async () => {
  jest.useRealTimers();
  delete process.env.SMS_SECRET;
  delete process.env.HOTLINE_SECRET;
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
      statuses.push(
        (await app.call('POST', '/api/v1/tickets', { token, body: { text: `火车站乡莲荷村自来水停了（第${i}次）`, channel: 'api', externalId: `v-${i}` } }))
          .status,
      );
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(201));
    expect(statuses[10]).toBe(429);
  });
});

describe('signed webhooks, per sender', () => {
  const sms = (messageId: string, sender: string, text = '双辽市义顺村的危房改造补贴一直没发下来') => ({ messageId, sender, text });

  it('takes ten SMS a minute from one phone; the 11th–14th are 429 with Retry-After; a replay is still 200 with its ticket', async () => {
    const answers = [];
    for (let i = 1; i <= 14; i++)
      answers.push(await webhook(app, 'sms', sms(`flood-${i}`, '13900005678', `双辽市义顺村的危房改造补贴一直没发下来，第${i}次反映`)));
    expect(answers.slice(0, 10).map((r) => [r.status, r.body.created])).toEqual(Array(10).fill([200, true]));
    for (const r of answers.slice(10)) {
      expect(r.status).toBe(429);
      expect(r.body.error).toMatchObject({ code: 'rate_limited', message: expect.stringMatching(/提交过于频繁/) });
      expect(Number(r.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    }
    // The gateway redelivers message 3 (re-signed): the same ticket, not a 429.
    const again = await webhook(app, 'sms', sms('flood-3', '13900005678', '双辽市义顺村的危房改造补贴一直没发下来，第3次反映'), -1);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: false, ticket: { id: answers[2].body.ticket.id } });
    // A refused message may be delivered again later: its signature was forgotten, nothing was filed.
    expect(await app.ds.manager.count('Ticket', { where: { channel: 'sms', externalId: 'flood-11' } })).toBe(0);
  });

  it('counts fullwidth, +86, 0086, dotted and spaced forms of the number as the same sender', async () => {
    for (const [i, sender] of ['１３９００００５６７８', '+86 139 0000 5678', '0086-139-0000-5678', '139.0000.5678', '＋８６\u200b13900005678'].entries()) {
      const r = await webhook(app, 'sms', sms(`variant-${i}`, sender));
      expect([sender, r.status]).toEqual([sender, 429]);
    }
    // A channel token typing the number is that token's own count, not the caller's.
    expect((await submit(channel, '+86-139-0000-5678')).status).toBe(201);
    // Another number goes through.
    expect((await webhook(app, 'sms', sms('other-phone', '13900005679'))).status).toBe(200);
  });

  it('limits hotline calls per caller too', async () => {
    const statuses = [];
    for (let i = 0; i < 11; i++)
      statuses.push(
        (await webhook(app, 'hotline', { callId: `call-${i}`, caller: '+86 138-0000-4321', summary: `火车站乡莲荷村自来水停了三天没人管（第${i}通）` })).status,
      );
    expect(statuses).toEqual([...Array(10).fill(200), 429]);
  });
});

describe('every other intake, per sender', () => {
  it('the mini-program: ten reports a minute per villager, then 429; a replayed clientId is still 200', async () => {
    const { token } = await app.villagerToken({ openid: 'openid-flood' });
    const statuses = [];
    for (let i = 0; i < 11; i++) {
      statuses.push(
        (
          await app.call('POST', '/api/v1/mp/tickets', {
            token,
            body: { clientId: `mp-flood-${i}`, text: `火车站乡莲荷村自来水停了（${i}）`, villageCode: '430502202205' },
          })
        ).status,
      );
    }
    expect(statuses).toEqual([...Array(10).fill(201), 429]);
    const replay = await app.call('POST', '/api/v1/mp/tickets', {
      token,
      body: { clientId: 'mp-flood-0', text: '火车站乡莲荷村自来水停了（0）', villageCode: '430502202205' },
    });
    expect(replay.status).toBe(200);
  });

  it('chat: ten complaints a minute per WeChat contact, then the bot says to wait', async () => {
    // The chat API is the bot's (a channel token until the bot role takes it over).
    let bot = await app.token('bot');
    const say = (token: string, i: number, from = 'wxid_flood') =>
      app.call('POST', '/api/v1/chat/messages', {
        token,
        body: { botAccount: 'rl-bot', messageId: `rl-${from}-${i}`, from: { id: from }, type: 'text', text: `反映 火车站乡莲荷村自来水停了三天（${i}）` },
      });
    if ((await say(bot, 0, 'wxid_probe')).status === 403) bot = channel;
    const replies: string[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await say(bot, i);
      expect(r.status).toBe(200);
      replies.push(r.body.replies[0].text);
    }
    expect(replies.slice(0, 10).every((t) => /工单号/.test(t))).toBe(true);
    expect(replies[10]).toMatch(/^没办成：提交过于频繁/);
    expect((await say(bot, 0, 'wxid_someone_else')).body.replies[0].text).toMatch(/工单号/);
  });

  it('Open311: a typed phone counts per api_key, so one key cannot use up that phone for the others', async () => {
    const other = await app.token('channel');
    const form = (i: number, key: string) => ({
      api_key: key,
      jurisdiction_id: '430502',
      service_code: 'water',
      description: `莲荷村自来水停了三天没人管（${i}）`,
      address_string: '火车站乡莲荷村',
      phone: '13700004444',
    });
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await app.call('POST', '/open311/v2/requests.json', { form: form(i, other) })).status);
    expect(statuses).toEqual([...Array(10).fill(201), 429]);
    // Another client relaying the same caller, and the caller's own SMS, still get through.
    expect((await app.call('POST', '/open311/v2/requests.json', { form: form(11, channel) })).status).toBe(201);
    const own = await webhook(app, 'sms', { messageId: 'o311-own', sender: '13700004444', text: '双辽市义顺村的危房改造补贴一直没发下来，我自己发的短信' });
    expect([own.status, own.body.created]).toEqual([200, true]);
  });

  it("staff entering a call: per caller within one member of staff; a cadre typing a villager's number cannot shut the villager out", async () => {
    const cadre = await app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre');
    const token = await app.token('cadre', { staffId: cadre.id });
    const statuses = [];
    for (let i = 0; i < 11; i++) statuses.push((await submit(token, '13600003333', { channel: 'staff' })).status);
    expect(statuses).toEqual([...Array(10).fill(201), 429]);
    expect((await submit(token, '13600003334', { channel: 'staff' })).status).toBe(201);
    // The villager whose number was typed: their own SMS and chat are their own allowance.
    const sms = await webhook(app, 'sms', { messageId: 'staff-typed-own', sender: '13600003333', text: '双辽市义顺村的危房改造补贴一直没发下来，镇上不给办' });
    expect([sms.status, sms.body.created]).toEqual([200, true]);
    const { token: own } = await app.villagerToken({ phone: '13600003333' });
    const mine = await app.call('POST', '/api/v1/tickets', {
      token: own,
      body: { text: '火车站乡莲荷村自来水停了，我自己来报', channel: 'api', externalId: 'staff-typed-own-api' },
    });
    expect(mine.status).toBe(201);
  });
});

describe('per relay (a token or a webhook as a whole)', () => {
  let small: TestApp;
  const saved = process.env.RATE_LIMIT_CHANNEL_PER_MIN;
  beforeAll(async () => {
    process.env.RATE_LIMIT_CHANNEL_PER_MIN = '5';
    small = await startTestApp({ areas: ['430502'], mounts: MOUNTS });
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.RATE_LIMIT_CHANNEL_PER_MIN;
    else process.env.RATE_LIMIT_CHANNEL_PER_MIN = saved;
    await small.close();
  });

  it('slows one gateway that sends too much with rotating phones, not another', async () => {
    const busy = await small.token('channel');
    const quiet = await small.token('channel');
    const statuses = [];
    for (let i = 0; i < 7; i++) {
      statuses.push(
        (
          await small.call('POST', '/api/v1/tickets', {
            token: busy,
            body: { text: '火车站乡莲荷村自来水停了', channel: 'sms', externalId: `c-${i}`, contact: { phone: `1370000000${i}` } },
          })
        ).status,
      );
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
    const other = await small.call('POST', '/api/v1/tickets', {
      token: quiet,
      body: { text: '火车站乡莲荷村自来水停了', channel: 'sms', externalId: 'q-1', contact: { phone: '13700000009' } },
    });
    expect(other.status).toBe(201);
  });

  it('an Open311 key with rotating phones is limited as a whole', async () => {
    const key = await small.token('channel');
    const statuses = [];
    for (let i = 0; i < 7; i++) {
      const form = {
        api_key: key,
        jurisdiction_id: '430502',
        service_code: 'water',
        description: `莲荷村自来水停了三天没人管（${i}）`,
        address_string: '火车站乡莲荷村',
        phone: `1350000000${i}`,
      };
      statuses.push((await small.call('POST', '/open311/v2/requests.json', { form })).status);
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
  });

  it('the hotline webhook with rotating (or withheld) callers is limited as a whole; SMS has its own budget', async () => {
    const statuses = [];
    for (let i = 0; i < 7; i++) {
      const caller = i % 2 ? '' : `1340000000${i}`;
      statuses.push((await webhook(small, 'hotline', { callId: `rot-${i}`, caller, summary: `火车站乡莲荷村自来水停了三天没人管（${i}）` })).status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429, 429]);
    expect((await webhook(small, 'sms', { messageId: 'sms-own-budget', sender: '13400000099', text: '双清区火车站乡莲荷村自来水停了' })).status).toBe(200);
  });
});

describe('token buckets', () => {
  it('refill evenly: a limited sender may send again after a sixth of a minute at 6/min', () => {
    let now = 1_000_000;
    const limiter = new IntakeLimiter({ senderPerMin: 6, channelPerMin: 0 }, () => now);
    const claim = { senders: ['phone:1'], relay: null };
    for (let i = 0; i < 6; i++) limiter.take(claim);
    expect(() => limiter.take(claim)).toThrow(/提交过于频繁/);
    now += 9_000;
    expect(() => limiter.take(claim)).toThrow(/1 秒后/);
    now += 1_000;
    expect(() => limiter.take(claim)).not.toThrow();
  });

  it('takes nothing from any bucket when one of them refuses, and gives back on undo', () => {
    const now = 5_000_000;
    const limiter = new IntakeLimiter({ senderPerMin: 2, channelPerMin: 100 }, () => now);
    limiter.take({ senders: ['phone:2'], relay: 'token:1' });
    const undo = limiter.take({ senders: ['phone:2'], relay: 'token:1' });
    expect(() => limiter.take({ senders: ['phone:2', 'wechat:x'], relay: 'token:1' })).toThrow();
    // wechat:x was not charged by the refused claim: it still has its full two.
    limiter.take({ senders: ['wechat:x'], relay: 'token:1' });
    limiter.take({ senders: ['wechat:x'], relay: 'token:1' });
    undo();
    expect(() => limiter.take({ senders: ['phone:2'], relay: 'token:1' })).not.toThrow();
  });
});

describe('who counts as whom', () => {
  it('one phone, however written', () => {
    const key = phoneKey('13900001111');
    for (const v of [
      '+86 139-0000-1111',
      '008613900001111',
      '8613900001111',
      '１３９００００１１１１',
      '139.0000.1111',
      '1390 000 1111',
      '139\u200b0000\u202e1111',
    ])
      expect([v, phoneKey(v)]).toEqual([v, key]);
    expect(phoneKey('0739-5123456')).toBe('07395123456');
  });

  it('the system actor (a signed webhook) counts against the caller and the intake channel', () => {
    expect(claimFor(SYSTEM, { channel: 'sms', contact: { phone: '+86 139 0000 1111' } })).toEqual({ senders: ['phone:13900001111'], relay: 'intake:sms' });
    expect(claimFor({ kind: 'bot', name: 'b', tokenId: 7 }, { channel: 'wechat_private', contact: { wechatId: 'acct:wxid_a' } })).toEqual({
      senders: ['wechat:acct:wxid_a'],
      relay: 'token:7',
    });
  });

  it('a limiter given nothing to count against takes nothing', () => {
    const limiter = new IntakeLimiter({ senderPerMin: 1, channelPerMin: 0 }, () => 1);
    for (let i = 0; i < 5; i++) limiter.claim({ kind: 'admin', staff: null as any, unit: null, area: '430502', unitChain: [], tokenId: 1 }, { channel: 'api' });
    limiter.claim(SYSTEM, { channel: 'sms', contact: { phone: '13900001111' } });
    expect(() => limiter.claim(SYSTEM, { channel: 'hotline', contact: { phone: '+8613900001111' } })).toThrow(/提交过于频繁/);
  });
});
