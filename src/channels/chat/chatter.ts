import { DataSource, In, MoreThan } from 'typeorm';
import { inTransaction } from '../../db/tx';
import { ChatConversation } from '../../entities/ChatConversation';
import { ChatTarget } from '../../entities/ChatTarget';
import { InboundMessage } from '../../entities/InboundMessage';
import { targetForRoom } from './binding';
import { bumpChatter } from './store';
import type { ChatterFlush, RoomFollow } from './wire';

/** A flush id is remembered in inbound_message under this prefix (next to message ids, pruned with them). */
const flushKey = (flushId: string) => `chatter:${flushId}`.slice(0, 128);

/**
 * Adds a bot's locally counted chatter (未诉先办) to the groups' daily counts, once per flush id:
 * the flush id and the counts commit together, so a flush retried after a lost answer, or after
 * the core died mid-way, counts exactly once. Rooms that are not bound villagers' groups (any
 * more) are skipped.
 */
export async function addChatterFlush(ds: DataSource, flush: ChatterFlush, now: Date): Promise<{ counted: number; replay: boolean }> {
  return inTransaction(ds, async ({ manager: m }) => {
    const key = flushKey(flush.flushId);
    if (await m.findOne(InboundMessage, { where: { botAccount: flush.botAccount, messageId: key } })) return { counted: 0, replay: true };
    // A racing copy of the same flush fails here on the unique index and rolls back whole.
    await m.insert(InboundMessage, {
      botAccount: flush.botAccount,
      messageId: key,
      status: 'done',
      replies: null,
      ticketId: null,
      attachTo: null,
      createdAt: now,
      updatedAt: now,
    });
    let counted = 0;
    for (const c of flush.counts) {
      const target = await targetForRoom(m, flush.botAccount, c.roomId, c.topic);
      if (!target || target.purpose !== 'village_group') continue;
      await bumpChatter(m, target.id, c.date, c.count, c.categories);
      counted += c.count;
    }
    return { counted, replay: false };
  });
}

/**
 * Open questions in this bot's bound rooms, for a bot that (re)starts and must forward the
 * answers: room id and topic of the binding, the sender, until when.
 */
/**
 * MySQL keeps datetimes to the second, so a question asked at 12:00:00.400 reads back as
 * 12:00:00: the asker's own earlier talk in that second would pass for an answer when a restarted
 * bot replays it. A whole-second instant is taken as the end of its second (live answers are
 * handled when they arrive; this only decides what old talk may count as one).
 */
const sinceOf = (d: Date) => (d.getTime() % 1000 === 0 ? new Date(d.getTime() + 999) : d);

export async function openRoomFollows(ds: DataSource, botAccount: string, now: Date): Promise<RoomFollow[]> {
  const convs = await ds.manager.find(ChatConversation, { where: { botAccount, expiresAt: MoreThan(now), kind: In(['place', 'category']) }, take: 5000 });
  const inRooms = convs.filter((c) => c.chatKey.startsWith('room:'));
  if (!inRooms.length) return [];
  const ids = [...new Set(inRooms.map((c) => Number(c.chatKey.slice('room:'.length))))];
  const targets = new Map((await ds.manager.find(ChatTarget, { where: { id: In(ids), active: true } })).map((t) => [t.id, t]));
  const out: RoomFollow[] = [];
  for (const c of inRooms) {
    const t = targets.get(Number(c.chatKey.slice('room:'.length)));
    if (!t) continue;
    out.push({
      roomId: t.roomId,
      topic: t.topic,
      contactId: c.contactId,
      until: c.expiresAt.toISOString(),
      mediaUntil: c.expiresAt.toISOString(),
      since: sinceOf(c.createdAt).toISOString(),
    });
  }
  return out;
}
