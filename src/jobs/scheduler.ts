import cron, { RunCoordinator, ScheduledTask } from 'node-cron';
import { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { Services } from '../services';
import { log } from '../log';
import { runEscalation } from '../escalation/sweep';
import { In } from 'typeorm';
import { shanghaiYmd, startOfShanghaiDay } from '../clocks/time';
import { ChatTarget } from '../entities/ChatTarget';
import { DailySummary } from '../entities/DailySummary';
import { acquireLease, leaseInfo, makeHolder, releaseLease, renewLease } from './lease';
import { ESCALATE_JOB, SUMMARY_JOB, summaryJob } from './jobs';
import { runDailySummaries } from './summary';
import { metrics, timeJob } from '../http/metrics';

export const JOB_TIMEZONE = 'Asia/Shanghai';
const LEASE_MS = 30 * 60_000;

/**
 * node-cron's run coordinator backed by the job_lease table: node-cron asks it before every
 * scheduled run with the key `<task name>:<slot ISO>`, and only the process that takes the
 * lease for that slot runs it. Other processes skip ('not-elected'); a crashed holder's lease
 * expires and the next slot runs normally (the jobs themselves finish what a crash left).
 */
export function leaseCoordinator(ds: DataSource): RunCoordinator & { holderOf(key: string): string | undefined } {
  const held = new Map<string, string>();
  return {
    holderOf: (key) => held.get(key),
    async shouldRun(key, ttlMs) {
      const i = key.indexOf(':');
      const name = key.slice(0, i);
      const slot = new Date(key.slice(i + 1));
      if (i <= 0 || Number.isNaN(slot.getTime())) throw new Error(`unexpected coordination key ${key}`);
      const holder = makeHolder();
      const ok = await acquireLease(ds, name, holder, { ttlMs, slot });
      if (ok) held.set(key, holder);
      return ok;
    },
    async onComplete(key) {
      const holder = held.get(key);
      if (!holder) return;
      held.delete(key);
      await releaseLease(ds, key.slice(0, key.indexOf(':')), holder);
    },
  };
}

const enabled = (config: Pick<Config, 'JOBS_ENABLED'>) => !['0', 'false'].includes(config.JOBS_ENABLED);

/** Service starter (registered in src/wiring.ts): the escalation sweep and the evening summary. */
export async function startJobs(ds: DataSource, config: Config): Promise<Services | null> {
  if (!enabled(config)) return null;
  for (const [name, expr] of [
    ['ESCALATION_CRON', config.ESCALATION_CRON],
    ['SUMMARY_CRON', config.SUMMARY_CRON],
  ]) {
    if (!cron.validate(expr)) throw new Error(`${name} is not a valid cron expression: ${expr}`);
  }
  // A run is more than the job: node-cron takes the slot's lease before it and releases it after
  // it. Shutdown waits for the whole of it; closing the database between the job and the release
  // would leave the lease held for LEASE_MS and the next start would skip its slots until then.
  let stopping = false;
  let inRun = 0;
  let whenIdle: (() => void)[] = [];
  const runEnded = () => {
    if (--inRun === 0) for (const f of whenIdle.splice(0)) f();
  };
  const lease = leaseCoordinator(ds);
  const coordinator: typeof lease = {
    holderOf: lease.holderOf,
    async shouldRun(key, ttlMs) {
      if (stopping) return false;
      inRun++;
      try {
        const ok = await lease.shouldRun(key, ttlMs);
        if (!ok) runEnded();
        return ok;
      } catch (e) {
        runEnded();
        throw e;
      }
    },
    async onComplete(key) {
      try {
        await lease.onComplete?.(key);
      } finally {
        runEnded();
      }
    },
  };
  const running = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>) => {
    running.add(p);
    p.finally(() => running.delete(p)).catch(() => undefined);
    return p;
  };
  const options = { timezone: JOB_TIMEZONE, noOverlap: true, distributed: true, runCoordinator: coordinator, distributedLease: LEASE_MS };
  const tasks: ScheduledTask[] = [
    cron.schedule(
      config.ESCALATION_CRON,
      (ctx) => track(timeJob(ESCALATE_JOB, () => escalate(ds, ctx.date, coordinator.holderOf(`${ESCALATE_JOB}:${ctx.date.toISOString()}`)))),
      { ...options, name: ESCALATE_JOB },
    ),
    cron.schedule(config.SUMMARY_CRON, (ctx) => track(timeJob(SUMMARY_JOB, () => summarize(ds, ctx.date))), { ...options, name: SUMMARY_JOB }),
  ];
  for (const t of tasks) {
    t.on('execution:failed', (c) => log.error('job failed', { job: t.name, slot: c.date.toISOString(), error: String(c.execution?.error?.message ?? '') }));
    t.on('execution:skipped', (c) => log.debug('job skipped', { job: t.name, slot: c.date.toISOString(), reason: c.reason }));
  }
  log.info('jobs scheduled', { escalation: config.ESCALATION_CRON, summary: config.SUMMARY_CRON, timezone: JOB_TIMEZONE });
  // A server that was down at the summary hour posts today's summary now (once, across processes).
  track(catchUpSummary(ds, config.SUMMARY_CRON, new Date()).catch((e) => log.error('summary catch-up on start failed', { error: String(e?.message ?? e) })));
  return {
    /** No new run starts; a running one (escalation sweep, summaries) is awaited: main.ts bounds the wait. */
    async stop() {
      stopping = true;
      for (const t of tasks) await t.destroy();
      if (inRun > 0) await new Promise<void>((resolve) => whenIdle.push(resolve));
      await Promise.allSettled([...running]);
      whenIdle = [];
    },
  };
}

async function escalate(ds: DataSource, slot: Date, holder: string | undefined) {
  const report = await runEscalation(ds, slot, {
    renew: holder ? async () => void (await renewLease(ds, ESCALATE_JOB, holder, LEASE_MS)) : undefined,
  });
  metrics.escalationsFired.inc({}, report.fired.length);
  if (report.fired.length || report.errors.length)
    log.info('escalation sweep', { examined: report.examined, fired: report.fired.length, errors: report.errors.length });
  await finishInterruptedSummaries(ds, new Date()).catch((e) => log.error('summary catch-up failed', { error: String(e?.message ?? e) }));
}

/**
 * The evening summary runs once a day, so a process that died part-way through it would leave
 * groups without today's summary until tomorrow. Every escalation tick checks: if today's summary
 * run started (its lease slot is today), is no longer held, and some active target still has no
 * summary for today, the run is finished (for the same slot time; stored ones are kept).
 */
export async function finishInterruptedSummaries(ds: DataSource, wallNow: Date): Promise<number> {
  const info = await leaseInfo(ds, SUMMARY_JOB);
  if (!info?.lastRunAt || info.expiresAt > wallNow) return 0;
  const date = shanghaiYmd(info.lastRunAt);
  if (date !== shanghaiYmd(wallNow)) return 0;
  const ids = (await ds.manager.find(ChatTarget, { select: { id: true }, where: { active: true } })).map((t) => t.id);
  if (!ids.length) return 0;
  const done = Number(await ds.manager.count(DailySummary, { where: { date, chatTargetId: In(ids) } }));
  if (done >= ids.length) return 0;
  const outcome = await summaryJob(ds, info.lastRunAt);
  const stored = outcome.ran ? outcome.result.results.filter((r) => r.status === 'stored').length : 0;
  if (stored) log.info('daily summaries finished after an interrupted run', { date, stored });
  return stored;
}

/** The latest instant ≤ wallNow on wallNow's Shanghai day at which `expr` fires (whole seconds), or null. */
export function lastSlotToday(expr: string, wallNow: Date): Date | null {
  const task = cron.createTask(expr, () => undefined, { timezone: JOB_TIMEZONE });
  try {
    const dayStart = startOfShanghaiDay(wallNow).getTime();
    const seconds = [...cron.parse(expr).second].sort((a, b) => b - a);
    for (let minute = Math.floor(wallNow.getTime() / 60_000) * 60_000; minute >= dayStart; minute -= 60_000) {
      for (const s of seconds) {
        const t = minute + s * 1000;
        if (t <= wallNow.getTime() && task.match(new Date(t))) return new Date(t);
      }
    }
    return null;
  } finally {
    void task.destroy();
  }
}

/**
 * The evening summary fires only while a process is up: a server that was down at 20:00 would
 * leave the groups without today's summary. On start, if today's summary slot has passed, some
 * active target has no summary for today, and no run for that slot (or a later one) started,
 * the run for that slot is made now, under the slot's lease (so N processes starting together
 * run it once; stored summaries are kept, the unique rows make a repeat a no-op).
 */
export async function catchUpSummary(ds: DataSource, expr: string, wallNow: Date): Promise<{ slot: Date; stored: number } | null> {
  const slot = lastSlotToday(expr, wallNow);
  if (!slot) return null;
  const ids = (await ds.manager.find(ChatTarget, { select: { id: true }, where: { active: true } })).map((t) => t.id);
  if (!ids.length) return null;
  const done = Number(await ds.manager.count(DailySummary, { where: { date: shanghaiYmd(slot), chatTargetId: In(ids) } }));
  if (done >= ids.length) return null;
  const info = await leaseInfo(ds, SUMMARY_JOB);
  if (info?.lastRunAt && info.lastRunAt >= slot) return null;
  const outcome = await summaryJob(ds, slot, { slot });
  if (!outcome.ran) return null;
  const stored = outcome.result.results.filter((r) => r.status === 'stored').length;
  log.info('daily summaries caught up on start', { date: outcome.result.date, slot: slot.toISOString(), stored });
  return { slot, stored };
}

async function summarize(ds: DataSource, slot: Date) {
  const { date, results } = await runDailySummaries(ds, slot);
  log.info('daily summaries', {
    date,
    stored: results.filter((r) => r.status === 'stored').length,
    existed: results.filter((r) => r.status === 'existed').length,
  });
}
