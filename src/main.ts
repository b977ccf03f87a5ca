import 'reflect-metadata';
import http from 'node:http';
import { loadConfig } from './config';
import { openDatabase } from './db/bootstrap';
import { createApp } from './http/app';
import { createLimiter } from './http/ratelimit';
import { startServices } from './services';
import { log } from './log';
import { wireFeatures } from './wiring';
import { loadCalendarAtStartup } from './clocks/calendar-service';

/** `npm start`: migrate, seed the demo counties on an empty database (unless SEED_DEMO=0), serve HTTP, run the jobs. */
async function main() {
  wireFeatures();
  const config = loadConfig();
  const ds = await openDatabase(config, { migrate: true, seed: true });
  // Imported holiday schedules before the first deadline is computed; warns on provisional years.
  await loadCalendarAtStartup(ds);
  // One intake limiter for the process: HTTP intakes and the in-process bot count together.
  const limiter = createLimiter();
  const app = createApp(ds, config, [], limiter);
  const server = http.createServer(app.callback());
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  const addr = server.address();
  log.info('村声 listening', { port: typeof addr === 'object' && addr ? addr.port : config.PORT, db: config.database.type });
  const services = await startServices(ds, config, { limiter });

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
      await Promise.all([timed('httpMs', closed), timed('servicesMs', services.stop())]);
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
}

main().catch((e) => {
  process.stderr.write(`村声 failed to start: ${e?.message ?? e}\n`);
  process.exit(1);
});
