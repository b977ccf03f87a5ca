import type Koa from 'koa';
import { actorForToken } from '../auth/actor';
import { adminArea } from '../auth/scope';
import { CSRF_HEADER, csrfMatches, resolveSession, SESSION_COOKIE } from '../auth/sessions';
import { AppError, forbidden, unauthorized } from '../errors';
import type { Actor } from '../tickets/actor';
import type { Ctx } from './context';

export const LOGIN_PATH = '/api/v1/auth/login';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export const csrfFailed = (message: string) => new AppError(403, 'csrf_failed', message);

/**
 * A request that could have been sent by another site's page must not be believed: its Origin,
 * when the browser names one, must be this server's own, and a browser's own word that the
 * request is cross-site (Sec-Fetch-Site) is taken.
 */
export function checkOrigin(ctx: Koa.Context): void {
  const origin = ctx.get('origin');
  if (origin && origin !== `${ctx.protocol}://${ctx.host}`) throw csrfFailed('请求来源不是本站，已拒绝');
  if (ctx.get('sec-fetch-site') === 'cross-site') throw csrfFailed('跨站请求已拒绝');
}

/**
 * Reads `Authorization: Bearer <token>` when present, else the console's session cookie; routes
 * decide whether they need an actor. A bearer token wins over a cookie and needs no CSRF token
 * (a browser never attaches it by itself). A cookie-authenticated unsafe request must carry the
 * session's CSRF token in `X-CSRF-Token` and come from this origin. An unknown, expired or
 * revoked cookie is simply no session (the route answers 401).
 */
export function authMiddleware(): Koa.Middleware {
  return async (ctx, next) => {
    const h = ctx.get('authorization');
    if (h) {
      const m = /^Bearer\s+(\S+)$/i.exec(h);
      if (!m) throw unauthorized('Authorization 头格式应为 Bearer <token>');
      const actor = await actorForToken(ctx.state.ds, m[1]);
      if (!actor) throw unauthorized('访问令牌无效或已过期');
      ctx.state.actor = actor;
    } else if (ctx.path !== LOGIN_PATH) {
      // (A login starts a new session whatever cookie the browser still holds.)
      const cookie = ctx.cookies.get(SESSION_COOKIE);
      const found = cookie ? await resolveSession(ctx.state.ds, cookie) : null;
      if (found) {
        if (!SAFE_METHODS.has(ctx.method)) {
          checkOrigin(ctx);
          if (!csrfMatches(cookie!, ctx.get(CSRF_HEADER) || undefined)) throw csrfFailed(`缺少或错误的 ${CSRF_HEADER}，请刷新页面后重试`);
        }
        ctx.state.actor = found.actor;
        ctx.state.session = found.session;
      }
    }
    await next();
  };
}

export function requireActor(ctx: Ctx, ...kinds: Actor['kind'][]): Actor {
  const a = ctx.state.actor;
  if (!a) throw unauthorized();
  // A system-wide administrator may do whatever a county admin may (its scope is wider).
  const kind = a.kind === 'sysadmin' ? 'admin' : a.kind;
  if (kinds.length && !kinds.includes(kind) && !kinds.includes(a.kind)) throw forbidden();
  return a;
}

/** An administrator and the area it administers ('' = everywhere: the system-wide admin). */
export function requireAdmin(ctx: Ctx): { actor: Actor; area: string } {
  const actor = requireActor(ctx, 'admin');
  const area = adminArea(actor);
  if (area === null) throw forbidden();
  return { actor, area };
}
