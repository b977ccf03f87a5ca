import fs from 'node:fs';
import path from 'node:path';
import { startTestApp, TestApp } from '../support/app';
import { startFakeWeChat, FakeWeChat } from '../support/fake-wechat';
import { chatMount } from '../../src/http/chat/routes';
import { mpMount } from '../../src/http/mp/routes';
import { open311Mount } from '../../src/http/open311/routes';
import { inTransaction } from '../../src/db/tx';
import { enqueue } from '../../src/outbox/enqueue';
import { hashToken, issueToken } from '../../src/auth/tokens';
import { ApiToken } from '../../src/entities/ApiToken';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Ticket } from '../../src/entities/Ticket';

/**
 * Rule 6: an intake relay's key (hotline, SMS, Open311: role `channel`) files complaints and
 * nothing else; the chat API and the bot's outbox are the `bot` role's alone.
 * Rule 1: no HTTP path mints a system-wide admin.
 */
let app: TestApp;
let wx: FakeWeChat;
let hotline: string;
let open311Key: string;
let bot: string;
const savedEnv = { ...process.env };
const V1 = '/api/v1';

beforeAll(async () => {
  wx = await startFakeWeChat();
  Object.assign(process.env, { WECHAT_API_BASE: wx.url, MP_APPID: wx.appid, MP_SECRET: wx.secret });
  app = await startTestApp({ areas: ['430502', '220382'], mounts: [chatMount, mpMount, open311Mount] });
  hotline = await app.token('channel');
  open311Key = await inTransaction(app.ds, async ({ manager }) => (await issueToken(manager, { role: 'channel', name: 'open311-vendor' })).token);
  bot = await app.token('bot');
});
afterAll(async () => {
  await app?.close();
  await wx?.close();
  process.env = savedEnv;
});

const msg = (over: Record<string, unknown> = {}) => ({
  botAccount: 'acct',
  messageId: `m-${Math.random().toString(36).slice(2)}`,
  from: { id: 'wxid_victim', name: '受害人' },
  type: 'text',
  text: '查询',
  ...over,
});

async function pendingRow(dedupeKey: string) {
  await inTransaction(app.ds, ({ manager }) =>
    enqueue(manager, { channel: 'wechat_contact', target: 'acct:wxid_victim', kind: 'notice', payload: { text: '您的诉求已办结' }, dedupeKey }, new Date()),
  );
  return app.ds.manager.findOneByOrFail(OutboxMessage, { dedupeKey });
}

describe('a channel key on the bot\u2019s routes: 403, and nothing changes', () => {
  it.each([
    ['hotline key', () => hotline],
    ['Open311 key', () => open311Key],
  ])('%s cannot claim the bot\u2019s outbox, ack a notice away, or speak as a villager', async (_name, key) => {
    const row = await pendingRow(`scope-${_name}`);
    const claim = await app.call('POST', `${V1}/chat/outbox/claim`, { token: key(), body: { botAccount: 'acct', worker: 'thief', limit: 50 } });
    expect(claim.status).toBe(403);
    // "Never deliver it": defer to the far future.
    const ack = await app.call('POST', `${V1}/chat/outbox/${row.id}/ack`, {
      token: key(),
      body: { worker: 'thief', ok: false, deferUntil: '9999-12-31T00:00:00Z' },
    });
    expect(ack.status).toBe(403);
    expect(await app.ds.manager.findOneByOrFail(OutboxMessage, { id: row.id })).toMatchObject({ status: 'pending', lockedBy: null, attempts: 0 });
    // Posting as any villager's WeChat id, to read their tickets back.
    const asVictim = await app.call('POST', `${V1}/chat/messages`, { token: key(), body: msg() });
    expect(asVictim.status).toBe(403);
    for (const [p, body] of [
      ['/chat/rooms/resolve', { botAccount: 'acct', rooms: [] }],
      ['/chat/chatter', { botAccount: 'acct', flushId: 'f-1', counts: [] }],
    ] as const) {
      expect((await app.call('POST', `${V1}${p}`, { token: key(), body })).status).toBe(403);
    }
    const img = await app.call('POST', `${V1}/chat/images?botAccount=acct&messageId=x`, {
      token: key(),
      body: 'xx',
      headers: { 'content-type': 'image/jpeg' },
    });
    expect(img.status).toBe(403);
  });

  it('the bot token does all of that', async () => {
    const row = await pendingRow('scope-bot');
    const claim = await app.call('POST', `${V1}/chat/outbox/claim`, { token: bot, body: { botAccount: 'acct', worker: 'w1', limit: 50 } });
    expect(claim.status).toBe(200);
    expect(claim.body.items.map((i: any) => i.id)).toContain(row.id);
    expect((await app.call('POST', `${V1}/chat/outbox/${row.id}/ack`, { token: bot, body: { worker: 'w1', ok: true } })).body.status).toBe('sent');
    expect((await app.call('POST', `${V1}/chat/messages`, { token: bot, body: msg() })).status).toBe(200);
  });

  it('a channel key reads no tickets, not even the ones it filed (their number is its receipt)', async () => {
    const filed = await app.call('POST', `${V1}/tickets`, {
      token: hotline,
      body: { text: '莲荷村自来水停了三天', villageCode: '430502202205', externalId: 'scope-read' },
    });
    expect(filed.status).toBe(201);
    expect((await app.call('GET', `${V1}/tickets/${filed.body.id}`, { token: hotline })).status).toBe(403);
    expect((await app.call('GET', `${V1}/tickets`, { token: hotline })).status).toBe(403);
  });

  it('a channel key on staff actions is refused for its role before its body is looked at', async () => {
    const filed = await app.call('POST', `${V1}/tickets`, {
      token: hotline,
      body: { text: '莲荷村路灯坏了', villageCode: '430502202205', externalId: 'scope-act' },
    });
    for (const [path, body] of [
      ['accept', { note: 12 }],
      ['resolve', {}],
      ['transfer', { unitId: 'x' }],
    ] as const) {
      const res = await app.call('POST', `${V1}/tickets/${filed.body.id}/${path}`, { token: hotline, body });
      expect([path, res.status]).toEqual([path, 403]);
    }
  });

  it('the bot token files nothing outside chat and has no Open311 key powers', async () => {
    expect((await app.call('POST', `${V1}/tickets`, { token: bot, body: { text: '莲荷村自来水停了三天', villageCode: '430502202205' } })).status).toBe(403);
    const before = Number(await app.ds.manager.count(Ticket));
    const o = await app.call('POST', '/open311/v2/requests.json', {
      form: { api_key: bot, jurisdiction_id: '430502', service_code: 'water', description: '莲荷村自来水停了三天', address_string: '火车站乡莲荷村' },
    });
    expect(o.status).toBe(403);
    expect(Number(await app.ds.manager.count(Ticket))).toBe(before);
  });
});

describe('no HTTP path mints a system-wide admin', () => {
  it('a county admin who binds the mini-program gets a county admin token, scoped to its county', async () => {
    const head = await app.staffOf('双清区信访局', (s) => s.role === 'admin');
    const sys = await app.token('admin');
    const code = await app.call('POST', `${V1}/mp/bind-codes`, { token: sys, body: { staffId: head.id } });
    expect(code.status).toBe(201);
    const villager = await app.call('POST', `${V1}/mp/login`, { body: { code: wx.code('openid-head') } });
    const bound = await app.call('POST', `${V1}/mp/bind`, { token: villager.body.token, body: { code: code.body.code } });
    expect(bound.status).toBe(200);
    expect(bound.body.role).toBe('admin');
    const again = await app.call('POST', `${V1}/mp/login`, { body: { code: wx.code('openid-head') } });
    expect(again.body.role).toBe('admin');
    for (const t of [bound.body.token, again.body.token]) {
      const rec = await app.ds.manager.findOneByOrFail(ApiToken, { tokenHash: hashToken(t) });
      expect(rec.role).toBe('admin');
      // It cannot write nationwide rules (the system-wide admin's), nor reach 双辽市.
      expect((await app.call('POST', `${V1}/admin/routing-rules`, { token: t, body: { category: 'water', target: 'township' } })).status).toBe(403);
      expect(
        (await app.call('POST', `${V1}/admin/routing-rules`, { token: t, body: { category: 'water', target: 'township', jurisdictionCode: '220382' } })).status,
      ).toBe(403);
    }
  });

  it('the token functions HTTP code can reach refuse the sysadmin role; only the CLI issues it', async () => {
    await expect(inTransaction(app.ds, ({ manager }) => issueToken(manager, { role: 'sysadmin' }))).rejects.toThrow(/只能用命令行签发/);
    // Structural: the function that issues it is imported by the CLI alone.
    const root = path.join(__dirname, '../../src');
    const importers: string[] = [];
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const f = path.join(d, e.name);
        if (e.isDirectory()) walk(f);
        else if (f.endsWith('.ts') && /issueSystemToken/.test(fs.readFileSync(f, 'utf8'))) importers.push(path.relative(root, f));
      }
    };
    walk(root);
    expect(importers.sort()).toEqual(['auth/tokens.ts', 'cli/commands/token-issue.ts']);
  });
});
