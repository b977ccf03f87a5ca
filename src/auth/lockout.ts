import { EntityManager, In, LessThan, MoreThanOrEqual } from 'typeorm';
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

/**
 * A try is written down before its password is checked, and checked only if fewer than the limit
 * came before it (rows of lower id in the window): guesses sent all at once are counted as they
 * arrive, so no more than the limit are ever checked, however many run in parallel. Returns the
 * rows written (the caller drops them on success: a right password is no failure), or, when a
 * subject is locked, the seconds to wait (the try's own rows are dropped again: a refused try
 * does not extend the lock).
 */
export async function beginAttempt(m: EntityManager, subjects: string[], now = new Date()): Promise<{ rows: number[]; wait: number }> {
  const since = new Date(now.getTime() - LOCKOUT_WINDOW_MS);
  const rows: number[] = [];
  for (const subject of subjects) {
    const res = await m.insert(LoginFailure, { subject: subject.slice(0, 80), at: now });
    rows.push(Number(res.identifiers[0].id));
  }
  let wait = 0;
  for (const [i, subject] of subjects.entries()) {
    const max = limitOf(subject);
    const before = await m.find(LoginFailure, {
      where: { subject: subject.slice(0, 80), at: MoreThanOrEqual(since), id: LessThan(rows[i]) },
      order: { at: 'DESC', id: 'DESC' },
      take: max,
      select: { id: true, at: true },
    });
    if (before.length < max) continue;
    // Unlocks when the max-th most recent failure leaves the window.
    const until = before[max - 1].at.getTime() + LOCKOUT_WINDOW_MS;
    wait = Math.max(wait, Math.ceil((until - now.getTime()) / 1000), 1);
  }
  if (wait > 0) {
    await endAttempt(m, rows);
    return { rows: [], wait };
  }
  return { rows, wait: 0 };
}

/** A try that succeeded (or was refused as locked) is no failure: its rows go. */
export async function endAttempt(m: EntityManager, rows: number[]): Promise<void> {
  if (rows.length) await m.delete(LoginFailure, { id: In(rows) });
}

/** A failed try stays counted (its rows were written by beginAttempt); rows older than the window go. */
export async function pruneFailures(m: EntityManager, now = new Date()): Promise<void> {
  await m.delete(LoginFailure, { at: LessThan(new Date(now.getTime() - LOCKOUT_WINDOW_MS)) });
}

/** A successful login or a password reset starts the account's count afresh (the address's stays). */
export async function clearFailures(m: EntityManager, subjects: string[]): Promise<void> {
  for (const subject of subjects) await m.delete(LoginFailure, { subject });
}
