/**
 * The bot's message handler. Private chat always goes to the core. In groups the bot decides
 * locally (bot/gate.ts): messages addressed to it, answers the core is waiting for and photos
 * after a report go to the core; complaint-like chatter in bound villagers' groups is counted
 * here and flushed to the core in batches; everything else is dropped at once, with no I/O.
 */
import { EventEmitter } from 'node:events';
import { types } from 'wechaty';
import type { Message as MessageInterface } from 'wechaty';
import type { ChatApi, InboundMessageDto, InboundResult, Reply, ResolveResult } from '../src/channels/chat/wire';
import { addressedToCore, readGroupText, shanghaiDate } from './gate';
import { ChatterTally, Follows, RoomCache, SeenIds } from './state';

export interface BotLog {
  info(msg: string, f?: Record<string, unknown>): void;
  warn(msg: string, f?: Record<string, unknown>): void;
  error(msg: string, f?: Record<string, unknown>): void;
}

/** What happened to a message, for the 'handled' event (tests, metrics). */
export type Decision = 'core' | 'count' | 'drop' | 'replay' | 'failed';

export interface InboundDeps {
  api: ChatApi;
  account: string;
  /** The bot's display name ("@<name>") and its contact id in this login. */
  name(): string;
  selfId(): string | null;
  /** Classifier confidence from which group chatter counts as complaint-like. */
  minConfidence: number;
  sendReplies(replies: Reply[]): Promise<void>;
  uploadImage(msg: MessageInterface, dto: InboundMessageDto): Promise<void>;
  events: EventEmitter;
  log: BotLog;
  clock?: () => number;
  /** Delays between posting attempts of one message before it waits in the retry list. */
  retryDelaysMs?: number[];
}

export interface Inbound {
  /** The 'message' listener. Returns nothing for messages settled locally, else a promise. */
  onMessage(msg: MessageInterface): Promise<void> | undefined;
  rooms: RoomCache;
  follows: Follows;
  tally: ChatterTally;
  /** After a login or a refresh: bound rooms and open questions, as the core reports them. */
  learnRooms(res: ResolveResult, partial?: boolean): void;
  /** Sends counted chatter to the core; keeps the batch for the next try if that fails. */
  flushChatter(): Promise<void>;
  /** Posts again the messages the core could not take (it was down); returns how many went. */
  retryFailed(): Promise<number>;
  /** Messages waiting for a retry. */
  failedCount(): number;
}

const RETRY_DELAYS_MS = [1000, 4000, 10_000];
/** A message the core could not take waits here, retried with growing gaps for up to this long. */
const RETRY_FOR_MS = 2 * 3600_000;
const MAX_FAILED = 1000;

const { Text, Audio, Image, Location } = types.Message;

interface Failed {
  msg: MessageInterface;
  dto: InboundMessageDto;
  firstAt: number;
  nextAt: number;
  tries: number;
}

const isRetryable = (e: any) => !(typeof e?.status === 'number' && e.status < 500 && e.status !== 429);

export function createInbound(d: InboundDeps): Inbound {
  const clock = d.clock ?? Date.now;
  const rooms = new RoomCache();
  const follows = new Follows();
  const tally = new ChatterTally(d.account);
  const seen = new SeenIds();
  const failed: Failed[] = [];
  const delays = d.retryDelaysMs ?? RETRY_DELAYS_MS;
  // Chatter dated before this start may have been counted by the previous run: not counted again.
  const startedAt = clock();
  let flushing: Promise<void> | null = null;

  function settle(msg: MessageInterface, decision: Decision, dto: InboundMessageDto | null = null, result: InboundResult | null = null): undefined {
    d.events.emit('handled', dto, result, { messageId: msg.id, decision });
    return undefined;
  }

  // --- the core ---------------------------------------------------------------------------

  async function toDto(msg: MessageInterface): Promise<InboundMessageDto> {
    const room = msg.room();
    const talker = msg.talker();
    const base = {
      botAccount: d.account,
      botName: d.name(),
      messageId: msg.id,
      roomId: room?.id ?? null,
      roomTopic: room ? await room.topic() : null,
      from: { id: talker.id, name: room ? ((await room.alias(talker).catch(() => undefined)) ?? talker.name()) : talker.name() },
      sentAt: msg.date().toISOString(),
    };
    switch (msg.type()) {
      case Text:
        return { ...base, type: 'text', text: msg.text(), mentionSelf: room ? mentionsMe(msg) || (await msg.mentionSelf().catch(() => false)) : false };
      case Audio:
        // Some puppets put the transcript in the text; without one it is an unreadable voice note.
        return { ...base, type: 'voice', voiceText: msg.text()?.trim() || null };
      case Image:
        return { ...base, type: 'image' };
      case Location: {
        const l = await msg.toLocation().catch(() => null);
        return { ...base, type: 'location', location: l ? { name: l.name(), address: l.address(), latitude: l.latitude(), longitude: l.longitude() } : null };
      }
      default:
        return { ...base, type: 'other' };
    }
  }

  async function post(dto: InboundMessageDto): Promise<InboundResult> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await d.api.message(dto);
      } catch (e: any) {
        // The core dedupes on the message id, so a retry after a lost answer is safe.
        if (!isRetryable(e) || attempt >= delays.length) throw e;
        await new Promise((r) => setTimeout(r, delays[attempt]));
      }
    }
  }

  /** What a room answer teaches the bot: the room's binding, whom to forward next (what they say after this). */
  function learn(msg: MessageInterface, dto: InboundMessageDto, result: InboundResult): void {
    if (!dto.roomId) return;
    if (result.binding !== undefined) rooms.set(dto.roomId, result.binding);
    if (result.follow !== undefined) follows.set(dto.roomId, dto.from.id, result.follow, msg.date().getTime());
  }

  async function deliver(msg: MessageInterface, dto: InboundMessageDto, result: InboundResult): Promise<void> {
    learn(msg, dto, result);
    seen.add(msg.id);
    // A replay was answered the first time: never a second reply.
    if (result.replay) return;
    let replies = result.replies;
    if (result.wantImage) {
      const refused = await d.uploadImage(msg, dto).then(
        () => null,
        (e) => {
          d.log.warn('image upload failed', { error: String(e?.message ?? e).slice(0, 200) });
          // 4xx: the core refused the picture itself (not an image, too large); 5xx/network: kept for nothing either.
          return String(e?.message ?? '图片未能保存').replace(/（CUNSHENG_TOKEN.*$/, '');
        },
      );
      // The core's answer ("图片已补充到工单 …") assumed the photo would be kept: it was not.
      if (refused !== null) replies = replies.map((r) => ({ ...r, text: `图片未能保存：${refused}。请重新拍照发送。` }));
    }
    await d.sendReplies(replies);
  }

  async function forward(msg: MessageInterface): Promise<void> {
    let dto: InboundMessageDto | null = null;
    let result: InboundResult | null = null;
    let decision: Decision = 'core';
    try {
      dto = await toDto(msg);
      result = await post(dto);
      await deliver(msg, dto, result);
    } catch (e: any) {
      decision = 'failed';
      const keep = dto && isRetryable(e);
      if (keep) {
        // Nothing the core did not take is lost to a short outage: it waits here and is sent again.
        if (failed.length >= MAX_FAILED) failed.shift();
        const now = clock();
        failed.push({ msg, dto: dto!, firstAt: now, nextAt: now + 30_000, tries: 0 });
      }
      d.log.error('message not handled', { messageId: msg.id, kept: !!keep, error: String(e?.message ?? e).slice(0, 300) });
    } finally {
      settle(msg, decision, dto, result);
    }
  }

  async function retryFailed(): Promise<number> {
    const now = clock();
    let sent = 0;
    for (const f of failed.filter((x) => x.nextAt <= now)) {
      try {
        const result = await d.api.message(f.dto);
        failed.splice(failed.indexOf(f), 1);
        await deliver(f.msg, f.dto, result);
        sent++;
      } catch (e: any) {
        f.tries++;
        f.nextAt = clock() + Math.min(30_000 * 2 ** f.tries, 15 * 60_000);
        if (!isRetryable(e) || f.nextAt - f.firstAt > RETRY_FOR_MS) {
          failed.splice(failed.indexOf(f), 1);
          d.log.error('message given up', { messageId: f.msg.id, error: String(e?.message ?? e).slice(0, 200) });
        }
      }
    }
    return sent;
  }

  // --- local decisions --------------------------------------------------------------------

  function mentionsMe(msg: MessageInterface): boolean {
    const ids = (msg.payload as { mentionIdList?: string[] } | undefined)?.mentionIdList;
    if (!ids || !ids.length) return false;
    const me = d.selfId();
    return !!me && ids.includes(me);
  }

  function onMessage(msg: MessageInterface): Promise<void> | undefined {
    if (msg.self()) return undefined;
    if (seen.has(msg.id)) return settle(msg, 'replay', null, { replies: [], replay: true });
    const roomId = msg.payload?.roomId;
    if (!roomId) return forward(msg);

    const type = msg.type();
    const talkerId = msg.payload!.talkerId;
    if (type === Text || type === Audio) {
      const text = type === Text ? msg.text() : (msg.text() ?? '').trim();
      if (!text) return settle(msg, 'drop');
      if (type === Text && addressedToCore(text, d.name(), mentionsMe(msg))) return forward(msg);
      if (type === Audio && addressedToCore(text, d.name())) return forward(msg);
      if (follows.size && follows.wants(roomId, talkerId, 'text', msg.date().getTime(), clock())) return forward(msg);
      const room = rooms.get(roomId);
      if (!room || room.purpose !== 'village_group') return settle(msg, 'drop');
      const said = readGroupText(text, d.minConfidence);
      // Danger to life or property ("有人掉水塘里了快来人"): the core files it, no trigger word needed.
      if (said.emergency && type === Text) return forward(msg);
      const category = said.category;
      if (!category) return settle(msg, 'drop');
      const sentAt = msg.date().getTime();
      if (sentAt < startedAt) return settle(msg, 'drop');
      tally.add(room, shanghaiDate(sentAt), category);
      seen.add(msg.id);
      return settle(msg, 'count');
    }
    if (
      (type === Image || type === Location) &&
      follows.size &&
      follows.wants(roomId, talkerId, type === Image ? 'media' : 'text', msg.date().getTime(), clock())
    ) {
      return forward(msg);
    }
    return settle(msg, 'drop');
  }

  function learnRooms(res: ResolveResult, partial = false): void {
    if (partial) for (const b of res.bound) b.roomId && rooms.set(b.roomId, b);
    else rooms.replace(res.bound);
    for (const f of res.follows ?? []) if (f.roomId) follows.set(f.roomId, f.contactId, f);
    follows.prune(clock());
  }

  function flushChatter(): Promise<void> {
    flushing ??= (async () => {
      try {
        for (let batch = tally.batch(); batch; batch = tally.batch()) {
          try {
            await d.api.chatter(batch);
          } catch (e: any) {
            if (isRetryable(e)) throw e;
            // Refused as it is (e.g. invalid): resending the same batch cannot help.
            d.log.warn('chatter counts refused', { error: String(e?.message ?? e).slice(0, 200) });
          }
          tally.done(batch.flushId);
        }
      } catch (e: any) {
        d.log.warn('chatter flush failed, kept for the next one', { unflushed: tally.unflushed, error: String(e?.message ?? e).slice(0, 200) });
      }
    })().finally(() => {
      flushing = null;
    });
    return flushing;
  }

  return { onMessage, rooms, follows, tally, learnRooms, flushChatter, retryFailed, failedCount: () => failed.length };
}
