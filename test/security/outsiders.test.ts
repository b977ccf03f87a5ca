/**
 * Outsiders and semi-trusted integrations against the confidentiality rules of issue 9: an
 * intake relay's token (hotline vendor, SMS gateway, an Open311 client), a villager, anyone on
 * the public Open311 endpoints. Each test is an attack and the answer it must get.
 */
import { open311Mount } from '../../src/http/open311/routes';
import { mpMount } from '../../src/http/mp/routes';
import { actorForToken } from '../../src/auth/actor';
import { Ticket } from '../../src/entities/Ticket';
import { addNote, mergeTicket, resolveTicket, acceptTicket, SYSTEM, transferTicket } from '../../src/tickets';
import { startTestApp, TestApp } from '../support/app';

jest.setTimeout(120_000);

const V2 = '/open311/v2';
const LIANHE = '430502202205'; // 双清区火车站乡莲荷村

let app: TestApp;
let relay: string;
let relayB: string;

const open311 = (form: Record<string, string>) => app.call('POST', `${V2}/requests.json`, { form });
const publicList = async () => (await app.call('GET', `${V2}/requests.json?jurisdiction_id=430502`)).body as any[];
const tokenIdOf = async (token: string) => ((await actorForToken(app.ds, token)) as { tokenId: number }).tokenId;

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502', '220382'], mounts: [open311Mount, mpMount] });
  relay = await app.token('channel');
  relayB = await app.token('channel');
});
afterAll(() => app.close());

describe('Open311 public reads', () => {
  it('the caller a relay names stays out of public text even when the phone matches another villager’s record', async () => {
    // 李四 owns the number; the Open311 client's caller gives it under his own name, 王小二.
    await app.villagerToken({ name: '李四', phone: '13800005555' });
    const res = await open311({
      api_key: relay,
      jurisdiction_id: '430502',
      service_code: 'water',
      address_string: '火车站乡莲荷村',
      description: '王小二家里的自来水停了三天没人管，莲荷村',
      first_name: '小二',
      last_name: '王',
      phone: '13800005555',
    });
    expect(res.status).toBe(201);
    const number = res.body[0].service_request_id;
    const t = await app.ds.manager.findOneByOrFail(Ticket, { number });
    // The unit answers, quoting the caller's name.
    await addNote(app.ds, SYSTEM, t.id, { text: '已联系王小二，明天上门维修', public: true });

    const listed = (await publicList()).find((r) => r.service_request_id === number);
    const one = (await app.call('GET', `${V2}/requests/${number}.xml`)).body as string;
    for (const shown of [JSON.stringify(listed), one]) {
      expect(shown).toContain('自来水停了三天');
      expect(shown).not.toContain('王小二');
      expect(shown).not.toContain('李四');
      expect(shown).not.toContain('13800005555');
    }
  });

  it('a misconduct report given another service_code is never listed, never found by number, and leaves no gap in public numbers', async () => {
    const report = await open311({
      api_key: relay,
      jurisdiction_id: '430502',
      service_code: 'welfare',
      address_string: '火车站乡莲荷村',
      description: '火车站乡党委书记克扣我家低保金三个月了',
      phone: '13907318888',
    });
    expect(report.status).toBe(201);
    const number = report.body[0].service_request_id as string;
    expect(number).toMatch(/-J\d{4}$/);
    const after = await open311({
      api_key: relay,
      jurisdiction_id: '430502',
      service_code: 'infrastructure',
      address_string: '火车站乡莲荷村',
      description: '莲荷村村口的路塌了一个坑',
    });
    expect(after.status).toBe(201);

    const all = await publicList();
    expect(JSON.stringify(all)).not.toMatch(/克扣|J\d{4}|13907318888/);
    const seq = all.map((r) => Number(r.service_request_id.split('-')[2])).sort((a, b) => a - b);
    expect(seq).toEqual(seq.map((_, i) => i + 1));
    const byNumber = await app.call('GET', `${V2}/requests/${number}.json`);
    const missing = await app.call('GET', `${V2}/requests/${number.replace(/J\d{4}$/, 'J9999')}.json`);
    expect([byNumber.status, missing.status]).toEqual([404, 404]);
    expect((await app.call('GET', `${V2}/requests.json?service_request_id=${number}`)).body).toEqual([]);
  });

  it('public reads carry nosniff and no-store, in JSON and XML, errors included', async () => {
    for (const path of [`${V2}/requests.json?jurisdiction_id=430502`, `${V2}/requests.xml?jurisdiction_id=430502`, `${V2}/requests/430502-20260101-0001.xml`]) {
      const res = await app.call('GET', path);
      expect([path, res.headers.get('x-content-type-options'), res.headers.get('cache-control')]).toEqual([path, 'nosniff', 'no-store']);
    }
  });
});

describe('a relay’s keys are its own', () => {
  it('a ticket another relay filed under a key spelled like this relay’s Open311 token is not this relay’s', async () => {
    const a = await tokenIdOf(relay);
    // Relay B plants tickets whose externalId spells relay A's Open311 keys.
    for (const key of ['planted-1', 'planted-2']) {
      const plant = await app.call('POST', '/api/v1/tickets', {
        token: relayB,
        body: { text: '莲荷村路灯坏了一个月', channel: 'open311', externalId: `${a}:${key}`, villageCode: LIANHE },
      });
      expect(plant.status).toBe(201);
    }
    const lookup = await app.call('GET', `${V2}/tokens/planted-1.json?api_key=${relay}`);
    expect(lookup.status).toBe(404);

    const mine = await open311({
      api_key: relay,
      jurisdiction_id: '430502',
      service_code: 'water',
      address_string: '火车站乡莲荷村',
      description: '莲荷村井水浑浊好几天了',
      idempotency_key: 'planted-2',
    });
    expect(mine.status).toBe(201);
    const found = await app.call('GET', `${V2}/tokens/planted-2.json?api_key=${relay}`);
    expect(found.status).toBe(200);
    expect(found.body).toEqual([{ service_request_id: mine.body[0].service_request_id, token: 'planted-2' }]);
    // Relay B gets nothing for relay A's key under its own api_key either.
    expect((await app.call('GET', `${V2}/tokens/planted-2.json?api_key=${relayB}`)).status).toBe(404);
  });
});

describe('error bodies', () => {
  // V8's JSON.parse quotes a stretch of the input in its message.
  const BODY = '{"text":"莲荷村停水了","contact":{"phone":"13907317777","name":张晓红}}';

  it('a malformed JSON body is a 400 that does not quote the caller’s name or phone back', async () => {
    for (const path of ['/api/v1/tickets', `${V2}/requests.json`]) {
      const res = await app.call('POST', path, { token: relay, body: BODY });
      expect(res.status).toBe(400);
      const text = JSON.stringify(res.body);
      expect(text).toMatch(/请求格式错误/);
      expect(text).not.toMatch(/张晓红|13907317777|莲荷村/);
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });
});

describe('rate limits per sender', () => {
  it('a mobile number with a trunk 0 is the same sender; a replay is never refused', async () => {
    const first: number[] = [];
    for (let i = 0; i < 10; i++) {
      const res = await app.call('POST', '/api/v1/tickets', {
        token: relay,
        body: { text: `莲荷村第${i}组自来水停了`, villageCode: LIANHE, channel: 'hotline', externalId: `trunk-${i}`, contact: { phone: '13907316666' } },
      });
      expect(res.status).toBe(201);
      first.push(res.body.id);
    }
    for (const phone of ['013907316666', '0139-0731-6666', '+8613907316666']) {
      const res = await app.call('POST', '/api/v1/tickets', {
        token: relay,
        body: { text: '莲荷村自来水又停了', villageCode: LIANHE, channel: 'hotline', externalId: `trunk-x-${phone}`, contact: { phone } },
      });
      expect([phone, res.status]).toEqual([phone, 429]);
      expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(JSON.stringify(res.body)).not.toContain('13907316666');
    }
    const replay = await app.call('POST', '/api/v1/tickets', {
      token: relay,
      body: { text: '莲荷村第0组自来水停了', villageCode: LIANHE, channel: 'hotline', externalId: 'trunk-0', contact: { phone: '013907316666' } },
    });
    expect([replay.status, replay.body.id]).toEqual([200, first[0]]);
  });
});

describe('a villager and the public never see another ticket through a merge', () => {
  it('an ordinary complaint merged into a misconduct report: refused, or no J-number reaches the villager or Open311', async () => {
    const v = await app.villagerToken({ name: '赵六', phone: '13800006666' });
    const mine = await app.call('POST', '/api/v1/tickets', { token: v.token, body: { text: '莲荷村低保金三个月没发了', villageCode: LIANHE } });
    const report = await app.call('POST', '/api/v1/tickets', {
      token: relay,
      body: { text: '火车站乡莲荷村村支书克扣低保金', villageCode: LIANHE, contact: { phone: '13907315555' } },
    });
    const j = await app.ds.manager.findOneByOrFail(Ticket, { id: report.body.id });
    expect(j.number).toMatch(/-J\d{4}$/);
    // The petition office moves the complaint to the commission (refused now: a complaint goes there
    // by 更正类别, red-team-2), which then tries to merge it.
    await transferTicket(app.ds, SYSTEM, mine.body.id, { unitId: j.handlingUnitId, reason: '同一事项' }).catch(() => undefined);
    await mergeTicket(app.ds, SYSTEM, mine.body.id, { intoId: j.id }).catch(() => undefined);
    const seen = [
      await app.call('GET', `/api/v1/tickets/${mine.body.id}`, { token: v.token }),
      await app.call('GET', `/api/v1/mp/tickets/${mine.body.id}`, { token: v.token }),
      await app.call('GET', `${V2}/requests/${mine.body.number}.json`),
    ];
    for (const res of seen) {
      expect(res.status).toBe(200);
      expect(JSON.stringify(res.body)).not.toContain(j.number);
      expect(JSON.stringify(res.body)).not.toMatch(/"intoId":/);
    }
  });
});

describe('a villager reaches only her own tickets', () => {
  it('another villager’s ticket, its rating and its reopening answer 404 whichever door', async () => {
    const a = await app.villagerToken({ name: '钱七', phone: '13800007777' });
    const b = await app.villagerToken({ name: '孙八', phone: '13800008888' });
    const hers = await app.call('POST', '/api/v1/tickets', { token: a.token, body: { text: '莲荷村五组的路灯坏了半个月', villageCode: LIANHE } });
    expect(hers.status).toBe(201);
    await acceptTicket(app.ds, SYSTEM, hers.body.id, {});
    await resolveTicket(app.ds, SYSTEM, hers.body.id, { text: '已更换灯泡' });
    const attempts = [
      await app.call('GET', `/api/v1/tickets/${hers.body.id}`, { token: b.token }),
      await app.call('GET', `/api/v1/mp/tickets/${hers.body.id}`, { token: b.token }),
      await app.call('POST', `/api/v1/mp/tickets/${hers.body.id}/rate`, { token: b.token, body: { contactedInTime: false, solved: false, satisfied: false } }),
      await app.call('POST', `/api/v1/tickets/${hers.body.id}/reopen`, { token: b.token, body: { reason: '根本没修好' } }),
    ];
    expect(attempts.map((r) => r.status)).toEqual([404, 404, 404, 404]);
    for (const r of attempts) expect(JSON.stringify(r.body)).not.toMatch(/钱七|13800007777|路灯/);
    const after = await app.ds.manager.findOneByOrFail(Ticket, { id: hers.body.id });
    expect([after.status, after.ratedAt]).toEqual(['resolved', null]);
    // A relay cannot read it back either, nor its own filings.
    expect((await app.call('GET', `/api/v1/tickets/${hers.body.id}`, { token: relay })).status).toBe(403);
  });
});
