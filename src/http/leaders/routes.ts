import type { Mount } from '../app';
import { requireActor } from '../auth';
import { idParam } from '../validate';
import { approveExtension, leaderInbox, superviseTicket, takeCharge } from '../../tickets';
import { presentMany } from '../../tickets';
import type { Ticket } from '../../entities/Ticket';
import type { Actor } from '../../tickets/actor';
import type { Ctx } from '../context';
import * as S from './schemas';

const LEADERS = ['leader', 'admin'];

/** Leaders' side of the escalation ladder: what reached them, and 包案 / 挂牌督办 / 延期审批. */
export const leadersMount: Mount = ({ v1: api }) => {
  const present = async (ctx: Ctx, actor: Actor, t: Ticket) => (await presentMany(ctx.state.ds.manager, actor, [t]))[0];

  api.route(
    { method: 'get', path: '/leader/inbox', summary: '督办收件箱：逐级督办推送给我的工单（默认只列未办结的）', tag: 'leaders', query: S.Inbox, roles: LEADERS },
    async (ctx, { query }) => {
      const actor = requireActor(ctx, 'leader', 'admin');
      ctx.body = await leaderInbox(ctx.state.ds.manager, actor, query);
    },
  );

  api.route(
    { method: 'post', path: '/tickets/:id/take-charge', summary: '领导包案（成为该工单的包案领导）', tag: 'leaders', body: S.TakeCharge, roles: LEADERS },
    async (ctx, { body }) => {
      const actor = requireActor(ctx, 'leader', 'admin');
      const t = await takeCharge(ctx.state.ds, actor, idParam(ctx.params.id), { note: body.note }, { version: body.version });
      ctx.body = await present(ctx, actor, t);
    },
  );

  api.route(
    { method: 'post', path: '/tickets/:id/supervise', summary: '挂牌督办：限期（天）办结，重新起算督办', tag: 'leaders', body: S.Supervise, roles: LEADERS },
    async (ctx, { body }) => {
      const actor = requireActor(ctx, 'leader', 'admin');
      const t = await superviseTicket(ctx.state.ds, actor, idParam(ctx.params.id), { days: body.days, reason: body.reason }, { version: body.version });
      ctx.body = await present(ctx, actor, t);
    },
  );

  api.route(
    {
      method: 'post',
      path: '/tickets/:id/extension',
      summary: '批准延长信访办理期限（一次，不超过 30 日，告知信访人）',
      tag: 'leaders',
      body: S.Extension,
      roles: LEADERS,
    },
    async (ctx, { body }) => {
      const actor = requireActor(ctx, 'leader', 'admin');
      const t = await approveExtension(ctx.state.ds, actor, idParam(ctx.params.id), { days: body.days, reason: body.reason }, { version: body.version });
      ctx.body = await present(ctx, actor, t);
    },
  );
};
