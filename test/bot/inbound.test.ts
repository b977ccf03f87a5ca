import { EventEmitter } from 'node:events';
import { types } from 'wechaty';
import type { Message as MessageInterface } from 'wechaty';
import { createInbound, Decision, Inbound } from '../../bot/inbound';
import { ApiError } from '../../bot/api';
import type { ChatApi, ChatterFlush, InboundMessageDto, InboundResult, Reply, ResolvedRoom } from '../../src/channels/chat/wire';

/**
 * The bot's message handler without a puppet: messages shaped like wechaty's, a scripted core.
 * What matters to a villager: what reaches the core (and so gets an answer), what is counted,
 * and that nothing is counted or answered twice.
 */
const ME = 'wxid_bot';
const T0 = Date.parse('2026-11-24T02:00:00Z');

let seq = 0;
function message(p: { room?: string; from: string; text?: string; type?: types.Message; at?: number; mention?: string[]; id?: string }): MessageInterface {
  const payload = {
    id: p.id ?? `m${++seq}`,
    roomId: p.room,
    talkerId: p.from,
    listenerId: p.room ? undefined : ME,
    type: p.type ?? types.Message.Text,
    text: p.text ?? '',
    timestamp: p.at ?? T0,
    mentionIdList: p.mention,
  };
  return {
    id: payload.id,
    payload,
    self: () => payload.talkerId === ME,
    type: () => payload.type,
    text: () => payload.text,
    room: () => (payload.roomId ? { id: payload.roomId, topic: async () => `topic of ${payload.roomId}`, alias: async () => undefined } : undefined),
    talker: () => ({ id: payload.talkerId, name: () => `name of ${payload.talkerId}` }),
    date: () => new Date(payload.timestamp),
    mentionSelf: async () => !!payload.mentionIdList?.includes(ME),
    toLocation: async () => null,
  } as unknown as MessageInterface;
}

const room = (id: string, purpose: ResolvedRoom['purpose'] = 'village_group', chatTargetId = 1): ResolvedRoom => ({
  chatTargetId,
  jurisdictionCode: '430502202205',
  purpose,
  topic: `topic of ${id}`,
  roomId: id,
});

interface Harness {
  inbound: Inbound;
  toCore: InboundMessageDto[];
  flushes: ChatterFlush[];
  sent: Reply[];
  decisions: Decision[];
  now: { t: number };
  answer: (dto: InboundMessageDto) => InboundResult | Promise<InboundResult>;
  chatter: (f: ChatterFlush) => Promise<{ counted: number; replay: boolean }>;
  /** Hands a message to the handler and waits until it is settled; returns the decision. */
  handle(m: MessageInterface): Promise<Decision>;
}

function harness(): Harness {
  const events = new EventEmitter();
  const h = {
    toCore: [] as InboundMessageDto[],
    flushes: [] as ChatterFlush[],
    sent: [] as Reply[],
    decisions: [] as Decision[],
    now: { t: T0 - 60_000 },
    answer: (_dto: InboundMessageDto): InboundResult => ({ replies: [] }),
    chatter: async (_f: ChatterFlush) => ({ counted: 0, replay: false }),
  } as Harness;
  const api: ChatApi = {
    message: async (dto) => {
      const r = await h.answer(dto);
      h.toCore.push(dto);
      return r;
    },
    chatter: async (f) => {
      const r = await h.chatter(f);
      h.flushes.push(structuredClone(f));
      return r;
    },
    uploadImage: async () => ({ attachmentId: null }),
    resolveRooms: async () => ({ bound: [], missing: [] }),
    claimOutbox: async () => [],
    ackOutbox: async () => undefined,
  };
  events.on('handled', (_dto, _result, info) => h.decisions.push(info.decision));
  h.inbound = createInbound({
    api,
    account: 'acct',
    name: () => '村声',
    selfId: () => ME,
    minConfidence: 0.5,
    sendReplies: async (r) => void h.sent.push(...r),
    uploadImage: async () => undefined,
    events,
    log: { info() {}, warn() {}, error() {} },
    clock: () => h.now.t,
    retryDelaysMs: [],
  });
  h.inbound.learnRooms({ bound: [room('v@chatroom'), room('w@chatroom', 'work_group', 2)], missing: [] });
  h.handle = async (m) => {
    const n = h.decisions.length;
    await h.inbound.onMessage(m);
    expect(h.decisions.length).toBe(n + 1);
    return h.decisions[n];
  };
  return h;
}

const COMPLAINT_LIKE = '我家自来水又停了，水龙头一滴水都没有';

describe('what the bot settles itself', () => {
  it('drops ordinary talk, counts complaint-like talk, sends addressed messages and private chat to the core', async () => {
    const h = harness();
    expect(await h.handle(message({ room: 'v@chatroom', from: 'a', text: '大家晚上好' }))).toBe('drop');
    expect(await h.handle(message({ room: 'v@chatroom', from: 'a', text: COMPLAINT_LIKE }))).toBe('count');
    expect(await h.handle(message({ room: 'v@chatroom', from: 'a', text: '反映 村口的桥护栏断了' }))).toBe('core');
    expect(await h.handle(message({ room: 'v@chatroom', from: 'a', text: '桥护栏断了', mention: [ME] }))).toBe('core');
    expect(await h.handle(message({ room: 'v@chatroom', from: 'a', text: '明天来吗', mention: ['someone'] }))).toBe('drop');
    expect(await h.handle(message({ from: 'a', text: '你好' }))).toBe('core');
    expect(await h.handle(message({ room: 'v@chatroom', from: 'a', type: types.Message.Image }))).toBe('drop');
    // The bot's own sends come back as messages: nothing at all.
    const n = h.decisions.length;
    expect(h.inbound.onMessage(message({ room: 'v@chatroom', from: ME, text: '反映 已登记' }))).toBeUndefined();
    expect(h.decisions).toHaveLength(n);
    expect(h.toCore.map((d) => d.text)).toEqual(['反映 村口的桥护栏断了', '桥护栏断了', '你好']);
    expect(h.toCore[1].mentionSelf).toBe(true);
    expect(h.inbound.tally.unflushed).toBe(1);
  });

  it('counts nothing in work groups and rooms it does not know, but still passes on triggers there', async () => {
    const h = harness();
    expect(await h.handle(message({ room: 'w@chatroom', from: 'a', text: COMPLAINT_LIKE }))).toBe('drop');
    expect(await h.handle(message({ room: 'x@chatroom', from: 'a', text: COMPLAINT_LIKE }))).toBe('drop');
    // The room may be bound by topic through the API since the last login: the core decides.
    expect(await h.handle(message({ room: 'x@chatroom', from: 'a', text: '投诉 路灯坏了' }))).toBe('core');
    expect(h.inbound.tally.unflushed).toBe(0);
  });

  it('learns a binding from the core\u2019s answer and counts in that room from then on', async () => {
    const h = harness();
    h.answer = () => ({ replies: [], binding: room('new@chatroom', 'village_group', 9) });
    expect(await h.handle(message({ room: 'new@chatroom', from: 'cadre', text: '绑定 莲荷村', mention: [ME] }))).toBe('core');
    expect(await h.handle(message({ room: 'new@chatroom', from: 'a', text: COMPLAINT_LIKE }))).toBe('count');
    h.answer = () => ({ replies: [], binding: null });
    await h.handle(message({ room: 'new@chatroom', from: 'cadre', text: '解绑', mention: [ME] }));
    expect(await h.handle(message({ room: 'new@chatroom', from: 'a', text: COMPLAINT_LIKE }))).toBe('drop');
  });

  it('forwards the answers of someone the core asked a question, and only theirs, only while it is open', async () => {
    const h = harness();
    const until = new Date(T0 + 10 * 60_000).toISOString();
    h.answer = () => ({ replies: [], binding: room('v@chatroom'), follow: { until, mediaUntil: until, since: new Date(T0).toISOString() } });
    await h.handle(message({ room: 'v@chatroom', from: 'wang', text: '反映 村口的路坏了' }));
    expect(await h.handle(message({ room: 'v@chatroom', from: 'li', text: '莲荷村' }))).toBe('drop');
    // Older talk of the same person, replayed by a reconnecting puppet, is no answer.
    expect(await h.handle(message({ room: 'v@chatroom', from: 'wang', text: '收到', at: T0 - 5 * 60_000 }))).toBe('drop');
    expect(await h.handle(message({ room: 'v@chatroom', from: 'wang', type: types.Message.Image, at: T0 + 2000 }))).toBe('core');
    h.answer = () => ({ replies: [], binding: room('v@chatroom'), follow: null });
    expect(await h.handle(message({ room: 'v@chatroom', from: 'wang', text: '莲荷村', at: T0 + 3000 }))).toBe('core');
    // The core answered "question closed" (follow: null): back to chatter.
    expect(await h.handle(message({ room: 'v@chatroom', from: 'wang', text: '谢谢', at: T0 + 4000 }))).toBe('drop');
  });

  it('forgets a question that timed out', async () => {
    const h = harness();
    const until = new Date(T0 + 60_000).toISOString();
    h.answer = () => ({ replies: [], follow: { until, mediaUntil: null, since: new Date(T0).toISOString() } });
    await h.handle(message({ room: 'v@chatroom', from: 'wang', text: '反映 路坏了' }));
    h.now.t = T0 + 61_000;
    expect(await h.handle(message({ room: 'v@chatroom', from: 'wang', text: '莲荷村', at: T0 + 61_000 }))).toBe('drop');
  });

  it('counts a re-pushed message once, never sends a handled one to the core again, and never counts talk from before it started', async () => {
    const h = harness();
    const counted = message({ room: 'v@chatroom', from: 'a', text: COMPLAINT_LIKE, id: 'same-1' });
    await h.handle(counted);
    expect(await h.handle(message({ room: 'v@chatroom', from: 'a', text: COMPLAINT_LIKE, id: 'same-1' }))).toBe('replay');
    const filed = message({ room: 'v@chatroom', from: 'a', text: '反映 路灯坏了', id: 'same-2' });
    await h.handle(filed);
    expect(await h.handle(message({ room: 'v@chatroom', from: 'a', text: '反映 路灯坏了', id: 'same-2' }))).toBe('replay');
    expect(h.toCore).toHaveLength(1);
    expect(await h.handle(message({ room: 'v@chatroom', from: 'a', text: COMPLAINT_LIKE, at: T0 - 3600_000 }))).toBe('drop');
    expect(h.inbound.tally.unflushed).toBe(1);
  });
});

describe('chatter counts go to the core in batches', () => {
  it('per room and day, resent under the same id until the core has them', async () => {
    const h = harness();
    await h.handle(message({ room: 'v@chatroom', from: 'a', text: COMPLAINT_LIKE }));
    await h.handle(message({ room: 'v@chatroom', from: 'b', text: '低保的钱还没发下来' }));
    h.chatter = async () => {
      throw new ApiError(503, 'unavailable', 'down');
    };
    await h.inbound.flushChatter();
    expect(h.inbound.tally.unflushed).toBe(2);
    await h.handle(message({ room: 'v@chatroom', from: 'c', text: COMPLAINT_LIKE, at: T0 + 86_400_000 }));
    h.chatter = async () => ({ counted: 2, replay: false });
    await h.inbound.flushChatter();
    expect(h.inbound.tally.unflushed).toBe(0);
    expect(h.flushes).toHaveLength(2);
    // The batch that failed went again as it was, under its id; the later count in a batch of its own.
    expect(h.flushes[0].counts).toEqual([
      { roomId: 'v@chatroom', topic: 'topic of v@chatroom', date: '2026-11-24', count: 2, categories: { water: 1, welfare: 1 } },
    ]);
    expect(h.flushes[1].counts).toEqual([{ roomId: 'v@chatroom', topic: 'topic of v@chatroom', date: '2026-11-25', count: 1, categories: { water: 1 } }]);
    expect(h.flushes[0].flushId).not.toBe(h.flushes[1].flushId);
  });

  it('a batch the core refuses as invalid is not resent forever', async () => {
    const h = harness();
    await h.handle(message({ room: 'v@chatroom', from: 'a', text: COMPLAINT_LIKE }));
    h.chatter = async () => {
      throw new ApiError(400, 'bad_request', 'counts');
    };
    await h.inbound.flushChatter();
    expect(h.inbound.tally.unflushed).toBe(0);
  });
});

describe('when the core is down', () => {
  it('keeps a complaint it could not post and posts it again later, with its reply', async () => {
    const h = harness();
    let up = false;
    h.answer = () => {
      if (!up) throw new ApiError(503, 'unavailable', 'down');
      return { replies: [{ to: { room: { roomId: 'v@chatroom', topic: null } }, text: '已登记，工单号 430502-20261124-0001' }] };
    };
    expect(await h.handle(message({ room: 'v@chatroom', from: 'a', text: '反映 自来水停了三天' }))).toBe('failed');
    expect(h.inbound.failedCount()).toBe(1);
    expect(await h.inbound.retryFailed()).toBe(0); // not due yet
    up = true;
    h.now.t += 31_000;
    expect(await h.inbound.retryFailed()).toBe(1);
    expect(h.inbound.failedCount()).toBe(0);
    expect(h.sent.map((r) => r.text)).toEqual(['已登记，工单号 430502-20261124-0001']);
  });

  it('does not keep what the core refused as invalid', async () => {
    const h = harness();
    h.answer = () => {
      throw new ApiError(400, 'bad_request', 'text');
    };
    expect(await h.handle(message({ from: 'a', text: '你好' }))).toBe('failed');
    expect(h.inbound.failedCount()).toBe(0);
  });
});
