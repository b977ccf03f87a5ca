import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { inTransaction } from '../../db/tx';
import { Petitioner } from '../../entities/Petitioner';
import { Ticket } from '../../entities/Ticket';
import { AppError } from '../../errors';
import { enqueue } from '../../outbox/enqueue';
import { requestReview, SYSTEM } from '../../tickets';

/**
 * 复查/复核 by SMS: "申请复查 430502-20261130-0007 路还是没修好", "我要复核", "复查，补得不行". The
 * phone names the petitioner (as for a 回访 answer); the number, if given, names the ticket, else
 * their latest written answer still open to review. Not a complaint, so never a new ticket.
 */

const ASK = /^\s*(?:我(?:要|想)|要求|请求)?\s*(?:申请)?\s*(复查|复核)/;
const NUMBER = /\d{6}-\d{8}-J?\d{4,6}/;

export interface ReviewRequestSms {
  stage: 'review' | 'recheck';
  number: string | null;
  reason: string;
}

/** A request for 复查/复核 at the start of the message, else null (a complaint that mentions 复查 later is a complaint). */
export function readReviewRequest(text: string): ReviewRequestSms | null {
  const m = ASK.exec(text);
  if (!m) return null;
  const number = NUMBER.exec(text)?.[0] ?? null;
  const rest = text.slice(m[0].length).replace(number ?? '\u0000', '').replace(/^[\s,，:：。.、;；]+/, '').trim();
  return { stage: m[1] === '复核' ? 'recheck' : 'review', number, reason: rest.replace(/[\s,，:：。.、;；]/g, '').length >= 2 ? rest.slice(0, 1000) : '对答复不服' };
}

export type SmsReviewOutcome = 'requested' | 'refused' | 'not_found';

export async function smsReview(ds: DataSource, sms: { messageId: string; phone: string; text: string }, now: Date): Promise<{ outcome: SmsReviewOutcome; ticket: Ticket | null } | null> {
  const read = readReviewRequest(sms.text);
  if (!read) return null;
  const m = ds.manager;
  const reply = (text: string, ticketId: number | null) =>
    inTransaction(ds, ({ manager }) =>
      enqueue(manager, { channel: 'sms', target: sms.phone, kind: 'review', ticketId, payload: { text }, dedupeKey: `sms-review:${sms.messageId}`.slice(0, 191) }, now),
    );
  const people = await m.find(Petitioner, { where: { phone: sms.phone }, select: { id: true }, take: 10 });
  const mine = people.length
    ? await m.find(Ticket, {
        where: { petitionerId: In(people.map((p) => p.id)), ...(read.number ? { number: read.number } : { status: In(['resolved', 'closed']) }) },
        order: { resolvedAt: 'DESC', id: 'DESC' },
        take: 20,
      })
    : [];
  // 复核 asks about a 复查 answer, 复查 about a petition's: the stage said picks among their answers.
  const wanted = read.stage === 'recheck' ? 'review' : 'petition';
  const pick = read.number ? mine[0] : mine.find((t) => t.resolvedAt && !t.finalAt && t.stage === wanted);
  if (!pick) {
    await reply('【村声】没有找到可以申请复查（复核）的答复。请在收到答复之日起 30 日内，回复“复查 工单号 理由”，例如：复查 430502-20261130-0007 路还是没修好。', null);
    return { outcome: 'not_found', ticket: null };
  }
  try {
    return { outcome: 'requested', ticket: await requestReview(ds, SYSTEM, pick.id, { reason: read.reason }, { now }) };
  } catch (e) {
    if (!(e instanceof AppError) || e.status !== 409) throw e;
    // A redelivered message: the review it opened is the answer.
    const open = e.code === 'review_exists' ? await m.findOne(Ticket, { where: { reviewOfId: pick.id } }) : null;
    if (open) return { outcome: 'requested', ticket: open };
    await reply(`【村声】工单 ${pick.number}：${e.message}。`, pick.id);
    return { outcome: 'refused', ticket: pick };
  }
}
