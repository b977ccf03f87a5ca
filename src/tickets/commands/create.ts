import { DataSource, EntityManager } from 'typeorm';
import { Ticket, Channel, Urgency } from '../../entities/Ticket';
import { TicketEvent } from '../../entities/TicketEvent';
import { TicketUnit } from '../../entities/TicketUnit';
import { Petitioner } from '../../entities/Petitioner';
import { isMysql } from '../../db/datasource';
import { inTransaction, Tx } from '../../db/tx';
import { Bound, insertRow, insertRows, selectRows } from '../../db/rows';
import { cachedJurisdictions } from '../../routing/reference';
import { badRequest } from '../../errors';
import { classify, detectUrgency, similarity, REPEAT_SIMILARITY, CATEGORY_BY_CODE } from '../../classify';
import type { CategoryCode } from '../../classify';
import { computeClocks } from '../../clocks/deadlines';
import { addCalendarDays, deadlineText, formatShanghai } from '../../clocks/time';
import { placeIndex } from '../../gazetteer/store';
import { routeTicket, servedCounty } from '../../routing/route';
import { notifyPetitioner, notifyStaff } from '../../outbox/enqueue';
import { MISCONDUCT } from '../../vocabulary';
import { Actor, actorRef } from '../actor';
import type { Limiter } from '../admission';
import { ensureTicketCounter, nextTicketNumber, quotesReportNumber, seriesOf } from '../numbering';
import { policyFor } from '../deadlines';
import { rememberFresh } from '../presenters/many';
import { attachOwned } from './attachments';
import { notifyEmergency } from '../emergency';
import { petitionRoot } from './review';
import { loadScope } from '../load';
import { canRead } from '../policies';
import { findDuplicateOf, sameSenderRecent } from '../duplicates';

export interface Contact {
  name?: string | null;
  phone?: string | null;
  wechatId?: string | null;
  openid?: string | null;
  unionid?: string | null;
}

export interface CreateTicketInput {
  text: string;
  category?: string | null;
  urgency?: Urgency | null;
  villageCode?: string | null;
  place?: string | null;
  contextJurisdiction?: string | null;
  contact?: Contact | null;
  channel: Channel;
  /** The caller's idempotency key (call id, message id, client id): unique per caller. */
  externalId?: string | null;
  /** An existing petitioner (mini-program or villager token). */
  petitionerId?: number | null;
  attachmentIds?: number[];
  /**
   * false: never link this ticket to another villager's as a duplicate (staff filing a call they
   * know is a matter of its own; test fixtures that file the same words for many people).
   */
  linkDuplicates?: boolean;
  /** Where the sender says it is (a map point): kept on the ticket and with the opening history. */
  location?: { lat: number; long: number; source: string } | null;
  /** Links to the sender's own copies of its photos (Open311 media_url), shown with the ticket. */
  mediaUrls?: string[] | null;
  /** What the channel received but the ticket has no field for (an Open311 email, attributes): internal history. */
  details?: Record<string, unknown> | null;
  /**
   * The place must lie in the context's county (an Open311 client posting to one jurisdiction):
   * a village or area the text names elsewhere is ignored, never filed in another county.
   */
  confineToContext?: boolean;
}

export interface CreateOpts {
  now?: Date;
  /** Rate limits for this intake (src/http/ratelimit.ts); null: not limited (jobs, CLI). */
  limiter?: Limiter | null;
}

export interface CreateResult {
  ticket: Ticket;
  created: boolean;
  /**
   * Another villager's open ticket on the same problem this one was linked to (duplicateOfId):
   * channels tell the filer "已有人反映，已合并跟进，工单号 <number>". Never a report (misconduct).
   */
  duplicateOf?: { id: number; number: string } | null;
}

export const REPEAT_WINDOW_DAYS = 90;

/**
 * Whose idempotency keys these are. A key names a ticket only within its origin: a replay returns
 * the ticket to the caller that created it, and anyone else's use of the same key is a new ticket.
 */
export function originOf(actor: Actor): string {
  switch (actor.kind) {
    case 'villager':
      return `petitioner:${actor.petitionerId}`;
    case 'cadre':
    case 'leader':
    case 'admin':
      return `staff:${actor.staff.id}`;
    case 'sysadmin':
      return actor.staff ? `staff:${actor.staff.id}` : `token:${actor.tokenId}`;
    case 'channel':
      return `token:${actor.tokenId}`;
    case 'bot':
      // One bot, whichever of its tokens or processes (HTTP, in-process, the timeout sweeper):
      // its keys are already namespaced by WeChat account and message id.
      return 'bot';
    case 'system':
      return 'system';
  }
}

/**
 * Contacts typed in by staff or relayed by a token are claims, not proof of identity: they are
 * kept on the ticket as given, never shown as the record they happen to match, and never write
 * into that record.
 */
export const unverifiedOrigin = (origin: string) => origin.startsWith('token:') || origin.startsWith('staff:');
// (The bot's contacts are WeChat ids it saw itself, and the system's are webhook caller ids: verified.)

/** Finds the villager by any identity the channel gives, else creates one (`created` says which). */
async function findOrCreatePetitioner(
  m: EntityManager,
  contact: Contact | null | undefined,
  villageCode: string | null,
  verified: boolean,
  now: Date,
): Promise<{ petitioner: Petitioner | null; created: boolean }> {
  if (!contact) return { petitioner: null, created: false };
  const keys: [string, string][] = [];
  if (contact.openid) keys.push(['openid', contact.openid]);
  if (contact.wechatId) keys.push(['wechatId', contact.wechatId]);
  if (contact.phone) keys.push(['phone', contact.phone]);
  if (keys.length === 0 && !contact.name) return { petitioner: null, created: false };
  let p = keys.length ? ((await selectRows(m, Petitioner, keys.map(([k]) => `${k} = ?`).join(' OR '), keys, 'ORDER BY id ASC LIMIT 1'))[0] ?? null) : null;
  if (!p) {
    const fresh = m.create(Petitioner, {
      name: contact.name ?? null,
      phone: contact.phone ?? null,
      wechatId: contact.wechatId ?? null,
      openid: contact.openid ?? null,
      unionid: contact.unionid ?? null,
      villageCode,
      createdAt: now,
    });
    fresh.id = await insertRow(m, Petitioner, fresh);
    return { petitioner: fresh, created: true };
  }
  if (!verified) return { petitioner: p, created: false };
  // Fill in what we learn; never overwrite a known identity with another.
  const patch: Partial<Petitioner> = {};
  for (const k of ['name', 'phone', 'wechatId', 'openid', 'unionid'] as const) if (!p[k] && contact[k]) patch[k] = contact[k]!;
  if (!p.villageCode && villageCode) patch.villageCode = villageCode;
  if (Object.keys(patch).length) {
    await m.update(Petitioner, { id: p.id }, patch);
    p = { ...p, ...patch };
  }
  return { petitioner: p, created: false };
}

interface PlaceOutcome {
  villageCode: string | null;
  countyCode: string | null;
  candidates: { code: string; path: string }[] | null;
  /** Township named (or the channel's) when no village is known: routing goes there. */
  townshipCode?: string | null;
}

async function resolvePlace(ds: DataSource, m: EntityManager, input: CreateTicketInput): Promise<PlaceOutcome> {
  const context = input.contextJurisdiction ?? null;
  if (input.villageCode) {
    const j = (await cachedJurisdictions(m, [input.villageCode])).get(input.villageCode);
    if (!j || j.level !== 'village') throw badRequest(`村（社区）代码 ${input.villageCode} 不存在`, 'villageCode');
    return { villageCode: j.code, countyCode: j.code.slice(0, 6), candidates: null };
  }
  if (context) {
    const j = (await cachedJurisdictions(m, [context])).get(context);
    if (!j) throw badRequest(`所属区域代码 ${context} 不存在`, 'contextJurisdiction');
  }
  const index = await placeIndex(ds);
  const contextCounty = context && context.length >= 6 ? context.slice(0, 6) : null;
  const within = (code: string | null | undefined) => !input.confineToContext || !contextCounty || !!code?.startsWith(contextCounty);
  for (const text of [input.place, input.text]) {
    if (!text) continue;
    let r = index.resolve(text, context ? { context } : undefined);
    if (r.status === 'resolved' && !within(r.village.code)) continue;
    if (r.status === 'ambiguous' && input.confineToContext) {
      const inside = r.candidates.filter((c) => within(c.code));
      if (!inside.length) continue;
      if (inside.length === 1) return { villageCode: inside[0].code, countyCode: inside[0].code.slice(0, 6), candidates: null };
      const tw = inside[0].code.slice(0, 9);
      r = { ...r, candidates: inside, commonAncestor: inside.every((c) => c.code.startsWith(tw)) ? tw : contextCounty };
    }
    if (r.status === 'resolved') return { villageCode: r.village.code, countyCode: r.village.code.slice(0, 6), candidates: null };
    if (r.status === 'ambiguous') {
      const shared = r.commonAncestor && r.commonAncestor.length >= 6 ? r.commonAncestor.slice(0, 6) : null;
      // Candidates all in one township, or a group bound to a township: that township handles it
      // (village unknown) rather than the county office.
      const township = r.commonAncestor?.length === 9 ? r.commonAncestor : context?.length === 9 ? context : null;
      return {
        villageCode: null,
        countyCode: township ? township.slice(0, 6) : (shared ?? contextCounty),
        townshipCode: township,
        candidates: r.candidates.map((c: { code: string; path: string }) => ({ code: c.code, path: c.path })),
      };
    }
  }
  // No village: the township or county the text names (else the channel's) decides the route.
  const area = index.resolveArea([input.place, input.text].filter(Boolean).join(' '), context ? { context } : undefined);
  if (area && within(area.code))
    return { villageCode: null, countyCode: area.code.slice(0, 6), candidates: null, townshipCode: area.level === 'township' ? area.code : null };
  return { villageCode: null, countyCode: contextCounty ?? (await servedCounty(m)), candidates: null };
}

async function findRepeat(m: EntityManager, petitionerId: number, villageCode: string | null, text: string, now: Date): Promise<Ticket | null> {
  const since = addCalendarDays(now, -REPEAT_WINDOW_DAYS);
  const earlier = await selectRows(
    m,
    Ticket,
    `petitionerId = ? AND createdAt > ?${villageCode ? ' AND villageCode = ?' : ''}`,
    [['petitionerId', petitionerId], ['createdAt', since], ...(villageCode ? [['villageCode', villageCode] as Bound] : [])],
    'ORDER BY id ASC LIMIT 50',
  );
  return earlier.find((t) => similarity(t.text, text) >= REPEAT_SIMILARITY) ?? null;
}

/** The ticket this caller already opened under this key, if any. */
function byExternalId(m: EntityManager, channel: Channel, origin: string, externalId: string): Promise<Ticket | null> {
  return selectRows(
    m,
    Ticket,
    'channel = ? AND origin = ? AND externalId = ?',
    [
      ['channel', channel],
      ['origin', origin],
      ['externalId', externalId],
    ],
    'LIMIT 1',
  ).then((r) => r[0] ?? null);
}

/**
 * The category a complaint is filed under. Misconduct detection runs on every intake whatever the
 * caller chose: an accusation against an official overrides a given category (a report given
 * 'welfare' by a relay must still go to the discipline commission and stay away from the accused).
 */
export function categoryFor(text: string, given: string | null | undefined): { category: CategoryCode; confidence: number } {
  const c = classify(text);
  if (c.category === MISCONDUCT) return { category: MISCONDUCT, confidence: c.confidence };
  if (quotesReportNumber(text)) return { category: MISCONDUCT, confidence: 1 };
  if (given) return { category: given as CategoryCode, confidence: 1 };
  return { category: c.category, confidence: c.confidence };
}

/**
 * Whether words a villager sends read as a report (an accusation against an official, a report's
 * number): what a follow-up answer or a 复查 reason carrying them must not become on an ordinary
 * ticket, where the unit of the place reads it.
 */
export const accusesOfficial = (text: string): boolean => !!text.trim() && categoryFor(text, null).category === MISCONDUCT;

/**
 * Opens a ticket: idempotent on (channel, caller, externalId), routes it, starts its clocks,
 * records its history and queues the notices, all in one transaction.
 */
export async function createTicket(ds: DataSource, actor: Actor, input: CreateTicketInput, opts: CreateOpts = {}): Promise<CreateResult> {
  const now = opts.now ?? new Date();
  const origin = originOf(actor);
  if (input.externalId) {
    const existing = await byExternalId(ds.manager, input.channel, origin, input.externalId);
    if (existing) return { ticket: existing, created: false };
  }
  // The same words from the same sender minutes ago, redelivered under a new message id: one ticket.
  const again = await sameSenderRecent(ds.manager, {
    origin,
    channels: [input.channel],
    petitionerId: input.petitionerId,
    contact: input.contact,
    text: input.text,
    villageCode: input.villageCode,
    now,
  });
  if (again) return { ticket: again, created: false };
  if (input.category && !CATEGORY_BY_CODE[input.category as CategoryCode]) throw badRequest(`未知的诉求类别 ${input.category}`, 'category');
  // Reading and thinking happen before the transaction (which on SQLite waits its turn): the place, the category and the urgency need no writes.
  const place = await resolvePlace(ds, ds.manager, input);
  const { category, confidence } = categoryFor(input.text, input.category);
  const urgency: Urgency = input.urgency ?? detectUrgency(input.text, category);
  const prepared: Prepared = { place, category, urgency, confidence, origin };
  // Rate limits count new tickets only (replays returned above); a failed attempt gives its token back.
  const release = opts.limiter ? await opts.limiter.claim(actor, input) : () => undefined;
  await ensureTicketCounter(ds, place.countyCode, now, seriesOf(category)).catch((e) => {
    release();
    throw e;
  });
  for (let attempt = 1; ; attempt++) {
    try {
      // The public number is drawn before the ticket's transaction, in a statement of its own: the
      // day's counter is one row that every ticket of the county updates. Inside the transaction
      // its lock would queue a county's intake on one server, and on a Galera cluster every ticket
      // committed meanwhile through another node would fail certification at COMMIT and be re-run
      // whole. A ticket that then fails leaves a gap in the day's sequence. (SQLite: one writer
      // anyway, so the number stays inside.)
      if (isMysql(ds) && seriesOf(category) === 'public')
        prepared.number = await inTransaction(ds, ({ manager }) => nextTicketNumber(manager, place.countyCode, now, 'public'));
      return await inTransaction(ds, (tx) => createInTx(tx, actor, input, prepared, now));
    } catch (e: any) {
      if (/UNIQUE|Duplicate/i.test(String(e?.message))) {
        // Two deliveries of the same message raced (the unique index decides): the loser answers
        // with the winner's ticket.
        const existing = input.externalId ? await byExternalId(ds.manager, input.channel, origin, input.externalId) : null;
        if (existing) {
          release();
          return { ticket: existing, created: false };
        }
        // Else two reports drew the same random misconduct number at once: draw again.
        if (attempt < 3) continue;
      }
      release();
      throw e;
    }
  }
}

interface Prepared {
  /** The public series' number, drawn before the transaction (misconduct numbers are drawn inside it). */
  number?: string;
  place: PlaceOutcome;
  category: CategoryCode;
  urgency: Urgency;
  confidence: number;
  origin: string;
}

async function createInTx(tx: Tx, actor: Actor, input: CreateTicketInput, prepared: Prepared, now: Date): Promise<CreateResult> {
  const m = tx.manager;
  const { place, category, urgency, origin } = prepared;
  const verified = !unverifiedOrigin(origin);

  let petitioner: Petitioner | null = null;
  let newPetitioner = false;
  if (input.petitionerId) {
    petitioner = await m.findOne(Petitioner, { where: { id: input.petitionerId } });
    if (!petitioner) throw badRequest('信访人不存在', 'petitionerId');
  } else {
    ({ petitioner, created: newPetitioner } = await findOrCreatePetitioner(m, input.contact, place.villageCode, verified, now));
  }

  const route = await routeTicket(m, {
    category,
    villageCode: place.villageCode,
    countyCode: place.countyCode,
    townshipCode: place.townshipCode,
    text: input.text,
  });
  const policy = await policyFor(m, category, urgency, place.villageCode ?? place.countyCode);
  const clocks = computeClocks(now, policy);
  // Someone created just now has no earlier petitions to repeat.
  const earlier = petitioner && !newPetitioner ? await findRepeat(m, petitioner.id, place.villageCode, input.text, now) : null;
  const found = earlier ? (earlier.repeatOfId ? await m.findOne(Ticket, { where: { id: earlier.repeatOfId } }) : earlier) : null;
  // A 复查/复核 stands for its petition: a later petition links to the matter's first ticket.
  const candidate = found && found.reviewOfId !== null ? await petitionRoot(m, found) : found;
  // A repeat is linked only where everyone who reads the new ticket could read the earlier one
  // (same lead unit, same accused side): a link must never reveal another ticket or its petitioner.
  // A contact typed by staff or relayed by a token is only a claim: it links (and counts against the
  // earlier ticket) only for a caller who may read that ticket anyway.
  const sameSide = candidate && candidate.handlingUnitId === route.lead.id && candidate.accusedUnitId === route.accusedUnitId;
  const root = sameSide && (verified || canRead(actor, (await loadScope(m, candidate.id)).scope)) ? candidate : null;
  // Another villager on the same problem: linked to the first ticket, which carries the work.
  const dup =
    root || input.linkDuplicates === false
      ? null
      : await findDuplicateOf(m, {
          villageCode: place.villageCode,
          category,
          petitionerId: petitioner?.id ?? null,
          handlingUnitId: route.lead.id,
          accusedUnitId: route.accusedUnitId,
          text: input.text,
          now,
        });
  const number = prepared.number ?? (await nextTicketNumber(m, place.countyCode, now, seriesOf(category)));

  const ticket = m.create(Ticket, {
    number,
    channel: input.channel,
    externalId: input.externalId ?? null,
    origin,
    contactName: input.contact?.name?.slice(0, 32) ?? null,
    contactPhone: input.contact?.phone?.slice(0, 20) ?? null,
    petitionerId: petitioner?.id ?? null,
    villageCode: place.villageCode,
    countyCode: place.countyCode,
    placeText: input.place ? input.place.slice(0, 200) : null,
    lat: input.location?.lat ?? null,
    lng: input.location?.long ?? null,
    mediaUrls: input.mediaUrls?.length ? input.mediaUrls : null,
    placeCandidates: place.candidates,
    category,
    categoryConfidence: prepared.confidence,
    urgency,
    text: input.text,
    status: 'assigned',
    handlingUnitId: route.lead.id,
    assigneeId: route.assigneeId,
    ownerLeaderId: null,
    accusedUnitId: route.accusedUnitId,
    escalationLevel: 0,
    supervised: false,
    assignedAt: now,
    responseDueAt: clocks.responseDueAt,
    resolutionDueAt: clocks.resolutionDueAt,
    legalNoticeDueAt: clocks.legalNoticeDueAt,
    legalResolutionDueAt: null,
    extensionDays: 0,
    acceptedAt: null,
    resolvedAt: null,
    closedAt: null,
    reopenCount: 0,
    contactedInTime: null,
    solved: null,
    satisfied: null,
    ratedAt: null,
    repeatOfId: root?.id ?? null,
    repeatCount: root ? root.repeatCount + 1 : 0,
    duplicateOfId: dup?.ticket.id ?? null,
    stage: 'petition',
    reviewOfId: null,
    finalAt: null,
    nextEscalationAt: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  ticket.id = await insertRow(m, Ticket, ticket);
  await insertRows(
    m,
    TicketUnit,
    route.co.map((u) => ({ ticketId: ticket.id, unitId: u.id, role: 'co' as const })),
  );
  if (root) await m.update(Ticket, { id: root.id }, { repeatCount: root.repeatCount + 1 });
  if (input.attachmentIds?.length) await attachOwned(m, actor, ticket.id, input.attachmentIds);

  // The opening history in one statement, in the order it happened.
  const ref = actorRef(actor);
  const event = (type: string, visibility: 'public' | 'internal', data: Record<string, unknown>) => ({
    ticketId: ticket.id,
    type,
    visibility,
    data,
    at: now,
    ...ref,
  });
  await insertRows(m, TicketEvent, [
    event('created', 'public', { channel: input.channel, category, urgency, confidence: ticket.categoryConfidence }),
    ...(input.category && input.category !== category
      ? [event('recategorised', 'internal', { from: input.category, to: category, reason: 'misconduct_detected' })]
      : []),
    ...(input.location ? [event('location', 'internal', { ...input.location })] : []),
    ...(input.details ? [event('intake_details', 'internal', { channel: input.channel, ...input.details })] : []),
    ...(place.candidates ? [event('place_ambiguous', 'internal', { candidates: place.candidates.slice(0, 20) })] : []),
    event('assigned', 'public', {
      unitId: route.lead.id,
      unitName: route.lead.name,
      coUnits: route.co.map((u) => ({ id: u.id, name: u.name })),
      reason: route.reason,
      assigneeId: route.assigneeId,
    }),
    ...(root ? [event('repeat_linked', 'internal', { repeatOfId: root.id, repeatOfNumber: root.number, repeatCount: ticket.repeatCount })] : []),
    // 终结 after 复核: registered, linked and reported, never reopened (the unit may 不予受理 it).
    ...(root?.finalAt ? [event('final_matter', 'internal', { repeatOfId: root.id, repeatOfNumber: root.number, finalAt: root.finalAt.toISOString() })] : []),
  ]);

  if (dup) {
    const into = dup.ticket;
    await insertRows(m, TicketEvent, [
      event('merged', 'public', { intoId: into.id, intoNumber: into.number, auto: true }),
      event('duplicate_linked', 'internal', { duplicateOfId: into.id, duplicateOfNumber: into.number, similarity: Math.round(dup.score * 100) / 100 }),
      { ticketId: into.id, type: 'merged_from', visibility: 'internal' as const, data: { fromId: ticket.id, fromNumber: number, auto: true }, at: now, ...ref },
    ]);
  }
  const catName = CATEGORY_BY_CODE[category]?.name ?? category;
  const finalNote = root?.finalAt ? `该事项已于 ${formatShanghai(root.finalAt)} 复核终结（原工单 ${root.number}），同一事实和理由可依法不予受理。` : '';
  const brief = `新工单 ${number}（${catName}）：${input.text.slice(0, 60)}。请于 ${deadlineText(clocks.responseDueAt)} 前受理。${finalNote}`;
  const recipient = route.assigneeId ?? route.lead.headStaffId;
  // Danger to life or property: the unit and the township head at once, past any quiet hours.
  if (urgency === 'emergency') await notifyEmergency(m, ticket, route.lead.name, now);
  else if (recipient) await notifyStaff(m, recipient, 'ticket_assigned', brief, ticket.id, now, `assigned:${ticket.id}:${recipient}`, { urgent: false });
  if (ticket.channel === 'hotline' || ticket.channel === 'sms') {
    await notifyPetitioner(
      m,
      ticket,
      petitioner,
      'ticket_created',
      dup
        ? duplicateText(dup.ticket.number, number)
        : `【村声】您反映的问题已登记，工单号 ${number}，由${route.lead.name}办理，预计 ${deadlineText(clocks.resolutionDueAt)} 前办结。`,
      now,
      `created:${ticket.id}`,
    );
  }
  rememberFresh(ticket, { coUnitIds: route.co.map((u) => u.id), petitioner });
  return { ticket, created: true, duplicateOf: dup ? { id: dup.ticket.id, number: dup.ticket.number } : null };
}

/** What the second villager is told: the first ticket's public number, nothing of who filed it. */
export const duplicateText = (intoNumber: string, ownNumber: string) =>
  `【村声】已有人反映，已合并跟进，工单号 ${intoNumber}。您的反映也已登记（${ownNumber}），办理结果会一并告知您。`;
