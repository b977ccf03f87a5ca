import { Brackets, EntityManager, In } from 'typeorm';
import { Ticket, OPEN_STATUSES } from '../../entities/Ticket';
import { TicketUnit } from '../../entities/TicketUnit';
import { Unit } from '../../entities/Unit';
import { loadScope } from '../../tickets';
import { canRead } from '../../tickets';
import { scopeQuery, withoutConfidential } from '../../tickets';
import type { Actor } from '../../tickets';
import { presentHistory } from '../../tickets';
import type { TicketRef } from './parse';
import { quotedNumbers, refText } from './parse';
import { T } from './texts';
import type { PlaceIndex } from '../../gazetteer/resolver';

export type Found = { ticket: Ticket } | { reply: string };

/**
 * Finds the ticket a chat message means. A full number is looked up directly; "#0007" only
 * among the tickets the sender works on or reported, and only if exactly one matches.
 */
export async function findTicket(m: EntityManager, actor: Actor, ref: TicketRef): Promise<Found> {
  let candidates: Ticket[];
  if ('full' in ref) {
    const t = await m.findOne(Ticket, { where: { number: ref.full } });
    candidates = t ? [t] : [];
  } else {
    const q = m.createQueryBuilder(Ticket, 't').where('t.number LIKE :tail', { tail: `%-${ref.tail}` });
    if (actor.kind === 'villager') q.andWhere('t.petitionerId = :p', { p: actor.petitionerId });
    else if (actor.kind === 'cadre' || actor.kind === 'leader') {
      const s = actor.staff;
      const co = s.unitId ? (await m.find(TicketUnit, { where: { unitId: s.unitId }, select: { ticketId: true }, take: 5000 })).map((r) => r.ticketId) : [];
      q.andWhere(
        new Brackets((w) => {
          w.where('t.assigneeId = :sid OR t.ownerLeaderId = :sid', { sid: s.id });
          if (s.unitId) w.orWhere('t.handlingUnitId = :uid', { uid: s.unitId });
          if (co.length) w.orWhere('t.id IN (:...co)', { co });
          if (actor.kind === 'leader' && s.jurisdictionCode)
            w.orWhere('t.countyCode LIKE :area OR t.villageCode LIKE :area', { area: `${s.jurisdictionCode.slice(0, 6)}%` });
        }),
      );
    }
    candidates = await q.orderBy('t.id', 'DESC').take(20).getMany();
  }
  const readable: Ticket[] = [];
  for (const t of candidates) {
    const { scope } = await loadScope(m, t.id);
    if (canRead(actor, scope)) readable.push(t);
  }
  if (!readable.length) return { reply: T.ticketNotFound(refText(ref)) };
  if (readable.length > 1) return { reply: T.ticketAmbiguous(readable.slice(0, 5).map((t) => t.number)) };
  return { ticket: readable[0] };
}

/**
 * The sender's own ticket a message quotes by its full number ("J0001 怎么还没消息", "查询 …"):
 * they are asking after it, not raising a new matter. Filed, the new ticket would carry the
 * number, next to the sender's contact, to whoever handles the new one: for a report, possibly
 * the accused. Only the sender's own tickets count; anyone else's number files as any text.
 */
export async function ownQuotedTicket(m: EntityManager, petitionerIds: number[], text: string): Promise<Ticket | null> {
  const numbers = quotedNumbers(text);
  if (!numbers.length || !petitionerIds.length) return null;
  return m.findOne(Ticket, { where: { number: In(numbers.slice(0, 10)), petitionerId: In(petitionerIds) }, order: { id: 'DESC' } });
}

/**
 * "您的工单：…" — a petitioner's five latest tickets with their places, the answer to "查询" in chat
 * and to "我上次举报的事怎么样了" in chat or by SMS; null when they have none.
 */
export async function latestTicketsText(m: EntityManager, petitionerIds: number[], now: Date, index: PlaceIndex | null): Promise<string | null> {
  if (!petitionerIds.length) return null;
  const [items, total] = await m.findAndCount(Ticket, { where: { petitionerId: In(petitionerIds) }, order: { id: 'DESC' }, take: 5 });
  if (!items.length) return null;
  return T.myTickets(
    items.map((t) => T.ticketLine(t, now, villageLabel(index, t.villageCode))),
    Number(total) - items.length,
  );
}

export async function unitName(m: EntityManager, id: number): Promise<string> {
  return (await m.findOne(Unit, { where: { id } }))?.name ?? '承办单位';
}

/** The latest step this reader may see, in a few words, for a status reply (the ticket's own history presenter decides what and how). */
export async function lastStep(m: EntityManager, actor: Actor, t: Ticket): Promise<string | null> {
  const history = await presentHistory(m, actor, t);
  const e = history[history.length - 1];
  if (!e) return null;
  const text = typeof e.data?.text === 'string' ? e.data.text : typeof e.data?.reason === 'string' ? e.data.reason : null;
  const names: Record<string, string> = {
    created: '已登记',
    assigned: '已交办',
    accepted: '已受理',
    reply: '办理进展',
    note: '内部备注',
    transferred: '已转办',
    resolved: '已办结',
    reopened: '已重新交办',
    rated: '已回访',
    closed: '已销号',
    objected: '承办单位提出异议',
    leader_took_charge: '领导包案',
    supervised: '挂牌督办',
    extension_approved: '延期办理',
  };
  const label = names[e.type] ?? e.type;
  return text ? `${label}：${text.slice(0, 60)}` : label;
}

export function villageLabel(index: PlaceIndex | null, code: string | null): string | null {
  if (!index || !code) return null;
  return index.lookup(code)?.name ?? null;
}

/** Open tickets a member of staff should work on, soonest deadline first. */
export async function todoFor(m: EntityManager, actor: Actor, limit: number, opts: { inGroup?: boolean } = {}): Promise<{ items: Ticket[]; total: number }> {
  if (actor.kind !== 'cadre' && actor.kind !== 'leader' && actor.kind !== 'admin') return { items: [], total: 0 };
  const s = actor.staff;
  if (!s) return { items: [], total: 0 };
  const q = m
    .createQueryBuilder(Ticket, 't')
    .where({ status: In(OPEN_STATUSES) })
    .andWhere(
      new Brackets((w) => {
        w.where('t.assigneeId = :sid OR t.ownerLeaderId = :sid', { sid: s.id });
        // Unassigned tickets of the unit are everybody's there.
        if (s.unitId) w.orWhere('(t.handlingUnitId = :uid AND t.assigneeId IS NULL)', { uid: s.unitId });
      }),
    );
  // Only what the member of staff may read (never a ticket accusing their own unit or one above it).
  scopeQuery(q, actor);
  // A group's members are not the sender: reports on officials are listed in private chat only.
  if (opts.inGroup) withoutConfidential(q);
  const total = await q.getCount();
  const items = await q.orderBy('t.resolutionDueAt', 'ASC').addOrderBy('t.id', 'ASC').take(limit).getMany();
  return { items, total: Number(total) };
}
