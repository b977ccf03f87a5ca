import { EntityManager, In } from 'typeorm';
import { EscalationStep } from '../entities/EscalationStep';
import { Ticket } from '../entities/Ticket';
import { TicketUnit } from '../entities/TicketUnit';
import { OPEN_STATUSES } from '../vocabulary';
import { CLOCK_NAMES, stepName } from '../escalation/ladder';
import type { Actor } from './actor';
import { leaderStaff } from './commands/leaders';
import { canRead } from './policies';
import { presentMany } from './presenters/many';

export interface InboxQuery {
  /** Only escalations whose ticket is still open (default true). */
  open?: boolean;
  cursor?: number;
  limit: number;
}

/**
 * What the ladder sent to this leader, newest first, with the tickets as the leader may see them.
 * A page holds only readable rows and its cursor says more exist only when a readable one follows:
 * a short page with a cursor, or an empty one, would tell the leader that something was hidden
 * (a ticket re-filed as a report after it reached them).
 */
export async function leaderInbox(m: EntityManager, actor: Actor, q: InboxQuery, now = new Date()) {
  const me = leaderStaff(actor);
  const kept: { step: EscalationStep; ticket: Ticket }[] = [];
  let cursor = q.cursor;
  for (;;) {
    const rows = await stepsBefore(m, me.id, q.open !== false, cursor, q.limit + 1);
    kept.push(...(await readableSteps(m, actor, rows)));
    if (kept.length > q.limit || rows.length <= q.limit) break;
    cursor = rows[rows.length - 1].id;
  }
  const page = kept.slice(0, q.limit);
  const presented = new Map((await presentMany(m, actor, [...new Map(page.map((k) => [k.ticket.id, k.ticket])).values()], now)).map((p: any) => [p.id, p]));
  const items = page.map(({ step: s, ticket }) => ({
    id: s.id,
    clock: s.clock,
    clockName: CLOCK_NAMES[s.clock] ?? s.clock,
    step: s.step,
    stepName: stepName(s.step, ticket.countyCode ?? null),
    level: s.level,
    dueAt: s.dueAt.toISOString(),
    firedAt: s.firedAt.toISOString(),
    ticket: presented.get(ticket.id),
  }));
  return { items, nextCursor: kept.length > q.limit ? String(page[page.length - 1].step.id) : null };
}

function stepsBefore(m: EntityManager, staffId: number, openOnly: boolean, cursor: number | undefined, take: number) {
  const qb = m.createQueryBuilder(EscalationStep, 's').where('s.recipientStaffId = :me', { me: staffId });
  if (openOnly) qb.innerJoin(Ticket, 't', 't.id = s.ticketId').andWhere('t.status IN (:...open)', { open: OPEN_STATUSES });
  if (cursor) qb.andWhere('s.id < :cursor', { cursor });
  return qb.orderBy('s.id', 'DESC').limit(take).getMany();
}

/** The steps whose ticket the leader may read now (the ladder only reaches readers, but a ticket can leave them later). */
async function readableSteps(m: EntityManager, actor: Actor, steps: EscalationStep[]) {
  const ids = [...new Set(steps.map((s) => s.ticketId))];
  if (!ids.length) return [];
  const tickets = await m.find(Ticket, { where: { id: In(ids) } });
  const co = await m.find(TicketUnit, { where: { ticketId: In(ids) } });
  const readable = new Map(
    tickets
      .filter((t) => canRead(actor, { ticket: t, units: [t.handlingUnitId, ...co.filter((c) => c.ticketId === t.id).map((c) => c.unitId)] }))
      .map((t) => [t.id, t]),
  );
  return steps.filter((s) => readable.has(s.ticketId)).map((step) => ({ step, ticket: readable.get(step.ticketId)! }));
}
