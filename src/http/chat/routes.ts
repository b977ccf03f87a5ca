import type { Mount } from '../app';
import { Api } from '../api';
import { requireActor, requireAdmin } from '../auth';
import { inArea, requireWritableCode } from '../../auth/scope';
import { mayIssueCredential } from '../../auth/credentials';
import { idParam } from '../validate';
import { ChatTarget } from '../../entities/ChatTarget';
import { Jurisdiction } from '../../entities/Jurisdiction';
import { Like } from 'typeorm';
import { AppError, badRequest, notFound } from '../../errors';
import { Staff } from '../../entities/Staff';
import { handleInbound } from '../../channels/chat/handler';
import { storeChatImage } from '../../channels/chat/images';
import { bindRoom, issueBindCode, resolveRooms, unbindRoom } from '../../channels/chat/binding';
import { ackForBot, claimForBot } from '../../channels/chat/outbox';
import { addChatterFlush, openRoomFollows } from '../../channels/chat/chatter';
import { loadChatSettings } from '../../channels/chat/settings';
import type { Ctx } from '../context';
import * as S from './schemas';

const presentBinding = (t: ChatTarget) => ({
  id: t.id,
  purpose: t.purpose,
  jurisdictionCode: t.jurisdictionCode,
  topic: t.topic,
  roomId: t.roomId,
  botAccount: t.botAccount,
  active: t.active,
  createdAt: t.createdAt.toISOString(),
});

/** Reads a raw (non-JSON) request body with a size cap. */
async function rawBody(ctx: Ctx, max: number): Promise<Buffer> {
  const declared = Number(ctx.get('content-length') || 0);
  if (declared > max) throw new AppError(413, 'payload_too_large', '请求内容过大');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of ctx.req) {
    size += (c as Buffer).length;
    if (size > max) throw new AppError(413, 'payload_too_large', '请求内容过大');
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The chat API the bot calls: a `bot` token only (an intake relay's channel token files complaints,
 * it does not speak for villagers in chat or take the bot's deliveries). And the admin side of
 * bindings and codes, scoped to the admin's county.
 */
export function chatRoutes(api: Api): void {
  api.route(
    {
      method: 'post',
      path: '/chat/messages',
      summary: '机器人收到的一条消息：核心决定并返回回复（按 botAccount+messageId 去重）',
      tag: 'chat',
      body: S.Inbound,
      roles: ['bot'],
    },
    async (ctx, { body }) => {
      const actor = requireActor(ctx, 'bot');
      const now = new Date();
      ctx.body = await handleInbound(ctx.state.ds, actor, body, now, undefined, ctx.state.limiter);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/chat/images',
      summary: '上传核心索要的图片（请求体为图片原始字节，Content-Type 为图片类型）',
      tag: 'chat',
      query: S.ImageQuery,
      roles: ['bot'],
    },
    async (ctx, { query }) => {
      requireActor(ctx, 'bot');
      const settings = loadChatSettings();
      const mime = ctx.get('content-type');
      if (!/^image\//i.test(mime)) throw badRequest('Content-Type 须为图片类型', 'content-type');
      const data = await rawBody(ctx, settings.imageMaxBytes);
      ctx.status = 201;
      ctx.body = await storeChatImage(
        ctx.state.ds,
        ctx.state.config.UPLOAD_DIR,
        { botAccount: query.botAccount, messageId: query.messageId, mime, data },
        settings.imageMaxBytes,
      );
    },
  );

  api.route(
    {
      method: 'post',
      path: '/chat/rooms/resolve',
      summary: '登录后按群名重新对应群 id（网页协议的群 id 每次登录都会变）',
      tag: 'chat',
      body: S.ResolveRooms,
      roles: ['bot'],
    },
    async (ctx, { body }) => {
      requireActor(ctx, 'bot');
      const resolved = await resolveRooms(
        ctx.state.ds,
        body.botAccount,
        body.rooms.map((r) => ({ id: r.id, topic: r.topic })),
      );
      ctx.body = { ...resolved, follows: await openRoomFollows(ctx.state.ds, body.botAccount, new Date()) };
    },
  );

  api.route(
    {
      method: 'post',
      path: '/chat/chatter',
      summary: '机器人在本地计数的疑似诉求群聊（未诉先办），按群按日批量上报；同一 flushId 只计一次',
      tag: 'chat',
      body: S.Chatter,
      roles: ['bot'],
    },
    async (ctx, { body }) => {
      requireActor(ctx, 'bot');
      ctx.body = await addChatterFlush(ctx.state.ds, body, new Date());
    },
  );

  api.route(
    { method: 'post', path: '/chat/outbox/claim', summary: '机器人领取待发的微信群/私聊消息（带租约）', tag: 'chat', body: S.Claim, roles: ['bot'] },
    async (ctx, { body }) => {
      requireActor(ctx, 'bot');
      ctx.body = { items: await claimForBot(ctx.state.ds, body) };
    },
  );

  api.route(
    { method: 'post', path: '/chat/outbox/:id/ack', summary: '机器人回报一条消息的投递结果', tag: 'chat', body: S.Ack, roles: ['bot'] },
    async (ctx, { body }) => {
      requireActor(ctx, 'bot');
      ctx.body = await ackForBot(ctx.state.ds, idParam(ctx.params.id), body);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/chat/bind-codes',
      summary: '为工作人员生成一次性微信绑定码（10 分钟内有效；私聊机器人发送“绑定 绑定码”）',
      tag: 'chat',
      body: S.BindCodeBody,
      roles: ['admin'],
    },
    async (ctx, { body }) => {
      const { actor, area } = requireAdmin(ctx);
      const m = ctx.state.ds.manager;
      const target = await m.findOne(Staff, { where: { id: body.staffId } });
      if (!target) throw badRequest(`工作人员 ${body.staffId} 不存在`, 'staffId');
      // A bind code is a way into the account (its notices, its bot commands): a password's rule.
      await mayIssueCredential(m, actor, area, target, 'bind_code');
      const { code, expiresAt, staff } = await issueBindCode(ctx.state.ds, body.staffId);
      ctx.status = 201;
      ctx.body = { code, staffId: staff.id, expiresAt: expiresAt.toISOString() };
    },
  );

  api.route({ method: 'get', path: '/chat/bindings', summary: '已绑定的微信群', tag: 'chat', roles: ['admin'] }, async (ctx) => {
    const { area } = requireAdmin(ctx);
    const rows = await ctx.state.ds.manager.find(ChatTarget, {
      where: { kind: 'wechat_room', ...(area ? { jurisdictionCode: Like(`${area}%`) } : {}) },
      order: { id: 'ASC' },
      take: 5000,
    });
    ctx.body = { items: rows.map(presentBinding) };
  });

  api.route(
    {
      method: 'post',
      path: '/chat/bindings',
      summary: '按群名绑定微信群到区域（机器人登录后按群名找到群）',
      tag: 'chat',
      body: S.BindingBody,
      roles: ['admin'],
    },
    async (ctx, { body }) => {
      const { actor, area } = requireAdmin(ctx);
      requireWritableCode(body.jurisdictionCode, area);
      const m = ctx.state.ds.manager;
      if (!(await m.findOne(Jurisdiction, { where: { code: body.jurisdictionCode } })))
        throw badRequest(`区域代码 ${body.jurisdictionCode} 不存在`, 'jurisdictionCode');
      const t = await bindRoom(
        ctx.state.ds,
        {
          botAccount: body.botAccount,
          roomId: null,
          topic: body.topic,
          jurisdictionCode: body.jurisdictionCode,
          purpose: body.purpose,
          staffId: actor.kind === 'admin' || actor.kind === 'sysadmin' ? (actor.staff?.id ?? null) : null,
        },
        new Date(),
      );
      ctx.status = 201;
      ctx.body = presentBinding(t);
    },
  );

  api.route({ method: 'delete', path: '/chat/bindings/:id', summary: '解除微信群绑定', tag: 'chat', roles: ['admin'] }, async (ctx) => {
    const { area } = requireAdmin(ctx);
    const id = idParam(ctx.params.id);
    const t = await ctx.state.ds.manager.findOne(ChatTarget, { where: { id, kind: 'wechat_room' } });
    if (!t || !inArea(t.jurisdictionCode, area)) throw notFound('群绑定');
    await unbindRoom(ctx.state.ds, id);
    ctx.body = { ...presentBinding(t), active: false };
  });
}

export const chatMount: Mount = ({ v1 }) => chatRoutes(v1);
