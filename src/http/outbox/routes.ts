import { z } from 'zod';
import { OUTBOX_CHANNELS, OUTBOX_STATUSES } from '../../vocabulary';
import type { Mount } from '../app';
import { requireAdmin } from '../auth';
import { idParam } from '../validate';
import { conflict, notFound } from '../../errors';
import { Brackets, EntityManager, Like, SelectQueryBuilder } from 'typeorm';
import { ChatTarget } from '../../entities/ChatTarget';
import { OutboxMessage, OutboxStatus } from '../../entities/OutboxMessage';
import { Staff } from '../../entities/Staff';
import { Ticket } from '../../entities/Ticket';
import { Unit } from '../../entities/Unit';
import type { Actor } from '../../tickets/actor';
import { scopeQuery } from '../../tickets/queries';
import { retryMessage } from '../../outbox/store';
import { nudge } from '../../outbox/nudge';

const STATUSES = OUTBOX_STATUSES;

export const ListOutbox = z.strictObject({
  status: z.enum(STATUSES).optional(),
  channel: z.enum(OUTBOX_CHANNELS).optional(),
  ticketId: z.coerce.number().int().positive().optional(),
  cursor: z
    .string()
    .regex(/^\d{1,10}$/, 'cursor 无效')
    .transform(Number)
    .optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** Phone numbers and WeChat ids are shown masked: enough to tell messages apart, not to copy. */
export function maskTarget(channel: string, target: string): string {
  if (channel === 'sms') return target.length > 7 ? `${target.slice(0, 3)}****${target.slice(-4)}` : '****';
  if (channel === 'wechat_contact' || channel === 'mp_subscribe') return target.length > 8 ? `${target.slice(0, 4)}…${target.slice(-3)}` : '…';
  return target;
}

export function presentOutbox(o: OutboxMessage) {
  const text = typeof o.payload?.text === 'string' ? o.payload.text : typeof o.payload?.markdown === 'string' ? o.payload.markdown : null;
  return {
    id: o.id,
    channel: o.channel,
    kind: o.kind,
    target: maskTarget(o.channel, o.target),
    account: o.account,
    status: o.status,
    attempts: o.attempts,
    nextAttemptAt: o.status === 'pending' ? o.nextAttemptAt : null,
    lastError: o.lastError,
    ticketId: o.ticketId,
    // A digest has no ticket of its own, so no ticket's scope: it is listed by its count only.
    // Each notice in it stays listed under its own ticket, for whoever may read that ticket.
    preview: o.kind === 'notice_digest' ? `（${Number(o.payload?.count ?? 0)} 条通知的汇总，内容见各工单的消息）` : text ? text.slice(0, 120) : null,
    createdAt: o.createdAt,
    sentAt: o.sentAt,
  };
}

/**
 * The rows a county admin may see: a ticket's messages when it may read the ticket (its county,
 * never one accusing its own unit), and messages without a ticket to its county's bound groups and
 * WeCom robots or to its county's staff. Messages to villagers without a ticket (chat replies)
 * are the system-wide admin's. Returns a function that narrows a query on alias `o`.
 */
async function outboxScope(
  m: EntityManager,
  actor: Actor,
  area: string,
): Promise<(qb: SelectQueryBuilder<OutboxMessage>) => SelectQueryBuilder<OutboxMessage>> {
  const tickets = scopeQuery(m.createQueryBuilder(Ticket, 't').select('t.id'), actor);
  // System-wide: everything but the messages of tickets it may not read (its own unit accused).
  if (area === '') return (qb) => qb.andWhere(`(o.ticketId IS NULL OR o.ticketId IN (${tickets.getQuery()}))`, tickets.getParameters());
  const targets = (await m.find(ChatTarget, { select: { id: true }, where: { jurisdictionCode: Like(`${area}%`) } })).map((t) => String(t.id));
  const units = (await m.find(Unit, { select: { id: true }, where: { jurisdictionCode: Like(`${area}%`) } })).map((u) => u.id);
  const staff = await m
    .createQueryBuilder(Staff, 's')
    .select('s.id', 'id')
    .where('s.jurisdictionCode LIKE :obArea', { obArea: `${area}%` })
    .orWhere(units.length ? 's.jurisdictionCode IS NULL AND s.unitId IN (:...obUnits)' : '1 = 0', { obUnits: units })
    .getRawMany<{ id: number }>();
  // A sentinel keeps `IN (…)` valid when the county has none.
  const staffIds = staff.length ? staff.map((s) => String(s.id)) : ['-'];
  const targetIds = targets.length ? targets : ['-'];
  return (qb) =>
    qb.andWhere(
      new Brackets((w) => {
        w.where(`o.ticketId IN (${tickets.getQuery()})`, tickets.getParameters())
          .orWhere("(o.ticketId IS NULL AND o.channel IN ('wechat_room', 'wecom') AND o.target IN (:...obTargets))", { obTargets: targetIds })
          .orWhere("(o.ticketId IS NULL AND o.channel = 'staff' AND o.target IN (:...obStaff))", { obStaff: staffIds });
      }),
    );
}

/**
 * Admin view of delivery: what is waiting, what died and why; retry a dead message. A county
 * admin sees and retries its county's messages only; another county's answer 404.
 */
export const outboxRoutes: Mount = ({ v1 }) => {
  v1.route(
    { method: 'get', path: '/outbox', summary: '外发消息队列（失败原因 lastError，按状态/渠道筛选）', tag: 'outbox', query: ListOutbox, roles: ['admin'] },
    async (ctx, { query }) => {
      const { actor, area } = requireAdmin(ctx);
      const m = ctx.state.ds.manager;
      const scope = await outboxScope(m, actor, area);
      const qb = scope(m.createQueryBuilder(OutboxMessage, 'o'))
        .orderBy('o.id', 'DESC')
        .take(query.limit + 1);
      if (query.status) qb.andWhere('o.status = :status', { status: query.status });
      if (query.channel) qb.andWhere('o.channel = :channel', { channel: query.channel });
      if (query.ticketId) qb.andWhere('o.ticketId = :ticketId', { ticketId: query.ticketId });
      if (query.cursor) qb.andWhere('o.id < :cursor', { cursor: query.cursor });
      const rows = await qb.getMany();
      const more = rows.length > query.limit;
      const items = rows.slice(0, query.limit);
      const counts = await scope(m.createQueryBuilder(OutboxMessage, 'o'))
        .select('o.status', 'status')
        .addSelect('COUNT(*)', 'n')
        .groupBy('o.status')
        .getRawMany();
      const byStatus = Object.fromEntries(OUTBOX_STATUSES.map((s) => [s, 0])) as Record<OutboxStatus, number>;
      for (const c of counts) byStatus[c.status as OutboxStatus] = Number(c.n);
      ctx.body = { items: items.map(presentOutbox), nextCursor: more ? String(items[items.length - 1].id) : null, counts: byStatus };
    },
  );

  v1.route({ method: 'post', path: '/outbox/:id/retry', summary: '重新发送失败的消息（重置尝试次数）', tag: 'outbox', roles: ['admin'] }, async (ctx) => {
    const { actor, area } = requireAdmin(ctx);
    const id = idParam(ctx.params.id);
    const m = ctx.state.ds.manager;
    const scope = await outboxScope(m, actor, area);
    if (!(await scope(m.createQueryBuilder(OutboxMessage, 'o')).andWhere('o.id = :obId', { obId: id }).getOne())) throw notFound('消息');
    const row = await retryMessage(ctx.state.ds, id, new Date());
    if (!row) {
      const existing = await m.findOne(OutboxMessage, { where: { id } });
      if (!existing) throw notFound('消息');
      throw conflict(existing.status === 'sent' ? '该消息已发送，无需重发' : '该消息正在发送中', existing.status === 'sent' ? 'already_sent' : 'in_flight');
    }
    nudge();
    ctx.body = presentOutbox(row);
  });
};
