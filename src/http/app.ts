import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { errorMiddleware } from './errors';
import { authMiddleware } from './auth';
import { createLimiter, createReadLimiter, retryAfter } from './ratelimit';
import type { Limiter } from '../tickets/admission';
import { Api, openApiDocument } from './api';
import { ticketRoutes } from './tickets/routes';
import { statsRoutes } from './stats/routes';
import { metaRoutes } from './meta/routes';
import { adminRoutes } from './admin/routes';
import { cachedClockCoverage } from '../clocks/calendar-import';
import type { AppState } from './context';
import { log } from '../log';
import { mayReadMetrics, metrics, renderMetrics, routeOf } from './metrics';
import { consoleStatic } from './console/static';

export type Mount = (app: { v1: Api; root: Router; apis: Api[] }) => void;

/** Extra route groups (Open311, intake webhooks, mini-program, chat) register here. */
const mounts: Mount[] = [];
export function registerMount(m: Mount): void {
  mounts.push(m);
}

/**
 * Every response: browsers must not sniff a type (an upload served as an image stays an image).
 * JSON and XML bodies carry personal data or answers for one caller: no cache may keep them.
 * Outermost, so errors (JSON, Open311 XML) get the headers too.
 */
function securityHeaders(): Koa.Middleware {
  return async (ctx, next) => {
    try {
      await next();
    } finally {
      ctx.set('X-Content-Type-Options', 'nosniff');
      if (ctx.body != null && /[/+](json|xml)$/i.test(ctx.response.type)) ctx.set('Cache-Control', 'no-store');
    }
  };
}

/**
 * One JSON line per request and the request metrics. No personal data: the route pattern, never
 * the path (ids) or the query string; the actor's kind, never its name, phone or token; no body.
 * Outside the error middleware, so the status is the one the client got; the request id is the
 * one the error middleware gave (and answered in X-Request-Id).
 */
function accessLog(routers: () => Router[]): Koa.Middleware {
  return async (ctx, next) => {
    const started = process.hrtime.bigint();
    try {
      await next();
    } finally {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = routeOf(ctx, routers());
      const status = ctx.status;
      metrics.httpDuration.observe({ method: ctx.method, route }, seconds);
      metrics.httpRequests.inc({ method: ctx.method, route, status: String(status) });
      const fields = {
        method: ctx.method,
        route,
        status,
        ms: Math.round(seconds * 10_000) / 10,
        id: ctx.state.requestId,
        actor: ctx.state.actor?.kind ?? 'anonymous',
      };
      // Probes and scrapes every few seconds would bury the requests people make.
      if (route.startsWith('/health') || route === '/metrics') log.debug('request', fields);
      else log.info('request', fields);
    }
  };
}

/**
 * Options for the HTTP server that serves the app: request lines up to 256 kB, for Open311 polls
 * that name thousands of tickets in one GET (FixMyStreet's update poll; Node's default is 16 kB).
 */
export const SERVER_OPTIONS = { maxHeaderSize: 256 * 1024 } as const;

export function createApp(ds: DataSource, config: Config, extra: Mount[] = [], limiter: Limiter | null = createLimiter(undefined, ds)): Koa<AppState> {
  const app = new Koa<AppState>();
  // Forwarded headers only from the proxy the operator says is there, and only its own entry (the
  // last): otherwise a client sends X-Forwarded-For and picks the address its lockout counts under.
  app.proxy = config.TRUST_PROXY;
  app.maxIpsCount = 1;
  app.use(securityHeaders());
  // Filled below once every route group is mounted: a request refused before routing (401, a
  // malformed body) is still logged and counted under its route pattern.
  const routers: Router[] = [];
  app.use(accessLog(() => routers));
  app.use(errorMiddleware());
  // Public Open311 reads are limited too (OPEN311_READS_PER_MIN), in the same shared buckets.
  const readLimiter = createReadLimiter(ds);
  // One intake limiter per app (or the process's, passed in), handed to every intake explicitly.
  app.use(async (ctx, next) => {
    ctx.state.ds = ds;
    ctx.state.config = config;
    ctx.state.limiter = limiter;
    ctx.state.readLimiter = readLimiter;
    await next();
  });
  // Health and metrics before the body parser and token auth: probes and scrapes carry no body,
  // and /metrics has a token of its own (METRICS_TOKEN), which is not an API token.
  const ops = new Router();
  const dbUp = async () => {
    try {
      await ds.query('SELECT 1');
      return true;
    } catch {
      return false;
    }
  };
  // An open clock running into a year without an official holiday schedule: say which years
  // are official and which are provisional, until an office runs calendar:import.
  const coverage = () => cachedClockCoverage(ds).catch(() => null);
  // Kept as it was for existing monitors: database up → 200, with the calendar warning if any.
  ops.get('/health', async (ctx) => {
    const up = await dbUp();
    ctx.status = up ? 200 : 503;
    const calendar = up ? await coverage() : null;
    ctx.body = { status: up ? 'ok' : 'degraded', db: up ? 'ok' : 'down', ...(calendar?.warning ? { calendar } : {}) };
  });
  // Liveness: the process answers. Never touches the database (a database outage must not get
  // the process restarted, only taken out of the balancer by readiness).
  ops.get('/health/live', (ctx) => {
    ctx.body = { status: 'ok' };
  });
  // Readiness: database reachable and no migration pending (an instance of newer code than the
  // schema must not take traffic). Calendar coverage is reported, and a provisional year does not
  // make an instance unready: deadlines are still computed (provisionally) and every instance
  // would be out at once.
  let migrationsDone = false;
  ops.get('/health/ready', async (ctx) => {
    const up = await dbUp();
    // Once none is pending none will be (this process's list is fixed; the database only gains rows).
    const pending = migrationsDone ? false : up ? await ds.showMigrations().catch(() => null) : null;
    if (pending === false) migrationsDone = true;
    const migrations = pending === false ? 'ok' : pending ? 'pending' : 'unknown';
    const calendar = up ? await coverage() : null;
    const ready = up && migrations === 'ok';
    ctx.status = ready ? 200 : 503;
    ctx.body = {
      status: ready ? 'ready' : 'not_ready',
      db: up ? 'ok' : 'down',
      migrations,
      calendar: calendar ? { status: calendar.warning ? 'provisional' : 'ok', ...calendar } : { status: 'unknown' },
    };
  });
  ops.get('/metrics', async (ctx) => {
    if (!mayReadMetrics(ctx, config.METRICS_TOKEN)) {
      ctx.status = 403;
      ctx.body = {
        error: {
          status: 403,
          code: 'forbidden',
          message: config.METRICS_TOKEN ? '需要 METRICS_TOKEN' : '仅限本机访问（或设置 METRICS_TOKEN）',
          id: ctx.state.requestId,
        },
      };
      return;
    }
    ctx.type = 'text/plain; version=0.0.4; charset=utf-8';
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await renderMetrics(ds);
  });
  app.use(ops.routes());
  // The browser console's files (no body, no token: it logs in by cookie through /api/v1).
  app.use(consoleStatic());

  app.use(
    bodyParser({
      enableTypes: ['json', 'form', 'text'],
      jsonLimit: '1mb',
      formLimit: '1mb',
      // Keep the raw body: webhook signatures are computed over it.
      encoding: 'utf-8',
      onError: (err: any) => {
        // Too large stays 413; anything else the parser rejects is the client's malformed body.
        err.status = err.status === 413 ? 413 : 400;
        err.expose = true;
        throw err;
      },
    }),
  );
  app.use(authMiddleware());
  app.use(retryAfter());

  const root = new Router();
  const v1Router = new Router({ prefix: '/api/v1' });
  const v1 = new Api(v1Router, '/api/v1');
  const apis: Api[] = [v1];
  ticketRoutes(v1);
  statsRoutes(v1);
  metaRoutes(v1);
  adminRoutes(v1);
  for (const mount of [...mounts, ...extra]) mount({ v1, root, apis });

  v1Router.get('/openapi.json', async (ctx) => {
    ctx.body = openApiDocument(apis);
  });

  routers.push(ops, root, ...apis.map((a) => a.router));
  app.use(root.routes()).use(root.allowedMethods());
  app.use(v1Router.routes()).use(v1Router.allowedMethods());
  return app;
}
