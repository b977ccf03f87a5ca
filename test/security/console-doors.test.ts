/**
 * The console's doors as an attacker tries them (issue 13): password guessing past the lockout
 * (phone written every way, many guesses at once), CSRF and a planted session cookie, a county
 * admin resetting passwords it has no business with, and other people's saved views. Each test
 * is an attack and the answer it must get; a control shows the door does open for its owner.
 */
import http from 'node:http';
import { wireFeatures } from '../../src/wiring';
import type { Staff } from '../../src/entities/Staff';
import { startTestApp, TestApp } from '../support/app';
import { DEMO_PW, givePassword, login, sessionCookieOf, withSession } from '../support/session';

jest.setTimeout(120_000);

let app: TestApp;
let ip = 0;
/** Every test guesses from addresses of its own, so the per-address limit does not mix them up. */
const fromNewAddress = () => ({ 'x-forwarded-for': `198.51.100.${++ip}` });

const tryLogin = (loginName: string, password: string, headers: Record<string, string> = {}) =>
  app.call('POST', '/api/v1/auth/login', { body: { login: loginName, password }, headers });

beforeAll(async () => {
  wireFeatures();
  app = await startTestApp({ areas: ['430502', '220382'] });
});
afterAll(() => app.close());

async function staffWithPassword(unit: string, pick: (s: Staff) => boolean): Promise<Staff> {
  const s = await app.staffOf(unit, pick);
  expect(s.phone).toMatch(/^1\d{10}$/);
  await givePassword(app, s);
  return s;
}

describe('password guessing', () => {
  it('the phone written any way and the name are one account: five wrong guesses lock it, the right password included', async () => {
    const s = await staffWithPassword('双清区水利局', (x) => x.role === 'cadre');
    const p = s.phone!;
    const forms = [`+86${p}`, `+86 ${p.slice(0, 3)} ${p.slice(3, 7)} ${p.slice(7)}`, `${p.slice(0, 3)}-${p.slice(3, 7)}-${p.slice(7)}`, `86${p}`, s.name];
    // Fullwidth digits fold to the same number.
    const fullwidth = p.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    expect((await tryLogin(fullwidth, DEMO_PW, fromNewAddress())).status).toBe(200);
    const headers = fromNewAddress();
    for (const f of forms) expect([f, (await tryLogin(f, 'wrong-guess-1', headers)).status]).toEqual([f, 401]);
    // From a fresh address, in yet another form: still locked.
    const locked = await tryLogin(` ${p} `, DEMO_PW, fromNewAddress());
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('guesses sent all at once are counted as they come: at most five are checked, the rest are refused', async () => {
    const s = await staffWithPassword('双清区住房和城乡建设局', (x) => x.role === 'cadre');
    // Sixteen guesses in parallel, each from its own address (the per-account limit is the one under attack).
    const answers = await Promise.all(Array.from({ length: 16 }, (_, i) => tryLogin(s.phone!, `wrong-guess-${i}`, fromNewAddress())));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((x) => x === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((x) => x === 429).length).toBeGreaterThanOrEqual(11);
    // The account is locked now, for the right password too.
    expect((await tryLogin(s.phone!, DEMO_PW, fromNewAddress())).status).toBe(429);
  });

  it('a right password among parallel guesses of a locked account does not get in', async () => {
    const s = await staffWithPassword('双清区教育局', (x) => x.role === 'cadre');
    const tries = Array.from({ length: 12 }, (_, i) => (i === 9 ? DEMO_PW : `wrong-guess-${i}`));
    // The wrong ones first, the right one while they are being checked.
    const pending = tries.slice(0, 9).map((pw) => tryLogin(s.phone!, pw, fromNewAddress()));
    await new Promise((r) => setTimeout(r, 30));
    const right = tryLogin(s.phone!, DEMO_PW, fromNewAddress());
    const answers = await Promise.all([...pending, right]);
    // Whatever order they arrived in, no more than five tries were checked (a 401 or the 200).
    const checked = answers.filter((a) => a.status === 401 || a.status === 200).length;
    expect(checked).toBeLessThanOrEqual(5);
    expect((await tryLogin(s.phone!, DEMO_PW, fromNewAddress())).status).toBe(answers[9].status === 200 ? 200 : 429);
  });

  it('the per-address limit holds across accounts and names nobody has', async () => {
    const headers = fromNewAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 22; i++) statuses.push((await tryLogin(`没有这个人${i}`, 'wrong-guess', headers)).status);
    expect(statuses.slice(0, 20).every((x) => x === 401)).toBe(true);
    expect(statuses.slice(20)).toEqual([429, 429]);
  });
});

describe('CSRF and session fixation', () => {
  it('a cookie request that changes something needs this session’s token and this origin', async () => {
    const s = await staffWithPassword('双清区信访局', (x) => x.role === 'cadre');
    const other = await staffWithPassword('双清区水利局', (x) => x.role === 'leader' || x.role === 'cadre');
    const mine = await login(app, s.phone!, DEMO_PW, fromNewAddress());
    const theirs = await login(app, other.phone!, DEMO_PW, fromNewAddress());
    const view = { name: '跨站', filters: { open: 'true' } };
    const tries: [string, Record<string, string>][] = [
      ['no token', { cookie: mine.cookie }],
      ['another session’s token', { cookie: mine.cookie, 'x-csrf-token': theirs.csrf }],
      ['token of the right length, wrong', { cookie: mine.cookie, 'x-csrf-token': 'A'.repeat(mine.csrf.length) }],
      ['foreign origin', { cookie: mine.cookie, 'x-csrf-token': mine.csrf, origin: 'https://evil.example' }],
      ['opaque origin', { cookie: mine.cookie, 'x-csrf-token': mine.csrf, origin: 'null' }],
      ['cross-site fetch', { cookie: mine.cookie, 'x-csrf-token': mine.csrf, 'sec-fetch-site': 'cross-site' }],
      ['origin on another port', { cookie: mine.cookie, 'x-csrf-token': mine.csrf, origin: app.url.replace(/:\d+$/, ':1') }],
    ];
    for (const [what, headers] of tries) {
      const r = await app.call('POST', '/api/v1/views', { body: view, headers });
      expect([what, r.status, r.body.error?.code]).toEqual([what, 403, 'csrf_failed']);
    }
    // A form post (what a foreign page can send without CORS) is refused the same way.
    const form = await app.call('POST', '/api/v1/auth/logout', { form: { x: '1' }, headers: { cookie: mine.cookie, origin: 'https://evil.example' } });
    expect(form.status).toBe(403);
    expect((await withSession(app, mine, 'GET', '/api/v1/me')).status).toBe(200);
    // Nothing was saved; the same request done right is.
    expect((await withSession(app, mine, 'GET', '/api/v1/views')).body.items).toEqual([]);
    expect((await withSession(app, mine, 'POST', '/api/v1/views', { body: view, headers: { origin: app.url } })).status).toBe(201);
  });

  it('a login from another site’s page is refused (login CSRF)', async () => {
    const s = await staffWithPassword('双清区民政局', (x) => x.role === 'cadre');
    const r = await tryLogin(s.phone!, DEMO_PW, { ...fromNewAddress(), origin: 'https://evil.example' });
    expect([r.status, r.body.error?.code]).toEqual([403, 'csrf_failed']);
    expect(sessionCookieOf(r)).toBeNull();
  });

  it('a session cookie planted before login is not the session the login starts', async () => {
    const s = await staffWithPassword('双清区信访局', (x) => x.role === 'cadre');
    const planted = 'cs_session=css_attackerchoseninthisvaluebeforethevictimloggedin0000000';
    const r = await tryLogin(s.phone!, DEMO_PW, { ...fromNewAddress(), cookie: planted });
    expect(r.status).toBe(200);
    const given = sessionCookieOf(r)!;
    expect(given).not.toEqual(planted);
    expect((await app.call('GET', '/api/v1/me', { headers: { cookie: planted } })).status).toBe(401);
    expect((await app.call('GET', '/api/v1/me', { headers: { cookie: given } })).status).toBe(200);
    // An attacker's own valid session, planted in the victim's browser, is ended by the victim's login? No:
    // it stays the attacker's; the victim's login answers with a cookie of the victim's own.
    const attacker = await staffWithPassword('双清区水利局', (x) => x.role === 'cadre');
    const a = await login(app, attacker.phone!, DEMO_PW, fromNewAddress());
    const v = await tryLogin(s.phone!, DEMO_PW, { ...fromNewAddress(), cookie: a.cookie });
    const me = await app.call('GET', '/api/v1/me', { headers: { cookie: sessionCookieOf(v)! } });
    expect(me.body.staff.id).toBe(s.id);
  });

  it('logout ends the session for every later request; the old cookie and CSRF token are dead', async () => {
    const s = await staffWithPassword('双清区信访局', (x) => x.role === 'cadre');
    const l = await login(app, s.phone!, DEMO_PW, fromNewAddress());
    expect((await withSession(app, l, 'POST', '/api/v1/auth/logout')).status).toBe(204);
    expect((await withSession(app, l, 'GET', '/api/v1/ledger')).status).toBe(401);
    expect((await withSession(app, l, 'POST', '/api/v1/views', { body: { name: 'x', filters: {} } })).status).toBe(401);
  });
});

describe('password resets by a county admin', () => {
  let admin: Staff;
  let adminToken: string;
  const reset = (id: number, token = adminToken) => app.call('POST', `/api/v1/admin/staff/${id}/password`, { token, body: { password: 'Another-pass-2026' } });

  beforeAll(async () => {
    admin = await app.staffOf('双清区信访局', (s) => s.role === 'admin');
    adminToken = await app.token('admin', { staffId: admin.id });
  });

  it('another county’s staff answer exactly as staff who do not exist, and keep their password', async () => {
    const far = await staffWithPassword('双辽市水利局', (x) => x.role === 'cadre');
    const [a, b] = [await reset(far.id), await reset(99_999_999)];
    expect([a.status, a.body.error.field, a.body.error.message.replace(String(far.id), 'N')]).toEqual([
      b.status,
      b.body.error.field,
      b.body.error.message.replace('99999999', 'N'),
    ]);
    expect((await tryLogin(far.phone!, DEMO_PW, fromNewAddress())).status).toBe(200);
  });

  it('never itself, another admin, a discipline commission’s staff, or anyone above the county; its own cadres yes', async () => {
    const otherAdmin = await app.staffOf('双辽市信访局', (s) => s.role === 'admin');
    const discipline = await app.staffOf('双清区纪委监委', () => true);
    for (const [who, id] of [
      ['itself', admin.id],
      ['another county’s admin', otherAdmin.id],
      ['discipline', discipline.id],
    ] as const) {
      const r = await reset(id);
      expect([who, r.status >= 400 && r.status < 500]).toEqual([who, true]);
    }
    const own = await app.staffOf('双清区水利局', (s) => s.role === 'cadre');
    expect((await reset(own.id)).status).toBe(200);
    // A cadre's or leader's token may not reset anyone (no escalation by the admin route).
    const cadreToken = await app.token('cadre', { staffId: own.id });
    expect((await reset(admin.id, cadreToken)).status).toBe(403);
  });
});

describe('saved views are their owner’s', () => {
  it('another person’s view answers exactly as a missing one to read, change and delete', async () => {
    const owner = await staffWithPassword('双清区医疗保障局', (x) => x.role === 'cadre');
    const thief = await staffWithPassword('双清区民政局', (x) => x.role === 'cadre');
    const o = await login(app, owner.phone!, DEMO_PW, fromNewAddress());
    const t = await login(app, thief.phone!, DEMO_PW, fromNewAddress());
    const v = await withSession(app, o, 'POST', '/api/v1/views', { body: { name: '我的视图', filters: { q: '好处费' } } });
    expect(v.status).toBe(201);
    for (const [method, body] of [
      ['PUT', { name: '偷来的' }],
      ['DELETE', undefined],
    ] as const) {
      const [x, y] = [
        await withSession(app, t, method, `/api/v1/views/${v.body.id}`, { body }),
        await withSession(app, t, method, '/api/v1/views/99999999', { body }),
      ];
      expect([method, x.status, x.body.error?.message]).toEqual([method, y.status, y.body.error?.message]);
      expect(x.status).toBe(404);
    }
    expect((await withSession(app, t, 'GET', '/api/v1/views')).body.items).toEqual([]);
    expect((await withSession(app, o, 'GET', '/api/v1/views')).body.items.map((x: any) => x.name)).toEqual(['我的视图']);
  });
});

describe('bad input to the console’s reads is a 4xx naming the field, never a 500', () => {
  it('the 台账, the export, the dashboard, the archive and saved views', async () => {
    const s = await staffWithPassword('双清区信访局', (x) => x.role === 'admin');
    const l = await login(app, s.phone!, DEMO_PW, fromNewAddress());
    const bad = [
      '/api/v1/ledger?page=0',
      '/api/v1/ledger?page=99999999999999999999',
      '/api/v1/ledger?pageSize=101',
      '/api/v1/ledger?pageSize=1e3',
      '/api/v1/ledger?sort=id;DROP',
      '/api/v1/ledger?status=open,assigned',
      '/api/v1/ledger?unitId=1,abc',
      '/api/v1/ledger?unitId=99999999999999999999999',
      '/api/v1/ledger?from=2026-02-30',
      '/api/v1/ledger?from=2026-12-01&to=2026-11-01',
      `/api/v1/ledger?q=${'长'.repeat(101)}`,
      '/api/v1/ledger?q=a&q=b',
      '/api/v1/ledger?overdue=yes',
      '/api/v1/ledger?township=43050220',
      '/api/v1/ledger?area=4305%25',
      '/api/v1/ledger?nosuch=1',
      '/api/v1/tickets/export.xlsx?page=2',
      '/api/v1/tickets/export.xlsx?from=20261101',
      '/api/v1/dashboard?from=2020-01-01&to=2026-11-30',
      '/api/v1/dashboard?interval=hour',
      '/api/v1/dashboard?area=43%25',
      '/api/v1/summaries?jurisdiction=430502&from=2026-11-31',
      '/api/v1/summaries?jurisdiction=430502&limit=0',
      '/api/v1/summaries?jurisdiction=430502&date=2026-11-30&from=2026-11-01',
      '/api/v1/tickets/abc/console',
      '/api/v1/tickets/1e3/console',
      '/api/v1/tickets/-1/console',
      '/api/v1/tickets/99999999999999999999/console',
    ];
    for (const path of bad) {
      const r = await withSession(app, l, 'GET', path);
      expect([path, r.status >= 400 && r.status < 500]).toEqual([path, true]);
      if (r.status === 400) expect([path, typeof r.body.error.field]).toEqual([path, 'string']);
    }
    const views: unknown[] = [
      { name: '', filters: {} },
      { name: 'x'.repeat(41), filters: {} },
      { name: 'a', filters: { page: '2' } },
      { name: 'b', filters: { status: 'nosuch' } },
      { name: 'c', filters: { q: { $gt: '' } } },
      { name: 'd', filters: [] },
      { name: 'e', filters: { ['x'.repeat(1000)]: 'y' } },
      { name: 'f', filters: 'status=assigned' },
      { name: ['g'], filters: {} },
    ];
    for (const body of views) {
      const r = await withSession(app, l, 'POST', '/api/v1/views', { body });
      expect([JSON.stringify(body).slice(0, 60), r.status]).toEqual([JSON.stringify(body).slice(0, 60), 400]);
    }
    for (const id of ['abc', '0', '1.5', '99999999999999999999']) {
      const r = await withSession(app, l, 'PUT', `/api/v1/views/${id}`, { body: { name: 'x' } });
      expect([id, r.status >= 400 && r.status < 500]).toEqual([id, true]);
    }
  });
});

describe('a desk PC shared by the office and the accused', () => {
  it('a report’s photo opened in the console is not kept by the browser for whoever logs in next', async () => {
    const channel = await app.token('channel');
    const filed = await app.call('POST', '/api/v1/tickets', {
      token: channel,
      body: {
        text: '火车站乡党委书记克扣我家低保金，照片为证',
        category: 'misconduct',
        villageCode: '430502202205',
        channel: 'hotline',
        externalId: 'desk-pc-report',
      },
    });
    expect(filed.status).toBe(201);
    const handler = await app.ds.manager.findOneByOrFail((await import('../../src/entities/Ticket')).Ticket, { id: filed.body.id });
    const discipline = await app.staffOf('双清区纪委监委', (s) => s.role === 'cadre');
    expect(handler.handlingUnitId).toBe(discipline.unitId);
    await givePassword(app, discipline);
    const l = await login(app, discipline.phone!, DEMO_PW, fromNewAddress());
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array((await import('../support/images')).jpeg())], { type: 'image/jpeg' }), 'p.jpg');
    const up = await fetch(`${app.url}/api/v1/mp/uploads`, { method: 'POST', headers: { cookie: l.cookie, 'x-csrf-token': l.csrf }, body: form });
    expect(up.status).toBe(201);
    const { id, url } = (await up.json()) as { id: number; url: string };
    expect((await withSession(app, l, 'POST', `/api/v1/tickets/${filed.body.id}/accept`, { body: {} })).status).toBe(200);
    const done = await withSession(app, l, 'POST', `/api/v1/tickets/${filed.body.id}/resolve`, { body: { text: '已查实，现场照片附后', attachmentIds: [id] } });
    expect([done.status, done.body.error]).toEqual([200, undefined]);
    const img = await app.call('GET', url, { headers: { cookie: l.cookie } });
    expect(img.status).toBe(200);
    // Neither the browser nor anything between may keep it: the next person on this PC asks the server, which says no.
    expect(img.headers.get('cache-control')).toBe('no-store');
    // Which is what the accused township's cadre then gets.
    const accused = await staffWithPassword('火车站乡人民政府', (x) => x.role === 'cadre');
    const a = await login(app, accused.phone!, DEMO_PW, fromNewAddress());
    expect((await app.call('GET', url, { headers: { cookie: a.cookie } })).status).toBe(404);
  });
});

describe('uploads (the console’s photos for a resolution, the mini-program’s)', () => {
  /** A POST whose body is announced or streamed; resolves with the status, or -1 if the server closed the connection first. */
  function post(path: string, headers: Record<string, string>, body: (req: http.ClientRequest) => void): Promise<number> {
    return new Promise((resolve) => {
      const u = new URL(app.url + path);
      const req = http.request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers }, (res) => {
        res.resume();
        resolve(res.statusCode!);
        req.destroy();
      });
      req.on('error', () => resolve(-1));
      body(req);
    });
  }

  it('a body announced or streamed far past one image is refused without being read to its end', async () => {
    const s = await staffWithPassword('双清区水利局', (x) => x.role === 'cadre');
    const token = await app.token('cadre', { staffId: s.id });
    const auth = { authorization: `Bearer ${token}` };
    const started = Date.now();
    const announced = await post(
      '/api/v1/mp/uploads',
      { ...auth, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(500 * 1024 * 1024) },
      (req) => req.write('--x\r\n'),
    );
    expect(announced).toBe(413);
    // 100 MB sent chunked in one oversized "file": cut off once past the limit.
    const chunk = Buffer.alloc(1024 * 1024, 0x41);
    const streamed = await post('/api/v1/mp/uploads', { ...auth, 'content-type': 'multipart/form-data; boundary=x', 'transfer-encoding': 'chunked' }, (req) => {
      let sent = 0;
      req.write('--x\r\nContent-Disposition: form-data; name="file"; filename="a.jpg"\r\n\r\n');
      const pump = () => {
        while (sent < 100) {
          sent++;
          if (!req.write(chunk)) return void req.once('drain', pump);
        }
        req.end('\r\n--x--\r\n');
      };
      req.on('error', () => undefined);
      pump();
    });
    expect([413, -1]).toContain(streamed);
    expect(Date.now() - started).toBeLessThan(20_000);
    expect((await app.call('GET', '/health')).status).toBe(200);
  });
});
