import { Brackets, DataSource, In } from 'typeorm';
import { inTransaction, isConflict } from '../db/tx';
import { OutboxChannel, OutboxMessage } from '../entities/OutboxMessage';
import { log } from '../log';

/**
 * The outbox claim/ack protocol shared by every sender (the in-process dispatcher and the WeChat
 * bot). A sender claims due rows (status → sending, with a lease), delivers each, and acks it at
 * once (markSent / markFailed / markDeferred). A sender that dies mid-flight leaves its claimed
 * rows `sending`; when the lease runs out any sender may claim them again. So a crash repeats at
 * most the one message that was on the wire (delivered but not yet acked); the rest of a claimed
 * batch was never sent and is simply sent later.
 *
 * `attempts` counts claims: a claim is an attempt about to happen. Deferral for pacing takes the
 * count back; a message whose sender keeps crashing on it still dies after `maxAttempts`.
 */

export const DEFAULT_MAX_ATTEMPTS = 8;
export const BACKOFF_BASE_MS = 30_000;
export const BACKOFF_CAP_MS = 60 * 60_000;

export interface ClaimOptions {
  channels: OutboxChannel[];
  /** Unique per process (and per loop): rows are locked in this name. */
  worker: string;
  limit: number;
  /** How long the claim holds; a sender that outlives it without acking may see the row sent twice. */
  leaseMs: number;
  now: Date;
  /** Only rows for this bot account or for any account (account IS NULL). */
  botAccount?: string;
  /** Rows whose lease expired this many times are not retried again (the sender crashes on them). */
  maxAttempts?: number;
}

/** Due: pending and its time has come, or claimed by a sender whose lease ran out. */
function due(now: Date) {
  return new Brackets((w) =>
    w.where("(status = 'pending' AND nextAttemptAt <= :now)", { now }).orWhere("(status = 'sending' AND lockedUntil < :now)", { now }),
  );
}

/**
 * Atomically claims up to `limit` due rows for `worker` and returns them oldest first. Portable:
 * pick candidate ids, then a conditional UPDATE that only wins rows still due (a competing
 * sender's UPDATE re-checks the same condition under the row lock), then re-read what we won.
 */
export async function claimBatch(ds: DataSource, opts: ClaimOptions): Promise<OutboxMessage[]> {
  if (!opts.channels.length || opts.limit <= 0) return [];
  const { now, worker } = opts;
  const maxAttempts = opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const lockedUntil = new Date(now.getTime() + opts.leaseMs);
  // Claimers on other nodes race for the head of the queue; losing twice means they are working
  // it: come back at the next poll instead of re-running up to tx.ts's budget (on the three-node
  // test cluster the claims made the longest re-run chains, nine and ten in a row).
  return inTransaction(
    ds,
    async ({ manager: m }) => {
      // A row that was claimed maxAttempts times and never acked kills its sender: stop retrying it.
      const poisoned = m
        .createQueryBuilder()
        .update(OutboxMessage)
        .set({ status: 'dead', lockedBy: null, lockedUntil: null, lastError: `发送进程在投递中中断 ${maxAttempts} 次，停止重试` })
        .where("status = 'sending' AND lockedUntil < :now AND attempts >= :max", { now, max: maxAttempts })
        .andWhere('channel IN (:...channels)', { channels: opts.channels });
      if (opts.botAccount !== undefined) poisoned.andWhere('(account IS NULL OR account = :account)', { account: opts.botAccount });
      await poisoned.execute();

      const q = m
        .createQueryBuilder(OutboxMessage, 'o')
        .select('o.id', 'id')
        .where('o.channel IN (:...channels)', { channels: opts.channels })
        .andWhere(
          new Brackets((w) =>
            w.where("(o.status = 'pending' AND o.nextAttemptAt <= :now)", { now }).orWhere("(o.status = 'sending' AND o.lockedUntil < :now)", { now }),
          ),
        );
      if (opts.botAccount !== undefined) q.andWhere('(o.account IS NULL OR o.account = :account)', { account: opts.botAccount });
      const ids = (await q.orderBy('o.nextAttemptAt', 'ASC').addOrderBy('o.id', 'ASC').limit(opts.limit).getRawMany()).map((r: { id: unknown }) =>
        Number(r.id),
      );
      if (!ids.length) return [];

      await m
        .createQueryBuilder()
        .update(OutboxMessage)
        .set({ status: 'sending', lockedBy: worker, lockedUntil, attempts: () => 'attempts + 1' })
        .where('id IN (:...ids)', { ids })
        .andWhere(due(now))
        .execute();
      const won = await m.find(OutboxMessage, { where: { id: In(ids), lockedBy: worker, status: 'sending' } });
      const order = new Map(ids.map((id, i) => [id, i]));
      return won.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
    },
    { attempts: CLAIM_ATTEMPTS },
  ).catch((e: unknown) => {
    if (!isConflict(e)) throw e;
    log.debug('outbox claim lost to another claimer', { channels: opts.channels });
    return [];
  });
}

const CLAIM_ATTEMPTS = 2;

/** Acks a delivery. True unless the row was already sent (or is gone). */
export async function markSent(ds: DataSource, id: number, worker: string, now: Date): Promise<boolean> {
  // Not conditioned on lockedBy: if our lease ran out and another sender re-claimed the row, the
  // message still went out, and marking it sent now stops the other sender (renewLease fails).
  void worker;
  // Idempotent: a node lost during its COMMIT is no reason to leave the row to its lease and
  // send the message a second time (test/cluster/galera.test.ts kills a node under load).
  return inTransaction(
    ds,
    async ({ manager: m }) => {
      const r = await m
        .createQueryBuilder()
        .update(OutboxMessage)
        .set({ status: 'sent', sentAt: now, lockedBy: null, lockedUntil: null })
        .where("id = :id AND status <> 'sent'", { id })
        .execute();
      return (r.affected ?? 0) > 0;
    },
    { idempotent: true },
  );
}

/** Exponential backoff with ±20% jitter: 30 s × 2^(attempts−1), capped at 1 h. */
export function backoffMs(attempts: number, random: () => number = Math.random): number {
  const base = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + 0.4 * random()));
}

export interface FailOptions {
  /** The message can never be delivered as it is (bad number, unknown target): dead now. */
  permanent?: boolean;
  maxAttempts?: number;
  /** The far end asked for a pause (throttled): wait at least this long. */
  retryAfterMs?: number;
  random?: () => number;
}

export type FailOutcome = 'retry' | 'dead' | 'lost';

/** Records a failed attempt: back off and retry, or `dead` after maxAttempts, keeping the reason. */
export async function markFailed(ds: DataSource, id: number, worker: string, error: string, now: Date, opts: FailOptions = {}): Promise<FailOutcome> {
  const maxAttempts = opts.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  const reason = error.slice(0, 1000);
  return inTransaction(ds, async ({ manager: m }) => {
    const row = await m.findOne(OutboxMessage, { where: { id } });
    if (!row || row.status !== 'sending' || row.lockedBy !== worker) return 'lost';
    const dead = opts.permanent || row.attempts >= maxAttempts;
    const wait = Math.max(backoffMs(row.attempts, opts.random), opts.retryAfterMs ?? 0);
    const r = await m
      .createQueryBuilder()
      .update(OutboxMessage)
      .set(
        dead
          ? { status: 'dead', lockedBy: null, lockedUntil: null, lastError: reason }
          : { status: 'pending', lockedBy: null, lockedUntil: null, lastError: reason, nextAttemptAt: new Date(now.getTime() + wait) },
      )
      .where("id = :id AND status = 'sending' AND lockedBy = :worker", { id, worker })
      .execute();
    if (!r.affected) return 'lost';
    return dead ? 'dead' : 'retry';
  });
}

/**
 * Puts a claimed row back without counting an attempt (pacing: over the rate for this account or
 * target). It will be claimed again at `until`.
 */
export async function markDeferred(ds: DataSource, id: number, worker: string, until: Date, now: Date): Promise<boolean> {
  void now;
  return inTransaction(ds, async ({ manager: m }) => {
    const r = await m
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({
        status: 'pending',
        lockedBy: null,
        lockedUntil: null,
        nextAttemptAt: until,
        attempts: () => 'CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END',
      })
      .where("id = :id AND status = 'sending' AND lockedBy = :worker", { id, worker })
      .execute();
    return (r.affected ?? 0) > 0;
  });
}

/** Extends a claim just before sending; false means the row is no longer ours: do not send it. */
export async function renewLease(ds: DataSource, id: number, worker: string, leaseMs: number, now: Date): Promise<boolean> {
  return inTransaction(ds, async ({ manager: m }) => {
    const r = await m
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ lockedUntil: new Date(now.getTime() + leaseMs) })
      .where("id = :id AND status = 'sending' AND lockedBy = :worker", { id, worker })
      .execute();
    return (r.affected ?? 0) > 0;
  });
}

/** On a clean shutdown: hand back rows claimed but not attempted, without counting an attempt. */
export async function releaseClaims(ds: DataSource, worker: string, now: Date): Promise<number> {
  return inTransaction(ds, async ({ manager: m }) => {
    const r = await m
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ status: 'pending', lockedBy: null, lockedUntil: null, nextAttemptAt: now, attempts: () => 'CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END' })
      .where("status = 'sending' AND lockedBy = :worker", { worker })
      .execute();
    return r.affected ?? 0;
  });
}

/**
 * Rewrites a claimed row to another channel and target and makes it due at once (a 'staff' notice
 * becomes a WeChat contact or WeCom group message). Not an attempt. False if the row is not ours.
 */
export async function reroute(
  ds: DataSource,
  id: number,
  worker: string,
  to: { channel: OutboxChannel; target: string; account?: string | null; payload: Record<string, unknown> },
  now: Date,
): Promise<boolean> {
  return inTransaction(ds, async ({ manager: m }) => {
    const r = await m
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({
        channel: to.channel,
        target: to.target.slice(0, 200),
        account: to.account ?? null,
        payload: to.payload as any,
        status: 'pending',
        lockedBy: null,
        lockedUntil: null,
        nextAttemptAt: now,
        attempts: 0,
      })
      .where("id = :id AND status = 'sending' AND lockedBy = :worker", { id, worker })
      .execute();
    return (r.affected ?? 0) > 0;
  });
}

/**
 * Parks a claimed row as `held` (no attempt counted): nobody claims it until releaseHeldNotices
 * turns it into a digest. False if the row is not ours.
 */
export async function hold(ds: DataSource, id: number, worker: string, reason: string, now: Date): Promise<boolean> {
  void now;
  return inTransaction(ds, async ({ manager: m }) => {
    const r = await m
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({
        status: 'held',
        lockedBy: null,
        lockedUntil: null,
        lastError: reason.slice(0, 1000),
        attempts: () => 'CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END',
      })
      .where("id = :id AND status = 'sending' AND lockedBy = :worker", { id, worker })
      .execute();
    return (r.affected ?? 0) > 0;
  });
}

/** Admin: send a dead (or waiting) message again now, with a fresh attempt budget. */
export async function retryMessage(ds: DataSource, id: number, now: Date): Promise<OutboxMessage | null> {
  return inTransaction(ds, async ({ manager: m }) => {
    const r = await m
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ status: 'pending', attempts: 0, nextAttemptAt: now, lockedBy: null, lockedUntil: null })
      .where("id = :id AND status IN ('dead', 'pending')", { id })
      .execute();
    if (!r.affected) return null;
    return m.findOne(OutboxMessage, { where: { id } });
  });
}
