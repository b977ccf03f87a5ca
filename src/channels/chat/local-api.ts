import type { DataSource } from 'typeorm';
import type { Actor } from '../../tickets';
import type { Limiter } from '../../tickets';
import { handleInbound } from './handler';
import { storeChatImage } from './images';
import { resolveRooms } from './binding';
import { ackForBot, claimForBot } from './outbox';
import { addChatterFlush, openRoomFollows } from './chatter';
import { loadChatSettings } from './settings';
import type { ChatApi } from './wire';

/** The bot running inside `npm start`: the same role a separate bot's `bot` token gives it. */
export const IN_PROCESS_BOT: Actor = { kind: 'bot', name: 'wechat-bot', tokenId: 0 };

/**
 * The chat API as direct calls, for a bot running inside `npm start`: the same functions the
 * HTTP routes call, without a token or a socket.
 */
export function localChatApi(ds: DataSource, opts: { uploadDir: string; actor?: Actor; clock?: () => Date; limiter?: Limiter | null }): ChatApi {
  const actor: Actor = opts.actor ?? IN_PROCESS_BOT;
  const now = opts.clock ?? (() => new Date());
  const settings = loadChatSettings();
  return {
    message: (msg) => handleInbound(ds, actor, msg, now(), settings, opts.limiter ?? null),
    uploadImage: (input) => storeChatImage(ds, opts.uploadDir, input, settings.imageMaxBytes, now()),
    resolveRooms: async (input) => ({
      ...(await resolveRooms(ds, input.botAccount, input.rooms)),
      follows: await openRoomFollows(ds, input.botAccount, now()),
    }),
    chatter: (input) => addChatterFlush(ds, input, now()),
    claimOutbox: (input) => claimForBot(ds, input, now()),
    ackOutbox: async (id, input) => void (await ackForBot(ds, id, input, now())),
  };
}
