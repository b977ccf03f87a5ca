/**
 * Group chatter on the bot side: the bot's own 'message' handler (bot/inbound.ts) fed with mock
 * WeChat messages shaped like wechaty's (payload + the same accessors), a deterministic mix of
 * 97% ordinary chatter (text of all lengths, @-mentions of other people, stickers and photos),
 * 2% complaint-like chatter (counted for 未诉先办) and 1% messages for the core (triggers and
 * @-mentions of the bot; the core client is a stub that answers at once). The baseline is a
 * handler that does nothing, called the same way in the same run.
 *
 * Prints messages/s (wall), messages per CPU-second (per-core normalisation: CPU time of the
 * whole process, so GC threads count), the baseline and the ratio. Target (issue 6): ≥ 20,000
 * messages/s per core.
 *
 *   node -r ts-node/register/transpile-only bench/chat-chatter.ts [--messages N]
 */
import { EventEmitter } from 'node:events';
import os from 'node:os';
import { types } from 'wechaty';
import type { Message as MessageInterface } from 'wechaty';
import { createInbound, Decision } from '../bot/inbound';
import type { ChatApi, InboundMessageDto, ResolvedRoom } from '../src/channels/chat/wire';
import { classify } from '../src/classify';
import { likelyComplaint } from '../bot/gate';
import { rng, picker } from './support/prng';
import { figure, fmt } from './support/report';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const MESSAGES = arg('messages', 200_000);
const ROUNDS = 5;
const ROOMS = 500;
const SENDERS = 5000;
const TARGET = 20_000;
const BOT_ID = 'wxid_bot';
const BOT_NAME = '村声';

// ---------------------------------------------------------------------------------------------
// Texts people write in village groups

const PLAIN = [
  '大家晚上好',
  '明天赶集去不去',
  '收到，谢谢',
  '今天下午三点在村部开会，大家准时参加',
  '哈哈哈',
  '谁家的狗跑出来了',
  '天气预报说明天下雨，晒的玉米记得收',
  '好的',
  '👍👍👍',
  '[强]',
  '早上好',
  '辛苦了',
  '明天几点出发？',
  '我在镇上，晚点回来',
  '今年的玉米收成不错，价钱也还行',
  '娃回来了没',
  '有没有人要去县城，捎我一段',
  '群里通知一下，周六打疫苗',
  '恭喜恭喜',
  '晚上一起吃饭',
  '这个视频挺有意思的',
  '谁知道快递点几点关门',
  '好的收到',
  '谢谢书记',
  '明天要降温了，大家注意保暖',
  '在吗',
  '今天的菜价又涨了',
  '老王家今天办酒席，大家都去',
  '这两天太热了',
  '下午有人打牌没',
  '[捂脸]',
  '周末带娃去公园转转',
  '把广场舞的音乐发群里一下',
  '都看看这个通知',
  '家里的猪卖了个好价钱',
  '明天要去看看老妈',
  '一会儿去地里看看',
];
const AT_OTHERS = ['@张三 明天来吗', '@李姐\u2005你家的快递到了', '@王会计 表格我发你了', '@老赵 晚上喝两杯'];
const COMPLAINT_LIKE = [
  '我家自来水又停了，烦死了',
  '村口的路坑坑洼洼的，下雨天根本走不了',
  '低保的钱还没发下来',
  '水龙头一滴水都没有',
  '房子漏雨好几天了没人管',
  '工地的工资拖了半年还没给',
  '学校的营养餐补助一直没发',
  '医保报销怎么这么难',
  '自来水浑浊发黄，不敢喝',
  '村里的路灯坏了好久了',
];
const TRIGGERED = ['反映：村里自来水停了三天了', '投诉 村口的桥护栏断了', '#诉求 低保评定不公平', '求助 家里房子墙裂了'];

// ---------------------------------------------------------------------------------------------
// Mock wechaty objects: the same accessors the handler uses, backed by a payload

interface Payload {
  id: string;
  roomId?: string;
  talkerId: string;
  listenerId?: string;
  type: types.Message;
  text?: string;
  timestamp: number;
  mentionIdList?: string[];
}

class MockContact {
  constructor(
    readonly id: string,
    private readonly nick: string,
  ) {}
  name() {
    return this.nick;
  }
}

class MockRoom {
  constructor(
    readonly id: string,
    readonly payload: { topic: string },
  ) {}
  async topic() {
    return this.payload.topic;
  }
  async alias(_c: MockContact) {
    return undefined;
  }
}

const contacts = new Map<string, MockContact>();
const roomPool = new Map<string, MockRoom>();

class MockMessage {
  constructor(readonly payload: Payload) {}
  get id() {
    return this.payload.id;
  }
  self() {
    return this.payload.talkerId === BOT_ID;
  }
  type() {
    return this.payload.type;
  }
  text() {
    return this.payload.text ?? '';
  }
  room() {
    return this.payload.roomId ? roomPool.get(this.payload.roomId) : undefined;
  }
  talker() {
    return contacts.get(this.payload.talkerId)!;
  }
  date() {
    return new Date(this.payload.timestamp);
  }
  async mentionSelf() {
    return !!this.payload.mentionIdList?.includes(BOT_ID);
  }
  async toLocation() {
    return null;
  }
}

type Kind = 'chatter' | 'complaint-like' | 'core';

const MIN_CONFIDENCE = 0.5;
const likely = (t: string) => likelyComplaint(t, MIN_CONFIDENCE) !== null;

/** The mix is what it says: chatter texts are not complaint-like to the classifier, and vice versa. */
function checkCorpus(): void {
  const bad = [...PLAIN, ...AT_OTHERS].filter(likely);
  const weak = COMPLAINT_LIKE.filter((t) => !likely(t));
  if (bad.length || weak.length)
    throw new Error(`bench corpus: chatter rated complaint-like: ${bad.join(' | ')}; complaints rated chatter: ${weak.join(' | ')}`);
}

function generate(n: number, now: number): { msgs: MessageInterface[]; kinds: Kind[] } {
  const rand = rng(20261124);
  const pick = picker(rand);
  for (let i = 0; i < SENDERS; i++) contacts.set(`wxid_${i}`, new MockContact(`wxid_${i}`, `村民${i}`));
  contacts.set(BOT_ID, new MockContact(BOT_ID, BOT_NAME));
  for (let r = 0; r < ROOMS; r++) roomPool.set(`${r}@chatroom`, new MockRoom(`${r}@chatroom`, { topic: `第${r}村村民群` }));
  const msgs: MessageInterface[] = [];
  const kinds: Kind[] = [];
  for (let i = 0; i < n; i++) {
    const x = rand();
    const roomId = `${Math.floor(rand() * ROOMS)}@chatroom`;
    const talkerId = `wxid_${Math.floor(rand() * SENDERS)}`;
    const base = { id: `m${i}`, roomId, talkerId, timestamp: now + i, type: types.Message.Text };
    let p: Payload;
    let kind: Kind;
    if (x < 0.01) {
      kind = 'core';
      p = rand() < 0.5 ? { ...base, text: pick(TRIGGERED) } : { ...base, text: `@${BOT_NAME}\u2005${pick(COMPLAINT_LIKE)}`, mentionIdList: [BOT_ID] };
    } else if (x < 0.03) {
      kind = 'complaint-like';
      p = { ...base, text: pick(COMPLAINT_LIKE) };
    } else {
      kind = 'chatter';
      const y = rand();
      if (y < 0.05) p = { ...base, type: types.Message.Image };
      else if (y < 0.08) p = { ...base, type: types.Message.Emoticon };
      else if (y < 0.11) p = { ...base, text: pick(AT_OTHERS), mentionIdList: ['wxid_1'] };
      else if (y < 0.2) {
        // Longer chatter, three sentences (drawn again in the rare case they add up to a complaint).
        let t: string;
        do t = `${pick(PLAIN)}，${pick(PLAIN)}，${pick(PLAIN)}`;
        while (likely(t));
        p = { ...base, text: t };
      } else p = { ...base, text: pick(PLAIN) };
    }
    msgs.push(new MockMessage(p) as unknown as MessageInterface);
    kinds.push(kind);
  }
  return { msgs, kinds };
}

// ---------------------------------------------------------------------------------------------

/** The core, stubbed: every call answers at once (what the bot does around it is measured). */
function stubApi(seenByCore: InboundMessageDto[]): ChatApi {
  return {
    message: async (dto) => {
      seenByCore.push(dto);
      return { replies: [{ to: { room: { roomId: dto.roomId ?? null, topic: dto.roomTopic ?? null } }, text: '已登记，工单号 430502-20261124-0001' }] };
    },
    uploadImage: async () => ({ attachmentId: null }),
    resolveRooms: async () => ({ bound: [], missing: [] }),
    chatter: async () => ({ counted: 0, replay: false }),
    claimOutbox: async () => [],
    ackOutbox: async () => undefined,
  };
}

function bindings(): ResolvedRoom[] {
  // 90% villagers' groups, 5% cadres' work groups, 5% not bound.
  const out: ResolvedRoom[] = [];
  for (let r = 0; r < ROOMS; r++) {
    if (r % 20 === 19) continue;
    out.push({
      chatTargetId: r + 1,
      jurisdictionCode: '430502202205',
      purpose: r % 20 === 18 ? 'work_group' : 'village_group',
      topic: `第${r}村村民群`,
      roomId: `${r}@chatroom`,
    });
  }
  return out;
}

interface Run {
  wallS: number;
  cpuS: number;
  decisions: Record<Decision, number>;
  counted: number;
  toCore: number;
}

type Handler = (m: MessageInterface) => Promise<void> | undefined;

async function timed(msgs: MessageInterface[], handler: Handler): Promise<{ wallS: number; cpuS: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < msgs.length; i++) {
    const p = handler(msgs[i]);
    if (p) await p;
  }
  const wallS = Number(process.hrtime.bigint() - t0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  return { wallS, cpuS: (cpu.user + cpu.system) / 1e6 };
}

async function runBot(msgs: MessageInterface[]): Promise<Run> {
  const toCore: InboundMessageDto[] = [];
  const events = new EventEmitter();
  const inbound = createInbound({
    api: stubApi(toCore),
    account: 'bench',
    name: () => BOT_NAME,
    selfId: () => BOT_ID,
    minConfidence: MIN_CONFIDENCE,
    sendReplies: async () => undefined,
    uploadImage: async () => undefined,
    events,
    log: { info() {}, warn() {}, error() {} },
  });
  inbound.learnRooms({ bound: bindings(), missing: [] });
  const t = await timed(msgs, inbound.onMessage);
  // Tallied after the clock stops: the decisions are re-derived from the state, not from events.
  const decisions = {
    core: toCore.length,
    count: inbound.tally.unflushed,
    drop: msgs.length - toCore.length - inbound.tally.unflushed,
    replay: 0,
    failed: 0,
  } as Record<Decision, number>;
  return { ...t, decisions, counted: inbound.tally.unflushed, toCore: toCore.length };
}

async function main() {
  const now = Date.now() + 60_000;
  checkCorpus();
  const { msgs, kinds } = generate(MESSAGES, now);
  const expected = { chatter: 0, 'complaint-like': 0, core: 0 } as Record<Kind, number>;
  for (const k of kinds) expected[k]++;
  classify('预热'); // the classifier's dictionary loads once, before any timing

  const noop: Handler = () => undefined;
  const base: Array<{ wallS: number; cpuS: number }> = [];
  const bot: Run[] = [];
  // Interleaved rounds, fresh bot state each time (a counted message would otherwise be a replay).
  for (let r = 0; r < ROUNDS; r++) {
    base.push(await timed(msgs, noop));
    bot.push(await runBot(msgs));
  }
  // Best round by CPU time: on a shared machine wall time also counts waiting for a core.
  const best = bot.reduce((a, b) => (b.cpuS < a.cpuS ? b : a));
  const bestBase = base.reduce((a, b) => (b.cpuS < a.cpuS ? b : a));
  const wall = msgs.length / Math.min(...bot.map((b) => b.wallS));
  const perCore = msgs.length / best.cpuS;
  const baseline = msgs.length / Math.max(bestBase.cpuS, 1e-6);
  const ratio = perCore / baseline;
  const chatterOnly = expected.chatter + expected['complaint-like'];
  const us = (cpuS: number) => ((cpuS / msgs.length) * 1e6).toFixed(3);

  process.stdout.write(
    `${fmt(msgs.length)} group messages, ${ROOMS} rooms, ${SENDERS} senders, ${os.cpus().length} CPUs: ` +
      `${((100 * expected.chatter) / msgs.length).toFixed(1)}% chatter, ${((100 * expected['complaint-like']) / msgs.length).toFixed(1)}% complaint-like, ${((100 * expected.core) / msgs.length).toFixed(1)}% for the core\n`,
  );
  process.stdout.write(`bot decided: ${fmt(best.decisions.drop)} dropped, ${fmt(best.counted)} counted, ${fmt(best.toCore)} sent to the (stub) core\n`);
  process.stdout.write(
    `bot handler: ${fmt(perCore)} msg per CPU-second (${us(best.cpuS)} µs each; best wall rate ${fmt(wall)} msg/s on this shared machine)\n`,
  );
  process.stdout.write(`baseline no-op handler: ${fmt(baseline)} msg per CPU-second (${us(bestBase.cpuS)} µs each); ratio ${ratio.toFixed(4)}\n`);
  process.stdout.write(`target ≥ ${fmt(TARGET)} msg/s per core: ${perCore >= TARGET ? 'met' : 'MISSED'} (${(perCore / TARGET).toFixed(1)}× the target)\n`);
  if (best.toCore !== expected.core) throw new Error(`expected ${expected.core} messages for the core, got ${best.toCore}`);
  // Complaint-like chatter in bound villagers' groups is counted; none in work groups or unbound rooms.
  if (best.counted > expected['complaint-like'] || best.counted < expected['complaint-like'] * 0.8) {
    throw new Error(`counted ${best.counted} of ${expected['complaint-like']} complaint-like messages`);
  }

  figure({
    bench: 'chat-chatter',
    name: 'bot: group messages settled (97% chatter, 2% counted, 1% to core), per core',
    value: Math.round(perCore),
    unit: ' msg/s',
    baseline: { name: 'no-op handler', value: Math.round(baseline), unit: ' msg/s' },
    target: `≥ ${fmt(TARGET)} msg/s per core`,
    met: perCore >= TARGET,
    // The ratio to a no-op is tiny by nature (the summary's 2 decimals would print 0.00): given in full here.
    note: `per CPU-second; ratio ${ratio.toFixed(4)} (${us(best.cpuS)} vs ${us(bestBase.cpuS)} µs per message); best wall ${fmt(wall)} msg/s; ${fmt(best.counted)} of ${fmt(chatterOnly)} chatter counted`,
  });
}

main().catch((e) => {
  process.stderr.write(`${e?.stack ?? e}\n`);
  process.exit(1);
});
