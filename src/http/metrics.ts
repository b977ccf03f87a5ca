import crypto from 'node:crypto';
import type Koa from 'koa';
import type Router from '@koa/router';
import type { DataSource } from 'typeorm';
import { OUTBOX_CHANNELS } from '../vocabulary';

/**
 * Prometheus metrics in the text exposition format (version 0.0.4), written by hand: four metric
 * kinds are needed, and prom-client would add @opentelemetry/api and tdigest to a tree issue 12
 * wants smaller. Process-local series (requests, jobs, escalations) count what this process did;
 * database series (tickets, outbox) are read at scrape time and are the same on every instance
 * (aggregate them with max(), not sum()).
 *
 * No label ever carries personal data: routes are koa-router patterns (`/api/v1/tickets/:id`),
 * never raw URLs; channels and job names come from fixed lists.
 */

type Labels = Record<string, string>;

const escapeLabel = (v: string) => v.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"');
const labelText = (l: Labels) => {
  const keys = Object.keys(l);
  return keys.length ? `{${keys.map((k) => `${k}="${escapeLabel(l[k])}"`).join(',')}}` : '';
};
const num = (n: number) => (Number.isFinite(n) ? String(n) : n > 0 ? '+Inf' : n < 0 ? '-Inf' : 'NaN');

interface Metric {
  render(): string;
}

export class Counter implements Metric {
  private readonly values = new Map<string, { labels: Labels; value: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
  ) {}
  inc(labels: Labels = {}, by = 1): void {
    const key = labelText(labels);
    const v = this.values.get(key);
    if (v) v.value += by;
    else this.values.set(key, { labels, value: by });
  }
  get(labels: Labels = {}): number {
    return this.values.get(labelText(labels))?.value ?? 0;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} counter`];
    for (const { labels, value } of this.values.values()) lines.push(`${this.name}${labelText(labels)} ${num(value)}`);
    return lines.join('\n');
  }
}

export class Histogram implements Metric {
  private readonly series = new Map<string, { labels: Labels; counts: number[]; sum: number; count: number }>();
  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: number[],
  ) {}
  observe(labels: Labels, value: number): void {
    const key = labelText(labels);
    let s = this.series.get(key);
    if (!s) this.series.set(key, (s = { labels, counts: this.buckets.map(() => 0), sum: 0, count: 0 }));
    for (let i = 0; i < this.buckets.length; i++) if (value <= this.buckets[i]) s.counts[i]++;
    s.sum += value;
    s.count++;
  }
  count(labels: Labels): number {
    return this.series.get(labelText(labels))?.count ?? 0;
  }
  render(): string {
    const lines = [`# HELP ${this.name} ${this.help}`, `# TYPE ${this.name} histogram`];
    for (const s of this.series.values()) {
      for (let i = 0; i < this.buckets.length; i++) lines.push(`${this.name}_bucket${labelText({ ...s.labels, le: num(this.buckets[i]) })} ${s.counts[i]}`);
      lines.push(`${this.name}_bucket${labelText({ ...s.labels, le: '+Inf' })} ${s.count}`);
      lines.push(`${this.name}_sum${labelText(s.labels)} ${num(s.sum)}`);
      lines.push(`${this.name}_count${labelText(s.labels)} ${s.count}`);
    }
    return lines.join('\n');
  }
}

/** A gauge whose samples are computed at scrape time. */
function gauge(name: string, help: string, samples: { labels?: Labels; value: number }[], type: 'gauge' | 'counter' = 'gauge'): string {
  return [`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, ...samples.map((s) => `${name}${labelText(s.labels ?? {})} ${num(s.value)}`)].join('\n');
}

// Seconds: intake takes a few ms on SQLite, tens under load on MariaDB; exports and summaries longer.
const HTTP_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const JOB_BUCKETS = [0.1, 0.5, 1, 5, 15, 60, 300, 900, 1800];

/** The process's metrics; one set per process (the app, the jobs and the CLI share it). */
export const metrics = {
  httpDuration: new Histogram('cunsheng_http_request_duration_seconds', 'HTTP request latency by method and route pattern.', HTTP_BUCKETS),
  httpRequests: new Counter('cunsheng_http_requests_total', 'HTTP requests answered, by method, route pattern and status code.'),
  jobRuns: new Counter('cunsheng_job_runs_total', 'Scheduled job runs in this process, by job and outcome (ok, failed).'),
  jobDuration: new Histogram('cunsheng_job_duration_seconds', 'Scheduled job run time in this process, by job.', JOB_BUCKETS),
  escalationsFired: new Counter('cunsheng_escalations_fired_total', 'Escalation steps fired by the escalation sweep in this process.'),
  txReruns: new Counter(
    'cunsheng_db_transaction_reruns_total',
    'Transactions run again by inTransaction, by reason: conflict (deadlock, Galera certification, busy), node (its database node went away).',
  ),
};

/** Runs a scheduled job, counting the run and its duration (a failure is counted and rethrown). */
export async function timeJob<T>(job: string, fn: () => Promise<T>): Promise<T> {
  const started = process.hrtime.bigint();
  let outcome = 'failed';
  try {
    const r = await fn();
    outcome = 'ok';
    return r;
  } finally {
    metrics.jobRuns.inc({ job, outcome });
    metrics.jobDuration.observe({ job }, Number(process.hrtime.bigint() - started) / 1e9);
  }
}

/**
 * The route pattern koa-router matched (`/api/v1/tickets/:id`). A request refused before routing
 * (401, malformed body) is looked up in `routers`; what matches no route is 'unmatched', so
 * scans of random paths add no series.
 */
export function routeOf(ctx: Koa.Context, routers: Router[] = []): string {
  const matched = (ctx as any)._matchedRoute as string | undefined;
  if (matched) return matched;
  for (const r of routers) {
    const layers = r.match(ctx.path, ctx.method).pathAndMethod.filter((l: any) => l.methods.length > 0);
    const last: any = layers[layers.length - 1];
    if (last && typeof last.path === 'string') return last.path;
  }
  return 'unmatched';
}

/** Pool figures from mysql2's pool (private fields, read defensively: absent → not reported). */
function poolSamples(ds: DataSource): { labels?: Labels; value: number }[] | null {
  if (ds.options.type !== 'mysql') return null;
  const pool: any = (ds.driver as any).pool;
  if (!pool) return null;
  const all = pool._allConnections?.length;
  const free = pool._freeConnections?.length;
  const waiting = pool._connectionQueue?.length;
  const limit = pool.config?.connectionLimit;
  const out: { labels?: Labels; value: number }[] = [];
  if (typeof limit === 'number') out.push({ labels: { state: 'max' }, value: limit });
  if (typeof all === 'number') out.push({ labels: { state: 'open' }, value: all });
  if (typeof all === 'number' && typeof free === 'number') out.push({ labels: { state: 'in_use' }, value: all - free });
  if (typeof waiting === 'number') out.push({ labels: { state: 'waiting' }, value: waiting });
  return out;
}

/**
 * The database's series, read at most every DB_SERIES_MS per DataSource: counting tickets by
 * channel scans an index (about 0.1 s at a million tickets on SQLite, on the event loop), and
 * several Prometheus servers may scrape.
 */
const DB_SERIES_MS = 5000;
const dbSeries = new WeakMap<DataSource, { at: number; text: Promise<string> }>();

async function readDbSeries(ds: DataSource): Promise<string> {
  const parts: string[] = [];
  const tickets: { channel: string; n: number | string }[] = await ds.query('SELECT channel, COUNT(*) AS n FROM ticket GROUP BY channel');
  parts.push(
    gauge(
      'cunsheng_tickets_created_total',
      'Tickets ever created, by intake channel (whole database).',
      tickets.map((r) => ({ labels: { channel: r.channel }, value: Number(r.n) })),
      'counter',
    ),
  );

  const outbox: { channel: string; status: string; n: number | string }[] = await ds.query(
    "SELECT channel, status, COUNT(*) AS n FROM outbox_message WHERE status IN ('pending', 'sending', 'held', 'dead') GROUP BY channel, status",
  );
  // Every channel × pending/dead is reported, 0 included, so an alert on "dead > 0" has a series to watch.
  const byKey = new Map(outbox.map((r) => [`${r.channel}|${r.status}`, Number(r.n)]));
  const samples: { labels: Labels; value: number }[] = [];
  const channels = [...new Set([...OUTBOX_CHANNELS, ...outbox.map((r) => r.channel)])];
  for (const channel of channels) {
    for (const status of ['pending', 'sending', 'held', 'dead']) {
      const value = byKey.get(`${channel}|${status}`) ?? 0;
      if (value || status === 'pending' || status === 'dead') samples.push({ labels: { channel, status }, value });
    }
  }
  parts.push(gauge('cunsheng_outbox_messages', 'Outbox messages not yet delivered, by channel and status (pending, sending, held, dead).', samples));
  return parts.join('\n');
}

/** The whole exposition: process-local series plus the database's tickets and outbox. */
export async function renderMetrics(ds: DataSource, now = Date.now()): Promise<string> {
  const parts: string[] = [];
  for (const m of Object.values(metrics)) parts.push(m.render());
  let cached = dbSeries.get(ds);
  if (!cached || now - cached.at >= DB_SERIES_MS || now < cached.at) {
    cached = { at: now, text: readDbSeries(ds) };
    dbSeries.set(ds, cached);
    // A failed read is not kept: the next scrape tries again.
    cached.text.catch(() => dbSeries.delete(ds));
  }
  // With the database away the process's own series still answer, and db_up says why the rest is missing.
  const db = await cached.text.then(
    (text) => ({ up: 1, text }),
    () => ({ up: 0, text: '' }),
  );
  parts.push(gauge('cunsheng_db_up', 'Whether the database answered the last read of the series below (1) or not (0).', [{ value: db.up }]));
  if (db.text) parts.push(db.text);

  const pool = poolSamples(ds);
  if (pool) parts.push(gauge('cunsheng_db_pool_connections', 'MariaDB/MySQL connection pool of this process: max, open, in_use, waiting.', pool));
  else parts.push(gauge('cunsheng_db_pool_connections', 'Embedded SQLite: one connection.', [{ labels: { state: 'max' }, value: 1 }]));

  const mem = process.memoryUsage();
  parts.push(gauge('process_resident_memory_bytes', 'Resident memory size in bytes.', [{ value: mem.rss }]));
  parts.push(gauge('nodejs_heap_used_bytes', 'V8 heap in use, in bytes.', [{ value: mem.heapUsed }]));
  parts.push(
    gauge('process_start_time_seconds', 'Start time of the process since the Unix epoch, in seconds.', [
      { value: Math.round((Date.now() - process.uptime() * 1000) / 1000) },
    ]),
  );
  return parts.join('\n') + '\n';
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * Who may read /metrics: with METRICS_TOKEN set, a request bearing it (`Authorization: Bearer …`);
 * without, only a direct connection from this machine (the socket's address, not X-Forwarded-For,
 * and no forwarding header: a reverse proxy on the same host must not make the world local).
 */
export function mayReadMetrics(ctx: Koa.Context, token: string | undefined): boolean {
  if (token) {
    const given = /^Bearer\s+(.+)$/i.exec(ctx.get('authorization'))?.[1]?.trim() ?? '';
    const a = crypto.createHash('sha256').update(given).digest();
    const b = crypto.createHash('sha256').update(token).digest();
    return crypto.timingSafeEqual(a, b);
  }
  const forwarded = ctx.get('x-forwarded-for') || ctx.get('forwarded') || ctx.get('x-real-ip');
  return !forwarded && LOOPBACK.has(ctx.req.socket.remoteAddress ?? '');
}
