import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { startTestApp, TestApp } from '../support/app';
import { jpeg, png } from '../support/images';
import { open311Mount } from '../../src/http/open311/routes';
import { Ticket } from '../../src/entities/Ticket';
import { TicketEvent } from '../../src/entities/TicketEvent';
import { Attachment } from '../../src/entities/Attachment';
import { Petitioner } from '../../src/entities/Petitioner';
import { createTicket } from '../../src/tickets';
import { insertRows } from '../../src/db/rows';
import { MAX_IDS } from '../../src/channels/open311/service';

/**
 * The request shapes real Open311 clients send, replayed as they send them:
 * - FixMyStreet (perllib/Open311.pm): XML everywhere, `jurisdiction_id` and `api_key` in every
 *   POST form, lat/long only (truncated to 6 decimals), `attribute[name]`, `account_id`,
 *   repeated `media_url`, multipart with `photo1`… files, and its update poll: one
 *   GET requests.xml?service_request_id=a,b,c… with every open report of a body.
 * - codeforamerica/node-open311: JSON, `jurisdiction_id` in the query string of its POST.
 */

let app: TestApp;
let fms: string;
let node311: string;
let media: http.Server;
let mediaHost: string;
const V2 = '/open311/v2';
/** 双清区's centroid (WGS-84): inside the county. */
const SHUANGQING = { lat: '27.241775', long: '111.546436' };
/** 双辽市's (220382). */
const SHUANGLIAO = { lat: '43.518275', long: '123.502723' };

const PNG = png(40, 30);

beforeAll(async () => {
  // A photo host for media_url: an image, a text file, a redirect and a slow answer.
  media = http.createServer((req, res) => {
    if (req.url === '/p.png') res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
    else if (req.url === '/t.txt') res.writeHead(200, { 'content-type': 'image/png' }).end('not an image at all');
    else if (req.url === '/r') res.writeHead(302, { location: '/p.png' }).end();
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => media.listen(0, '127.0.0.1', r));
  mediaHost = `127.0.0.1:${(media.address() as AddressInfo).port}`;
  process.env.OPEN311_MEDIA_HOSTS = mediaHost;
  app = await startTestApp({ areas: ['430502', '220382'], mounts: [open311Mount] });
  fms = await app.token('channel');
  node311 = await app.token('channel');
});
afterAll(async () => {
  delete process.env.OPEN311_MEDIA_HOSTS;
  await app.close();
  await new Promise((r) => media.close(r));
});

/** A form POST with repeated fields where a value is a list (as HTTP::Request::Common sends them). */
async function postForm(path: string, fields: Record<string, string | string[]>) {
  const form = new URLSearchParams();
  for (const [k, v] of Object.entries(fields)) for (const x of Array.isArray(v) ? v : [v]) form.append(k, x);
  const res = await fetch(app.url + path, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* XML */
  }
  return { status: res.status, body };
}

const xmlField = (xml: string, name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1] ?? null;
const ticketOf = (number: string) => app.ds.manager.findOneByOrFail(Ticket, { number });
const detailsOf = async (t: Ticket) =>
  (await app.ds.manager.find(TicketEvent, { where: { ticketId: t.id, type: 'intake_details' } }))[0]?.data as Record<string, any> | undefined;

/** What FixMyStreet's _populate_service_request_params sends for a pinned report. */
const fmsReport = (over: Record<string, string | string[]> = {}) => ({
  jurisdiction_id: '430502',
  api_key: fms,
  service_code: 'infrastructure',
  description: '路灯不亮\n\n火车站乡莲荷村村口路灯坏了半个月\n\nhttps://fms.example.org/report/17\n',
  first_name: '建国',
  last_name: '王',
  email: 'wjg@example.org',
  ...SHUANGQING,
  ...over,
});

describe('FixMyStreet: service list and metadata', () => {
  it('reads services.xml with the spec fields, and the misconduct service carries the private keyword', async () => {
    const res = await app.call('GET', `${V2}/services.xml?jurisdiction_id=430502`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/xml/);
    const services = [...res.body.matchAll(/<service>(.*?)<\/service>/g)].map((m) => m[1]);
    expect(services.length).toBe(11);
    for (const s of services) {
      for (const f of ['service_code', 'service_name', 'description', 'metadata', 'type', 'keywords', 'group']) expect(s).toMatch(new RegExp(`<${f}>|<${f}/>`));
      expect(xmlField(s, 'metadata')).toBe('false');
      expect(xmlField(s, 'type')).toBe('realtime');
    }
    const misconduct = services.find((s) => xmlField(s, 'service_code') === 'misconduct')!;
    // PopulateServiceList splits keywords on ',' and marks the contact non-public on 'private'.
    expect(xmlField(misconduct, 'keywords')!.split(',')).toContain('private');
    const others = services.filter((s) => s !== misconduct);
    expect(others.every((s) => !xmlField(s, 'keywords')!.split(',').includes('private'))).toBe(true);
    const json = await app.call('GET', `${V2}/services.json?jurisdiction_id=430502`);
    expect(json.body.find((s: any) => s.service_code === 'misconduct').keywords.split(',')[0]).toBe('private');
  });

  it('reads a service definition as XML with an empty attribute list', async () => {
    const res = await app.call('GET', `${V2}/services/infrastructure.xml?jurisdiction_id=430502`);
    expect(res.status).toBe(200);
    expect(res.body).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<service_definition><service_code>infrastructure</service_code><attributes/></service_definition>',
    );
  });
});

describe('FixMyStreet: posting a report', () => {
  it('files a report with lat/long only: the county by its boundary, the point kept and read back', async () => {
    const res = await postForm(`${V2}/requests.xml`, fmsReport({ 'attribute[easting]': '0', 'attribute[category_extra]': '夜间', account_id: 'fms-42' }));
    expect(res.status).toBe(201);
    const id = xmlField(res.body, 'service_request_id')!;
    expect(id).toMatch(/^430502-\d{8}-\d{4}$/);
    expect(res.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<service_requests><request><service_request_id>/);
    const t = await ticketOf(id);
    expect(t.countyCode).toBe('430502');
    // The description names the village: found inside the point's county.
    expect(t.villageCode).toBe('430502202205');
    expect([t.lat, t.lng]).toEqual([27.241775, 111.546436]);
    const details = await detailsOf(t);
    expect(details).toMatchObject({ email: 'wjg@example.org', accountId: 'fms-42', attributes: { easting: '0', category_extra: '夜间' } });

    // FixMyStreet's request import skips a request without lat, long and id.
    const back = await app.call('GET', `${V2}/requests/${id}.xml?jurisdiction_id=430502`);
    expect(xmlField(back.body, 'lat')).toBe('27.241775');
    expect(xmlField(back.body, 'long')).toBe('111.546436');
    expect(xmlField(back.body, 'address')).toBe('双清区火车站乡莲荷村');
    expect(xmlField(back.body, 'address_id')).toBe('430502202205');
    expect(xmlField(back.body, 'requested_datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/);
    expect(back.body).not.toMatch(/王建国|wjg@|fms-42/);
    const json = await app.call('GET', `${V2}/requests/${id}.json`);
    expect(json.body[0]).toMatchObject({ lat: 27.241775, long: 111.546436, address: '双清区火车站乡莲荷村' });
  });

  it('takes the jurisdiction from the point when the client sends none', async () => {
    const { jurisdiction_id: _j, ...noJurisdiction } = fmsReport({ description: '义顺村的路灯坏了', ...SHUANGLIAO });
    const res = await postForm(`${V2}/requests.json`, noJurisdiction);
    expect(res.status).toBe(201);
    const t = await ticketOf(res.body[0].service_request_id);
    expect(t.countyCode).toBe('220382');
    expect(t.villageCode).toBe('220382006200');
  });

  it('with a point and an address, the address narrows the village inside the point county', async () => {
    const res = await postForm(`${V2}/requests.json`, fmsReport({ description: '村口的桥栏杆断了', address_string: '莲荷村' }));
    expect(res.status).toBe(201);
    expect((await ticketOf(res.body[0].service_request_id)).villageCode).toBe('430502202205');
  });

  it('never files a point in one county by a village the text names in another', async () => {
    const res = await postForm(`${V2}/requests.json`, fmsReport({ description: '我老家义顺村的路也坏了，这边路灯不亮' }));
    expect(res.status).toBe(201);
    const t = await ticketOf(res.body[0].service_request_id);
    expect(t.countyCode).toBe('430502');
    expect(t.villageCode).toBeNull();
  });

  it.each([
    ['London', { lat: '51.5072', long: '-0.1276' }, /不在双清区辖区内/],
    ['双辽市, posted to 双清区', SHUANGLIAO, /在双辽市，不在双清区辖区内/],
    ['the sea off Hainan', { lat: '17.0', long: '111.0' }, /不在双清区辖区内/],
  ])('refuses a point in %s with a 400 naming lat, in XML', async (_where, point, message) => {
    const before = Number(await app.ds.manager.count(Ticket));
    const res = await postForm(`${V2}/requests.xml`, fmsReport(point));
    expect(res.status).toBe(400);
    expect(res.body).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<errors><error><code>400<\/code><description>lat: /);
    expect(res.body).toMatch(message);
    expect(Number(await app.ds.manager.count(Ticket))).toBe(before);
  });

  it('refuses London without a jurisdiction too', async () => {
    const { jurisdiction_id: _j, ...form } = fmsReport({ lat: '51.5072', long: '-0.1276' });
    const res = await postForm(`${V2}/requests.json`, form);
    expect(res.status).toBe(400);
    expect(res.body[0].description).toMatch(/^lat: .*不在本平台服务的辖区内/);
  });

  it('accepts what FixMyStreet sends loosely: long names, phones in any dress, long text, any decimal notation, a bad email', async () => {
    const cases: [Record<string, string>, (t: Ticket, p: Petitioner | null, notice: string) => void][] = [
      [
        { first_name: '阿卜杜热合曼·买买提明·艾力江', last_name: '司马欧阳诸葛上官东方皇甫尉迟公孙' },
        (t) => expect(t.contactName!.length).toBeLessThanOrEqual(32),
      ],
      [{ phone: '+86 (138) 1234-5678' }, (_t, p) => expect(p?.phone).toBe('13812345678')],
      [{ phone: '0086 139.0434.0001' }, (_t, p) => expect(p?.phone).toBe('13904340001')],
      [{ phone: '(0739) 520-1234' }, (_t, p) => expect(p?.phone).toBe('07395201234')],
      [{ phone: 'ring the bell' }, (_t, _p, notice) => expect(notice).toContain('电话号码无法识别，已忽略')],
      [{ description: `莲荷村路灯坏了。${'夜里一片黑。'.repeat(660)}` }, (t) => expect(t.text.length).toBe(3968)],
      [
        { description: `莲荷村路灯坏了。${'很'.repeat(5000)}` },
        (t, _p, notice) => {
          expect(t.text.length).toBe(4000);
          expect(notice).toContain('超过 4000 字');
        },
      ],
      [{ lat: '27.241775000000001', long: '111.54643600000000001' }, (t) => expect(t.lat).toBeCloseTo(27.241775, 9)],
      [{ lat: '2.7241775e1', long: '1.11546436E+2' }, (t) => expect([t.lat, t.lng]).toEqual([27.241775, 111.546436])],
      [
        { email: 'not an email' },
        (_t, _p, notice) => {
          expect(notice).toContain('邮箱格式不正确，已忽略');
        },
      ],
      [{ description: '' }, (t) => expect(t.text).toBe('道路水电设施')],
    ];
    for (const [i, [over, check]] of cases.entries()) {
      const res = await postForm(`${V2}/requests.json`, fmsReport({ ...over, description: over.description ?? `莲荷村第${i}号路灯不亮了` }));
      expect({ over, status: res.status }).toEqual({ over, status: 201 });
      const t = await ticketOf(res.body[0].service_request_id);
      const p = t.petitionerId ? await app.ds.manager.findOneBy(Petitioner, { id: t.petitionerId }) : null;
      check(t, p, res.body[0].service_notice);
    }
    // Without a description at all, the service's name stands in.
    const { description: _d, ...noText } = fmsReport({ phone: '13700001111' });
    const res = await postForm(`${V2}/requests.json`, noText);
    expect(res.status).toBe(201);
    expect((await ticketOf(res.body[0].service_request_id)).text).toBe('道路水电设施');
  });

  it('keeps repeated media_url links and shows the first; fetches allow-listed images into attachments', async () => {
    const links = [`http://${mediaHost}/p.png`, `http://${mediaHost}/t.txt`, `http://${mediaHost}/r`, 'https://elsewhere.example.org/photo/1.jpeg'];
    const res = await postForm(`${V2}/requests.json`, fmsReport({ description: '莲荷村的桥塌了一角', media_url: [...links, 'javascript:alert(1)'] }));
    expect(res.status).toBe(201);
    expect(res.body[0].service_notice).toContain('media_url 不是有效的 http(s) 地址，已忽略');
    const t = await ticketOf(res.body[0].service_request_id);
    expect(t.mediaUrls).toEqual(links);
    // Only the real image on the listed host: not the text file, not the redirect, not another host.
    const atts = await app.ds.manager.find(Attachment, { where: { ticketId: t.id } });
    expect(atts.map((a) => [a.kind, a.mime, a.size])).toEqual([['image', 'image/png', PNG.length]]);
    const [one] = (await app.call('GET', `${V2}/requests/${t.number}.json`)).body;
    expect(one.media_url).toBe(links[0]);
  });

  it('turns a multipart POST with photo files into attachments checked like the mini-program uploads', async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fmsReport({ description: '莲荷村水渠垮了，照片两张' }))) form.append(k, v as string);
    form.append('attribute[uprn]', '7');
    form.append('photo1', new Blob([new Uint8Array(jpeg(800, 600))], { type: 'image/jpeg' }), '1.jpeg');
    form.append('photo2', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), '2.png');
    // Four magic bytes and noise: refused by content whatever its name and type say.
    form.append(
      'photo3',
      new Blob([new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(300, 7)]))], { type: 'image/jpeg' }),
      '3.jpeg',
    );
    form.append('file_report', new Blob(['%PDF-1.4 not a photo'], { type: 'application/pdf' }), 'report.pdf');
    const res = await fetch(`${app.url}${V2}/requests.xml`, { method: 'POST', body: form });
    const xml = await res.text();
    expect(res.status).toBe(201);
    const id = xmlField(xml, 'service_request_id')!;
    const notice = xmlField(xml, 'service_notice')!;
    expect(notice).toContain('3.jpeg 不是 JPEG、PNG 或 WebP 图片');
    expect(notice).toContain('report.pdf 不是 JPEG、PNG 或 WebP 图片');
    const t = await ticketOf(id);
    const atts = await app.ds.manager.find(Attachment, { where: { ticketId: t.id }, order: { id: 'ASC' } });
    expect(atts.map((a) => a.mime)).toEqual(['image/jpeg', 'image/png']);
    expect(atts.every((a) => a.uploaderKind === 'channel')).toBe(true);
    expect((await detailsOf(t))?.attributes).toEqual({ uprn: '7' });
  });

  it('answers a resent multipart POST with the first ticket, keeping only the first copy of its photos', async () => {
    const send = async () => {
      const form = new FormData();
      for (const [k, v] of Object.entries(fmsReport({ description: '莲荷村的桥墩裂了', idempotency_key: 'fms-report-99' }))) form.append(k, v as string);
      form.append('photo1', new Blob([new Uint8Array(jpeg(640, 480))], { type: 'image/jpeg' }), '1.jpeg');
      const res = await fetch(`${app.url}${V2}/requests.json`, { method: 'POST', body: form });
      return { status: res.status, body: (await res.json()) as any };
    };
    const first = await send();
    expect(first.status).toBe(201);
    const before = Number(await app.ds.manager.count(Attachment));
    const again = await send();
    expect(again.status).toBe(200);
    expect(again.body[0].service_request_id).toBe(first.body[0].service_request_id);
    expect(Number(await app.ds.manager.count(Attachment))).toBe(before);
    const t = await ticketOf(first.body[0].service_request_id);
    expect(await app.ds.manager.count(Attachment, { where: { ticketId: t.id } })).toBe(1);
  });

  it('refuses a multipart POST with a bad key as any other (403), keeping none of its photos', async () => {
    const before = Number(await app.ds.manager.count(Attachment));
    const form = new FormData();
    for (const [k, v] of Object.entries(fmsReport({ api_key: 'cs_wrong' }))) form.append(k, v as string);
    form.append('photo1', new Blob([new Uint8Array(jpeg())], { type: 'image/jpeg' }), '1.jpeg');
    const res = await fetch(`${app.url}${V2}/requests.xml`, { method: 'POST', body: form });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('<code>403</code>');
    expect(Number(await app.ds.manager.count(Attachment))).toBe(before);
  });

  it('takes address_id as a division code, and keeps any other address_id as the client sent it', async () => {
    const village = await postForm(`${V2}/requests.json`, { ...fmsReport({ description: '路灯不亮' }), lat: '', long: '', address_id: '430502202205' });
    expect(village.status).toBe(201);
    expect((await ticketOf(village.body[0].service_request_id)).villageCode).toBe('430502202205');
    const township = await postForm(`${V2}/requests.json`, { ...fmsReport({ description: '路灯不亮好几天' }), lat: '', long: '', address_id: '430502202' });
    expect(township.status).toBe(201);
    expect((await ticketOf(township.body[0].service_request_id)).countyCode).toBe('430502');
    const pinned = await postForm(`${V2}/requests.json`, fmsReport({ description: '莲荷村的路灯又坏了', address_id: '#NOTPINPOINTED#' }));
    expect(pinned.status).toBe(201);
    expect((await detailsOf(await ticketOf(pinned.body[0].service_request_id)))?.addressId).toBe('#NOTPINPOINTED#');
  });

  it('refuses a report whose address lies in another county than the posted jurisdiction', async () => {
    const res = await postForm(`${V2}/requests.json`, { ...fmsReport(), lat: '', long: '', jurisdiction_id: '220382', address_string: '火车站乡莲荷村' });
    expect(res.status).toBe(400);
    expect(res.body).toEqual([{ code: 400, description: expect.stringMatching(/^address_string: .*双清区.*不在双辽市辖区内/) }]);
  });
});

describe('node-open311: jurisdiction_id in the query string of the POST', () => {
  it('files with the query jurisdiction and the form body, and refuses a conflicting pair', async () => {
    const form = { api_key: node311, service_code: 'water', description: '义顺村停水两天了', lat: SHUANGLIAO.lat, long: SHUANGLIAO.long };
    const ok = await postForm(`${V2}/requests.json?jurisdiction_id=220382`, form);
    expect(ok.status).toBe(201);
    expect(ok.body[0]).toEqual({ service_request_id: expect.stringMatching(/^220382-/), service_notice: expect.any(String), account_id: null });
    const clash = await postForm(`${V2}/requests.json?jurisdiction_id=220382`, { ...form, jurisdiction_id: '430502' });
    expect(clash.status).toBe(400);
    expect(clash.body[0].description).toMatch(/^jurisdiction_id: /);
  });

  it('reads the discovery document in JSON and XML', async () => {
    const json = await app.call('GET', '/open311/discovery.json');
    expect(json.status).toBe(200);
    expect(json.body).toMatchObject({
      changeset: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      contact: expect.any(String),
      key_service: expect.any(String),
      endpoints: [
        { specification: 'http://wiki.open311.org/GeoReport_v2', url: `${app.url}/open311/v2`, type: 'production', formats: ['text/xml', 'application/json'] },
      ],
    });
    const xml = await app.call('GET', '/open311/discovery.xml');
    expect(xml.headers.get('content-type')).toMatch(/text\/xml/);
    expect(xml.body).toContain(`<endpoints><endpoint><specification>http://wiki.open311.org/GeoReport_v2</specification><url>${app.url}/open311/v2</url>`);
    expect(xml.body).toContain('<formats><format>text/xml</format><format>application/json</format></formats>');
    expect((await app.call('GET', '/open311/discovery')).body.endpoints).toHaveLength(1);
    expect((await app.call('GET', '/open311/discovery.csv')).status).toBe(400);
  });
});

describe("FixMyStreet's update poll", () => {
  let numbers: string[];
  let misconduct: string;
  let mpTicket: string;

  beforeAll(async () => {
    // A report on a village secretary (misconduct) through Open311, with a point.
    const r = await postForm(
      `${V2}/requests.json`,
      fmsReport({ service_code: 'misconduct', description: '莲荷村村支书把低保名额给了自己亲戚', phone: '13811112222' }),
    );
    expect(r.status).toBe(201);
    misconduct = r.body[0].service_request_id;
    // A ticket from another channel with a point (a mini-program location may be a home).
    const other = await createTicket(app.ds, { kind: 'system' }, {
      text: '莲荷村的路灯坏了半个月',
      channel: 'miniprogram',
      villageCode: '430502202205',
      location: { lat: 27.2418, long: 111.5464, source: 'mp' },
    } as any);
    mpTicket = other.ticket.number;
    // 1,200 more open reports of the body, copied from one filed through Open311.
    const seed = await ticketOf((await postForm(`${V2}/requests.json`, fmsReport({ description: '莲荷村路灯全坏了' }))).body[0].service_request_id);
    const { id: _id, ...row } = seed;
    numbers = Array.from({ length: 1200 }, (_, i) => `430502-20200101-${String(i + 1).padStart(4, '0')}`);
    for (let i = 0; i < numbers.length; i += 200)
      await insertRows(
        app.ds.manager,
        Ticket,
        numbers.slice(i, i + 200).map((number) => ({ ...row, number, externalId: null })),
      );
  });

  const countQueries = async <T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> => {
    const spy = jest.spyOn(app.ds.logger, 'logQuery');
    try {
      const result = await fn();
      // The read limit's own statements (take, and give back what the poll did not return) are
      // the same few for any poll; counted apart from the poll's queries.
      return { result, queries: spy.mock.calls.filter(([sql]) => !/rate_bucket/.test(String(sql))).length };
    } finally {
      spy.mockRestore();
    }
  };

  it('answers one GET with 1,200 ids (and foreign ones) in a fixed number of queries, in XML', async () => {
    const ids = [...numbers, 'FMS-17', '42', misconduct, mpTicket].join(',');
    const big = await countQueries(() => app.call('GET', `${V2}/requests.xml?jurisdiction_id=430502&service_request_id=${encodeURIComponent(ids)}`));
    expect(big.result.status).toBe(200);
    const requests = [...big.result.body.matchAll(/<request>(.*?)<\/request>/g)].map((m) => m[1]);
    expect(requests).toHaveLength(1201);
    for (const f of ['service_request_id', 'status', 'service_code', 'requested_datetime', 'updated_datetime', 'lat', 'long'])
      expect(requests[0]).toMatch(new RegExp(`<${f}>|<${f}/>`));
    expect(new Set(requests.map((r) => xmlField(r, 'service_request_id')))).toEqual(new Set([...numbers, mpTicket]));
    // The other channel's point stays home.
    const mp = requests.find((r) => xmlField(r, 'service_request_id') === mpTicket)!;
    expect(mp).toContain('<lat/><long/>');
    // The misconduct report is absent, as a number that does not exist is.
    expect(big.result.body).not.toContain(misconduct);
    expect(big.result.body).not.toMatch(/13811112222|低保名额/);

    const small = await countQueries(() =>
      app.call('GET', `${V2}/requests.xml?jurisdiction_id=430502&service_request_id=${[...numbers.slice(0, 2), mpTicket].join(',')}`),
    );
    expect((small.result.body.match(/<request>/g) ?? []).length).toBe(3);
    // As many queries for 1,204 ids as for 3: one for the tickets, a fixed handful to present them.
    expect(big.queries).toBe(small.queries);
    expect(big.queries).toBeLessThanOrEqual(8);
  });

  it('answers the same poll in JSON, and refuses more than MAX_IDS ids naming the field', async () => {
    const json = await app.call('GET', `${V2}/requests.json?service_request_id=${numbers.slice(0, 1000).join(',')}`);
    expect(json.status).toBe(200);
    expect(json.body).toHaveLength(1000);
    const tooMany = Array.from({ length: MAX_IDS + 1 }, (_, i) => `430502-20200102-${String(i).padStart(5, '0')}`).join(',');
    const res = await app.call('GET', `${V2}/requests.json?service_request_id=${tooMany}`);
    expect(res.status).toBe(400);
    expect(res.body[0].description).toMatch(/^service_request_id: /);
  });

  it('never shows the misconduct report, its point or its filer, to anyone, by any read', async () => {
    for (const path of [
      `${V2}/requests/${misconduct}.json`,
      `${V2}/requests/${misconduct}.xml?jurisdiction_id=430502`,
      `${V2}/requests/${misconduct}.json?api_key=${encodeURIComponent(fms)}`,
    ]) {
      const res = await app.call('GET', path);
      expect(res.status).toBe(404);
    }
    const list = await app.call('GET', `${V2}/requests.json?jurisdiction_id=430502&service_code=misconduct`);
    expect(list.body).toEqual([]);
    const all = await app.call('GET', `${V2}/requests.json?jurisdiction_id=430502`);
    expect(JSON.stringify(all.body)).not.toMatch(new RegExp(`${misconduct}|13811112222|低保名额`));
    // Counted nowhere either: the day's public list has the same length with and without it.
    expect(all.body.every((r: any) => r.service_code !== 'misconduct')).toBe(true);
  });
});
