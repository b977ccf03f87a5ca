import { DataSource } from 'typeorm';
import { log } from '../log';
import { acquireLease, DEFAULT_LEASE_MS, leaseInfo, LeaseOptions, makeHolder, releaseLease, renewLease } from './lease';

export interface JobContext {
  /** The business time the job runs for (a parameter, so jobs can be replayed and tested). */
  now: Date;
  /** Keeps the lease during long runs; throws if another process took it over. */
  renew(): Promise<void>;
}

export type JobOutcome<T> = { ran: true; result: T; holder: string; ms: number } | { ran: false; reason: string };

/**
 * Runs `fn` only if this process gets the job's lease, and always gives the lease back. With
 * `opts.slot` (scheduled runs) a slot that any process already started is skipped.
 */
export async function runJob<T>(ds: DataSource, name: string, now: Date, fn: (ctx: JobContext) => Promise<T>, opts: LeaseOptions = {}): Promise<JobOutcome<T>> {
  const holder = makeHolder();
  const ttlMs = opts.ttlMs ?? DEFAULT_LEASE_MS;
  if (!(await acquireLease(ds, name, holder, { ...opts, ttlMs }))) {
    const info = await leaseInfo(ds, name);
    const reason =
      info && info.expiresAt > new Date() ? `running elsewhere (${info.holder}, lease until ${info.expiresAt.toISOString()})` : 'already run for this slot';
    return { ran: false, reason };
  }
  const started = Date.now();
  try {
    const result = await fn({
      now,
      renew: async () => {
        if (!(await renewLease(ds, name, holder, ttlMs))) throw new Error(`job ${name}: lease lost`);
      },
    });
    return { ran: true, result, holder, ms: Date.now() - started };
  } finally {
    await releaseLease(ds, name, holder).catch((e) => log.warn('lease release failed', { job: name, error: String(e?.message ?? e) }));
  }
}
