import crypto from 'node:crypto';
import net from 'node:net';
import type Koa from 'koa';
import type { DataSource } from 'typeorm';
import { insertIgnore } from '../db/sql';
import { isMysql } from '../db/datasource';
import { readSettings } from '../config';
import { AppError } from '../errors';
import { log } from '../log';
import type { Actor } from '../tickets/actor';
import { AdmissionInput, Claim, claimFor, Limiter } from '../tickets/admission';

/**
 * Intake rate limits: token buckets per sender (phone, WeChat id, openid, petitioner) and per
 * relay (a channel or bot token; the hotline and SMS webhooks each), so a flood from one phone
 * number is slowed while everyone else's complaints go through. They apply on every intake:
 * tokens (channels, the bot, villagers, staff entering a call), signed webhooks, the
 * mini-program, chat and Open311. createApp makes one limiter and passes it down; callers that
 * pass none (jobs, CLI) are not limited.
 *
 * Counted: new tickets only. createTicket asks after its idempotency look-up, so replaying a
 * known externalId is neither counted nor refused, and a submission that fails (bad village
 * code, database away) gives its token back.
 *
 * The server keeps the buckets in the database (`SharedLimiter`, table rate_bucket): every server
 * process and every host on the database takes from the same buckets, so WORKERS=N or several
 * instances behind a balancer do not multiply the limits. `IntakeLimiter` is the same arithmetic
 * in memory (one process; the unit tests). Limits:
 *   RATE_LIMIT_SENDER_PER_MIN   default 10   (0 = off)
 *   RATE_LIMIT_CHANNEL_PER_MIN  default 600  (0 = off; per channel/bot token and per webhook)
 * A bucket holds one minute's allowance (the burst) and refills evenly over the minute.
 */

export interface RateLimits {
  senderPerMin: number;
  channelPerMin: number;
}

export function loadRateLimits(env: NodeJS.ProcessEnv = process.env): RateLimits {
  const s = readSettings(['RATE_LIMIT_SENDER_PER_MIN', 'RATE_LIMIT_CHANNEL_PER_MIN'], env);
  return { senderPerMin: s.RATE_LIMIT_SENDER_PER_MIN, channelPerMin: s.RATE_LIMIT_CHANNEL_PER_MIN };
}

/** 429 with the seconds to wait; the middleware below turns `retryAfter` into the Retry-After header. */
export class RateLimited extends AppError {
  constructor(
    readonly retryAfter: number,
    what: 'sender' | 'channel' | 'reads',
  ) {
    super(
      429,
      'rate_limited',
      what === 'sender'
        ? `提交过于频繁，请 ${retryAfter} 秒后再试（同一联系人每分钟可提交的诉求有限）`
        : what === 'channel'
          ? `该渠道提交过于频繁，请 ${retryAfter} 秒后再试`
          : // Open311 clients are often run by people who read English: the figure and the wait in both.
            `查询过于频繁：每个客户端每分钟可读取的诉求条数有限，请 ${retryAfter} 秒后再试 (Open311 read limit reached, retry after ${retryAfter} s)`,
      what === 'sender' ? 'contact' : undefined,
    );
  }
}

interface Bucket {
  tokens: number;
  at: number;
}

// Past this many buckets, full (idle) ones are dropped: they would be created full again anyway.
const PRUNE_AT = 50_000;

/** Token buckets of `perMin` capacity refilled at perMin per minute, keyed by string. */
export class Buckets {
  private readonly map = new Map<string, Bucket>();
  private readonly perMs: number;

  constructor(readonly perMin: number) {
    this.perMs = perMin / 60_000;
  }

  private refill(key: string, now: number): Bucket {
    let b = this.map.get(key);
    if (!b) {
      if (this.map.size >= PRUNE_AT) this.prune(now);
      b = { tokens: this.perMin, at: now };
      this.map.set(key, b);
    } else if (now > b.at) {
      b.tokens = Math.min(this.perMin, b.tokens + (now - b.at) * this.perMs);
      b.at = now;
    }
    return b;
  }

  /** Milliseconds until one token is there (0 = available now). */
  wait(key: string, now: number): number {
    const b = this.refill(key, now);
    return b.tokens >= 1 ? 0 : Math.ceil((1 - b.tokens) / this.perMs);
  }

  take(key: string, now: number): void {
    this.refill(key, now).tokens -= 1;
  }

  give(key: string, now: number): void {
    const b = this.refill(key, now);
    b.tokens = Math.min(this.perMin, b.tokens + 1);
  }

  get size(): number {
    return this.map.size;
  }

  private prune(now: number): void {
    for (const [k, b] of this.map) if (b.tokens + (now - b.at) * this.perMs >= this.perMin) this.map.delete(k);
  }
}

/** Refusals logged one line per 10 s at most, without any identity: a flood must not flood the log too. */
class RefusalLog {
  private refused = 0;
  private lastLog = 0;

  constructor(private readonly line = 'intake rate limited') {}

  note(now: number, what: string): void {
    this.refused++;
    if (now - this.lastLog < 10_000) return;
    log.warn(this.line, { refused: this.refused, last: what });
    this.refused = 0;
    this.lastLog = now;
  }
}

/** The limiter createTicket is given (see src/tickets/admission.ts). */
export class IntakeLimiter implements Limiter {
  readonly senders: Buckets | null;
  readonly relays: Buckets | null;
  private readonly refusals = new RefusalLog();

  constructor(
    limits: RateLimits,
    private readonly clock: () => number = Date.now,
  ) {
    this.senders = limits.senderPerMin > 0 ? new Buckets(limits.senderPerMin) : null;
    this.relays = limits.channelPerMin > 0 ? new Buckets(limits.channelPerMin) : null;
  }

  claim(actor: Actor, input: AdmissionInput): () => void {
    const c = claimFor(actor, input);
    return c ? this.take(c) : () => undefined;
  }

  /** Takes one from every bucket of the claim, or throws RateLimited taking nothing. */
  take(c: Claim): () => void {
    const now = this.clock();
    const senders = this.senders ? c.senders : [];
    const relay = this.relays ? c.relay : null;
    // All or nothing: a refused submission takes no token from any bucket.
    let senderWait = 0;
    for (const k of senders) senderWait = Math.max(senderWait, this.senders!.wait(k, now));
    const relayWait = relay ? this.relays!.wait(relay, now) : 0;
    if (senderWait || relayWait) {
      this.refusals.note(now, senderWait ? 'sender' : 'channel');
      throw new RateLimited(Math.max(1, Math.ceil(Math.max(senderWait, relayWait) / 1000)), senderWait ? 'sender' : 'channel');
    }
    for (const k of senders) this.senders!.take(k, now);
    if (relay) this.relays!.take(relay, now);
    let undone = false;
    return () => {
      if (undone) return;
      undone = true;
      const t = this.clock();
      for (const k of senders) this.senders!.give(k, t);
      if (relay) this.relays!.give(relay, t);
    };
  }
}

/**
 * The same buckets in the database, shared by every process on it. One bucket is one row
 * (`s:` sender or `r:` relay, then the key); taking a token is one conditional UPDATE that
 * refills and takes in the same statement (`… WHERE bucket = ? AND refilled >= 1`: the row lock
 * makes it atomic across processes), run on its own outside the ticket's transaction so a busy
 * relay's row is never held for a whole ticket. A key seen for the first time is one INSERT IGNORE.
 * Several keys are taken one after the other; a refusal gives back the ones already taken, so a
 * refused submission costs nothing. Typical ticket: two statements (its sender and its relay).
 */
export class SharedLimiter implements Limiter {
  private readonly refusals = new RefusalLog();
  private lastPrune = 0;
  private readonly sql: BucketSql;

  constructor(
    private readonly ds: DataSource,
    readonly limits: RateLimits,
    private readonly clock: () => number = Date.now,
  ) {
    this.sql = bucketSql(ds);
  }

  async claim(actor: Actor, input: AdmissionInput): Promise<() => void> {
    const c = claimFor(actor, input);
    return c ? this.take(c) : () => undefined;
  }

  private keys(c: Claim): { bucket: string; cap: number; what: 'sender' | 'channel' }[] {
    const out: { bucket: string; cap: number; what: 'sender' | 'channel' }[] = [];
    if (this.limits.senderPerMin > 0) for (const k of c.senders) out.push({ bucket: bucketName('s', k), cap: this.limits.senderPerMin, what: 'sender' });
    if (this.limits.channelPerMin > 0 && c.relay) out.push({ bucket: bucketName('r', c.relay), cap: this.limits.channelPerMin, what: 'channel' });
    return out;
  }

  /** Takes one from every bucket of the claim, or throws RateLimited having taken nothing. */
  async take(c: Claim): Promise<() => void> {
    const now = this.clock();
    const keys = this.keys(c);
    const taken: typeof keys = [];
    for (const k of keys) {
      const wait = await takeTokens(this.ds, this.sql, k.bucket, k.cap, k.cap / 60_000, 1, now);
      if (wait > 0) {
        await this.giveBack(taken);
        this.refusals.note(now, k.what);
        throw new RateLimited(Math.max(1, Math.ceil(wait / 1000)), k.what);
      }
      taken.push(k);
    }
    this.maybePrune(now);
    let undone = false;
    return () => {
      if (undone) return;
      undone = true;
      void this.giveBack(taken);
    };
  }

  private async giveBack(keys: { bucket: string; cap: number }[]): Promise<void> {
    for (const k of keys) await runStatement(this.ds, this.sql.give, [k.cap, 1, k.bucket]).catch(() => undefined);
  }

  // A bucket untouched for two minutes is full again: its row can go (it is recreated full).
  // Open311 read buckets (`o`) refill more slowly and may be in debt: ReadLimiter prunes those.
  private maybePrune(now: number): void {
    if (now - this.lastPrune < 300_000) return;
    this.lastPrune = now;
    void runStatement(this.ds, "DELETE FROM rate_bucket WHERE at < ? AND bucket NOT LIKE 'o%'", [now - 120_000]).catch(() => undefined);
  }
}

interface BucketSql {
  take: string;
  give: string;
  insert: string;
}

/**
 * The bucket statements. `take` refills and takes n in one statement when at least one token is
 * there (params: cap, now, perMs, n, now, bucket, cap, now, perMs); `give` puts n back up to the
 * cap (cap, n, bucket); `insert` creates a row. Both assignments of `take` read the row's old `at`
 * (MySQL evaluates SET left to right; `at` is set last). Bound `?` values only: SQLite prepares
 * each distinct text once, and TypeORM's named parameters would write the numbers into the text.
 */
function bucketSql(ds: DataSource): BucketSql {
  const [least, greatest] = isMysql(ds) ? ['LEAST', 'GREATEST'] : ['MIN', 'MAX'];
  const refilled = `${least}(?, tokens + ${greatest}(0, ? - at) * ?)`;
  return {
    take: `UPDATE rate_bucket SET tokens = ${refilled} - ?, at = ${greatest}(at, ?) WHERE bucket = ? AND ${refilled} >= 1`,
    give: `UPDATE rate_bucket SET tokens = ${least}(?, tokens + ?) WHERE bucket = ?`,
    insert: `${insertIgnore(ds)} rate_bucket (bucket, tokens, at) VALUES (?, ?, ?)`,
  };
}

/**
 * Takes n tokens from a bucket of `cap` refilled at `perMs` a millisecond, when it holds at least
 * one (n > 1 may leave it in debt). 0 when taken, else the milliseconds until one token is there.
 */
async function takeTokens(ds: DataSource, sql: BucketSql, bucket: string, cap: number, perMs: number, n: number, now: number): Promise<number> {
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      if ((await runStatement(ds, sql.take, [cap, now, perMs, n, now, bucket, cap, now, perMs])).affected) return 0;
      // No row yet: the first use of this key starts full, minus these.
      if ((await runStatement(ds, sql.insert, [bucket, cap - n, now])).affected) return 0;
      const row = (await runStatement(ds, 'SELECT tokens, at FROM rate_bucket WHERE bucket = ?', [bucket])).rows[0];
      if (!row) continue;
      const tokens = Math.min(cap, Number(row.tokens) + Math.max(0, now - Number(row.at)) * perMs);
      // Refilled between the two statements (another process inserted it just now): try again.
      if (tokens >= 1) continue;
      return Math.ceil((1 - tokens) / perMs);
    } catch (e: any) {
      // A deadlock or a Galera certification conflict on a hot relay row: the statement did nothing.
      const code = e?.code ?? e?.driverError?.code;
      if (attempt < 2 && (code === 'ER_LOCK_DEADLOCK' || code === 'ER_LOCK_WAIT_TIMEOUT' || code === 'SQLITE_BUSY')) continue;
      throw e;
    }
  }
  // Contended three times over: let the request through rather than refuse it for nothing.
  return 0;
}

/** One autocommit statement on a pooled connection (never inside someone's transaction on MySQL). */
async function runStatement(ds: DataSource, sql: string, params: unknown[]): Promise<{ affected: number; rows: any[] }> {
  const qr = ds.createQueryRunner();
  try {
    const r = await qr.query(sql, params, true);
    return { affected: Number(r.affected ?? 0), rows: Array.isArray(r.records) ? r.records : [] };
  } finally {
    await qr.release();
  }
}

/**
 * Public Open311 reads (lists, polls, single requests), counted in the tickets they return, per
 * client: its API token when it sends a valid one (`api_key` or a bearer token), else its address
 * (TRUST_PROXY decides which; IPv6 by /64, what one subscriber is usually given). Buckets in
 * rate_bucket (`o:` rows) like the intake's, so every process and host shares them.
 *
 *   OPEN311_READS_PER_MIN  default 1000 (0 = off): the refill a minute; a bucket holds ten
 *                          minutes' worth (10,000 = the largest poll one request may name).
 *
 * A read is admitted while its bucket holds at least one token, and takes at admission what it may
 * cost at most (the ids it names, or a list's 1,000-row cap), so parallel requests cannot all pass
 * on one token; once answered it gives back what it did not return. A big poll may leave the bucket
 * in debt: the next read waits until the debt is refilled. A request's cost is at least 1, and a
 * poll's at least one for every ten ids it names (looking up ids that are not there is work too).
 */
export const READ_BURST_MINUTES = 10;
/** The most one read may cost (MAX_IDS, src/channels/open311/service.ts): bounds a bucket's debt. */
export const MAX_READ_COST = 10_000;

export function loadReadLimit(env: NodeJS.ProcessEnv = process.env): number {
  return readSettings(['OPEN311_READS_PER_MIN'], env).OPEN311_READS_PER_MIN;
}

export class ReadLimiter {
  private readonly refusals = new RefusalLog('open311 reads rate limited');
  private readonly sql: BucketSql;
  private readonly cap: number;
  private readonly perMs: number;
  private lastPrune = 0;

  constructor(
    private readonly ds: DataSource,
    readonly perMin: number,
    // Read when called (a test's fake clock installed after the app was made is the clock).
    private readonly clock: () => number = () => Date.now(),
  ) {
    this.sql = bucketSql(ds);
    this.cap = perMin * READ_BURST_MINUTES;
    this.perMs = perMin / 60_000;
  }

  /**
   * Admits a read by `client` that may cost up to `atMost`, or throws RateLimited('reads').
   * Returns `settle(cost)`, which gives back what was taken beyond the cost.
   */
  async admit(client: string, atMost = 1): Promise<(cost: number) => Promise<void>> {
    const now = this.clock();
    const bucket = bucketName('o', client);
    const taken = Math.max(1, Math.min(MAX_READ_COST, Math.ceil(atMost)));
    const wait = await takeTokens(this.ds, this.sql, bucket, this.cap, this.perMs, taken, now);
    if (wait > 0) {
      this.refusals.note(now, client.startsWith('key:') ? 'key' : 'address');
      throw new RateLimited(Math.max(1, Math.ceil(wait / 1000)), 'reads');
    }
    this.maybePrune(now);
    return async (cost) => {
      const back = taken - Math.max(1, Math.min(MAX_READ_COST, Math.ceil(cost)));
      // A failed give-back leaves the client charged the most its read could cost; the read still answers.
      if (back > 0) await runStatement(this.ds, this.sql.give, [this.cap, back, bucket]).catch(() => undefined);
    };
  }

  // A read bucket is full again at most (MAX_READ_COST + cap) / perMs after its last use (from the
  // deepest debt one read can leave); older rows can go.
  private maybePrune(now: number): void {
    if (now - this.lastPrune < 300_000) return;
    this.lastPrune = now;
    const horizon = Math.ceil((MAX_READ_COST + this.cap) / this.perMs);
    void runStatement(this.ds, "DELETE FROM rate_bucket WHERE at < ? AND bucket LIKE 'o%'", [now - horizon]).catch(() => undefined);
  }
}

/**
 * The address a read is counted under: IPv4 as it is (an IPv4-mapped IPv6 address as its IPv4),
 * IPv6 by its /64 (one subscriber's usual allocation: a client must not get a new bucket for each
 * of its 2^64 addresses).
 */
export function addressKey(ip: string): string {
  const bare = ip.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(bare);
  if (mapped) return mapped[1];
  if (!net.isIPv6(bare)) return bare || 'unknown';
  const [head, tail] = bare.split('::');
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array<string>(Math.max(0, 8 - h.length - t.length)).fill('0'), ...t];
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g, 16).toString(16))
    .join(':')}::/64`;
}

/** The app's Open311 read limiter, or null when OPEN311_READS_PER_MIN is 0. */
export function createReadLimiter(ds: DataSource, perMin: number = loadReadLimit()): ReadLimiter | null {
  return perMin > 0 ? new ReadLimiter(ds, perMin) : null;
}

/** A bucket's row key: readable when short, a digest when long (a WeChat id is the caller's text). */
function bucketName(kind: 's' | 'r' | 'o', key: string): string {
  const k = `${kind}:${key}`;
  return k.length <= 100 && /^[\x20-\x7e]*$/.test(k) ? k : `${kind}#${crypto.createHash('sha256').update(key, 'utf8').digest('hex')}`;
}

/**
 * The app's one limiter, or null when both limits are off: in the database when given one (every
 * server), else in memory.
 */
export function createLimiter(limits: RateLimits = loadRateLimits(), ds?: DataSource): Limiter | null {
  if (!(limits.senderPerMin > 0 || limits.channelPerMin > 0)) return null;
  return ds ? new SharedLimiter(ds, limits) : new IntakeLimiter(limits);
}

/** Adds Retry-After to the limiter's 429s (the error middleware renders the body). */
export function retryAfter(): Koa.Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } catch (e) {
      if (e instanceof RateLimited) ctx.set('Retry-After', String(e.retryAfter));
      throw e;
    }
  };
}
