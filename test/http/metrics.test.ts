import http from 'node:http';
import { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config';
import { createApp } from '../../src/http/app';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { open311Mount } from '../../src/http/open311/routes';
import { startTestApp, TestApp } from '../support/app';
import { captureLogs } from '../support/log-capture';

let app: TestApp;
let channel: string;
let admin: string;

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502'] });
  channel = await app.token('channel');
  admin = await app.token('admin');
});
afterAll(() => app.close());

/** The value of one sample line `name{labels} value`, or undefined when absent. */
function sample(text: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of text.split('\n')) {
    if (!line.startsWith(name + '{') && line !== name && !line.startsWith(name + ' ')) continue;
    const m = /^([^{ ]+)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((x) => [x[1], x[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(m[3]);
  }
  return undefined;
}

async function scrape(headers: Record<string, string> = {}) {
  const res = await fetch(`${app.url}/metrics`, { headers });
  return { status: res.status, type: res.headers.get('content-type'), text: await res.text() };
}

test('counts requests by route pattern (never the raw URL), tickets by channel, and outbox messages by channel and status', async () => {
  const created = await app.call('POST', '/api/v1/tickets', {
    token: channel,
    body: {
      text: '双清区火车站乡莲荷村自来水停了三天了，一家老小没水喝',
      channel: 'hotline',
      externalId: 'metrics-1',
      contact: { phone: '13912345678', name: '刘婶' },
    },
  });
  expect(created.status).toBe(201);
  const id = created.body.id;
  for (let i = 0; i < 3; i++) expect((await app.call('GET', `/api/v1/tickets/${id}`, { token: admin })).status).toBe(200);
  expect((await app.call('GET', '/api/v1/tickets/999999', { token: admin })).status).toBe(404);
  await app.call('GET', '/no/such/thing/13912345678');

  // A dead SMS and a pending WeChat message: an operator's alert must see both.
  const base = {
    target: 'x',
    kind: 'test',
    account: null,
    payload: {},
    dedupeKey: null,
    attempts: 0,
    nextAttemptAt: new Date(),
    lockedBy: null,
    lockedUntil: null,
    lastError: null,
    ticketId: null,
    createdAt: new Date(),
  };
  await app.ds.manager.insert(OutboxMessage, [
    { ...base, channel: 'sms', status: 'dead', dedupeKey: 'metrics-dead' },
    { ...base, channel: 'wechat_room', status: 'pending', dedupeKey: 'metrics-pending' },
  ] as any);

  const m = await scrape();
  expect(m.status).toBe(200);
  expect(m.type).toMatch(/^text\/plain; version=0\.0\.4/);
  expect(m.text).toMatch(/^cunsheng_db_up 1$/m);
  expect(sample(m.text, 'cunsheng_http_requests_total', { method: 'GET', route: '/api/v1/tickets/:id', status: '200' })).toBe(3);
  expect(sample(m.text, 'cunsheng_http_requests_total', { method: 'GET', route: '/api/v1/tickets/:id', status: '404' })).toBe(1);
  expect(sample(m.text, 'cunsheng_http_requests_total', { method: 'POST', route: '/api/v1/tickets', status: '201' })).toBe(1);
  expect(sample(m.text, 'cunsheng_http_request_duration_seconds_count', { method: 'GET', route: '/api/v1/tickets/:id' })).toBe(4);
  expect(sample(m.text, 'cunsheng_http_request_duration_seconds_bucket', { method: 'GET', route: '/api/v1/tickets/:id', le: '+Inf' })).toBe(4);
  // Unknown paths share one series; ids and phone numbers never become labels.
  expect(sample(m.text, 'cunsheng_http_requests_total', { route: 'unmatched', status: '404' })).toBeGreaterThanOrEqual(1);
  expect(m.text).not.toContain(`/api/v1/tickets/${id}"`);
  expect(m.text).not.toContain('/999999');
  expect(m.text).not.toContain('13912345678');
  expect(m.text).not.toContain('刘婶');

  const [{ n }] = await app.ds.query("SELECT COUNT(*) AS n FROM ticket WHERE channel = 'hotline'");
  expect(sample(m.text, 'cunsheng_tickets_created_total', { channel: 'hotline' })).toBe(Number(n));
  expect(sample(m.text, 'cunsheng_outbox_messages', { channel: 'sms', status: 'dead' })).toBeGreaterThanOrEqual(1);
  expect(sample(m.text, 'cunsheng_outbox_messages', { channel: 'wechat_room', status: 'pending' })).toBeGreaterThanOrEqual(1);
  // Every channel has its dead series, zero included, so "dead > 0" alerts have something to watch.
  expect(sample(m.text, 'cunsheng_outbox_messages', { channel: 'wecom', status: 'dead' })).toBe(0);
  expect(sample(m.text, 'cunsheng_db_pool_connections', { state: 'max' })).toBe(app.db.url.startsWith('mysql') ? 10 : 1);
  if (app.db.url.startsWith('mysql')) expect(sample(m.text, 'cunsheng_db_pool_connections', { state: 'in_use' })).toBeGreaterThanOrEqual(0);
  // Every line is a comment or a well-formed sample.
  for (const line of m.text.trim().split('\n'))
    expect(line).toMatch(/^(# (HELP|TYPE) \w+ .+|\w+(\{(\w+="(?:[^"\\]|\\.)*",?)*\})? -?(\d+(\.\d+)?(e[-+]?\d+)?|\+Inf|NaN))$/);
});

test('without METRICS_TOKEN only a direct local connection may read /metrics: a proxied request is refused', async () => {
  expect((await scrape({ 'x-forwarded-for': '203.0.113.7' })).status).toBe(403);
  expect((await scrape({ forwarded: 'for=203.0.113.7' })).status).toBe(403);
  expect((await scrape({ 'x-real-ip': '203.0.113.7' })).status).toBe(403);
});

test('with METRICS_TOKEN the token is required, from anywhere; a staff token is not enough', async () => {
  const token = 'prometheus-scrape-secret-1234';
  const config = loadConfig({ ...process.env, METRICS_TOKEN: token, DATABASE_URL: undefined });
  const server = http.createServer(createApp(app.ds, config).callback());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
  try {
    expect((await fetch(url)).status).toBe(403);
    expect((await fetch(url, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(403);
    expect((await fetch(url, { headers: { authorization: `Bearer ${token}x` } })).status).toBe(403);
    expect((await fetch(url, { headers: { authorization: `Basic ${token}` } })).status).toBe(403);
    const ok = await fetch(url, { headers: { authorization: `Bearer ${token}`, 'x-forwarded-for': '203.0.113.7' } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('cunsheng_http_requests_total');
  } finally {
    await new Promise((r) => server.close(r));
  }
});

test('a short METRICS_TOKEN is refused at start, naming the variable', () => {
  expect(() => loadConfig({ METRICS_TOKEN: 'abc' })).toThrow(/METRICS_TOKEN: expected at least 16 characters/);
});

test('writes one JSON access log line per request: route pattern, status, duration, request id, actor kind, and no personal data', async () => {
  const logs = captureLogs('info');
  let created: any;
  let lookup: any;
  try {
    created = await app.call('POST', '/api/v1/tickets?phone=13700001111&name=%E7%8E%8B%E5%A4%A7%E5%A8%98', {
      token: channel,
      headers: { 'x-request-id': 'req-abc-123' },
      body: {
        text: '火车站乡莲荷村王大娘家门口的路塌了，电话13700001111',
        channel: 'hotline',
        externalId: 'metrics-log-1',
        contact: { phone: '13700001111', name: '王大娘' },
      },
    });
    lookup = await app.call('GET', `/api/v1/tickets/${created.body.id}?q=13700001111`, { token: admin });
    await app.call('GET', '/health/live');
  } finally {
    logs.restore();
  }
  expect(created.status).toBe(201);
  expect(lookup.status).toBe(200);
  const entries = logs.lines.map((l) => JSON.parse(l)).filter((e) => e.msg === 'request');
  const post = entries.find((e) => e.method === 'POST');
  expect(post).toMatchObject({ level: 'info', method: 'POST', route: '/api/v1/tickets', status: 201, id: 'req-abc-123', actor: 'channel' });
  expect(typeof post.ms).toBe('number');
  const get = entries.find((e) => e.method === 'GET' && e.route === '/api/v1/tickets/:id');
  expect(get).toMatchObject({ status: 200, actor: 'sysadmin' });
  expect(get.id).toBe(lookup.headers.get('x-request-id'));
  // Probes are logged at debug only.
  expect(entries.some((e) => e.route === '/health/live')).toBe(false);
  const all = logs.text();
  for (const secret of ['13700001111', '王大娘', '137****1111', String(created.body.id) + '?', 'q=', 'phone=', channel, admin])
    expect(all).not.toContain(secret);
});

test('a request refused before routing (bad token, malformed body) is logged and counted under its route pattern; Open311 routes too', async () => {
  const logs = captureLogs('info');
  try {
    expect((await app.call('GET', '/api/v1/tickets/4242', { token: 'cs_not-a-real-token' })).status).toBe(401);
    expect(
      (await app.call('POST', '/api/v1/tickets', { token: channel, body: '{"text": "路坏了', headers: { 'content-type': 'application/json' } })).status,
    ).toBe(400);
    // A route group mounted beside the API (its own router, nested in the root one).
    const server = http.createServer(createApp(app.ds, loadConfig({ ...process.env, DATABASE_URL: undefined }), [open311Mount]).callback());
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/open311/v2/services/water.json`);
    expect(res.status).toBe(200);
    await new Promise((r) => server.close(r));
  } finally {
    logs.restore();
  }
  const entries = logs.lines.map((l) => JSON.parse(l)).filter((e) => e.msg === 'request');
  expect(entries.map((e) => [e.method, e.route, e.status])).toEqual([
    ['GET', '/api/v1/tickets/:id', 401],
    ['POST', '/api/v1/tickets', 400],
    ['GET', '/open311/v2/services/:code.:format', 200],
  ]);
  const m = await scrape();
  expect(sample(m.text, 'cunsheng_http_requests_total', { method: 'GET', route: '/api/v1/tickets/:id', status: '401' })).toBe(1);
  expect(m.text).not.toContain('/4242');
});
