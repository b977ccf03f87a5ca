import { DataSource, EntityManager, In } from 'typeorm';
import { inTransaction } from '../db/tx';
import { EscalationStep } from '../entities/EscalationStep';
import { OPEN_STATUSES, Ticket } from '../entities/Ticket';
import { TicketUnit } from '../entities/TicketUnit';
import { Unit } from '../entities/Unit';
import { Petitioner } from '../entities/Petitioner';
import type { Staff } from '../entities/Staff';
import { badRequest, conflict, forbidden, notFound } from '../errors';
import { extendLegalResolution, LEGAL_MAX_EXTENSION_DAYS } from '../clocks/deadlines';
import { dayIndexStart, shanghaiDayIndex, shanghaiYmd } from '../clocks/time';
import { exec } from '../db/sql';
import { notifyPetitioner, notifyStaff } from '../outbox/enqueue';
import { Actor } from '../tickets/actor';
import { canLead, canRead } from '../tickets/policies';
import { presentMany } from '../tickets/queries';
import { addEvent, loadScope } from '../tickets/service';
import { CLOCK_NAMES, STEP_NAMES } from './ladder';

/** Leaders' actions on escalated tickets: 包案, 挂牌督办, approving the legal extension. */

export const MAX_SUPERVISION_DAYS = 90;

interface Opts {
  version?: number;
  now?: Date;
}

function leaderStaff(a: Actor): Staff {
  if ((a.kind === 'leader' || a.kind === 'admin') && a.staff) return a.staff;
  throw forbidden('只有领导（或有人员身份的管理员）可以执行此操作');
}

/** Same contract as the ticket service: not found when unreadable, 403 when not a leader of it. */
async function loadForLeader(m: EntityManager, actor: Actor, id: number, opts: Opts): Promise<Ticket> {
  const { ticket, scope } = await loadScope(m, id);
  if (!canRead(actor, scope)) throw notFound('工单');
  if (!canLead(actor, scope)) throw forbidden('无权对该工单执行此操作');
  if (opts.version !== undefined && opts.version !== ticket.version) throw conflict('工单已被他人修改，请刷新后重试', 'stale');
  if (!OPEN_STATUSES.includes(ticket.status)) throw conflict('工单已办结或销号，不能执行此操作', 'invalid_transition');
  return ticket;
}

async function save(m: EntityManager, t: Ticket, patch: Partial<Ticket>, now: Date, clocksChanged: boolean): Promise<Ticket> {
  const res = await m
    .createQueryBuilder()
    .update(Ticket)
    .set({ ...patch, updatedAt: now, version: t.version + 1 } as any)
    .where('id = :id AND version = :version', { id: t.id, version: t.version })
    .execute();
  if (!res.affected) throw conflict('工单已被他人修改，请刷新后重试', 'stale');
  // A new deadline means a new ladder: let the next sweep compute it.
  if (clocksChanged) await exec(m, 'UPDATE ticket SET nextEscalationAt = NULL WHERE id = :id', { id: t.id });
  return { ...t, ...patch, updatedAt: now, version: t.version + 1 } as Ticket;
}

/** The handling unit's head and the assignee: who must hear about a leader's instruction. */
async function unitRecipients(m: EntityManager, t: Ticket): Promise<number[]> {
  const unit = await m.findOne(Unit, { where: { id: t.handlingUnitId } });
  return [...new Set([unit?.headStaffId, t.assigneeId].filter((x): x is number => typeof x === 'number'))];
}

const who = (s: Staff) => `${s.title ?? ''}${s.name}`;
/** Day deadlines are 24:00 instants (00:00 of the next day): name the last day. */
const endOfDayText = (due: Date) => `${shanghaiYmd(new Date(due.getTime() - 1))} 24:00`;

export function takeCharge(ds: DataSource, actor: Actor, id: number, input: { note?: string }, opts: Opts = {}): Promise<Ticket> {
  return inTransaction(ds, async ({ manager: m }) => {
    const now = opts.now ?? new Date();
    const me = leaderStaff(actor);
    const t = await loadForLeader(m, actor, id, opts);
    if (t.ownerLeaderId === me.id) return t;
    if (t.ownerLeaderId !== null && actor.kind !== 'admin') throw conflict('该工单已由其他领导包案', 'already_owned');
    const saved = await save(m, t, { ownerLeaderId: me.id }, now, false);
    await addEvent(m, saved, actor, 'leader_took_charge', 'internal', { leaderId: me.id, leaderName: me.name, title: me.title, previousLeaderId: t.ownerLeaderId, note: input.note ?? null }, now);
    for (const to of await unitRecipients(m, t)) {
      await notifyStaff(m, to, 'leader_took_charge', `【领导包案】工单 ${t.number} 已由${who(me)}包案，请及时向其汇报办理进展。${input.note ? `批示：${input.note.slice(0, 80)}` : ''}`, t.id, now, `owner:${t.id}:${me.id}:${to}`);
    }
    return saved;
  });
}

/** 挂牌督办: a new resolution deadline at 24:00 of the `days`-th day from today, and a fresh ladder. */
export function superviseTicket(ds: DataSource, actor: Actor, id: number, input: { days: number; reason: string }, opts: Opts = {}): Promise<Ticket> {
  return inTransaction(ds, async ({ manager: m }) => {
    const now = opts.now ?? new Date();
    const me = leaderStaff(actor);
    if (!Number.isInteger(input.days) || input.days < 1 || input.days > MAX_SUPERVISION_DAYS) throw badRequest(`督办期限应为 1–${MAX_SUPERVISION_DAYS} 天`, 'days');
    const t = await loadForLeader(m, actor, id, opts);
    const due = dayIndexStart(shanghaiDayIndex(now) + input.days + 1);
    const saved = await save(m, t, { supervised: true, resolutionDueAt: due }, now, true);
    await addEvent(m, saved, actor, 'supervised', 'internal', { leaderId: me.id, leaderName: me.name, title: me.title, days: input.days, previousDueAt: t.resolutionDueAt.toISOString(), dueAt: due.toISOString(), reason: input.reason }, now);
    for (const to of await unitRecipients(m, t)) {
      await notifyStaff(m, to, 'supervised', `【挂牌督办】工单 ${t.number} 已由${who(me)}挂牌督办，限 ${endOfDayText(due)} 前办结并反馈。督办意见：${input.reason.slice(0, 80)}`, t.id, now, `supervised:${t.id}:${saved.version}:${to}`);
    }
    return saved;
  });
}

/** The one extension of the 60-day legal clock the regulation allows (≤ 30 days, with reasons told to the petitioner). */
export function approveExtension(ds: DataSource, actor: Actor, id: number, input: { days: number; reason: string }, opts: Opts = {}): Promise<Ticket> {
  return inTransaction(ds, async ({ manager: m }) => {
    const now = opts.now ?? new Date();
    const me = leaderStaff(actor);
    if (!Number.isInteger(input.days) || input.days < 1 || input.days > LEGAL_MAX_EXTENSION_DAYS) throw badRequest(`延期天数应为 1–${LEGAL_MAX_EXTENSION_DAYS} 天`, 'days');
    const t = await loadForLeader(m, actor, id, opts);
    if (!t.legalResolutionDueAt) throw conflict('工单尚未受理，没有可延长的办理期限', 'not_accepted');
    if (t.extensionDays > 0) throw conflict('办理期限只能延长一次，已经延长过', 'already_extended');
    const due = extendLegalResolution(t.legalResolutionDueAt, input.days);
    const saved = await save(m, t, { legalResolutionDueAt: due, extensionDays: input.days }, now, true);
    await addEvent(m, saved, actor, 'extension_approved', 'public', { days: input.days, previousDueAt: t.legalResolutionDueAt.toISOString(), legalResolutionDueAt: due.toISOString(), reason: input.reason, approvedBy: me.id }, now);
    const dueText = endOfDayText(due);
    const petitioner = t.petitionerId ? await m.findOne(Petitioner, { where: { id: t.petitionerId } }) : null;
    await notifyPetitioner(m, saved, petitioner, 'extension', `【村声】您反映的问题（工单 ${t.number}）经批准延期 ${input.days} 日办理，理由：${input.reason.slice(0, 60)}。新的办理期限为 ${dueText}。`, now, `extension:${t.id}`);
    for (const to of await unitRecipients(m, t)) {
      await notifyStaff(m, to, 'extension', `工单 ${t.number} 的信访办理期限经${who(me)}批准延长 ${input.days} 日，至 ${dueText}。`, t.id, now, `extension:${t.id}:${to}`);
    }
    return saved;
  });
}

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
  const rows = await qb.orderBy('s.id', 'DESC').limit(q.limit + 1).getMany();
  const page = rows.slice(0, q.limit);
  const ticketIds = [...new Set(page.map((s) => s.ticketId))];
  const tickets = ticketIds.length ? await m.find(Ticket, { where: { id: In(ticketIds) } }) : [];
  const co = ticketIds.length ? await m.find(TicketUnit, { where: { ticketId: In(ticketIds) } }) : [];
  // The ladder only reaches people who may read the ticket, but scoping is checked here too.
  const readable = tickets.filter((t) => canRead(actor, { ticket: t, units: [t.handlingUnitId, ...co.filter((c) => c.ticketId === t.id).map((c) => c.unitId)] }));
  const presented = new Map((await presentMany(m, actor, readable, now)).map((p: any) => [p.id, p]));
  const items = page
    .filter((s) => presented.has(s.ticketId))
    .map((s) => ({
      id: s.id,
      clock: s.clock,
      clockName: CLOCK_NAMES[s.clock] ?? s.clock,
      step: s.step,
      stepName: STEP_NAMES[s.step] ?? s.step,
      level: s.level,
      dueAt: s.dueAt.toISOString(),
      firedAt: s.firedAt.toISOString(),
      ticket: presented.get(s.ticketId),
    }));
  return { items, nextCursor: rows.length > q.limit ? String(page[page.length - 1].id) : null };
}
