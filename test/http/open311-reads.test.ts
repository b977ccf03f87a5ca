import { startTestApp, TestApp } from '../support/app';
import { open311Mount } from '../../src/http/open311/routes';
import { addressKey, RateLimited, ReadLimiter } from '../../src/http/ratelimit';
import { Ticket } from '../../src/entities/Ticket';
import { insertRows } from '../../src/db/rows';
import { freezeDate } from '../support/clock';

/**
 * Public Open311 reads are limited per client (OPEN311_READS_PER_MIN, default 1,000 tickets a
 * minute, a bucket of ten minutes' worth), counted in the tickets returned: a FixMyStreet polling
 * a county's open reports every few minutes never meets the limit, a scraper pulling the same
 * thousands of rows over and over does, and only its own address (or key) is refused.
 * Date stands still (jest's fake Date only) and is moved by hand: the buckets refill by the clock.
 */
const V2 = '/open311/v2';
const OPEN = 2000;
let app: TestApp;
let channel: string;
let numbers: string[];
let now = Date.parse('2026-11-30T02:00:00Z');

const from = (address: string) => ({ 'x-forwarded-for': address });
const later = (seconds: number) => {
  now += seconds * 1000;
  jest.setSystemTime(now);
};
const poll = (ids: string[], headers: Record<string, string>, format = 'xml') =>
  app.call('GET', `${V2}/requests.${format}?jurisdiction_id=430502&service_request_id=${ids.join(',')}`, { headers });
const countRequests = (xml: string) => (xml.match(/<request>/g) ?? []).length;

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502'], mounts: [open311Mount] });
  channel = await app.token('channel');
  // One report filed through Open311, copied into the county's open reports.
  const filed = await app.call('POST', `${V2}/requests.json`, {
    form: { jurisdiction_id: '430502', api_key: channel, service_code: 'water', description: '莲荷村自来水停了三天', lat: '27.241775', long: '111.546436' },
  });
  expect(filed.status).toBe(201);
  const { id: _id, ...row } = await app.ds.manager.findOneByOrFail(Ticket, { number: filed.body[0].service_request_id });
  numbers = Array.from({ length: OPEN }, (_, i) => `430502-20261101-${String(i + 1).padStart(4, '0')}`);
  for (let i = 0; i < numbers.length; i += 200)
    await insertRows(
      app.ds.manager,
      Ticket,
      numbers.slice(i, i + 200).map((number) => ({ ...row, number, externalId: null, createdAt: new Date(now - 86_400_000) })),
    );
  freezeDate(now);
});
afterAll(async () => {
  jest.useRealTimers();
  await app.close();
});

it("lets a FixMyStreet poll a county's 2,000 open reports every three minutes for an hour, with its other reads", async () => {
  const fms = from('192.0.2.10');
  let rows = 0;
  let since = new Date(now - 180_000);
  for (let cycle = 0; cycle < 20; cycle++) {
    // fetch-reports: what is new since the last run (a window of three minutes).
    const until = new Date(now);
    const list = await app.call('GET', `${V2}/requests.xml?jurisdiction_id=430502&start_date=${since.toISOString()}&end_date=${until.toISOString()}`, {
      headers: fms,
    });
    expect(list.status).toBe(200);
    since = until;
    // The update poll: every open report in one GET.
    const updates = await poll(numbers, fms);
    expect(updates.status).toBe(200);
    expect(countRequests(updates.body)).toBe(OPEN);
    rows += countRequests(list.body) + OPEN;
    // A report page or two looked up, and the category list (not counted).
    for (const n of numbers.slice(cycle, cycle + 2)) expect((await app.call('GET', `${V2}/requests/${n}.xml`, { headers: fms })).status).toBe(200);
    expect((await app.call('GET', `${V2}/services.xml?jurisdiction_id=430502`, { headers: fms })).status).toBe(200);
    later(180);
  }
  // 40,000 tickets in an hour: 667 a minute against the default 1,000.
  expect(rows).toBe(20 * OPEN);
  // An hour of a real client's traffic (40,000 rows rendered as XML): 17 s alone on a machine
  // busy with other work, past jest's 30 s default in a full suite run on a heavily loaded one,
  // and then left running into the next tests, whose buckets it drained.
}, 120_000);

it('refuses a scraper pulling the same rows over and over, with Retry-After, in the format it asked for', async () => {
  const scraper = from('198.51.100.66');
  const ids = numbers.slice(0, 1500);
  let got = 0;
  let res = await poll(ids, scraper);
  // 10,000 in the bucket: seven polls of 1,500 are answered (the seventh on the last 1,000 leaves a debt of 500).
  while (res.status === 200) {
    got += countRequests(res.body);
    res = await poll(ids, scraper);
  }
  expect(got).toBe(10_500);
  expect(res.status).toBe(429);
  // The debt of 500 and one token, refilled at 1,000 a minute: 30.06 s.
  expect(res.headers.get('retry-after')).toBe('31');
  expect(res.headers.get('content-type')).toMatch(/text\/xml/);
  expect(res.body).toMatch(
    /^<\?xml[^>]*>\s*<errors><error><code>429<\/code><description>查询过于频繁[^<]*31 秒[^<]*retry after 31 s\)<\/description><\/error><\/errors>$/,
  );

  // JSON: GeoReport's [{code, description}], as every other Open311 error; single reads too.
  const json = await app.call('GET', `${V2}/requests/${numbers[0]}.json`, { headers: scraper });
  expect(json.status).toBe(429);
  expect(json.headers.get('retry-after')).toBe('31');
  expect(json.body).toEqual([{ code: 429, description: expect.stringContaining('请 31 秒后再试') }]);
  const list = await app.call('GET', `${V2}/requests?jurisdiction_id=430502`, { headers: scraper });
  expect(list.status).toBe(429);

  // Another address, and a client with its own key from the scraper's address, are unaffected.
  expect((await poll(ids, from('198.51.100.67'))).status).toBe(200);
  expect((await app.call('GET', `${V2}/requests/${numbers[0]}.xml?api_key=${channel}`, { headers: scraper })).status).toBe(200);
  expect((await app.call('GET', `${V2}/requests/${numbers[0]}.xml`, { headers: scraper, token: channel })).status).toBe(200);
  // A made-up key is no key: still the address's bucket.
  expect((await app.call('GET', `${V2}/requests/${numbers[0]}.xml?api_key=made-up-key`, { headers: scraper })).status).toBe(429);

  // Discovery and the service list are not counted.
  expect((await app.call('GET', `${V2}/services.xml`, { headers: scraper })).status).toBe(200);
  expect((await app.call('GET', '/open311/discovery.json', { headers: scraper })).status).toBe(200);

  // Thirty seconds refill the debt, not yet the token; thirty-one do.
  later(30);
  expect((await poll(ids, scraper)).status).toBe(429);
  later(1);
  expect((await poll(ids, scraper)).status).toBe(200);
});

it('charges a poll of 10,000 made-up ids one for every ten', async () => {
  const who = from('203.0.113.200');
  const made = Array.from({ length: 10_000 }, (_, i) => `430502-20250101-${String(i + 1).padStart(5, '0')}`);
  for (let i = 0; i < 10; i++) {
    const r = await poll(made, who, 'json');
    expect(r.status).toBe(200);
    expect(r.body).toEqual([]);
  }
  const refused = await poll(made, who, 'json');
  expect(refused.status).toBe(429);
  expect(refused.headers.get('retry-after')).toBe('1');
});

it('shares the buckets between processes (each its own limiter on the same database)', async () => {
  const a = new ReadLimiter(app.ds, 1);
  const b = new ReadLimiter(app.ds, 1);
  // One a minute, ten in the bucket, taken through either.
  for (let i = 0; i < 10; i++) await (i % 2 ? a : b).admit('ip:192.0.2.99');
  await expect(a.admit('ip:192.0.2.99')).rejects.toBeInstanceOf(RateLimited);
  await expect(b.admit('ip:192.0.2.99')).rejects.toBeInstanceOf(RateLimited);
  // A read that returned less than it may have gives the rest back, to both.
  const settle = await a.admit('ip:192.0.2.98', 10);
  await settle(4);
  for (let i = 0; i < 6; i++) await b.admit('ip:192.0.2.98');
  await expect(a.admit('ip:192.0.2.98')).rejects.toBeInstanceOf(RateLimited);
});

it('counts IPv6 clients by their /64 and IPv4-mapped addresses as IPv4', () => {
  expect(addressKey('2001:db8:1:2:3:4:5:6')).toBe('2001:db8:1:2::/64');
  expect(addressKey('2001:db8:1:2::9')).toBe('2001:db8:1:2::/64');
  expect(addressKey('2001:0db8:0001:0002:ffff::1%eth0')).toBe('2001:db8:1:2::/64');
  expect(addressKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
  expect(addressKey('::1')).toBe('0:0:0:0::/64');
  expect(addressKey('::ffff:198.51.100.7')).toBe('198.51.100.7');
  expect(addressKey('198.51.100.7')).toBe('198.51.100.7');
});

describe('without a proxy in front (TRUST_PROXY=0)', () => {
  let direct: TestApp;
  const saved = { trust: process.env.TRUST_PROXY, reads: process.env.OPEN311_READS_PER_MIN };
  beforeAll(async () => {
    process.env.TRUST_PROXY = '0';
    process.env.OPEN311_READS_PER_MIN = '2';
    direct = await startTestApp({ areas: ['430502'], mounts: [open311Mount] });
  });
  afterAll(async () => {
    process.env.TRUST_PROXY = saved.trust;
    if (saved.reads === undefined) delete process.env.OPEN311_READS_PER_MIN;
    else process.env.OPEN311_READS_PER_MIN = saved.reads;
    await direct.close();
  });

  it('does not let a forged X-Forwarded-For pick a fresh bucket', async () => {
    // Two a minute: twenty in the bucket, whatever address each request claims to come from.
    for (let i = 0; i < 20; i++)
      expect((await direct.call('GET', `${V2}/requests/430502-20261101-0001.json`, { headers: from(`203.0.113.${i}`) })).status).toBe(404);
    const r = await direct.call('GET', `${V2}/requests/430502-20261101-0001.json`, { headers: from('203.0.113.250') });
    expect(r.status).toBe(429);
    expect(r.headers.get('retry-after')).toBe('30');
  });
});
