import { DataSource, In } from 'typeorm';
import { ChatTarget } from '../../entities/ChatTarget';
import { OutboxMessage } from '../../entities/OutboxMessage';
import { badRequest, conflict, notFound } from '../../errors';
import { loadOutboxSettings } from '../../outbox/config';
import { claimBatch, markDeferred, markFailed, markSent } from '../../outbox/store';
import { NOT_TOLD_ERROR, stillTellable } from '../../outbox/senders/staff';
import type { AckInput, OutboxItem } from './wire';

/** The bot's channels: it claims them itself, the in-process dispatcher never does. */
export const BOT_CHANNELS = ['wechat_room', 'wechat_contact'] as const;

/**
 * Claims due WeChat rows for one bot account and says where each goes: a bound room (its id in
 * this login, and its topic to find it if the id is stale) or a contact. Rows that can never be
 * delivered (binding removed) are marked dead with the reason.
 */
export async function claimForBot(ds: DataSource, input: { botAccount: string; worker: string; limit: number }, now = new Date()): Promise<OutboxItem[]> {
  const settings = loadOutboxSettings();
  const rows = await claimBatch(ds, {
    channels: [...BOT_CHANNELS],
    worker: input.worker,
    limit: input.limit,
    leaseMs: settings.leaseMs,
    now,
    botAccount: input.botAccount,
    maxAttempts: settings.maxAttempts,
  });
  const roomIds = rows.filter((r) => r.channel === 'wechat_room' && /^\d{1,10}$/.test(r.target)).map((r) => Number(r.target));
  const rooms = roomIds.length
    ? new Map((await ds.manager.find(ChatTarget, { where: { id: In(roomIds) } })).map((t) => [t.id, t]))
    : new Map<number, ChatTarget>();
  const items: OutboxItem[] = [];
  for (const r of rows) {
    const text = String(r.payload?.text ?? '').trim();
    if (!text) {
      await markFailed(ds, r.id, input.worker, '消息内容为空', now, { permanent: true });
      continue;
    }
    // A staff notice routed here before its ticket became a report is not sent after all.
    if (!(await stillTellable(ds.manager, r))) {
      await markFailed(ds, r.id, input.worker, NOT_TOLD_ERROR, now, { permanent: true });
      continue;
    }
    if (r.channel === 'wechat_room') {
      const t = rooms.get(Number(r.target));
      if (!t || !t.active || t.kind !== 'wechat_room') {
        await markFailed(ds, r.id, input.worker, `群绑定 ${r.target} 不存在或已解除`, now, { permanent: true });
        continue;
      }
      items.push({ id: r.id, kind: r.kind, to: { room: { roomId: t.roomId, topic: t.topic } }, text });
    } else {
      const i = r.target.indexOf(':');
      const contactId = i > 0 && r.target.slice(0, i) === input.botAccount ? r.target.slice(i + 1) : r.target;
      items.push({ id: r.id, kind: r.kind, to: { contact: { contactId } }, text });
    }
  }
  return items;
}

/** The bot reports one delivery: sent, failed (retried with backoff or dead), or paced. */
export async function ackForBot(ds: DataSource, id: number, input: AckInput, now = new Date()): Promise<{ status: string }> {
  const row = await ds.manager.findOne(OutboxMessage, { where: { id } });
  if (!row || !(BOT_CHANNELS as readonly string[]).includes(row.channel)) throw notFound('消息');
  if (input.ok) {
    await markSent(ds, id, input.worker, now);
    return { status: 'sent' };
  }
  if (input.deferUntil) {
    const until = new Date(input.deferUntil);
    if (Number.isNaN(until.getTime())) throw badRequest('deferUntil 不是有效时间', 'deferUntil');
    if (!(await markDeferred(ds, id, input.worker, until, now))) throw conflict('该消息已不由此发送者持有', 'not_claimed');
    return { status: 'pending' };
  }
  const outcome = await markFailed(ds, id, input.worker, (input.error ?? '发送失败').slice(0, 500), now, {
    permanent: input.permanent,
    maxAttempts: loadOutboxSettings().maxAttempts,
  });
  if (outcome === 'lost') throw conflict('该消息已不由此发送者持有', 'not_claimed');
  return { status: outcome === 'dead' ? 'dead' : 'pending' };
}
