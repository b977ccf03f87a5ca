import crypto from 'node:crypto';
import type Koa from 'koa';
import { ZodError } from 'zod';
import { AppError } from '../errors';
import { log } from '../log';
import { isConflict } from '../db/tx';

/** Database failures that mean "try again shortly", not "you sent something wrong". */
// PROTOCOL_SEQUENCE_TIMEOUT: a MySQL query got no answer within DB_QUERY_TIMEOUT_MS (src/db/datasource.ts).
const UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'PROTOCOL_CONNECTION_LOST',
  'ETIMEDOUT',
  'ER_CON_COUNT_ERROR',
  'POOL_CLOSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'PROTOCOL_SEQUENCE_TIMEOUT',
]);

export function zodToAppError(e: ZodError, where = 'body'): AppError {
  const first = e.issues[0];
  const field = first?.path.length ? first.path.join('.') : where;
  const message = e.issues.map((i) => `${i.path.length ? i.path.join('.') : where}: ${i.message}`).join('; ');
  return new AppError(
    400,
    'validation_failed',
    message,
    field,
    e.issues.map((i) => ({ field: i.path.join('.') || where, message: i.message })),
  );
}

/**
 * A body parser's complaint without the body in it: V8's JSON errors quote a stretch of the input
 * (`Unexpected token '张', ..."phone":"139…"` ), which may be someone's name or number.
 */
export function malformedBody(err: { message?: unknown }): string {
  const why = String(err?.message ?? '').replace(/,?\s*(?:\.\.\.)?"[\s\S]*"(?:\.\.\.)?/, '');
  return `请求格式错误：${why}`;
}

/**
 * Route groups with an error format of their own (Open311's `[{code, description}]`) register it
 * for their path prefix: 4xx errors raised before their routes run (body parser, auth) use it too.
 */
const formats = new Map<string, (ctx: Koa.Context, e: AppError) => void>();
export function registerErrorFormat(prefix: string, render: (ctx: Koa.Context, e: AppError) => void): void {
  formats.set(prefix, render);
}

/**
 * One place turns every error into stable JSON `{ error: { status, code, message, field?, id } }`.
 * Unknown errors are logged with the id and answered without details.
 */
export function errorMiddleware(): Koa.Middleware {
  return async (ctx, next) => {
    const id = (ctx.get('x-request-id') || crypto.randomBytes(6).toString('hex')).slice(0, 64);
    ctx.state.requestId = id;
    ctx.set('X-Request-Id', id);
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) throw new AppError(404, 'not_found', `没有这个接口：${ctx.method} ${ctx.path}`);
    } catch (err: any) {
      let e: AppError;
      if (err instanceof AppError) e = err;
      else if (err instanceof ZodError) e = zodToAppError(err);
      else if (err?.status && err.status >= 400 && err.status < 500 && err.expose !== false) {
        // koa / bodyparser errors: malformed JSON, payload too large, wrong content type.
        e = new AppError(
          err.status,
          err.status === 413 ? 'payload_too_large' : 'bad_request',
          err.status === 413 ? '请求内容过大' : malformedBody(err),
          err.body !== undefined || typeof err.type === 'string' ? 'body' : undefined,
        );
      } else if (isConflict(err)) {
        // Contention that outlasted src/db/tx.ts's re-runs: nothing of the request stands, and the
        // same request a moment later succeeds. A 503 the client may retry with its key, not a 500.
        e = new AppError(503, 'unavailable', '系统繁忙，请稍后重试');
        ctx.set('Retry-After', '2');
        log.warn('database busy', { id, code: err?.code ?? err?.driverError?.code });
      } else if (
        UNAVAILABLE.has(err?.code) ||
        UNAVAILABLE.has(err?.driverError?.code) ||
        /Connection lost|connect ECONNREFUSED|Pool is closed|not connected/i.test(String(err?.message))
      ) {
        e = new AppError(503, 'unavailable', '服务暂时不可用，请稍后重试');
        ctx.set('Retry-After', '5');
        log.warn('database unavailable', { id, code: err?.code });
      } else {
        log.error('unhandled error', { id, err: String(err?.stack ?? err) });
        e = new AppError(500, 'internal', '服务器内部错误');
      }
      const format = e.status < 500 ? [...formats].find(([prefix]) => ctx.path.startsWith(prefix))?.[1] : undefined;
      if (format) {
        format(ctx, e);
        return;
      }
      ctx.status = e.status;
      ctx.body = {
        error: { status: e.status, code: e.code, message: e.message, ...(e.field ? { field: e.field } : {}), ...(e.details ? { details: e.details } : {}), id },
      };
    }
  };
}
