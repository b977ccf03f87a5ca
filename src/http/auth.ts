import type Koa from 'koa';
import { actorForToken } from '../auth/actor';
import { adminArea } from '../auth/scope';
import { forbidden, unauthorized } from '../errors';
import type { Actor } from '../tickets/actor';
import type { Ctx } from './context';

/** Reads `Authorization: Bearer <token>` when present; routes decide whether they need it. */
export function authMiddleware(): Koa.Middleware {
  return async (ctx, next) => {
    const h = ctx.get('authorization');
    if (h) {
      const m = /^Bearer\s+(\S+)$/i.exec(h);
      if (!m) throw unauthorized('Authorization 头格式应为 Bearer <token>');
      const actor = await actorForToken(ctx.state.ds, m[1]);
      if (!actor) throw unauthorized('访问令牌无效或已过期');
      ctx.state.actor = actor;
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
