import { DataSource, EntityManager, In, MoreThan, Not } from 'typeorm';
import { Ticket, TicketStatus, Channel, Urgency } from '../entities/Ticket';
import { TicketEvent } from '../entities/TicketEvent';
import { TicketUnit } from '../entities/TicketUnit';
import { Petitioner } from '../entities/Petitioner';
import { Unit } from '../entities/Unit';
import { Attachment } from '../entities/Attachment';
import { inTransaction, Tx } from '../db/tx';
import { cachedJurisdictions } from '../routing/reference';
import { Bound, insertRow, insertRows, selectRows } from '../db/rows';
import { admit } from './admission';
import { rememberFresh } from './queries';
import { badRequest, conflict, forbidden, notFound } from '../errors';
import { classify, detectUrgency, similarity, REPEAT_SIMILARITY, CATEGORY_BY_CODE } from '../classify';
import type { CategoryCode } from '../classify';
import { addDuration, computeClocks } from '../clocks/deadlines';
import { addCalendarDays, formatShanghai } from '../clocks/time';
import { workingDaysBetween } from '../clocks/calendar';
import { placeIndex } from '../gazetteer/store';
import { routeTicket } from '../routing/route';
import { notifyPetitioner, notifyStaff } from '../outbox/enqueue';
import { Actor, actorRef } from './actor';
import { canFollowUp, canHandle, canLead, canNote, canRead, TicketScope, transitionError } from './policies';
import { ensureTicketCounter, nextTicketNumber } from './numbering';
import { policyFor } from './deadlines';

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
  externalId?: string | null;
  /** An existing petitioner (mini-program or villager token). */
  petitionerId?: number | null;
  attachmentIds?: number[];
}

export interface CreateResult {
  ticket: Ticket;
  created: boolean;
}

export const REPEAT_WINDOW_DAYS = 90;
export const OBJECTION_WINDOW_WORKING_DAYS = 5;

async function addEvent(
  m: EntityManager,
  ticket: Ticket,
  actor: Actor,
  type: string,
  visibility: 'public' | 'internal',
  data: Record<string, unknown> | null,
  at: Date,
): Promise<TicketEvent> {
  const ref = actorRef(actor);
  return m.save(m.create(TicketEvent, { ticketId: ticket.id, type, visibility, data, at, ...ref }));
}

export { addEvent };

/** Finds the villager by any identity the channel gives, else creates one (`created` says which). */
async function findOrCreatePetitioner(
  m: EntityManager,
  contact: Contact | null | undefined,
  villageCode: string | null,
  now: Date,
): Promise<{ petitioner: Petitioner | null; created: boolean }> {
  if (!contact) return { petitioner: null, created: false };
  const keys: { [k: string]: string }[] = [];
  if (contact.openid) keys.push({ openid: contact.openid });
  if (contact.wechatId) keys.push({ wechatId: contact.wechatId });
  if (contact.phone) keys.push({ phone: contact.phone });
  if (keys.length === 0 && !contact.name) return { petitioner: null, created: false };
  let p = keys.length
    ? (await selectRows(m, Petitioner, keys.map((k) => `${Object.keys(k)[0]} = ?`).join(' OR '), keys.map((k) => Object.entries(k)[0]), 'ORDER BY id ASC LIMIT 1'))[0] ?? null
    : null;
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
  for (const text of [input.place, input.text]) {
    if (!text) continue;
    const r = index.resolve(text, context ? { context } : undefined);
    if (r.status === 'resolved') return { villageCode: r.village.code, countyCode: r.village.code.slice(0, 6), candidates: null };
    if (r.status === 'ambiguous') {
      const shared = r.commonAncestor && r.commonAncestor.length >= 6 ? r.commonAncestor.slice(0, 6) : null;
      return { villageCode: null, countyCode: shared ?? contextCounty, candidates: r.candidates.map((c: { code: string; path: string }) => ({ code: c.code, path: c.path })) };
    }
  }
  return { villageCode: null, countyCode: contextCounty, candidates: null };
}

/** Attaches uploads to a ticket: only the caller's own, not yet attached ones (no borrowing others' photos). */
async function attachOwned(m: EntityManager, actor: Actor, ticketId: number, ids: number[]): Promise<void> {
  const uniq = [...new Set(ids)];
  const rows = await m.find(Attachment, { where: { id: In(uniq) } });
  const mine = (a: Attachment) => {
    if (a.ticketId !== null) return false;
    switch (actor.kind) {
      case 'admin':
      case 'system':
        return true;
      case 'villager':
        return a.uploaderKind === 'petitioner' && a.uploaderId === actor.petitionerId;
      case 'cadre':
      case 'leader':
        return a.uploaderKind === 'staff' && a.uploaderId === actor.staff.id;
      case 'channel':
        return a.uploaderKind === 'channel';
    }
  };
  if (rows.length !== uniq.length || !rows.every(mine)) throw badRequest('附件不存在、已被使用或不属于您', 'attachmentIds');
  await m.update(Attachment, { id: In(uniq) }, { ticketId });
}

/** Loads a ticket with the unit ids working it, for the policies. */
export async function loadScope(m: EntityManager, id: number): Promise<{ ticket: Ticket; scope: TicketScope }> {
  const ticket = await m.findOne(Ticket, { where: { id } });
  if (!ticket) throw notFound('工单');
  const co = await m.find(TicketUnit, { where: { ticketId: id } });
  return { ticket, scope: { ticket, units: [ticket.handlingUnitId, ...co.map((c) => c.unitId)] } };
}

/** Not found rather than forbidden: a stranger must not learn that a ticket id exists. */
export async function loadReadable(m: EntityManager, actor: Actor, id: number) {
  const loaded = await loadScope(m, id);
  if (!canRead(actor, loaded.scope)) throw notFound('工单');
  return loaded;
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

/** The ticket a channel already opened for this message, if any (the idempotency key). */
function byExternalId(m: EntityManager, channel: Channel, externalId: string): Promise<Ticket | null> {
  return selectRows(m, Ticket, 'channel = ? AND externalId = ?', [['channel', channel], ['externalId', externalId]], 'LIMIT 1').then((r) => r[0] ?? null);
}

/**
 * Opens a ticket: idempotent on (channel, externalId), routes it, starts its clocks, records its
 * history and queues the notices, all in one transaction.
 */
export async function createTicket(ds: DataSource, actor: Actor, input: CreateTicketInput, now = new Date()): Promise<CreateResult> {
  if (input.externalId) {
    const existing = await byExternalId(ds.manager, input.channel, input.externalId);
    if (existing) return { ticket: existing, created: false };
  }
  if (input.category && !CATEGORY_BY_CODE[input.category as CategoryCode]) throw badRequest(`未知的诉求类别 ${input.category}`, 'category');
  // Reading and thinking happen before the transaction (which on SQLite waits its turn and on
  // MySQL holds the counter's row lock): the place, the category and the urgency need no writes.
  const place = await resolvePlace(ds, ds.manager, input);
  const classification = input.category ? null : classify(input.text);
  const category = (input.category ?? classification!.category) as CategoryCode;
  const urgency: Urgency = input.urgency ?? detectUrgency(input.text, category);
  const prepared: Prepared = { place, category, urgency, confidence: classification ? classification.confidence : 1 };
  // Rate limits count new tickets only (replays returned above); a failed attempt gives its token back.
  const release = admit(ds, actor, input);
  try {
    await ensureTicketCounter(ds, place.countyCode, now);
    return await inTransaction(ds, (tx) => createInTx(tx, actor, input, prepared, now));
  } catch (e: any) {
    release();
    // Two deliveries of the same message raced (the unique index on channel+externalId decides,
    // so no second look inside the transaction is needed): the loser answers with the winner's ticket.
    if (input.externalId && /UNIQUE|Duplicate/i.test(String(e?.message))) {
      const existing = await byExternalId(ds.manager, input.channel, input.externalId);
      if (existing) return { ticket: existing, created: false };
    }
    throw e;
  }
}

interface Prepared {
  place: PlaceOutcome;
  category: CategoryCode;
  urgency: Urgency;
  confidence: number;
}

async function createInTx(tx: Tx, actor: Actor, input: CreateTicketInput, prepared: Prepared, now: Date): Promise<CreateResult> {
  const m = tx.manager;
  const { place, category, urgency } = prepared;

  let petitioner: Petitioner | null = null;
  let newPetitioner = false;
  if (input.petitionerId) {
    petitioner = await m.findOne(Petitioner, { where: { id: input.petitionerId } });
    if (!petitioner) throw badRequest('信访人不存在', 'petitionerId');
  } else {
    ({ petitioner, created: newPetitioner } = await findOrCreatePetitioner(m, input.contact, place.villageCode, now));
  }

  const route = await routeTicket(m, { category, villageCode: place.villageCode, countyCode: place.countyCode, text: input.text });
  const policy = await policyFor(m, category, urgency, place.villageCode ?? place.countyCode);
  const clocks = computeClocks(now, policy);
  // Someone created just now has no earlier petitions to repeat.
  const repeatOf = petitioner && !newPetitioner ? await findRepeat(m, petitioner.id, place.villageCode, input.text, now) : null;
  const root = repeatOf ? (repeatOf.repeatOfId ? await m.findOne(Ticket, { where: { id: repeatOf.repeatOfId } }) : repeatOf) : null;
  // Last before the writes: on MySQL the counter row stays locked until commit.
  const number = await nextTicketNumber(m, place.countyCode, now);

  const ticket = m.create(Ticket, {
    number,
    channel: input.channel,
    externalId: input.externalId ?? null,
    petitionerId: petitioner?.id ?? null,
    villageCode: place.villageCode,
    countyCode: place.countyCode,
    placeText: input.place ? input.place.slice(0, 200) : null,
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
    duplicateOfId: null,
    createdAt: now,
    updatedAt: now,
    version: 1,
  });
  ticket.id = await insertRow(m, Ticket, ticket);
  await insertRows(m, TicketUnit, route.co.map((u) => ({ ticketId: ticket.id, unitId: u.id, role: 'co' as const })));
  if (root) await m.update(Ticket, { id: root.id }, { repeatCount: root.repeatCount + 1 });
  if (input.attachmentIds?.length) await attachOwned(m, actor, ticket.id, input.attachmentIds);

  // The opening history in one statement, in the order it happened.
  const ref = actorRef(actor);
  const event = (type: string, visibility: 'public' | 'internal', data: Record<string, unknown>) => ({ ticketId: ticket.id, type, visibility, data, at: now, ...ref });
  await insertRows(m, TicketEvent, [
    event('created', 'public', { channel: input.channel, category, urgency, confidence: ticket.categoryConfidence }),
    ...(place.candidates ? [event('place_ambiguous', 'internal', { candidates: place.candidates.slice(0, 20) })] : []),
    event('assigned', 'public', { unitId: route.lead.id, unitName: route.lead.name, coUnits: route.co.map((u) => ({ id: u.id, name: u.name })), reason: route.reason, assigneeId: route.assigneeId }),
    ...(root ? [event('repeat_linked', 'internal', { repeatOfId: root.id, repeatOfNumber: root.number, repeatCount: ticket.repeatCount })] : []),
  ]);

  const catName = CATEGORY_BY_CODE[category]?.name ?? category;
  const brief = `新工单 ${number}（${catName}）：${input.text.slice(0, 60)}。请于 ${formatShanghai(clocks.responseDueAt)} 前受理。`;
  const recipient = route.assigneeId ?? route.lead.headStaffId;
  if (recipient) await notifyStaff(m, recipient, 'ticket_assigned', brief, ticket.id, now, `assigned:${ticket.id}:${recipient}`);
  if (ticket.channel === 'hotline' || ticket.channel === 'sms') {
    await notifyPetitioner(m, ticket, petitioner, 'ticket_created', `【村声】您反映的问题已登记，工单号 ${number}，由${route.lead.name}办理，我们将在 ${formatShanghai(clocks.resolutionDueAt)} 前答复。`, now, `created:${ticket.id}`);
  }
  rememberFresh(ticket, { coUnitIds: route.co.map((u) => u.id), petitioner });
  return { ticket, created: true };
}

// ---------------------------------------------------------------------------------------------
// Actions. Each: load → authorize → check the transition → write ticket + event + notices.

interface ActionOpts {
  /** The version the client last saw; a mismatch is a concurrent update (409). */
  version?: number;
  now?: Date;
}

/** Writes the change only if nobody else changed the ticket since it was loaded. */
async function saveChange(m: EntityManager, ticket: Ticket, patch: Partial<Ticket>, now: Date): Promise<Ticket> {
  const res = await m
    .createQueryBuilder()
    .update(Ticket)
    .set({ ...patch, updatedAt: now, version: ticket.version + 1 } as any)
    .where('id = :id AND version = :version', { id: ticket.id, version: ticket.version })
    .execute();
  if (!res.affected) throw conflict('工单已被他人修改，请刷新后重试', 'stale');
  return { ...ticket, ...patch, updatedAt: now, version: ticket.version + 1 } as Ticket;
}

function checkVersion(ticket: Ticket, opts: ActionOpts) {
  if (opts.version !== undefined && opts.version !== ticket.version) throw conflict('工单已被他人修改，请刷新后重试', 'stale');
}

function checkTransition(action: Parameters<typeof transitionError>[0], ticket: Ticket) {
  const err = transitionError(action, ticket.status);
  if (err) throw conflict(err, 'invalid_transition');
}

async function petitionerOf(m: EntityManager, t: Ticket) {
  return t.petitionerId ? m.findOne(Petitioner, { where: { id: t.petitionerId } }) : null;
}

type Handler<I> = (tx: Tx, actor: Actor, ticket: Ticket, scope: TicketScope, input: I, now: Date) => Promise<Ticket>;

function action<I>(authorize: (a: Actor, s: TicketScope) => boolean, handler: Handler<I>) {
  return (ds: DataSource, actor: Actor, id: number, input: I, opts: ActionOpts = {}): Promise<Ticket> =>
    inTransaction(ds, async (tx) => {
      const now = opts.now ?? new Date();
      const { ticket, scope } = await loadScope(tx.manager, id);
      if (!canRead(actor, scope)) throw notFound('工单');
      if (!authorize(actor, scope)) throw forbidden('无权对该工单执行此操作');
      checkVersion(ticket, opts);
      return handler(tx, actor, ticket, scope, input, now);
    });
}

export const acceptTicket = action<{ note?: string }>(canHandle, async ({ manager: m }, actor, t, _s, input, now) => {
  checkTransition('accept', t);
  const first = !t.acceptedAt;
  const patch: Partial<Ticket> = { status: 'accepted' };
  if (first) {
    patch.acceptedAt = now;
    // 60 日 counted as the law counts periods (ends 24:00, moved past holidays), like computeClocks.
    patch.legalResolutionDueAt = computeClocks(t.createdAt, { responseWithin: { value: 0, unit: 'hours' }, resolveWithin: { value: 0, unit: 'hours' } }, now).legalResolutionDueAt;
  }
  if (!t.assigneeId && actor.kind !== 'admin' && 'staff' in actor && actor.staff) patch.assigneeId = actor.staff.id;
  const saved = await saveChange(m, t, patch, now);
  await addEvent(m, saved, actor, 'accepted', 'public', { note: input.note ?? null, inTime: now <= t.responseDueAt }, now);
  await notifyPetitioner(m, saved, await petitionerOf(m, saved), 'ticket_accepted', `【村声】您的诉求（工单 ${t.number}）已受理，承办人员将尽快与您联系。`, now, `accepted:${t.id}:${t.reopenCount}`);
  return saved;
});

export const addNote = action<{ text: string; public?: boolean }>(canNote, async ({ manager: m }, actor, t, _s, input, now) => {
  checkTransition('note', t);
  const saved = await saveChange(m, t, {}, now);
  await addEvent(m, saved, actor, input.public ? 'reply' : 'note', input.public ? 'public' : 'internal', { text: input.text }, now);
  if (input.public) await notifyPetitioner(m, saved, await petitionerOf(m, saved), 'ticket_reply', `【村声】工单 ${t.number} 有新的答复：${input.text.slice(0, 80)}`, now);
  return saved;
});

export const transferTicket = action<{ unitId: number; reason: string }>(canHandle, async ({ manager: m }, actor, t, _s, input, now) => {
  checkTransition('transfer', t);
  return doTransfer(m, actor, t, input.unitId, input.reason, now);
});

async function doTransfer(m: EntityManager, actor: Actor, t: Ticket, unitId: number, reason: string, now: Date): Promise<Ticket> {
  const unit = await m.findOne(Unit, { where: { id: unitId } });
  if (!unit) throw badRequest('目标单位不存在', 'unitId');
  if (unit.id === t.handlingUnitId) throw conflict('工单已在该单位办理', 'same_unit');
  if (t.accusedUnitId !== null && unit.id === t.accusedUnitId) throw conflict('不能转交被反映单位办理', 'accused_unit');
  const from = await m.findOne(Unit, { where: { id: t.handlingUnitId } });
  const policy = await policyFor(m, t.category, t.urgency, t.villageCode ?? t.countyCode);
  const saved = await saveChange(
    m,
    t,
    { status: 'transferred', handlingUnitId: unit.id, assigneeId: null, assignedAt: now, responseDueAt: addDuration(now, policy.responseWithin) },
    now,
  );
  await m.delete(TicketUnit, { ticketId: t.id, unitId: unit.id });
  await addEvent(m, saved, actor, 'transferred', 'public', { fromUnitId: from?.id ?? null, fromUnitName: from?.name ?? null, unitId: unit.id, unitName: unit.name, reason }, now);
  if (unit.headStaffId) await notifyStaff(m, unit.headStaffId, 'ticket_assigned', `工单 ${t.number} 已转至${unit.name}办理：${t.text.slice(0, 60)}`, t.id, now, `assigned:${t.id}:${unit.id}:${saved.version}`);
  return saved;
}

export const objectTicket = action<{ reason: string }>(canHandle, async ({ manager: m }, actor, t, _s, input, now) => {
  checkTransition('object', t);
  const elapsed = workingDaysBetween(t.assignedAt, now);
  if (elapsed >= OBJECTION_WINDOW_WORKING_DAYS) throw conflict(`交办已超过 ${OBJECTION_WINDOW_WORKING_DAYS} 个工作日，不能再提出异议`, 'objection_window');
  const saved = await saveChange(m, t, { status: 'objected' }, now);
  await addEvent(m, saved, actor, 'objected', 'internal', { unitId: t.handlingUnitId, reason: input.reason }, now);
  // The petition office of the county decides (or the root office).
  const office = await m.findOne(Unit, { where: { kind: 'petition_office', jurisdictionCode: (t.countyCode ?? 'root').slice(0, 6) } });
  if (office?.headStaffId) await notifyStaff(m, office.headStaffId, 'objection', `工单 ${t.number} 承办单位提出异议：${input.reason.slice(0, 80)}，请裁定。`, t.id, now, `objection:${t.id}:${saved.version}`);
  return saved;
});

export const decideObjection = action<{ accept: boolean; unitId?: number; reason?: string }>(
  (a) => a.kind === 'admin' || a.kind === 'system' || a.kind === 'leader',
  async ({ manager: m }, actor, t, _s, input, now) => {
    checkTransition('decide_objection', t);
    if (input.accept) {
      if (!input.unitId) throw badRequest('同意异议时须指定新的承办单位', 'unitId');
      const back = { ...t, status: 'assigned' as TicketStatus };
      await addEvent(m, t, actor, 'objection_upheld', 'internal', { reason: input.reason ?? null }, now);
      return doTransfer(m, actor, back, input.unitId, input.reason ?? '异议成立，改派', now);
    }
    const saved = await saveChange(m, t, { status: 'assigned' }, now);
    await addEvent(m, saved, actor, 'objection_rejected', 'internal', { reason: input.reason ?? null }, now);
    return saved;
  },
);

export const resolveTicket = action<{ text: string; attachmentIds?: number[] }>(canHandle, async ({ manager: m }, actor, t, _s, input, now) => {
  checkTransition('resolve', t);
  const saved = await saveChange(m, t, { status: 'resolved', resolvedAt: now }, now);
  if (input.attachmentIds?.length) await attachOwned(m, actor, t.id, input.attachmentIds);
  await addEvent(m, saved, actor, 'resolved', 'public', { text: input.text, attachmentIds: input.attachmentIds ?? [] }, now);
  await notifyPetitioner(
    m,
    saved,
    await petitionerOf(m, saved),
    'followup',
    `【村声】工单 ${t.number} 已办结：${input.text.slice(0, 60)}。请回复：1.是否及时联系您（是/否）2.问题是否解决（已解决/未解决）3.是否满意（满意/不满意）`,
    now,
    `followup:${t.id}:${t.reopenCount}`,
  );
  return saved;
});

async function doReopen(m: EntityManager, actor: Actor, t: Ticket, reason: string, now: Date, extra: Partial<Ticket> = {}): Promise<Ticket> {
  const policy = await policyFor(m, t.category, t.urgency, t.villageCode ?? t.countyCode);
  // A reopened ticket starts fresh clocks and a fresh escalation ladder.
  const saved = await saveChange(
    m,
    t,
    {
      ...extra,
      status: 'reopened',
      resolvedAt: null,
      closedAt: null,
      reopenCount: t.reopenCount + 1,
      escalationLevel: 0,
      assignedAt: now,
      responseDueAt: addDuration(now, policy.responseWithin),
      resolutionDueAt: addDuration(now, policy.resolveWithin),
    },
    now,
  );
  await addEvent(m, saved, actor, 'reopened', 'public', { reason }, now);
  const unit = await m.findOne(Unit, { where: { id: t.handlingUnitId } });
  const to = t.assigneeId ?? unit?.headStaffId;
  if (to) await notifyStaff(m, to, 'ticket_reopened', `工单 ${t.number} 群众反映问题未解决，已重新交办：${reason.slice(0, 60)}`, t.id, now, `reopened:${t.id}:${saved.reopenCount}`);
  return saved;
}

export const reopenTicket = action<{ reason: string }>(canFollowUp, async ({ manager: m }, actor, t, _s, input, now) => {
  checkTransition('reopen', t);
  return doReopen(m, actor, t, input.reason, now);
});

export interface Rating {
  contactedInTime: boolean;
  solved: boolean;
  satisfied: boolean;
  comment?: string;
}

/** 回访: "not solved" reopens the ticket; otherwise it is closed out (销号). */
export const rateTicket = action<Rating>(canFollowUp, async ({ manager: m }, actor, t, _s, input, now) => {
  checkTransition('rate', t);
  const answers = { contactedInTime: input.contactedInTime, solved: input.solved, satisfied: input.satisfied, ratedAt: now };
  await addEvent(m, t, actor, 'rated', 'public', { ...input, comment: input.comment ?? null }, now);
  if (!input.solved) return doReopen(m, actor, t, input.comment ?? '群众回访反映问题未解决', now, answers);
  const saved = await saveChange(m, t, { ...answers, status: 'closed', closedAt: now }, now);
  await addEvent(m, saved, actor, 'closed', 'public', { by: 'rating' }, now);
  return saved;
});

export const closeTicket = action<{ reason?: string }>((a) => a.kind === 'admin' || a.kind === 'system', async ({ manager: m }, actor, t, _s, input, now) => {
  checkTransition('close', t);
  const saved = await saveChange(m, t, { status: 'closed', closedAt: now }, now);
  await addEvent(m, saved, actor, 'closed', 'public', { reason: input.reason ?? null }, now);
  return saved;
});

/** Same village and category, other people, similar text, still open: suggested duplicates. */
export async function duplicateSuggestions(m: EntityManager, t: Ticket, limit = 10): Promise<Ticket[]> {
  if (!t.villageCode) return [];
  const since = addCalendarDays(t.createdAt, -30);
  const rows = await m.find(Ticket, {
    where: { villageCode: t.villageCode, category: t.category, id: Not(t.id), createdAt: MoreThan(since), status: In(['submitted', 'assigned', 'accepted', 'reopened', 'objected', 'transferred']) },
    order: { id: 'DESC' },
    take: 200,
  });
  return rows.filter((r) => r.petitionerId !== t.petitionerId && r.duplicateOfId === null && similarity(r.text, t.text) >= REPEAT_SIMILARITY).slice(0, limit);
}

export const mergeTicket = action<{ intoId: number }>(canHandle, async ({ manager: m }, actor, t, _s, input, now) => {
  if (input.intoId === t.id) throw badRequest('不能合并到自身', 'intoId');
  const into = await m.findOne(Ticket, { where: { id: input.intoId } });
  if (!into || into.handlingUnitId !== t.handlingUnitId) throw badRequest('目标工单不存在或不在本单位办理', 'intoId');
  if (t.duplicateOfId) throw conflict('工单已合并', 'already_merged');
  const saved = await saveChange(m, t, { duplicateOfId: into.id }, now);
  await addEvent(m, saved, actor, 'merged', 'public', { intoId: into.id, intoNumber: into.number }, now);
  await addEvent(m, into, actor, 'merged_from', 'internal', { fromId: t.id, fromNumber: t.number }, now);
  return saved;
});

export { canLead };
