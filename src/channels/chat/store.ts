import { DataSource, EntityManager, LessThan } from 'typeorm';
import { inTransaction } from '../../db/tx';
import { isMysql } from '../../db/datasource';
import { InboundMessage } from '../../entities/InboundMessage';
import { ChatConversation, ConversationKind } from '../../entities/ChatConversation';
import { ChatterCount } from '../../entities/ChatterCount';
import { shanghaiYmd } from '../../clocks/time';
import type { Reply } from './wire';

const isUnique = (e: any) => /UNIQUE|Duplicate|ER_DUP_ENTRY/i.test(String(e?.message ?? e?.code ?? ''));

/** A claim left 'processing' this long belongs to a handler that died: the next delivery retries. */
export const STALE_CLAIM_MS = 5 * 60_000;

export type Claim =
  | { kind: 'new'; row: InboundMessage }
  | { kind: 'replay'; replies: Reply[]; ticketId: number | null }
  /** Another delivery of the same message is being handled right now: say nothing. */
  | { kind: 'busy' };

/**
 * Claims (botAccount, messageId) for this delivery. The unique index decides between racing
 * deliveries; a finished claim is a replay and returns the stored replies.
 */
export async function claimInbound(ds: DataSource, botAccount: string, messageId: string, now: Date): Promise<Claim> {
  try {
    const row = await inTransaction(ds, ({ manager: m }) =>
      m.save(
        m.create(InboundMessage, {
          botAccount,
          messageId,
          status: 'processing',
          replies: null,
          ticketId: null,
          attachTo: null,
          createdAt: now,
          updatedAt: now,
        }),
      ),
    );
    return { kind: 'new', row };
  } catch (e) {
    if (!isUnique(e)) throw e;
  }
  const existing = await ds.manager.findOne(InboundMessage, { where: { botAccount, messageId } });
  if (!existing) return { kind: 'busy' };
  if (existing.status === 'done') return { kind: 'replay', replies: (existing.replies as Reply[]) ?? [], ticketId: existing.ticketId };
  if (now.getTime() - existing.updatedAt.getTime() < STALE_CLAIM_MS) return { kind: 'busy' };
  // Take over a dead handler's claim (conditional, so only one retry wins).
  const r = await inTransaction(ds, ({ manager: m }) =>
    m
      .createQueryBuilder()
      .update(InboundMessage)
      .set({ updatedAt: now })
      .where("id = :id AND status = 'processing' AND updatedAt = :at", { id: existing.id, at: existing.updatedAt })
      .execute(),
  );
  return r.affected ? { kind: 'new', row: { ...existing, updatedAt: now } } : { kind: 'busy' };
}

export async function finishInbound(
  ds: DataSource,
  id: number,
  out: { replies: Reply[]; ticketId?: number | null; attachTo?: InboundMessage['attachTo'] },
  now: Date,
): Promise<void> {
  await inTransaction(ds, ({ manager: m }) =>
    m.update(
      InboundMessage,
      { id },
      { status: 'done', replies: out.replies as any, ticketId: out.ticketId ?? null, attachTo: (out.attachTo ?? null) as any, updatedAt: now },
    ),
  );
}

/** A handler that failed gives the message back, so a redelivery can try again. */
export async function releaseInbound(ds: DataSource, id: number): Promise<void> {
  await inTransaction(ds, ({ manager: m }) => m.delete(InboundMessage, { id, status: 'processing' }));
}

// ---------------------------------------------------------------------------------------------
// Conversations

export const roomKey = (chatTargetId: number) => `room:${chatTargetId}`;
export const DM = 'dm';

export async function getConversation(m: EntityManager, botAccount: string, chatKey: string, contactId: string): Promise<ChatConversation | null> {
  return m.findOne(ChatConversation, { where: { botAccount, chatKey, contactId } });
}

/** Starts (or replaces) the one open question for this person in this chat. */
export async function putConversation(
  ds: DataSource,
  key: { botAccount: string; chatKey: string; contactId: string },
  kind: ConversationKind,
  data: Record<string, any>,
  expiresAt: Date,
  now: Date,
): Promise<ChatConversation> {
  return inTransaction(ds, async ({ manager: m }) => {
    const old = await getConversation(m, key.botAccount, key.chatKey, key.contactId);
    if (old) {
      await m.update(ChatConversation, { id: old.id }, { kind, data: data as any, expiresAt, createdAt: now });
      return { ...old, kind, data, expiresAt, createdAt: now };
    }
    return m.save(m.create(ChatConversation, { ...key, kind, data, expiresAt, createdAt: now }));
  });
}

export async function updateConversationData(ds: DataSource, id: number, data: Record<string, any>): Promise<void> {
  await inTransaction(ds, ({ manager: m }) => m.update(ChatConversation, { id }, { data: data as any }));
}

/** Ends a conversation; true for the one caller that actually removed it (answer vs. timeout race). */
export async function endConversation(ds: DataSource, id: number): Promise<boolean> {
  const r = await inTransaction(ds, ({ manager: m }) => m.delete(ChatConversation, { id }));
  return (r.affected ?? 0) > 0;
}

export async function expiredConversations(ds: DataSource, now: Date, limit = 100): Promise<ChatConversation[]> {
  return ds.manager.find(ChatConversation, { where: { expiresAt: LessThan(now) }, order: { expiresAt: 'ASC' }, take: limit });
}

// ---------------------------------------------------------------------------------------------
// Chatter counts (未诉先办): per group and Shanghai day, no text.

export async function countChatter(ds: DataSource, chatTargetId: number, category: string, now: Date): Promise<void> {
  const date = shanghaiYmd(now);
  try {
    await inTransaction(ds, ({ manager }) => bumpChatter(manager, chatTargetId, date, 1, { [category]: 1 }));
  } catch (e) {
    // Two first messages of the day raced on the insert: the loser adds to the winner's row.
    if (!isUnique(e)) throw e;
    await inTransaction(ds, ({ manager }) => bumpChatter(manager, chatTargetId, date, 1, { [category]: 1 }));
  }
}

/** Adds `n` messages (of which `categories`) to a group's day, inside the caller's transaction. */
export async function bumpChatter(m: EntityManager, chatTargetId: number, date: string, n: number, categories: Record<string, number>): Promise<void> {
  const q = m.createQueryBuilder(ChatterCount, 'c').where('c.chatTargetId = :chatTargetId AND c.date = :date', { chatTargetId, date });
  // The category map is read, merged and written back: on MySQL hold the row meanwhile.
  if (isMysql(m.connection)) q.setLock('pessimistic_write');
  const row = await q.getOne();
  if (!row) {
    await m.insert(ChatterCount, { chatTargetId, date, count: n, categories: { ...categories } as any });
    return;
  }
  const merged = { ...(row.categories ?? {}) };
  for (const [k, v] of Object.entries(categories)) merged[k] = (merged[k] ?? 0) + v;
  await m
    .createQueryBuilder()
    .update(ChatterCount)
    .set({ count: () => `count + ${Math.floor(n)}`, categories: merged as any })
    .where('id = :id', { id: row.id })
    .execute();
}

/** Forgets message ids older than the replay window. */
export async function pruneInbound(ds: DataSource, before: Date): Promise<number> {
  const r = await inTransaction(ds, ({ manager: m }) => m.delete(InboundMessage, { createdAt: LessThan(before) }));
  return r.affected ?? 0;
}
