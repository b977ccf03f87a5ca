import type { DataSource, EntityManager } from 'typeorm';
import { log } from '../log';

/**
 * Invalidation of in-process caches across processes. Each cache has a row in `cache_version`;
 * whatever changes its data bumps the row in the same transaction (`bumpCacheVersion`), and every
 * server process polls the rows (`watchCacheVersions`, one primary-key scan of three rows every
 * 250 ms) and drops the cache whose counter moved. A change made by any process, the CLI
 * included, is seen everywhere within about a quarter of a second.
 *
 * - reference: routing rules, deadline policies, units, division names (src/routing/reference.ts)
 * - tokens: resolved API tokens (revocation, staff deactivated or moved; src/auth/actor.ts)
 * - places: the gazetteer's place index (after a division import; src/gazetteer/store.ts)
 */
export type CacheName = 'reference' | 'tokens' | 'places';
export const CACHE_NAMES: readonly CacheName[] = ['reference', 'tokens', 'places'];
export const CACHE_POLL_MS = 250;

const listeners: Record<CacheName, (() => void)[]> = { reference: [], tokens: [], places: [] };

/** What to drop when another process (or this one) changes a cache's data. */
export function onCacheChange(name: CacheName, fn: () => void): void {
  listeners[name].push(fn);
}

function fire(name: CacheName): void {
  for (const fn of listeners[name]) fn();
}

/** Bump the counters in the caller's transaction (or on their own when `m` is not in one). */
export async function bumpCacheVersion(m: EntityManager | DataSource, ...names: CacheName[]): Promise<void> {
  if (!names.length) return;
  await m.query(`UPDATE cache_version SET version = version + 1 WHERE name IN (${names.map(() => '?').join(', ')})`, names);
  // This process need not wait for its own poll.
  for (const n of names) fire(n);
}

export interface CacheWatch {
  stop(): void;
  /** Resolves after the next completed poll (tests). */
  polled(): Promise<void>;
}

/**
 * Polls cache_version every `everyMs`. A failed poll (database away) drops every cache: a change
 * made meanwhile cannot have been seen, and reads fail anyway while the database is away.
 */
export function watchCacheVersions(ds: DataSource, everyMs = CACHE_POLL_MS): CacheWatch {
  let known: Map<string, number> | null = null;
  let busy = false;
  let stopped = false;
  let failed = false;
  let waiters: (() => void)[] = [];
  const poll = async () => {
    if (busy || stopped || !ds.isInitialized) return;
    busy = true;
    try {
      const rows: { name: string; version: number | string }[] = await ds.query('SELECT name, version FROM cache_version');
      const now = new Map(rows.map((r) => [String(r.name), Number(r.version)]));
      for (const name of CACHE_NAMES)
        if ((!known || failed || known.get(name) !== now.get(name)) && (known || failed)) {
          // When each process dropped what changed (the cluster test times propagation with it).
          log.debug('cache dropped: its version moved', { cache: name });
          fire(name);
        }
      known = now;
      failed = false;
    } catch (e: any) {
      if (!failed) {
        log.warn('cache version poll failed; caches dropped until it succeeds', { error: String(e?.message ?? e) });
        for (const name of CACHE_NAMES) fire(name);
      }
      failed = true;
    } finally {
      busy = false;
      const w = waiters;
      waiters = [];
      for (const f of w) f();
    }
  };
  const timer = setInterval(() => void poll(), everyMs);
  timer.unref();
  void poll();
  return {
    stop: () => {
      stopped = true;
      clearInterval(timer);
    },
    polled: () => new Promise<void>((r) => waiters.push(r)),
  };
}
