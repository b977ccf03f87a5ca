/**
 * Abuse of the signed hotline/SMS webhooks, beyond the cases in test/http/intake.test.ts (wrong
 * secret, body changed, stale, replay, missing headers): any tampering with a signed request is
 * refused (fast-check), the same request fired many times at once is taken once, a replay with
 * the signature re-cased or sent to another server instance on the same database is still a
 * replay, and the skew window holds at its edges.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { DataSource } from 'typeorm';
import { loadConfig, parseDatabaseUrl } from '../../src/config';
import { createDataSource } from '../../src/db/datasource';
import { createApp } from '../../src/http/app';
import { intakeRoutes } from '../../src/http/intake/routes';
import { sign } from '../../src/auth/hmac';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Ticket } from '../../src/entities/Ticket';
import { onMysql } from '../support/db';
import { startTestApp, TestApp } from '../support/app';

const HOTLINE_SECRET = 'abuse-hotline-secret';
const SMS_SECRET = 'abuse-sms-secret';
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);

let app: TestApp;
beforeAll(async () => {
  Object.assign(process.env, { HOTLINE_SECRET, SMS_SECRET });
  app = await startTestApp({ areas: ['430502'], mounts: [intakeRoutes] });
});
afterAll(async () => {
  delete process.env.HOTLINE_SECRET;
  delete process.env.SMS_SECRET;
  await app.close();
});

const unix = (offset = 0) => Math.floor(Date.now() / 1000) + offset;
interface Signed {
  raw: string;
  ts: string;
  sig: string;
}
const signHotline = (body: unknown, ts = String(unix())): Signed => {
  const raw = JSON.stringify(body);
  return { raw, ts, sig: sign(HOTLINE_SECRET, ts, raw) };
};
const send = (url: string, path: string, s: Signed) =>
  fetch(url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-Cunsheng-Timestamp': s.ts, 'X-Cunsheng-Signature': s.sig },
    body: s.raw,
  }).then(async (r) => ({ status: r.status, body: (await r.json().catch(() => null)) as any }));
// A caller of their own per call: the same words from the same caller within minutes are one
// ticket whatever the call id (redelivery), which is not what these tests are about.
const callers = new Map<string, string>();
const callerOf = (callId: string) => callers.get(callId) ?? (callers.set(callId, `1380000${String(2000 + callers.size).slice(-4)}`), callers.get(callId)!);
const call = (callId: string) => ({ callId, caller: callerOf(callId), summary: '火车站乡莲荷村自来水停了三天没人管' });
const ticketsFor = (externalId: string) => app.ds.manager.count(Ticket, { where: { channel: 'hotline', externalId } });

let seq = 0;

it('any tampering with a signed request is refused (401; 400 if no longer JSON) and files nothing (property)', async () => {
  const tamper = fc.oneof(
    // One character of the body changed.
    fc.record({ kind: fc.constant('body' as const), at: fc.nat(), ch: fc.constantFrom('0', '9', 'a', ' ', '"', '莲') }),
    // The timestamp moved (within the skew window too), signature kept.
    fc.record({ kind: fc.constant('ts' as const), by: fc.integer({ min: -10_000, max: 10_000 }).filter((n) => n !== 0) }),
    // One hex digit of the signature changed.
    fc.record({ kind: fc.constant('sig' as const), at: fc.integer({ min: 0, max: 63 }), ch: fc.constantFrom(...'0123456789abcdef') }),
    // Signed with the other channel's secret, or with a guess.
    fc.record({ kind: fc.constant('secret' as const), secret: fc.oneof(fc.constant(SMS_SECRET), fc.string({ minLength: 1, maxLength: 20 })) }),
  );
  await fc.assert(
    fc.asyncProperty(tamper, async (t) => {
      const callId = `ABUSE-P-${++seq}`;
      const good = signHotline(call(callId));
      let bad: Signed = good;
      if (t.kind === 'body') {
        const i = t.at % good.raw.length;
        bad = { ...good, raw: good.raw.slice(0, i) + t.ch + good.raw.slice(i + 1) };
      } else if (t.kind === 'ts') bad = { ...good, ts: String(Number(good.ts) + t.by) };
      else if (t.kind === 'sig') bad = { ...good, sig: good.sig.slice(0, t.at) + t.ch + good.sig.slice(t.at + 1) };
      else bad = { ...good, sig: sign(t.secret, good.ts, good.raw) };
      fc.pre(bad.raw !== good.raw || bad.ts !== good.ts || bad.sig !== good.sig);
      fc.pre(!(t.kind === 'secret' && t.secret === HOTLINE_SECRET));
      const res = await send(app.url, '/api/v1/intake/hotline', bad);
      // A body that is no longer JSON is refused by the parser before the signature is looked at.
      let json = true;
      try {
        JSON.parse(bad.raw);
      } catch {
        json = false;
      }
      expect(res.status).toBe(json ? 401 : 400);
      expect(await ticketsFor(callId)).toBe(0);
    }),
    { numRuns: RUNS },
  );
});

it('the same signed request fired 8 times at once is taken once: one 200, seven 409 replayed, one ticket, one SMS', async () => {
  const s = signHotline(call('ABUSE-RACE-1'));
  const results = await Promise.all(Array.from({ length: 8 }, () => send(app.url, '/api/v1/intake/hotline', s)));
  expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409, 409, 409]);
  expect(results.filter((r) => r.status === 409).every((r) => r.body.error.code === 'replayed')).toBe(true);
  expect(await ticketsFor('ABUSE-RACE-1')).toBe(1);
  const ticket = await app.ds.manager.findOneByOrFail(Ticket, { channel: 'hotline', externalId: 'ABUSE-RACE-1' });
  expect(await app.ds.manager.count(OutboxMessage, { where: { ticketId: ticket.id, channel: 'sms' } })).toBe(1);
});

it('a replay with the signature in upper case is still a replay', async () => {
  const s = signHotline(call('ABUSE-CASE-1'));
  expect((await send(app.url, '/api/v1/intake/hotline', s)).status).toBe(200);
  const again = await send(app.url, '/api/v1/intake/hotline', { ...s, sig: s.sig.toUpperCase() });
  expect([again.status, again.body.error.code]).toEqual([409, 'replayed']);
});

it('a replay sent to another server instance on the same database is refused there too', async () => {
  let other: DataSource = app.ds;
  if (onMysql()) {
    other = createDataSource(parseDatabaseUrl(app.db.url));
    await other.initialize();
  }
  const server = http.createServer(createApp(other, loadConfig({ ...process.env, DATABASE_URL: undefined }), [intakeRoutes]).callback());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const s = signHotline(call('ABUSE-TWO-1'));
    expect((await send(app.url, '/api/v1/intake/hotline', s)).status).toBe(200);
    const replay = await send(url, '/api/v1/intake/hotline', s);
    expect([replay.status, replay.body.error.code]).toEqual([409, 'replayed']);
    expect(await ticketsFor('ABUSE-TWO-1')).toBe(1);
  } finally {
    await new Promise<void>((r) => server.close(() => r()));
    if (other !== app.ds) await other.destroy();
  }
});

it('the skew window holds at its edges, both ways, and only decimal seconds are timestamps', async () => {
  expect((await send(app.url, '/api/v1/intake/hotline', signHotline(call('ABUSE-EDGE-1'), String(unix(-290))))).status).toBe(200);
  expect((await send(app.url, '/api/v1/intake/hotline', signHotline(call('ABUSE-EDGE-2'), String(unix(290))))).status).toBe(200);
  for (const [id, ts] of [
    ['ABUSE-EDGE-3', String(unix(-310))],
    ['ABUSE-EDGE-4', String(unix(310))],
  ] as const) {
    const res = await send(app.url, '/api/v1/intake/hotline', signHotline(call(id), ts));
    expect([res.status, res.body.error.code]).toEqual([401, 'stale']);
  }
  for (const [id, ts] of [
    ['ABUSE-EDGE-5', `${unix()}.5`],
    ['ABUSE-EDGE-6', new Date().toISOString()],
    ['ABUSE-EDGE-7', `-${unix()}`],
    ['ABUSE-EDGE-8', `0x${unix().toString(16)}`],
  ] as const) {
    const res = await send(app.url, '/api/v1/intake/hotline', signHotline(call(id), ts));
    expect(res.status).toBe(401);
    expect(await ticketsFor(id)).toBe(0);
  }
});
