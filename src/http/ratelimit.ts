import type Koa from 'koa';
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
 * The buckets live in this process's memory: with several server instances behind a balancer,
 * each instance applies the limits on its own (a sender gets up to N × the limit). Limits:
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

/** The limiter createTicket is given (see src/tickets/admission.ts). */
export class IntakeLimiter implements Limiter {
  readonly senders: Buckets | null;
  readonly relays: Buckets | null;
  private refused = 0;
  private lastLog = 0;

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
      this.noteRefusal(now, senderWait ? 'sender' : 'channel');
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

  // One line per 10 s at most, without any identity: a flood must not flood the log too.
  private noteRefusal(now: number, what: string): void {
    this.refused++;
    if (now - this.lastLog < 10_000) return;
    log.warn('intake rate limited', { refused: this.refused, last: what });
    this.refused = 0;
    this.lastLog = now;
  }
}

/** The app's one limiter, or null when both limits are off. */
export function createLimiter(limits: RateLimits = loadRateLimits()): IntakeLimiter | null {
  return limits.senderPerMin > 0 || limits.channelPerMin > 0 ? new IntakeLimiter(limits) : null;
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
