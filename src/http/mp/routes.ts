import { isOpenStatus } from '../../vocabulary';
import { Api } from '../api';
import { requireActor, requireAdmin } from '../auth';
import { mayIssueCredential } from '../../auth/credentials';
import { idParam } from '../validate';
import type { Ctx } from '../context';
import type { Mount } from '../app';
import { TicketEvent } from '../../entities/TicketEvent';
import { Ticket } from '../../entities/Ticket';
import type { Actor } from '../../tickets/actor';
import {
  acceptTicket,
  addNote,
  changeUrgency,
  declineTicket,
  loadReadable,
  objectTicket,
  rateTicket,
  requestReview,
  resolveTicket,
  transferTicket,
} from '../../tickets';
import { reviewWindowEnd } from '../../tickets/commands/review';
import { listTickets, presentMany } from '../../tickets';
import { presentHistory } from '../../tickets/presenters';
import { describeClock } from '../../clocks/deadlines';
import { AppError, badRequest, notFound } from '../../errors';
import { Staff } from '../../entities/Staff';
import * as T from '../tickets/schemas';
import * as S from './schemas';
import { wechatFor } from '../../channels/mp/wechat';
import { storageFor } from '../../channels/mp/storage';
import { receiveImage } from '../../channels/mp/uploads';
import {
  bindStaff,
  checkOwnPhotos,
  checkUploadQuota,
  issueMpBindCode,
  loginWithCode,
  parseLocation,
  readableAttachment,
  recordUpload,
  reportTicket,
} from '../../channels/mp/service';
import { attachmentUrl, ticketMedia, villagerHistory } from '../../channels/mp/present';
import { workQueue } from '../../channels/mp/workbench';

const STAFF: Actor['kind'][] = ['cadre', 'leader'];

async function presentOne(ctx: Ctx, actor: Actor, t: Ticket) {
  const [json] = await presentMany(ctx.state.ds.manager, actor, [t]);
  return json;
}

/** What a villager sees of their ticket: plain-word clocks, public history, photos. */
async function villagerDetail(ctx: Ctx, actor: Actor, t: Ticket) {
  const m = ctx.state.ds.manager;
  const now = new Date();
  const events = await m.find(TicketEvent, { where: { ticketId: t.id, visibility: 'public' }, order: { id: 'ASC' } });
  const open = isOpenStatus(t.status);
  return {
    ...(await presentOne(ctx, actor, t)),
    clocks: open ? { response: t.acceptedAt ? null : describeClock(now, t.responseDueAt), resolution: describeClock(now, t.resolutionDueAt) } : null,
    canRate: t.status === 'resolved',
    // 复查 (or 复核) of a written answer, while its 30-day window is open and none was asked yet.
    canRequestReview:
      (t.status === 'resolved' || t.status === 'closed') &&
      t.stage !== 'recheck' &&
      !t.finalAt &&
      !!t.resolvedAt &&
      now < reviewWindowEnd(t.resolvedAt) &&
      !(await m.existsBy(Ticket, { reviewOfId: t.id })),
    ...(await ticketMedia(m, t.id)),
    history: villagerHistory(events),
  };
}

async function staffDetail(ctx: Ctx, actor: Actor, t: Ticket) {
  const m = ctx.state.ds.manager;
  return { ...(await presentOne(ctx, actor, t)), ...(await ticketMedia(m, t.id)), history: await presentHistory(m, actor, t) };
}

export function mpRoutes(api: Api): void {
  // --- identity -------------------------------------------------------------------------------
  api.route(
    {
      method: 'post',
      path: '/mp/login',
      summary: '小程序登录：wx.login 的 code 换取会话令牌（已绑定的工作人员得到工作人员令牌）',
      tag: 'miniprogram',
      body: S.Login,
      roles: [],
    },
    async (ctx, { body }) => {
      ctx.body = await loginWithCode(ctx.state.ds, wechatFor(ctx.state.config), body.code);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/mp/bind-codes',
      summary: '为工作人员发放一次性绑定码（10 分钟内有效；小程序和机器人私聊通用）',
      tag: 'miniprogram',
      body: S.BindCodeIssue,
      roles: ['admin'],
    },
    async (ctx, { body }) => {
      const { actor, area } = requireAdmin(ctx);
      // A code is a way into that person's account (a staff session here): a password's rule.
      const m = ctx.state.ds.manager;
      const target = await m.findOne(Staff, { where: { id: body.staffId } });
      if (!target) throw badRequest(`工作人员 ${body.staffId} 不存在`, 'staffId');
      await mayIssueCredential(m, actor, area, target, 'bind_code');
      ctx.status = 201;
      ctx.body = await issueMpBindCode(ctx.state.ds, actor, body.staffId);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/mp/bind',
      summary: '工作人员用绑定码把当前微信绑定到本人账号，返回工作人员令牌',
      tag: 'miniprogram',
      body: S.Bind,
      roles: ['villager'],
    },
    async (ctx, { body }) => {
      const actor = requireActor(ctx, 'villager');
      ctx.body = await bindStaff(ctx.state.ds, actor, body.code);
    },
  );

  // --- photos ---------------------------------------------------------------------------------
  api.route(
    {
      method: 'post',
      path: '/mp/uploads',
      summary: '上传一张照片（multipart/form-data，字段 file；JPEG/PNG/WebP，不超过 5 MB）',
      tag: 'miniprogram',
      roles: ['villager', 'cadre', 'leader'],
    },
    async (ctx) => {
      const actor = requireActor(ctx, 'villager', 'cadre', 'leader');
      await checkUploadQuota(ctx.state.ds.manager, actor);
      const storage = storageFor(ctx.state.config.UPLOAD_DIR);
      const img = await receiveImage(ctx.req, ctx.req.headers, storage).catch((e) => {
        // The rest of an oversized body is not read: the connection ends with the answer.
        if (e instanceof AppError && e.status === 413) ctx.set('Connection', 'close');
        throw e;
      });
      let att;
      try {
        att = await recordUpload(ctx.state.ds, actor, img);
      } catch (e) {
        await storage.delete(img.key).catch(() => undefined);
        throw e;
      }
      ctx.status = 201;
      ctx.body = { id: att.id, url: attachmentUrl(att.id), mime: att.mime, size: att.size };
    },
  );

  api.route(
    {
      method: 'get',
      path: '/attachments/:id',
      summary: '附件内容（仅上传者或有权查看工单的人）',
      tag: 'miniprogram',
      roles: ['villager', 'cadre', 'leader', 'admin'],
    },
    async (ctx) => {
      const actor = requireActor(ctx, 'villager', 'cadre', 'leader', 'admin');
      const att = await readableAttachment(ctx.state.ds.manager, actor, idParam(ctx.params.id));
      // Not kept by the browser either: on a desk PC the next person to log in may be the accused,
      // and a cached photo would be shown without asking the server.
      ctx.set('Cache-Control', 'no-store');
      ctx.set('X-Content-Type-Options', 'nosniff');
      if (att.kind === 'location') {
        ctx.body = { location: parseLocation(att) };
        return;
      }
      const bytes = await storageFor(ctx.state.config.UPLOAD_DIR).get(att.storageKey);
      if (!bytes) throw notFound('附件');
      ctx.type = att.mime;
      ctx.set('Content-Disposition', 'inline');
      ctx.body = bytes;
    },
  );

  // --- villagers ------------------------------------------------------------------------------
  api.route(
    {
      method: 'post',
      path: '/mp/tickets',
      summary: '群众提交诉求（clientId 幂等：新建 201，重复提交 200）',
      tag: 'miniprogram',
      body: S.Report,
      roles: ['villager'],
    },
    async (ctx, { body }) => {
      const actor = requireActor(ctx, 'villager');
      const { ticket, created } = await reportTicket(ctx.state.ds, actor, body, { limiter: ctx.state.limiter });
      ctx.status = created ? 201 : 200;
      ctx.body = await villagerDetail(ctx, actor, ticket);
    },
  );

  api.route(
    { method: 'get', path: '/mp/tickets', summary: '我的诉求（游标分页）', tag: 'miniprogram', query: S.MyTickets, roles: ['villager'] },
    async (ctx, { query }) => {
      const actor = requireActor(ctx, 'villager');
      ctx.body = await listTickets(ctx.state.ds.manager, actor, { cursor: query.cursor, limit: query.limit });
    },
  );

  api.route(
    { method: 'get', path: '/mp/tickets/:id', summary: '我的诉求详情：办理进度（公开记录）、时限、照片', tag: 'miniprogram', roles: ['villager'] },
    async (ctx) => {
      const actor = requireActor(ctx, 'villager');
      const { ticket } = await loadReadable(ctx.state.ds.manager, actor, idParam(ctx.params.id));
      ctx.body = await villagerDetail(ctx, actor, ticket);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/mp/tickets/:id/rate',
      summary: '回访评价：是否及时联系、是否解决、是否满意（未解决则重新交办）',
      tag: 'miniprogram',
      body: S.Rate,
      roles: ['villager'],
    },
    async (ctx, { body }) => {
      const actor = requireActor(ctx, 'villager');
      const t = await rateTicket(ctx.state.ds, actor, idParam(ctx.params.id), body);
      ctx.body = await villagerDetail(ctx, actor, t);
    },
  );

  // 复查 of the answer (复核 of a 复查 answer): answers with the new review ticket, which the villager follows from now on.
  api.route(
    {
      method: 'post',
      path: '/mp/tickets/:id/review',
      summary: '对答复不服：30 日内申请复查（对复查意见不服则申请复核）',
      tag: 'miniprogram',
      body: T.RequestReview,
      roles: ['villager'],
    },
    async (ctx, { body }) => {
      const actor = requireActor(ctx, 'villager');
      const t = await requestReview(ctx.state.ds, actor, idParam(ctx.params.id), { reason: body.reason }, { version: body.version });
      ctx.status = 201;
      ctx.body = await villagerDetail(ctx, actor, t);
    },
  );

  // --- cadre workbench ------------------------------------------------------------------------
  api.route(
    {
      method: 'get',
      path: '/mp/workbench/queue',
      summary: '待办：本单位（主办或协办）未办结的工单，超期和临期在前',
      tag: 'miniprogram',
      query: S.Queue,
      roles: STAFF,
    },
    async (ctx, { query }) => {
      const actor = requireActor(ctx, ...STAFF);
      ctx.body = await workQueue(ctx.state.ds.manager, actor, query);
    },
  );

  api.route({ method: 'get', path: '/mp/workbench/tickets/:id', summary: '工单详情及全部办理记录', tag: 'miniprogram', roles: STAFF }, async (ctx) => {
    const actor = requireActor(ctx, ...STAFF);
    const { ticket } = await loadReadable(ctx.state.ds.manager, actor, idParam(ctx.params.id));
    ctx.body = await staffDetail(ctx, actor, ticket);
  });

  const act = (path: string, summary: string, schema: any, fn: (ctx: Ctx, actor: Actor, id: number, body: any) => Promise<Ticket>) =>
    api.route({ method: 'post', path: `/mp/workbench/tickets/:id/${path}`, summary, tag: 'miniprogram', body: schema, roles: STAFF }, async (ctx, { body }) => {
      const actor = requireActor(ctx, ...STAFF);
      const t = await fn(ctx, actor, idParam(ctx.params.id), body);
      ctx.body = await staffDetail(ctx, actor, t);
    });

  act('accept', '受理', T.Accept, (ctx, a, id, b) => acceptTicket(ctx.state.ds, a, id, { note: b.note }, { version: b.version }));
  act('note', '内部办理记录（群众不可见）', S.Text, (ctx, a, id, b) => addNote(ctx.state.ds, a, id, { text: b.text, public: false }, { version: b.version }));
  act('reply', '答复群众（群众可见并收到通知）', S.Text, (ctx, a, id, b) =>
    addNote(ctx.state.ds, a, id, { text: b.text, public: true }, { version: b.version }),
  );
  act('transfer', '转办', T.Transfer, (ctx, a, id, b) => transferTicket(ctx.state.ds, a, id, { unitId: b.unitId, reason: b.reason }, { version: b.version }));
  act('object', '提出异议（交办后 5 个工作日内）', T.ObjectTo, (ctx, a, id, b) =>
    objectTicket(ctx.state.ds, a, id, { reason: b.reason }, { version: b.version }),
  );
  act('decline', '不予受理（受理前、15 日内，书面告知应走的法定途径）', T.Decline, (ctx, a, id, b) =>
    declineTicket(ctx.state.ds, a, id, { reason: b.reason, text: b.text }, { version: b.version }),
  );
  act('urgency', '调整紧急程度（改为紧急时立即通知本单位和乡镇长）', T.ChangeUrgency, (ctx, a, id, b) =>
    changeUrgency(ctx.state.ds, a, id, { urgency: b.urgency, reason: b.reason }, { version: b.version }),
  );
  act('resolve', '办结（可附先上传的照片）', S.Resolve, async (ctx, a, id, b) => {
    // Check the ticket first: a stranger learns nothing about photos of a ticket they cannot see.
    await loadReadable(ctx.state.ds.manager, a, id);
    const photoIds = await checkOwnPhotos(ctx.state.ds.manager, a, b.photoIds);
    return resolveTicket(ctx.state.ds, a, id, { text: b.text, attachmentIds: photoIds }, { version: b.version });
  });
}

export const mpMount: Mount = ({ v1 }) => mpRoutes(v1);
