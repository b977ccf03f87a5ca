/**
 * Full-country place index: build time, memory, resolve() throughput vs plain Map.get.
 *
 *   node --expose-gc -r ts-node/register/transpile-only bench/place-resolution.ts
 */
import { coreName, PlaceIndex, readDivisions, shortName, type DivisionRow } from '../src/gazetteer';
import { rng } from './support/prng';

const QUERIES = 10_000;

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function mem(): { heap: number; buffers: number; rss: number } {
  gc();
  const m = process.memoryUsage();
  return { heap: m.heapUsed, buffers: m.arrayBuffers, rss: m.rss };
}

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

interface Sample {
  village: DivisionRow;
  township: string;
  county: string;
  countyCode: string;
}

const COMPLAINTS = [
  '的路灯坏了好几天了',
  '低保的事情一直没人管',
  '自来水停了三天，老人没水喝',
  '修路的钱被挪用了，请领导过问',
  '危房改造补助到现在还没发',
  '村干部优亲厚友，评贫困户不公平',
];
const ORDINARY = [
  '孩子上学的补助还没发下来，请帮忙看看',
  '今天下午三点开会，大家准时参加',
  '收到，谢谢领导关心',
  '明天有雨，晒的谷子记得收',
  '医保缴费截止到月底，还没交的抓紧',
];

async function main(): Promise<void> {
  const before = mem();
  const t0 = process.hrtime.bigint();
  const index = new PlaceIndex();
  const names = new Map<string, string>(); // township/county code → name, to write addresses
  const samples: Sample[] = [];
  let villages = 0;
  for await (const row of readDivisions({ all: true })) {
    index.add(row);
    if (row.level === 'county' || row.level === 'township') names.set(row.code, row.name);
    else if (row.level === 'village' && villages++ % 61 === 0) {
      samples.push({
        village: row,
        township: shortName(names.get(row.parentCode!)!, 'township'),
        county: names.get(row.code.slice(0, 6))!,
        countyCode: row.code.slice(0, 6),
      });
    }
  }
  const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
  names.clear();
  const s0 = process.hrtime.bigint();
  index.resolve(''); // lays out the name groups, part of what the index holds
  const sealMs = Number(process.hrtime.bigint() - s0) / 1e6;
  const after = mem();

  const rand = rng(20231031);
  const pick = <T>(a: T[]): T => a[Math.floor(rand() * a.length)];
  const queries: Array<{ text: string; context?: string }> = [];
  for (let i = 0; i < QUERIES; i++) {
    const s = pick(samples);
    const short = shortName(s.village.name, 'village');
    const r = rand();
    if (r < 0.25) queries.push({ text: short + pick(COMPLAINTS) });
    else if (r < 0.45) queries.push({ text: `我们${short}${pick(COMPLAINTS)}`, context: s.countyCode });
    else if (r < 0.6) queries.push({ text: `我是${s.county}${s.township}${short}的，${pick(COMPLAINTS)}` });
    else if (r < 0.7) queries.push({ text: `${s.township}${coreName(short)}${pick(COMPLAINTS)}` });
    else if (r < 0.8) queries.push({ text: `${s.village.name}主任电话打不通，${pick(COMPLAINTS)}` });
    else if (r < 0.9) queries.push({ text: pick(ORDINARY), context: s.village.code });
    else queries.push({ text: pick(ORDINARY) });
  }

  const tally: Record<string, number> = { resolved: 0, ambiguous: 0, unknown: 0 };
  for (const q of queries) tally[index.resolve(q.text, { context: q.context }).status]++;

  const baseline = new Map<string, number>(queries.map((q, i) => [q.text + i, i]));
  const keys = queries.map((q, i) => q.text + i);

  // Passes over the 10,000 alternate between the two so machine load hits both alike.
  let sink = 0;
  const resolvePass = () => {
    for (const q of queries) sink += index.resolve(q.text, { context: q.context }).status.length;
  };
  const mapPass = () => {
    for (const k of keys) sink += baseline.get(k)!;
  };
  resolvePass();
  mapPass();
  let resolveNs = 0;
  let mapNs = 0;
  let passes = 0;
  const time = (f: () => void) => {
    const t = process.hrtime.bigint();
    f();
    return Number(process.hrtime.bigint() - t);
  };
  while (resolveNs < 2e9) {
    resolveNs += time(resolvePass);
    for (let i = 0; i < 10; i++) mapNs += time(mapPass);
    passes++;
  }
  const resolvePerSec = (passes * QUERIES) / (resolveNs / 1e9);
  const mapPerSec = (passes * 10 * QUERIES) / (mapNs / 1e9);

  console.log('stats', index.stats());
  console.log(`build (read CSVs + index): ${(buildMs / 1000).toFixed(2)} s, then first resolve ${sealMs.toFixed(0)} ms`);
  console.log(
    `index memory: heap +${mb(after.heap - before.heap)}, typed arrays +${mb(after.buffers - before.buffers)}, ` +
      `RSS ${mb(after.rss)} (start ${mb(before.rss)})`,
  );
  console.log('query mix outcome', tally);
  const taiping = index.resolve('太平村');
  console.log('太平村 nationally:', taiping.status === 'ambiguous' ? `ambiguous, total ${taiping.total}` : taiping.status);
  console.log(`resolve(): ${Math.round(resolvePerSec).toLocaleString('en')} /s`);
  console.log(`Map.get baseline: ${Math.round(mapPerSec).toLocaleString('en')} /s`);
  console.log(`ratio resolve/Map.get: 1/${(mapPerSec / resolvePerSec).toFixed(0)}`);
  if (sink === -1) console.log(sink);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
