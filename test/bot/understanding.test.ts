import { Ticket } from '../../src/entities/Ticket';
import { Petitioner } from '../../src/entities/Petitioner';
import { ChatConversation } from '../../src/entities/ChatConversation';
import { ChatTarget } from '../../src/entities/ChatTarget';
import { Unit } from '../../src/entities/Unit';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { inTransaction } from '../../src/db/tx';
import { sweepChat } from '../../src/channels/chat/sweep';
import { Staff } from '../../src/entities/Staff';
import { acceptTicket, resolveTicket } from '../../src/tickets';
import { staffActor } from '../../src/channels/chat/identity';
import { ContactMock, login, RoomMock, startWorld, World } from './support';

/**
 * Issue 11 as villagers meet it in WeChat groups (wechaty-puppet-mock, the bot talking to a real
 * core over HTTP): chatter with trigger words stays chatter, small talk with the bot files
 * nothing, a township group's place question can be answered the way people answer, a resend is
 * one ticket, and the bot's words say whose complaint it is, by when, and whom to call.
 */
let w: World;
let li: ContactMock; // 莲荷村 villagers' group
let zhang: ContactMock;
let liu: ContactMock;
let chen: ContactMock;
let sun: ContactMock;
let zhou: ContactMock;
let wu: ContactMock;
let lianhe: RoomMock; // bound to 火车站乡莲荷村
let township: RoomMock; // bound to 火车站乡
let maolin: RoomMock; // bound to 双辽市茂林镇

const ALL_VILLAGES = '1.古塘社区 2.红旗社区 3.跃进社区 4.白云村 5.莲荷村 6.杨柳村 7.前进村 8.栗山村 9.集仙村 10.世纪新村';

async function ticketsOf(contact: ContactMock): Promise<Ticket[]> {
  const p = await w.app.ds.manager.findOne(Petitioner, { where: { wechatId: `test-bot:${contact.id}` } });
  return p ? w.app.ds.manager.find(Ticket, { where: { petitionerId: p.id }, order: { id: 'ASC' } }) : [];
}
const ticketCount = () => w.app.ds.manager.count(Ticket);
const unitOf = async (t: Ticket) => (await w.app.ds.manager.findOneByOrFail(Unit, { id: t.handlingUnitId })).name;

async function bind(jurisdictionCode: string, topic: string): Promise<void> {
  const res = await w.app.call('POST', '/api/v1/chat/bindings', {
    token: await w.app.token('admin'),
    body: { jurisdictionCode, topic, botAccount: 'test-bot' },
  });
  expect(res.status).toBe(201);
}

/** Lets the open questions run out, as ten minutes without an answer would. */
async function expireQuestions(): Promise<void> {
  await w.app.ds
    .createQueryBuilder()
    .update(ChatConversation)
    .set({ expiresAt: new Date(Date.now() - 1000) })
    .execute();
}

/** The sweeper's notices, delivered by the bot as it would from the outbox. */
async function deliver(): Promise<void> {
  while ((await w.bot.pollOutbox()) > 0);
  await w.bot.idle();
}

beforeAll(async () => {
  w = await startWorld();
  li = w.contact('李大爷');
  zhang = w.contact('张婶');
  liu = w.contact('老刘');
  chen = w.contact('陈叔');
  sun = w.contact('孙二哥');
  zhou = w.contact('周嫂子');
  wu = w.contact('吴老师');
  lianhe = w.room('lianhe@chatroom', '莲荷村村民群', [li, zhang, chen]);
  township = w.room('hcz@chatroom', '火车站乡便民服务群', [liu, chen, sun, zhou, wu, zhang]);
  maolin = w.room('maolin@chatroom', '茂林镇乡亲群', [liu, zhang]);
  await bind('430502202205', '莲荷村村民群');
  await bind('430502202', '火车站乡便民服务群');
  await bind('220382100', '茂林镇乡亲群');
  await login(w);
});
afterAll(() => w.close());

describe('the group gate: a trigger word or a mention is not a complaint', () => {
  it.each(['反映了也没用 去年就反映过', '求助大家 谁家有拖拉机 明天借我用半天', '投诉有啥用哦', '报修电话是多少啊', '举报电话12388'])(
    '"%s" in a village group: no ticket, no menu, no reply',
    async (text) => {
      const before = await ticketCount();
      const said = w.roomLog(lianhe).length;
      await w.say(zhang, text, lianhe);
      expect(w.roomLog(lianhe).slice(said)).toEqual([]);
      expect(await ticketCount()).toBe(before);
      expect(await w.app.ds.manager.count(ChatConversation)).toBe(0);
    },
  );

  it('"@村声 谢谢", "你是机器人吗", "在吗" get a short line at most, never a ticket or a menu', async () => {
    const before = await ticketCount();
    const said = w.roomLog(lianhe).length;
    await w.say(zhang, '@村声 谢谢', lianhe, true);
    await w.say(zhang, '@村声 你是机器人吗', lianhe, true);
    await w.say(zhang, '@村声 在吗', lianhe, true);
    await w.say(chen, '谢谢陈叔的红包', lianhe);
    // Asked again and again: answered once (a flood of mentions does not flood the group).
    await w.say(zhang, '@村声 在吗', lianhe, true);
    await w.say(zhang, '@村声 在吗？？', lianhe, true);
    const replies = w.roomLog(lianhe).slice(said);
    expect(replies).toEqual([
      '我是村声，帮大家登记诉求的小助手。@我 说清什么事、在哪个村，就能登记；查询进度请私聊我。',
      '在的。@我 说清什么事、在哪个村，就能登记诉求。',
    ]);
    for (const r of replies) expect(r).not.toMatch(/回复序号|哪方面|已登记/);
    expect(await ticketCount()).toBe(before);
    expect(await w.app.ds.manager.count(ChatConversation)).toBe(0);
  });

  it('a red packet thank-you is not counted as an unregistered complaint (未诉先办)', async () => {
    const { decision } = await w.say(chen, '谢谢陈叔的红包', lianhe);
    expect(decision).toBe('drop');
  });

  it('an open question is the asker\u2019s: someone else\u2019s "@村声 谢谢" files nothing, nor does the asker\u2019s own', async () => {
    await w.say(liu, '反映 我们村的路灯坏了一个多月了，晚上出门摸黑', township);
    expect(w.roomLog(township).at(-1)).toBe(`@老刘\u2005请问是哪个村？回复序号：${ALL_VILLAGES}；都不是请回复村名。`);
    const before = await ticketCount();
    const said = w.roomLog(township).length;
    await w.say(chen, '@村声 谢谢', township, true);
    await w.say(chen, '1', township);
    await w.say(liu, '@村声 谢谢', township, true);
    expect(w.roomLog(township).slice(said)).toEqual([]);
    expect(await ticketCount()).toBe(before);
    // Still the asker's to answer; when nobody does, the sweeper files it to the bound township.
    await expireQuestions();
    expect((await sweepChat(w.app.ds, new Date())).filed).toBe(1);
    const [t] = await ticketsOf(liu);
    expect(t).toMatchObject({ villageCode: null, countyCode: '430502', category: 'infrastructure', text: '我们村的路灯坏了一个多月了，晚上出门摸黑' });
    expect(await unitOf(t)).toBe('火车站乡人民政府');
    await deliver();
    expect(w.roomLog(township).at(-1)).toMatch(
      new RegExp(
        `^@老刘\u2005您刚才反映的问题已按原内容登记，工单号 ${t.number}（道路水电设施），由火车站乡人民政府办理，预计 \\d{1,2}月\\d{1,2}日 \\d\\d:\\d\\d 前办结。$`,
      ),
    );
    expect(await ticketCount()).toBe(before + 1);
  });

  it('the sweeper never files chatter, even a question opened for it before the gate', async () => {
    const target = await w.app.ds.manager.findOneByOrFail(ChatTarget, { topic: '莲荷村村民群' });
    await inTransaction(w.app.ds, ({ manager }) =>
      manager.insert(ChatConversation, {
        botAccount: 'test-bot',
        chatKey: `room:${target.id}`,
        contactId: zhang.id,
        kind: 'category',
        data: {
          text: '投诉有啥用哦',
          messageId: 'old-1',
          channel: 'wechat_group',
          context: '430502202205',
          name: '张婶',
          chatTargetId: target.id,
          asked: 1,
        } as ChatConversation['data'],
        expiresAt: new Date(Date.now() - 1000),
        createdAt: new Date(Date.now() - 700_000),
      }),
    );
    const before = await ticketCount();
    const r = await sweepChat(w.app.ds, new Date());
    expect(r).toMatchObject({ filed: 0, dropped: 1 });
    expect(await ticketCount()).toBe(before);
    expect(await w.app.ds.manager.count(OutboxMessage, { where: { kind: 'chat_timeout', target: String(target.id) } })).toBe(0);
  });
});

describe('a township group\u2019s place question', () => {
  // Each villager has their own question; each answers it in another way people do.
  it.each([
    ['孙二哥', '1', '430502202001', '反映 村里垃圾好几个星期没人清运了，臭得很'],
    ['周嫂子', '第一个', '430502202001', '反映 我们那的自来水三天两头停，洗衣做饭都没水'],
    ['吴老师', '二', '430502202002', '反映 村小学门口那段路全是坑，娃娃上学一身泥'],
    ['张婶', '第2个', '430502202002', '反映 我家危房改造的补助申请了一年还没批下来'],
    ['陈叔', '莲荷村', '430502202205', '反映 组里的水渠垮了一截，田里放不进水'],
    ['吴老师', '我们是杨柳的', '430502202206', '反映 我们那的低保申请交上去三个月了，一直没有消息'],
  ])('%s answers "%s"', async (name, answer, village, text) => {
    const who = { 孙二哥: sun, 周嫂子: zhou, 吴老师: wu, 张婶: zhang, 陈叔: chen }[name]!;
    await w.say(who, text, township);
    expect(w.roomLog(township).at(-1)).toBe(`@${name}\u2005请问是哪个村？回复序号：${ALL_VILLAGES}；都不是请回复村名。`);
    await w.say(who, answer, township);
    const t = (await ticketsOf(who)).at(-1)!;
    expect(t).toMatchObject({ villageCode: village, channel: 'wechat_group' });
    expect(w.roomLog(township).at(-1)).toMatch(new RegExp(`^@${name}\u2005已登记，工单号 ${t.number}（`));
  });

  it('lists the township\u2019s villages that match the words, by name only', async () => {
    await w.say(liu, '反映 二龙那边的水渠堵死了，地里浇不上水', maolin);
    expect(w.roomLog(maolin).at(-1)).toBe('@老刘\u2005请问是哪个村？回复序号：1.二龙卜村 2.二龙山村；都不是请回复村名。');
    await w.say(liu, '二龙山', maolin);
    expect((await ticketsOf(liu)).at(-1)).toMatchObject({ villageCode: '220382100206' });
  });

  it('names the township and county when candidates lie elsewhere (private chat, no area known)', async () => {
    const qian = w.contact('钱大哥');
    await w.say(qian, '反映 前进村的路坏了很久了，车都开不进去', w.me);
    const q = w.dmLog(qian).at(-1)!;
    expect(q).toMatch(/^请问是哪个村？回复序号：1\.(双清区火车站乡|双辽市那木乡)前进村 2\.(双清区火车站乡|双辽市那木乡)前进村；/);
    const pick = /(\d)\.双辽市那木乡前进村/.exec(q)![1];
    await w.say(qian, `第${pick}个`, w.me);
    expect((await ticketsOf(qian)).at(-1)).toMatchObject({ villageCode: '220382200204', channel: 'wechat_private' });
  });
});

describe('one complaint, one ticket', () => {
  it('the same words from the same villager minutes later, under a new message id, are the same ticket', async () => {
    await w.say(li, '反映 村东头的路灯坏了三个了，晚上出门摸黑', lianhe);
    const [first] = (await ticketsOf(li)).slice(-1);
    const before = await ticketCount();
    // A re-pushed message (new id), and the villager sending it again with other punctuation.
    await w.say(li, '反映 村东头的路灯坏了三个了，晚上出门摸黑', lianhe);
    await w.say(li, '@村声 村东头的路灯坏了三个了！晚上出门摸黑。', lianhe, true);
    expect(await ticketCount()).toBe(before);
    expect(w.roomLog(lianhe).slice(-2)).toEqual([
      `@李大爷\u2005这个问题已登记过，工单号 ${first.number}，正在办理。`,
      `@李大爷\u2005这个问题已登记过，工单号 ${first.number}，正在办理。`,
    ]);
    // Someone else reporting the same problem is their own complaint, linked to the first, and
    // told so in words that name no one.
    await w.say(zhang, '反映 村东头路灯坏了好几个 晚上出门黑灯瞎火的', lianhe);
    expect(await ticketCount()).toBe(before + 1);
    const mine = (await ticketsOf(zhang)).at(-1)!;
    expect(mine.duplicateOfId).toBe(first.id);
    expect(w.roomLog(lianhe).at(-1)).toBe(
      `@张婶\u2005已有人反映，已合并跟进，工单号 ${first.number}。您的反映也已登记（${mine.number}），办理结果会一并告知您。`,
    );
  });
});

describe('words villagers understand', () => {
  it('the ticket says what the matter is, not "反映一下" or "我要反映个问题"', async () => {
    await w.say(chen, '@村声 反映一下 村口的水泥路塌了一块，三轮车过不去', lianhe, true);
    await w.say(chen, '我要反映个问题，村里的自来水浑得很，烧开了都是黄的', lianhe);
    const texts = (await ticketsOf(chen)).slice(-2).map((t) => t.text);
    expect(texts).toEqual(['村口的水泥路塌了一块，三轮车过不去', '村里的自来水浑得很，烧开了都是黄的']);
  });

  it('an emergency is filed at once and the reply says whom to call', async () => {
    const said = w.roomLog(lianhe).length;
    await w.say(zhang, '@村声 老人摔倒了起不来 快点来人', lianhe, true);
    const replies = w.roomLog(lianhe).slice(said);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/^@张婶\u2005如有人身危险，请立即拨打急救120。已登记，工单号/);
    expect(replies[0]).not.toMatch(/回复序号|哪方面/);
    expect((await ticketsOf(zhang)).at(-1)).toMatchObject({ urgency: 'emergency', villageCode: '430502202205' });
  });

  it('danger to life needs no trigger word nor mention: filed at once, whom to call named', async () => {
    const said = w.roomLog(lianhe).length;
    await w.say(chen, '莲荷村有人掉进水塘了快来人', lianhe);
    const replies = w.roomLog(lianhe).slice(said);
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatch(/^@陈叔\u2005如有人身危险，请立即拨打.*(110|120)/);
    expect((await ticketsOf(chen)).at(-1)).toMatchObject({ urgency: 'emergency', villageCode: '430502202205' });
  });

  it('talk about an old danger without a trigger word stays talk', async () => {
    const before = await ticketCount();
    const said = w.roomLog(lianhe).length;
    await w.say(li, '去年发大水那会儿我们家猪圈都冲没了 现在想想都怕', lianhe);
    expect(await ticketCount()).toBe(before);
    expect(w.roomLog(lianhe).slice(said)).toEqual([]);
  });

  it('a fire names 119', async () => {
    await w.say(li, '反映 后山着火了 烧到村边了', lianhe);
    expect(w.roomLog(lianhe).at(-1)).toMatch(/如有人身危险，请立即拨打火警119/);
  });
});

describe('复查 asked for in 1:1', () => {
  it('"我要复查" with nothing answered says how; after the answer it opens a 复查 at the level above, never a new complaint', async () => {
    const feng = w.contact('冯大哥');
    await w.say(feng, '我要复查', w.me);
    expect(w.dmLog(feng).at(-1)).toMatch(/^没有找到可以申请复查（复核）的答复/);
    await w.say(feng, '反映 火车站乡栗山村的水渠塌了一段，田里放不进水', w.me);
    const t = (await ticketsOf(feng)).at(-1)!;
    const staff = await w.app.ds.manager.findOneOrFail(Staff, { where: { unitId: t.handlingUnitId, role: 'cadre' }, order: { id: 'ASC' } });
    const actor = (await staffActor(w.app.ds.manager, staff))!;
    await acceptTicket(w.app.ds, actor, t.id, {});
    await resolveTicket(w.app.ds, actor, t.id, { text: '已安排修复' });
    const before = await ticketCount();
    await w.say(feng, '申请复查 根本没修 就拉了两车土', w.me);
    const review = await w.app.ds.manager.findOneByOrFail(Ticket, { reviewOfId: t.id });
    expect(review).toMatchObject({ stage: 'review', petitionerId: t.petitionerId });
    expect(review.handlingUnitId).not.toBe(t.handlingUnitId);
    expect(review.text).toContain('根本没修');
    expect(await ticketCount()).toBe(before + 1);
    await deliver();
    expect(w.dmLog(feng).at(-1)).toMatch(new RegExp(`复查申请已登记，复查工单号 ${review.number}`));
    // Said again (or redelivered): still one 复查.
    await w.say(feng, '申请复查 根本没修 就拉了两车土', w.me);
    expect(await ticketCount()).toBe(before + 1);
  });
});

describe('short replies in private chat', () => {
  it('是 / 好 / 谢谢 file nothing; a lone 是 with a 回访 waiting asks for the words that answer it', async () => {
    const zheng = w.contact('郑大妈');
    const before = await ticketCount();
    await w.say(zheng, '谢谢', w.me);
    expect(w.dmLog(zheng).at(-1)).toBe('不客气，有事随时找我。');
    await w.say(zheng, '是', w.me);
    expect(w.dmLog(zheng).at(-1)).toBe('收到。如需反映问题，请直接描述什么事、在哪个村。');
    await w.say(zheng, '好的', w.me);
    expect(await ticketCount()).toBe(before);

    await w.say(zheng, '反映 火车站乡杨柳村的路灯坏了半个月了', w.me);
    const t = (await ticketsOf(zheng)).at(-1)!;
    const staff = await w.app.ds.manager.findOneOrFail(Staff, { where: { unitId: t.handlingUnitId, role: 'cadre' }, order: { id: 'ASC' } });
    const actor = (await staffActor(w.app.ds.manager, staff))!;
    await acceptTicket(w.app.ds, actor, t.id, {});
    await resolveTicket(w.app.ds, actor, t.id, { text: '路灯已换新' });
    await w.say(zheng, '是', w.me);
    expect(w.dmLog(zheng).at(-1)).toBe('请回复“已解决”或“未解决”，以及“满意”或“不满意”。');
    await w.say(zheng, '不满意 灯还是不亮', w.me);
    expect(w.dmLog(zheng).at(-1)).toBe(`收到，工单 ${t.number} 已重新交办，我们会督促尽快解决。`);
    expect(await w.app.ds.manager.findOneByOrFail(Ticket, { id: t.id })).toMatchObject({ status: 'reopened', satisfied: false, solved: false });
    expect(await ticketCount()).toBe(before + 1);
  });
});

describe('confidentiality', () => {
  it('a report on a cadre said twice in a group is never echoed there, not even as "already filed"', async () => {
    const said = w.roomLog(lianhe).length;
    await w.say(zhou, '@村声 村主任逢年过节就找我们要烟要酒 不给就不办事', lianhe, true);
    await w.say(zhou, '好几年了 大家都怕他', w.me);
    const t = (await ticketsOf(zhou)).at(-1)!;
    expect(t.category).toBe('misconduct');
    await w.say(zhou, '@村声 村主任逢年过节就找我们要烟要酒 不给就不办事', lianhe, true);
    const inGroup = w.roomLog(lianhe).slice(said);
    expect(inGroup.every((r) => r === '此事请私聊我（村声）详细反映，我们会对您的信息严格保密。')).toBe(true);
    expect(inGroup.join('')).not.toContain(t.number);
  });
});
