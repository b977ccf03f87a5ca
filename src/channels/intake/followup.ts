/**
 * SMS answers to the 回访 questions. A resolved ticket's petitioner gets by SMS: "请回复：1.是否及时
 * 联系您（是/否）2.问题是否解决（已解决/未解决）3.是否满意（满意/不满意）". Their answer must rate that
 * ticket, not open a new one. Answers are read with the chat parser (满意 / 未解决 / "1是 2已解决
 * 3满意"), plus what only makes sense by SMS: three bare answers in order ("是，已解决，满意") and
 * a bare 是/否 to the one question still open. A partial answer is kept and the rest asked by
 * SMS; "未解决" reopens at once. Each SMS acts once: its message id is claimed like a chat message.
 */
import { DataSource, EntityManager, In } from 'typeorm';
import { inTransaction } from '../../db/tx';
import { ChatConversation } from '../../entities/ChatConversation';
import { InboundMessage } from '../../entities/InboundMessage';
import { Petitioner } from '../../entities/Petitioner';
import { Ticket } from '../../entities/Ticket';
import { conflict } from '../../errors';
import { enqueue } from '../../outbox/enqueue';
import { accusesOfficial, rateTicket } from '../../tickets';
import { villagerActor } from '../chat/identity';
import { FollowUpAnswers, normalize, parseFollowUp, TicketRef } from '../chat/parse';
import { claimInbound, releaseInbound } from '../chat/store';

/** SMS message ids live next to chat message ids; ':' keeps them apart from any bot account name. */
export const SMS_ACCOUNT = 'sms:';
/** How long a partial answer waits for the rest. */
const PARTIAL_TTL_MS = 7 * 86_400_000;
/** How long a rated 回访 still takes a late 是/否 (acknowledged, not filed). */
const ANSWERED_TTL_MS = 86_400_000;
const MAX_PICK = 5;

type Key = keyof FollowUpAnswers;
const ORDER: Key[] = ['contactedInTime', 'solved', 'satisfied'];
const QUESTION: Record<Key, string> = {
  contactedInTime: '1.是否及时联系您（是/否）',
  solved: '2.问题是否解决（已解决/未解决）',
  satisfied: '3.是否满意（满意/不满意）',
};

export type FollowUpKind = 'rated' | 'reopened' | 'asked' | 'pick' | 'nothing';

export interface FollowUpResult {
  kind: FollowUpKind;
  ticket: Ticket | null;
  /** The SMS sent back (queued in the outbox). */
  reply: string;
}

const TEXT = {
  rated: (n: string) => `【村声】感谢您的评价，工单 ${n} 已销号。`,
  reopened: (n: string) => `【村声】收到，工单 ${n} 已重新交办，我们会督促尽快解决。`,
  ask: (n: string, missing: Key[]) => `【村声】收到您对工单 ${n} 的回复。还请回复：${missing.map((k) => QUESTION[k]).join(' ')}`,
  pick: (tails: string[]) => `【村声】您有 ${tails.length} 件已办结的工单（尾号 ${tails.join('、')}），请在回复前加上工单尾号，如“${tails[0]} 已解决 满意”。`,
  notFound: (ref: string) => `【村声】没有找到待评价的工单 ${ref}，请核对工单号。`,
  nothing: '【村声】您目前没有待评价的工单。如需反映新问题，请直接发送问题内容。',
  ack: '【村声】收到。如需反映新问题，请直接发送问题内容（什么事、在哪个村）。',
  noted: (n: string) => `【村声】收到，您对工单 ${n} 的回访已记录。如需反映新问题，请直接发送问题内容。`,
};

// ---------------------------------------------------------------------------------------------
// Reading the answer (pure)

const YES = /^(是|是的|对|有|及时|已解决|解决了|满意|好)$/;
const NO = /^(否|不是|没有|不及时|未解决|没解决|不满意|不好)$/;
const BARE = /^(是|是的|对|有|好|否|不是|没有|不好)$/;
/** Acknowledgements and thanks: never a ticket, never an answer to a question. */
const ACK =
  /^(好的|好滴|好嘞|嗯+|哦+|噢+|行|中|可以|收到|收到了|知道了|明白了?|晓得了|了解|谢谢|谢谢你们?|谢谢政府|多谢|感谢|辛苦了?|ok|okay)(了|啦|哈|呀|啊)*$/i;

export interface SmsAnswer {
  answers: FollowUpAnswers;
  ref: TicketRef | null;
  comment: string;
  /** Only 是/否 with no question named: needs the one open question of a partial answer. */
  bare: boolean | null;
  /** 好 / 嗯 / 收到 / 谢谢: acknowledged, never a ticket. */
  ack?: true;
}

/**
 * The 回访 answers in an SMS, or null when it reads as anything else (a new complaint, a
 * question). Three short answers in a row follow the order of the three questions.
 */
export function readSmsAnswer(text: string): SmsAnswer | null {
  const t = normalize(text)
    .replace(/[\s。.!！~～,，]+$/, '')
    .replace(/^\s+/, '');
  // "是"/"否" alone names no question ("满意" alone does): it answers the one still open, if any.
  if (BARE.test(t)) return { answers: {}, ref: null, comment: '', bare: YES.test(t) };
  if (ACK.test(t)) return { answers: {}, ref: null, comment: '', bare: null, ack: true };
  const parsed = parseFollowUp(t);
  const parts = t.split(/[\s,，、;；/]+/).filter(Boolean);
  if (parts.length === 3 && parts.every((p) => YES.test(p) || NO.test(p))) {
    const answers: FollowUpAnswers = { ...(parsed?.answers ?? {}) };
    parts.forEach((p, i) => {
      // A word that names its question (满意, 已解决) was read above; 是/否 take their place in order.
      if (BARE.test(p) && answers[ORDER[i]] === undefined) answers[ORDER[i]] = YES.test(p);
    });
    return { answers, ref: parsed?.ref ?? null, comment: '', bare: null };
  }
  if (!parsed) return null;
  return { answers: parsed.answers, ref: parsed.ref, comment: parsed.comment, bare: null };
}

const missingOf = (a: FollowUpAnswers): Key[] => ORDER.filter((k) => a[k] === undefined);

const matches = (t: Ticket, ref: TicketRef) => ('full' in ref ? t.number === ref.full : t.number.endsWith(`-${ref.tail}`));
const tailOf = (n: string) => n.slice(n.lastIndexOf('-') + 1);

// ---------------------------------------------------------------------------------------------
// Acting on it

interface Partial {
  ticketId: number;
  answers: FollowUpAnswers;
  comment?: string;
}

const partialKey = (petitionerId: number) => ({ botAccount: SMS_ACCOUNT, chatKey: 'sms', contactId: `p:${petitionerId}` });

/**
 * Handles an SMS from `phone` as a 回访 answer when it is one and the sender has a resolved
 * ticket awaiting it (or a partial answer pending). Returns null when the SMS is for the intake
 * (not an answer, or nobody awaits one): it then becomes a ticket as before.
 */
export async function smsFollowUp(ds: DataSource, sms: { messageId: string; phone: string; text: string }, now: Date): Promise<FollowUpResult | null> {
  const read = readSmsAnswer(sms.text);
  if (!read) return null;
  // "不满意，修路的钱被乡长贪污了，我叫…": an accusation is a report (filed as on any intake, to
  // the commission), not a 回访 comment in the history the unit of the place reads.
  if (accusesOfficial(read.comment)) return null;
  const m = ds.manager;
  // Delivered before and made a ticket then: it stays the intake's (createTicket answers with it).
  if (await m.findOne(Ticket, { where: { channel: 'sms', origin: 'system', externalId: sms.messageId }, select: { id: true } })) return null;
  const done = await m.findOne(InboundMessage, { where: { botAccount: SMS_ACCOUNT, messageId: sms.messageId } });
  if (done?.status === 'done') return stored(m, done);

  // A lone 是/否/好/嗯/收到/谢谢 is never a ticket: it answers the open question, or is acknowledged.
  const short = read.bare !== null || !!read.ack;
  const petitioners = await m.find(Petitioner, { where: { phone: sms.phone }, order: { id: 'ASC' }, take: 10 });
  if (!petitioners.length) return short ? once(ds, sms, now, (claim) => acknowledge(ds, claim, sms, null, now)) : null;
  const ids = petitioners.map((p) => p.id);
  const awaiting = await m.find(Ticket, { where: { petitionerId: In(ids), status: 'resolved' }, order: { resolvedAt: 'DESC', id: 'DESC' }, take: 20 });
  const convs = await m.find(ChatConversation, { where: ids.map((id) => ({ ...partialKey(id), kind: 'sms_followup' as const })) });
  const live = convs.filter((c) => c.expiresAt > now);
  const partial = live.find((c) => !c.data?.rated && awaiting.some((t) => t.id === c.data?.ticketId)) ?? null;
  // A 回访 answered (and acted on) lately: a 是/否 after it belongs to it ("2没解决", then "否").
  const answered = live.find((c) => c.data?.rated) ?? null;

  if (read.ack || (read.bare !== null && !partial)) return once(ds, sms, now, (claim) => acknowledge(ds, claim, sms, answered, now));
  const hasContent = read.comment.replace(/[\s\p{P}]/gu, '').length >= 2;
  if (!awaiting.length && hasContent) return null; // "不满意，路还是没修" with nothing to rate: a new matter
  // "2没解决" reopened it, then "3不满意": the rest of that same 回访, acknowledged.
  if (!awaiting.length && answered) return once(ds, sms, now, (claim) => acknowledge(ds, claim, sms, answered, now));

  return once(ds, sms, now, (claim) => act(ds, claim, sms, read, awaiting, partial, now));
}

/** Runs `work` once per message id (a redelivery gets the first answer back). */
async function once(ds: DataSource, sms: { messageId: string }, now: Date, work: (claim: InboundMessage) => Promise<FollowUpResult>): Promise<FollowUpResult> {
  const m = ds.manager;
  const claim = await claimInbound(ds, SMS_ACCOUNT, sms.messageId, now);
  if (claim.kind === 'replay') {
    const row = await m.findOne(InboundMessage, { where: { botAccount: SMS_ACCOUNT, messageId: sms.messageId } });
    return stored(m, row!);
  }
  if (claim.kind === 'busy') throw conflict('该短信正在处理中，请稍后重试', 'in_progress');
  try {
    return await work(claim.row);
  } catch (e) {
    await releaseInbound(ds, claim.row.id).catch(() => undefined);
    throw e;
  }
}

/** A short reply to 是/否/好/收到 that has no question to answer; nothing is filed or rated. */
async function acknowledge(
  ds: DataSource,
  claim: InboundMessage,
  sms: { messageId: string; phone: string },
  answered: ChatConversation | null,
  now: Date,
): Promise<FollowUpResult> {
  const ticket = answered ? await ds.manager.findOne(Ticket, { where: { id: answered.data.ticketId } }) : null;
  const reply = ticket ? TEXT.noted(ticket.number) : TEXT.ack;
  return inTransaction(ds, async ({ manager: m }) => {
    await enqueue(
      m,
      {
        channel: 'sms',
        target: sms.phone,
        kind: 'followup_reply',
        ticketId: ticket?.id ?? null,
        payload: { text: reply },
        dedupeKey: `sms-followup:${sms.messageId}`.slice(0, 191),
      },
      now,
    );
    await m.update(
      InboundMessage,
      { id: claim.id },
      { status: 'done', replies: [{ kind: 'nothing', text: reply }] as any, ticketId: ticket?.id ?? null, updatedAt: now },
    );
    return { kind: 'nothing' as const, ticket, reply };
  });
}

async function act(
  ds: DataSource,
  claim: InboundMessage,
  sms: { messageId: string; phone: string },
  read: SmsAnswer,
  awaiting: Ticket[],
  partial: ChatConversation | null,
  now: Date,
): Promise<FollowUpResult> {
  const finish = (kind: FollowUpKind, ticket: Ticket | null, reply: string, conv?: (m: EntityManager) => Promise<unknown>) =>
    inTransaction(ds, async ({ manager: m }) => {
      if (conv) await conv(m);
      await enqueue(
        m,
        {
          channel: 'sms',
          target: sms.phone,
          kind: 'followup_reply',
          ticketId: ticket?.id ?? null,
          payload: { text: reply },
          dedupeKey: `sms-followup:${sms.messageId}`.slice(0, 191),
        },
        now,
      );
      await m.update(
        InboundMessage,
        { id: claim.id },
        { status: 'done', replies: [{ kind, text: reply }] as any, ticketId: ticket?.id ?? null, updatedAt: now },
      );
      return { kind, ticket, reply };
    });

  // A retry that takes over a claim whose rating went through before the answer was stored.
  if (claim.ticketId) {
    const t = await ds.manager.findOneByOrFail(Ticket, { id: claim.ticketId });
    if (t.status !== 'resolved')
      return finish(t.solved === false ? 'reopened' : 'rated', t, t.solved === false ? TEXT.reopened(t.number) : TEXT.rated(t.number));
  }

  let ticket: Ticket | null;
  if (read.ref) {
    ticket = awaiting.find((t) => matches(t, read.ref!)) ?? null;
    if (!ticket) return finish('nothing', null, TEXT.notFound('full' in read.ref ? read.ref.full : read.ref.tail));
  } else if (partial) {
    ticket = awaiting.find((t) => t.id === partial.data.ticketId)!;
  } else if (awaiting.length === 1) {
    ticket = awaiting[0];
  } else if (awaiting.length > 1) {
    return finish('pick', null, TEXT.pick(awaiting.slice(0, MAX_PICK).map((t) => tailOf(t.number))));
  } else {
    return finish('nothing', null, TEXT.nothing);
  }

  const before: Partial | null = partial && partial.data.ticketId === ticket.id ? (partial.data as Partial) : null;
  const answers: FollowUpAnswers = { ...(before?.answers ?? {}), ...read.answers };
  if (read.bare !== null) {
    const open = missingOf(answers);
    if (open.length === 1) answers[open[0]] = read.bare;
  }
  const comment = [before?.comment, read.comment].filter(Boolean).join('；');
  const missing = missingOf(answers);
  const key = partialKey(ticket.petitionerId!);
  // Rated: what is left of the 回访 is remembered for a day, so a late 是/否 is taken for it
  // (acknowledged) rather than filed as a new matter.
  const remember = async (m: EntityManager) => {
    const existing = await m.findOne(ChatConversation, { where: key });
    const data = { ticketId: ticket!.id, answers, rated: true };
    const expiresAt = new Date(now.getTime() + ANSWERED_TTL_MS);
    if (existing) await m.update(ChatConversation, { id: existing.id }, { kind: 'sms_followup', data: data as any, expiresAt, createdAt: now });
    else await m.insert(ChatConversation, { ...key, kind: 'sms_followup', data: data as any, expiresAt, createdAt: now });
  };

  // "未解决" is enough to act on: the ticket goes back to the unit now, not after more questions.
  if (answers.solved === false || !missing.length) {
    // Noted before rating: a retry taking over after a crash here knows which ticket it rated.
    await inTransaction(ds, ({ manager: m }) => m.update(InboundMessage, { id: claim.id }, { ticketId: ticket!.id, updatedAt: now }));
    const solved = answers.solved!;
    const saved = await rateTicket(
      ds,
      villagerActor(ticket.petitionerId!),
      ticket.id,
      {
        solved,
        satisfied: answers.satisfied ?? false,
        // Not answered: left null, so 响应率 goes by the record, not by a made-up answer.
        contactedInTime: answers.contactedInTime ?? null,
        comment: comment ? comment.slice(0, 500) : solved ? undefined : '群众短信回访：未解决',
      },
      { now },
    );
    return finish(solved ? 'rated' : 'reopened', saved, solved ? TEXT.rated(saved.number) : TEXT.reopened(saved.number), remember);
  }

  // Partial: keep what was said, ask the rest.
  const data: Partial = { ticketId: ticket.id, answers, comment: comment || undefined };
  return finish('asked', ticket, TEXT.ask(ticket.number, missing), async (m) => {
    const existing = await m.findOne(ChatConversation, { where: key });
    const expiresAt = new Date(now.getTime() + PARTIAL_TTL_MS);
    if (existing) await m.update(ChatConversation, { id: existing.id }, { kind: 'sms_followup', data: data as any, expiresAt, createdAt: now });
    else await m.insert(ChatConversation, { ...key, kind: 'sms_followup', data: data as any, expiresAt, createdAt: now });
  });
}

/** The answer given the first time a message id was handled. */
async function stored(m: EntityManager, row: InboundMessage): Promise<FollowUpResult> {
  const first = (row.replies?.[0] ?? {}) as { kind?: FollowUpKind; text?: string };
  const ticket = row.ticketId ? await m.findOne(Ticket, { where: { id: row.ticketId } }) : null;
  return { kind: first.kind ?? 'nothing', ticket, reply: first.text ?? '' };
}
