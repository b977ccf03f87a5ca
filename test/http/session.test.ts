/**
 * Console logins (issue 13): passwords, the session cookie, CSRF, lockout, expiry, logout and
 * password changes; a session is the same actor as that person's token.
 */
import { sessionMount } from '../../src/http/session/routes';
import { summariesMount } from '../../src/http/summaries/routes';
import { Staff } from '../../src/entities/Staff';
import { StaffCredential } from '../../src/entities/StaffCredential';
import { StaffSession } from '../../src/entities/StaffSession';
import { LoginFailure } from '../../src/entities/LoginFailure';
import { Unit } from '../../src/entities/Unit';
import { Ticket } from '../../src/entities/Ticket';
import { verifyPassword } from '../../src/auth/passwords';
import { startTestApp, TestApp } from '../support/app';
import { DEMO_PW, givePassword, login, sessionCookieOf, sessionFor, withSession } from '../support/session';

let app: TestApp;
let cadre: Staff;
let office: Staff;

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502', '220382'], mounts: [sessionMount, summariesMount] });
  cadre = await app.staffOf('双清区水利局', (s) => s.role === 'cadre');
  office = await app.ds.manager.findOneByOrFail(Staff, { id: (await app.unit('双清区信访局')).headStaffId! });
});
afterAll(() => app.close());
beforeEach(async () => {
  await app.ds.manager.clear(LoginFailure);
});

const ip = (n: number) => ({ 'x-forwarded-for': `10.0.0.${n}` });

describe('passwords', () => {
  it('stores scrypt with a per-user salt and its parameters, never the password', async () => {
    await givePassword(app, cadre);
    const other = await app.staffOf('双清区水利局', (s) => s.role === 'cadre' && s.id !== cadre.id);
    await givePassword(app, other);
    const [a, b] = await Promise.all([cadre, other].map((s) => app.ds.manager.findOneByOrFail(StaffCredential, { staffId: s.id })));
    expect(a.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(a.passwordHash).not.toBe(b.passwordHash);
    expect(a.passwordHash).not.toContain(DEMO_PW);
    expect(await verifyPassword(DEMO_PW, a.passwordHash)).toBe(true);
    expect(await verifyPassword(`${DEMO_PW}x`, a.passwordHash)).toBe(false);
  });
});

describe('login', () => {
  it('by name or phone: an HttpOnly SameSite=Strict cookie, /me, and the same tickets as the token', async () => {
    await givePassword(app, cadre);
    for (const who of [cadre.name, cadre.phone!]) {
      const res = await app.call('POST', '/api/v1/auth/login', { body: { login: who, password: DEMO_PW } });
      expect(res.status).toBe(200);
      const raw = res.headers.getSetCookie().find((c) => c.startsWith('cs_session='))!;
      expect(raw).toMatch(/; path=\//i);
      expect(raw).toMatch(/; httponly/i);
      expect(raw).toMatch(/; samesite=strict/i);
      expect(raw).not.toMatch(/; secure/i);
      expect(res.body).toMatchObject({ staff: { id: cadre.id, role: 'cadre' }, unit: { name: '双清区水利局' }, auth: 'session' });
      expect(res.body.csrfToken).toMatch(/^[\w-]{43}$/);
    }
    const s = await login(app, cadre.name);
    const me = await withSession(app, s, 'GET', '/api/v1/me');
    expect(me.body).toMatchObject({ staff: { id: cadre.id, name: cadre.name }, auth: 'session', csrfToken: s.csrf });
    const token = await app.token('cadre', { staffId: cadre.id });
    const filed = await app.call('POST', '/api/v1/tickets', {
      token: await app.token('channel'),
      body: { text: '莲荷村自来水停了两天', category: 'water', villageCode: '430502202205', contact: { name: '王五', phone: '13907311111' } },
    });
    expect(filed.status).toBe(201);
    const [bySession, byToken] = [await withSession(app, s, 'GET', '/api/v1/tickets?limit=100'), await app.call('GET', '/api/v1/tickets?limit=100', { token })];
    expect(bySession.status).toBe(200);
    expect(bySession.body).toEqual(byToken.body);
    expect(bySession.body.items.map((i: any) => i.id)).toContain(filed.body.id);
  });

  it('a cookie is Secure when the request came over https (through the proxy)', async () => {
    await givePassword(app, cadre);
    const res = await app.call('POST', '/api/v1/auth/login', { body: { login: cadre.name, password: DEMO_PW }, headers: { 'x-forwarded-proto': 'https' } });
    expect(res.status).toBe(200);
    expect(res.headers.getSetCookie().find((c) => c.startsWith('cs_session='))).toMatch(/; secure/i);
  });

  it('answers a wrong password, an unknown name and a person without a password alike (401), naming no one', async () => {
    await givePassword(app, cadre);
    const noPassword = await app.staffOf('双清区教育局', (s) => s.role === 'cadre');
    await app.ds.manager.delete(StaffCredential, { staffId: noPassword.id });
    const answers = [
      await app.call('POST', '/api/v1/auth/login', { body: { login: cadre.name, password: 'wrong-pass-1' }, headers: ip(1) }),
      await app.call('POST', '/api/v1/auth/login', { body: { login: '查无此人', password: 'wrong-pass-1' }, headers: ip(2) }),
      await app.call('POST', '/api/v1/auth/login', { body: { login: noPassword.name, password: 'wrong-pass-1' }, headers: ip(3) }),
    ];
    for (const a of answers) {
      expect(a.status).toBe(401);
      expect(a.body.error).toMatchObject({ code: 'invalid_credentials', message: '用户名或密码错误' });
      expect(sessionCookieOf(a)).toBeNull();
    }
  });

  it('bad input is a 400 naming the field', async () => {
    const r = await app.call('POST', '/api/v1/auth/login', { body: { login: cadre.name } });
    expect(r.status).toBe(400);
    expect(r.body.error.field).toBe('password');
    const e = await app.call('POST', '/api/v1/auth/login', { body: { login: '', password: 'x' } });
    expect([e.status, e.body.error.field]).toEqual([400, 'login']);
  });

  it('locks an account after 5 failures in 15 minutes, the right password included, whoever asks from wherever; by name or phone alike', async () => {
    await givePassword(app, cadre);
    for (let i = 0; i < 5; i++) {
      const r = await app.call('POST', '/api/v1/auth/login', {
        body: { login: i % 2 ? cadre.phone : cadre.name, password: `wrong-${i}-pw` },
        headers: ip(10 + i),
      });
      expect(r.status).toBe(401);
    }
    const locked = await app.call('POST', '/api/v1/auth/login', { body: { login: cadre.name, password: DEMO_PW }, headers: ip(30) });
    expect(locked.status).toBe(429);
    expect(locked.body.error.code).toBe('too_many_attempts');
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
    expect(sessionCookieOf(locked)).toBeNull();
    // The count is in the database: another app (process) on it refuses too.
    const { createApp } = await import('../../src/http/app');
    const http = await import('node:http');
    const other = http.createServer(createApp(app.ds, (await import('../../src/config')).loadConfig({}), [sessionMount]).callback());
    await new Promise<void>((r) => other.listen(0, '127.0.0.1', r));
    const port = (other.address() as any).port;
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: cadre.phone, password: DEMO_PW }),
    });
    await new Promise<void>((r) => other.close(() => r()));
    expect(res.status).toBe(429);
    // 15 minutes on, the window has passed.
    await app.ds.manager
      .createQueryBuilder()
      .update(LoginFailure)
      .set({ at: new Date(Date.now() - 16 * 60_000) })
      .execute();
    expect((await app.call('POST', '/api/v1/auth/login', { body: { login: cadre.name, password: DEMO_PW } })).status).toBe(200);
  });

  it('locks an address after 20 failures, whichever accounts they tried', async () => {
    await givePassword(app, cadre);
    for (let i = 0; i < 20; i++) {
      const r = await app.call('POST', '/api/v1/auth/login', { body: { login: `猜测${i}`, password: 'wrong-pass-9' }, headers: ip(99) });
      expect(r.status).toBe(401);
    }
    expect((await app.call('POST', '/api/v1/auth/login', { body: { login: cadre.name, password: DEMO_PW }, headers: ip(99) })).status).toBe(429);
    expect((await app.call('POST', '/api/v1/auth/login', { body: { login: cadre.name, password: DEMO_PW }, headers: ip(98) })).status).toBe(200);
  });

  it('an unknown name locks like a real one (no way to tell who exists)', async () => {
    for (let i = 0; i < 5; i++) await app.call('POST', '/api/v1/auth/login', { body: { login: '无名氏', password: 'wrong-pass-2' }, headers: ip(40 + i) });
    const r = await app.call('POST', '/api/v1/auth/login', { body: { login: '无名氏', password: 'wrong-pass-2' }, headers: ip(50) });
    expect(r.status).toBe(429);
  });

  it('refuses a login from another site’s page (Origin)', async () => {
    await givePassword(app, cadre);
    const r = await app.call('POST', '/api/v1/auth/login', { body: { login: cadre.name, password: DEMO_PW }, headers: { origin: 'https://evil.example' } });
    expect([r.status, r.body.error.code]).toEqual([403, 'csrf_failed']);
    const same = await app.call('POST', '/api/v1/auth/login', { body: { login: cadre.name, password: DEMO_PW }, headers: { origin: app.url } });
    expect(same.status).toBe(200);
  });
});

describe('CSRF', () => {
  it('a cookie-authenticated unsafe request needs X-CSRF-Token and this origin; GETs and bearer tokens do not', async () => {
    const s = await sessionFor(app, cadre);
    const body = { text: '莲荷村的路灯坏了三个月', villageCode: '430502202205', category: 'infrastructure', contact: { name: '赵六', phone: '13907312222' } };
    const none = await withSession(app, s, 'POST', '/api/v1/tickets', { body, csrf: false });
    expect([none.status, none.body.error.code]).toEqual([403, 'csrf_failed']);
    const wrong = await withSession(app, s, 'POST', '/api/v1/tickets', {
      body,
      headers: { 'x-csrf-token': `${s.csrf.slice(0, -1)}${s.csrf.endsWith('A') ? 'B' : 'A'}` },
    });
    expect([wrong.status, wrong.body.error.code]).toEqual([403, 'csrf_failed']);
    const foreign = await withSession(app, s, 'POST', '/api/v1/tickets', { body, headers: { origin: 'https://evil.example' } });
    expect([foreign.status, foreign.body.error.code]).toEqual([403, 'csrf_failed']);
    const crossSite = await withSession(app, s, 'POST', '/api/v1/tickets', { body, headers: { 'sec-fetch-site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    // Another session's token is not this one's.
    const other = await sessionFor(app, office);
    const swapped = await withSession(app, s, 'POST', '/api/v1/tickets', { body, headers: { 'x-csrf-token': other.csrf } });
    expect(swapped.status).toBe(403);
    const ok = await withSession(app, s, 'POST', '/api/v1/tickets', { body, headers: { origin: app.url } });
    expect(ok.status).toBe(201);
    expect((await withSession(app, s, 'GET', '/api/v1/tickets', { csrf: false })).status).toBe(200);
    const token = await app.token('cadre', { staffId: cadre.id });
    expect((await app.call('POST', '/api/v1/tickets', { token, body: { ...body, text: '莲荷村的路灯坏了四个月', externalId: 'bearer-1' } })).status).toBe(201);
  });
});

describe('session end', () => {
  it('logout ends the session and clears the cookie; the old cookie no longer works', async () => {
    const s = await sessionFor(app, cadre);
    const out = await withSession(app, s, 'POST', '/api/v1/auth/logout');
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie().find((c) => c.startsWith('cs_session='))).toMatch(/^cs_session=;.*expires=Thu, 01 Jan 1970/i);
    const after = await withSession(app, s, 'GET', '/api/v1/me');
    expect([after.status, after.body.error.code]).toEqual([401, 'unauthorized']);
    // Logout itself needs the CSRF token (another site cannot log someone out either).
    const s2 = await login(app, cadre.name);
    expect((await withSession(app, s2, 'POST', '/api/v1/auth/logout', { csrf: false })).status).toBe(403);
    expect((await withSession(app, s2, 'GET', '/api/v1/me')).status).toBe(200);
  });

  it('ends after the idle timeout and at the absolute expiry', async () => {
    const idle = await sessionFor(app, cadre);
    expect((await withSession(app, idle, 'GET', '/api/v1/me')).status).toBe(200);
    const m = app.ds.manager;
    const rows = await m.find(StaffSession, { where: { staffId: cadre.id }, order: { id: 'DESC' }, take: 1 });
    await m.update(StaffSession, { id: rows[0].id }, { lastSeenAt: new Date(Date.now() - 31 * 60_000) });
    expect((await withSession(app, idle, 'GET', '/api/v1/me')).status).toBe(401);

    const old = await login(app, cadre.name);
    const [row] = await m.find(StaffSession, { where: { staffId: cadre.id }, order: { id: 'DESC' }, take: 1 });
    await m.update(StaffSession, { id: row.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await withSession(app, old, 'GET', '/api/v1/me')).status).toBe(401);
    // Expiry: 12 hours after login by default.
    const fresh = await login(app, cadre.name);
    const [f] = await m.find(StaffSession, { where: { staffId: cadre.id }, order: { id: 'DESC' }, take: 1 });
    expect(Math.abs(f.expiresAt.getTime() - f.createdAt.getTime() - 12 * 3_600_000)).toBeLessThan(2000);
    expect((await withSession(app, fresh, 'GET', '/api/v1/me')).status).toBe(200);
  });

  it('a deactivated person’s session stops working', async () => {
    const person = await app.staffOf('双清区教育局', (s) => s.role === 'cadre');
    const s = await sessionFor(app, person);
    await app.ds.manager.update(Staff, { id: person.id }, { active: false });
    expect((await withSession(app, s, 'GET', '/api/v1/me')).status).toBe(401);
    await app.ds.manager.update(Staff, { id: person.id }, { active: true });
  });

  it('changing one’s password ends every session of theirs and starts a new one', async () => {
    const a = await sessionFor(app, cadre);
    const b = await login(app, cadre.phone!);
    const weak = await withSession(app, a, 'POST', '/api/v1/auth/password', { body: { currentPassword: DEMO_PW, newPassword: 'short' } });
    expect([weak.status, weak.body.error.field]).toEqual([400, 'newPassword']);
    const wrong = await withSession(app, a, 'POST', '/api/v1/auth/password', { body: { currentPassword: 'not-it-123', newPassword: 'New-passw0rd' } });
    expect([wrong.status, wrong.body.error.field]).toEqual([401, 'currentPassword']);
    const res = await withSession(app, a, 'POST', '/api/v1/auth/password', { body: { currentPassword: DEMO_PW, newPassword: 'New-passw0rd' } });
    expect(res.status).toBe(200);
    const c = { cookie: sessionCookieOf(res)!, csrf: res.body.csrfToken, res };
    expect(c.csrf).not.toBe(a.csrf);
    expect((await withSession(app, a, 'GET', '/api/v1/me')).status).toBe(401);
    expect((await withSession(app, b, 'GET', '/api/v1/me')).status).toBe(401);
    expect((await withSession(app, c, 'GET', '/api/v1/me')).status).toBe(200);
    expect((await app.call('POST', '/api/v1/auth/login', { body: { login: cadre.name, password: DEMO_PW } })).status).toBe(401);
    expect((await app.call('POST', '/api/v1/auth/login', { body: { login: cadre.name, password: 'New-passw0rd' } })).status).toBe(200);
    // Not with a token: a token is not a password.
    const token = await app.token('cadre', { staffId: cadre.id });
    expect((await app.call('POST', '/api/v1/auth/password', { token, body: { currentPassword: 'New-passw0rd', newPassword: 'Other-passw0rd' } })).status).toBe(
      403,
    );
  });
});

describe('passwords set by an administrator', () => {
  it('a county admin sets or generates its county’s staff passwords; their sessions end', async () => {
    const s = await sessionFor(app, cadre);
    const admin = await sessionFor(app, office);
    const gen = await withSession(app, admin, 'POST', `/api/v1/admin/staff/${cadre.id}/password`, { body: {} });
    expect(gen.status).toBe(200);
    expect(gen.body).toMatchObject({ staffId: cadre.id, generated: true });
    expect(gen.body.password).toMatch(/^[A-Za-z2-9]{16}$/);
    expect((await withSession(app, s, 'GET', '/api/v1/me')).status).toBe(401);
    expect((await app.call('POST', '/api/v1/auth/login', { body: { login: cadre.name, password: gen.body.password } })).status).toBe(200);
    const set = await withSession(app, admin, 'POST', `/api/v1/admin/staff/${cadre.id}/password`, { body: { password: 'Chosen-passw0rd' } });
    expect(set.body).toEqual({ staffId: cadre.id, generated: false });
    // With the admin's bearer token too.
    const token = await app.token('admin', { staffId: office.id });
    expect((await app.call('POST', `/api/v1/admin/staff/${cadre.id}/password`, { token, body: { password: 'Chosen-passw0rd2' } })).status).toBe(200);
    const weak = await withSession(app, admin, 'POST', `/api/v1/admin/staff/${cadre.id}/password`, { body: { password: '12345678' } });
    expect([weak.status, weak.body.error.field]).toEqual([400, 'password']);
  });

  it('never escalates: not another county, not an admin, not itself, not the discipline commission, not for a cadre', async () => {
    const admin = await sessionFor(app, office);
    const m = app.ds.manager;
    const elsewhere = await app.staffOf('双辽市水利局', (s) => s.role === 'cadre');
    const r1 = await withSession(app, admin, 'POST', `/api/v1/admin/staff/${elsewhere.id}/password`, { body: {} });
    expect([r1.status, r1.body.error.field]).toEqual([400, 'staffId']);
    const ghost = await withSession(app, admin, 'POST', '/api/v1/admin/staff/99999999/password', { body: {} });
    expect(r1.body.error.message.replace(/\d+/, 'N')).toBe(ghost.body.error.message.replace(/\d+/, 'N'));
    const discipline = await m.findOneByOrFail(Unit, { kind: 'discipline', jurisdictionCode: '430502' });
    const disc = await app.staffOf(discipline.name);
    expect((await withSession(app, admin, 'POST', `/api/v1/admin/staff/${disc.id}/password`, { body: {} })).status).toBe(403);
    expect((await withSession(app, admin, 'POST', `/api/v1/admin/staff/${office.id}/password`, { body: {} })).status).toBe(403);
    const otherAdmin = await m.save(m.create(Staff, { ...office, id: undefined, name: '测试管理员', phone: '13900000999' }));
    expect((await withSession(app, admin, 'POST', `/api/v1/admin/staff/${otherAdmin.id}/password`, { body: {} })).status).toBe(403);
    const c = await sessionFor(app, cadre);
    expect((await withSession(app, c, 'POST', `/api/v1/admin/staff/${office.id}/password`, { body: {} })).status).toBe(403);
    // The sysadmin may.
    const sys = await app.token('sysadmin');
    expect((await app.call('POST', `/api/v1/admin/staff/${disc.id}/password`, { token: sys, body: {} })).status).toBe(200);
  });

  it('not someone who can read a report accusing the admin’s own office', async () => {
    const admin = await sessionFor(app, office);
    const filed = await app.call('POST', '/api/v1/tickets', {
      token: await app.token('channel'),
      body: {
        text: '双清区信访局局长推诿扯皮，压着我的信访件不办',
        villageCode: '430502202205',
        category: 'misconduct',
        contact: { name: '钱七', phone: '13907313333' },
      },
    });
    expect(filed.status).toBe(201);
    // The city's discipline commission handles it (outside the county: not the admin's to touch at all) ...
    const ticket = await app.ds.manager.findOneByOrFail(Ticket, { id: filed.body.id });
    const cityHandler = await app.ds.manager.findOneByOrFail(Staff, { unitId: ticket.handlingUnitId });
    expect((await withSession(app, admin, 'POST', `/api/v1/admin/staff/${cityHandler.id}/password`, { body: {} })).status).toBe(400);
    // ... and were it handed to a unit of the county, that unit's staff could read it: refused too.
    const bureau = await app.unit('双清区教育局');
    const reader = await app.staffOf('双清区教育局', (s) => s.role === 'cadre');
    const before = await withSession(app, admin, 'POST', `/api/v1/admin/staff/${reader.id}/password`, { body: {} });
    expect(before.status).toBe(200);
    await app.ds.manager.update(Ticket, { id: ticket.id }, { handlingUnitId: bureau.id });
    const r = await withSession(app, admin, 'POST', `/api/v1/admin/staff/${reader.id}/password`, { body: {} });
    expect([r.status, r.body.error.code]).toEqual([403, 'forbidden']);
    await app.ds.manager.update(Ticket, { id: ticket.id }, { handlingUnitId: ticket.handlingUnitId });
  });
});

it('GET /vocabulary lists the words the console shows', async () => {
  const v = await app.call('GET', '/api/v1/vocabulary');
  expect(v.status).toBe(200);
  expect(v.body.statuses).toContainEqual({ value: 'assigned', name: '已交办' });
  expect(v.body.channels).toContainEqual({ value: 'hotline', name: '热线电话' });
});
