/**
 * The Wechaty side of 村声: relays messages to the core, sends the core's replies, and delivers
 * the outbox's WeChat rows. It decides nothing about tickets; everything it knows comes from
 * the ChatApi (HTTP with a channel token, or in-process inside `npm start`). Group chatter it
 * settles itself (bot/inbound.ts): dropped, or counted and flushed to the core in batches.
 *
 * Built like wechaty's friday bot: one handler per event, wired in `createBot`.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import { EventEmitter } from 'node:events';
import { WechatyBuilder, types } from 'wechaty';
import type { Contact as ContactInterface, Message as MessageInterface, Room as RoomInterface, Wechaty, WechatyOptions } from 'wechaty';
import type { ChatApi, InboundMessageDto, Reply, ReplyTarget } from '../src/channels/chat/wire';
import { NO_PACING, Pacing } from './config';
import { DailyLimitReached, SendQueue } from './sender';
import { BotLog, createInbound, Inbound } from './inbound';

export type { BotLog, Decision } from './inbound';

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
  /** Classifier confidence from which group chatter is counted as complaint-like (default 0.5). */
  chatterMinConfidence?: number;
  /** How often counted chatter goes to the core and failed messages are retried; 0 = no timer (tests call `flushChatter()`). */
  flushMs?: number;
  /** How often bound rooms are re-read from the core (bindings made through the API); 0 = only on login. */
  roomsRefreshMs?: number;
  /** Delays between attempts to post one message to the core. */
  retryDelaysMs?: number[];
}

export interface Bot {
  wechaty: Wechaty;
  account: string;
  worker: string;
  /**
   * 'handled' (dto, result, {messageId, decision}) after each inbound message, including its
   * replies being sent; dto and result are null for messages settled locally.
   */
  events: EventEmitter;
  /** The message handler and its local state (bound rooms, follows, chatter counts). */
  inbound: Inbound;
  /** Sends counted chatter to the core now. */
  flushChatter(): Promise<void>;
  /** Re-reads bound rooms and open questions from the core. */
  refreshRooms(): Promise<void>;
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
  let selfId: string | null = null;
  let timer: NodeJS.Timeout | null = null;
  let housekeeping: NodeJS.Timeout | null = null;
  let refreshTimer: NodeJS.Timeout | null = null;
  let polling: Promise<number> | null = null;
  let stopping: Promise<void> | null = null;
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

  async function uploadImage(msg: MessageInterface, dto: InboundMessageDto): Promise<void> {
    const box = await msg.toFileBox();
    const data = await box.toBuffer();
    const ext = (box.name.split('.').pop() ?? '').toLowerCase();
    const mime =
      box.mediaType && box.mediaType !== 'application/octet-stream'
        ? box.mediaType
        : ext === 'png'
          ? 'image/png'
          : ext === 'webp'
            ? 'image/webp'
            : 'image/jpeg';
    await api.uploadImage({ botAccount: account, messageId: dto.messageId, mime, data });
  }

  const inbound = createInbound({
    api,
    account,
    name: () => name,
    selfId: () => selfId,
    minConfidence: opts.chatterMinConfidence ?? 0.5,
    sendReplies,
    uploadImage,
    events,
    log,
    retryDelaysMs: opts.retryDelaysMs,
  });

  /** Re-reads bindings and open questions; at login, also says which bound groups were not found. */
  async function refreshRooms(atLogin = false): Promise<void> {
    const rooms = await wechaty.Room.findAll();
    const list = await Promise.all(rooms.map(async (r) => ({ id: r.id, topic: await r.topic() })));
    const res = await api.resolveRooms({ botAccount: account, rooms: list });
    inbound.learnRooms(res);
    if (!atLogin) return;
    log.info('bot logged in', { account, rooms: list.length, bound: res.bound.length, missing: res.missing.length });
    for (const m of res.missing)
      log.warn('bound group not found after login: re-bind it in the group', { chatTargetId: m.chatTargetId, jurisdictionCode: m.jurisdictionCode });
  }

  function startTimers(): void {
    if (opts.flushMs && !housekeeping) {
      housekeeping = setInterval(() => {
        void inbound.flushChatter();
        void inbound.retryFailed().catch(() => undefined);
      }, opts.flushMs);
      housekeeping.unref?.();
    }
    if (opts.roomsRefreshMs && !refreshTimer) {
      refreshTimer = setInterval(() => {
        if (loggedIn) void refreshRooms(false).catch((e) => log.warn('room refresh failed', { error: String(e?.message ?? e).slice(0, 200) }));
      }, opts.roomsRefreshMs);
      refreshTimer.unref?.();
    }
  }

  function stopTimers(): void {
    for (const t of [housekeeping, refreshTimer]) if (t) clearInterval(t);
    housekeeping = refreshTimer = null;
  }

  async function onLogin(user: ContactInterface): Promise<void> {
    loggedIn = true;
    selfId = user.id;
    if (!opts.name) name = user.name() || name;
    try {
      await refreshRooms(true);
    } catch (e: any) {
      log.error('room re-resolution failed', { error: String(e?.message ?? e).slice(0, 200) });
    }
    startTimers();
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
    await api
      .resolveRooms({ botAccount: account, rooms: [{ id: room.id, topic }] })
      .then((res) => inbound.learnRooms(res, true))
      .catch((e) => log.warn('topic update failed', { error: String(e?.message ?? e) }));
  }

  async function onFriendship(f: any): Promise<void> {
    // Villagers add the bot to report in private chat: accept, paced like a send.
    if (f.type() !== types.Friendship.Receive) return;
    await queue
      .push('friendship', () => f.accept())
      .catch((e: any) => log.warn('friend request not accepted', { error: String(e?.message ?? e).slice(0, 200) }));
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
    .on('message', (msg) => void inbound.onMessage(msg))
    .on('room-topic', (room, topic) => void onRoomTopic(room, topic))
    .on('friendship', (f) => void onFriendship(f))
    .on('error', (e) => onError(e as Error));

  return {
    wechaty,
    account,
    worker,
    events,
    inbound,
    flushChatter: () => inbound.flushChatter(),
    refreshRooms: () => refreshRooms(false),
    start: () => wechaty.start(),
    stop() {
      stopping ??= stop();
      return stopping;
    },
    pollOutbox,
    idle: () => queue.drain(),
  };

  /** Once, however often called (a stop on a signal and one in a test's teardown). */
  async function stop(): Promise<void> {
    loggedIn = false;
    if (timer) clearTimeout(timer);
    timer = null;
    stopTimers();
    await polling?.catch(() => undefined);
    // Counted chatter is not left behind: the last counts go to the core before stopping.
    await inbound.flushChatter();
    await queue.drain().catch(() => undefined);
    await wechaty.stop();
  }
}
