import { DataSource, EntityManager } from 'typeorm';
import { Jurisdiction } from '../entities/Jurisdiction';
import { PlaceIndex } from './resolver';
import { onCacheChange } from '../db/cache-version';

/**
 * The place index of the imported divisions, built from the database on first use (never at
 * server start) and rebuilt when the number of divisions changes (after an import).
 */
let cached: { ds: DataSource; index: PlaceIndex; count: number; checkedAt: number } | null = null;
let building: Promise<PlaceIndex> | null = null;
const RECHECK_MS = 60_000;

async function build(m: EntityManager): Promise<{ index: PlaceIndex; count: number }> {
  const index = new PlaceIndex();
  let count = 0;
  // Page by level then code so parents are always added before children.
  for (const level of ['province', 'city', 'county', 'township', 'village'] as const) {
    let after = '';
    for (;;) {
      const rows = await m
        .createQueryBuilder(Jurisdiction, 'j')
        .where('j.level = :level AND j.code > :after', { level, after })
        .orderBy('j.code', 'ASC')
        .limit(5000)
        .getMany();
      for (const r of rows) index.add({ code: r.code, name: r.name, level: r.level, parentCode: r.parentCode });
      count += rows.length;
      if (rows.length < 5000) break;
      after = rows[rows.length - 1].code;
    }
  }
  return { index, count };
}

/**
 * The divisions' index, built once and counted again now and then. A transaction passes its manager (`via`): reading through a
 * second pool connection while holding its own deadlocks the pool once every connection is held by such a transaction.
 */
export async function placeIndex(ds: DataSource, via?: EntityManager): Promise<PlaceIndex> {
  const now = Date.now();
  if (cached && cached.ds === ds && now - cached.checkedAt < RECHECK_MS) return cached.index;
  const m = via ?? ds.manager;
  if (cached && cached.ds === ds) {
    const count = await m.getRepository(Jurisdiction).count();
    cached.checkedAt = now;
    if (count === cached.count) return cached.index;
  }
  if (!building) {
    building = build(m)
      .then(({ index, count }) => {
        cached = { ds, index, count, checkedAt: Date.now() };
        return index;
      })
      .finally(() => {
        building = null;
      });
  }
  return building;
}

/** Forget the index (after an import, or between tests on different databases). */
export function invalidatePlaceIndex(): void {
  cached = null;
}
// Divisions imported by another process: count them again on next use (rebuilt only if changed).
onCacheChange('places', () => {
  if (cached) cached.checkedAt = 0;
});
