import { startTestApp, TestApp } from '../support/app';

let app: TestApp;
let channel: string;
let admin: string;

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502', '220382'] });
  channel = await app.token('channel');
  admin = await app.token('admin');
});
afterAll(() => app.close());

describe('routing of the acceptance complaints', () => {
  it('sends a water complaint in 莲荷村 to 双清区水利局 with 火车站乡 co-handling and a 24-hour clock', async () => {
    const res = await app.call('POST', '/api/v1/tickets', {
      token: channel,
      body: { text: '双清区火车站乡莲荷村自来水停了三天没人管', channel: 'hotline', externalId: 'call-1', contact: { phone: '13800000001', name: '李大爷' } },
    });
    expect(res.status).toBe(201);
    const t = res.body;
    expect(t.villageCode).toBe('430502202205');
    expect(t.category).toBe('water');
    expect(t.handlingUnit.name).toBe('双清区水利局');
    expect(t.coHandlingUnits.map((u: any) => u.name)).toEqual(['火车站乡人民政府']);
    expect(new Date(t.dueAt).getTime() - new Date(t.createdAt).getTime()).toBe(24 * 3600_000);
    expect(t.number).toMatch(/^430502-\d{8}-0001$/);
    expect(t.petitioner).toBeUndefined();
  });

  it('replays the same externalId with 200 and the same ticket', async () => {
    const body = { text: '双清区火车站乡莲荷村自来水停了三天没人管', channel: 'hotline', externalId: 'call-1' };
    const res = await app.call('POST', '/api/v1/tickets', { token: channel, body });
    expect(res.status).toBe(200);
    expect(res.body.number).toMatch(/-0001$/);
  });

  it('sends a road complaint there to 火车站乡人民政府', async () => {
    const res = await app.call('POST', '/api/v1/tickets', {
      token: channel,
      body: { text: '火车站乡莲荷村村口的路坑坑洼洼，下雨天没法走', channel: 'wechat_group', externalId: 'm-2' },
    });
    expect(res.status).toBe(201);
    expect(res.body.category).toBe('infrastructure');
    expect(res.body.handlingUnit.name).toBe('火车站乡人民政府');
  });

  it('sends misconduct about a village secretary in 双辽市 to 双辽市纪委监委, invisible to the township', async () => {
    const res = await app.call('POST', '/api/v1/tickets', {
      token: channel,
      body: { text: '双辽市义顺村村书记把低保给了自己亲戚', channel: 'hotline', externalId: 'call-3', contact: { phone: '13800000003', name: '王某' } },
    });
    expect(res.status).toBe(201);
    expect(res.body.category).toBe('misconduct');
    expect(res.body.handlingUnit.name).toBe('双辽市纪委监委');
    const townshipCode = '220382006';
    const township = await app.ds.manager.findOneOrFail(require('../../src/entities/Unit').Unit, {
      where: { jurisdictionCode: townshipCode, kind: 'township_gov' },
    });
    const head = await app.staffOf((township as any).name);
    const token = await app.token(head.role as any, { staffId: head.id });
    expect((await app.call('GET', `/api/v1/tickets/${res.body.id}`, { token })).status).toBe(404);
    const list = await app.call('GET', '/api/v1/tickets?limit=100', { token });
    expect(list.body.items.map((t: any) => t.id)).not.toContain(res.body.id);
    // The discipline commission sees it, with the petitioner.
    const disc = await app.staffOf('双辽市纪委监委');
    const dt = await app.token(disc.role as any, { staffId: disc.id });
    const seen = await app.call('GET', `/api/v1/tickets/${res.body.id}`, { token: dt });
    expect(seen.status).toBe(200);
    expect(seen.body.petitioner.phone).toBe('13800000003');
  });

  it('accepts a complaint with an ambiguous place and sends it to the petition office with candidates', async () => {
    const res = await app.call('POST', '/api/v1/tickets', {
      token: channel,
      body: { text: '太平村的低保一直没发下来', channel: 'sms', externalId: 'sms-9', contextJurisdiction: '430502' },
    });
    expect(res.status).toBe(201);
    expect(['双清区信访局', '双清区民政局']).toContain(res.body.handlingUnit.name);
  });
});

describe('bad input', () => {
  it.each([
    [{}, 'text'],
    [{ text: '路坏了', villageCode: '12' }, 'villageCode'],
    [{ text: '路坏了', category: 'nope' }, 'category'],
    [{ text: '路坏了', channel: 'fax' }, 'channel'],
    [{ text: '路坏了', contact: { phone: 'abc' } }, 'contact.phone'],
    [{ text: '路坏了', extra: 1 }, 'body'],
  ])('rejects %j naming %s', async (body, field) => {
    const res = await app.call('POST', '/api/v1/tickets', { token: channel, body });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
    expect(res.body.error.id).toBeTruthy();
  });

  it('rejects malformed JSON with 400', async () => {
    const res = await app.call('POST', '/api/v1/tickets', { token: channel, body: '{"text":', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
  });

  it('rejects an unknown village code with 400', async () => {
    const res = await app.call('POST', '/api/v1/tickets', { token: channel, body: { text: '路坏了', villageCode: '430502999999' } });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('villageCode');
  });

  it('needs a token', async () => {
    expect((await app.call('POST', '/api/v1/tickets', { body: { text: '路坏了' } })).status).toBe(401);
    expect((await app.call('GET', '/api/v1/tickets', { token: 'cs_nope' })).status).toBe(401);
  });

  it('does not let a channel token list tickets', async () => {
    expect((await app.call('GET', '/api/v1/tickets', { token: channel })).status).toBe(403);
  });

  it('serves an OpenAPI document and health', async () => {
    const doc = await app.call('GET', '/api/v1/openapi.json');
    expect(doc.body.paths['/api/v1/tickets'].post.requestBody).toBeTruthy();
    expect((await app.call('GET', '/health')).body.status).toBe('ok');
    void admin;
  });
});

it('answers 413 for a body over the limit', async () => {
  const res = await app.call('POST', '/api/v1/tickets', { token: channel, body: { text: '路'.repeat(600_000) } });
  expect(res.status).toBe(413);
  expect(res.body.error.code).toBe('payload_too_large');
});
