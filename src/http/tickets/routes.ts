import { Api } from '../api';
import { requireActor } from '../auth';
import { idParam } from '../validate';
import { forbidden } from '../../errors';
import { Ticket } from '../../entities/Ticket';
import {
  acceptTicket,
  addNote,
  closeTicket,
  createTicket,
  decideObjection,
  duplicateSuggestions,
  loadReadable,
  mergeTicket,
  splitTicket,
  recategoriseTicket,
  objectTicket,
  rateTicket,
  reopenTicket,
  resolveTicket,
  transferTicket,
  declineTicket,
  requestReview,
  changeUrgency,
  correctPlace,
} from '../../tickets';
import { listTickets, onlyReadable, presentFor, presentHistory, presentMany } from '../../tickets';
import * as S from './schemas';
import { ledgerTicketRoutes } from '../ledger/routes';
import type { Ctx } from '../context';
import type { Actor } from '../../tickets/actor';

const STAFF = ['admin', 'cadre', 'leader'];

async function present(ctx: Ctx, actor: Actor, t: Ticket) {
  const [json] = await presentMany(ctx.state.ds.manager, actor, [t]);
  return json;
}

/**
 * After a correction that routed the ticket again: the ticket, or, when the caller may no longer
 * read it (it went to another unit), only which ticket it was, what was corrected, and that it left.
 */
async function presentAfterReroute(ctx: Ctx, actor: Actor, t: Ticket, corrected: Partial<Ticket>, message: string) {
  const readable = (await onlyReadable(ctx.state.ds.manager, actor, [t])).length > 0;
  return readable ? await present(ctx, actor, t) : { id: t.id, number: t.number, ...corrected, readable: false, message };
}

export function ticketRoutes(api: Api): void {
  // Before GET /tickets/:id, which would take `export.xlsx` for an id.
  ledgerTicketRoutes(api);

  api.route(
    {
      method: 'post',
      path: '/tickets',
      summary: '提交诉求（渠道或工作人员）',
      tag: 'tickets',
      body: S.CreateTicket,
      roles: ['channel', 'admin', 'cadre', 'leader', 'villager'],
    },
    async (ctx, { body }) => {
      const actor = requireActor(ctx, 'channel', 'admin', 'cadre', 'leader', 'villager');
      if (actor.kind === 'villager' && body.contact) throw forbidden('群众提交时不能指定他人联系方式');
      const input = {
        ...body,
        channel: actor.kind === 'villager' ? body.channel : body.channel,
        petitionerId: actor.kind === 'villager' ? actor.petitionerId : undefined,
      };
      const { ticket, created } = await createTicket(ctx.state.ds, actor, input, { limiter: ctx.state.limiter });
      ctx.status = created ? 201 : 200;
      // The full view where the caller may read it; else the filing receipt (relays, cadres reporting others).
      ctx.body = await presentFor(ctx.state.ds.manager, actor, ticket);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/tickets',
      summary: '工单列表（按角色限定范围，游标分页）',
      tag: 'tickets',
      query: S.ListTickets,
      roles: ['admin', 'cadre', 'leader', 'villager'],
    },
    async (ctx, { query }) => {
      const actor = requireActor(ctx, 'admin', 'cadre', 'leader', 'villager');
      ctx.body = await listTickets(ctx.state.ds.manager, actor, query);
    },
  );

  api.route(
    { method: 'get', path: '/tickets/:id', summary: '工单详情及办理记录', tag: 'tickets', roles: ['admin', 'cadre', 'leader', 'villager'] },
    async (ctx) => {
      const actor = requireActor(ctx, 'admin', 'cadre', 'leader', 'villager');
      const m = ctx.state.ds.manager;
      const { ticket } = await loadReadable(m, actor, idParam(ctx.params.id));
      ctx.body = { ...(await present(ctx, actor, ticket)), history: await presentHistory(m, actor, ticket) };
    },
  );

  api.route({ method: 'get', path: '/tickets/:id/duplicates', summary: '疑似重复诉求（同村同类、不同人）', tag: 'tickets', roles: STAFF }, async (ctx) => {
    const actor = requireActor(ctx, 'admin', 'cadre', 'leader');
    const m = ctx.state.ds.manager;
    const { ticket } = await loadReadable(m, actor, idParam(ctx.params.id));
    ctx.body = { items: await presentMany(m, actor, await onlyReadable(m, actor, await duplicateSuggestions(m, ticket))) };
  });

  const act = <B extends { version?: number }>(
    path: string,
    summary: string,
    schema: any,
    roles: string[],
    fn: (ctx: Ctx, actor: Actor, id: number, body: B) => Promise<Ticket>,
  ) =>
    api.route({ method: 'post', path: `/tickets/:id/${path}`, summary, tag: 'tickets', body: schema, roles }, async (ctx, { body }) => {
      const actor = requireActor(ctx, ...(roles as Actor['kind'][]));
      const t = await fn(ctx, actor, idParam(ctx.params.id), body as B);
      ctx.body = await present(ctx, actor, t);
    });

  act<any>('accept', '受理', S.Accept, STAFF, (ctx, a, id, b) => acceptTicket(ctx.state.ds, a, id, { note: b.note }, { version: b.version }));
  act<any>('notes', '添加办理记录（public=true 为对群众的答复）', S.Note, STAFF, (ctx, a, id, b) =>
    addNote(ctx.state.ds, a, id, { text: b.text, public: b.public }, { version: b.version }),
  );
  act<any>('transfer', '转办', S.Transfer, STAFF, (ctx, a, id, b) =>
    transferTicket(ctx.state.ds, a, id, { unitId: b.unitId, reason: b.reason }, { version: b.version }),
  );
  act<any>('object', '承办单位提出异议（交办后 5 个工作日内）', S.ObjectTo, STAFF, (ctx, a, id, b) =>
    objectTicket(ctx.state.ds, a, id, { reason: b.reason }, { version: b.version }),
  );
  act<any>('objection', '裁定异议', S.DecideObjection, ['admin', 'leader'], (ctx, a, id, b) =>
    decideObjection(ctx.state.ds, a, id, { accept: b.accept, unitId: b.unitId, reason: b.reason }, { version: b.version }),
  );
  act<any>('resolve', '办结', S.Resolve, STAFF, (ctx, a, id, b) =>
    resolveTicket(ctx.state.ds, a, id, { text: b.text, attachmentIds: b.attachmentIds }, { version: b.version }),
  );
  act<any>('reopen', '重新办理', S.Reopen, ['admin', 'villager'], (ctx, a, id, b) =>
    reopenTicket(ctx.state.ds, a, id, { reason: b.reason }, { version: b.version }),
  );
  act<any>('rate', '回访评价：是否及时联系、是否解决、是否满意', S.Rate, ['admin', 'villager'], (ctx, a, id, b) =>
    rateTicket(
      ctx.state.ds,
      a,
      id,
      { contactedInTime: b.contactedInTime, solved: b.solved, satisfied: b.satisfied, comment: b.comment },
      { version: b.version },
    ),
  );
  act<any>('close', '销号', S.Close, ['admin'], (ctx, a, id, b) => closeTicket(ctx.state.ds, a, id, { reason: b.reason }, { version: b.version }));
  act<any>('merge', '合并重复诉求', S.Merge, STAFF, (ctx, a, id, b) => mergeTicket(ctx.state.ds, a, id, { intoId: b.intoId }, { version: b.version }));
  act<any>('split', '拆分（取消合并，单独办理）', S.Split, STAFF, (ctx, a, id, b) =>
    splitTicket(ctx.state.ds, a, id, { reason: b.reason }, { version: b.version }),
  );
  // A correction to misconduct takes the ticket away from the caller's unit at once: then the
  // answer says so and shows nothing more of it.
  api.route(
    {
      method: 'post',
      path: '/tickets/:id/recategorise',
      summary: '更正诉求类别（按规则重新交办；改为干部作风时立即转纪委监委）',
      tag: 'tickets',
      body: S.Recategorise,
      roles: STAFF,
    },
    async (ctx, { body }) => {
      const actor = requireActor(ctx, 'admin', 'cadre', 'leader');
      const id = idParam(ctx.params.id);
      const t = await recategoriseTicket(ctx.state.ds, actor, id, { category: body.category, reason: body.reason }, { version: body.version });
      ctx.body = await presentAfterReroute(ctx, actor, t, { category: t.category }, '已按更正后的类别转交办理，您所在单位不再经办此工单');
    },
  );
  act<any>('decline', '不予受理（受理前、15 日告知期限内；书面告知信访人应走的法定途径）', S.Decline, STAFF, (ctx, a, id, b) =>
    declineTicket(ctx.state.ds, a, id, { reason: b.reason, text: b.text }, { version: b.version }),
  );
  act<any>('urgency', '调整紧急程度（重新计算服务时限；改为紧急时立即通知承办单位和乡镇长）', S.ChangeUrgency, STAFF, (ctx, a, id, b) =>
    changeUrgency(ctx.state.ds, a, id, { urgency: b.urgency, reason: b.reason }, { version: b.version }),
  );
  // A corrected place may route the ticket to another unit: the caller may then no longer read it.
  api.route(
    {
      method: 'post',
      path: '/tickets/:id/place',
      summary: '更正地点（本县内的村；按规则重新交办，责任单位变化时转至新单位）',
      tag: 'tickets',
      body: S.CorrectPlace,
      roles: STAFF,
    },
    async (ctx, { body }) => {
      const actor = requireActor(ctx, 'admin', 'cadre', 'leader');
      const id = idParam(ctx.params.id);
      const t = await correctPlace(
        ctx.state.ds,
        actor,
        id,
        { villageCode: body.villageCode, place: body.place, reason: body.reason },
        { version: body.version },
      );
      ctx.body = await presentAfterReroute(ctx, actor, t, { villageCode: t.villageCode }, '已按更正后的地点转交办理，您所在单位不再经办此工单');
    },
  );
  // Answers with the new 复查/复核 ticket (201): the petitioner follows it from now on.
  api.route(
    {
      method: 'post',
      path: '/tickets/:id/review',
      summary: '申请复查（对答复不服，30 日内）或复核（对复查意见不服，30 日内）',
      tag: 'tickets',
      body: S.RequestReview,
      roles: ['admin', 'villager'],
    },
    async (ctx, { body }) => {
      const actor = requireActor(ctx, 'admin', 'villager');
      const t = await requestReview(ctx.state.ds, actor, idParam(ctx.params.id), { reason: body.reason }, { version: body.version });
      ctx.status = 201;
      ctx.body = await present(ctx, actor, t);
    },
  );
}
