import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { RoutingRule } from '../entities/RoutingRule';
import { DeadlinePolicyRow } from '../entities/DeadlinePolicy';
import { Unit } from '../entities/Unit';
import { Jurisdiction } from '../entities/Jurisdiction';
import { readSetting } from '../config';
import { onCacheChange } from '../db/cache-version';

/**
 * Reference data that every intake reads and that almost never changes (routing rules, deadline
 * policies, units by jurisdiction and kind, units by id, division names), cached per DataSource
 * for a short time so a ticket does not pay half a dozen queries for it.
 *
 * Freshness: whatever changes rules, policies or units bumps the 'reference' cache version in its
 * transaction (src/db/cache-version.ts); every server process polls the version every 250 ms and
 * starts a new generation when it moves. REFERENCE_TTL_MS bounds the rest (a change made by hand
 * in SQL). A unit that is looked up and not found is re-checked after the same delay.
 * Cached objects are shared: callers must treat them as read-only.
 */
export const REFERENCE_TTL_MS = readSetting('REFERENCE_CACHE_MS');

// Far more than the villages of any county set; cleared when exceeded rather than tracked per entry.
const MAX_ENTRIES = 100_000;

interface Generation {
  at: number;
  epoch: number;
  rules?: Promise<RoutingRule[]>;
  policies?: Promise<DeadlinePolicyRow[]>;
  unitsAt: Map<string, Promise<Unit | null>>;
  unitsById: Map<number, Promise<Unit | null>>;
  places: Map<string, Jurisdiction | null>;
  lookups: Map<string, Promise<unknown>>;
}

const caches = new WeakMap<DataSource, Generation>();
// Bumped by a global invalidation: every DataSource's generation becomes stale.
let epoch = 0;

function generation(ds: DataSource, now = Date.now()): Generation {
  let g = caches.get(ds);
  if (!g || g.epoch !== epoch || now - g.at >= REFERENCE_TTL_MS || REFERENCE_TTL_MS <= 0) {
    g = { at: now, epoch, unitsAt: new Map(), unitsById: new Map(), places: new Map(), lookups: new Map() };
    caches.set(ds, g);
  }
  return g;
}

/** Forget everything cached for this DataSource (or for all, when none is given: tests). */
export function invalidateReference(ds?: DataSource): void {
  if (ds) caches.delete(ds);
  else epoch++;
}
onCacheChange('reference', () => invalidateReference());

function memo<K, V>(map: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> {
  const hit = map.get(key);
  if (hit) return hit;
  if (map.size >= MAX_ENTRIES) map.clear();
  const p = load();
  map.set(key, p);
  // A failed load (database away) must not be remembered.
  p.catch(() => map.get(key) === p && map.delete(key));
  return p;
}

const gen = (m: EntityManager): Generation => generation(m.connection);

/** All routing rules, by id. Reads through `m` so a transaction sees its own connection. */
export function cachedRules(m: EntityManager): Promise<RoutingRule[]> {
  const g = gen(m);
  if (!g.rules) {
    const p = m.find(RoutingRule, { order: { id: 'ASC' } });
    g.rules = p;
    p.catch(() => g.rules === p && (g.rules = undefined));
  }
  return g.rules;
}

/** All deadline policy rows, by id. */
export function cachedPolicies(m: EntityManager): Promise<DeadlinePolicyRow[]> {
  const g = gen(m);
  if (!g.policies) {
    const p = m.find(DeadlinePolicyRow, { order: { id: 'ASC' } });
    g.policies = p;
    p.catch(() => g.policies === p && (g.policies = undefined));
  }
  return g.policies;
}

/** The first unit (lowest id) of one of `kinds` at a jurisdiction, or null. */
export async function cachedUnitAt(m: EntityManager, jurisdictionCode: string, kinds: string[]): Promise<Unit | null> {
  const g = gen(m);
  const found = await Promise.all(
    kinds.map((kind) =>
      memo(g.unitsAt, `${jurisdictionCode}|${kind}`, () => m.findOne(Unit, { where: { jurisdictionCode, kind: kind as Unit['kind'] }, order: { id: 'ASC' } })),
    ),
  );
  let best: Unit | null = null;
  for (const u of found) if (u && (!best || u.id < best.id)) best = u;
  return best;
}

/** Units by id (for presenting tickets). Missing ids are simply absent from the map. */
export async function cachedUnits(m: EntityManager, ids: number[]): Promise<Map<number, Unit>> {
  const g = gen(m);
  const missing = [...new Set(ids)].filter((id) => !g.unitsById.has(id));
  if (missing.length) {
    const p = m.find(Unit, { where: { id: In(missing) } });
    for (const id of missing) {
      const one = p.then((rows) => rows.find((u) => u.id === id) ?? null);
      g.unitsById.set(id, one);
      one.catch(() => g.unitsById.get(id) === one && g.unitsById.delete(id));
    }
  }
  const out = new Map<number, Unit>();
  for (const id of ids) {
    const u = await g.unitsById.get(id);
    if (u) out.set(id, u);
  }
  return out;
}

/** Division rows by code (names and levels do not change between imports). Unknown codes map to nothing. */
export async function cachedJurisdictions(m: EntityManager, codes: string[]): Promise<Map<string, Jurisdiction>> {
  const g = gen(m);
  const missing = [...new Set(codes)].filter((c) => !g.places.has(c));
  if (missing.length) {
    if (g.places.size + missing.length > MAX_ENTRIES) g.places.clear();
    const rows = await m.find(Jurisdiction, { where: { code: In(missing) } });
    for (const c of missing) g.places.set(c, null);
    for (const r of rows) g.places.set(r.code, r);
  }
  const out = new Map<string, Jurisdiction>();
  for (const c of codes) {
    const j = g.places.get(c);
    if (j) out.set(c, j);
  }
  return out;
}

/**
 * Any other small lookup over reference data (e.g. the 包村干部 of a village in a unit), kept
 * with the same lifetime and invalidation as the rest. `key` must name the lookup and its inputs.
 */
export function cachedLookup<T>(m: EntityManager, key: string, load: () => Promise<T>): Promise<T> {
  return memo(gen(m).lookups as Map<string, Promise<T>>, key, load);
}

/**
 * A unit and every unit above it (its parentUnitId chain), nearest first. People of any of
 * these units are "inside" a ticket that accuses one of them (the accused unit and the units
 * under it), so this chain, carried by the actor, decides the accused-unit exclusion. Stops at
 * a missing unit or a cycle.
 */
export async function unitChain(m: EntityManager, unitId: number | null | undefined): Promise<number[]> {
  const chain: number[] = [];
  for (let id = unitId ?? null; id !== null && !chain.includes(id) && chain.length < 16; ) {
    chain.push(id);
    id = (await cachedUnits(m, [id])).get(id)?.parentUnitId ?? null;
  }
  return chain;
}

/** 火车站乡莲荷村-style paths (township + village; the county is in the number). */
export async function villagePaths(m: EntityManager, codes: string[]): Promise<Map<string, string>> {
  const uniq = [...new Set(codes)];
  if (uniq.length === 0) return new Map();
  const all = [...new Set(uniq.flatMap((c) => [c, c.slice(0, 9), c.slice(0, 6)]))];
  const rows = await cachedJurisdictions(m, all);
  const name = new Map([...rows.values()].map((r) => [r.code, r.shortName || r.name]));
  return new Map(uniq.map((c) => [c, [c.slice(0, 6), c.slice(0, 9), c].map((x) => name.get(x) ?? '').join('')]));
}
