import 'reflect-metadata';
import http from 'node:http';
import cluster from 'node:cluster';
import { loadConfig, readSetting } from './config';
import { openDatabase } from './db/bootstrap';
import { createApp, SERVER_OPTIONS } from './http/app';
import { createLimiter } from './http/ratelimit';
import { startServices } from './services';
import { log } from './log';
import { wireFeatures } from './wiring';
import { loadCalendarAtStartup } from './clocks/calendar-service';
import { runPrimary, workerIndex } from './cluster';
import { watchCacheVersions } from './db/cache-version';

/**
 * `npm start`: migrate, seed the demo counties on an empty database (unless SEED_DEMO=0), serve
 * HTTP, run the jobs. WORKERS=N > 1: this process becomes the primary of N such servers
 * (src/cluster.ts), which are started without migrating (the primary did).
 */
async function main() {
  wireFeatures();
  const loaded = loadConfig();
  const workers = readSetting('WORKERS');
  if (workers > 1 && cluster.isPrimary) return runPrimary(loaded, workers);
  const worker = workerIndex();
  // One WeChat login per account: the in-process bot runs in worker 0 only.
  const config = worker > 0 ? { ...loaded, WECHATY_PUPPET: undefined } : loaded;
  const ds = await openDatabase(config, { migrate: !cluster.isWorker, seed: !cluster.isWorker });
  // Caches other processes invalidate (tokens, routing rules, …): polled every 250 ms.
  const cacheWatch = watchCacheVersions(ds);
  // Imported holiday schedules before the first deadline is computed; warns on provisional years.
  await loadCalendarAtStartup(ds);
  // One intake limiter for the process, its buckets in the database: HTTP intakes, the in-process
  // bot and every other process on the database count together.
  const limiter = createLimiter(undefined, ds);
  const app = createApp(ds, config, [], limiter);
  const server = http.createServer(SERVER_OPTIONS, app.callback());
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  const addr = server.address();
  log.info('村声 listening', {
    port: typeof addr === 'object' && addr ? addr.port : config.PORT,
    db: config.database.type,
    ...(cluster.isWorker ? { worker, pid: process.pid } : {}),
  });
  // Not awaited before the signal handlers below are in place: a SIGTERM while the jobs are still
  // starting (a restarted worker catching up on a summary) is a graceful stop, not a kill.
  const services = startServices(ds, config, { limiter });

  // Graceful shutdown (SIGTERM from systemd, docker stop, Ctrl-C): stop accepting connections,
  // let in-flight requests finish (each ticket is one transaction: it commits or is not there),
  // stop the jobs (waiting for a running one), the outbox dispatcher and the in-process bot, then
  // close the database. Past SHUTDOWN_TIMEOUT_MS the process exits with 1 (the supervisor sees an
  // unclean stop; what was not committed is not there, and the jobs finish it on the next start).
  let stopping = false;
  // A kept-alive connection may carry one more request while the server closes: answer it and
  // close the connection, so clients move to another instance.
  server.on('request', (_req, res) => {
    if (stopping) res.setHeader('Connection', 'close');
  });
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    const started = Date.now();
    log.info('shutting down', { signal, deadlineMs: config.SHUTDOWN_TIMEOUT_MS });
    const deadline = setTimeout(() => {
      log.error('shutdown deadline passed, exiting', { deadlineMs: config.SHUTDOWN_TIMEOUT_MS });
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    try {
      const closed = new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      // Idle kept-alive sockets would hold close() until their timeout; busy ones finish first and
      // become idle then, so they are closed as they do (a response already under way keeps its
      // keep-alive header).
      server.closeIdleConnections();
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      void closed.finally(() => clearInterval(sweep)).catch(() => undefined);
      // How long each part took (said in the log: a slow stop shows which part to look at).
      const took: Record<string, number> = {};
      const timed = (name: string, p: Promise<unknown>) => p.then(() => void (took[name] = Date.now() - started));
      await Promise.all([
        timed('httpMs', closed),
        timed(
          'servicesMs',
          services.then((svc) => svc.stop()),
        ),
      ]);
      cacheWatch.stop();
      await timed('dbMs', ds.destroy());
      clearTimeout(deadline);
      log.info('stopped', { ms: Date.now() - started, ...took });
      process.exit(0);
    } catch (e: any) {
      clearTimeout(deadline);
      log.error('shutdown failed', { error: String(e?.message ?? e) });
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  // A service that fails to start fails the start, as before.
  await services;
}

main().catch((e) => {
  process.stderr.write(`村声 failed to start: ${e?.message ?? e}\n`);
  process.exit(1);
});
