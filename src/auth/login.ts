import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { Staff } from '../entities/Staff';
import { StaffCredential } from '../entities/StaffCredential';
import { AppError } from '../errors';
import { beginAttempt, clearFailures, endAttempt, pruneFailures } from './lockout';
import { decoyHash, preparePassword, storePassword, verifyPassword } from './passwords';
import { inTransaction } from '../db/tx';
import { createSession, pruneSessions, revokeStaffSessions, Session } from './sessions';

export const STAFF_LOGIN_ROLES = ['cadre', 'leader', 'admin'] as const;

/** One answer for every failure (unknown name, wrong password, no password, inactive): nothing to enumerate. */
const invalid = (field = 'login') => new AppError(401, 'invalid_credentials', '用户名或密码错误', field);

export class LockedOut extends AppError {
  constructor(readonly retryAfter: number) {
    super(429, 'too_many_attempts', `登录失败次数过多，请 ${Math.max(1, Math.ceil(retryAfter / 60))} 分钟后再试`);
  }
}

const PHONE = /^\+?[\d\s-]{5,24}$/;
/** The login as the lockout counts it (case and width folded). */
const loginKey = (login: string) => login.normalize('NFKC').trim().toLowerCase();

/** Active staff who may log in under this name or phone (a name can be shared; each is tried). */
async function candidates(ds: DataSource, login: string): Promise<Staff[]> {
  const l = login.normalize('NFKC').trim();
  const where = PHONE.test(l) ? { phone: l.replace(/[\s-]/g, '').replace(/^\+?86(?=1\d{10}$)/, ''), active: true } : { name: l, active: true };
  return (await ds.manager.find(Staff, { where, order: { id: 'ASC' }, take: 5 })).filter((s) => (STAFF_LOGIN_ROLES as readonly string[]).includes(s.role));
}

/**
 * Checks a staff name or phone and password, with the lockout. Success: a new session (and the
 * account's failures forgotten). Failure: 401, counted for the account and the address; locked: 429.
 */
export async function login(
  ds: DataSource,
  input: { login: string; password: string; ip: string },
  now = new Date(),
): Promise<{ staff: Staff; token: string; session: Session }> {
  const m = ds.manager;
  const found = await candidates(ds, input.login);
  const accountSubjects = found.length ? found.map((s) => `account:${s.id}`) : [`login:${loginKey(input.login)}`];
  const subjects = [...accountSubjects, `ip:${input.ip}`];
  const attempt = await beginAttempt(m, subjects, now);
  if (attempt.wait > 0) throw new LockedOut(attempt.wait);

  const creds = found.length ? await m.find(StaffCredential, { where: { staffId: In(found.map((s) => s.id)) } }) : [];
  const matched: Staff[] = [];
  for (const c of creds) if (await verifyPassword(input.password, c.passwordHash)) matched.push(found.find((s) => s.id === c.staffId)!);
  // Nobody to check against: spend the same time on a decoy, so timing does not say who exists.
  if (!creds.length) await verifyPassword(input.password, await decoyHash());
  // Two people of one name with one password: ambiguous, log in by phone.
  if (matched.length !== 1) {
    await pruneFailures(m, now);
    throw invalid();
  }
  const staff = matched[0];
  await endAttempt(m, attempt.rows);
  await clearFailures(m, [`account:${staff.id}`]);
  await pruneSessions(m, now);
  const { token, session } = await createSession(m, staff.id, now);
  return { staff, token, session };
}

/**
 * A member of staff changes their own password: the current one is checked (failures count toward
 * the lockout like a login), then every session of theirs ends and a new one begins.
 */
export async function changeOwnPassword(
  ds: DataSource,
  staff: Staff,
  input: { currentPassword: string; newPassword: string; ip: string },
  now = new Date(),
): Promise<{ token: string; session: Session }> {
  const m = ds.manager;
  const subjects = [`account:${staff.id}`, `ip:${input.ip}`];
  const attempt = await beginAttempt(m, subjects, now);
  if (attempt.wait > 0) throw new LockedOut(attempt.wait);
  const cred = await m.findOne(StaffCredential, { where: { staffId: staff.id } });
  if (!cred || !(await verifyPassword(input.currentPassword, cred.passwordHash))) {
    await pruneFailures(m, now);
    throw invalid('currentPassword');
  }
  await endAttempt(m, attempt.rows);
  const hash = await preparePassword(staff, input.newPassword, 'newPassword');
  return inTransaction(ds, async ({ manager: tm }) => {
    await storePassword(tm, staff.id, hash, now);
    await revokeStaffSessions(tm, staff.id, now);
    return createSession(tm, staff.id, now);
  });
}

/** An administrator or the CLI sets someone's password: their sessions end, their lockout is lifted. */
export async function resetPassword(ds: DataSource, staff: Staff, password: string, now = new Date()): Promise<void> {
  const hash = await preparePassword(staff, password);
  await inTransaction(ds, async ({ manager: tm }) => {
    await storePassword(tm, staff.id, hash, now);
    await revokeStaffSessions(tm, staff.id, now);
    await clearFailures(tm, [`account:${staff.id}`]);
  });
}
