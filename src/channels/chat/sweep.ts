import { DataSource } from 'typeorm';
import { inTransaction } from '../../db/tx';
import { ChatConversation } from '../../entities/ChatConversation';
import { enqueue } from '../../outbox/enqueue';
import { log } from '../../log';
import type { Actor } from '../../tickets';
import { fileExpired } from './handler';
import { wechatKey } from './identity';
import { ChatSettings, loadChatSettings } from './settings';
import { expiredConversations, pruneInbound } from './store';

/** The actor for complaints filed by the core itself (timeouts). */
export const CHAT_CHANNEL: Actor = { kind: 'bot', name: 'wechat-bot', tokenId: 0 };

export interface SweepResult {
  filed: number;
  dropped: number;
  pruned: number;
}

/**
 * Closes questions nobody answered: the pending complaint is filed as it stands (never lost) and
 * the person is told its number in the chat it came from, through the outbox. Idempotent: the
 * ticket is keyed by the original message id and the notice by a dedupe key. Also forgets
 * message ids older than the replay window.
 */
export async function sweepChat(ds: DataSource, now: Date, settings: ChatSettings = loadChatSettings(), actor: Actor = CHAT_CHANNEL): Promise<SweepResult> {
  const result: SweepResult = { filed: 0, dropped: 0, pruned: 0 };
  for (;;) {
    const batch = await expiredConversations(ds, now, 100);
    if (!batch.length) break;
    let progressed = false;
    for (const conv of batch) {
      let notice: { text: string; ticketId: number } | null = null;
      try {
        notice = await fileExpired(ds, actor, conv, now, settings);
      } catch (e: any) {
        // Left in place: the next sweep tries again (the ticket is idempotent on the message id).
        log.warn('chat timeout filing failed', { conversationId: conv.id, error: String(e?.message ?? e).slice(0, 200) });
        continue;
      }
      await inTransaction(ds, async ({ manager: m }) => {
        const r = await m.delete(ChatConversation, { id: conv.id });
        if (!r.affected || !notice?.text) return;
        const room = conv.chatKey.startsWith('room:');
        await enqueue(
          m,
          {
            channel: room ? 'wechat_room' : 'wechat_contact',
            target: room ? conv.chatKey.slice('room:'.length) : wechatKey(conv.botAccount, conv.contactId),
            kind: 'chat_timeout',
            payload: { text: notice.text },
            ticketId: notice.ticketId,
            dedupeKey: `chat-timeout:${conv.botAccount}:${String(conv.data?.messageId ?? conv.id)}`.slice(0, 191),
          },
          now,
        );
      });
      progressed = true;
      if (notice) result.filed++;
      else result.dropped++;
    }
    if (batch.length < 100 || !progressed) break;
  }
  result.pruned = await pruneInbound(ds, new Date(now.getTime() - settings.dedupeDays * 86_400_000));
  return result;
}
