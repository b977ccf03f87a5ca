import cluster, { type Worker } from 'node:cluster';
import type { Config } from './config';
import { openDatabase } from './db/bootstrap';
import { log } from './log';

/**
 * WORKERS=N: the primary process migrates and seeds once, then forks N HTTP workers that share
 * the port (node:cluster hands each connection to one of them). It serves nothing itself:
 * - a worker that dies is forked again under the same index, after 1 s, doubling up to 30 s while
 *   it keeps dying within a minute of its start (a crash loop must not spin the CPU);
 * - SIGTERM/SIGINT is passed to every worker, each stops gracefully as a single server does
 *   (requests finish, jobs and the outbox stop, the database closes), and the primary exits when
 *   they have: 0 if every worker stopped cleanly, else 1. Past SHUTDOWN_TIMEOUT_MS plus a margin,
 *   the stragglers are killed.
 * Workers know their index from `--worker-index=` (0…N-1, kept across restarts). The jobs run in every
 * worker (their database lease keeps each slot to one run); the in-process bot only in worker 0.
 */
export const RESTART_MIN_MS = 1_000;
export const RESTART_MAX_MS = 30_000;
const STABLE_MS = 60_000;

interface Slot {
  index: number;
  worker: Worker | null;
  startedAt: number;
  failures: number;
  timer: NodeJS.Timeout | null;
}

export async function runPrimary(config: Config, workers: number): Promise<void> {
  // Migrations and the first seed once, here: N workers migrating at once would race.
  const ds = await openDatabase(config, { migrate: true, seed: true });
  await ds.destroy();

  let stopping = false;
  const slots: Slot[] = Array.from({ length: workers }, (_, index) => ({ index, worker: null, startedAt: 0, failures: 0, timer: null }));
  const exitCodes: number[] = [];

  const fork = (slot: Slot) => {
    slot.timer = null;
    if (stopping) return;
    slot.startedAt = Date.now();
    // The index rides on the worker's argv (settings come only from the environment's parser).
    cluster.setupPrimary({ args: [...process.argv.slice(2).filter((a) => !a.startsWith(INDEX_ARG)), `${INDEX_ARG}${slot.index}`] });
    const w = cluster.fork();
    slot.worker = w;
    w.on('exit', (code, signal) => {
      slot.worker = null;
      if (stopping) {
        exitCodes.push(code ?? 1);
        if (slots.every((s) => !s.worker)) finish();
        return;
      }
      // Up for a minute: a fresh failure, not a crash loop.
      if (Date.now() - slot.startedAt >= STABLE_MS) slot.failures = 0;
      const delay = Math.min(RESTART_MAX_MS, RESTART_MIN_MS * 2 ** slot.failures);
      slot.failures++;
      log.error('worker died, restarting', { worker: slot.index, code, signal, restartInMs: delay });
      slot.timer = setTimeout(() => fork(slot), delay);
    });
  };

  const finish = () => {
    const ok = exitCodes.every((c) => c === 0);
    log.info('all workers stopped', { workers, clean: ok });
    process.exit(ok ? 0 : 1);
  };

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down workers', { signal, workers });
    for (const s of slots) {
      if (s.timer) clearTimeout(s.timer);
      // The signal itself (not worker.kill(), which disconnects first): each worker runs its own
      // graceful stop, as a single server would.
      s.worker?.process.kill(signal);
    }
    if (slots.every((s) => !s.worker)) finish();
    setTimeout(() => {
      for (const s of slots) s.worker?.process.kill('SIGKILL');
      log.error('workers did not stop in time, killed', { deadlineMs: config.SHUTDOWN_TIMEOUT_MS + 2_000 });
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS + 2_000).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  for (const s of slots) fork(s);
  log.info('村声 primary started', { workers, pid: process.pid });
}

const INDEX_ARG = '--worker-index=';

/** This process's worker index: 0 when not clustered. */
export function workerIndex(): number {
  if (!cluster.isWorker) return 0;
  const arg = process.argv.find((a) => a.startsWith(INDEX_ARG));
  return arg ? Number(arg.slice(INDEX_ARG.length)) || 0 : 0;
}
