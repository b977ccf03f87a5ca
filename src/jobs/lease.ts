import crypto from 'node:crypto';
import os from 'node:os';
import { DataSource } from 'typeorm';
import { inTransaction } from '../db/tx';
import { causalRead } from '../db/galera';
import { exec, insertIgnore, readDate } from '../db/sql';

/**
 * A lease row per job name decides which process runs it (job_lease: name, holder, expiresAt,
 * lastRunAt). Expiry is measured on the wall clock (it is about live processes), while `slot` is
 * the scheduled instant of the run: a scheduled run takes the lease only if no run for that slot
 * or a later one has started, so N processes firing the same cron slot run it once. Manual runs
 * (CLI) pass no slot: they only wait for nobody else to be running.
 */

export const DEFAULT_LEASE_MS = 15 * 60_000;

/** hostname:pid:random — unique per acquisition, readable in the table. */
export function makeHolder(): string {
  return `${os.hostname().slice(0, 40)}:${process.pid}:${crypto.randomBytes(4).toString('hex')}`;
}

export interface LeaseOptions {
  ttlMs?: number;
  /** The scheduled instant this run is for (exactly once per slot); omit for manual runs. */
  slot?: Date | null;
}

export async function acquireLease(ds: DataSource, name: string, holder: string, opts: LeaseOptions = {}): Promise<boolean> {
  const wall = new Date();
  const params = { name, holder, wall, exp: new Date(wall.getTime() + (opts.ttlMs ?? DEFAULT_LEASE_MS)), slot: opts.slot ?? null };
  // Slots are whole seconds (DATETIME keeps no fraction on MySQL).
  if (params.slot) params.slot = new Date(Math.floor(params.slot.getTime() / 1000) * 1000);
  const take = () =>
    inTransaction(ds, async ({ manager }) => {
      const slotCond = params.slot ? ' AND (lastRunAt IS NULL OR lastRunAt < :slot)' : '';
      const setSlot = params.slot ? ', lastRunAt = :slot' : '';
      const upd = await exec(
        manager,
        `UPDATE job_lease SET holder = :holder, expiresAt = :exp${setSlot} WHERE name = :name AND expiresAt <= :wall${slotCond}`,
        params,
      );
      if (upd.affected === 1) return true;
      const ins = await exec(manager, `${insertIgnore(manager)} job_lease (name, holder, expiresAt, lastRunAt) VALUES (:name, :holder, :exp, :slot)`, params);
      return ins.affected === 1;
    });
  try {
    return await take();
  } catch (e) {
    // The connection was lost during COMMIT (a database node died): the lease may be ours with
    // nobody to run it, and the slot would be skipped until the lease expires. The holder is
    // unique to this call, so the row tells (read through the next node).
    const sql = await causalRead(ds, 'SELECT holder FROM job_lease WHERE name = :name').catch(() => null);
    const rows = sql ? (await exec(ds, sql, { name }).catch(() => null))?.rows : null;
    if (rows?.[0]?.holder === holder) return true;
    throw e;
  }
}

/** Extends a lease this holder still owns; false if it was lost (expired and taken). */
export async function renewLease(ds: DataSource, name: string, holder: string, ttlMs = DEFAULT_LEASE_MS): Promise<boolean> {
  const exp = new Date(Date.now() + ttlMs);
  const r = await inTransaction(ds, ({ manager }) =>
    exec(manager, 'UPDATE job_lease SET expiresAt = :exp WHERE name = :name AND holder = :holder', { exp, name, holder }),
  );
  return r.affected === 1;
}

/** Ends the lease now (the slot stays marked as run). */
export async function releaseLease(ds: DataSource, name: string, holder: string): Promise<void> {
  await inTransaction(ds, ({ manager }) =>
    exec(manager, 'UPDATE job_lease SET expiresAt = :wall WHERE name = :name AND holder = :holder', { wall: new Date(), name, holder }),
  );
}

export async function leaseInfo(ds: DataSource, name: string): Promise<{ holder: string; expiresAt: Date; lastRunAt: Date | null } | null> {
  const { rows } = await exec(ds, 'SELECT holder, expiresAt, lastRunAt FROM job_lease WHERE name = :name', { name });
  if (!rows.length) return null;
  return { holder: rows[0].holder, expiresAt: readDate(rows[0].expiresAt)!, lastRunAt: readDate(rows[0].lastRunAt) };
}
