import { EntityManager } from 'typeorm';
import { ChatTarget } from '../entities/ChatTarget';
import { OutboxChannel, OutboxMessage } from '../entities/OutboxMessage';
import { Petitioner } from '../entities/Petitioner';
import { Ticket } from '../entities/Ticket';
import { nextNoticeTime } from '../clocks/notice';
import { IMMEDIATE_MESSAGE_TYPES } from '../vocabulary';
import { flagEnqueued } from './nudge';
import { readSetting } from '../config';
import { insertRowsIgnore } from '../db/rows';

export interface Enqueue {
  channel: OutboxChannel;
  target: string;
  kind: string;
  payload: Record<string, unknown>;
  dedupeKey?: string;
  ticketId?: number | null;
  /** Deliver no earlier than this (pacing, quiet hours). */
  notBefore?: Date;
  /**
   * The bot account that must send it. Defaults: a wechat_room target that is a ChatTarget id
   * takes that target's botAccount; a wechat_contact target `<account>:<contactId>` its prefix.
   */
  account?: string | null;
  /**
   * Staff notices only: deliver at once even in quiet hours (an emergency). Notices about an
   * emergency ticket are urgent without saying so. Villagers' messages never wait.
   */
  urgent?: boolean;
}

/**
 * Quiet hours for staff: a notice outside 08:00–20:00 or on a rest day waits for the next working
 * morning (src/clocks/notice.ts), unless it is urgent. OUTBOX_QUIET_HOURS=0 turns this off.
 */
export const quietHoursOn = (env: NodeJS.ProcessEnv = process.env) => readSetting('OUTBOX_QUIET_HOURS', env);

/** Is this staff notice urgent: flagged so, of an immediate kind (vocabulary), or about an emergency ticket. */
export async function isUrgentNotice(
  m: EntityManager,
  msg: { kind?: string; payload?: Record<string, unknown> | null; ticketId?: number | null; urgent?: boolean },
): Promise<boolean> {
  if (msg.urgent || msg.payload?.urgent === true) return true;
  if (msg.kind && (IMMEDIATE_MESSAGE_TYPES as readonly string[]).includes(msg.kind)) return true;
  // `urgent: false` is the caller saying it knows the ticket is no emergency: no need to look.
  if (!msg.ticketId || msg.urgent === false) return false;
  const t = await m.findOne(Ticket, { select: { id: true, urgency: true }, where: { id: msg.ticketId } });
  return t?.urgency === 'emergency';
}

/** Which bot account owns a WeChat target, when the enqueuer did not say. */
async function accountFor(m: EntityManager, msg: Enqueue): Promise<string | null> {
  if (msg.account !== undefined) return msg.account;
  if (msg.channel === 'wechat_room' && /^\d{1,10}$/.test(msg.target)) {
    const t = await m.findOne(ChatTarget, { where: { id: Number(msg.target) } });
    return t?.botAccount ?? null;
  }
  if (msg.channel === 'wechat_contact') {
    const i = msg.target.indexOf(':');
    return i > 0 ? msg.target.slice(0, i) : null;
  }
  return null;
}

/**
 * Writes the message in the caller's transaction, so it exists exactly when the change that
 * caused it commits. A repeated dedupeKey is ignored: enqueueing is idempotent.
 */
export async function enqueue(m: EntityManager, msg: Enqueue, now = new Date()): Promise<void> {
  let notBefore = msg.notBefore ?? now;
  let payload = msg.payload;
  if (msg.channel === 'staff') {
    const urgent = await isUrgentNotice(m, msg);
    if (urgent) payload = { ...payload, urgent: true };
    else if (quietHoursOn()) {
      const slot = nextNoticeTime(notBefore);
      if (slot > notBefore) notBefore = slot;
    }
  }
  // One fixed statement text with every value bound (src/db/rows.ts): SQLite prepares it once,
  // where the query builder wrote the numbers into the text and made each insert a new statement.
  await insertRowsIgnore(m, OutboxMessage, [
    {
      channel: msg.channel,
      target: msg.target,
      kind: msg.kind,
      account: await accountFor(m, msg),
      payload: payload as any,
      dedupeKey: msg.dedupeKey ?? null,
      status: 'pending',
      attempts: 0,
      nextAttemptAt: notBefore,
      lockedBy: null,
      lockedUntil: null,
      lastError: null,
      ticketId: msg.ticketId ?? null,
      createdAt: now,
      sentAt: null,
    },
  ]);
  flagEnqueued(m);
}

/**
 * A notice to the villager on the channel they came from: SMS for hotline/SMS callers, the bot's
 * 1:1 chat for WeChat, a subscription message for the mini-program.
 */
export async function notifyPetitioner(
  m: EntityManager,
  ticket: Ticket,
  petitioner: Petitioner | null,
  kind: string,
  text: string,
  now = new Date(),
  dedupeKey?: string,
): Promise<void> {
  if (!petitioner) return;
  const base = { kind, ticketId: ticket.id, dedupeKey, payload: { text, ticketNumber: ticket.number, status: ticket.status } };
  if ((ticket.channel === 'hotline' || ticket.channel === 'sms') && petitioner.phone) {
    await enqueue(m, { ...base, channel: 'sms', target: petitioner.phone }, now);
  } else if (petitioner.wechatId) {
    await enqueue(m, { ...base, channel: 'wechat_contact', target: petitioner.wechatId }, now);
  } else if (petitioner.openid) {
    await enqueue(m, { ...base, channel: 'mp_subscribe', target: petitioner.openid }, now);
  } else if (petitioner.phone) {
    await enqueue(m, { ...base, channel: 'sms', target: petitioner.phone }, now);
  }
}

/** A notice to a member of staff; the chat side delivers it to their bound WeChat or WeCom. */
export async function notifyStaff(
  m: EntityManager,
  staffId: number,
  kind: string,
  text: string,
  ticketId: number | null,
  now = new Date(),
  dedupeKey?: string,
  opts: { urgent?: boolean } = {},
): Promise<void> {
  await enqueue(m, { channel: 'staff', target: String(staffId), kind, ticketId, dedupeKey, payload: { text }, urgent: opts.urgent }, now);
}
