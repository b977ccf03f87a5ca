import { DataSource } from 'typeorm';
import { ApiToken } from '../entities/ApiToken';
import { Staff } from '../entities/Staff';
import { Actor } from '../tickets/actor';
import { findToken, tokenExpiry, tokenStillValid } from './tokens';
import { unitChain } from '../routing/reference';
import { staffActor } from '../tickets/staff-actor';
import { onCacheChange } from '../db/cache-version';

/**
 * Resolving a token (its row, the person, their unit) costs a few queries, so the result is
 * cached; but a revocation must hold within a second in every process, and the cache of one
 * process hears of another's `token:revoke` only through the 'tokens' cache version (polled every
 * 250 ms by a server, src/db/cache-version.ts). As a second line, a cached token is trusted for
 * `CHECK_MS`, then re-checked with one primary-key read (revoked or expired? person still
 * active?), and fully resolved again after `RESOLVE_MS` (a changed unit or role). Its known
 * expiry is checked on every hit.
 */
export const CHECK_MS = 1_000;
const RESOLVE_MS = 30_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  actor: Actor | null;
  tokenId: number | null;
  expiresAt: number | null;
  /** When the row was last read (taken before the read, so a revocation committed during it counts). */
  checkedAt: number;
  resolvedAt: number;
}
const cache = new Map<string, Entry>();

/** Resolves a bearer token to an actor, or null when it is unknown, expired or revoked. */
export async function actorForToken(ds: DataSource, token: string, now = Date.now()): Promise<Actor | null> {
  const hit = cache.get(token);
  if (hit && now - hit.resolvedAt < RESOLVE_MS) {
    if (!hit.actor) return null;
    if (hit.expiresAt !== null && hit.expiresAt <= now) return forget(token);
    if (now - hit.checkedAt < CHECK_MS) return hit.actor;
    if (!(await tokenStillValid(ds.manager, hit.tokenId!, new Date(now)))) return forget(token);
    hit.checkedAt = Math.max(hit.checkedAt, now);
    return hit.actor;
  }
  const rec = await findToken(ds.manager, token, now);
  const actor = rec ? await toActor(ds, rec) : null;
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(token, { actor, tokenId: rec?.id ?? null, expiresAt: rec ? (tokenExpiry(rec)?.getTime() ?? null) : null, checkedAt: now, resolvedAt: now });
  return actor;
}

/** A token found revoked or expired stays refused (negative entry) until the next full resolution. */
function forget(token: string): null {
  const e = cache.get(token);
  if (e) e.actor = null;
  return null;
}

export function forgetTokens(): void {
  cache.clear();
}
// A revocation, a deactivated person or a moved unit anywhere: resolve every token afresh.
onCacheChange('tokens', forgetTokens);

async function toActor(ds: DataSource, t: ApiToken): Promise<Actor | null> {
  const m = ds.manager;
  switch (t.role) {
    case 'channel':
      return { kind: 'channel', name: t.name, tokenId: t.id };
    case 'villager':
      return t.petitionerId ? { kind: 'villager', petitionerId: t.petitionerId, tokenId: t.id } : null;
    case 'bot':
      return { kind: 'bot', name: t.name, tokenId: t.id };
    case 'sysadmin': {
      const staff = t.staffId ? await m.findOne(Staff, { where: { id: t.staffId } }) : null;
      return { kind: 'sysadmin', staff, unitChain: await unitChain(m, staff?.unitId), tokenId: t.id };
    }
    case 'admin':
    case 'cadre':
    case 'leader': {
      const staff = t.staffId ? await m.findOne(Staff, { where: { id: t.staffId, active: true } }) : null;
      return staff && staff.role === t.role ? staffActor(m, staff, t.id) : null;
    }
  }
  return null;
}
