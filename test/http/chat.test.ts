import crypto from 'node:crypto';
import fs from 'node:fs';
import { jpeg } from '../support/images';
import os from 'node:os';
import path from 'node:path';
import { chatMount } from '../../src/http/chat/routes';
import { inTransaction } from '../../src/db/tx';
import { enqueue } from '../../src/outbox/enqueue';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Attachment } from '../../src/entities/Attachment';
import { Ticket } from '../../src/entities/Ticket';
import { Staff } from '../../src/entities/Staff';
import { startTestApp, TestApp } from '../support/app';

let app: TestApp;
let bot: string;
let channel: string;
let admin: string;

const msg = (over: Record<string, unknown> = {}) => ({
  botAccount: 'acct',
  messageId: `m-${Math.random().toString(36).slice(2)}`,
  from: { id: 'wxid_villager', name: '张三' },
  type: 'text',
  text: '你好',
  ...over,
});

beforeAll(async () => {
  process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'cunsheng-chat-'));
  app = await startTestApp({ areas: ['430502'], mounts: [chatMount] });
  bot = await app.token('bot');
  channel = await app.token('channel');
  admin = await app.token('admin');
});
afterAll(async () => {
  await app.close();
  fs.rmSync(process.env.UPLOAD_DIR!, { recursive: true, force: true });
});

describe('who may call the chat API', () => {
  it.each([
    ['POST', '/api/v1/chat/messages', msg()],
    ['POST', '/api/v1/chat/rooms/resolve', { botAccount: 'acct', rooms: [] }],
    ['POST', '/api/v1/chat/outbox/claim', { botAccount: 'acct', worker: 'w' }],
  ])('%s %s needs the bot token (an intake channel key is refused)', async (method, p, body) => {
    expect((await app.call(method, p, { body })).status).toBe(401);
    expect((await app.call(method, p, { body, token: admin })).status).toBe(403);
    expect((await app.call(method, p, { body, token: channel })).status).toBe(403);
    expect((await app.call(method, p, { body, token: bot })).status).toBe(200);
  });

  it('bind codes and bindings are for admins', async () => {
    const cadre = await app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre');
    expect((await app.call('POST', '/api/v1/chat/bind-codes', { token: bot, body: { staffId: cadre.id } })).status).toBe(403);
    expect((await app.call('POST', '/api/v1/chat/bind-codes', { token: channel, body: { staffId: cadre.id } })).status).toBe(403);
    const ok = await app.call('POST', '/api/v1/chat/bind-codes', { token: admin, body: { staffId: cadre.id } });
    expect(ok.status).toBe(201);
    expect(ok.body.code).toMatch(/^\d{6}$/);
  });
});

describe('bad input names the field', () => {
  it.each([
    [{ ...msg(), botAccount: '' }, 'botAccount'],
    [{ ...msg(), type: 'sticker' }, 'type'],
    [{ ...msg(), from: {} }, 'from.id'],
    [{ ...msg(), text: 'x'.repeat(5001) }, 'text'],
    [{ ...msg(), extra: 1 }, 'body'],
  ])('%j → %s', async (body, field) => {
    const res = await app.call('POST', '/api/v1/chat/messages', { token: bot, body });
    expect(res.status).toBe(400);
    expect(res.body.error.field).toBe(field);
  });

  it('bind code for an unknown member of staff', async () => {
    const res = await app.call('POST', '/api/v1/chat/bind-codes', { token: admin, body: { staffId: 999999 } });
    expect([res.status, res.body.error.field]).toEqual([400, 'staffId']);
  });

  it('an image nobody asked for', async () => {
    const res = await app.call('POST', '/api/v1/chat/images?botAccount=acct&messageId=nope', {
      token: bot,
      body: 'xx',
      headers: { 'content-type': 'image/jpeg' },
    });
    expect(res.status).toBe(404);
    const bad = await app.call('POST', '/api/v1/chat/images?botAccount=acct&messageId=nope', {
      token: bot,
      body: 'xx',
      headers: { 'content-type': 'text/plain' },
    });
    expect([bad.status, bad.body.error.field]).toEqual([400, 'content-type']);
  });

  it('ack without a reason', async () => {
    const res = await app.call('POST', '/api/v1/chat/outbox/1/ack', { token: bot, body: { worker: 'w', ok: false } });
    expect([res.status, res.body.error.field]).toEqual([400, 'error']);
  });
});

describe('bindings through the API', () => {
  it('binds by topic; the bot finds the room on login; unbinding stops it', async () => {
    const created = await app.call('POST', '/api/v1/chat/bindings', { token: admin, body: { jurisdictionCode: '430502202205', topic: '莲荷村一组' } });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ jurisdictionCode: '430502202205', topic: '莲荷村一组', roomId: null, botAccount: null, active: true });
    const resolved = await app.call('POST', '/api/v1/chat/rooms/resolve', {
      token: bot,
      body: {
        botAccount: 'acct',
        rooms: [
          { id: 'r1@chatroom', topic: '莲荷村一组' },
          { id: 'r2@chatroom', topic: '别的群' },
        ],
      },
    });
    expect(resolved.body.bound).toEqual([expect.objectContaining({ chatTargetId: created.body.id, roomId: 'r1@chatroom' })]);
    // A trigger in that room now files a ticket in 莲荷村.
    const m = await app.call('POST', '/api/v1/chat/messages', {
      token: bot,
      body: msg({ roomId: 'r1@chatroom', roomTopic: '莲荷村一组', text: '反映 自来水停了两天了' }),
    });
    expect(m.body.replies[0].text).toMatch(/已登记，工单号 430502-/);
    expect(m.body.replies[0].to).toEqual({ room: { roomId: 'r1@chatroom', topic: '莲荷村一组' } });
    expect((await app.call('DELETE', `/api/v1/chat/bindings/${created.body.id}`, { token: admin })).body.active).toBe(false);
    const after = await app.call('POST', '/api/v1/chat/messages', {
      token: bot,
      body: msg({ roomId: 'r1@chatroom', roomTopic: '莲荷村一组', text: '反映 自来水又停了' }),
    });
    expect(after.body.replies).toEqual([]);
  });

  it('rejects an unknown area', async () => {
    const res = await app.call('POST', '/api/v1/chat/bindings', { token: admin, body: { jurisdictionCode: '430502999999', topic: 'x' } });
    expect([res.status, res.body.error.field]).toEqual([400, 'jurisdictionCode']);
  });
});

describe('outbox claim and ack for the bot', () => {
  it('hands out this account\u2019s WeChat rows once, and records sent, failed and deferred', async () => {
    const now = new Date();
    await inTransaction(app.ds, async ({ manager }) => {
      await enqueue(manager, { channel: 'wechat_contact', target: 'acct:wxid_a', kind: 't', payload: { text: '一' } }, now);
      await enqueue(manager, { channel: 'wechat_contact', target: 'other:wxid_b', kind: 't', payload: { text: '二' } }, now);
      await enqueue(manager, { channel: 'wechat_contact', target: 'acct:wxid_c', kind: 't', payload: { text: '三' } }, now);
      await enqueue(manager, { channel: 'wechat_contact', target: 'acct:wxid_d', kind: 't', payload: { text: '四' } }, now);
    });
    const claim = await app.call('POST', '/api/v1/chat/outbox/claim', { token: bot, body: { botAccount: 'acct', worker: 'w1', limit: 10 } });
    expect(claim.body.items.map((i: any) => [i.to.contact.contactId, i.text])).toEqual([
      ['wxid_a', '一'],
      ['wxid_c', '三'],
      ['wxid_d', '四'],
    ]);
    // Claimed rows are not handed out twice.
    expect((await app.call('POST', '/api/v1/chat/outbox/claim', { token: bot, body: { botAccount: 'acct', worker: 'w2' } })).body.items).toEqual([]);
    const [a, c, d] = claim.body.items.map((i: any) => i.id);
    expect((await app.call('POST', `/api/v1/chat/outbox/${a}/ack`, { token: bot, body: { worker: 'w1', ok: true } })).body.status).toBe('sent');
    expect(
      (await app.call('POST', `/api/v1/chat/outbox/${c}/ack`, { token: bot, body: { worker: 'w1', ok: false, error: '找不到该联系人' } })).body.status,
    ).toBe('pending');
    const later = new Date(Date.now() + 3600_000).toISOString();
    expect((await app.call('POST', `/api/v1/chat/outbox/${d}/ack`, { token: bot, body: { worker: 'w1', ok: false, deferUntil: later } })).body.status).toBe(
      'pending',
    );
    const rows = await app.ds.manager.find(OutboxMessage, { where: { target: 'acct:wxid_c' } });
    expect(rows[0]).toMatchObject({ status: 'pending', lastError: '找不到该联系人', attempts: 1 });
    expect((await app.ds.manager.findOneByOrFail(OutboxMessage, { id: d })).attempts).toBe(0);
    // Another worker cannot ack a row it does not hold.
    const stolen = await app.call('POST', `/api/v1/chat/outbox/${c}/ack`, { token: bot, body: { worker: 'w2', ok: false, error: 'x' } });
    expect(stolen.status).toBe(409);
  });
});

describe('replays over HTTP', () => {
  it('returns the stored replies and does not act again', async () => {
    const body = msg({ text: '反映 莲荷村的路灯坏了一个月了，晚上黑漆漆的' });
    const first = await app.call('POST', '/api/v1/chat/messages', { token: bot, body });
    expect(first.body.replies[0].text).toMatch(/已登记/);
    const again = await app.call('POST', '/api/v1/chat/messages', { token: bot, body });
    expect(again.body).toEqual({ replies: first.body.replies, replay: true });
  });
});

describe('images', () => {
  it('stores the photo the core asked for, once', async () => {
    const report = await app.call('POST', '/api/v1/chat/messages', {
      token: bot,
      body: msg({ from: { id: 'wxid_photo' }, text: '反映 莲荷村村口的桥裂了一道大缝' }),
    });
    expect(report.body.ticketNumber).toBeTruthy();
    const photo = msg({ from: { id: 'wxid_photo' }, type: 'image', text: undefined });
    const res = await app.call('POST', '/api/v1/chat/messages', { token: bot, body: photo });
    expect(res.body.wantImage).toBe(true);
    const q = `botAccount=acct&messageId=${photo.messageId}`;
    // Regression: four JPEG magic bytes and random data are not a photo.
    const fake = await app.call('POST', `/api/v1/chat/images?${q}`, {
      token: bot,
      body: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), crypto.randomBytes(4096)]),
      headers: { 'content-type': 'image/jpeg' },
    });
    expect([fake.status, fake.body.error?.field]).toEqual([415, 'body']);
    const up = await app.call('POST', `/api/v1/chat/images?${q}`, { token: bot, body: jpeg(), headers: { 'content-type': 'image/jpeg' } });
    expect(up.status).toBe(201);
    const again = await app.call('POST', `/api/v1/chat/images?${q}`, { token: bot, body: jpeg(320, 240), headers: { 'content-type': 'image/jpeg' } });
    expect(again.body.attachmentId).toBe(up.body.attachmentId);
    const att = await app.ds.manager.findOneByOrFail(Attachment, { id: up.body.attachmentId });
    expect(att.ticketId).not.toBeNull();
  });

  it('a photo sent before the words goes with the complaint, and no relay can borrow it', async () => {
    const photo = msg({ from: { id: 'wxid_photo_first' }, type: 'image', text: undefined });
    expect((await app.call('POST', '/api/v1/chat/messages', { token: bot, body: photo })).body.wantImage).toBe(true);
    const up = await app.call('POST', `/api/v1/chat/images?botAccount=acct&messageId=${photo.messageId}`, {
      token: bot,
      body: jpeg(),
      headers: { 'content-type': 'image/jpeg' },
    });
    expect(up.status).toBe(201);
    const stolen = await app.call('POST', '/api/v1/tickets', {
      token: channel,
      body: { text: '莲荷村的路灯坏了', channel: 'api', attachmentIds: [up.body.attachmentId] },
    });
    expect([stolen.status, stolen.body.error?.field]).toEqual([400, 'attachmentIds']);
    const report = await app.call('POST', '/api/v1/chat/messages', {
      token: bot,
      body: msg({ from: { id: 'wxid_photo_first' }, text: '反映 莲荷村村口的桥裂了一道大缝' }),
    });
    expect(report.body.ticketNumber).toBeTruthy();
    const att = await app.ds.manager.findOneByOrFail(Attachment, { id: up.body.attachmentId });
    expect(att.ticketId).toBe((await app.ds.manager.findOneByOrFail(Ticket, { number: report.body.ticketNumber })).id);
  });
});

describe('unbinding a contact', () => {
  it('a code moves the WeChat link from one member of staff to another', async () => {
    const [a, b] = await app.ds.manager.find(Staff, { where: { role: 'cadre' }, order: { id: 'ASC' }, take: 2 });
    for (const s of [a, b]) {
      const { body } = await app.call('POST', '/api/v1/chat/bind-codes', { token: admin, body: { staffId: s.id } });
      await app.call('POST', '/api/v1/chat/messages', { token: bot, body: msg({ from: { id: 'wxid_shared' }, text: `绑定 ${body.code}` }) });
    }
    const after = await app.ds.manager.find(Staff, { where: [{ id: a.id }, { id: b.id }], order: { id: 'ASC' } });
    expect(after.map((s) => s.wechatId)).toEqual([null, 'acct:wxid_shared']);
  });

  it('stops guessing after five wrong codes', async () => {
    const replies: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await app.call('POST', '/api/v1/chat/messages', { token: bot, body: msg({ from: { id: 'wxid_guess' }, text: `绑定 00000${i}` }) });
      replies.push(r.body.replies[0].text);
    }
    expect(replies.slice(0, 5).every((t) => /绑定码无效/.test(t))).toBe(true);
    expect(replies[5]).toMatch(/尝试次数过多/);
  });
});
