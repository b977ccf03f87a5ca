import { FileBox } from 'file-box';
import { jpeg } from '../support/images';
import { Ticket } from '../../src/entities/Ticket';
import { Petitioner } from '../../src/entities/Petitioner';
import { ChatTarget } from '../../src/entities/ChatTarget';
import { ChatterCount } from '../../src/entities/ChatterCount';
import { InboundMessage } from '../../src/entities/InboundMessage';
import { ChatConversation } from '../../src/entities/ChatConversation';
import { Attachment } from '../../src/entities/Attachment';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Staff } from '../../src/entities/Staff';
import { inTransaction } from '../../src/db/tx';
import { notifyStaff } from '../../src/outbox/enqueue';
import { Dispatcher } from '../../src/outbox/dispatcher';
import { staffSender } from '../../src/outbox/senders';
import { loadOutboxSettings } from '../../src/outbox/config';
import { sweepChat } from '../../src/channels/chat/sweep';
import { shanghaiYmd } from '../../src/clocks/time';
import { ContactMock, login, RoomMock, startWorld, World } from './support';

let w: World;
let admin: ContactMock;
let cadre: ContactMock;
let leader: ContactMock;
let li: ContactMock; // villager in 莲荷村's group
let wang: ContactMock; // villager in the county group
let zhao: ContactMock; // villager who only talks in private
let lianhe: RoomMock; // 莲荷村 villagers' group
let county: RoomMock; // a 双清区-wide group
let stranger: RoomMock; // a group nobody bound

const NUMBER = /430502-\d{8}-\d{4}/;
const tail = (n: string) => `#${n.slice(-4)}`;

async function bindCode(staffId: number): Promise<string> {
  const adminToken = await w.app.token('admin');
  const res = await w.app.call('POST', '/api/v1/chat/bind-codes', { token: adminToken, body: { staffId } });
  expect(res.status).toBe(201);
  return res.body.code;
}

async function ticketsOf(contact: ContactMock): Promise<Ticket[]> {
  const p = await w.app.ds.manager.findOne(Petitioner, { where: { wechatId: `test-bot:${contact.id}` } });
  return p ? w.app.ds.manager.find(Ticket, { where: { petitionerId: p.id }, order: { id: 'ASC' } }) : [];
}

/** Routes 'staff' notices to WeChat contacts (the core's dispatcher), then lets the bot deliver. */
async function deliver(): Promise<void> {
  await new Dispatcher(w.app.ds, { senders: [staffSender()], settings: loadOutboxSettings() }).drain();
  while ((await w.bot.pollOutbox()) > 0);
  await w.bot.idle();
}

beforeAll(async () => {
  w = await startWorld();
  admin = w.contact('信访局管理员');
  cadre = w.contact('包村干部');
  leader = w.contact('分管副区长');
  li = w.contact('李大爷');
  wang = w.contact('王大姐');
  zhao = w.contact('赵师傅');
  lianhe = w.room('lianhe@chatroom', '莲荷村村民群', [admin, cadre, li]);
  county = w.room('county@chatroom', '双清区群众服务群', [admin, wang]);
  stranger = w.room('stranger@chatroom', '钓鱼爱好者', [li]);
  await login(w);
});
afterAll(() => w.close());

describe('binding', () => {
  it('binds an admin with a one-time code, and the code works once', async () => {
    const office = await w.app.staffOf('双清区信访局', (s) => s.role === 'admin');
    const code = await bindCode(office.id);
    await w.say(admin, `绑定 ${code}`, w.me);
    expect(w.dmLog(admin).at(-1)).toMatch(/^绑定成功/);
    expect((await w.app.ds.manager.findOneByOrFail(Staff, { id: office.id })).wechatId).toBe(`test-bot:${admin.id}`);
    await w.say(zhao, `绑定 ${code}`, w.me);
    expect(w.dmLog(zhao).at(-1)).toMatch(/绑定码无效/);
  });

  it('refuses to let a villager bind a group', async () => {
    await w.say(li, '绑定 火车站乡莲荷村', stranger, true);
    expect(w.roomLog(stranger).at(-1)).toMatch(/只有管理员或已绑定的本辖区干部/);
    expect(await w.app.ds.manager.count(ChatTarget)).toBe(0);
  });

  it('binds the villagers\u2019 group to 莲荷村 and the county group to 双清区 when an admin asks in the group', async () => {
    await w.say(admin, '绑定 火车站乡莲荷村', lianhe, true);
    expect(w.roomLog(lianhe).at(-1)).toMatch(/本群已绑定到 .*火车站乡莲荷村/);
    await w.say(admin, '绑定 双清区', county, true);
    expect(w.roomLog(county).at(-1)).toMatch(/本群已绑定到 .*双清区/);
    const targets = await w.app.ds.manager.find(ChatTarget, { order: { id: 'ASC' } });
    expect(targets.map((t) => [t.jurisdictionCode, t.topic, t.roomId, t.botAccount])).toEqual([
      ['430502202205', '莲荷村村民群', 'lianhe@chatroom', 'test-bot'],
      ['430502', '双清区群众服务群', 'county@chatroom', 'test-bot'],
    ]);
  });

  it('burns a bind code posted in a group', async () => {
    const c = await w.app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre');
    const code = await bindCode(c.id);
    await w.say(cadre, `绑定 ${code}`, lianhe, true);
    expect(w.roomLog(lianhe).at(-1)).toMatch(/已作废/);
    await w.say(cadre, `绑定 ${code}`, w.me);
    expect(w.dmLog(cadre).at(-1)).toMatch(/绑定码无效/);
  });
});

describe('a villager reports in a bound group', () => {
  let messageId: string;

  it('gets a ticket number, category, handling unit and deadline, and nothing personal', async () => {
    const before = w.roomLog(lianhe).length;
    const { dto } = await w.say(li, '反映：村里自来水停了三天了，一滴水都没有', lianhe);
    messageId = dto!.messageId;
    const replies = w.roomLog(lianhe).slice(before);
    expect(replies).toHaveLength(1);
    // Whose complaint it is, by the WeChat name the group already sees; a deadline, not an order.
    expect(replies[0]).toMatch(
      new RegExp(`^@李大爷\u2005已登记，工单号 ${NUMBER.source}（饮水安全），由双清区水利局办理，预计 \\d{1,2}月\\d{1,2}日 \\d\\d:\\d\\d 前办结`),
    );
    expect(replies[0]).not.toMatch(/自来水|请于/);
    const [t] = await ticketsOf(li);
    expect(t).toMatchObject({ channel: 'wechat_group', villageCode: '430502202205', category: 'water', externalId: `test-bot:${messageId}` });
  });

  it('@-mentioning the bot works as a trigger too', async () => {
    await w.say(li, '村口那段路坑坑洼洼的，下雨天根本没法走', lianhe, true);
    expect(w.roomLog(lianhe).at(-1)).toMatch(/（道路水电设施），由火车站乡人民政府办理/);
    expect((await ticketsOf(li)).map((t) => t.category)).toEqual(['water', 'infrastructure']);
  });

  it('makes nothing new when the same message id is delivered again', async () => {
    const tickets = await w.app.ds.manager.count(Ticket);
    const said = w.roomLog(lianhe).length;
    const { result } = await w.replay(messageId);
    expect(result!.replay).toBe(true);
    expect(await w.app.ds.manager.count(Ticket)).toBe(tickets);
    expect(w.roomLog(lianhe)).toHaveLength(said);
    expect(await w.app.ds.manager.countBy(InboundMessage, { messageId })).toBe(1);
  });
});

describe('chatter', () => {
  it('gets silence, and complaint-like chatter is only counted, without its text', async () => {
    const said = w.roomLog(lianhe).length;
    const tickets = await w.app.ds.manager.count(Ticket);
    const inbound = await w.app.ds.manager.count(InboundMessage);
    expect((await w.say(wang, '今天晚上吃啥呀', county)).decision).toBe('drop');
    expect((await w.say(li, '大家晚上好，明天赶集去不去', lianhe)).decision).toBe('drop');
    expect((await w.say(li, '我家自来水又停了，水龙头一滴水都没有', lianhe)).decision).toBe('count');
    expect(w.roomLog(lianhe)).toHaveLength(said);
    expect(await w.app.ds.manager.count(Ticket)).toBe(tickets);
    // Nothing reached the core yet: chatter is counted in the bot and sent in batches.
    expect(await w.app.ds.manager.count(InboundMessage)).toBe(inbound);
    const target = await w.app.ds.manager.findOneByOrFail(ChatTarget, { topic: '莲荷村村民群' });
    const counts = () => w.app.ds.manager.find(ChatterCount, { where: { chatTargetId: target.id } });
    expect(await counts()).toEqual([]);
    await w.bot.flushChatter();
    expect((await counts()).map((c) => [c.date, c.count, c.categories])).toEqual([[shanghaiYmd(new Date()), 1, { water: 1 }]]);
    // The chatter text is nowhere in the database.
    for (const table of ['inbound_message', 'chatter_count', 'chat_conversation', 'outbox_message']) {
      expect(JSON.stringify(await w.app.ds.query(`SELECT * FROM ${table}`))).not.toMatch(/水龙头/);
    }
    // A flush with nothing new sends nothing; counts are not doubled.
    await w.bot.flushChatter();
    expect((await counts()).map((c) => c.count)).toEqual([1]);
  });

  it('says nothing in a group nobody bound', async () => {
    const { result, decision } = await w.say(li, '反映 路灯坏了', stranger);
    // A trigger goes to the core even in a room the bot thinks unbound (it may be bound by topic).
    expect(decision).toBe('core');
    expect(result!.replies).toEqual([]);
    expect(result!.binding).toBeNull();
    expect(w.roomLog(stranger).filter((t) => !/只有管理员/.test(t))).toEqual([]);
  });
});

describe('an unclear place gets one question, then a ticket', () => {
  it('in the county group: which village?', async () => {
    await w.say(wang, '反映 村口的路坏了好几个月，下雨天没法走', county);
    expect(w.roomLog(county).at(-1)).toMatch(/^@王大姐\u2005请问是哪个村/);
    expect(await ticketsOf(wang)).toEqual([]);
    // Someone else talking meanwhile is not an answer.
    await w.say(admin, '收到', county);
    await w.say(wang, '莲荷村', county);
    expect(w.roomLog(county).at(-1)).toMatch(new RegExp(`已登记，工单号 ${NUMBER.source}`));
    const [t] = await ticketsOf(wang);
    expect(t).toMatchObject({ villageCode: '430502202205', category: 'infrastructure', channel: 'wechat_group' });
  });

  it('in private chat a village name found in two counties is looked up first in the county this bot serves', async () => {
    // 前进村 is in 双清区火车站乡 and in 双辽市那木乡; every group this bot account serves is in 双清区.
    // (With groups in both counties it asks, numbered: test/bot/understanding.test.ts.)
    await w.say(zhao, '反映 前进村的路坏了很久了，车都开不进去', w.me);
    expect(w.dmLog(zhao).at(-1)).toMatch(/^已登记，工单号 430502-/);
    const [t] = await ticketsOf(zhao);
    expect(t).toMatchObject({ villageCode: '430502202208', channel: 'wechat_private' });
  });

  it('files the complaint as it stands when nobody answers, and says so in the group', async () => {
    await w.say(wang, '投诉 村里垃圾没人清理，臭得很', county);
    expect(w.roomLog(county).at(-1)).toMatch(/^@王大姐\u2005请问是哪个村/);
    const before = (await ticketsOf(wang)).length;
    expect((await sweepChat(w.app.ds, new Date())).filed).toBe(0);
    // Ten minutes pass without an answer.
    await w.app.ds
      .createQueryBuilder()
      .update(ChatConversation)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .execute();
    const r = await sweepChat(w.app.ds, new Date());
    expect(r.filed).toBe(1);
    const after = await ticketsOf(wang);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ villageCode: null, countyCode: '430502' });
    await deliver();
    expect(w.roomLog(county).at(-1)).toMatch(new RegExp(`^@王大姐\u2005您刚才反映的问题已按原内容登记，工单号 ${NUMBER.source}`));
    // A second sweep files nothing more.
    expect((await sweepChat(w.app.ds, new Date())).filed).toBe(0);
  });
});

describe('misconduct raised in a group', () => {
  it('is not echoed there; the bot takes it in private chat', async () => {
    const said = w.roomLog(lianhe).length;
    await w.say(li, '反映 村支书把低保给了自己亲戚', lianhe);
    const inGroup = w.roomLog(lianhe).slice(said);
    expect(inGroup).toEqual(['此事请私聊我（村声）详细反映，我们会对您的信息严格保密。']);
    expect(w.dmLog(li).at(-1)).toMatch(/请在这里补充说明/);
    await w.say(li, '从去年开始的，我们组好几户都知道', w.me);
    expect(w.dmLog(li).at(-1)).toMatch(/已登记，工单号 .*纪委监委办理/);
    const t = (await ticketsOf(li)).at(-1)!;
    expect(t).toMatchObject({ category: 'misconduct', channel: 'wechat_private' });
    expect(t.text).toMatch(/低保给了自己亲戚\n从去年开始/);
    expect(w.roomLog(lianhe).slice(said)).toHaveLength(1);
  });
});

describe('a cadre closes a ticket in chat, and the villager reopens it', () => {
  let road: Ticket;

  it('binds, lists the to-do, accepts and resolves', async () => {
    road = (await ticketsOf(li)).find((t) => t.category === 'infrastructure')!;
    // The cadre the ticket went to (包村干部), else any cadre of the township.
    const c = road.assigneeId
      ? await w.app.ds.manager.findOneByOrFail(Staff, { id: road.assigneeId })
      : await w.app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre');
    await w.say(cadre, `绑定 ${await bindCode(c.id)}`, w.me);
    expect(w.dmLog(cadre).at(-1)).toMatch(/^绑定成功/);
    await w.say(cadre, '我的待办', w.me);
    expect(w.dmLog(cadre).at(-1)).toContain(road.number);
    await w.say(cadre, `接单 ${tail(road.number)}`, w.me);
    expect(w.dmLog(cadre).at(-1)).toBe(`已接单：${road.number}。请尽快联系群众。`);
    await w.say(cadre, `进展 ${tail(road.number)} 已联系施工队，明天动工`, w.me);
    expect(w.dmLog(cadre).at(-1)).toMatch(/已记录进展/);
    await w.say(cadre, `办结 ${tail(road.number)} 路面已修补平整`, w.me);
    expect(w.dmLog(cadre).at(-1)).toBe(`已办结：${road.number}，系统将回访群众。`);
    expect((await w.app.ds.manager.findOneByOrFail(Ticket, { id: road.id })).status).toBe('resolved');
  });

  it('the villager is asked in private chat and answers 未解决: the ticket reopens', async () => {
    await deliver();
    const notices = w.dmLog(li);
    expect(notices.some((n) => n.includes(`工单 ${road.number} 已受理`) || n.includes(`${road.number}）已受理`))).toBe(true);
    expect(notices.at(-1)).toMatch(new RegExp(`工单 ${road.number} 已办结.*问题是否解决`));
    await w.say(li, '未解决，还是坑坑洼洼的', w.me);
    expect(w.dmLog(li).at(-1)).toBe(`收到，工单 ${road.number} 已重新交办，我们会督促尽快解决。`);
    const t = await w.app.ds.manager.findOneByOrFail(Ticket, { id: road.id });
    expect(t).toMatchObject({ status: 'reopened', solved: false, reopenCount: 1 });
  });

  it('the villager can ask for their tickets', async () => {
    await w.say(li, '查询', w.me);
    expect(w.dmLog(li).at(-1)).toMatch(new RegExp(`^您的工单：[\\s\\S]*${road.number} 道路水电设施`));
  });

  it('refuses staff commands from people who are not staff', async () => {
    await w.say(zhao, `接单 ${tail(road.number)}`, w.me);
    expect(w.dmLog(zhao).at(-1)).toMatch(/还没有绑定工作账号/);
  });
});

describe('a leader', () => {
  it('gets an escalation in private chat, takes charge and supervises', async () => {
    const road = (await ticketsOf(li)).find((t) => t.category === 'infrastructure')!;
    const lead = await w.app.ds.manager.findOneOrFail(Staff, {
      where: { role: 'leader', position: 'county_leader', jurisdictionCode: '430502' },
      order: { id: 'ASC' },
    });
    await w.say(leader, `绑定 ${await bindCode(lead.id)}`, w.me);
    expect(w.dmLog(leader).at(-1)).toMatch(/^绑定成功/);
    // What the escalation ladder sends: a 'staff' notice, routed to the bound WeChat and sent by the bot.
    await inTransaction(w.app.ds, ({ manager }) =>
      notifyStaff(
        manager,
        lead.id,
        'escalation',
        `【督办提醒】工单 ${road.number} 已超期 1 个工作日，请督促办理。`,
        road.id,
        new Date(),
        `test-escalation:${road.id}`,
      ),
    );
    await deliver();
    expect(w.dmLog(leader).at(-1)).toBe(`【督办提醒】工单 ${road.number} 已超期 1 个工作日，请督促办理。`);
    const row = await w.app.ds.manager.findOneByOrFail(OutboxMessage, { dedupeKey: `test-escalation:${road.id}` });
    expect(row).toMatchObject({ channel: 'wechat_contact', status: 'sent', target: `test-bot:${leader.id}` });

    await w.say(leader, `包案 ${road.number}`, w.me);
    expect(w.dmLog(leader).at(-1)).toBe(`已包案：${road.number}，您是该工单的包案领导。`);
    await w.say(leader, `督办 ${road.number} 3 限期修好`, w.me);
    expect(w.dmLog(leader).at(-1)).toMatch(new RegExp(`^已挂牌督办：${road.number}，限 \\d{1,2}月\\d{1,2}日 24:00 前办结`));
    expect(await w.app.ds.manager.findOneByOrFail(Ticket, { id: road.id })).toMatchObject({ ownerLeaderId: lead.id, supervised: true });
  });

  it('a cadre cannot take charge', async () => {
    const road = (await ticketsOf(li)).find((t) => t.category === 'infrastructure')!;
    await w.say(cadre, `包案 ${tail(road.number)}`, w.me);
    expect(w.dmLog(cadre).at(-1)).toBe('您没有权限执行这个操作。');
  });
});

describe('message types', () => {
  it('keeps a photo sent right after a report as the ticket\u2019s attachment', async () => {
    await w.say(zhao, FileBox.fromBase64(jpeg(1280, 960, 0).toString('base64'), 'road.jpg') as any, w.me);
    const t = (await ticketsOf(zhao)).at(-1)!;
    expect(w.dmLog(zhao).at(-1)).toBe(`图片已补充到工单 ${t.number}。`);
    const atts = await w.app.ds.manager.find(Attachment, { where: { ticketId: t.id } });
    expect(atts.map((a) => [a.kind, a.mime, a.size])).toEqual([['image', 'image/jpeg', jpeg(1280, 960, 0).length]]);
  });

  it('ignores photos in a group that belong to no complaint', async () => {
    const n = await w.app.ds.manager.count(Attachment);
    const { decision } = await w.say(admin, FileBox.fromBase64(Buffer.from([1, 2, 3]).toString('base64'), 'cat.jpg') as any, county);
    expect(decision).toBe('drop');
    expect(await w.app.ds.manager.count(Attachment)).toBe(n);
  });

  it('answers other types with a short help in private chat, and nothing in groups', async () => {
    await w.say(zhao, FileBox.fromBase64(Buffer.from('x').toString('base64'), 'clip.mp4') as any, w.me);
    expect(w.dmLog(zhao).at(-1)).toMatch(/暂时只能处理文字、语音、图片和位置/);
    const said = w.roomLog(lianhe).length;
    const { decision } = await w.say(li, FileBox.fromBase64(Buffer.from('x').toString('base64'), 'clip.mp4') as any, lianhe);
    expect(decision).toBe('drop');
    expect(w.roomLog(lianhe)).toHaveLength(said);
  });

  it('asks for text when a voice note has no transcript', async () => {
    await w.say(zhao, FileBox.fromBase64(Buffer.from('x').toString('base64'), 'voice.silk') as any, w.me);
    expect(w.dmLog(zhao).at(-1)).toMatch(/请用文字描述/);
  });
});

describe('after a re-login', () => {
  it('finds the bound groups again by topic when room ids changed', async () => {
    const res = await w.app.call('POST', '/api/v1/chat/rooms/resolve', {
      token: await w.app.token('bot'),
      body: {
        botAccount: 'test-bot',
        rooms: [
          { id: 'new-lianhe@chatroom', topic: '莲荷村村民群' },
          { id: 'county@chatroom', topic: '双清区群众服务群（新）' },
        ],
      },
    });
    expect(res.status).toBe(200);
    const byTopic = Object.fromEntries(res.body.bound.map((b: any) => [b.jurisdictionCode, [b.roomId, b.topic]]));
    expect(byTopic).toEqual({ '430502202205': ['new-lianhe@chatroom', '莲荷村村民群'], '430502': ['county@chatroom', '双清区群众服务群（新）'] });
  });
});

describe('a group bound through the API while the bot runs', () => {
  it('is counted in once the bot re-reads its rooms (on a timer in production)', async () => {
    const adminToken = await w.app.token('admin');
    expect(
      (
        await w.app.call('POST', '/api/v1/chat/bindings', {
          token: adminToken,
          body: { jurisdictionCode: '430502202205', topic: '钓鱼爱好者', botAccount: 'test-bot' },
        })
      ).status,
    ).toBe(201);
    expect((await w.say(li, '低保的钱还没发下来', stranger)).decision).toBe('drop');
    await w.bot.refreshRooms();
    expect((await w.say(li, '低保的钱还没发下来', stranger)).decision).toBe('count');
  });
});
