import { startTestApp, TestApp } from '../../support/app';
import { mpMount } from '../../../src/http/mp/routes';
import { handleInbound } from '../../../src/channels/chat/handler';
import { BIND_CODE_TTL_MS, BIND_TRIES_PER_HOUR, issueBindCode } from '../../../src/channels/chat/binding';
import { bindStaff } from '../../../src/channels/mp/service';
import { Staff } from '../../../src/entities/Staff';
import type { Actor } from '../../../src/tickets/actor';

/**
 * Bind-code guessing: failed tries are limited per contact (5 an hour), per bot account (20; the
 * mini-program is one account) and in total (30), whatever contact ids or accounts an attacker
 * rotates; past a limit even the right code is refused. Codes live 10 minutes.
 */
let app: TestApp;
let staff: Staff[];
const BOT: Actor = { kind: 'bot', name: 'wechat-bot', tokenId: 0 };
const issued = new Set<string>();
let msg = 0;

// Each test runs on its own day, so the sliding hour of one does not reach into another.
const day = (n: number, minutes = 0) => new Date(Date.UTC(2031, 0, n, 2, minutes));

async function codeFor(s: Staff, now: Date): Promise<string> {
  const { code } = await issueBindCode(app.ds, s.id, now);
  issued.add(code);
  return code;
}

/** A six-digit code that is nobody's. */
function wrongCode(i: number): string {
  for (let n = 100_000 + i * 7; ; n++) {
    const c = String(n % 1_000_000).padStart(6, '0');
    if (!issued.has(c)) return c;
  }
}

async function say(account: string, contact: string, text: string, now: Date): Promise<string> {
  const r = await handleInbound(app.ds, BOT, { botAccount: account, messageId: `bt-${++msg}`, from: { id: contact }, type: 'text', text }, now);
  return r.replies[0]?.text ?? '';
}

const wechatOf = async (s: Staff) => (await app.ds.manager.findOneByOrFail(Staff, { id: s.id })).wechatId;

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502'], mounts: [mpMount] });
  staff = await app.ds.manager.find(Staff, { where: { active: true }, order: { id: 'ASC' }, take: 12 });
});
afterAll(() => app.close());

describe('chat: bind codes sent to the bot', () => {
  it('states the limits', () => {
    expect(BIND_TRIES_PER_HOUR).toEqual({ contact: 5, account: 20, total: 30 });
    expect(BIND_CODE_TTL_MS).toBe(10 * 60_000);
  });

  it('one contact: five wrong codes, then even the right one is refused; another contact is not affected', async () => {
    const now = day(1);
    for (let i = 0; i < 5; i++) expect(await say('acct-1', 'wxid_guess', `绑定 ${wrongCode(i)}`, now)).toMatch(/绑定码无效或已过期/);
    const right = await codeFor(staff[0], now);
    expect(await say('acct-1', 'wxid_guess', `绑定 ${right}`, now)).toMatch(/尝试次数过多/);
    expect(await wechatOf(staff[0])).not.toBe('acct-1:wxid_guess');
    expect(await say('acct-1', 'wxid_owner', `绑定 ${right}`, now)).toMatch(/^绑定成功/);
  });

  it('rotating contact ids: after 20 failed tries on one bot account the right code is refused for the hour', async () => {
    const t0 = day(2);
    for (let i = 0; i < BIND_TRIES_PER_HOUR.account; i++) {
      expect(await say('acct-2', `wxid_rot_${i}`, `绑定 ${wrongCode(i)}`, new Date(t0.getTime() + i * 1000))).toMatch(/绑定码无效或已过期/);
    }
    const right = await codeFor(staff[1], t0);
    const fresh = new Date(t0.getTime() + 60_000);
    expect(await say('acct-2', 'wxid_brand_new', `绑定 ${right}`, fresh)).toBe('尝试次数过多，请一小时后再试。');
    expect(await say('acct-2', 'wxid_brand_new_2', `绑定 ${right}`, new Date(t0.getTime() + 50 * 60_000))).toMatch(/尝试次数过多/);
    expect(await wechatOf(staff[1])).toBeNull();
    // An hour after the failures the account may try again (with a code that has not expired).
    const later = new Date(t0.getTime() + 61 * 60_000);
    const again = await codeFor(staff[1], later);
    expect(await say('acct-2', 'wxid_owner_2', `绑定 ${again}`, later)).toMatch(/^绑定成功/);
  });

  it('rotating bot accounts too: 30 failed tries in total close every door, the mini-program included', async () => {
    const t0 = day(3);
    for (let i = 0; i < BIND_TRIES_PER_HOUR.total; i++) {
      // Ten accounts, three tries each, a new contact each time: under every per-account and per-contact limit.
      expect(await say(`acct-3-${i % 10}`, `wxid_t_${i}`, `绑定 ${wrongCode(i)}`, t0)).toMatch(/绑定码无效或已过期/);
    }
    const right = await codeFor(staff[2], t0);
    expect(await say('acct-3-new', 'wxid_new', `绑定 ${right}`, t0)).toMatch(/尝试次数过多/);
    const { petitioner } = await app.villagerToken({ openid: 'openid-total' });
    await expect(bindStaff(app.ds, { kind: 'villager', petitionerId: petitioner.id, tokenId: 0 }, right, t0)).rejects.toMatchObject({ status: 429 });
    expect(await wechatOf(staff[2])).toBeNull();
  });

  it('a successful bind does not count as a failed try', async () => {
    const t0 = day(4);
    for (let i = 0; i < BIND_TRIES_PER_HOUR.contact + 2; i++) {
      const code = await codeFor(staff[3 + (i % 3)], t0);
      expect(await say('acct-4', 'wxid_admin_helper', `绑定 ${code}`, t0)).toMatch(/^绑定成功/);
    }
  });

  it('a code expires 10 minutes after it was issued', async () => {
    const t0 = day(5);
    const late = await codeFor(staff[6], t0);
    expect(await say('acct-5', 'wxid_late', `绑定 ${late}`, new Date(t0.getTime() + 10 * 60_000))).toBe('绑定码无效或已过期，请联系管理员重新获取。');
    expect(await wechatOf(staff[6])).toBeNull();
    const inTime = await codeFor(staff[6], t0);
    expect(await say('acct-5', 'wxid_in_time', `绑定 ${inTime}`, new Date(t0.getTime() + 10 * 60_000 - 1000))).toMatch(/^绑定成功/);
  });
});

describe('mini-program: POST /mp/bind', () => {
  const bind = (token: string, code: string) => app.call('POST', '/api/v1/mp/bind', { token, body: { code } });

  it('rotating mini-program users: after 20 failed tries the right code is 429 for everyone', async () => {
    for (let i = 0; i < BIND_TRIES_PER_HOUR.account; i++) {
      const { token } = await app.villagerToken({ openid: `openid-rot-${i}` });
      const r = await bind(token, wrongCode(100 + i));
      expect(r.status).toBe(400);
      expect(r.body.error.field).toBe('code');
    }
    const right = await codeFor(staff[7], new Date());
    const { token } = await app.villagerToken({ openid: 'openid-rot-last' });
    const r = await bind(token, right);
    expect(r.status).toBe(429);
    expect(r.body.error.message).toMatch(/尝试次数过多/);
    expect((await app.ds.manager.findOneByOrFail(Staff, { id: staff[7].id })).openid).toBeNull();
  });

  it('refuses an expired code', async () => {
    const t0 = day(6);
    const code = await codeFor(staff[8], t0);
    const { petitioner } = await app.villagerToken({ openid: 'openid-expired' });
    const actor: Actor = { kind: 'villager', petitionerId: petitioner.id, tokenId: 0 };
    await expect(bindStaff(app.ds, actor, code, new Date(t0.getTime() + 10 * 60_000 + 1))).rejects.toMatchObject({
      status: 400,
      field: 'code',
      message: expect.stringMatching(/无效或已过期/),
    });
    const ok = await bindStaff(app.ds, actor, code, new Date(t0.getTime() + 9 * 60_000));
    expect(ok.staff?.id).toBe(staff[8].id);
  });
});
