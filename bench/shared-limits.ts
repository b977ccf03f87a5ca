/**
 * The cost of the shared intake limits per ticket: `SharedLimiter.take` with a ticket's usual
 * claim (one sender, one relay: two conditional UPDATEs on rate_bucket, autocommit) against the
 * same claim in process memory (`IntakeLimiter`), on SQLite (WAL file) and MariaDB.
 *
 *   node -r ts-node/register/transpile-only bench/shared-limits.ts [--db sqlite,mariadb] [--takes 5000] [--concurrency 16]
 *
 * Sequential takes give the latency one ticket pays; concurrent takes on one relay row (16 at a
 * time, what the intake bench offers) show the hot-row cost on MariaDB.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { IntakeLimiter, SharedLimiter } from '../src/http/ratelimit';
import { parseDatabaseUrl } from '../src/config';
import { openDatabase } from '../src/db/bootstrap';
import { freshMysqlDatabase, mysqlServerUrl, removeSqlite } from './support/db';
import { figure, fmt } from './support/report';

function arg(name: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : dflt;
}
const TAKES = Number(arg('takes', '5000'));
const CONCURRENCY = Number(arg('concurrency', '16'));
const dbs = arg('db', process.env.BENCH_DBS ?? 'sqlite,mariadb').split(',');
const LIMITS = { senderPerMin: 1e9, channelPerMin: 1e12 };

async function benchOne(kind: string) {
  let url: string;
  let drop: () => Promise<void>;
  if (kind === 'sqlite') {
    const file = `/tmp/cunsheng-bench-limits-${process.pid}.sqlite`;
    removeSqlite(file);
    url = `sqlite:${file}`;
    drop = async () => removeSqlite(file);
  } else {
    const fresh = await freshMysqlDatabase(mysqlServerUrl(), 'cs_bench_limits');
    url = fresh.url;
    drop = fresh.drop;
  }
  const ds = await openDatabase({ database: parseDatabaseUrl(url) }, { migrate: true });
  try {
    const shared = new SharedLimiter(ds, LIMITS);
    const memory = new IntakeLimiter(LIMITS);
    // Many senders (each one's first take inserts its row) through one relay, like a gateway.
    const claim = (i: number) => ({ senders: [`phone:139${String(i % 2000).padStart(8, '0')}`], relay: 'token:1' });
    for (let i = 0; i < 2000; i++) await shared.take(claim(i));

    let t = performance.now();
    for (let i = 0; i < TAKES; i++) await shared.take(claim(i));
    const seqUs = ((performance.now() - t) * 1000) / TAKES;

    t = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < TAKES) await shared.take(claim(next++));
      }),
    );
    const concMs = performance.now() - t;
    const concPerSec = (TAKES / concMs) * 1000;

    t = performance.now();
    for (let i = 0; i < TAKES * 20; i++) memory.take(claim(i));
    const memUs = ((performance.now() - t) * 1000) / (TAKES * 20);

    console.log(
      `${kind}: shared ${fmt(seqUs, 1)} µs a ticket sequentially (sender + relay), ${fmt(concPerSec)} tickets/s with ${CONCURRENCY} at once on one relay row; in memory ${fmt(memUs, 2)} µs`,
    );
    figure({
      bench: 'shared-limits',
      name: `shared intake limits ${kind}, per ticket`,
      value: seqUs,
      unit: 'µs',
      baseline: { name: 'in-memory buckets', value: memUs, unit: 'µs' },
      note: `${fmt(concPerSec)} takes/s with ${CONCURRENCY} concurrent on one relay row`,
    });
  } finally {
    await ds.destroy();
    await drop();
  }
}

export async function run(): Promise<void> {
  for (const kind of dbs) await benchOne(kind);
}

if (require.main === module) {
  run().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
