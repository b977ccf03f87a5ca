import crypto from 'node:crypto';
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
    what: 'sender' | 'channel',
  ) {
    super(
      429,
      'rate_limited',
      what === 'sender' ? `提交过于频繁，请 ${retryAfter} 秒后再试（同一联系人每分钟可提交的诉求有限）` : `该渠道提交过于频繁，请 ${retryAfter} 秒后再试`,
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

  note(now: number, what: string): void {
    this.refused++;
    if (now - this.lastLog < 10_000) return;
    log.warn('intake rate limited', { refused: this.refused, last: what });
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
  private readonly sql: { take: string; give: string; insert: string };

  constructor(
    private readonly ds: DataSource,
    readonly limits: RateLimits,
    private readonly clock: () => number = Date.now,
  ) {
    const [least, greatest] = isMysql(ds) ? ['LEAST', 'GREATEST'] : ['MIN', 'MAX'];
    // Both assignments read the row's old `at` (MySQL evaluates SET left to right; `at` is set last).
    // Bound `?` values only (SQLite prepares each distinct text once; TypeORM's named parameters
    // would write the numbers into the text and make every statement new).
    const refilled = `${least}(?, tokens + ${greatest}(0, ? - at) * ?)`;
    this.sql = {
      take: `UPDATE rate_bucket SET tokens = ${refilled} - 1, at = ${greatest}(at, ?) WHERE bucket = ? AND ${refilled} >= 1`,
      give: `UPDATE rate_bucket SET tokens = ${least}(?, tokens + 1) WHERE bucket = ?`,
      insert: `${insertIgnore(ds)} rate_bucket (bucket, tokens, at) VALUES (?, ?, ?)`,
    };
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
      const wait = await this.takeOne(k.bucket, k.cap, now);
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

  /** 0 when a token was taken, else the milliseconds until one is there. */
  private async takeOne(bucket: string, cap: number, now: number): Promise<number> {
    const perMs = cap / 60_000;
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        if ((await this.run(this.sql.take, [cap, now, perMs, now, bucket, cap, now, perMs])).affected) return 0;
        // No row yet: the first use of this key starts full, minus this one.
        if ((await this.run(this.sql.insert, [bucket, cap - 1, now])).affected) return 0;
        const row = (await this.run('SELECT tokens, at FROM rate_bucket WHERE bucket = ?', [bucket])).rows[0];
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
    // Contended three times over: let the submission through rather than refuse it for nothing.
    return 0;
  }

  private async giveBack(keys: { bucket: string; cap: number }[]): Promise<void> {
    for (const k of keys) await this.run(this.sql.give, [k.cap, k.bucket]).catch(() => undefined);
  }

  // A bucket untouched for two minutes is full again: its row can go (it is recreated full).
  private maybePrune(now: number): void {
    if (now - this.lastPrune < 300_000) return;
    this.lastPrune = now;
    void this.run('DELETE FROM rate_bucket WHERE at < ?', [now - 120_000]).catch(() => undefined);
  }

  /** One autocommit statement on a pooled connection (never inside someone's transaction on MySQL). */
  private async run(sql: string, params: unknown[]): Promise<{ affected: number; rows: any[] }> {
    const qr = this.ds.createQueryRunner();
    try {
      const r = await qr.query(sql, params, true);
      return { affected: Number(r.affected ?? 0), rows: Array.isArray(r.records) ? r.records : [] };
    } finally {
      await qr.release();
    }
  }
}

/** A bucket's row key: readable when short, a digest when long (a WeChat id is the caller's text). */
function bucketName(kind: 's' | 'r', key: string): string {
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
