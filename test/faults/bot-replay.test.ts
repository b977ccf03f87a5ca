import { once } from 'node:events';
import { PuppetMock, mock } from 'wechaty-puppet-mock';
import { createBot, Bot } from '../../bot/bot';
import { httpChatApi } from '../../bot/api';
import { Ticket } from '../../src/entities/Ticket';
import { Staff } from '../../src/entities/Staff';
import { Petitioner } from '../../src/entities/Petitioner';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { InboundMessage } from '../../src/entities/InboundMessage';
import { Dispatcher } from '../../src/outbox/dispatcher';
import { staffSender } from '../../src/outbox/senders';
import { loadOutboxSettings } from '../../src/outbox/config';
import { ContactMock, login, RoomMock, startWorld, World } from '../bot/support';

/**
 * Issue 6, faults: a bot that reconnects and replays its last hundred messages (WeChat gateways
 * re-push after a reconnect, sometimes hours later) creates nothing new — same tickets, no new
 * outbox rows, no second reply anywhere, no chatter counted twice. Twice over: after a reconnect
 * in the same process (the bot remembers what it handled), and after a restart with an empty
 * memory (the core's message ids and the bot's start time have to hold).
 */
let w: World;
let admin: ContactMock;
let cadre: ContactMock;
let villagers: ContactMock[];
let lianhe: RoomMock;
let county: RoomMock;
/** Every message id the bot handled, in order. */
const handled: string[] = [];
/** Every text the bot sent through the puppet (replies and outbox deliveries). */
const sends: string[] = [];

function spySends(puppet: PuppetMock, into: string[]): void {
  // The mock declares two parameters; wechaty passes the mention list as a third, forwarded as is.
  const orig: (conversationId: string, text: string, mentions?: string[]) => Promise<void> = puppet.messageSendText.bind(puppet);
  puppet.messageSendText = async (conversationId: string, text: string, mentions?: string[]) => {
    into.push(text);
    return orig(conversationId, text, mentions);
  };
}

async function deliver(bot: Bot): Promise<void> {
  await new Dispatcher(w.app.ds, { senders: [staffSender()], settings: loadOutboxSettings() }).drain();
  while ((await bot.pollOutbox()) > 0);
  await bot.idle();
}

async function ticketsOf(c: ContactMock): Promise<Ticket[]> {
  const p = await w.app.ds.manager.findOne(Petitioner, { where: { wechatId: `test-bot:${c.id}` } });
  return p ? w.app.ds.manager.find(Ticket, { where: { petitionerId: p.id }, order: { id: 'ASC' } }) : [];
}

interface Snapshot {
  tickets: Array<[string, string, number]>;
  outbox: number;
  inbound: number;
  chatter: number;
  sends: number;
}

async function snapshot(): Promise<Snapshot> {
  const m = w.app.ds.manager;
  return {
    tickets: (await m.find(Ticket, { order: { id: 'ASC' } })).map((t) => [t.number, t.status, t.version]),
    outbox: await m.count(OutboxMessage),
    inbound: await m.count(InboundMessage),
    chatter: Number((await w.app.ds.query('SELECT COALESCE(SUM(count), 0) AS n FROM chatter_count'))[0].n),
    sends: sends.length,
  };
}

const CHATTER = ['大家晚上好', '明天赶集去不去', '收到', '今天下午三点开会', '哈哈哈', '天气预报说明天下雨', '好的', '辛苦了'];
const COMPLAINT_LIKE = ['我家自来水又停了，烦死了', '低保的钱还没发下来', '房子漏雨好几天了没人管'];

beforeAll(async () => {
  w = await startWorld();
  w.bot.events.on('handled', (_dto, _result, info) => handled.push(info.messageId));
  spySends(w.mocker.puppet as PuppetMock, sends);
  admin = w.contact('信访局管理员');
  cadre = w.contact('包村干部');
  villagers = Array.from({ length: 8 }, (_, i) => w.contact(`村民${i}`));
  lianhe = w.room('lianhe@chatroom', '莲荷村村民群', [admin, cadre, ...villagers]);
  county = w.room('county@chatroom', '双清区群众服务群', [admin, ...villagers]);
  const adminToken = await w.app.token('admin');
  for (const [jurisdictionCode, topic] of [
    ['430502202205', '莲荷村村民群'],
    ['430502', '双清区群众服务群'],
  ]) {
    expect((await w.app.call('POST', '/api/v1/chat/bindings', { token: adminToken, body: { jurisdictionCode, topic, botAccount: 'test-bot' } })).status).toBe(
      201,
    );
  }
  await login(w);

  // A day in the groups: chatter, complaint-like talk, reports, a question and its answer,
  // misconduct taken private, a cadre's commands, villagers' follow-up answers.
  const [li, wang, zhao, liu, chen, sun, zhou, wu] = villagers;
  for (let i = 0; i < 40; i++) await w.say(villagers[i % 8], CHATTER[i % CHATTER.length], i % 3 ? lianhe : county);
  for (let i = 0; i < 6; i++) await w.say(villagers[i], COMPLAINT_LIKE[i % 3], lianhe);
  await w.say(li, '反映：村里自来水停了三天了，一滴水都没有', lianhe);
  await w.say(wang, '村口那段路坑坑洼洼的，下雨天根本没法走', lianhe, true);
  await w.say(zhao, '投诉 莲荷村的路灯坏了一个月了，晚上黑漆漆的', lianhe);
  await w.say(liu, '@村声 帮助', lianhe, true);
  await w.say(chen, '反映 村里的桥护栏断了好几天了，很危险', county);
  await w.say(admin, '收到', county);
  await w.say(chen, '莲荷村', county);
  await w.say(sun, '反映 村支书把低保给了自己亲戚', lianhe);
  await w.say(sun, '从去年开始的，我们组好几户都知道', w.me);
  await w.say(zhou, '查询', w.me);
  await w.say(zhou, '反映 莲荷村有户人家房子漏雨，墙也裂了', w.me);
  for (let i = 0; i < 30; i++) await w.say(villagers[(i + 3) % 8], CHATTER[(i + 2) % CHATTER.length], lianhe);

  // The cadre works two of the tickets in private chat.
  const road = (await ticketsOf(wang))[0];
  const lamp = (await ticketsOf(zhao))[0];
  const staff = road.assigneeId
    ? await w.app.ds.manager.findOneByOrFail(Staff, { id: road.assigneeId })
    : await w.app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre');
  const code = (await w.app.call('POST', '/api/v1/chat/bind-codes', { token: adminToken, body: { staffId: staff.id } })).body.code;
  await w.say(cadre, `绑定 ${code}`, w.me);
  await w.say(cadre, '我的待办', w.me);
  for (const t of [road, lamp]) {
    if (t.assigneeId && t.assigneeId !== staff.id) continue;
    await w.say(cadre, `接单 ${t.number}`, w.me);
    await w.say(cadre, `进展 ${t.number} 已联系施工队`, w.me);
    await w.say(cadre, `办结 ${t.number} 已修好`, w.me);
  }
  await deliver(w.bot);
  await w.say(wang, '未解决，还是坑坑洼洼的', w.me);
  await w.say(zhao, '1是 2已解决 3满意', w.me);
  for (let i = 0; i < 10; i++) await w.say(villagers[i % 8], CHATTER[i % CHATTER.length], i % 2 ? lianhe : county);
  // A question left open at the end: its sender's earlier talk must not become the answer.
  await w.say(wu, '反映 村里垃圾没人清理，臭得很', county);
  await deliver(w.bot);
  await w.bot.flushChatter();
}, 120_000);
afterAll(() => w.close());

it('the history is what it should be: tickets, replies, counts', async () => {
  expect(handled.length).toBeGreaterThanOrEqual(100);
  const s = await snapshot();
  expect(s.tickets.length).toBeGreaterThanOrEqual(6);
  expect(s.chatter).toBe(6);
  expect(s.sends).toBeGreaterThan(15);
  const statuses = (await ticketsOf(villagers[1])).map((t) => t.status);
  expect(statuses).toEqual(['reopened']);
});

it('after a reconnect, replaying the last hundred messages creates nothing new', async () => {
  const before = await snapshot();
  await (w.mocker.puppet as PuppetMock).logout();
  await login(w);
  const last = handled.slice(-100);
  const decisions: string[] = [];
  for (const id of last) decisions.push((await w.replay(id)).decision);
  await deliver(w.bot);
  await w.bot.flushChatter();
  expect(await snapshot()).toEqual(before);
  // Handled before: recognised in the bot, without asking the core; plain talk dropped again.
  expect(new Set(decisions)).toEqual(new Set(['replay', 'drop']));
});

it('after a restart with an empty memory, replaying them creates nothing new either', async () => {
  const before = await snapshot();
  await w.bot.stop();
  // A new process: a new puppet (same WeChat data), a new bot, nothing remembered.
  const mocker = new mock.Mocker();
  for (const k of ['cacheContactPayload', 'cacheRoomPayload', 'cacheMessagePayload', 'cacheFileBoxPayload'] as const) {
    for (const [id, p] of (w.mocker as any)[k]) (mocker as any)[k].set(id, p);
  }
  const puppet = new PuppetMock({ mocker });
  spySends(puppet, sends);
  const bot = createBot({ puppet, api: httpChatApi(w.app.url, await w.app.token('bot')), account: 'test-bot', name: '村声', pollMs: 0 });
  await bot.start();
  try {
    const ready = once(bot.events, 'ready');
    mocker.login(w.me);
    await ready;
    const decisions: string[] = [];
    for (const id of handled.slice(-100)) {
      const done = once(bot.events, 'handled');
      (puppet as any).emit('message', { messageId: id });
      decisions.push((await done)[2].decision);
      await bot.idle();
    }
    await deliver(bot);
    await bot.flushChatter();
    expect(await snapshot()).toEqual(before);
    // What reached the core was recognised there; the chatter was settled in the bot again.
    expect(decisions).toContain('core');
    expect(decisions).toContain('drop');
    expect(decisions).not.toContain('count');
  } finally {
    await bot.stop();
  }
});
