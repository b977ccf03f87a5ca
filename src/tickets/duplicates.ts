import { EntityManager, In, MoreThan, Not } from 'typeorm';
import { Ticket } from '../entities/Ticket';
import { Petitioner } from '../entities/Petitioner';
import { TicketEvent } from '../entities/TicketEvent';
import { notifyPetitioner } from '../outbox/enqueue';
import { similarity, REPEAT_SIMILARITY } from '../classify';
import { addCalendarDays } from '../clocks/time';
import { Bound, marks, selectRows } from '../db/rows';
import { placeIndex } from '../gazetteer/store';
import { MISCONDUCT, OPEN_STATUSES } from '../vocabulary';
import type { Contact } from './commands/create';
import { isConfidential } from './policies';

/**
 * Same village and category, other people, similar text, still open: suggested duplicates.
 * Callers keep only what the viewer may read (onlyReadable).
 */
export async function duplicateSuggestions(m: EntityManager, t: Ticket, limit = 10): Promise<Ticket[]> {
  if (!t.villageCode) return [];
  const since = addCalendarDays(t.createdAt, -30);
  const rows = await m.find(Ticket, {
    where: { villageCode: t.villageCode, category: t.category, id: Not(t.id), createdAt: MoreThan(since), status: In(OPEN_STATUSES) },
    order: { id: 'DESC' },
    take: 200,
  });
  return rows.filter((r) => r.petitionerId !== t.petitionerId && r.duplicateOfId === null && similarity(r.text, t.text) >= REPEAT_SIMILARITY).slice(0, limit);
}

// ---------------------------------------------------------------------------------------------
// Automatic linking at intake: another villager reporting the same problem

/** "Within days": a problem reported again after a week is worth a ticket of its own. */
export const DUPLICATE_WINDOW_DAYS = 7;
/**
 * Similarity (src/classify) of the texts once the place names and fillers are taken out: the
 * village name alone made "村口的桥塌了一半" and "村口的路灯坏了一半" score 0.47. Measured on pairs
 * from one village: the same collapse, rubbish heap or landslide told in other words 0.35–0.73;
 * other problems (路灯 vs 桥, 村口的路 vs 后山的路, 停水 vs 路灯) 0.00–0.27.
 */
export const DUPLICATE_SIMILARITY = 0.35;

const FILLERS = /(我们|俺们|咱们|我家|那个|这个|那段|那座|那条|这边|那边|一下|反映|投诉|请问|麻烦|谢谢|的|了|啊|呀|吧|哦|嘛)/g;

/** The text without its place names (village, its core, township, county) and fillers. */
export async function problemText(m: EntityManager, text: string, villageCode: string): Promise<string> {
  const index = await placeIndex(m.connection, m);
  const names = new Set<string>();
  for (const code of [villageCode, villageCode.slice(0, 9), villageCode.slice(0, 6)]) {
    const p = index.lookup(code);
    if (!p) continue;
    for (const n of [p.officialName, p.name, p.name.replace(/(村|社区|镇|乡|街道|县|市|区)$/, '')]) if (n.length >= 2) names.add(n);
  }
  let t = text.normalize('NFKC');
  for (const n of [...names].sort((a, b) => b.length - a.length)) t = t.split(n).join('');
  return t.replace(FILLERS, '');
}

export interface DuplicateProbe {
  villageCode: string | null;
  category: string;
  petitionerId: number | null;
  handlingUnitId: number;
  accusedUnitId: number | null;
  text: string;
  now: Date;
}

/**
 * The open ticket another villager filed on the same problem: same village, category and lead
 * unit, within DUPLICATE_WINDOW_DAYS, similar problem text; the earliest of the most similar.
 * Never across the misconduct line: a report (or any ticket naming an accused unit) is never
 * linked automatically, to anything or from anything; telling a second filer "已有人反映" would
 * tell them a report exists, and a link would show its number on an ordinary ticket.
 */
export async function findDuplicateOf(m: EntityManager, p: DuplicateProbe): Promise<{ ticket: Ticket; score: number } | null> {
  if (!p.villageCode || p.category === MISCONDUCT || p.accusedUnitId !== null) return null;
  const since = addCalendarDays(p.now, -DUPLICATE_WINDOW_DAYS);
  // Every value bound (selectRows): one statement text, which SQLite prepares once, where `find`
  // wrote the unit id into the text and made a new statement per unit.
  const rows = await selectRows(
    m,
    Ticket,
    `villageCode = ? AND category = ? AND handlingUnitId = ? AND createdAt >= ? AND createdAt <= ? AND status IN (${marks(OPEN_STATUSES.length)})`,
    [
      ['villageCode', p.villageCode],
      ['category', p.category],
      ['handlingUnitId', p.handlingUnitId],
      ['createdAt', since],
      ['createdAt', p.now],
      ...OPEN_STATUSES.map((st): Bound => ['status', st]),
    ],
    // About 0.7 ms a comparison, inside the intake's transaction: a village with more open
    // tickets of one category this week than this is compared with its oldest ones only.
    'ORDER BY id ASC LIMIT 50',
  );
  const mine = await problemText(m, p.text, p.villageCode);
  let best: { ticket: Ticket; score: number } | null = null;
  for (const r of rows) {
    if (r.duplicateOfId !== null || r.category === MISCONDUCT || r.accusedUnitId !== null) continue;
    // The same person again is a repeat (重复信访), counted as such by create, not a duplicate.
    if (p.petitionerId !== null && r.petitionerId === p.petitionerId) continue;
    const score = similarity(await problemText(m, r.text, p.villageCode), mine);
    if (score >= DUPLICATE_SIMILARITY && (!best || score > best.score)) best = { ticket: r, score };
  }
  return best;
}

// ---------------------------------------------------------------------------------------------
// The same sender, the same words, minutes apart (a gateway or bot redelivering under a new id)

export const SAME_SENDER_WINDOW_MINUTES = 10;

/** Whitespace, punctuation and symbols out, full-width folded: what is left is what was said. */
export const sameWords = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s\p{P}\p{S}]+/gu, '')
    .toLowerCase();

/**
 * The ticket this sender opened with the same words within the last minutes: a redelivery with a
 * new message id, or a resend, not a second complaint. The one check for every intake: createTicket
 * asks it for the channel and caller (origin) at hand; the chat bot asks it across its group and
 * private chats from when the message was sent, before it answers. The sender is every petitioner
 * record the contact matches (a phone shared by two records is one sender). Read-only; a miss
 * costs a second ticket, never a lost one.
 */
export async function sameSenderRecent(
  m: EntityManager,
  q: {
    /** The caller (origin) whose tickets count; null: any caller (the bot's own chats). */
    origin: string | null;
    channels: string[];
    petitionerId?: number | null;
    contact?: Contact | null;
    text: string;
    villageCode?: string | null;
    now: Date;
    /** Start of the window (default: SAME_SENDER_WINDOW_MINUTES before now). */
    since?: Date;
  },
): Promise<Ticket | null> {
  const words = sameWords(q.text);
  if (!words || !q.channels.length) return null;
  let people = q.petitionerId ? [q.petitionerId] : [];
  if (!people.length && q.contact) {
    const keys: [string, string][] = [];
    if (q.contact.openid) keys.push(['openid', q.contact.openid]);
    if (q.contact.wechatId) keys.push(['wechatId', q.contact.wechatId]);
    if (q.contact.phone) keys.push(['phone', q.contact.phone]);
    if (!keys.length) return null;
    people = (await selectRows(m, Petitioner, keys.map(([k]) => `${k} = ?`).join(' OR '), keys, 'ORDER BY id ASC LIMIT 10')).map((p) => p.id);
  }
  if (!people.length) return null;
  const since = q.since ?? new Date(q.now.getTime() - SAME_SENDER_WINDOW_MINUTES * 60_000);
  const params: Bound[] = [
    ...people.map((id): Bound => ['petitionerId', id]),
    ...q.channels.map((c): Bound => ['channel', c]),
    ...(q.origin !== null ? [['origin', q.origin] as Bound] : []),
    ['createdAt', since],
    ['createdAt', q.now],
  ];
  const recent = await selectRows(
    m,
    Ticket,
    `petitionerId IN (${marks(people.length)}) AND channel IN (${marks(q.channels.length)})${q.origin !== null ? ' AND origin = ?' : ''} AND createdAt > ? AND createdAt <= ?`,
    params,
    'ORDER BY id DESC LIMIT 20',
  );
  // "我们村路灯坏了" sent twice from the mini-program with two villages picked is two places' lights.
  return recent.find((t) => sameWords(t.text) === words && (!q.villageCode || !t.villageCode || t.villageCode === q.villageCode)) ?? null;
}

// ---------------------------------------------------------------------------------------------
// Linked tickets follow the one they were merged into

/**
 * When a ticket is answered (办结), the open tickets linked to it as duplicates are answered with
 * it: each gets its own 'resolved' event with the answer and its petitioner the 回访 questions on
 * their own number, as "办理结果会一并告知" promised them. Called inside the resolving change.
 */
export async function resolveDuplicatesOf(
  m: EntityManager,
  first: Ticket,
  answer: string,
  actor: { actorKind: string; actorId: number | null },
  now: Date,
): Promise<number> {
  const linked = await m.find(Ticket, { where: { duplicateOfId: first.id, status: In(OPEN_STATUSES) } });
  // Only tickets on the first one's side of the misconduct line: a commission's finding never
  // answers the accused township's ticket, and the township never answers a report.
  const dups = linked.filter((d) => sameSide(d, first));
  for (const d of dups) {
    const r = await m
      .createQueryBuilder()
      .update(Ticket)
      .set({ status: 'resolved', resolvedAt: now, updatedAt: now, version: () => 'version + 1' } as any)
      .where('id = :id AND version = :version', { id: d.id, version: d.version })
      .execute();
    if (!r.affected) continue; // changed meanwhile: it is answered on its own
    await m.insert(TicketEvent, {
      ticketId: d.id,
      type: 'resolved',
      visibility: 'public',
      data: { text: answer, viaId: first.id, viaNumber: first.number },
      at: now,
      actorKind: actor.actorKind as TicketEvent['actorKind'],
      actorId: actor.actorId,
    });
    const petitioner = d.petitionerId ? await m.findOne(Petitioner, { where: { id: d.petitionerId } }) : null;
    await notifyPetitioner(
      m,
      { ...d, status: 'resolved' },
      petitioner,
      'followup',
      `【村声】您反映的问题（工单 ${d.number}，与 ${first.number} 合并办理）已办结：${answer.slice(0, 60)}。请回复：1.是否及时联系您（是/否）2.问题是否解决（已解决/未解决）3.是否满意（满意/不满意）`,
      now,
      `followup:${d.id}:${d.reopenCount}`,
    );
  }
  return dups.length;
}

/** Both or neither confidential, naming the same accused unit: who reads one may read the other. */
const sameSide = (a: Pick<Ticket, 'category' | 'accusedUnitId'>, b: Pick<Ticket, 'category' | 'accusedUnitId'>) =>
  isConfidential(a) === isConfidential(b) && a.accusedUnitId === b.accusedUnitId;

/**
 * A ticket crossing the misconduct line (更正类别 into or out of misconduct): the tickets merged
 * into it stay where they are, so each goes on alone (its own ladder again, as after 拆分). Its
 * history says only that it is handled alone: not the other number, nor where that ticket went.
 * The crossing ticket's own link is cut by its command's patch. Called inside that change.
 */
export async function cutDuplicatesOf(m: EntityManager, t: Ticket, actor: { actorKind: string; actorId: number | null }, now: Date): Promise<number> {
  const dups = await m.find(Ticket, { where: { duplicateOfId: t.id }, select: { id: true } });
  await unlinkAll(
    m,
    dups.map((d) => d.id),
    { duplicateOfId: null, nextEscalationAt: null },
    { type: 'split', reason: '原合并办理的工单已另行办理，本工单单独办理' },
    actor,
    now,
  );
  return dups.length;
}

/**
 * The same for repeat links (重复信访), both ways: the crossing ticket no longer counts as a later
 * petition of the earlier one (whose count goes down, as create put it up), and the tickets that
 * were its later petitions go on as first petitions. A link, or a count, would tell an ordinary
 * ticket's readers of a report they cannot read, and point a report at a ticket its commission
 * cannot read. The crossing ticket's own fields are cut by its command's patch.
 */
export async function cutRepeatsOf(m: EntityManager, t: Ticket, actor: { actorKind: string; actorId: number | null }, now: Date): Promise<number> {
  if (t.repeatOfId !== null) {
    await m
      .createQueryBuilder()
      .update(Ticket)
      .set({ repeatCount: () => 'CASE WHEN repeatCount > 0 THEN repeatCount - 1 ELSE 0 END' } as any)
      .where('id = :id', { id: t.repeatOfId })
      .execute();
  }
  const later = await m.find(Ticket, { where: { repeatOfId: t.id }, select: { id: true } });
  await unlinkAll(
    m,
    later.map((r) => r.id),
    { repeatOfId: null, repeatCount: 0 },
    { type: 'repeat_unlinked', reason: '原信访事项已另行办理，本工单不再计为重复信访' },
    actor,
    now,
  );
  return later.length;
}

/** Cuts one kind of link on each ticket: its fields, a new version, and an internal entry saying why. */
async function unlinkAll(
  m: EntityManager,
  ids: number[],
  set: Partial<Record<'duplicateOfId' | 'nextEscalationAt' | 'repeatOfId' | 'repeatCount', null | number>>,
  event: { type: 'split' | 'repeat_unlinked'; reason: string },
  actor: { actorKind: string; actorId: number | null },
  now: Date,
): Promise<void> {
  for (const id of ids) {
    await m
      .createQueryBuilder()
      .update(Ticket)
      .set({ ...set, updatedAt: now, version: () => 'version + 1' } as any)
      .where('id = :id', { id })
      .execute();
    await m.insert(TicketEvent, {
      ticketId: id,
      type: event.type,
      visibility: 'internal',
      data: { reason: event.reason },
      at: now,
      actorKind: actor.actorKind as TicketEvent['actorKind'],
      actorId: actor.actorId,
    });
  }
}
