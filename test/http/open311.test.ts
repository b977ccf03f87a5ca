import { startTestApp, TestApp } from '../support/app';
import { open311Mount } from '../../src/http/open311/routes';
import { escapeXml, toXml } from '../../src/channels/open311/xml';
import { parseW3cDate, redact } from '../../src/channels/open311/service';
import { resolveTicket, acceptTicket, declineTicket } from '../../src/tickets';
import { Ticket } from '../../src/entities/Ticket';

let app: TestApp;
let channel: string;
let otherChannel: string;
let admin: string;

const V2 = '/open311/v2';
const WATER = {
  jurisdiction_id: '430502',
  service_code: 'water',
  description: '我是张三，电话13812345678，莲荷村自来水停了三天没人管',
  address_string: '火车站乡莲荷村',
  first_name: '三',
  last_name: '张',
  phone: '13812345678',
  email: 'zs@example.com',
};

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502', '220382'], mounts: [open311Mount] });
  channel = await app.token('channel');
  otherChannel = await app.token('channel');
  admin = await app.token('admin');
});
afterAll(() => app.close());

const post = (form: Record<string, string>, ext = '.json', headers: Record<string, string> = {}) => app.call('POST', `${V2}/requests${ext}`, { form, headers });

describe('services', () => {
  it('lists the categories as realtime services without metadata, in JSON by default', async () => {
    for (const path of [`${V2}/services.json`, `${V2}/services`]) {
      const res = await app.call('GET', path);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/application\/json/);
      expect(res.body).toHaveLength(11);
      const water = res.body.find((s: any) => s.service_code === 'water');
      expect(water).toMatchObject({ service_name: '饮水安全', metadata: false, type: 'realtime', group: '两不愁三保障' });
      expect(water.keywords.split(',')).toContain('自来水');
      expect(water.description).toMatch(/停水/);
    }
  });

  it('serves the same list as XML with the declaration', async () => {
    const res = await app.call('GET', `${V2}/services.xml?jurisdiction_id=430502`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/xml/);
    expect(res.body).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<services><service><service_code>water<\/service_code><service_name>饮水安全<\/service_name>/,
    );
    expect(res.body).toContain('<metadata>false</metadata><type>realtime</type>');
    expect((res.body.match(/<service>/g) ?? []).length).toBe(11);
  });

  it('gives a service definition and 404 for an unknown code', async () => {
    expect((await app.call('GET', `${V2}/services/housing.json`)).body).toEqual({ service_code: 'housing', attributes: [] });
    const xml = await app.call('GET', `${V2}/services/housing.xml`);
    expect(xml.body).toContain('<service_definition><service_code>housing</service_code><attributes/></service_definition>');
    const missing = await app.call('GET', `${V2}/services/potholes.xml`);
    expect(missing.status).toBe(404);
    expect(missing.body).toMatch(/<errors><error><code>404<\/code><description>service_code: .*potholes.*<\/description><\/error><\/errors>/);
  });

  it('answers an unknown format, a bad and an unknown jurisdiction with spec errors', async () => {
    const csv = await app.call('GET', `${V2}/services.csv`);
    expect(csv.status).toBe(400);
    expect(csv.body).toEqual([{ code: 400, description: expect.stringMatching(/^format: /) }]);
    const bad = await app.call('GET', `${V2}/services.json?jurisdiction_id=abc`);
    expect(bad.status).toBe(400);
    expect(bad.body[0].description).toMatch(/^jurisdiction_id: /);
    const unknown = await app.call('GET', `${V2}/services.json?jurisdiction_id=999999`);
    expect(unknown.status).toBe(404);
    expect(unknown.body[0]).toMatchObject({ code: 404, description: expect.stringMatching(/^jurisdiction_id: /) });
    const nowhere = await app.call('GET', `${V2}/nothing.json`);
    expect(nowhere.status).toBe(404);
    expect(nowhere.body[0].code).toBe(404);
  });
});

describe('filing requests', () => {
  let waterId: string;

  it('refuses a missing, invalid or non-intake api_key with 403', async () => {
    const { token: villager } = await app.villagerToken({ phone: '13900000000' });
    for (const key of [undefined, 'cs_nope', villager]) {
      const res = await post({ ...WATER, ...(key ? { api_key: key } : {}) });
      expect(res.status).toBe(403);
      expect(res.body).toEqual([{ code: 403, description: expect.stringMatching(/^api_key: /) }]);
    }
    const xml = await post(WATER, '.xml');
    expect(xml.status).toBe(403);
    expect(xml.body).toContain('<errors><error><code>403</code>');
    expect(Number(await app.ds.manager.count(Ticket))).toBe(0);
  });

  it('files a water complaint at 双清区水利局 and answers with the number, never the contact', async () => {
    const res = await post({ ...WATER, api_key: channel });
    expect(res.status).toBe(201);
    expect(res.body).toHaveLength(1);
    const [r] = res.body;
    expect(r.service_request_id).toMatch(/^430502-\d{8}-\d{4}$/);
    expect(r.service_notice).toContain('双清区水利局');
    expect(r.account_id).toBeNull();
    expect(JSON.stringify(res.body)).not.toMatch(/13812345678|张三|example/);
    waterId = r.service_request_id;
    const t = await app.ds.manager.findOneByOrFail(Ticket, { number: waterId });
    expect(t.channel).toBe('open311');
    expect(t.villageCode).toBe('430502202205');
    expect(t.category).toBe('water');
    expect(t.petitionerId).not.toBeNull();
  });

  it('answers in XML when asked', async () => {
    const res = await post({ ...WATER, api_key: channel, description: '莲荷村村口的路塌了一个大坑', service_code: 'infrastructure' }, '.xml');
    expect(res.status).toBe(201);
    expect(res.body).toMatch(
      /<service_requests><request><service_request_id>430502-\d{8}-\d{4}<\/service_request_id><service_notice>[^<]*火车站乡人民政府[^<]*<\/service_notice><account_id\/><\/request><\/service_requests>$/,
    );
  });

  it.each([
    [{ jurisdiction_id: undefined }, 400, 'jurisdiction_id'],
    [{ jurisdiction_id: '43050' }, 400, 'jurisdiction_id'],
    [{ jurisdiction_id: '430599' }, 404, 'jurisdiction_id'],
    [{ service_code: undefined }, 400, 'service_code'],
    [{ service_code: 'potholes' }, 404, 'service_code'],
    [{ description: '水'.repeat(20_001) }, 400, 'description'],
    [{ address_string: undefined }, 400, 'address_string'],
    [{ address_string: undefined, lat: '27.2' }, 400, 'long'],
    [{ address_string: undefined, long: '111.5' }, 400, 'lat'],
    [{ lat: 'abc', long: '111.4' }, 400, 'lat'],
    [{ lat: '91', long: '111.4' }, 400, 'lat'],
    [{ long: '1e3', lat: '27' }, 400, 'long'],
    [{ lat: '27.2418', long: '111.5464', jurisdiction_id: '220382' }, 400, 'lat'],
    [{ address_string: '义顺村' }, 400, 'address_string'],
    [{ address_id: '220382006200', address_string: undefined }, 400, 'address_id'],
    [{ idempotency_key: 'a b' }, 400, 'idempotency_key'],
  ])('rejects %j with %i naming %s', async (patch, status, field) => {
    const form: Record<string, string> = { ...WATER, api_key: channel };
    for (const [k, v] of Object.entries(patch)) {
      if (v === undefined) delete form[k];
      else form[k] = v;
    }
    const before = Number(await app.ds.manager.count(Ticket));
    const res = await post(form);
    expect(res.status).toBe(status);
    expect(res.body).toEqual([{ code: status, description: expect.stringMatching(new RegExp(`^${field}: `)) }]);
    expect(Number(await app.ds.manager.count(Ticket))).toBe(before);
  });

  it('accepts lat/long instead of an address and ignores empty optional fields', async () => {
    const res = await post({
      api_key: channel,
      jurisdiction_id: '430502',
      service_code: 'other',
      description: '莲荷村垃圾堆了一个月没人清',
      lat: '27.2418',
      long: '111.5464',
      email: '',
      first_name: '',
    });
    expect(res.status).toBe(201);
    const t = await app.ds.manager.findOneByOrFail(Ticket, { number: res.body[0].service_request_id });
    expect(t.countyCode).toBe('430502');
    expect([t.lat, t.lng]).toEqual([27.2418, 111.5464]);
  });

  it('is idempotent per client on the Idempotency-Key header or idempotency_key, and resolves it as a token', async () => {
    const form = { ...WATER, api_key: channel, description: '莲荷村的井水发黄有异味' };
    const first = await post(form, '.json', { 'Idempotency-Key': 'app-42' });
    const again = await post({ ...form, idempotency_key: 'app-42' });
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.body[0].service_request_id).toBe(first.body[0].service_request_id);
    // Another client's key space is its own.
    const other = await post({ ...form, api_key: otherChannel }, '.json', { 'Idempotency-Key': 'app-42' });
    expect(other.status).toBe(201);
    expect(other.body[0].service_request_id).not.toBe(first.body[0].service_request_id);

    const tok = await app.call('GET', `${V2}/tokens/app-42.json?api_key=${encodeURIComponent(channel)}`);
    expect(tok.status).toBe(200);
    expect(tok.body).toEqual([{ service_request_id: first.body[0].service_request_id, token: 'app-42' }]);
    const tokXml = await app.call('GET', `${V2}/tokens/app-42.xml?api_key=${encodeURIComponent(otherChannel)}`);
    expect(tokXml.body).toContain(`<service_request_id>${other.body[0].service_request_id}</service_request_id><token>app-42</token>`);
    expect((await app.call('GET', `${V2}/tokens/app-42.json`)).status).toBe(403);
    expect((await app.call('GET', `${V2}/tokens/app-43.json?api_key=${encodeURIComponent(channel)}`)).status).toBe(404);
  });

  it('lets an admin token file too', async () => {
    const res = await post({ ...WATER, api_key: admin, description: '莲荷村停水两天了' });
    expect(res.status).toBe(201);
  });

  describe('public reads', () => {
    let misconduct: string;

    beforeAll(async () => {
      const res = await post({
        api_key: channel,
        jurisdiction_id: '220382',
        service_code: 'misconduct',
        description: '义顺村村书记把低保给了自己亲戚',
        address_string: '义顺村',
        phone: '13800000003',
      });
      expect(res.status).toBe(201);
      misconduct = res.body[0].service_request_id;
    });

    it("lists the jurisdiction's requests without personal data and with the handling unit", async () => {
      const res = await app.call('GET', `${V2}/requests.json?jurisdiction_id=430502`);
      expect(res.status).toBe(200);
      const mine = res.body.find((r: any) => r.service_request_id === waterId);
      expect(mine).toMatchObject({
        status: 'open',
        service_code: 'water',
        service_name: '饮水安全',
        agency_responsible: '双清区水利局',
        address: '双清区火车站乡莲荷村',
        requested_datetime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/),
        expected_datetime: expect.stringMatching(/\+08:00$/),
        status_notes: '已交办双清区水利局',
      });
      expect(mine.description).toContain('自来水停了三天');
      const all = JSON.stringify(res.body);
      expect(all).not.toMatch(/13812345678|张三|zs@example/);
      expect(res.body.every((r: any) => r.service_request_id.startsWith('430502-'))).toBe(true);
    });

    it('never lists or shows misconduct tickets', async () => {
      const list = await app.call('GET', `${V2}/requests.json?jurisdiction_id=220382`);
      expect(list.body.map((r: any) => r.service_request_id)).not.toContain(misconduct);
      expect((await app.call('GET', `${V2}/requests/${misconduct}.json`)).status).toBe(404);
      expect((await app.call('GET', `${V2}/requests.json?service_request_id=${misconduct}`)).body).toEqual([]);
    });

    it('shows one request by number in JSON and XML, and 404 for others', async () => {
      const one = await app.call('GET', `${V2}/requests/${waterId}.json`);
      expect(one.status).toBe(200);
      expect(one.body).toHaveLength(1);
      expect(one.body[0].service_request_id).toBe(waterId);
      const xml = await app.call('GET', `${V2}/requests/${waterId}.xml`);
      expect(xml.body).toMatch(new RegExp(`<service_requests><request><service_request_id>${waterId}</service_request_id><status>open</status>`));
      expect(xml.body).toContain('<agency_responsible>双清区水利局</agency_responsible>');
      expect(xml.body).not.toContain('13812345678');
      expect((await app.call('GET', `${V2}/requests/${waterId}.json?jurisdiction_id=220382`)).status).toBe(404);
      expect((await app.call('GET', `${V2}/requests/430502-20200101-9999.json`)).status).toBe(404);
      // Whatever the shape, an id that is no ticket is not found.
      for (const id of ['42', 'abc', '430502-2026-1', `${waterId}x`]) {
        const bad = await app.call('GET', `${V2}/requests/${id}.json`);
        expect(bad.status).toBe(404);
        expect(bad.body[0].description).toMatch(/^service_request_id: /);
      }
    });

    it('filters by status, service code, dates and ids', async () => {
      const t = await app.ds.manager.findOneByOrFail(Ticket, { number: waterId });
      await acceptTicket(app.ds, { kind: 'system' }, t.id, {});
      await resolveTicket(app.ds, { kind: 'system' }, t.id, { text: '已抢修管道，恢复供水。联系人李四 13900001111' });

      const closed = await app.call('GET', `${V2}/requests.json?jurisdiction_id=430502&status=closed`);
      expect(closed.body.map((r: any) => r.service_request_id)).toEqual([waterId]);
      expect(closed.body[0].status_notes).toMatch(/^已办结：已抢修管道，恢复供水/);
      expect(closed.body[0].status_notes).not.toContain('13900001111');
      expect(closed.body[0].expected_datetime).toBeNull();
      const open = await app.call('GET', `${V2}/requests.json?jurisdiction_id=430502&status=open`);
      expect(open.body.length).toBeGreaterThan(0);
      expect(open.body.every((r: any) => r.status === 'open')).toBe(true);
      const both = await app.call('GET', `${V2}/requests.json?jurisdiction_id=430502&status=open,closed`);
      expect(both.body).toHaveLength(open.body.length + 1);

      const infra = await app.call('GET', `${V2}/requests.json?jurisdiction_id=430502&service_code=infrastructure`);
      expect(infra.body.length).toBe(1);
      expect(infra.body[0].agency_responsible).toBe('火车站乡人民政府');

      const old = await app.call('GET', `${V2}/requests.json?jurisdiction_id=430502&start_date=2020-01-01&end_date=2020-02-01T00:00:00Z`);
      expect(old.status).toBe(200);
      expect(old.body).toEqual([]);

      const ids = await app.call('GET', `${V2}/requests.xml?service_request_id=${waterId},430502-20200101-0001`);
      expect((ids.body.match(/<request>/g) ?? []).length).toBe(1);
    });

    it('tells the client a 不予受理 decision and the legal route in its status notes', async () => {
      const res = await post({
        api_key: channel,
        jurisdiction_id: '430502',
        service_code: 'wages',
        description: '莲荷村工地老板欠我工资八千块，劳动仲裁已经立案了',
        address_string: '莲荷村',
      });
      expect(res.status).toBe(201);
      const id = res.body[0].service_request_id;
      const t = await app.ds.manager.findOneByOrFail(Ticket, { number: id });
      await declineTicket(app.ds, { kind: 'system' }, t.id, { reason: 'arbitration' });
      const [one] = (await app.call('GET', `${V2}/requests/${id}.json`)).body;
      expect(one.status).toBe('closed');
      expect(one.status_notes).toMatch(/^不予受理：已经或者依法应当通过仲裁途径解决。请依法向仲裁机构/);
    });

    it.each([
      ['', 400, 'jurisdiction_id'],
      ['jurisdiction_id=430502&status=pending', 400, 'status'],
      ['jurisdiction_id=430502&service_code=potholes', 400, 'service_code'],
      ['jurisdiction_id=430502&start_date=yesterday', 400, 'start_date'],
      ['jurisdiction_id=430502&end_date=2026-02-30', 400, 'end_date'],
      ['jurisdiction_id=430502&start_date=2026-01-01&end_date=2026-06-01', 400, 'end_date'],
      ['jurisdiction_id=430502&start_date=2026-02-01&end_date=2026-01-01', 400, 'end_date'],
      ['jurisdiction_id=999999', 404, 'jurisdiction_id'],
    ])('GET requests?%s → %i naming %s', async (qs, status, field) => {
      const res = await app.call('GET', `${V2}/requests.json?${qs}`);
      expect(res.status).toBe(status);
      expect(res.body).toEqual([{ code: status, description: expect.stringMatching(new RegExp(`^${field}: `)) }]);
    });
  });

  it('documents its routes in the OpenAPI document', async () => {
    const doc = await app.call('GET', '/api/v1/openapi.json');
    expect(doc.body.paths['/open311/v2/requests.{format}'].post).toBeTruthy();
    expect(doc.body.paths['/open311/v2/requests/{id}.{format}'].get).toBeTruthy();
  });
});

describe('helpers', () => {
  it('escapes XML text and drops characters XML cannot carry', () => {
    expect(escapeXml(`<a href="x">&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(escapeXml('a\u0000b\u001Fc\uD800d😀')).toBe('abcd😀');
    expect(toXml('errors', [{ code: 400, description: 'x < y' }])).toBe(
      '<?xml version="1.0" encoding="utf-8"?>\n<errors><error><code>400</code><description>x &lt; y</description></error></errors>',
    );
  });

  it('parses W3C datetimes with a zone and bare dates in Shanghai time, nothing else', () => {
    expect(parseW3cDate('2026-10-01')?.toISOString()).toBe('2026-09-30T16:00:00.000Z');
    expect(parseW3cDate('2026-10-01T08:00:00+08:00')?.toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(parseW3cDate('2026-10-01T00:00Z')?.toISOString()).toBe('2026-10-01T00:00:00.000Z');
    for (const bad of ['2026-10-01T08:00:00', '2026-13-01', '2026-02-30', 'yesterday', '1e9']) expect(parseW3cDate(bad)).toBeNull();
  });

  it("masks the petitioner's own name, phone and other phone or ID numbers", () => {
    const out = redact('我是王小明，手机 138-1234-5678，座机 0739-5201234，身份证 43050219800101123X，微信 wxm_88', {
      name: '王小明',
      phone: null,
      wechatId: 'wxm_88',
    });
    expect(out).not.toMatch(/王小明|1234|5201234|19800101|wxm_88/);
    expect(redact('2026年10月1日停水')).toBe('2026年10月1日停水');
  });
});
