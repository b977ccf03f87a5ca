import { EntityManager, In } from 'typeorm';
import { OutboxMessage } from '../entities/OutboxMessage';
import { Staff } from '../entities/Staff';
import { Ticket } from '../entities/Ticket';
import { formatShanghai } from '../clocks/time';
import { mayBeToldOf } from '../tickets/staff-actor';
import { enqueue } from './enqueue';

/**
 * Staff notices that found no channel (no bound WeChat, no work group in the area) are `held`,
 * not dead: when the member binds, they get one digest of what they missed, oldest first.
 * Notices that went dead for the same reason before holding existed count too (last 30 days).
 */
export const NO_CHANNEL_ERROR = 'no channel: 该工作人员未绑定微信，所在区域也没有工作群';
export const DIGEST_LOOKBACK_DAYS = 30;
/** A WeChat text stays readable (and under the puppets' limits) with this many items. */
export const DIGEST_MAX_ITEMS = 15;
const ITEM_CHARS = 120;

/**
 * Called where a member of staff binds WeChat (src/channels/chat/binding.ts), in the binding's
 * transaction: the held notices become one 'staff' notice (delivered to the new binding after
 * commit) and are marked sent, pointing at it. Returns how many notices the digest carries.
 */
export async function releaseHeldNotices(m: EntityManager, staffId: number, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - DIGEST_LOOKBACK_DAYS * 86_400_000);
  const rows = await m
    .createQueryBuilder(OutboxMessage, 'o')
    .where("o.channel = 'staff' AND o.target = :target", { target: String(staffId) })
    .andWhere("(o.status = 'held' OR (o.status = 'dead' AND o.lastError = :err AND o.createdAt > :since))", { err: NO_CHANNEL_ERROR, since })
    .orderBy('o.createdAt', 'ASC')
    .addOrderBy('o.id', 'ASC')
    .getMany();
  if (!rows.length) return 0;
  const staff = await m.findOne(Staff, { where: { id: staffId } });
  // Still only what this member may be told now (a report on their new unit stays out).
  const ticketIds = [...new Set(rows.map((r) => r.ticketId).filter((x): x is number => x !== null))];
  const tickets = new Map((ticketIds.length ? await m.find(Ticket, { where: { id: In(ticketIds) } }) : []).map((t) => [t.id, t]));
  const items: string[] = [];
  const told = new Set<number>();
  for (const r of rows) {
    const t = r.ticketId !== null ? tickets.get(r.ticketId) : undefined;
    if (r.ticketId !== null && (!t || !staff || !(await mayBeToldOf(m, staff, t)))) continue;
    if (r.ticketId !== null) told.add(r.ticketId);
    const text = String(r.payload?.text ?? '')
      .replace(/\s+/g, ' ')
      .trim();
    if (text) items.push(`${formatShanghai(r.createdAt)} ${text.length > ITEM_CHARS ? text.slice(0, ITEM_CHARS - 1) + '…' : text}`);
  }
  const ids = rows.map((r) => r.id);
  if (items.length) {
    const shown = items.slice(-DIGEST_MAX_ITEMS);
    const more = items.length - shown.length;
    const body = [
      `您绑定微信前有 ${items.length} 条工作通知未能送达，汇总如下：`,
      ...shown.map((x, i) => `${i + 1}. ${x}`),
      ...(more > 0 ? [`另有较早的 ${more} 条，请登录村声查看。`] : []),
    ].join('\n');
    await enqueue(
      m,
      {
        channel: 'staff',
        target: String(staffId),
        kind: 'notice_digest',
        // Checked again at delivery (stillTellable): the member may move, a ticket become a report.
        payload: { text: body, count: items.length, ticketIds: [...told] },
        dedupeKey: `digest:${staffId}:${ids[ids.length - 1]}`,
        urgent: true,
      },
      now,
    );
  }
  for (let i = 0; i < ids.length; i += 500) {
    await m
      .createQueryBuilder()
      .update(OutboxMessage)
      .set({ status: 'sent', sentAt: now, lastError: items.length ? '已并入绑定后的汇总通知' : '绑定后已无权查看，未再发送' })
      .where('id IN (:...ids)', { ids: ids.slice(i, i + 500) })
      .execute();
  }
  return items.length;
}
