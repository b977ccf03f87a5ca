import { EntityManager, LessThan, MoreThanOrEqual } from 'typeorm';
import { LoginFailure } from '../entities/LoginFailure';

/**
 * Lockout after repeated failed logins, counted in the database so every server process shares
 * it: 5 failures per account and 20 per client address within 15 minutes lock that account or
 * address until the oldest of those failures leaves the window. While locked, even the right
 * password is refused (otherwise guessing simply continues). Failures on a name nobody has are
 * counted under that name, so a locked and an unknown account answer alike.
 */
export const LOCKOUT_WINDOW_MS = 15 * 60_000;
export const ACCOUNT_MAX_FAILURES = 5;
export const IP_MAX_FAILURES = 20;

export const limitOf = (subject: string): number => (subject.startsWith('ip:') ? IP_MAX_FAILURES : ACCOUNT_MAX_FAILURES);

/** Seconds until the first locked subject unlocks; 0 when none is locked. */
export async function lockedFor(m: EntityManager, subjects: string[], now = new Date()): Promise<number> {
  let wait = 0;
  const since = new Date(now.getTime() - LOCKOUT_WINDOW_MS);
  for (const subject of subjects) {
    const max = limitOf(subject);
    const recent = await m.find(LoginFailure, {
      where: { subject, at: MoreThanOrEqual(since) },
      order: { at: 'DESC' },
      take: max,
      select: { id: true, at: true },
    });
    if (recent.length < max) continue;
    // Unlocks when the max-th most recent failure leaves the window.
    const until = recent[max - 1].at.getTime() + LOCKOUT_WINDOW_MS;
    wait = Math.max(wait, Math.ceil((until - now.getTime()) / 1000));
  }
  return wait;
}

export async function recordFailure(m: EntityManager, subjects: string[], now = new Date()): Promise<void> {
  for (const subject of subjects) await m.insert(LoginFailure, { subject: subject.slice(0, 80), at: now });
  // Old rows count for nothing: keep the table small.
  await m.delete(LoginFailure, { at: LessThan(new Date(now.getTime() - LOCKOUT_WINDOW_MS)) });
}

/** A successful login or a password reset starts the account's count afresh (the address's stays). */
export async function clearFailures(m: EntityManager, subjects: string[]): Promise<void> {
  for (const subject of subjects) await m.delete(LoginFailure, { subject });
}
