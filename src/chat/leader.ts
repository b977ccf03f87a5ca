import { DataSource } from 'typeorm';
import { inTransaction } from '../db/tx';
import { Ticket } from '../entities/Ticket';
import { Unit } from '../entities/Unit';
import { conflict, forbidden, notFound } from '../errors';
import { addWorkingDays } from '../clocks/calendar';
import { formatShanghai } from '../clocks/time';
import { notifyStaff } from '../outbox/enqueue';
import { addEvent, loadScope } from '../tickets/service';
import { canLead, canRead } from '../tickets/policies';
import { OPEN_STATUSES } from '../entities/Ticket';
import type { Actor } from '../tickets/actor';

/**
 * Leader actions from chat (包案, 挂牌督办), thin: an event and a notice each. The escalation
 * feature owns the full versions (inbox, extensions); the integrator can point these at them.
 */
async function change(ds: DataSource, actor: Actor, id: number, fn: (t: Ticket, now: Date) => Promise<Partial<Ticket>>, after: (t: Ticket, m: any, now: Date) => Promise<void>, now: Date): Promise<Ticket> {
  return inTransaction(ds, async ({ manager: m }) => {
    const { ticket, scope } = await loadScope(m, id);
    if (!canRead(actor, scope)) throw notFound('工单');
    if (!canLead(actor, scope)) throw forbidden('只有领导可以包案或督办');
    if (!OPEN_STATUSES.includes(ticket.status)) throw conflict('工单已办结，不能包案或督办', 'invalid_transition');
    const patch = await fn(ticket, now);
    const res = await m
      .createQueryBuilder()
      .update(Ticket)
      .set({ ...patch, updatedAt: now, version: ticket.version + 1 } as any)
      .where('id = :id AND version = :version', { id: ticket.id, version: ticket.version })
      .execute();
    if (!res.affected) throw conflict('工单已被他人修改，请重试', 'stale');
    const saved = { ...ticket, ...patch, updatedAt: now, version: ticket.version + 1 } as Ticket;
    await after(saved, m, now);
    return saved;
  });
}

/** 包案: the leader becomes the ticket's owner of record. */
export async function takeCharge(ds: DataSource, actor: Actor, id: number, now = new Date()): Promise<Ticket> {
  const staffId = actor.kind === 'leader' || actor.kind === 'admin' ? actor.staff?.id ?? null : null;
  return change(
    ds,
    actor,
    id,
    async (t) => {
      if (t.ownerLeaderId === staffId) throw conflict('您已包案该工单', 'already_owned');
      return { ownerLeaderId: staffId };
    },
    async (t, m, at) => {
      await addEvent(m, t, actor, 'owned', 'internal', { leaderId: staffId, via: 'chat' }, at);
      const unit = await m.findOne(Unit, { where: { id: t.handlingUnitId } });
      if (unit?.headStaffId && unit.headStaffId !== staffId) {
        await notifyStaff(m, unit.headStaffId, 'ticket_owned', `工单 ${t.number} 已由领导包案，请抓紧办理并及时报告进展。`, t.id, at, `owned:${t.id}:${staffId}`);
      }
    },
    now,
  );
}

/** 挂牌督办: listed supervision, optionally with a new deadline in working days. */
export async function superviseTicket(ds: DataSource, actor: Actor, id: number, input: { days: number | null; note?: string }, now = new Date()): Promise<Ticket> {
  return change(
    ds,
    actor,
    id,
    async () => {
      const patch: Partial<Ticket> = { supervised: true };
      if (input.days) patch.resolutionDueAt = addWorkingDays(now, input.days);
      return patch;
    },
    async (t, m, at) => {
      await addEvent(m, t, actor, 'supervised', 'internal', { days: input.days, dueAt: input.days ? t.resolutionDueAt.toISOString() : null, note: input.note ?? null, via: 'chat' }, at);
      const unit = await m.findOne(Unit, { where: { id: t.handlingUnitId } });
      const to = t.assigneeId ?? unit?.headStaffId;
      const due = input.days ? `，限 ${formatShanghai(t.resolutionDueAt)} 前办结` : '';
      if (to) await notifyStaff(m, to, 'ticket_supervised', `工单 ${t.number} 已被挂牌督办${due}。${input.note ? input.note.slice(0, 60) : ''}`, t.id, at, `supervised:${t.id}:${t.version}`);
    },
    now,
  );
}
