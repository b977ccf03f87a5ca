import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { createBot, Bot } from '../../bot/bot';
import { httpChatApi } from '../../bot/api';
import { chatMount } from '../../src/http/chat/routes';
import { startTestApp, TestApp } from '../support/app';
import type { InboundMessageDto, InboundResult } from '../../src/channels/chat/wire';
import type { Decision } from '../../bot/bot';

/** What the bot did with one message: dto and result are null when it settled it locally. */
export interface Handled {
  dto: InboundMessageDto | null;
  result: InboundResult | null;
  messageId: string;
  decision: Decision;
}

export type ContactMock = ReturnType<mock.Mocker['createContact']>;
export type RoomMock = ReturnType<mock.Mocker['createRoom']>;

/**
 * A running core (seeded 双清区 and 双辽市) with the chat API, and a bot on wechaty-puppet-mock
 * talking to it over HTTP with a bot token, pacing off. Replies the bot sends are recorded
 * per room and per contact.
 */
export interface World {
  app: TestApp;
  bot: Bot;
  mocker: mock.Mocker;
  me: ContactMock;
  /** Texts the bot said in a room / to a contact, in order. */
  roomLog(room: RoomMock): string[];
  dmLog(contact: ContactMock): string[];
  /** Says something and waits until the bot has handled it (its replies sent). */
  say(from: ContactMock, text: string, to: ContactMock | RoomMock, mention?: boolean): Promise<Handled>;
  /** Re-delivers a message id, as a reconnecting puppet does. */
  replay(messageId: string): Promise<Handled>;
  room(id: string, topic: string, members: ContactMock[]): RoomMock;
  contact(name: string): ContactMock;
  close(): Promise<void>;
}

export async function startWorld(opts: { rooms?: Array<{ id: string; topic: string }> } = {}): Promise<World> {
  // Photos go to a scratch directory, not the repository's data/.
  process.env.UPLOAD_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'cunsheng-bot-'));
  const app = await startTestApp({ areas: ['430502', '220382'], mounts: [chatMount] });
  const token = await app.token('bot');
  const mocker = new mock.Mocker();
  const puppet = new PuppetMock({ mocker });
  const bot = createBot({ puppet, api: httpChatApi(app.url, token), account: 'test-bot', name: '村声', pollMs: 0 });
  await bot.start();
  const me = mocker.createContact({ name: '村声' });
  const rooms = new Map<string, string[]>();
  const dms = new Map<string, string[]>();
  const watch = (r: RoomMock) => {
    const log: string[] = [];
    rooms.set(r.id, log);
    r.on('message', (m: any) => {
      if (m.payload.talkerId === me.id) log.push(m.text() ?? '');
    });
  };
  const world: World = {
    app,
    bot,
    mocker,
    me,
    roomLog: (r) => rooms.get(r.id) ?? [],
    dmLog: (c) => dms.get(c.id) ?? [],
    async say(from, text, to, mention = false) {
      const handled = once(bot.events, 'handled');
      from.say(text, mention ? [me] : []).to(to);
      const [dto, result, info] = await handled;
      await bot.idle();
      return { dto, result, ...info };
    },
    async replay(messageId) {
      const handled = once(bot.events, 'handled');
      (mocker.puppet as any).emit('message', { messageId });
      const [dto, result, info] = await handled;
      await bot.idle();
      return { dto, result, ...info };
    },
    room(id, topic, members) {
      const r = mocker.createRoom({ id, topic, memberIdList: [me.id, ...members.map((c) => c.id)] });
      watch(r);
      return r;
    },
    contact(name) {
      const c = mocker.createContact({ name });
      const log: string[] = [];
      dms.set(c.id, log);
      c.on('message', (m: any) => {
        if (m.payload.talkerId === me.id && m.payload.listenerId === c.id) log.push(m.text() ?? '');
      });
      return c;
    },
    async close() {
      await bot.stop();
      await app.close();
      fs.rmSync(process.env.UPLOAD_DIR!, { recursive: true, force: true });
    },
  };
  for (const r of opts.rooms ?? []) world.room(r.id, r.topic, []);
  return world;
}

/** Logs the bot in and waits until it has re-resolved its rooms. */
export async function login(w: World): Promise<void> {
  const ready = once(w.bot.events, 'ready');
  w.mocker.login(w.me);
  await ready;
}
