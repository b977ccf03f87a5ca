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

/** What the ladder sent to this leader, newest first, with the tickets as the leader may see them. */
export async function leaderInbox(m: EntityManager, actor: Actor, q: InboxQuery, now = new Date()) {
  const me = leaderStaff(actor);
  const qb = m.createQueryBuilder(EscalationStep, 's').where('s.recipientStaffId = :me', { me: me.id });
  if (q.open !== false) qb.innerJoin(Ticket, 't', 't.id = s.ticketId').andWhere('t.status IN (:...open)', { open: OPEN_STATUSES });
  if (q.cursor) qb.andWhere('s.id < :cursor', { cursor: q.cursor });
  const rows = await qb
    .orderBy('s.id', 'DESC')
    .limit(q.limit + 1)
    .getMany();
  const page = rows.slice(0, q.limit);
  const ticketIds = [...new Set(page.map((s) => s.ticketId))];
  const tickets = ticketIds.length ? await m.find(Ticket, { where: { id: In(ticketIds) } }) : [];
  const co = ticketIds.length ? await m.find(TicketUnit, { where: { ticketId: In(ticketIds) } }) : [];
  // The ladder only reaches people who may read the ticket, but scoping is checked here too.
  const readable = tickets.filter((t) =>
    canRead(actor, { ticket: t, units: [t.handlingUnitId, ...co.filter((c) => c.ticketId === t.id).map((c) => c.unitId)] }),
  );
  const presented = new Map((await presentMany(m, actor, readable, now)).map((p: any) => [p.id, p]));
  const items = page
    .filter((s) => presented.has(s.ticketId))
    .map((s) => ({
      id: s.id,
      clock: s.clock,
      clockName: CLOCK_NAMES[s.clock] ?? s.clock,
      step: s.step,
      stepName: stepName(s.step, tickets.find((t) => t.id === s.ticketId)?.countyCode ?? null),
      level: s.level,
      dueAt: s.dueAt.toISOString(),
      firedAt: s.firedAt.toISOString(),
      ticket: presented.get(s.ticketId),
    }));
  return { items, nextCursor: rows.length > q.limit ? String(page[page.length - 1].id) : null };
}
