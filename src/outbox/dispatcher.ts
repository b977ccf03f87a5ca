import crypto from 'node:crypto';
import os from 'node:os';
import type { DataSource } from 'typeorm';
import type { OutboxChannel, OutboxMessage } from '../entities/OutboxMessage';
import { log } from '../log';
import type { OutboxSettings } from './config';
import { redact, SendError } from './http';
import { onNudge } from './nudge';
import { PaceKey, Pacer } from './pacing';
import type { PacerLike } from './shared-pacing';
import { claimBatch, markDeferred, markFailed, markSent, releaseClaims, renewLease } from './store';

/** What a sender gets besides the message. */
export interface SendContext {
  ds: DataSource;
  worker: string;
  now: Date;
  settings: OutboxSettings;
  pacer: PacerLike;
  /** Takes a pacing slot under every key, or throws `Deferred` (the row goes back, not dropped). */
  pace(keys: PaceKey[]): Promise<void>;
}

/**
 * Delivers one channel. `send` resolves when the far end has the message (the dispatcher acks it
 * as sent), resolves 'handled' when it already rewrote the row itself (e.g. rerouted it), or
 * throws: `SendError` (retry with backoff, or dead if permanent), `Deferred` (pacing).
 */
export interface Sender {
  channel: OutboxChannel;
  send(msg: OutboxMessage, ctx: SendContext): Promise<void | 'handled'>;
}

/** Not now: over a rate limit. Not an attempt. */
export class Deferred extends Error {
  constructor(
    readonly until: Date,
    reason = 'paced',
  ) {
    super(reason);
  }
}

// Senders other features provide (the mini-program's mp_subscribe) register here at wiring time.
const registry = new Map<OutboxChannel, Sender>();
export function registerSender(s: Sender): void {
  registry.set(s.channel, s);
}
export function registeredSenders(): Sender[] {
  return [...registry.values()];
}

export function workerName(role = 'dispatcher'): string {
  return `${role}@${os.hostname().slice(0, 24)}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`.slice(0, 64);
}

export interface DispatcherOptions {
  senders: Sender[];
  settings: OutboxSettings;
  /** In memory by default; the server's dispatcher paces through the database (SharedPacer). */
  pacer?: PacerLike;
  worker?: string;
  clock?: () => Date;
}

/**
 * Claims and delivers rows for in-process channels: one loop per channel (a slow SMS gateway
 * does not hold up WeCom), woken by `nudge()` after a commit that enqueued, polling otherwise.
 * Every message is acked right after its send, so a crash repeats at most that one.
 */
export class Dispatcher {
  readonly worker: string;
  readonly pacer: PacerLike;
  private readonly senders: Map<OutboxChannel, Sender>;
  private readonly clock: () => Date;
  private running = false;
  private stopping = false;
  private loops: Promise<void>[] = [];
  private dirty = new Set<OutboxChannel>();
  private wakers = new Set<() => void>();
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly ds: DataSource,
    private readonly opts: DispatcherOptions,
  ) {
    this.worker = opts.worker ?? workerName();
    this.pacer = opts.pacer ?? new Pacer();
    this.clock = opts.clock ?? (() => new Date());
    this.senders = new Map(opts.senders.map((s) => [s.channel, s]));
  }

  get channels(): OutboxChannel[] {
    return [...this.senders.keys()];
  }

  /** Claims one batch for a channel and works it. Returns how many rows it claimed. */
  async processBatch(channel: OutboxChannel): Promise<number> {
    const sender = this.senders.get(channel);
    if (!sender) return 0;
    const { settings } = this.opts;
    const batch = await claimBatch(this.ds, {
      channels: [channel],
      worker: this.worker,
      limit: settings.batch,
      leaseMs: settings.leaseMs,
      now: this.clock(),
      maxAttempts: settings.maxAttempts,
    });
    for (let i = 0; i < batch.length; i++) {
      // On stop, the rest of the batch is released (not attempted, not counted).
      if (this.stopping) break;
      await this.deliver(sender, batch[i]);
    }
    return batch.length;
  }

  private async deliver(sender: Sender, msg: OutboxMessage): Promise<void> {
    const { settings } = this.opts;
    const now = this.clock();
    // Claimed a while ago in this batch: make sure it is still ours for the whole send.
    if (!msg.lockedUntil || msg.lockedUntil.getTime() - now.getTime() < settings.leaseMs / 2) {
      if (!(await renewLease(this.ds, msg.id, this.worker, settings.leaseMs, now))) return;
    }
    const ctx: SendContext = {
      ds: this.ds,
      worker: this.worker,
      now,
      settings,
      pacer: this.pacer,
      pace: async (keys) => {
        const r = await this.pacer.take(keys, this.clock());
        if (!r.ok) throw new Deferred(r.retryAt, `paced:${r.key.split(':')[0]}`);
      },
    };
    let result: void | 'handled';
    try {
      result = await sender.send(msg, ctx);
    } catch (e: any) {
      // Acks below may throw (database down): that ends the batch, and the lease brings the row back.
      if (e instanceof Deferred) {
        await markDeferred(this.ds, msg.id, this.worker, e.until, this.clock());
        log.debug('outbox deferred', { id: msg.id, channel: msg.channel, until: e.until.toISOString(), why: e.message });
        return;
      }
      const se = e instanceof SendError ? e : new SendError(`发送异常：${redact(String(e?.message ?? e)).slice(0, 300)}`);
      const outcome = await markFailed(this.ds, msg.id, this.worker, se.message, this.clock(), {
        permanent: se.permanent,
        retryAfterMs: se.retryAfterMs,
        maxAttempts: settings.maxAttempts,
      });
      (outcome === 'dead' ? log.warn : log.info)('outbox send failed', {
        id: msg.id,
        channel: msg.channel,
        kind: msg.kind,
        attempts: msg.attempts,
        outcome,
        error: se.message,
      });
      return;
    }
    if (result !== 'handled') await markSent(this.ds, msg.id, this.worker, this.clock());
    log.debug('outbox sent', { id: msg.id, channel: msg.channel, kind: msg.kind, handled: result === 'handled' });
  }

  /** Works every channel until nothing is due (tests, the CLI's one-shot flush). Returns rows claimed. */
  async drain(maxRounds = 1000): Promise<number> {
    let total = 0;
    for (let round = 0; round < maxRounds; round++) {
      let n = 0;
      for (const ch of this.channels) n += await this.processBatch(ch);
      total += n;
      if (!n) break;
    }
    return total;
  }

  nudge(): void {
    for (const ch of this.channels) this.dirty.add(ch);
    for (const w of [...this.wakers]) w();
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.unsubscribe = onNudge(() => this.nudge());
    this.loops = this.channels.map((ch) => this.loop(ch));
  }

  /** Finishes the message on the wire, hands back the rest of the claimed rows, and returns. */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.stopping = true;
    this.unsubscribe?.();
    for (const w of [...this.wakers]) w();
    await Promise.all(this.loops);
    this.loops = [];
    await releaseClaims(this.ds, this.worker, this.clock()).catch(() => undefined);
    this.stopping = false;
  }

  private async loop(channel: OutboxChannel): Promise<void> {
    let failures = 0;
    while (this.running) {
      let claimed = 0;
      this.dirty.delete(channel);
      try {
        claimed = await this.processBatch(channel);
        failures = 0;
      } catch (e: any) {
        failures++;
        log.warn('outbox loop error', { channel, error: redact(String(e?.message ?? e)).slice(0, 200) });
      }
      if (!this.running) break;
      if (failures === 0 && (claimed >= this.opts.settings.batch || this.dirty.has(channel))) continue;
      await this.sleep(failures ? Math.min(30_000, this.opts.settings.pollMs * 2 ** failures) : this.opts.settings.pollMs, channel);
    }
  }

  private sleep(ms: number, channel: OutboxChannel): Promise<void> {
    if (this.dirty.has(channel)) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakers.add(done);
    });
  }
}
