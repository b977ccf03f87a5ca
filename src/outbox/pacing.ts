/**
 * Send pacing. WeChat restricts accounts that send fast or to many chats, and a WeCom robot is
 * throttled for minutes past 20 messages a minute, so every send first asks the pacer. Over the
 * limit, the message is not dropped: its nextAttemptAt moves to when the pacer allows it.
 *
 * Limits are sliding windows ("at most N in any 60 s") plus an optional minimum spacing, which
 * a plain token bucket cannot guarantee for a hard per-minute cap. In memory, per process: each
 * bot account and each WeCom robot is sent from one process (the bot, the dispatcher).
 * Exported for the bot side: `pacer.take([accountKey(a, limits), targetKey(ch, t, limits)], now)`.
 */

export interface PaceKey {
  key: string;
  /** At most this many sends in any 60 s window (0 or less: unlimited). */
  perMinute: number;
  /** And at least this long between two sends (jitter is the caller's). */
  minIntervalMs?: number;
}

export type PaceResult = { ok: true } | { ok: false; retryAt: Date; key: string };

const WINDOW_MS = 60_000;

export class Pacer {
  private sent = new Map<string, number[]>();
  private blocked = new Map<string, number>();

  /** Takes a slot under every key, or none and says when to come back. */
  take(keys: PaceKey[], now: Date): PaceResult {
    const t = now.getTime();
    let wait = t;
    let worst = '';
    for (const k of keys) {
      const at = this.earliest(k, t);
      if (at > wait) {
        wait = at;
        worst = k.key;
      }
    }
    if (wait > t) return { ok: false, retryAt: new Date(wait), key: worst };
    for (const k of keys) {
      const log = this.sent.get(k.key) ?? [];
      log.push(t);
      this.sent.set(k.key, log);
    }
    if (this.sent.size > 5000) this.prune(t);
    return { ok: true };
  }

  /** When the key next allows a send (≤ now: allowed now). */
  earliest(k: PaceKey, t: number): number {
    let at = Math.max(t, this.blocked.get(k.key) ?? 0);
    const log = this.sent.get(k.key);
    if (log?.length) {
      while (log.length && log[0] <= t - WINDOW_MS) log.shift();
      if (k.perMinute > 0 && log.length >= k.perMinute) at = Math.max(at, log[log.length - k.perMinute] + WINDOW_MS);
      if (k.minIntervalMs && log.length) at = Math.max(at, log[log.length - 1] + k.minIntervalMs);
    }
    return at;
  }

  /** The far end throttled us: nothing under this key until `until`. */
  block(key: string, until: Date): void {
    this.blocked.set(key, Math.max(this.blocked.get(key) ?? 0, until.getTime()));
  }

  private prune(t: number): void {
    for (const [key, log] of this.sent) if (!log.length || log[log.length - 1] <= t - WINDOW_MS) this.sent.delete(key);
    for (const [key, until] of this.blocked) if (until <= t) this.blocked.delete(key);
  }
}

export interface PaceLimits {
  accountPerMinute: number;
  accountMinIntervalMs: number;
  targetPerMinute: number;
  targetMinIntervalMs: number;
  wecomPerMinute: number;
}

/** One bot account (all its chats together). */
export const accountKey = (account: string, l: PaceLimits): PaceKey => ({
  key: `account:${account}`,
  perMinute: l.accountPerMinute,
  minIntervalMs: l.accountMinIntervalMs,
});
/** One chat, contact or phone number. */
export const targetKey = (channel: string, target: string, l: PaceLimits): PaceKey => ({
  key: `target:${channel}:${target}`,
  perMinute: l.targetPerMinute,
  minIntervalMs: l.targetMinIntervalMs,
});
/** One WeCom robot (keyed by a digest of its webhook, never the URL itself). */
export const robotKey = (digest: string, l: PaceLimits): PaceKey => ({ key: `wecom:${digest}`, perMinute: l.wecomPerMinute });
