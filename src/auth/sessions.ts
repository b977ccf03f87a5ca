import crypto from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { readSettings } from '../config';
import { Staff } from '../entities/Staff';
import { StaffSession } from '../entities/StaffSession';
import type { Actor } from '../tickets/actor';
import { staffActor } from '../tickets/staff-actor';
import { hashToken } from './tokens';

/**
 * Console sessions. The cookie carries a random token; the table keeps its SHA-256 with the
 * absolute expiry, the last request (idle timeout) and the revocation. A session resolves to the
 * very actor that staff member's API token would (`staffActor`), so every read and write rule
 * applies unchanged. Not cached: one indexed read per request, so a logout or a password change
 * holds at once in every process.
 */
export const SESSION_COOKIE = 'cs_session';
export const CSRF_HEADER = 'X-CSRF-Token';
const SESSION_PREFIX = 'css_';
/** lastSeenAt is written at most this often (the idle timeout is minutes; a write per request is waste). */
const TOUCH_MS = 60_000;

let memo: { key: string; ttlMs: number; idleMs: number } | null = null;
export function sessionLimits(env: NodeJS.ProcessEnv = process.env): { ttlMs: number; idleMs: number } {
  const key = `${env.SESSION_TTL_HOURS ?? ''}|${env.SESSION_IDLE_MINUTES ?? ''}`;
  if (!memo || memo.key !== key) {
    const s = readSettings(['SESSION_TTL_HOURS', 'SESSION_IDLE_MINUTES'], env);
    memo = { key, ttlMs: s.SESSION_TTL_HOURS * 3_600_000, idleMs: s.SESSION_IDLE_MINUTES * 60_000 };
  }
  return memo;
}

/**
 * The CSRF token of a session: derived from the cookie's secret, so it needs no storage, changes
 * with every session, and a page on another site (which cannot read the HttpOnly cookie) cannot
 * compute it.
 */
export const csrfTokenFor = (sessionToken: string): string => crypto.createHash('sha256').update(`csrf\0${sessionToken}`, 'utf8').digest('base64url');

export function csrfMatches(sessionToken: string, presented: string | undefined): boolean {
  if (!presented) return false;
  const a = Buffer.from(csrfTokenFor(sessionToken));
  const b = Buffer.from(presented);
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

export interface Session {
  id: number;
  staffId: number;
  expiresAt: Date;
  csrfToken: string;
}

export async function createSession(m: EntityManager, staffId: number, now = new Date()): Promise<{ token: string; session: Session }> {
  const token = SESSION_PREFIX + crypto.randomBytes(32).toString('base64url');
  const { ttlMs } = sessionLimits();
  const row = await m.save(
    m.create(StaffSession, {
      tokenHash: hashToken(token),
      staffId,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + ttlMs),
      revokedAt: null,
    }),
  );
  return { token, session: { id: row.id, staffId, expiresAt: row.expiresAt, csrfToken: csrfTokenFor(token) } };
}

/** The session and its actor for a cookie value, or null (unknown, revoked, expired, idle, person inactive). */
export async function resolveSession(ds: DataSource, token: string, now = new Date()): Promise<{ session: Session; actor: Actor } | null> {
  if (typeof token !== 'string' || !token.startsWith(SESSION_PREFIX) || token.length > 100) return null;
  const m = ds.manager;
  const row = await m.findOne(StaffSession, { where: { tokenHash: hashToken(token) } });
  if (!row || row.revokedAt) return null;
  const { idleMs } = sessionLimits();
  if (row.expiresAt.getTime() <= now.getTime() || row.lastSeenAt.getTime() + idleMs <= now.getTime()) return null;
  const staff = await m.findOne(Staff, { where: { id: row.staffId, active: true } });
  if (!staff) return null;
  const actor = await staffActor(m, staff);
  if (!actor) return null;
  if (now.getTime() - row.lastSeenAt.getTime() >= TOUCH_MS) {
    // Conditional on not revoked meanwhile: a touch never resurrects a session.
    await m.createQueryBuilder().update(StaffSession).set({ lastSeenAt: now }).where('id = :id AND revokedAt IS NULL', { id: row.id }).execute();
  }
  return { session: { id: row.id, staffId: row.staffId, expiresAt: row.expiresAt, csrfToken: csrfTokenFor(token) }, actor };
}

export async function revokeSession(m: EntityManager, id: number, now = new Date()): Promise<void> {
  await m.createQueryBuilder().update(StaffSession).set({ revokedAt: now }).where('id = :id AND revokedAt IS NULL', { id }).execute();
}

/** Every open session of a member of staff (password changed or reset, account taken over). */
export async function revokeStaffSessions(m: EntityManager, staffId: number, now = new Date()): Promise<number> {
  const res = await m
    .createQueryBuilder()
    .update(StaffSession)
    .set({ revokedAt: now })
    .where('staffId = :staffId AND revokedAt IS NULL', { staffId })
    .execute();
  return res.affected ?? 0;
}

/** Rows past their absolute expiry serve nobody; removed now and then (on login). */
export async function pruneSessions(m: EntityManager, now = new Date()): Promise<void> {
  await m
    .createQueryBuilder()
    .delete()
    .from(StaffSession)
    .where('expiresAt < :cut', { cut: new Date(now.getTime() - 86_400_000) })
    .execute();
}
