/**
 * Forwarded headers are believed only when the operator says a proxy is in front (TRUST_PROXY=1).
 * Without one, a client that writes its own X-Forwarded-For must not choose the address its login
 * failures are counted under, nor make a plain-http login look like https.
 */
import { sessionMount } from '../../src/http/session/routes';
import { LoginFailure } from '../../src/entities/LoginFailure';
import { Staff } from '../../src/entities/Staff';
import { startTestApp, TestApp } from '../support/app';
import { DEMO_PW, givePassword } from '../support/session';

const forged = (n: number) => ({ 'x-forwarded-for': `203.0.113.${n}`, 'x-forwarded-proto': 'https' });

describe.each([
  ['0', 'no proxy in front: forwarded headers ignored'],
  ['1', 'behind the proxy: its X-Forwarded-For entry is the client'],
])('TRUST_PROXY=%s (%s)', (trust) => {
  let app: TestApp;
  let cadre: Staff;
  const saved = process.env.TRUST_PROXY;
  beforeAll(async () => {
    process.env.TRUST_PROXY = trust;
    app = await startTestApp({ areas: ['430502'], mounts: [sessionMount] });
    cadre = await app.staffOf('双清区水利局', (s) => s.role === 'cadre');
    await givePassword(app, cadre);
  });
  afterAll(async () => {
    process.env.TRUST_PROXY = saved;
    await app.close();
  });
  beforeEach(() => app.ds.manager.clear(LoginFailure));

  it(trust === '1' ? 'counts failures per forwarded address' : 'counts failures per connection, whatever address the client forges', async () => {
    for (let i = 0; i < 20; i++) {
      const r = await app.call('POST', '/api/v1/auth/login', { body: { login: `猜测${i}`, password: 'wrong-pass-9' }, headers: forged(i) });
      expect(r.status).toBe(401);
    }
    const next = await app.call('POST', '/api/v1/auth/login', { body: { login: cadre.name, password: DEMO_PW }, headers: forged(99) });
    // Without a proxy all twenty came from one connection's address: it is locked, a new forged
    // header notwithstanding. Behind the proxy they were twenty clients, each under the limit.
    expect(next.status).toBe(trust === '1' ? 200 : 429);
    // Twenty-one scrypt checks (an unknown login is hashed too, so it takes as long as a known one):
    // 4 s alone on a machine busy with other work, past jest's 30 s default in a full suite run on a heavily loaded machine.
  }, 90_000);

  it(trust === '1' ? 'marks the cookie Secure when the proxy says https' : 'does not take a forged https for a secure connection', async () => {
    const res = await app.call('POST', '/api/v1/auth/login', { body: { login: cadre.name, password: DEMO_PW }, headers: { 'x-forwarded-proto': 'https' } });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('cs_session='))!;
    if (trust === '1') expect(cookie).toMatch(/; secure/i);
    else expect(cookie).not.toMatch(/; secure/i);
  });
});
