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
  /** Null only for an SMS that answered a follow-up without naming a ticket (see followUp). */
  ticket: { id: number; number: string; status: string; category: string; unit: string | null; resolutionDueAt: Date | null } | null;
  /** The SMS was an answer to a 回访: what it did (rated, reopened, asked for the rest…), not a new ticket. */
  followUp?: { outcome: FollowUpKind };
}

async function present(ds: DataSource, t: Ticket, created: boolean): Promise<IntakeResult> {
  const unit = await ds.manager.findOne(Unit, { where: { id: t.handlingUnitId } });
  return { created, ticket: { id: t.id, number: t.number, status: t.status, category: t.category, unit: unit?.name ?? null, resolutionDueAt: t.resolutionDueAt } };
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
  const text = (call.summary?.trim() || call.transcript?.trim() || '').slice(0, 2000);
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
    const fu = await smsFollowUp(ds, { messageId: sms.messageId, phone, text: sms.text.trim().slice(0, 2000) }, now);
    if (fu) return { ...(fu.ticket ? await present(ds, fu.ticket, false) : { created: false, ticket: null }), followUp: { outcome: fu.kind } };
  }
  const { ticket, created } = await createTicket(
    ds,
    SYSTEM,
    { text: sms.text.trim().slice(0, 2000), channel: 'sms', externalId: sms.messageId, contact: phone ? { phone } : null, contextJurisdiction: sms.area ?? null },
    { now: at, limiter: opts.limiter },
  );
  return present(ds, ticket, created);
}
