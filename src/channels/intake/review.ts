import type { DataSource } from 'typeorm';
import { inTransaction } from '../../db/tx';
import { Petitioner } from '../../entities/Petitioner';
import { Ticket } from '../../entities/Ticket';
import { AppError } from '../../errors';
import { enqueue } from '../../outbox/enqueue';
import { readReviewRequest, requestReview, reviewTarget, SYSTEM } from '../../tickets';

/**
 * 复查/复核 by SMS: the phone names the petitioner (as for a 回访 answer); the words and the ticket
 * they name are read by the tickets module (readReviewRequest, reviewTarget), as for WeChat.
 */
export type SmsReviewOutcome = 'requested' | 'refused' | 'not_found';

export async function smsReview(
  ds: DataSource,
  sms: { messageId: string; phone: string; text: string },
  now: Date,
): Promise<{ outcome: SmsReviewOutcome; ticket: Ticket | null } | null> {
  const read = readReviewRequest(sms.text);
  if (!read) return null;
  const m = ds.manager;
  const reply = (text: string, ticketId: number | null) =>
    inTransaction(ds, ({ manager }) =>
      enqueue(
        manager,
        { channel: 'sms', target: sms.phone, kind: 'review', ticketId, payload: { text }, dedupeKey: `sms-review:${sms.messageId}`.slice(0, 191) },
        now,
      ),
    );
  const people = await m.find(Petitioner, { where: { phone: sms.phone }, select: { id: true }, take: 10 });
  const pick = await reviewTarget(
    m,
    people.map((p) => p.id),
    read,
  );
  if (!pick) {
    await reply(
      '【村声】没有找到可以申请复查（复核）的答复。请在收到答复之日起 30 日内，回复“复查 工单号 理由”，例如：复查 430502-20261130-0007 路还是没修好。',
      null,
    );
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
