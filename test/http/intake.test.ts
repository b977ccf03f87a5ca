import http from 'node:http';
import { AddressInfo } from 'node:net';
import { startTestApp, TestApp } from '../support/app';
import { intakeRoutes } from '../../src/http/intake/routes';
import { outboxRoutes } from '../../src/http/outbox/routes';
import { createApp } from '../../src/http/app';
import { loadConfig } from '../../src/config';
import { sign } from '../../src/auth/hmac';
import { receivedAt } from '../../src/channels/intake/service';
import { Ticket } from '../../src/entities/Ticket';
import { Petitioner } from '../../src/entities/Petitioner';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Dispatcher } from '../../src/outbox/dispatcher';
import { loadOutboxSettings } from '../../src/outbox/config';
import { smsSender } from '../../src/outbox/senders/sms';
import { startGateway } from '../outbox/support/gateway';

const HOTLINE_SECRET = 'hotline-secret-for-tests';
const SMS_SECRET = 'sms-secret-for-tests';
let app: TestApp;

beforeAll(async () => {
  process.env.HOTLINE_SECRET = HOTLINE_SECRET;
  process.env.SMS_SECRET = SMS_SECRET;
  app = await startTestApp({ areas: ['430502', '220382'], mounts: [intakeRoutes, outboxRoutes] });
});
afterAll(async () => {
  delete process.env.HOTLINE_SECRET;
  delete process.env.SMS_SECRET;
  await app.close();
});

const unix = (offsetS = 0) => String(Math.floor(Date.now() / 1000) + offsetS);

/** A vendor's request: raw body signed with the secret at a timestamp; every part overridable. */
function signed(body: unknown, o: { secret?: string; ts?: string; raw?: string; sig?: string } = {}) {
  const raw = o.raw ?? JSON.stringify(body);
  const ts = o.ts ?? unix();
  const sig = o.sig ?? sign(o.secret ?? HOTLINE_SECRET, ts, raw);
  return { body: raw, headers: { 'content-type': 'application/json', 'X-Cunsheng-Timestamp': ts, 'X-Cunsheng-Signature': sig } };
}
const post = (path: string, req: { body: string; headers: Record<string, string> }) => app.call('POST', path, req);
const smsFor = (ticketId: number) => app.ds.manager.find(OutboxMessage, { where: { ticketId, channel: 'sms' } });

const call = (callId: string, extra: Record<string, unknown> = {}) => ({
  callId,
  caller: '+86 138-0000-1234',
  summary: '火车站乡莲荷村自来水停了三天没人管',
  transcript: '喂，你好，我们莲荷村这边自来水停了三天了……',
  time: new Date(Date.now() - 60_000).toISOString(),
  recordingUrl: 'https://vendor.example/rec/1.mp3',
  ...extra,
});

describe('POST /api/v1/intake/hotline', () => {
  it('a signed call record becomes a ticket, and the caller’s SMS with the number is queued', async () => {
    const res = await post('/api/v1/intake/hotline', signed(call('C-1001')));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      code: 0,
      created: true,
      ticket: { number: expect.stringMatching(/^430502-\d{8}-\d{4}$/), category: 'water', unit: '双清区水利局' },
    });
    expect(JSON.stringify(res.body)).not.toContain('1234');
    const t = await app.ds.manager.findOneByOrFail(Ticket, { id: res.body.ticket.id });
    expect(t).toMatchObject({ channel: 'hotline', externalId: 'C-1001', villageCode: '430502202205', text: '火车站乡莲荷村自来水停了三天没人管' });
    const p = await app.ds.manager.findOneByOrFail(Petitioner, { id: t.petitionerId! });
    expect(p.phone).toBe('13800001234');
    const out = await smsFor(t.id);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ target: '13800001234', status: 'pending' });
    expect(out[0].payload.text).toContain(t.number);
  });

  it('a vendor retry of the same call id, freshly signed: 200, the same ticket, no second SMS', async () => {
    const first = await post('/api/v1/intake/hotline', signed(call('C-1002')));
    const again = await post('/api/v1/intake/hotline', signed(call('C-1002'), { ts: unix(-1) }));
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ created: false, ticket: { id: first.body.ticket.id, number: first.body.ticket.number } });
    expect(await smsFor(first.body.ticket.id)).toHaveLength(1);
  });

  it('the very same signed request again is a replay: 409 replayed, nothing new', async () => {
    const req = signed(call('C-1003'));
    expect((await post('/api/v1/intake/hotline', req)).status).toBe(200);
    const before = await app.ds.manager.count(Ticket);
    const replay = await post('/api/v1/intake/hotline', req);
    expect(replay.status).toBe(409);
    expect(replay.body.error.code).toBe('replayed');
    expect(await app.ds.manager.count(Ticket)).toBe(before);
  });

  it('a stale timestamp is refused with a clear 401', async () => {
    const res = await post('/api/v1/intake/hotline', signed(call('C-1004'), { ts: unix(-600) }));
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('stale');
    expect(res.body.error.message).toMatch(/相差 \d+ 秒/);
    expect(await app.ds.manager.count(Ticket, { where: { externalId: 'C-1004' } })).toBe(0);
  });

  it('forged: the wrong secret, or a body changed after signing, is 401', async () => {
    const wrong = await post('/api/v1/intake/hotline', signed(call('C-1005'), { secret: 'guess' }));
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('bad_signature');
    const good = signed(call('C-1005'));
    const tampered = await post('/api/v1/intake/hotline', { ...good, body: good.body.replace('C-1005', 'C-1006') });
    expect(tampered.status).toBe(401);
    expect(await app.ds.manager.count(Ticket, { where: { channel: 'hotline', externalId: 'C-1005' } })).toBe(0);
  });

  it('missing or malformed signature headers are 401, even with a valid body', async () => {
    const res = await app.call('POST', '/api/v1/intake/hotline', { body: call('C-1007') });
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('signature_required');
    expect(res.body.error.message).toContain('X-Cunsheng-Signature');
    const bad = await post('/api/v1/intake/hotline', signed(call('C-1007'), { sig: 'abc' }));
    expect(bad.status).toBe(401);
  });

  it('a signed but invalid body is 400 naming the field (and may be corrected and resent)', async () => {
    const noId = await post('/api/v1/intake/hotline', signed({ ...call('x'), callId: undefined }));
    expect(noId.status).toBe(400);
    expect(noId.body.error.field).toBe('callId');
    const noText = await post('/api/v1/intake/hotline', signed({ callId: 'C-1008', caller: '13800001234', summary: '啊' }));
    expect(noText.status).toBe(400);
    expect(noText.body.error.field).toBe('summary');
    const badVillage = await post('/api/v1/intake/hotline', signed(call('C-1009', { villageCode: '4305' })));
    expect(badVillage.status).toBe(400);
    expect(badVillage.body.error.field).toBe('villageCode');
    const badTime = await post('/api/v1/intake/hotline', signed(call('C-1009', { time: 'yesterday' })));
    expect(badTime.body.error.field).toBe('time');
    const notJson = await post('/api/v1/intake/hotline', { ...signed(null, { raw: '{"callId": ' }) });
    expect(notJson.status).toBe(400);
  });

  it('an explicit village code routes it; a withheld number makes a ticket without SMS', async () => {
    const res = await post('/api/v1/intake/hotline', signed({ callId: 'C-1010', caller: '', summary: '村里的路灯坏了一个月', villageCode: '430502202205' }));
    expect(res.status).toBe(200);
    expect(res.body.ticket.unit).toBe('火车站乡人民政府');
    expect(await smsFor(res.body.ticket.id)).toHaveLength(0);
  });

  it('is in the OpenAPI document with its body schema', async () => {
    const doc = (await app.call('GET', '/api/v1/openapi.json')).body;
    const op = doc.paths['/api/v1/intake/hotline'].post;
    expect(op.requestBody.content['application/json'].schema.properties).toHaveProperty('callId');
    expect(doc.paths['/api/v1/intake/sms'].post.summary).toContain('X-Cunsheng-Signature');
  });
});

describe('POST /api/v1/intake/sms', () => {
  const sms = (messageId: string, extra: Record<string, unknown> = {}) => ({
    messageId,
    sender: '13900005678',
    text: '双辽市义顺村的危房改造补贴一直没发下来',
    time: Math.floor(Date.now() / 1000) - 30,
    ...extra,
  });
  const s = (body: unknown, o: Parameters<typeof signed>[1] = {}) => signed(body, { secret: SMS_SECRET, ...o });

  it('an inbound SMS becomes an sms ticket; the reply with the number is queued once, also on redelivery', async () => {
    const res = await post('/api/v1/intake/sms', s(sms('S-1')));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code: 0, created: true, ticket: { number: expect.stringMatching(/^220382-/) } });
    const t = await app.ds.manager.findOneByOrFail(Ticket, { id: res.body.ticket.id });
    expect(t).toMatchObject({ channel: 'sms', externalId: 'S-1', villageCode: expect.stringMatching(/^220382/) });
    const again = await post('/api/v1/intake/sms', s(sms('S-1'), { ts: unix(1) }));
    expect(again.body).toMatchObject({ created: false, ticket: { id: t.id } });
    const out = await smsFor(t.id);
    expect(out).toHaveLength(1);
    expect(out[0].target).toBe('13900005678');
    expect(out[0].payload.text).toContain(t.number);
  });

  it('is signed with SMS_SECRET: the hotline secret does not open it', async () => {
    const res = await post('/api/v1/intake/sms', signed(sms('S-2'), { secret: HOTLINE_SECRET }));
    expect(res.status).toBe(401);
  });

  it('replayed, stale and bad bodies as for the hotline', async () => {
    const req = s(sms('S-3'));
    expect((await post('/api/v1/intake/sms', req)).status).toBe(200);
    expect((await post('/api/v1/intake/sms', req)).body.error.code).toBe('replayed');
    expect((await post('/api/v1/intake/sms', s(sms('S-4'), { ts: unix(400) }))).body.error.code).toBe('stale');
    const empty = await post('/api/v1/intake/sms', s(sms('S-5', { text: '   ' })));
    expect(empty.status).toBe(400);
    expect(empty.body.error.field).toBe('text');
  });

  it('the reply reaches the SMS gateway, signed, with the ticket number', async () => {
    const res = await post('/api/v1/intake/sms', s(sms('S-6', { sender: '13900006666' })));
    const gw = await startGateway();
    try {
      const d = new Dispatcher(app.ds, { senders: [smsSender({ url: gw.url, secret: SMS_SECRET, timeoutMs: 2000 })], settings: loadOutboxSettings({}) });
      await d.drain();
      const hit = gw.hits.find((h) => h.body.phone === '13900006666');
      expect(hit?.body.text).toContain(res.body.ticket.number);
      expect(hit?.headers['x-cunsheng-signature']).toBe(sign(SMS_SECRET, String(hit?.headers['x-cunsheng-timestamp']), hit!.raw));
      expect((await smsFor(res.body.ticket.id))[0].status).toBe('sent');
    } finally {
      await gw.close();
    }
  });
});

describe("the vendor's time", () => {
  const H = 3600_000;
  // Whole seconds: MySQL keeps datetimes to the second.
  const at = (offsetMs: number) => new Date(Math.floor((Date.now() + offsetMs) / 1000) * 1000).toISOString();
  let n = 0;
  const hotline = (time: string) =>
    post('/api/v1/intake/hotline', signed({ callId: `T-${++n}`, caller: `1350000${String(1000 + n)}`, summary: '火车站乡莲荷村自来水停了三天没人管', time }));
  const smsAt = (time: number) =>
    post(
      '/api/v1/intake/sms',
      signed({ messageId: `TS-${++n}`, sender: `1350001${String(1000 + n)}`, text: '双辽市义顺村的危房改造补贴一直没发下来', time }, { secret: SMS_SECRET }),
    );

  it('a call from just under 24 hours ago starts its clocks then; just over is 400 naming time', async () => {
    const inside = at(-24 * H + 10_000);
    const ok = await hotline(inside);
    expect(ok.status).toBe(200);
    expect((await app.ds.manager.findOneByOrFail(Ticket, { id: ok.body.ticket.id })).createdAt.toISOString()).toBe(inside);
    const old = await hotline(at(-24 * H - 10_000));
    expect(old.status).toBe(400);
    expect(old.body.error).toMatchObject({ code: 'bad_request', field: 'time', message: expect.stringMatching(/24 小时/) });
    const yearOld = await hotline(at(-365 * 24 * H));
    expect([yearOld.status, yearOld.body.error.field]).toEqual([400, 'time']);
  });

  it('a redelivery of an accepted call gets its ticket back even once its time is more than a day old', async () => {
    const body = { callId: 'T-redeliver', caller: '13500009999', summary: '火车站乡莲荷村自来水停了三天没人管', time: at(-23 * H) };
    const first = await post('/api/v1/intake/hotline', signed(body));
    expect(first.status).toBe(200);
    const later = await post('/api/v1/intake/hotline', signed({ ...body, time: at(-25 * H) }));
    expect(later.status).toBe(200);
    expect(later.body.ticket.id).toBe(first.body.ticket.id);
  });

  it('up to 5 minutes ahead is clock skew (counts as now); further ahead is 400 naming time', async () => {
    const before = Date.now();
    const ok = await hotline(at(5 * 60_000 - 10_000));
    expect(ok.status).toBe(200);
    const created = (await app.ds.manager.findOneByOrFail(Ticket, { id: ok.body.ticket.id })).createdAt.getTime();
    expect(created).toBeGreaterThanOrEqual(before - 1000);
    expect(created).toBeLessThanOrEqual(Date.now());
    const ahead = await hotline(at(5 * 60_000 + 10_000));
    expect(ahead.status).toBe(400);
    expect(ahead.body.error).toMatchObject({ field: 'time', message: expect.stringMatching(/5 分钟/) });
  });

  it('SMS too, in Unix seconds; a refused message may be sent again with a good time', async () => {
    const s = Math.floor(Date.now() / 1000);
    expect((await smsAt(s - 24 * 3600 + 10)).status).toBe(200);
    const old = await smsAt(s - 24 * 3600 - 10);
    expect([old.status, old.body.error.field]).toEqual([400, 'time']);
    const ahead = await smsAt(s + 5 * 60 + 10);
    expect([ahead.status, ahead.body.error.field]).toEqual([400, 'time']);
    expect((await smsAt(s + 5 * 60 - 10)).status).toBe(200);
  });

  it('the edges to the millisecond', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    const t = (ms: number) => new Date(now.getTime() + ms);
    expect(receivedAt(t(-24 * H), now)).toEqual(t(-24 * H));
    expect(() => receivedAt(t(-24 * H - 1), now)).toThrow(expect.objectContaining({ status: 400, field: 'time' }));
    expect(receivedAt(t(5 * 60_000), now)).toEqual(now);
    expect(() => receivedAt(t(5 * 60_000 + 1), now)).toThrow(expect.objectContaining({ status: 400, field: 'time' }));
    expect(receivedAt(undefined, now)).toBe(now);
  });
});

describe('without a configured secret', () => {
  it('answers 503 not_configured and never accepts the request', async () => {
    const config = loadConfig({ ...process.env, HOTLINE_SECRET: undefined, SMS_SECRET: undefined, DATABASE_URL: undefined });
    const server = http.createServer(createApp(app.ds, config, [intakeRoutes]).callback());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      for (const path of ['/api/v1/intake/hotline', '/api/v1/intake/sms']) {
        const req = signed(call('C-NC'));
        const res = await fetch(url + path, { method: 'POST', headers: req.headers, body: req.body });
        expect(res.status).toBe(503);
        expect(((await res.json()) as any).error.code).toBe('not_configured');
      }
      expect(await app.ds.manager.count(Ticket, { where: { externalId: 'C-NC' } })).toBe(0);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
