import crypto from 'node:crypto';
import type { DataSource } from 'typeorm';
import { isMysql } from '../db/datasource';
import { exec, insertIgnore } from '../db/sql';
import { inTransaction } from '../db/tx';
import type { PaceKey, PaceResult } from './pacing';

const WINDOW_MS = 60_000;
// pace_slot.sent holds at most this many times (14 characters each in a 2000-character column);
// a limit above it is kept as "this many in any 60 s" with the rest spread by minIntervalMs.
const MAX_KEPT = 140;

export interface PacerLike {
  take(keys: PaceKey[], now: Date): PaceResult | Promise<PaceResult>;
  block(key: string, until: Date): void | Promise<void>;
}

const rowKey = (key: string) => (key.length <= 120 ? key : `#${crypto.createHash('sha256').update(key).digest('hex')}`);

/**
 * The outbox's send pacing (src/outbox/pacing.ts: at most N in any 60 s, a minimum gap, a block
 * after the far end throttled us) kept in the database, so dispatchers in several processes or
 * hosts pace one WeCom robot or one phone number together. One short transaction per send: the
 * keys' rows are read (locked on MySQL), checked, and the send time appended.
 */
export class SharedPacer implements PacerLike {
  constructor(private readonly ds: DataSource) {}

  async take(keys: PaceKey[], now: Date): Promise<PaceResult> {
    if (!keys.length) return { ok: true };
    const t = now.getTime();
    const names = keys.map((k) => rowKey(k.key));
    for (const paceKey of names)
      await exec(this.ds, `${insertIgnore(this.ds)} pace_slot (paceKey, sent, blockedUntil, version) VALUES (:paceKey, '', 0, 0)`, { paceKey });
    const lock = isMysql(this.ds) ? ' FOR UPDATE' : '';
    return inTransaction(this.ds, async ({ manager }) => {
      const rows = (await exec(manager, `SELECT paceKey, sent, blockedUntil FROM pace_slot WHERE paceKey IN (:...names)${lock}`, { names })).rows;
      const byKey = new Map(rows.map((r) => [String(r.paceKey), r]));
      let wait = t;
      let worst = '';
      const logs: number[][] = [];
      keys.forEach((k, i) => {
        const r = byKey.get(names[i]);
        const log = String(r?.sent ?? '')
          .split(',')
          .filter(Boolean)
          .map(Number)
          .filter((x) => x > t - WINDOW_MS);
        logs.push(log);
        let at = Math.max(t, Number(r?.blockedUntil ?? 0));
        const cap = Math.min(k.perMinute, MAX_KEPT);
        if (k.perMinute > 0 && log.length >= cap) at = Math.max(at, log[log.length - cap] + WINDOW_MS);
        if (k.minIntervalMs && log.length) at = Math.max(at, log[log.length - 1] + k.minIntervalMs);
        if (at > wait) {
          wait = at;
          worst = k.key;
        }
      });
      if (wait > t) return { ok: false as const, retryAt: new Date(wait), key: worst };
      for (let i = 0; i < keys.length; i++) {
        const sent = [...logs[i], t].slice(-MAX_KEPT).join(',');
        await exec(manager, 'UPDATE pace_slot SET sent = :sent, version = version + 1 WHERE paceKey = :paceKey', { sent, paceKey: names[i] });
      }
      return { ok: true as const };
    });
  }

  async block(key: string, until: Date): Promise<void> {
    const paceKey = rowKey(key);
    const u = until.getTime();
    await exec(this.ds, `${insertIgnore(this.ds)} pace_slot (paceKey, sent, blockedUntil, version) VALUES (:paceKey, '', 0, 0)`, { paceKey });
    await exec(this.ds, 'UPDATE pace_slot SET blockedUntil = :u, version = version + 1 WHERE paceKey = :paceKey AND blockedUntil < :u', { u, paceKey });
  }
}
