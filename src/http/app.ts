import Koa from 'koa';
import Router from '@koa/router';
import { bodyParser } from '@koa/bodyparser';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { errorMiddleware } from './errors';
import { authMiddleware } from './auth';
import { createLimiter, retryAfter } from './ratelimit';
import type { Limiter } from '../tickets/admission';
import { Api, openApiDocument } from './api';
import { ticketRoutes } from './tickets/routes';
import { statsRoutes } from './stats/routes';
import { metaRoutes } from './meta/routes';
import { adminRoutes } from './admin/routes';
import { cachedClockCoverage } from '../clocks/calendar-import';
import type { AppState } from './context';

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

export function createApp(ds: DataSource, config: Config, extra: Mount[] = [], limiter: Limiter | null = createLimiter()): Koa<AppState> {
  const app = new Koa<AppState>();
  app.proxy = true;
  app.use(securityHeaders());
  app.use(errorMiddleware());
  // One intake limiter per app (or the process's, passed in), handed to every intake explicitly.
  app.use(async (ctx, next) => {
    ctx.state.ds = ds;
    ctx.state.config = config;
    ctx.state.limiter = limiter;
    await next();
  });
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

  root.get('/health', async (ctx) => {
    let db = 'ok';
    try {
      await ds.query('SELECT 1');
    } catch {
      db = 'down';
    }
    ctx.status = db === 'ok' ? 200 : 503;
    // An open clock running into a year without an official holiday schedule: say which years
    // are official and which are provisional, until an office runs calendar:import.
    const calendar = db === 'ok' ? await cachedClockCoverage(ds).catch(() => null) : null;
    ctx.body = { status: db === 'ok' ? 'ok' : 'degraded', db, ...(calendar?.warning ? { calendar } : {}) };
  });
  v1Router.get('/openapi.json', async (ctx) => {
    ctx.body = openApiDocument(apis);
  });

  app.use(root.routes()).use(root.allowedMethods());
  app.use(v1Router.routes()).use(v1Router.allowedMethods());
  return app;
}
