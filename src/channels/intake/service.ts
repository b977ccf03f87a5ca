import { DataSource, LessThan } from 'typeorm';
import { inTransaction } from '../../db/tx';
import { Ticket } from '../../entities/Ticket';
import { Unit } from '../../entities/Unit';
import { WebhookNonce } from '../../entities/WebhookNonce';
import { SYSTEM } from '../../tickets';
import { badRequest } from '../../errors';
import { createTicket, CreateTicketInput, originOf } from '../../tickets';
import type { Limiter } from '../../tickets';
import { MAX_SKEW_SECONDS } from '../../auth/hmac';
import { FollowUpKind, smsFollowUp } from './followup';
import { smsReview, SmsReviewOutcome } from './review';
import { Petitioner } from '../../entities/Petitioner';
import { enqueue } from '../../outbox/enqueue';
import { understand } from '../../classify';
import { addressed, asksAfterEarlier, complaintText, normalize } from '../chat/parse';
import { emergencyCall, T } from '../chat/texts';
import { lastStep, latestTicketsText, ownQuotedTicket, unitName } from '../chat/lookup';
import { villagerActor } from '../chat/identity';
import { placeIndex } from '../../gazetteer/store';

export type IntakeSource = 'hotline' | 'sms';

/**
 * Remembers an accepted signature until it could no longer pass the timestamp check. False if it
 * was seen already: the very same request again (a replay, or a vendor resending without
 * re-signing). Vendors that re-sign their retries get through and meet call-id idempotency.
 */
export async function rememberSignature(ds: DataSource, source: IntakeSource, signature: string, timestamp: number, now: Date): Promise<boolean> {
  const expiresAt = new Date((timestamp + MAX_SKEW_SECONDS + 60) * 1000);
  try {
    await inTransaction(ds, async ({ manager: m }) => {
      await m.delete(WebhookNonce, { expiresAt: LessThan(now) });
      await m.insert(WebhookNonce, { source, signature, expiresAt, createdAt: now });
    });
    return true;
  } catch (e: any) {
    if (/UNIQUE|Duplicate/i.test(String(e?.message))) return false;
    throw e;
  }
}

/** The request was not processed after all (database trouble): let the identical retry in. */
export async function forgetSignature(ds: DataSource, source: IntakeSource, signature: string): Promise<void> {
  await inTransaction(ds, ({ manager: m }) => m.delete(WebhookNonce, { source, signature })).catch(() => undefined);
}

/**
 * "+86 138-0000-1111" → "13800001111"; fullwidth digits ("１３８…") and dotted or spaced numbers
 * are the same number; landlines keep their area code; withheld numbers → null.
 */
export function normalizePhone(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = raw.normalize('NFKC').replace(/[\s().\-\u00b7\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g, '');
  if (/^(\+86|0086)1\d{10}$/.test(s)) s = s.replace(/^(\+86|0086)/, '');
  else if (/^861[3-9]\d{9}$/.test(s)) s = s.slice(2);
  return /^\+?\d{5,20}$/.test(s) ? s : null;
}

export interface IntakeResult {
  created: boolean;
  /** Null for an SMS that answered a follow-up without naming a ticket (see followUp), or asked after one (query). */
  ticket: { id: number; number: string; status: string; category: string; unit: string | null; resolutionDueAt: Date | null } | null;
  /** The SMS was an answer to a 回访: what it did (rated, reopened, asked for the rest…), not a new ticket. */
  followUp?: { outcome: FollowUpKind };
  /** The SMS asked for 复查/复核: the review ticket it opened, or why not. */
  review?: { outcome: SmsReviewOutcome };
  /** The SMS asked after the sender's own ticket by its number: answered by SMS, nothing filed (ticket null). */
  query?: { outcome: 'answered' };
}

async function present(ds: DataSource, t: Ticket, created: boolean): Promise<IntakeResult> {
  const unit = await ds.manager.findOne(Unit, { where: { id: t.handlingUnitId } });
  return {
    created,
    ticket: { id: t.id, number: t.number, status: t.status, category: t.category, unit: unit?.name ?? null, resolutionDueAt: t.resolutionDueAt },
  };
}

/** How far a vendor's `time` may lie in the past (a late batch) or ahead (clock skew). */
export const MAX_TIME_AGE_MS = 24 * 3600_000;
export const MAX_TIME_AHEAD_MS = 5 * 60_000;

/**
 * When it happened, as the clocks' start: the vendor's time (a few minutes ahead is skew and
 * counts as now). Older than a day or further ahead is refused: a year-old time would start a
 * ticket already overdue and escalated.
 */
export function receivedAt(time: Date | undefined, now: Date): Date {
  if (!time) return now;
  const ahead = time.getTime() - now.getTime();
  if (ahead > MAX_TIME_AHEAD_MS) throw badRequest('time 晚于当前时间超过 5 分钟，请检查发送方时钟', 'time');
  if (-ahead > MAX_TIME_AGE_MS) throw badRequest('time 早于 24 小时前，过期记录请人工登记', 'time');
  return ahead > 0 ? now : time;
}

export interface HotlineCall {
  callId: string;
  caller?: string | null;
  transcript?: string;
  summary?: string;
  time?: Date;
  place?: string;
  villageCode?: string;
  area?: string;
  category?: string;
}

/**
 * A call record becomes a ticket, once per call id. The operator's summary is the ticket text
 * when there is one (transcripts ramble); the caller gets the number by SMS through the outbox
 * (createTicket enqueues it for hotline and SMS tickets, once).
 */
/** `limiter`: the app's intake limiter (the webhook counts per caller and as a whole). */
export interface IntakeOpts {
  limiter?: Limiter | null;
}

/** A vendor's redelivery of what it already delivered gets its ticket back, however old its `time`. */
async function delivered(ds: DataSource, channel: 'hotline' | 'sms', externalId: string): Promise<IntakeResult | null> {
  const t = await ds.manager.findOne(Ticket, { where: { channel, origin: originOf(SYSTEM), externalId } });
  return t ? present(ds, t, false) : null;
}

export async function intakeHotline(ds: DataSource, call: HotlineCall, now: Date, opts: IntakeOpts = {}): Promise<IntakeResult> {
  const again = await delivered(ds, 'hotline', call.callId);
  if (again) return again;
  const at = receivedAt(call.time, now);
  // A transcript starts the way callers start ("喂 你好 我想反映一下…"); an operator's summary does not.
  const summary = call.summary?.trim();
  const text = (summary || complaintText(addressed(call.transcript?.trim() ?? ''))).slice(0, 2000);
  const phone = normalizePhone(call.caller);
  const input: CreateTicketInput = {
    text,
    channel: 'hotline',
    externalId: call.callId,
    contact: phone ? { phone } : null,
    villageCode: call.villageCode ?? null,
    place: call.place ?? null,
    contextJurisdiction: call.area ?? null,
    category: call.category ?? null,
  };
  const { ticket, created } = await createTicket(ds, SYSTEM, input, { now: at, limiter: opts.limiter });
  return present(ds, ticket, created);
}

export interface InboundSms {
  messageId: string;
  sender: string;
  text: string;
  time?: Date;
  area?: string;
}

/**
 * An inbound SMS: an answer to the follow-up questions of a resolved ticket rates it (see
 * followup.ts); anything else becomes a ticket, once per message id.
 */
export async function intakeSms(ds: DataSource, sms: InboundSms, now: Date, opts: IntakeOpts = {}): Promise<IntakeResult> {
  const again = await delivered(ds, 'sms', sms.messageId);
  if (again) return again;
  const at = receivedAt(sms.time, now);
  const phone = normalizePhone(sms.sender);
  if (phone) {
    // "申请复查 …" / "我要复核": a request for review of an answer (review.ts), never a new ticket.
    const rv = await smsReview(ds, { messageId: sms.messageId, phone, text: sms.text.trim().slice(0, 2000) }, now);
    if (rv)
      return { ...(rv.ticket ? await present(ds, rv.ticket, rv.outcome === 'requested') : { created: false, ticket: null }), review: { outcome: rv.outcome } };
    const fu = await smsFollowUp(ds, { messageId: sms.messageId, phone, text: sms.text.trim().slice(0, 2000) }, now);
    if (fu) return { ...(fu.ticket ? await present(ds, fu.ticket, false) : { created: false, ticket: null }), followUp: { outcome: fu.kind } };
  }
  if (phone) {
    const asked = await smsQuery(ds, { messageId: sms.messageId, phone, text: sms.text.slice(0, 2000) }, now);
    if (asked) return asked;
  }
  // A bare 是/否/好/收到/谢谢 from a withheld number: nobody to answer, and never a ticket.
  if (isBareReply(sms.text)) return { created: false, ticket: null, followUp: { outcome: 'nothing' } };
  // "反映一下 …", "我要反映个问题 …": the ticket says what the matter is, not how it was raised.
  const text = complaintText(addressed(sms.text.trim().slice(0, 2000)));
  // The same words from the same phone a few minutes ago (a resend) are one ticket: createTicket's check.
  const { ticket, created } = await createTicket(
    ds,
    SYSTEM,
    { text, channel: 'sms', externalId: sms.messageId, contact: phone ? { phone } : null, contextJurisdiction: sms.area ?? null },
    { now: at, limiter: opts.limiter },
  );
  // Danger to life: the reply also says whom to call now (once per ticket).
  if (created && phone && (ticket.urgency === 'emergency' || understand(text).emergency)) {
    await inTransaction(ds, ({ manager: m }) =>
      enqueue(
        m,
        {
          channel: 'sms',
          target: phone,
          kind: 'ticket_created',
          ticketId: ticket.id,
          payload: { text: `【村声】${emergencyCall(text)}` },
          dedupeKey: `sms-emergency:${ticket.id}`,
        },
        now,
      ),
    );
  }
  return present(ds, ticket, created);
}

/**
 * An SMS quoting the number of one of the sender's own tickets ("查询 …", "…J0001 怎么还没消息")
 * asks after it: answered by SMS with where it stands, never filed. A new ticket would carry that
 * number beside the sender's phone to whoever handles the new one, for a report possibly the
 * accused township. Once per message id (the reply's dedupe key); the gateway gets no ticket.
 */
async function smsQuery(ds: DataSource, sms: { messageId: string; phone: string; text: string }, now: Date): Promise<IntakeResult | null> {
  const m = ds.manager;
  const people = await m.find(Petitioner, { where: { phone: sms.phone }, select: { id: true }, take: 10 });
  const t = await ownQuotedTicket(
    m,
    people.map((p) => p.id),
    sms.text,
  );
  let text: string;
  if (t?.petitionerId) text = `【村声】${T.ticketDetail(t, await unitName(m, t.handlingUnitId), now, await lastStep(m, villagerActor(t.petitionerId), t))}`;
  else if (people.length && asksAfterEarlier(sms.text)) {
    // "我上次举报的事怎么样了" without a number: the sender's latest tickets.
    const latest = await latestTicketsText(
      m,
      people.map((p) => p.id),
      now,
      await placeIndex(ds),
    );
    if (!latest) return null;
    text = `【村声】${latest}`;
  } else return null;
  await inTransaction(ds, ({ manager }) =>
    enqueue(
      manager,
      {
        channel: 'sms',
        target: sms.phone,
        kind: 'followup_reply',
        ticketId: t?.id ?? null,
        payload: { text },
        dedupeKey: `sms-query:${sms.messageId}`.slice(0, 191),
      },
      now,
    ),
  );
  return { created: false, ticket: null, query: { outcome: 'answered' } };
}

/** The same complaint text window for SMS (vendors resend, villagers send twice). */
const flat = (s: string) => normalize(s).replace(/[\s\u3000\p{P}\p{S}]+/gu, '');

/** 是 / 否 / 好 / 嗯 / 收到 / 谢谢 and the like, alone: an answer or a courtesy, never a complaint. */
export function isBareReply(text: string): boolean {
  const t = flat(text).toLowerCase();
  return (
    !t ||
    /^(是|是的|对|有|否|不是|没有|不|好|好的|好滴|好嘞|不好|嗯+|哦+|噢+|行|中|可以|收到|收到了|知道了|明白了?|晓得了|了解|谢谢|谢谢你们?|多谢|感谢|辛苦了?|ok|okay|满意|不满意|已解决|未解决)(了|啦|哈|呀|啊)*$/.test(
      t,
    )
  );
}
