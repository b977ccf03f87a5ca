import type { Staff } from '../../src/entities/Staff';
import { resetPassword } from '../../src/auth/login';
import type { Res, TestApp } from './app';

export const DEMO_PW = 'Passw0rd-test';

/** A console login for tests: the cookie to send back and the CSRF token to put in X-CSRF-Token. */
export interface Login {
  cookie: string;
  csrf: string;
  res: Res;
}

export const sessionCookieOf = (res: Res): string | null => {
  const raw = res.headers.getSetCookie().find((c) => c.startsWith('cs_session='));
  if (!raw) return null;
  const value = raw.split(';')[0];
  return value === 'cs_session=' ? null : value;
};

export async function givePassword(app: TestApp, staff: Staff, password = DEMO_PW): Promise<void> {
  await resetPassword(app.ds, staff, password);
}

export async function login(app: TestApp, login: string, password = DEMO_PW, headers: Record<string, string> = {}): Promise<Login> {
  const res = await app.call('POST', '/api/v1/auth/login', { body: { login, password }, headers });
  if (res.status !== 200) throw new Error(`login ${login}: ${res.status} ${JSON.stringify(res.body)}`);
  return { cookie: sessionCookieOf(res)!, csrf: res.body.csrfToken, res };
}

/** Password set and logged in by name (phone when the name is shared). */
export async function sessionFor(app: TestApp, staff: Staff, password = DEMO_PW): Promise<Login> {
  await givePassword(app, staff, password);
  return login(app, staff.phone ?? staff.name, password);
}

/** A request with the session cookie (and the CSRF token unless told otherwise). */
export function withSession(
  app: TestApp,
  s: Login,
  method: string,
  path: string,
  o: { body?: unknown; headers?: Record<string, string>; csrf?: boolean } = {},
) {
  const headers: Record<string, string> = { cookie: s.cookie, ...(o.csrf === false ? {} : { 'x-csrf-token': s.csrf }), ...(o.headers ?? {}) };
  return app.call(method, path, { body: o.body, headers });
}
