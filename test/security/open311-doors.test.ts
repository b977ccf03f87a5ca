/**
 * The Open311 doors of issue 14 as an attacker tries them: a misconduct report filed by a real
 * client (multipart photo, media_url, a point) looked for through polls of 10,000 ids, lists,
 * requests/{id} in JSON and XML, another client's idempotency key, and its photo by URL from
 * the accused unit; XML built from hostile text; bodies too large or compressed to explode; and
 * media_url pointed at the server's own network (SSRF).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { wireFeatures } from '../../src/wiring';
import { Attachment } from '../../src/entities/Attachment';
import { Ticket } from '../../src/entities/Ticket';
import { allowedMediaUrl, fetchMedia } from '../../src/channels/open311/media';
import type { Storage } from '../../src/channels/mp/storage';
import { startTestApp, TestApp } from '../support/app';
import { jpeg, png } from '../support/images';

jest.setTimeout(180_000);

const V2 = '/open311/v2';
/** 双清区's centroid (WGS-84). */
const SHUANGQING = { lat: '27.241775', long: '111.546436' };
const REPORT = '火车站乡党委书记克扣我家低保金三个月了，莲荷村';

let app: TestApp;
let relayA: string;
let relayB: string;
let report: Ticket;
let control: Ticket;

async function multipart(fields: Record<string, string>, files: Record<string, Buffer> = {}, ext = 'json') {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  for (const [k, v] of Object.entries(files)) form.append(k, new Blob([new Uint8Array(v)], { type: 'image/jpeg' }), `${k}.jpeg`);
  const res = await fetch(`${app.url}${V2}/requests.${ext}`, { method: 'POST', body: form });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* XML */
  }
  return { status: res.status, body };
}

beforeAll(async () => {
  wireFeatures();
  app = await startTestApp({ areas: ['430502', '220382'] });
  relayA = await app.token('channel');
  relayB = await app.token('channel');
  const file = async (description: string, service: string, key: string) => {
    const r = await multipart(
      {
        api_key: relayA,
        jurisdiction_id: '430502',
        service_code: service,
        description,
        address_string: '火车站乡莲荷村',
        ...SHUANGQING,
        first_name: '英台',
        last_name: '祝',
        phone: '13907314444',
        media_url: `https://photos.example.org/${key}.jpg`,
        idempotency_key: key,
      },
      { photo1: jpeg(640, 480) },
    );
    expect([key, r.status]).toEqual([key, 201]);
    return app.ds.manager.findOneByOrFail(Ticket, { number: r.body[0].service_request_id });
  };
  // Filed as "welfare": the accusation is detected, the ticket is a misconduct report.
  report = await file(REPORT, 'welfare', 'o311-report');
  control = await file('莲荷村自来水停了三天一直没人来修', 'water', 'o311-control');
  expect(report.number).toMatch(/-J\d{4,6}$/);
  expect(report.accusedUnitId).not.toBeNull();
});
afterAll(() => app.close());

/** The same answer for the report's number as for a number of the same shape that does not exist. */
const sameShapeMissing = (n: string) => n.replace(/\d{4,6}$/, (d) => String((Number(d) + 4321) % 10 ** d.length).padStart(d.length, '0'));

describe('a misconduct report filed by an Open311 client', () => {
  it('is in no public answer: polls of 10,000 ids, lists, requests/{id} in JSON and XML', async () => {
    const ids = Array.from({ length: 9_998 }, (_, i) => `430502-20261130-${String(i + 1).padStart(4, '0')}`);
    const poll = await app.call('GET', `${V2}/requests.json?service_request_id=${[report.number, ...ids, control.number].join(',')}`);
    expect(poll.status).toBe(200);
    const listed = JSON.stringify(poll.body);
    expect(listed).toContain(control.number);
    expect(listed).not.toContain(report.number);
    expect(listed).not.toContain('克扣');
    const list = await app.call('GET', `${V2}/requests.xml?jurisdiction_id=430502`);
    expect(list.body).toContain(control.number);
    for (const secret of [report.number, '克扣', '祝英台', '13907314444', 'o311-report']) expect(list.body).not.toContain(secret);
    const missing = sameShapeMissing(report.number);
    for (const ext of ['json', 'xml']) {
      const [a, b] = [await app.call('GET', `${V2}/requests/${report.number}.${ext}`), await app.call('GET', `${V2}/requests/${missing}.${ext}`)];
      expect([ext, a.status, JSON.stringify(a.body).replaceAll(report.number, 'N')]).toEqual([ext, b.status, JSON.stringify(b.body).replaceAll(missing, 'N')]);
      expect(a.status).toBe(404);
    }
  });

  it('another client replaying its idempotency key gets a ticket of its own, and tokens/{key} is not found for it', async () => {
    const replay = await multipart({
      api_key: relayB,
      jurisdiction_id: '430502',
      service_code: 'water',
      description: '莲荷村井水浑浊',
      address_string: '火车站乡莲荷村',
      idempotency_key: 'o311-report',
    });
    expect(replay.status).toBe(201);
    expect(replay.body[0].service_request_id).not.toBe(report.number);
    expect(JSON.stringify(replay.body)).not.toContain('纪委');
    const [a, b] = [
      await app.call('GET', `${V2}/tokens/o311-control.json?api_key=${relayB}`),
      await app.call('GET', `${V2}/tokens/never-used-key.json?api_key=${relayB}`),
    ];
    expect([a.status, a.body[0]?.description?.replace('o311-control', 'K')]).toEqual([b.status, b.body[0]?.description?.replace('never-used-key', 'K')]);
    // The filer gets its number back (the control that the door works).
    expect((await app.call('GET', `${V2}/tokens/o311-report.json?api_key=${relayA}`)).body[0].service_request_id).toBe(report.number);
  });

  it('its photo by URL, its point and its media_url reach nobody on the accused side', async () => {
    const [photo] = await app.ds.manager.find(Attachment, { where: { ticketId: report.id } });
    expect(photo).toBeDefined();
    const township = await app.unit('火车站乡人民政府');
    const county = await app.unit('双清区人民政府');
    for (const unit of [township, county]) {
      const staff = await app.staffOf(unit.name, () => true);
      const token = await app.token(staff.role as 'cadre' | 'leader' | 'admin', { staffId: staff.id });
      const [a, b] = [await app.call('GET', `/api/v1/attachments/${photo.id}`, { token }), await app.call('GET', '/api/v1/attachments/99999999', { token })];
      expect([unit.name, a.status, a.body?.error?.message]).toEqual([unit.name, b.status, b.body?.error?.message]);
      const ledger = await app.call('GET', `/api/v1/ledger?pageSize=100&facets=true&q=${encodeURIComponent('o311-report')}`, { token });
      expect(JSON.stringify(ledger.body)).not.toContain('o311-report.jpg');
      const all = await app.call('GET', '/api/v1/ledger?pageSize=100&channel=open311', { token });
      expect(JSON.stringify(all.body)).not.toContain(report.number);
    }
    // The handling discipline commission does get it (the door is real).
    const handler = await app.ds.manager.findOneByOrFail((await import('../../src/entities/Staff')).Staff, { unitId: report.handlingUnitId });
    const token = await app.token(handler.role as 'cadre', { staffId: handler.id });
    expect((await app.call('GET', `/api/v1/attachments/${photo.id}`, { token })).status).toBe(200);
  });
});

describe('output built from hostile text', () => {
  it('XML stays well-formed and says nothing twice: markup, CDATA ends, control characters, lone surrogates', async () => {
    const nasty =
      '莲荷村路灯坏了</description><status>closed</status><![CDATA[x]]>&amp;&#0;\u0001\u000b\ud800 "\'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>&e;';
    const r = await multipart(
      { api_key: relayA, jurisdiction_id: '430502', service_code: 'infrastructure', description: nasty, address_string: '火车站乡莲荷村' },
      {},
      'xml',
    );
    expect(r.status).toBe(201);
    const number = /<service_request_id>([^<]+)<\/service_request_id>/.exec(r.body)![1];
    const one = (await app.call('GET', `${V2}/requests/${number}.xml`)).body as string;
    // Exactly one element of each field: the text opened none of its own.
    expect(one.match(/<status>/g)).toHaveLength(1);
    expect(one.match(/<description>/g)).toHaveLength(1);
    expect(one).not.toMatch(/<!DOCTYPE|<!ENTITY|<!\[CDATA\[|&e;/);
    // No character XML 1.0 forbids (controls other than tab, newline, return).
    expect([...one].filter((ch) => ch.charCodeAt(0) < 0x20 && !'\t\n\r'.includes(ch))).toEqual([]);
    const description = /<description>([^<]*)<\/description>/.exec(one)![1];
    expect(description).toContain('&lt;/description&gt;&lt;status&gt;closed');
    expect(description).toContain('&amp;amp;');
    // The JSON answer carries the same text as data.
    const [json] = (await app.call('GET', `${V2}/requests/${number}.json`)).body;
    expect(json.description).toContain('</description><status>closed</status>');
  });
});

describe('bodies meant to exhaust the server', () => {
  it('a form body that inflates past the limit (gzip bomb) is a 413, not a crash', async () => {
    const bomb = zlib.gzipSync(Buffer.from(`api_key=${relayA}&service_code=water&description=${'a'.repeat(30 * 1024 * 1024)}`));
    expect(bomb.length).toBeLessThan(100_000);
    const started = Date.now();
    const res = await fetch(`${app.url}${V2}/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'content-encoding': 'gzip' },
      body: new Uint8Array(bomb),
    });
    expect(res.status).toBe(413);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect((await app.call('GET', '/health')).status).toBe(200);
  });

  it('a multipart body larger than nine photos can be is refused before it is read, and while it is read', async () => {
    const before = await app.ds.manager.count(Attachment);
    // Announced too large: refused at once.
    const announced = await new Promise<number>((resolve, reject) => {
      const u = new URL(`${app.url}${V2}/requests.json`);
      const req = http.request(
        {
          host: u.hostname,
          port: u.port,
          path: u.pathname,
          method: 'POST',
          headers: { 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(500 * 1024 * 1024) },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
          req.destroy();
        },
      );
      req.on('error', reject);
      req.write('--x\r\n');
    });
    expect(announced).toBe(413);
    // Sent in chunks without a length: cut off past the limit. Files beyond the ninth count too.
    const boundary = 'bound';
    const chunk = Buffer.alloc(1024 * 1024, 0x41);
    const status = await new Promise<number>((resolve) => {
      const u = new URL(`${app.url}${V2}/requests.json`);
      const req = http.request(
        {
          host: u.hostname,
          port: u.port,
          path: u.pathname,
          method: 'POST',
          headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode!);
        },
      );
      req.on('error', () => resolve(-1));
      let sent = 0;
      const pump = () => {
        while (sent < 200) {
          sent++;
          const part =
            sent % 5 === 1 ? Buffer.from(`\r\n--${boundary}\r\nContent-Disposition: form-data; name="photo${sent}"; filename="${sent}.jpg"\r\n\r\n`) : chunk;
          if (!req.write(part)) return void req.once('drain', pump);
        }
        req.end(`\r\n--${boundary}--\r\n`);
      };
      pump();
    });
    expect([413, -1]).toContain(status);
    expect(await app.ds.manager.count(Attachment)).toBe(before);
    expect((await app.call('GET', '/health')).status).toBe(200);
  });

  it('a poll of 10,000 ids answers in one go; more ids, or a request line past the limit, are a 4xx', async () => {
    const ids = Array.from({ length: 10_000 }, (_, i) => `430502-20261130-${String(i + 1).padStart(4, '0')}`);
    const started = Date.now();
    const ok = await app.call('GET', `${V2}/requests.json?service_request_id=${ids.join(',')}`);
    const ms = Date.now() - started;
    expect(ok.status).toBe(200);
    expect(ms).toBeLessThan(10_000);
    const more = await app.call('GET', `${V2}/requests.json?service_request_id=${[...ids, '430502-20261130-99999'].join(',')}`);
    expect([more.status, more.body[0]?.description]).toEqual([400, expect.stringMatching(/^service_request_id/)]);
    const long = await fetch(`${app.url}${V2}/requests.json?service_request_id=${'9'.repeat(300 * 1024)}`).catch(() => null);
    expect(long === null || (long.status >= 400 && long.status < 500)).toBe(true);
  });
});

describe('media_url fetching (SSRF)', () => {
  let server: http.Server;
  let port: number;
  const hits: string[] = [];
  const PNG = png(20, 10);
  const stored: string[] = [];
  const storage: Storage = {
    async put(stream: AsyncIterable<Buffer>) {
      for await (const _ of stream) {
        /* drained */
      }
      const key = `k${stored.length}`;
      stored.push(key);
      return { key, size: 1 };
    },
    async delete() {},
  } as unknown as Storage;

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits.push(req.url!);
      if (req.url === '/p.png') res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
      else if (req.url === '/r') res.writeHead(302, { location: `http://127.0.0.1:${port}/p.png` }).end();
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((r) => server.close(r)));

  it('only a listed host, as written: no other port, no credentials, no decimal or IPv6 spelling of another host', () => {
    const hosts = ['media.example.org', `127.0.0.1:${port}`];
    const refused = [
      'http://media.example.org:6379/p.png',
      'http://media.example.org:22/',
      'http://media.example.org.evil.com/p.png',
      'http://evil.com\\@media.example.org/p.png',
      'http://user:pw@media.example.org/p.png',
      'http://media.example.org@127.0.0.1/p.png',
      'http://2130706433/p.png',
      'http://0x7f000001/p.png',
      `http://[::1]:${port}/p.png`,
      `http://[::ffff:127.0.0.1]:${port}/p.png`,
      `http://127.0.0.1:${port + 1}/p.png`,
      'http://127.0.0.1/p.png',
      'file:///etc/passwd',
      'gopher://media.example.org/',
    ];
    for (const u of refused) expect([u, allowedMediaUrl(u, hosts)]).toEqual([u, false]);
    for (const u of [
      'http://media.example.org/p.png',
      'https://MEDIA.example.org/p.png',
      'http://media.example.org:80/p.png',
      `http://127.0.0.1:${port}/p.png`,
    ])
      expect([u, allowedMediaUrl(u, hosts)]).toEqual([u, true]);
  });

  it('a redirect is not followed, and a listed name that resolves to this machine or a private network is not fetched', async () => {
    hits.length = 0;
    const viaRedirect = await fetchMedia([`http://127.0.0.1:${port}/r`], [`127.0.0.1:${port}`], storage);
    expect(viaRedirect).toEqual([]);
    expect(hits).toEqual(['/r']);
    // The operator listed a name; the name now points at loopback (DNS rebinding, a typo'd record).
    hits.length = 0;
    const byName = await fetchMedia([`http://localhost:${port}/p.png`], [`localhost:${port}`], storage);
    expect(byName).toEqual([]);
    expect(hits).toEqual([]);
    // Listed as the address itself, the operator meant it: fetched.
    const byAddress = await fetchMedia([`http://127.0.0.1:${port}/p.png`], [`127.0.0.1:${port}`], storage);
    expect(byAddress).toHaveLength(1);
  });
});

describe('what a client sends about the petitioner besides name and phone', () => {
  it('email, account and device ids and attributes reach only those who may see the petitioner (not a co-handling township)', async () => {
    const secrets = ['zhuyingtai1990@qq.com', 'fms-user-771234', 'device-9f8e7d', '13907316666'];
    const r = await multipart({
      api_key: relayA,
      jurisdiction_id: '430502',
      service_code: 'water',
      description: '莲荷村二组的水管爆了，路上全是水',
      address_string: '火车站乡莲荷村',
      email: secrets[0],
      account_id: secrets[1],
      device_id: secrets[2],
      'attribute[reporter_name]': '祝英台',
      'attribute[callback]': `请打${secrets[3]}`,
      first_name: '英台',
      last_name: '祝',
      phone: '13907315555',
    });
    expect(r.status).toBe(201);
    const t = await app.ds.manager.findOneByOrFail(Ticket, { number: r.body[0].service_request_id });
    const lead = await app.staffOf('双清区水利局', (s) => s.role === 'cadre');
    const co = await app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre');
    const read = async (s: typeof lead) => {
      const token = await app.token('cadre', { staffId: s.id });
      const [one, page] = [await app.call('GET', `/api/v1/tickets/${t.id}`, { token }), await app.call('GET', `/api/v1/tickets/${t.id}/console`, { token })];
      expect([one.status, page.status]).toEqual([200, 200]);
      return JSON.stringify([one.body, page.body]);
    };
    // The lead unit sees them (the history keeps them for it).
    const seen = await read(lead);
    expect(seen).toContain(secrets[0]);
    expect(seen).toContain('13907315555');
    // The co-handling township reads the ticket with the petitioner masked: none of it.
    const masked = await read(co);
    expect(masked).toContain('水管爆了');
    for (const x of [...secrets, '祝英台', '13907315555']) expect([x, masked.includes(x)]).toEqual([x, false]);
  });
});
