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

/** `npm start`: migrate, seed the demo counties on an empty database, serve HTTP, run the jobs. */
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

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('shutting down', { signal });
    server.close();
    await services.stop();
    await ds.destroy();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((e) => {
  process.stderr.write(`村声 failed to start: ${e?.message ?? e}\n`);
  process.exit(1);
});
