import { DataSource, In } from 'typeorm';
import { inTransaction } from '../db/tx';
import { Jurisdiction } from '../entities/Jurisdiction';
import { DivisionRow, readDivisions } from './divisions';
import { shortName } from './normalize';
import { invalidatePlaceIndex } from './store';
import { bumpCacheVersion } from '../db/cache-version';

export interface ImportDivisionsOptions {
  /** 6-digit county codes: those counties, their ancestors, townships and villages. */
  areas?: string[];
  /** The whole country (620,573 villages). */
  all?: boolean;
  /** Called after each batch with the number of division rows read so far. */
  onProgress?(n: number): void;
  /** CSV directory override (tests). */
  dir?: string;
}

export interface ImportDivisionsResult {
  inserted: number;
  byLevel: Record<string, number>;
}

// 500 rows × 5 columns stays far below SQLite's bound-parameter limit and MySQL's packet size.
const BATCH = 500;

/**
 * Streams the national divisions into `jurisdiction`, one transaction per batch, so memory stays
 * bounded for `all` and an interrupted import can simply be re-run. Rows already present are
 * left untouched (re-import changes nothing).
 */
export async function importDivisions(ds: DataSource, opts: ImportDivisionsOptions): Promise<ImportDivisionsResult> {
  if (!opts.all && !(opts.areas && opts.areas.length)) throw new Error('importDivisions: pass areas or all');
  const byLevel: Record<string, number> = { province: 0, city: 0, county: 0, township: 0, village: 0 };
  let inserted = 0;
  let read = 0;
  let batch: DivisionRow[] = [];

  const flush = async () => {
    if (!batch.length) return;
    const rows = batch;
    batch = [];
    const added = await inTransaction(ds, async ({ manager }) => {
      // Look first so the counts are exact on both drivers (SQLite reports no affected rows for
      // INSERT OR IGNORE) and a re-import only reads. orIgnore still covers a concurrent importer.
      const existing = await manager
        .createQueryBuilder(Jurisdiction, 'j')
        .select('j.code', 'code')
        .where({ code: In(rows.map((r) => r.code)) })
        .getRawMany<{ code: string }>();
      const have = new Set(existing.map((e) => String(e.code)));
      const fresh = rows.filter((r) => !have.has(r.code));
      if (fresh.length) {
        await manager
          .createQueryBuilder()
          .insert()
          .into(Jurisdiction)
          .values(fresh.map((r) => toEntity(r)))
          .orIgnore()
          .updateEntity(false)
          .execute();
      }
      return fresh;
    });
    for (const r of added) byLevel[r.level] = (byLevel[r.level] ?? 0) + 1;
    inserted += added.length;
    read += rows.length;
    opts.onProgress?.(read);
  };

  for await (const row of readDivisions({ areas: opts.areas, all: opts.all, dir: opts.dir })) {
    batch.push(row);
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  if (inserted) {
    invalidatePlaceIndex();
    // Other processes count the divisions again and rebuild their index.
    await bumpCacheVersion(ds, 'places', 'reference');
  }
  return { inserted, byLevel };
}

function toEntity(r: DivisionRow): Jurisdiction {
  return {
    code: r.code,
    name: truncate(r.name),
    shortName: truncate(shortName(r.name, r.level)),
    level: r.level,
    parentCode: r.parentCode,
  };
}

// The column is varchar(64); no official name comes close, but a bad CSV must not abort the import.
const truncate = (s: string) => (s.length > 64 ? s.slice(0, 64) : s);

/** The codes that are not counties in the division data (reads only the small CSVs, never villages). */
export async function unknownCountyCodes(codes: string[], dir?: string): Promise<string[]> {
  const valid = codes.filter((c) => /^\d{6}$/.test(c));
  const found = new Set<string>();
  if (valid.length) {
    for await (const row of readDivisions({ areas: valid, dir })) {
      if (row.level === 'county') found.add(row.code);
      // Rows come level by level: past the counties there is nothing more to learn.
      if (row.level === 'township' || row.level === 'village') break;
    }
  }
  return codes.filter((c) => !found.has(c));
}
