import { z } from 'zod';
import type Koa from 'koa';
import type { EntityManager } from 'typeorm';
import type { Mount } from '../app';
import { requireActor, requireAdmin, checkOrigin } from '../auth';
import { idParam } from '../validate';
import type { Ctx } from '../context';
import { Jurisdiction } from '../../entities/Jurisdiction';
import { Staff } from '../../entities/Staff';
import { Unit } from '../../entities/Unit';
import { badRequest, forbidden, unauthorized } from '../../errors';
import { changeOwnPassword, LockedOut, login, resetPassword } from '../../auth/login';
import { generatePassword, PASSWORD_MAX } from '../../auth/passwords';
import { revokeSession, resolveSession, SESSION_COOKIE, Session } from '../../auth/sessions';
import { staffJurisdiction } from '../../auth/scope';
import { mayIssueCredential } from '../../auth/credentials';
import { staffActor } from '../../tickets/staff-actor';
import type { Actor } from '../../tickets/actor';
import {
  CHANNEL_NAMES,
  CATEGORY_NAMES,
  DECLINE_REASONS,
  EVENT_NAMES,
  OPEN_STATUSES,
  TICKET_STAGE_NAMES,
  TICKET_STATUS_NAMES,
  UNIT_KIND_NAMES,
  URGENCY_NAMES,
} from '../../vocabulary';

export const Login = z.strictObject({
  login: z.string({ error: '请填写姓名或手机号' }).trim().min(1, '请填写姓名或手机号').max(64, '姓名或手机号过长'),
  password: z.string({ error: '请填写密码' }).min(1, '请填写密码').max(PASSWORD_MAX, `密码不超过 ${PASSWORD_MAX} 位`),
});
export const ChangePassword = z.strictObject({
  currentPassword: z.string({ error: '请填写当前密码' }).min(1, '请填写当前密码').max(PASSWORD_MAX),
  newPassword: z.string({ error: '请填写新密码' }).max(PASSWORD_MAX, `密码不超过 ${PASSWORD_MAX} 位`),
});
export const SetPassword = z.strictObject({
  /** Omitted: a password is generated and answered once. */
  password: z.string().max(PASSWORD_MAX, `密码不超过 ${PASSWORD_MAX} 位`).optional(),
});

const ROLE_NAMES: Record<string, string> = { admin: '信访局（管理员）', sysadmin: '系统管理员', cadre: '工作人员', leader: '领导' };

/** What the console shows of the signed-in member of staff (menus follow `capabilities`; the server checks every call). */
export async function presentMe(m: EntityManager, actor: Actor, session: Session | undefined) {
  if (actor.kind !== 'admin' && actor.kind !== 'cadre' && actor.kind !== 'leader' && actor.kind !== 'sysadmin') throw forbidden('仅限工作人员');
  const staff = actor.staff;
  const unit = actor.kind === 'sysadmin' ? (staff?.unitId ? await m.findOne(Unit, { where: { id: staff.unitId } }) : null) : actor.unit;
  const code = staff ? staffJurisdiction(staff, unit) : null;
  const jur = code && code !== 'root' ? await m.findOne(Jurisdiction, { where: { code } }) : null;
  const admin = actor.kind === 'admin' || actor.kind === 'sysadmin';
  const caps = ['tickets.read', 'tickets.create', 'tickets.export', 'stats.read', 'summaries.read', 'views.manage'];
  if (actor.kind === 'leader' || admin) caps.push('leader.inbox', 'tickets.supervise');
  if (admin) caps.push('admin.staff.password', 'admin.org', 'admin.routing', 'admin.tokens', 'admin.outbox');
  return {
    staff: staff
      ? {
          id: staff.id,
          name: staff.name,
          role: actor.kind,
          roleName: ROLE_NAMES[actor.kind],
          position: staff.position,
          title: staff.title,
          phone: staff.phone,
          isUnitHead: !!unit && unit.headStaffId === staff.id,
        }
      : null,
    unit: unit ? { id: unit.id, name: unit.name, kind: unit.kind, kindName: UNIT_KIND_NAMES[unit.kind], jurisdictionCode: unit.jurisdictionCode } : null,
    jurisdiction: jur ? { code: jur.code, name: jur.name } : code && code !== 'root' ? { code, name: null } : null,
    area: actor.kind === 'admin' ? actor.area : actor.kind === 'sysadmin' ? '' : null,
    auth: session ? 'session' : 'bearer',
    ...(session ? { csrfToken: session.csrfToken, sessionExpiresAt: session.expiresAt.toISOString() } : {}),
    capabilities: caps,
  };
}

function setSessionCookie(ctx: Koa.Context, token: string | null): void {
  ctx.cookies.set(SESSION_COOKIE, token ?? '', {
    httpOnly: true,
    sameSite: 'strict',
    // https directly or through the proxy (app.proxy: X-Forwarded-Proto): the cookie never travels in clear.
    secure: ctx.secure,
    path: '/',
    overwrite: true,
    ...(token ? {} : { expires: new Date(0), maxAge: 0 }),
  });
}

const withRetryAfter = async <T>(ctx: Ctx, fn: () => Promise<T>): Promise<T> => {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof LockedOut) ctx.set('Retry-After', String(e.retryAfter));
    throw e;
  }
};

export const sessionMount: Mount = ({ v1: api }) => {
  api.route(
    {
      method: 'post',
      path: '/auth/login',
      summary: '控制台登录（姓名或手机号 + 密码）：设置会话 Cookie，返回当前用户及 csrfToken',
      tag: 'auth',
      body: Login,
      roles: [],
    },
    async (ctx, { body }) => {
      checkOrigin(ctx);
      const ds = ctx.state.ds;
      const { staff, token, session } = await withRetryAfter(ctx, () => login(ds, { login: body.login, password: body.password, ip: ctx.ip }));
      const actor = await staffActor(ds.manager, staff);
      if (!actor) {
        await revokeSession(ds.manager, session.id);
        throw unauthorized('该账号没有可管理的区域，无法登录');
      }
      setSessionCookie(ctx, token);
      ctx.body = await presentMe(ds.manager, actor, session);
    },
  );

  api.route({ method: 'post', path: '/auth/logout', summary: '退出登录（结束会话并清除 Cookie）', tag: 'auth', roles: [] }, async (ctx) => {
    // An expired session is still ended and its cookie cleared.
    const cookie = ctx.cookies.get(SESSION_COOKIE);
    const session = ctx.state.session ?? (cookie ? (await resolveSession(ctx.state.ds, cookie))?.session : undefined);
    if (session) await revokeSession(ctx.state.ds.manager, session.id);
    setSessionCookie(ctx, null);
    ctx.status = 204;
  });

  api.route(
    {
      method: 'post',
      path: '/auth/password',
      summary: '修改本人密码（需当前密码）：本人所有会话失效，返回新会话',
      tag: 'auth',
      body: ChangePassword,
      roles: ['admin', 'cadre', 'leader'],
    },
    async (ctx, { body }) => {
      const actor = requireActor(ctx, 'admin', 'cadre', 'leader');
      if (!ctx.state.session || actor.kind === 'sysadmin' || !('staff' in actor) || !actor.staff) throw forbidden('请登录控制台后修改密码');
      const ds = ctx.state.ds;
      const { token, session } = await withRetryAfter(ctx, () => changeOwnPassword(ds, actor.staff!, { ...body, ip: ctx.ip }));
      setSessionCookie(ctx, token);
      ctx.body = await presentMe(ds.manager, actor, session);
    },
  );

  api.route(
    { method: 'get', path: '/me', summary: '当前登录的工作人员：角色、单位、辖区、可用功能', tag: 'auth', roles: ['admin', 'cadre', 'leader'] },
    async (ctx) => {
      const actor = requireActor(ctx, 'admin', 'cadre', 'leader');
      ctx.body = await presentMe(ctx.state.ds.manager, actor, ctx.state.session);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/admin/staff/:id/password',
      summary: '管理员设置或重置工作人员的控制台密码（不填则生成并只显示一次）；其会话全部失效',
      tag: 'admin',
      body: SetPassword,
      roles: ['admin'],
    },
    async (ctx, { body }) => {
      const { actor, area } = requireAdmin(ctx);
      const m = ctx.state.ds.manager;
      const id = idParam(ctx.params.id);
      const target = await m.findOne(Staff, { where: { id } });
      if (!target) throw badRequest(`工作人员 ${id} 不存在`, 'staffId');
      await mayIssueCredential(m, actor, area, target, 'password');
      const generated = body.password === undefined;
      const password = body.password ?? generatePassword();
      await resetPassword(ctx.state.ds, target, password);
      ctx.body = { staffId: target.id, generated, ...(generated ? { password } : {}) };
    },
  );

  api.route(
    { method: 'get', path: '/vocabulary', summary: '词表：状态、类别、紧急程度、渠道、阶段、不予受理理由、记录类型、单位类型', tag: 'meta', roles: [] },
    async (ctx) => {
      const list = (o: Record<string, string>) => Object.entries(o).map(([value, name]) => ({ value, name }));
      ctx.body = {
        statuses: list(TICKET_STATUS_NAMES),
        openStatuses: OPEN_STATUSES,
        categories: list(CATEGORY_NAMES),
        urgencies: list(URGENCY_NAMES),
        channels: list(CHANNEL_NAMES),
        stages: list(TICKET_STAGE_NAMES),
        declineReasons: Object.entries(DECLINE_REASONS).map(([value, r]) => ({ value, name: r.name })),
        events: list(EVENT_NAMES),
        unitKinds: list(UNIT_KIND_NAMES),
      };
    },
  );
};
