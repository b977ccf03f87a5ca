import { DataSource } from 'typeorm';
import { runEscalation, SweepOptions, SweepReport } from '../escalation/sweep';
import { runJob, JobOutcome } from './runner';
import { LeaseOptions } from './lease';
import { runDailySummaries, SummaryOptions, SummaryOutcome } from './summary';

/** The scheduled jobs, each thin: a name for its lease and a call with an explicit `now`. */

export const ESCALATE_JOB = 'escalate';
export const SUMMARY_JOB = 'summary';

export function escalateJob(ds: DataSource, now: Date, opts: SweepOptions & LeaseOptions = {}): Promise<JobOutcome<SweepReport>> {
  return runJob(ds, ESCALATE_JOB, now, (ctx) => runEscalation(ds, ctx.now, { ...opts, renew: ctx.renew }), { ttlMs: opts.ttlMs, slot: opts.slot });
}

export function summaryJob(
  ds: DataSource,
  now: Date,
  opts: SummaryOptions & LeaseOptions = {},
): Promise<JobOutcome<{ date: string; results: SummaryOutcome[] }>> {
  return runJob(ds, SUMMARY_JOB, now, (ctx) => runDailySummaries(ds, ctx.now, opts), { ttlMs: opts.ttlMs, slot: opts.slot });
}
