import { chatMount } from '../../src/http/chat/routes';
import { ChatterCount } from '../../src/entities/ChatterCount';
import { ChatTarget } from '../../src/entities/ChatTarget';
import { Ticket } from '../../src/entities/Ticket';
import { Staff } from '../../src/entities/Staff';
import { ChatConversation } from '../../src/entities/ChatConversation';
import { startTestApp, TestApp } from '../support/app';

/**
 * The core's side of the bot's local decisions: chatter counts in batches, the room state each
 * answer carries (binding, whom to follow), open questions for a restarting bot.
 */
let app: TestApp;
let bot: string;
let admin: string;
let seq = 0;

const village = { roomId: 'v@chatroom', topic: '莲荷村村民群' };
const county = { roomId: 'c@chatroom', topic: '双清区群' };
const work = { roomId: 'w@chatroom', topic: '火车站乡工作群' };

const say = async (from: string, text: string, room?: { roomId: string; topic: string }, extra: Record<string, unknown> = {}) => {
  const res = await app.call('POST', '/api/v1/chat/messages', {
    token: bot,
    body: {
      botAccount: 'acct',
      messageId: `cc-${++seq}`,
      from: { id: from },
      type: 'text',
      text,
      ...(room ? { roomId: room.roomId, roomTopic: room.topic } : {}),
      ...extra,
    },
  });
  expect(res.status).toBe(200);
  return res.body;
};
const flush = (body: unknown) => app.call('POST', '/api/v1/chat/chatter', { token: bot, body });
const countsOf = async (topic: string) => {
  const t = await app.ds.manager.findOneByOrFail(ChatTarget, { topic });
  return (await app.ds.manager.find(ChatterCount, { where: { chatTargetId: t.id }, order: { date: 'ASC' } })).map((c) => [
    c.date,
    Number(c.count),
    c.categories,
  ]);
};

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502'], mounts: [chatMount] });
  bot = await app.token('bot');
  admin = await app.token('admin');
  for (const [jurisdictionCode, r, purpose] of [
    ['430502202205', village, 'village_group'],
    ['430502', county, 'village_group'],
    ['430502202', work, 'work_group'],
  ] as const) {
    expect(
      (await app.call('POST', '/api/v1/chat/bindings', { token: admin, body: { jurisdictionCode, topic: r.topic, purpose, botAccount: 'acct' } })).status,
    ).toBe(201);
  }
  await app.call('POST', '/api/v1/chat/rooms/resolve', {
    token: bot,
    body: { botAccount: 'acct', rooms: [village, county, work].map((r) => ({ id: r.roomId, topic: r.topic })) },
  });
});
afterAll(() => app.close());

describe('POST /chat/chatter', () => {
  const batch = (flushId: string, counts: unknown[]) => ({ botAccount: 'acct', flushId, counts });

  it('adds the counts of a flush once, however often it is retried', async () => {
    const b = batch('f-1', [{ roomId: village.roomId, topic: village.topic, date: '2026-11-24', count: 3, categories: { water: 2, welfare: 1 } }]);
    expect((await flush(b)).body).toEqual({ counted: 3, replay: false });
    expect((await flush(b)).body).toEqual({ counted: 0, replay: true });
    expect(await countsOf(village.topic)).toEqual([['2026-11-24', 3, { water: 2, welfare: 1 }]]);
    // The next flush adds to the day, category by category.
    await flush(
      batch('f-2', [
        { roomId: village.roomId, topic: village.topic, date: '2026-11-24', count: 2, categories: { water: 1, housing: 1 } },
        { roomId: village.roomId, topic: village.topic, date: '2026-11-25', count: 1, categories: { water: 1 } },
      ]),
    );
    expect(await countsOf(village.topic)).toEqual([
      ['2026-11-24', 5, { water: 3, welfare: 1, housing: 1 }],
      ['2026-11-25', 1, { water: 1 }],
    ]);
  });

  it('finds the room by topic when its id changed, and skips work groups and unknown rooms', async () => {
    const r = await flush(
      batch('f-3', [
        { roomId: 'new-id@chatroom', topic: county.topic, date: '2026-11-24', count: 1, categories: { water: 1 } },
        { roomId: work.roomId, topic: work.topic, date: '2026-11-24', count: 4, categories: { water: 4 } },
        { roomId: 'nobody@chatroom', topic: '钓鱼群', date: '2026-11-24', count: 7, categories: { water: 7 } },
      ]),
    );
    expect(r.body).toEqual({ counted: 1, replay: false });
    expect(await countsOf(county.topic)).toEqual([['2026-11-24', 1, { water: 1 }]]);
    expect(await countsOf(work.topic)).toEqual([]);
  });

  it('is for the bot\u2019s token, and bad input names the field', async () => {
    const ok = batch('f-4', []);
    expect((await app.call('POST', '/api/v1/chat/chatter', { body: ok })).status).toBe(401);
    expect((await app.call('POST', '/api/v1/chat/chatter', { token: admin, body: ok })).status).toBe(403);
    for (const [body, field] of [
      [batch('', []), 'flushId'],
      [batch('f-5', [{ roomId: village.roomId, date: '24.11.2026', count: 1 }]), 'counts.0.date'],
      [batch('f-6', [{ date: '2026-11-24', count: 1 }]), 'counts.0.roomId'],
      [batch('f-7', [{ roomId: village.roomId, date: '2026-11-24', count: 0 }]), 'counts.0.count'],
    ] as const) {
      const res = await flush(body);
      expect([res.status, res.body.error.field]).toEqual([400, field]);
    }
  });
});

describe('what each room answer tells the bot', () => {
  it('the binding, and whom to follow while a question is open', async () => {
    const chatter = await say('wx-chat', '大家晚上好', village);
    expect(chatter).toEqual({
      replies: [],
      binding: expect.objectContaining({ roomId: village.roomId, jurisdictionCode: '430502202205', purpose: 'village_group' }),
      follow: null,
    });

    const q = await say('wx-ask', '反映 村里的路坏了好几个月了', county);
    expect(q.replies[0].text).toMatch(/^请问是哪个村/);
    expect(q.follow).toEqual({ until: expect.any(String), mediaUntil: expect.any(String), since: expect.any(String) });
    expect(Date.parse(q.follow.until)).toBeGreaterThan(Date.now());

    // A bot that restarts now learns the open question from the room resolution.
    const resolved = await app.call('POST', '/api/v1/chat/rooms/resolve', {
      token: bot,
      body: { botAccount: 'acct', rooms: [{ id: county.roomId, topic: county.topic }] },
    });
    expect(resolved.body.follows).toEqual([
      expect.objectContaining({ roomId: county.roomId, topic: county.topic, contactId: 'wx-ask', until: q.follow.until }),
    ]);

    const filed = await say('wx-ask', '莲荷村', county);
    expect(filed.replies[0].text).toMatch(/^已登记/);
    // Question closed; photos of the report are still wanted for a while.
    expect(filed.follow).toEqual({ until: null, mediaUntil: expect.any(String), since: expect.any(String) });
    const again = await app.call('POST', '/api/v1/chat/rooms/resolve', {
      token: bot,
      body: { botAccount: 'acct', rooms: [{ id: county.roomId, topic: county.topic }] },
    });
    expect(again.body.follows).toEqual([]);
  });

  it('a room nobody bound says so', async () => {
    const r = await say('wx-x', '@村声 你好', { roomId: 'x@chatroom', topic: '钓鱼群' });
    expect(r.binding).toBeNull();
  });

  it('a binding command answers with the new binding', async () => {
    const office = await app.ds.manager.findOneOrFail(Staff, { where: { role: 'admin' }, order: { id: 'ASC' } });
    const { body } = await app.call('POST', '/api/v1/chat/bind-codes', { token: admin, body: { staffId: office.id } });
    expect((await say('wx-admin', `绑定 ${body.code}`)).replies[0].text).toMatch(/^绑定成功/);
    const r = await say('wx-admin', '@村声 绑定 火车站乡前进村', { roomId: 'q@chatroom', topic: '前进村群' });
    expect(r.replies[0].text).toMatch(/本群已绑定到/);
    expect(r.binding).toEqual(expect.objectContaining({ roomId: 'q@chatroom', jurisdictionCode: '430502202208' }));
  });
});

describe('groups never see what is not theirs', () => {
  it('a bind code posted in a group without @ is burnt all the same', async () => {
    const cadre = await app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre');
    const { body } = await app.call('POST', '/api/v1/chat/bind-codes', { token: admin, body: { staffId: cadre.id } });
    const r = await say('wx-cadre', `绑定 ${body.code}`, village);
    expect(r.replies[0].text).toMatch(/已作废/);
    expect((await say('wx-cadre', `绑定 ${body.code}`)).replies[0].text).toMatch(/绑定码无效/);
  });

  it('a group never gets the category menu; a "which kind?" left open by an older core still takes misconduct private', async () => {
    const q = await say('wx-m', '反映 这个事情拖了半年了没人管，你们一定要管一管', village);
    expect(q.replies.map((r: any) => r.text).join('')).not.toMatch(/哪方面|回复序号/);
    // A question of that kind asked before the upgrade, still open when the answer comes.
    const target = await app.ds.manager.findOneByOrFail(ChatTarget, { topic: village.topic });
    await app.ds.manager.insert(ChatConversation, {
      botAccount: 'acct',
      chatKey: `room:${target.id}`,
      contactId: 'wx-m',
      kind: 'category',
      data: {
        text: '这个事情你们一定要管一管',
        messageId: 'legacy-1',
        channel: 'wechat_group',
        context: target.jurisdictionCode,
        name: null,
        chatTargetId: target.id,
        asked: 1,
      } as ChatConversation['data'],
      expiresAt: new Date(Date.now() + 600_000),
      createdAt: new Date(),
    });
    const a = await say('wx-m', '村支书把低保给了自己亲戚', village);
    const inGroup = a.replies.filter((r: any) => 'room' in r.to).map((r: any) => r.text);
    expect(inGroup).toEqual(['此事请私聊我（村声）详细反映，我们会对您的信息严格保密。']);
    expect(a.replies.some((r: any) => 'contact' in r.to && /请在这里补充说明/.test(r.text))).toBe(true);
    expect(await app.ds.manager.count(Ticket, { where: { category: 'misconduct' } })).toBe(0);
    expect(await app.ds.manager.findOneBy(ChatConversation, { contactId: 'wx-m', chatKey: 'dm' })).toMatchObject({ kind: 'private_report' });
    const done = await say('wx-m', '算了');
    expect(done.replies[0].text).toMatch(/已登记，工单号 .*纪委监委办理/);
    const t = await app.ds.manager.findOneByOrFail(Ticket, { number: done.ticketNumber });
    expect(t).toMatchObject({ category: 'misconduct', channel: 'wechat_private' });
  });
});
