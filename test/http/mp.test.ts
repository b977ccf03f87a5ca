import fs from 'node:fs';
import { jpegOfSize, png, webp } from '../support/images';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, TestApp } from '../support/app';
import { startFakeWeChat, FakeWeChat } from '../support/fake-wechat';
import { loadConfig } from '../../src/config';
import { mpMount } from '../../src/http/mp/routes';
import { mpSubscribeSender } from '../../src/channels/mp/sender';
import { Dispatcher } from '../../src/outbox/dispatcher';
import { loadOutboxSettings } from '../../src/outbox/config';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Ticket } from '../../src/entities/Ticket';
import { Staff } from '../../src/entities/Staff';
import { Petitioner } from '../../src/entities/Petitioner';
import { Attachment } from '../../src/entities/Attachment';

let app: TestApp;
let wx: FakeWeChat;
let uploadDir: string;
let admin: string;
const savedEnv = { ...process.env };

// Real headers (uploads are decoded); JPEG(n) is n bytes plus its header.
const JPEG = (n = 2048) => jpegOfSize(n + 12);
const PNG = () => png(40, 30);
const WEBP = () => webp(64, 48);

beforeAll(async () => {
  wx = await startFakeWeChat();
  uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-mp-uploads-'));
  Object.assign(process.env, { WECHAT_API_BASE: wx.url, MP_APPID: wx.appid, MP_SECRET: wx.secret, MP_TEMPLATE_STATUS: 'TPL-STATUS', UPLOAD_DIR: uploadDir });
  app = await startTestApp({ areas: ['430502'], mounts: [mpMount] });
  admin = await app.token('admin');
});

afterAll(async () => {
  await app?.close();
  await wx?.close();
  fs.rmSync(uploadDir, { recursive: true, force: true });
  process.env = savedEnv;
});

async function login(openid: string, unionid?: string) {
  const res = await app.call('POST', '/api/v1/mp/login', { body: { code: wx.code(openid, unionid) } });
  expect(res.status).toBe(200);
  return res.body as { token: string; role: string; staff?: { id: number } };
}

async function upload(token: string, bytes: Buffer, opts: { name?: string; type?: string; field?: string; extra?: Buffer } = {}) {
  const form = new FormData();
  form.append(opts.field ?? 'file', new Blob([new Uint8Array(bytes)], { type: opts.type ?? 'image/jpeg' }), opts.name ?? 'photo.jpg');
  if (opts.extra) form.append('file', new Blob([new Uint8Array(opts.extra)], { type: 'image/jpeg' }), 'second.jpg');
  const res = await fetch(`${app.url}/api/v1/mp/uploads`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  return { status: res.status, body: (await res.json()) as any };
}

async function fetchBytes(token: string, url: string) {
  const res = await fetch(app.url + url, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) };
}

function storedFiles(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(path.join(d, e.name)) : out.push(e.name);
  };
  walk(uploadDir);
  return out;
}

async function deliverMp() {
  const config = loadConfig(process.env);
  const d = new Dispatcher(app.ds, { senders: [mpSubscribeSender(() => config)], settings: loadOutboxSettings({}) });
  return d.drain();
}

describe('the villager path: login → village → photo → report → cadre resolves → "not solved" → reopened', () => {
  let villager: string;
  let cadreToken: string;
  let cadre: Staff;
  let ticketId: number;
  let photo: { id: number; url: string };
  let staffPhoto: { id: number; url: string };
  const photoBytes = JPEG(4096);

  it('logs a villager in with a wx.login code and never hands out the session_key', async () => {
    const res = await app.call('POST', '/api/v1/mp/login', { body: { code: wx.code('openid-villager-a', 'union-a') } });
    expect(res.status).toBe(200);
    expect(res.body.role).toBe('villager');
    expect(res.body.token).toMatch(/^cs_/);
    expect(JSON.stringify(res.body)).not.toMatch(/session_key|SECRET-SESSION-KEY|openid/);
    villager = res.body.token;
    // The same WeChat user logging in again is the same villager (their tickets stay theirs).
    const again = await login('openid-villager-a');
    expect((await app.call('GET', '/api/v1/mp/tickets', { token: again.token })).status).toBe(200);
  });

  it('picks 莲荷村 through the cascading division picker', async () => {
    const townships = await app.call('GET', '/api/v1/divisions?parent=430502');
    const township = townships.body.items.find((j: any) => j.name.startsWith('火车站'));
    expect(township).toBeDefined();
    const villages = await app.call('GET', `/api/v1/divisions?parent=${township.code}`);
    const village = villages.body.items.find((j: any) => j.shortName === '莲荷村');
    expect(village.code).toBe('430502202205');
  });

  it('uploads a photo (checked by its bytes) that only the uploader can fetch before it is used', async () => {
    const res = await upload(villager, photoBytes);
    expect(res.status).toBe(201);
    expect(res.body.mime).toBe('image/jpeg');
    photo = res.body;
    const got = await fetchBytes(villager, photo.url);
    expect(got.status).toBe(200);
    expect(got.type).toBe('image/jpeg');
    expect(got.bytes.equals(photoBytes)).toBe(true);
  });

  it('reports with the village, a location and the photo; a repeated clientId answers 200 with the same ticket', async () => {
    const body = {
      clientId: 'client-0001-abc',
      text: '村口的路坑坑洼洼，下雨天没法走',
      villageCode: '430502202205',
      location: { lat: 27.24, lng: 111.48 },
      photoIds: [photo.id],
    };
    const res = await app.call('POST', '/api/v1/mp/tickets', { token: villager, body });
    expect(res.status).toBe(201);
    expect(res.body.handlingUnit.name).toBe('火车站乡人民政府');
    expect(res.body.channel).toBe('miniprogram');
    expect(res.body.photos.map((p: any) => p.id)).toEqual([photo.id]);
    expect(res.body.location).toEqual({ lat: 27.24, lng: 111.48 });
    expect(res.body.clocks.resolution).toMatch(/前|剩余/);
    ticketId = res.body.id;
    const replay = await app.call('POST', '/api/v1/mp/tickets', { token: villager, body });
    expect(replay.status).toBe(200);
    expect(replay.body.id).toBe(ticketId);
    expect(Number(await app.ds.manager.count(Ticket, { where: { channel: 'miniprogram' } }))).toBe(1);
  });

  it("lists the villager's own tickets", async () => {
    const res = await app.call('GET', '/api/v1/mp/tickets', { token: villager });
    expect(res.status).toBe(200);
    expect(res.body.items.map((t: any) => t.id)).toEqual([ticketId]);
    expect(res.body.items[0].statusName).toBe('已交办');
  });

  it("binds a cadre's WeChat with a one-time code from an admin; their next login is a staff login", async () => {
    cadre = await app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre');
    const issued = await app.call('POST', '/api/v1/mp/bind-codes', { token: admin, body: { staffId: cadre.id } });
    expect(issued.status).toBe(201);
    expect(issued.body.code).toMatch(/^\d{6}$/);
    const first = await login('openid-cadre');
    expect(first.role).toBe('villager');
    const bound = await app.call('POST', '/api/v1/mp/bind', {
      token: first.token,
      body: { code: ` ${issued.body.code.slice(0, 3)} ${issued.body.code.slice(3)} ` },
    });
    expect(bound.status).toBe(200);
    expect(bound.body.role).toBe('cadre');
    expect(bound.body.staff.id).toBe(cadre.id);
    // The code is spent.
    const other = await login('openid-someone-else');
    const reuse = await app.call('POST', '/api/v1/mp/bind', { token: other.token, body: { code: issued.body.code } });
    expect(reuse.status).toBe(400);
    expect(reuse.body.error.field).toBe('code');
    const next = await login('openid-cadre');
    expect(next.role).toBe('cadre');
    expect(next.staff!.id).toBe(cadre.id);
    cadreToken = next.token;
  });

  it('shows the cadre their queue with overdue tickets first', async () => {
    // A second, later ticket whose response clock has already run out.
    const other = await login('openid-villager-c');
    const late = await app.call('POST', '/api/v1/mp/tickets', {
      token: other.token,
      body: { clientId: 'client-late-0001', text: '莲荷村的路灯坏了一个月了', villageCode: '430502202205', category: 'infrastructure' },
    });
    expect(late.status).toBe(201);
    await app.ds.manager.update(Ticket, { id: late.body.id }, { responseDueAt: new Date(Date.now() - 3 * 3600_000) });

    const q = await app.call('GET', '/api/v1/mp/workbench/queue', { token: cadreToken });
    expect(q.status).toBe(200);
    expect(q.body.items.map((t: any) => t.id)).toEqual([late.body.id, ticketId]);
    expect(q.body.overdue).toBe(1);
    expect(q.body.items[0].clock.overdue).toBe(true);
    expect(q.body.items[0].clock.words).toMatch(/已超期/);
  });

  it('lets the cadre accept, note, reply, upload a photo and resolve with it', async () => {
    const detail = await app.call('GET', `/api/v1/mp/workbench/tickets/${ticketId}`, { token: cadreToken });
    expect(detail.status).toBe(200);
    expect(detail.body.photos).toHaveLength(1);
    expect((await fetchBytes(cadreToken, detail.body.photos[0].url)).status).toBe(200);

    const acc = await app.call('POST', `/api/v1/mp/workbench/tickets/${ticketId}/accept`, { token: cadreToken, body: {} });
    expect(acc.status).toBe(200);
    expect(acc.body.status).toBe('accepted');
    expect(
      (await app.call('POST', `/api/v1/mp/workbench/tickets/${ticketId}/note`, { token: cadreToken, body: { text: '内部：需要协调交通站的预算' } })).status,
    ).toBe(200);
    expect(
      (await app.call('POST', `/api/v1/mp/workbench/tickets/${ticketId}/reply`, { token: cadreToken, body: { text: '已安排施工队本周修补' } })).status,
    ).toBe(200);

    const up = await upload(cadreToken, PNG(), { name: 'after.png', type: 'image/png' });
    expect(up.status).toBe(201);
    staffPhoto = up.body;
    const res = await app.call('POST', `/api/v1/mp/workbench/tickets/${ticketId}/resolve`, {
      token: cadreToken,
      body: { text: '路面已修补完毕', photoIds: [staffPhoto.id] },
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('resolved');
    expect(res.body.photos.map((p: any) => p.id).sort()).toEqual([photo.id, staffPhoto.id].sort());
    expect(res.body.history.map((e: any) => e.type)).toEqual(expect.arrayContaining(['accepted', 'note', 'reply', 'resolved']));
  });

  it('lets the cadre object to a ticket that is not theirs, and transfer another to the competent bureau', async () => {
    const v = await login('openid-villager-d');
    const mk = (clientId: string, text: string) =>
      app.call('POST', '/api/v1/mp/tickets', { token: v.token, body: { clientId, text, villageCode: '430502202205', category: 'infrastructure' } });
    const a = (await mk('client-obj-0001', '莲荷村后山的小路塌了一段')).body;
    const b = (await mk('client-tra-0001', '莲荷村自来水管冻裂了')).body;

    const obj = await app.call('POST', `/api/v1/mp/workbench/tickets/${a.id}/object`, { token: cadreToken, body: { reason: '该路段属于林场管理' } });
    expect(obj.status).toBe(200);
    expect(obj.body.status).toBe('objected');

    const bureau = await app.unit('双清区水利局');
    const tr = await app.call('POST', `/api/v1/mp/workbench/tickets/${b.id}/transfer`, {
      token: cadreToken,
      body: { unitId: bureau.id, reason: '供水归水利局' },
    });
    expect(tr.status).toBe(200);
    expect(tr.body.handlingUnit.name).toBe('双清区水利局');
    // No longer theirs: gone from the township's workbench.
    expect((await app.call('GET', `/api/v1/mp/workbench/tickets/${b.id}`, { token: cadreToken })).status).toBe(404);
    const seen = await app.call('GET', `/api/v1/mp/tickets/${b.id}`, { token: v.token });
    expect(seen.body.history.at(-1)).toMatchObject({ title: '已转至双清区水利局办理', text: '供水归水利局' });
    // The objection is internal: the villager does not see it.
    const seenA = await app.call('GET', `/api/v1/mp/tickets/${a.id}`, { token: v.token });
    expect(JSON.stringify(seenA.body.history)).not.toContain('林场');
  });

  it("shows the villager public history in plain words, the cadre's photo, and no internal note", async () => {
    const res = await app.call('GET', `/api/v1/mp/tickets/${ticketId}`, { token: villager });
    expect(res.status).toBe(200);
    expect(res.body.canRate).toBe(true);
    const titles = res.body.history.map((e: any) => e.title);
    expect(titles).toEqual(['诉求已提交', '已交由火车站乡人民政府办理', '承办单位已受理', '承办单位答复', '已办结']);
    expect(res.body.history.find((e: any) => e.type === 'reply').text).toBe('已安排施工队本周修补');
    const text = JSON.stringify(res.body);
    expect(text).not.toContain('预算');
    expect(text).not.toContain(cadre.name);
    expect(text).not.toMatch(/assigneeId|actorId/);
    const resolved = res.body.history.find((e: any) => e.type === 'resolved');
    expect(resolved.photos).toEqual([staffPhoto.url]);
    const got = await fetchBytes(villager, staffPhoto.url);
    expect(got.status).toBe(200);
    expect(got.type).toBe('image/png');
  });

  it('sends the villager subscription messages with fields that fit the template', async () => {
    await deliverMp();
    const toA = wx.sent.filter((s) => s.touser === 'openid-villager-a');
    expect(toA.length).toBeGreaterThanOrEqual(3); // accepted, reply, resolved (follow-up)
    for (const s of toA) {
      expect(s.template_id).toBe('TPL-STATUS');
      expect(s.page).toBe(`pages/ticket/detail?id=${ticketId}`);
      expect([...s.data.thing3.value].length).toBeLessThanOrEqual(20);
      expect(s.data.character_string1.value).toMatch(/^430502-\d{8}-\d{4}$/);
    }
    expect(toA.map((s) => s.data.phrase2.value)).toEqual(expect.arrayContaining(['办理中', '已办结']));
    const rows = await app.ds.manager.find(OutboxMessage, { where: { channel: 'mp_subscribe' } });
    expect(rows.every((r) => r.status === 'sent')).toBe(true);
    // One token fetch served every send.
    expect(wx.tokenFetches).toBe(1);
  });

  it('reopens the ticket and notifies the unit when the villager says it is not solved', async () => {
    const res = await app.call('POST', `/api/v1/mp/tickets/${ticketId}/rate`, {
      token: villager,
      body: { contactedInTime: true, solved: false, satisfied: false, comment: '只补了一半' },
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('reopened');
    expect(res.body.history.at(-1).title).toBe('已重新交办');
    const notices = await app.ds.manager.find(OutboxMessage, { where: { channel: 'staff', kind: 'ticket_reopened', ticketId } });
    expect(notices).toHaveLength(1);
    const q = await app.call('GET', '/api/v1/mp/workbench/queue', { token: cadreToken });
    expect(q.body.items.map((t: any) => t.id)).toContain(ticketId);
    // Rated once: a second rating is a state conflict, not a second reopening.
    const again = await app.call('POST', `/api/v1/mp/tickets/${ticketId}/rate`, {
      token: villager,
      body: { contactedInTime: true, solved: false, satisfied: false },
    });
    expect(again.status).toBe(409);
  });

  describe('another villager', () => {
    let b: string;
    let pendingOfA: { id: number; url: string };
    beforeAll(async () => {
      b = (await login('openid-villager-b')).token;
      pendingOfA = (await upload(villager, JPEG())).body;
    });

    it('can never read the ticket or its photos, attached or not (404)', async () => {
      expect((await app.call('GET', `/api/v1/mp/tickets/${ticketId}`, { token: b })).status).toBe(404);
      expect((await app.call('GET', '/api/v1/mp/tickets', { token: b })).body.items).toEqual([]);
      for (const url of [photo.url, staffPhoto.url, pendingOfA.url]) expect((await fetchBytes(b, url)).status).toBe(404);
      expect(
        (await app.call('POST', `/api/v1/mp/tickets/${ticketId}/rate`, { token: b, body: { contactedInTime: true, solved: true, satisfied: true } })).status,
      ).toBe(404);
    });

    it("cannot put A's photo on their own report", async () => {
      const res = await app.call('POST', '/api/v1/mp/tickets', {
        token: b,
        body: { clientId: 'client-b-00001', text: '莲荷村的路坏了', villageCode: '430502202205', photoIds: [pendingOfA.id] },
      });
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe('photoIds');
    });

    it("reusing A's clientId makes B a ticket of their own, not a view of A's", async () => {
      const res = await app.call('POST', '/api/v1/mp/tickets', {
        token: b,
        body: { clientId: 'client-0001-abc', text: '莲荷村的井水浑浊发黄', villageCode: '430502202205' },
      });
      expect(res.status).toBe(201);
      expect(res.body.id).not.toBe(ticketId);
    });

    it('staff of another township cannot fetch the photos either', async () => {
      const otherUnit = (await app.ds.manager.query(`SELECT name FROM unit WHERE kind = 'township_gov' AND name <> '火车站乡人民政府' ORDER BY id LIMIT 1`))[0]
        .name;
      const s = await app.staffOf(otherUnit, (x) => x.role === 'cadre');
      const t = await app.token('cadre', { staffId: s.id });
      expect((await fetchBytes(t, photo.url)).status).toBe(404);
      expect((await app.call('GET', `/api/v1/mp/workbench/tickets/${ticketId}`, { token: t })).status).toBe(404);
    });

    it("a cadre cannot resolve with a villager's unused photo", async () => {
      const res = await app.call('POST', `/api/v1/mp/workbench/tickets/${ticketId}/accept`, { token: cadreToken, body: {} });
      expect(res.status).toBe(200);
      const bad = await app.call('POST', `/api/v1/mp/workbench/tickets/${ticketId}/resolve`, {
        token: cadreToken,
        body: { text: '已处理', photoIds: [pendingOfA.id] },
      });
      expect(bad.status).toBe(400);
      expect(bad.body.error.field).toBe('photoIds');
    });
  });
});

describe('bad uploads', () => {
  let token: string;
  beforeAll(async () => {
    token = (await login('openid-uploader')).token;
  });

  it('accepts PNG and WebP by their bytes, whatever the name says', async () => {
    expect((await upload(token, PNG(), { name: 'x.jpg', type: 'image/jpeg' })).body.mime).toBe('image/png');
    expect((await upload(token, WEBP(), { name: 'x.gif', type: 'image/gif' })).body.mime).toBe('image/webp');
  });

  it('refuses a file whose bytes are not an image, whatever its name and declared type (415, field file)', async () => {
    const before = storedFiles().length;
    for (const bytes of [Buffer.from('GIF89a' + 'x'.repeat(100)), Buffer.from('<html><script>alert(1)</script></html>'), Buffer.from([0xff, 0xd8])]) {
      const res = await upload(token, bytes, { name: 'photo.jpg', type: 'image/jpeg' });
      expect(res.status).toBe(415);
      expect(res.body.error.field).toBe('file');
    }
    expect(storedFiles().length).toBe(before);
  });

  it('refuses a file over 5 MB (413) and keeps nothing of it', async () => {
    const before = storedFiles().length;
    const res = await upload(token, JPEG(5 * 1024 * 1024));
    expect(res.status).toBe(413);
    expect(res.body.error.field).toBe('file');
    expect(storedFiles().length).toBe(before);
    // Exactly at the limit is fine.
    expect((await upload(token, JPEG(5 * 1024 * 1024 - 12))).status).toBe(201);
  });

  it('refuses two files in one request, a missing file field, and a non-multipart body', async () => {
    const before = storedFiles().length;
    const two = await upload(token, JPEG(), { extra: JPEG() });
    expect(two.status).toBe(400);
    expect(two.body.error.field).toBe('file');
    const wrongField = await upload(token, JPEG(), { field: 'image' });
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.error.field).toBe('file');
    expect(storedFiles().length).toBe(before);
    const json = await app.call('POST', '/api/v1/mp/uploads', { token, body: { file: 'x' } });
    expect(json.status).toBe(415);
  });

  it('refuses more uploads once a person holds 40 unused photos (429)', async () => {
    const hoarder = await login('openid-hoarder');
    const me = await app.call('GET', '/api/v1/mp/tickets', { token: hoarder.token });
    expect(me.status).toBe(200);
    const pid = (await app.ds.manager.findOneByOrFail(Petitioner, { openid: 'openid-hoarder' })).id;
    const rows = Array.from({ length: 40 }, () => ({
      ticketId: null,
      kind: 'image' as const,
      storageKey: 'x',
      mime: 'image/jpeg',
      size: 1,
      uploaderKind: 'petitioner' as const,
      uploaderId: pid,
      createdAt: new Date(),
    }));
    await app.ds.manager.insert(Attachment, rows);
    const res = await upload(hoarder.token, JPEG());
    expect(res.status).toBe(429);
  });

  it('refuses more than 9 photos on a report, and uploads without a token', async () => {
    const res = await app.call('POST', '/api/v1/mp/tickets', {
      token,
      body: { clientId: 'client-many-01', text: '路坏了很久了', photoIds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] },
    });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('photoIds');
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(JPEG())]), 'a.jpg');
    expect((await fetch(`${app.url}/api/v1/mp/uploads`, { method: 'POST', body: form })).status).toBe(401);
  });
});

describe('WeChat login errors become clear answers', () => {
  it('an unknown code → 400 naming code', async () => {
    const res = await app.call('POST', '/api/v1/mp/login', { body: { code: 'never-issued' } });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('code');
  });

  it('a code used twice → 400 naming code', async () => {
    const code = wx.code('openid-twice');
    expect((await app.call('POST', '/api/v1/mp/login', { body: { code } })).status).toBe(200);
    const res = await app.call('POST', '/api/v1/mp/login', { body: { code } });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('code');
    expect(res.body.error.message).toContain('已被使用');
  });

  it.each([
    [45011, 429],
    [-1, 503],
    [40226, 403],
    ['network', 503],
    [{ status: 502 }, 503],
  ] as const)('WeChat %p → %d', async (outcome, status) => {
    wx.failNext('jscode2session', outcome as any);
    const res = await app.call('POST', '/api/v1/mp/login', { body: { code: wx.code('openid-x') } });
    expect(res.status).toBe(status);
    expect(res.body.error.message).toBeTruthy();
  });

  it('a missing code is a 400 naming code', async () => {
    const res = await app.call('POST', '/api/v1/mp/login', { body: {} });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe('code');
  });
});

describe('bind codes', () => {
  it('only an admin issues them, for an existing staff member', async () => {
    const villager = (await login('openid-binder')).token;
    expect((await app.call('POST', '/api/v1/mp/bind-codes', { token: villager, body: { staffId: 1 } })).status).toBe(403);
    const bad = await app.call('POST', '/api/v1/mp/bind-codes', { token: admin, body: { staffId: 999999 } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('staffId');
  });

  it('stops a guesser after five wrong codes', async () => {
    const villager = (await login('openid-guesser')).token;
    for (let i = 0; i < 5; i++) {
      const res = await app.call('POST', '/api/v1/mp/bind', { token: villager, body: { code: `WRONG-CODE${i}` } });
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe('code');
    }
    const s = await app.staffOf('火车站乡人民政府', (x) => x.role === 'leader');
    const issued = await app.call('POST', '/api/v1/mp/bind-codes', { token: admin, body: { staffId: s.id } });
    expect((await app.call('POST', '/api/v1/mp/bind', { token: villager, body: { code: issued.body.code } })).status).toBe(429);
  });

  it('refuses a WeChat already bound to another staff member', async () => {
    const s1 = await app.staffOf('火车站乡人民政府', (x) => x.role === 'leader');
    const villager = (await login('openid-cadre-two-accounts')).token;
    const c1 = await app.call('POST', '/api/v1/mp/bind-codes', { token: admin, body: { staffId: s1.id } });
    expect((await app.call('POST', '/api/v1/mp/bind', { token: villager, body: { code: c1.body.code } })).status).toBe(200);
    const s2 = (await app.ds.manager.find(Staff, { where: { unitId: s1.unitId!, role: 'cadre' }, order: { id: 'DESC' } }))[0];
    const c2 = await app.call('POST', '/api/v1/mp/bind-codes', { token: admin, body: { staffId: s2.id } });
    // The same person logging in again is now staff; a fresh villager session of that WeChat cannot exist.
    const again = await login('openid-cadre-two-accounts');
    expect(again.role).toBe('leader');
    const res = await app.call('POST', '/api/v1/mp/bind', { token: villager, body: { code: c2.body.code } });
    expect(res.status).toBe(409);
  });
});
