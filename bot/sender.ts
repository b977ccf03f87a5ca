import { Pacer, PaceKey } from '../src/outbox/pacing';
import type { Pacing } from './config';

const SHANGHAI_MS = 8 * 3600_000;
const dayOf = (t: number) => Math.floor((t + SHANGHAI_MS) / 86_400_000);

export class DailyLimitReached extends Error {
  constructor(readonly until: Date) {
    super('daily send limit reached');
  }
}

/**
 * One queue of sends for the account: each waits for its pacing slot (account and chat windows,
 * minimum gap, jitter), so sends leave in order and never in bursts. Over the daily ceiling a
 * send is refused with the time it may go (the outbox row is deferred, not lost).
 */
export class SendQueue {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly pacer = new Pacer();
  private day = -1;
  private sentToday = 0;
  pending = 0;

  constructor(
    private readonly account: string,
    private readonly pacing: Pacing,
    private readonly clock: () => number = Date.now,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  /** Runs `send` when pacing allows; resolves or rejects with its outcome. */
  push<T>(chatKey: string, send: () => Promise<T>): Promise<T> {
    this.pending++;
    const run = this.tail.then(() => this.slot(chatKey)).then(send);
    this.tail = run.catch(() => undefined).finally(() => void this.pending--);
    return run;
  }

  /** Settles when everything queued so far has been sent or failed. */
  async drain(): Promise<void> {
    while (this.pending > 0) await this.tail;
  }

  private keys(chatKey: string): PaceKey[] {
    const p = this.pacing;
    return [
      { key: `account:${this.account}`, perMinute: p.perMinute, minIntervalMs: p.minIntervalMs },
      { key: `chat:${chatKey}`, perMinute: p.targetPerMinute, minIntervalMs: p.targetMinIntervalMs },
    ];
  }

  private async slot(chatKey: string): Promise<void> {
    const now = this.clock();
    if (this.pacing.dailyLimit > 0) {
      if (dayOf(now) !== this.day) {
        this.day = dayOf(now);
        this.sentToday = 0;
      }
      if (this.sentToday >= this.pacing.dailyLimit) throw new DailyLimitReached(new Date((this.day + 1) * 86_400_000 - SHANGHAI_MS));
    }
    for (;;) {
      const r = this.pacer.take(this.keys(chatKey), new Date(this.clock()));
      if (r.ok) break;
      await this.sleep(Math.max(1, r.retryAt.getTime() - this.clock()));
    }
    if (this.pacing.jitterMs > 0) await this.sleep(Math.floor(Math.random() * this.pacing.jitterMs));
    this.sentToday++;
  }
}
