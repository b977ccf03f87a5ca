/**
 * The Wechaty side of 村声: relays messages to the core, sends the core's replies, and delivers
 * the outbox's WeChat rows. It decides nothing about tickets; everything it knows comes from
 * the ChatApi (HTTP with a channel token, or in-process inside `npm start`).
 *
 * Built like wechaty's friday bot: one handler per event, wired in `createBot`.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import { EventEmitter } from 'node:events';
import { WechatyBuilder, types } from 'wechaty';
import type { Contact as ContactInterface, Message as MessageInterface, Room as RoomInterface, Wechaty, WechatyOptions } from 'wechaty';
import type { ChatApi, InboundMessageDto, InboundResult, Reply, ReplyTarget } from '../src/chat/wire';
import { NO_PACING, Pacing } from './config';
import { DailyLimitReached, SendQueue } from './sender';

export interface BotLog {
  info(msg: string, f?: Record<string, unknown>): void;
  warn(msg: string, f?: Record<string, unknown>): void;
  error(msg: string, f?: Record<string, unknown>): void;
}

export interface BotOptions {
  /** A puppet instance (tests: wechaty-puppet-mock) or a puppet package name. */
  puppet: WechatyOptions['puppet'];
  api: ChatApi;
  /** The bot's display name, for "@<name>" in group text. */
  name?: string;
  /** Stable account name in the core; puppet user ids change across logins. */
  account?: string;
  pacing?: Pacing;
  /** Outbox poll interval; 0 = no timer (tests call `pollOutbox()`). */
  pollMs?: number;
  claimLimit?: number;
  /** Scan QR codes go here (the CLI prints them to the terminal). */
  onScan?: (qrcode: string, status: types.ScanStatus) => void;
  log?: BotLog;
}

export interface Bot {
  wechaty: Wechaty;
  account: string;
  worker: string;
  /** 'handled' (dto, result) after each inbound message, including its replies being sent. */
  events: EventEmitter;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** One outbox round: claim, send, ack. Returns how many rows it claimed. */
  pollOutbox(): Promise<number>;
  /** Resolves once queued sends are done. */
  idle(): Promise<void>;
}

const silent: BotLog = { info() {}, warn() {}, error() {} };
// wechat4u codes that mean the web session is gone (treat as a logout and report it).
const LOGGED_OUT = /\b(1100|1101|1102|1205)\b/;
const RETRY_DELAYS_MS = [1000, 4000, 10_000];

/** A send that cannot succeed by retrying (no such room or contact in this login). */
class Undeliverable extends Error {}

export function createBot(opts: BotOptions): Bot {
  const log = opts.log ?? silent;
  const account = opts.account ?? 'cunsheng';
  const worker = `bot:${account}:${os.hostname().slice(0, 16)}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`.slice(0, 64);
  const wechaty = WechatyBuilder.build({ puppet: opts.puppet });
  const events = new EventEmitter();
  const queue = new SendQueue(account, opts.pacing ?? NO_PACING);
  const api = opts.api;
  let name = opts.name ?? '村声';
  let timer: NodeJS.Timeout | null = null;
  let polling: Promise<number> | null = null;
  let loggedIn = false;

  // --- sending --------------------------------------------------------------------------------

  async function findRoom(to: { roomId: string | null; topic: string | null }): Promise<RoomInterface> {
    let room: RoomInterface | undefined;
    if (to.roomId) room = await wechaty.Room.find({ id: to.roomId });
    if (!room && to.topic) room = await wechaty.Room.find({ topic: to.topic });
    if (!room) throw new Undeliverable(`找不到群（${to.topic ?? to.roomId}），请在群里重新绑定`);
    return room;
  }

  async function findContact(contactId: string): Promise<ContactInterface> {
    const c = await wechaty.Contact.find({ id: contactId });
    if (!c) throw new Undeliverable('找不到该联系人（可能不是好友，或登录已更换）');
    return c;
  }

  const chatKey = (to: ReplyTarget) => ('room' in to ? `room:${to.room.roomId ?? to.room.topic}` : `contact:${to.contact.contactId}`);

  function send(to: ReplyTarget, text: string): Promise<void> {
    return queue.push(chatKey(to), async () => {
      if ('room' in to) await (await findRoom(to.room)).say(text);
      else await (await findContact(to.contact.contactId)).say(text);
    });
  }

  async function sendReplies(replies: Reply[]): Promise<void> {
    for (const r of replies) {
      try {
        await send(r.to, r.text);
      } catch (e: any) {
        log.warn('reply not sent', { error: String(e?.message ?? e).slice(0, 200) });
      }
    }
  }

  // --- outbox ---------------------------------------------------------------------------------

  async function pollOnce(): Promise<number> {
    if (!loggedIn) return 0;
    const items = await api.claimOutbox({ botAccount: account, worker, limit: opts.claimLimit ?? 5 });
    for (const item of items) {
      try {
        await send(item.to, item.text);
        await api.ackOutbox(item.id, { worker, ok: true });
      } catch (e: any) {
        const ack =
          e instanceof DailyLimitReached
            ? { worker, ok: false, deferUntil: e.until.toISOString() }
            : { worker, ok: false, error: String(e?.message ?? e).slice(0, 300), permanent: false };
        await api.ackOutbox(item.id, ack).catch((err) => log.warn('outbox ack failed', { id: item.id, error: String(err?.message ?? err) }));
      }
    }
    return items.length;
  }

  function pollOutbox(): Promise<number> {
    // One round at a time: the timer and a caller never claim side by side.
    polling ??= pollOnce().finally(() => {
      polling = null;
    });
    return polling;
  }

  function schedule(ms: number) {
    if (!opts.pollMs || !loggedIn) return;
    timer = setTimeout(async () => {
      timer = null;
      let n = 0;
      try {
        n = await pollOutbox();
      } catch (e: any) {
        log.warn('outbox poll failed', { error: String(e?.message ?? e).slice(0, 200) });
      }
      schedule(n >= (opts.claimLimit ?? 5) ? 0 : opts.pollMs!);
    }, ms);
  }

  // --- inbound --------------------------------------------------------------------------------

  async function toDto(msg: MessageInterface): Promise<InboundMessageDto> {
    const room = msg.room();
    const talker = msg.talker();
    const base = {
      botAccount: account,
      botName: name,
      messageId: msg.id,
      roomId: room?.id ?? null,
      roomTopic: room ? await room.topic() : null,
      from: { id: talker.id, name: room ? (await room.alias(talker)) ?? talker.name() : talker.name() },
      sentAt: msg.date().toISOString(),
    };
    switch (msg.type()) {
      case types.Message.Text:
        return { ...base, type: 'text', text: msg.text(), mentionSelf: room ? await msg.mentionSelf().catch(() => false) : false };
      case types.Message.Audio:
        // Some puppets put the transcript in the text; without one it is an unreadable voice note.
        return { ...base, type: 'voice', voiceText: msg.text()?.trim() || null };
      case types.Message.Image:
        return { ...base, type: 'image' };
      case types.Message.Location: {
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
        return await api.message(dto);
      } catch (e: any) {
        // The core dedupes on the message id, so a retry after a lost answer is safe.
        const retryable = !(typeof e?.status === 'number' && e.status < 500);
        if (!retryable || attempt >= RETRY_DELAYS_MS.length) throw e;
        await new Promise((r) => setTimeout(r, RETRY_DELAYS_MS[attempt]));
      }
    }
  }

  async function uploadImage(msg: MessageInterface, dto: InboundMessageDto): Promise<void> {
    const box = await msg.toFileBox();
    const data = await box.toBuffer();
    const ext = (box.name.split('.').pop() ?? '').toLowerCase();
    const mime = box.mediaType && box.mediaType !== 'application/octet-stream' ? box.mediaType : ext === 'png' ? 'image/png' : ext === 'webp' ? 'image/webp' : 'image/jpeg';
    await api.uploadImage({ botAccount: account, messageId: dto.messageId, mime, data });
  }

  async function onMessage(msg: MessageInterface): Promise<void> {
    if (msg.self()) return;
    let dto: InboundMessageDto | null = null;
    let result: InboundResult | null = null;
    try {
      dto = await toDto(msg);
      result = await post(dto);
      // A replay was answered the first time: never a second reply.
      if (!result.replay) {
        if (result.wantImage) await uploadImage(msg, dto).catch((e) => log.warn('image upload failed', { error: String(e?.message ?? e).slice(0, 200) }));
        await sendReplies(result.replies);
      }
    } catch (e: any) {
      log.error('message not handled', { messageId: msg.id, error: String(e?.message ?? e).slice(0, 300) });
    } finally {
      events.emit('handled', dto, result);
    }
  }

  async function onLogin(user: ContactInterface): Promise<void> {
    loggedIn = true;
    if (!opts.name) name = user.name() || name;
    try {
      const rooms = await wechaty.Room.findAll();
      const list = await Promise.all(rooms.map(async (r) => ({ id: r.id, topic: await r.topic() })));
      const res = await api.resolveRooms({ botAccount: account, rooms: list });
      log.info('bot logged in', { account, rooms: list.length, bound: res.bound.length, missing: res.missing.length });
      for (const m of res.missing) log.warn('bound group not found after login: re-bind it in the group', { chatTargetId: m.chatTargetId, jurisdictionCode: m.jurisdictionCode });
    } catch (e: any) {
      log.error('room re-resolution failed', { error: String(e?.message ?? e).slice(0, 200) });
    }
    events.emit('ready');
    schedule(0);
  }

  function onLogout(): void {
    loggedIn = false;
    if (timer) clearTimeout(timer);
    timer = null;
    log.warn('bot logged out: scan again to log in', { account });
  }

  async function onRoomTopic(room: RoomInterface, topic: string): Promise<void> {
    // The binding follows the room: the core updates the topic of the room id it knows.
    await api.resolveRooms({ botAccount: account, rooms: [{ id: room.id, topic }] }).catch((e) => log.warn('topic update failed', { error: String(e?.message ?? e) }));
  }

  async function onFriendship(f: any): Promise<void> {
    // Villagers add the bot to report in private chat: accept, paced like a send.
    if (f.type() !== types.Friendship.Receive) return;
    await queue.push('friendship', () => f.accept()).catch((e: any) => log.warn('friend request not accepted', { error: String(e?.message ?? e).slice(0, 200) }));
  }

  function onError(e: Error): void {
    const text = String(e?.message ?? e);
    if (LOGGED_OUT.test(text)) {
      log.error('WeChat session lost (logged out)', { error: text.slice(0, 200) });
      onLogout();
    } else log.warn('wechaty error', { error: text.slice(0, 200) });
  }

  wechaty
    .on('scan', (qrcode, status) => opts.onScan?.(qrcode, status))
    .on('login', (user) => void onLogin(user))
    .on('logout', () => onLogout())
    .on('message', (msg) => void onMessage(msg))
    .on('room-topic', (room, topic) => void onRoomTopic(room, topic))
    .on('friendship', (f) => void onFriendship(f))
    .on('error', (e) => onError(e as Error));

  return {
    wechaty,
    account,
    worker,
    events,
    start: () => wechaty.start(),
    async stop() {
      loggedIn = false;
      if (timer) clearTimeout(timer);
      timer = null;
      await polling?.catch(() => undefined);
      await queue.drain().catch(() => undefined);
      await wechaty.stop();
    },
    pollOutbox,
    idle: () => queue.drain(),
  };
}
