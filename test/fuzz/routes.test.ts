/**
 * Every route, fuzzed: the routes are read from the live OpenAPI document (native API, Open311,
 * intake webhooks, mini-program, chat, leaders, summaries, outbox, console logins, 台账, dashboard), and fast-check throws
 * arbitrary path ids, query strings and bodies (JSON of any shape, the schema's own fields with
 * wrong values, non-JSON text, forms, signed and unsigned webhooks) at each, with the tokens of
 * every role and none. Never a 5xx; every 400 names the field (`error.field`), or for Open311
 * is the spec's `[{code, description}]`.
 *
 * FUZZ_RUNS (default 40) runs per route; FUZZ_SEED replays a failure.
 */
import fc from 'fast-check';
import { calendarMount } from '../../src/http/admin/calendar';
import { orgMount } from '../../src/http/admin/org';
import { chatMount } from '../../src/http/chat/routes';
import { intakeRoutes } from '../../src/http/intake/routes';
import { leadersMount } from '../../src/http/leaders/routes';
import { mpMount } from '../../src/http/mp/routes';
import { open311Mount } from '../../src/http/open311/routes';
import { outboxRoutes } from '../../src/http/outbox/routes';
import { summariesMount } from '../../src/http/summaries/routes';
import { sessionMount } from '../../src/http/session/routes';
import { ledgerMount } from '../../src/http/ledger/routes';
import { dashboardMount } from '../../src/http/dashboard/routes';
import { sign } from '../../src/auth/hmac';
import { Ticket } from '../../src/entities/Ticket';
import { startTestApp, TestApp } from '../support/app';
import { startFakeWeChat, FakeWeChat } from '../support/fake-wechat';

const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
jest.setTimeout(Math.max(300_000, RUNS * 8_000));

const HOTLINE_SECRET = 'fuzz-hotline-secret';
const SMS_SECRET = 'fuzz-sms-secret';

interface Route {
  method: string;
  /** OpenAPI path with {params}. */
  path: string;
  params: string[];
  query: string[];
  body: string[];
  roles: string[];
}

let app: TestApp;
let wx: FakeWeChat;
const routes: Route[] = [];
const tokens: Record<string, string | undefined> = {};
let ticketIds: number[] = [];
let numbers: string[] = [];

beforeAll(async () => {
  wx = await startFakeWeChat();
  Object.assign(process.env, {
    HOTLINE_SECRET,
    SMS_SECRET,
    WECHAT_API_BASE: wx.url,
    MP_APPID: wx.appid,
    MP_SECRET: wx.secret,
    RATE_LIMIT_SENDER_PER_MIN: '0',
    RATE_LIMIT_CHANNEL_PER_MIN: '0',
  });
  app = await startTestApp({
    areas: ['430502', '220382'],
    mounts: [
      open311Mount,
      intakeRoutes,
      outboxRoutes,
      mpMount,
      leadersMount,
      summariesMount,
      chatMount,
      calendarMount,
      orgMount,
      sessionMount,
      ledgerMount,
      dashboardMount,
    ],
  });
  tokens.admin = await app.token('admin');
  tokens.channel = await app.token('channel');
  tokens.bot = await app.token('bot');
  tokens.countyAdmin = await app.token('admin', { staffId: (await app.staffOf('双清区信访局', (s) => s.role === 'admin')).id });
  tokens.cadre = await app.token('cadre', { staffId: (await app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre')).id });
  tokens.unitHead = await app.token('leader', { staffId: (await app.staffOf('火车站乡人民政府', (s) => s.role === 'leader')).id });
  tokens.countyLeader = await app.token('leader', { staffId: (await app.staffOf('双清区人民政府', (s) => s.position === 'county_leader')).id });
  tokens.villager = (await app.villagerToken({ phone: '13900009999', name: '模糊测试' })).token;
  tokens.none = undefined;
  for (const [i, text] of ['莲荷村自来水停了三天', '火车站乡莲荷村的路坏了', '举报村干部优亲厚友'].entries()) {
    const res = await app.call('POST', '/api/v1/tickets', {
      token: tokens.channel,
      body: { text, villageCode: '430502202205', externalId: `fuzz-${i}`, contact: { phone: '13900009999' } },
    });
    expect(res.status).toBe(201);
  }
  const tickets = await app.ds.manager.find(Ticket);
  ticketIds = tickets.map((t) => t.id);
  numbers = tickets.map((t) => t.number);

  const doc = (await app.call('GET', '/api/v1/openapi.json')).body;
  for (const [path, ops] of Object.entries<any>(doc.paths)) {
    for (const [method, op] of Object.entries<any>(ops)) {
      routes.push({
        method: method.toUpperCase(),
        path,
        params: (op.parameters ?? []).filter((p: any) => p.in === 'path').map((p: any) => p.name),
        query: (op.parameters ?? []).filter((p: any) => p.in === 'query').map((p: any) => p.name),
        body: Object.keys(op.requestBody?.content?.['application/json']?.schema?.properties ?? {}),
        roles: op['x-roles'] ?? [],
      });
    }
  }
});

afterAll(async () => {
  for (const k of ['HOTLINE_SECRET', 'SMS_SECRET', 'WECHAT_API_BASE', 'MP_APPID', 'MP_SECRET', 'RATE_LIMIT_SENDER_PER_MIN', 'RATE_LIMIT_CHANNEL_PER_MIN'])
    delete process.env[k];
  await app?.close();
  await wx?.close();
});

// ---- arbitraries ------------------------------------------------------------------------------

const special = fc.constantFrom(
  '',
  ' ',
  '0',
  '-1',
  '1.5',
  '1e309',
  'NaN',
  'null',
  'true',
  '[]',
  '{}',
  '莲荷村',
  '430502',
  '430502202205',
  'a'.repeat(300),
  '长'.repeat(2100),
  '\u0000',
  '<x>&',
  "' OR 1=1 --",
  '../..',
  '%',
  '😀',
);
const text = fc.oneof(special, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 60 }));
const number = fc.oneof(fc.integer(), fc.constantFrom(0, -1, 1, 2, 3, 1.5, 2 ** 31, 2 ** 53, -(2 ** 53), 1e308, 4e9), fc.double({ noNaN: true }));
const junk = fc.jsonValue({ maxDepth: 2 });
const value = fc.oneof(
  { weight: 3, arbitrary: text },
  { weight: 2, arbitrary: number },
  fc.boolean(),
  fc.constant(null),
  junk,
  fc.array(fc.oneof(text, number), { maxLength: 3 }),
);

/**
 * Values that pass validation for the field of that name, so bodies get past the schema into
 * the handlers (mixed with wrong ones, field by field).
 */
function plausible(field: string): fc.Arbitrary<unknown> {
  if (/^(text|summary|transcript|description|reason|note|comment)$/.test(field))
    return fc.constantFrom('莲荷村自来水停了三天没人管', '火车站乡莲荷村村口的路塌了', '已联系群众，正在处理', '不归我们管，应由水利局办理');
  if (/villageCode|jurisdictionCode|jurisdiction/.test(field)) return fc.constantFrom('430502202205', '430502', '220382');
  if (/^(unitId|intoId|staffId|ticketId)$/.test(field)) return fc.constantFrom(1, 2, 3, 5, 10, 40);
  if (field === 'version') return fc.constantFrom(1, 2, 3);
  if (field === 'days') return fc.integer({ min: 1, max: 30 });
  if (field === 'category' || field === 'service_code') return fc.constantFrom('water', 'housing', 'misconduct', 'infrastructure', 'other');
  if (/phone|caller|sender/.test(field)) return fc.constantFrom('13900001111', '+86 139-0000-2222');
  if (/Id$|^id$|clientId|code|botAccount|worker/.test(field)) return fc.constantFrom('fuzz-client-0001', 'acct', 'w1', 'C-FUZZ-1');
  if (/^(solved|satisfied|contactedInTime|public|accept|ok)$/.test(field)) return fc.boolean();
  return fc.constant('x');
}

/** A path segment: an existing id or number, a number of any size, junk; sometimes not URL-encoded at all. */
const segment = (name: string) =>
  name === 'format'
    ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom('json', 'xml') }, { weight: 1, arbitrary: text.map(encodeURIComponent) })
    : fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...ticketIds.map(String), ...numbers, '1', '2', '3') },
        { weight: 2, arbitrary: number.map((n) => encodeURIComponent(String(n))) },
        { weight: 2, arbitrary: text.filter((s) => s.length > 0).map(encodeURIComponent) },
        { weight: 1, arbitrary: fc.constantFrom('%zz', '%E0%A4%A', '99999999999999999999', '-0', '0x10', '1%2F2') },
      );

const query = (names: string[]) =>
  fc
    .tuple(
      names.length
        ? fc.record(
            Object.fromEntries(
              names.map((n) => [
                n,
                fc.oneof(
                  value.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))),
                  fc.array(text, { minLength: 2, maxLength: 2 }),
                ),
              ]),
            ),
            { requiredKeys: [] },
          )
        : fc.constant({}),
      fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), text, { maxKeys: 2 }),
    )
    .map(([known, extra]) => {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries({ ...extra, ...known })) for (const x of Array.isArray(v) ? v : [v]) q.append(k, String(x));
      const s = q.toString();
      return s ? `?${s}` : '';
    });

type Body =
  | { kind: 'json'; value: unknown }
  | { kind: 'raw'; value: string; type: string }
  | { kind: 'form'; value: Record<string, string> }
  | { kind: 'none' };
const body = (fields: string[]): fc.Arbitrary<Body> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: (fields.length ? fc.record(Object.fromEntries(fields.map((f) => [f, value])), { requiredKeys: [] }) : fc.constant({})).map((v) => ({
        kind: 'json' as const,
        value: v,
      })),
    },
    {
      weight: 3,
      arbitrary: (fields.length
        ? fc.record(Object.fromEntries(fields.map((f) => [f, fc.oneof({ weight: 4, arbitrary: plausible(f) }, { weight: 1, arbitrary: value })])), {
            requiredKeys: [],
          })
        : fc.constant({})
      ).map((v) => ({ kind: 'json' as const, value: v })),
    },
    { weight: 2, arbitrary: junk.map((v) => ({ kind: 'json' as const, value: v })) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.oneof(text, fc.constantFrom('{"a":', '[1,2', '{"text": "\\ud800"}', 'null', '1')),
          fc.constantFrom('application/json', 'text/plain', 'application/xml', 'image/jpeg', 'multipart/form-data; boundary=x'),
        )
        .map(([value, type]) => ({ kind: 'raw' as const, value, type })),
    },
    {
      weight: 1,
      arbitrary: fc
        .dictionary(fc.oneof(fc.constantFrom(...(fields.length ? fields : ['x'])), fc.string({ maxLength: 8 })), fc.string({ maxLength: 30 }), { maxKeys: 4 })
        .map((value) => ({ kind: 'form' as const, value })),
    },
    { weight: 1, arbitrary: fc.constant({ kind: 'none' as const }) },
  );

const tokenName = () => fc.constantFrom(...Object.keys(tokens));

// ---- the property ------------------------------------------------------------------------------

async function hit(r: Route, segs: Record<string, string>, q: string, b: Body, who: string, signed: boolean) {
  const path = r.path.replace(/\{(\w+)\}/g, (_, n) => segs[n]) + q;
  const headers: Record<string, string> = {};
  let raw: string | undefined;
  if (b.kind === 'json') {
    raw = JSON.stringify(b.value) ?? 'null';
    headers['content-type'] = 'application/json';
  } else if (b.kind === 'raw') {
    raw = b.value;
    headers['content-type'] = b.type;
  } else if (b.kind === 'form') {
    raw = new URLSearchParams(b.value).toString();
    headers['content-type'] = 'application/x-www-form-urlencoded';
  }
  if (signed && raw !== undefined) {
    const ts = String(Math.floor(Date.now() / 1000));
    headers['X-Cunsheng-Timestamp'] = ts;
    headers['X-Cunsheng-Signature'] = sign(r.path.endsWith('/sms') ? SMS_SECRET : HOTLINE_SECRET, ts, raw);
  }
  if (tokens[who]) headers.authorization = `Bearer ${tokens[who]}`;
  const res = await fetch(app.url + path, { method: r.method, headers, body: r.method === 'GET' || r.method === 'DELETE' ? undefined : raw });
  const textBody = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(textBody);
  } catch {
    /* XML or text */
  }
  return { status: res.status, json, text: textBody, path };
}

function check(r: Route, res: { status: number; json: any; text: string; path: string }) {
  const where = `${r.method} ${res.path} → ${res.status} ${res.text.slice(0, 300)}`;
  if (res.status >= 500) throw new Error(`5xx: ${where}`);
  if (res.status !== 400) return;
  if (r.path.startsWith('/open311/')) {
    const xml = /<errors>\s*<error>\s*<code>400<\/code>\s*<description>[^<]+<\/description>/.test(res.text);
    const ok =
      xml ||
      (Array.isArray(res.json) &&
        res.json.length > 0 &&
        res.json.every((e: any) => e.code === 400 && typeof e.description === 'string' && e.description.length > 0));
    if (!ok) throw new Error(`Open311 400 not [{code, description}]: ${where}`);
    return;
  }
  if (typeof res.json?.error?.field !== 'string' || !res.json.error.field) throw new Error(`400 without error.field: ${where}`);
}

describe('found by fuzzing', () => {
  it('Open311: a body the parser rejects is answered as [{code, description}] in the requested format, not the native error', async () => {
    const json = await app.call('POST', '/open311/v2/requests.json', { body: '"just a string"' });
    expect(json.status).toBe(400);
    expect(json.body).toEqual([{ code: 400, description: expect.stringMatching(/^body: 请求格式错误/) }]);
    const xml = await app.call('POST', '/open311/v2/requests.xml', { body: '{"description": ' });
    expect(xml.status).toBe(400);
    expect(xml.headers.get('content-type')).toMatch(/xml/);
    expect(xml.body).toMatch(/<errors>\s*<error>\s*<code>400<\/code>/);
    // The native API keeps its own format.
    const native = await app.call('POST', '/api/v1/tickets', { token: tokens.channel, body: '"just a string"' });
    expect(native.body.error).toMatchObject({ status: 400, field: 'body' });
  });
});

describe('fuzzing every route', () => {
  it('found the routes of every feature in the OpenAPI document', () => {
    const paths = routes.map((r) => `${r.method} ${r.path}`);
    for (const p of [
      'POST /api/v1/tickets',
      'POST /api/v1/intake/hotline',
      'POST /api/v1/intake/sms',
      'POST /open311/v2/requests.{format}',
      'POST /api/v1/mp/tickets',
      'POST /api/v1/chat/messages',
      'GET /api/v1/leader/inbox',
      'GET /api/v1/summaries',
      'GET /api/v1/outbox',
      'POST /api/v1/auth/login',
      'GET /api/v1/ledger',
      'GET /api/v1/dashboard',
      'GET /api/v1/tickets/export.xlsx',
      'POST /api/v1/tickets/{id}/place',
    ]) {
      expect(paths).toContain(p);
    }
    expect(routes.length).toBeGreaterThan(50);
  });

  it(`never answers 5xx, and every 400 names the field (${RUNS} runs per route)`, async () => {
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let requests = 0;
    const started = Date.now();
    for (const r of routes) {
      const webhook = r.path.startsWith('/api/v1/intake/');
      const arb = fc.record({
        segs: fc.record(Object.fromEntries(r.params.map((p) => [p, segment(p)]))) as fc.Arbitrary<Record<string, string>>,
        q: query(r.query),
        b: body(r.body),
        who: tokenName(),
        signed: webhook ? fc.boolean() : fc.constant(false),
      });
      try {
        await fc.assert(
          fc.asyncProperty(arb, async ({ segs, q, b, who, signed }) => {
            requests++;
            const res = await hit(r, segs, q, b, who, signed);
            statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
            check(r, res);
          }),
          { numRuns: RUNS, seed: SEED, endOnFailure: true },
        );
      } catch (e: any) {
        const lines = String(e?.message ?? e).split('\n');
        failures.push(
          `${r.method} ${r.path}: ${[lines[0], lines.find((l) => l.startsWith('Counterexample')), ...lines.filter((l) => /5xx|400 |Open311 400/.test(l)).slice(0, 1)].filter(Boolean).join(' | ')}`,
        );
      }
    }
    if (process.env.FUZZ_VERBOSE)
      console.log(
        `fuzz: ${routes.length} routes, ${requests} requests in ${Date.now() - started} ms; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}`,
      );
    expect(failures).toEqual([]);
    // The fuzzing got past authentication and validation too (the test is not a sweep of 401s).
    expect([...statuses.keys()].filter((s) => s < 300).length).toBeGreaterThan(0);
    expect(statuses.get(400) ?? 0).toBeGreaterThan(requests / 10);
  });
});
