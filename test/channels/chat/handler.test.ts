import { chatMount } from '../../../src/http/chat/routes';
import { Ticket } from '../../../src/entities/Ticket';
import { Staff } from '../../../src/entities/Staff';
import { Unit } from '../../../src/entities/Unit';
import { startTestApp, TestApp } from '../../support/app';

/** The core's chat decisions through POST /chat/messages, without a puppet. */
let app: TestApp;
let bot: string;
let admin: string;
let seq = 0;

async function send(from: string, text: string, room?: { id: string; topic: string }, extra: Record<string, unknown> = {}) {
  const res = await app.call('POST', '/api/v1/chat/messages', {
    token: bot,
    body: {
      botAccount: 'b',
      messageId: `h-${++seq}`,
      from: { id: from },
      type: 'text',
      text,
      ...(room ? { roomId: room.id, roomTopic: room.topic } : {}),
      ...extra,
    },
  });
  expect(res.status).toBe(200);
  return { texts: res.body.replies.map((r: any) => r.text) as string[], body: res.body };
}

async function bindStaff(staffId: number, contact: string) {
  const { body } = await app.call('POST', '/api/v1/chat/bind-codes', { token: admin, body: { staffId } });
  const r = await send(contact, `绑定 ${body.code}`);
  expect(r.texts[0]).toMatch(/^绑定成功/);
}

const village = { id: 'v@chatroom', topic: '莲荷村群' };
const countyGroup = { id: 'c@chatroom', topic: '双清区群' };
const work = { id: 'w@chatroom', topic: '火车站乡工作群' };

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502', '220382'], mounts: [chatMount] });
  bot = await app.token('bot');
  admin = await app.token('admin');
  for (const [jurisdictionCode, topic, purpose] of [
    ['430502202205', village.topic, 'village_group'],
    ['430502', countyGroup.topic, 'village_group'],
    ['430502202', work.topic, 'work_group'],
  ]) {
    const r = await app.call('POST', '/api/v1/chat/bindings', { token: admin, body: { jurisdictionCode, topic, purpose, botAccount: 'b' } });
    expect(r.status).toBe(201);
  }
});
afterAll(() => app.close());

describe('questions', () => {
  it('in private chat asks for the category when it cannot tell, and the number picks it', async () => {
    const q = await send('u1', '反映 火车站乡莲荷村这个事情拖了半年没人管，你们一定要管一管');
    expect(q.texts[0]).toMatch(/^请问是哪方面的问题？回复序号：1\.饮水安全 2\.住房安全/);
    const a = await send('u1', '2');
    expect(a.texts[0]).toMatch(/（住房安全）/);
    expect(await app.ds.manager.findOneByOrFail(Ticket, { number: a.body.ticketNumber })).toMatchObject({ category: 'housing', villageCode: '430502202205' });
  });

  it('in a group never posts the category menu: an unclear complaint is filed as 其他 with the place', async () => {
    const r = await send('u1b', '反映 这个事情拖了半年没人管，你们一定要管一管', village);
    expect(r.texts).toHaveLength(1);
    expect(r.texts[0]).not.toMatch(/哪方面|回复序号/);
    expect(r.texts[0]).toMatch(/已登记，工单号 .*（其他）/);
    expect(await app.ds.manager.findOneByOrFail(Ticket, { number: r.body.ticketNumber })).toMatchObject({ category: 'other', villageCode: '430502202205' });
  });

  it('files an emergency at once, without asking where', async () => {
    const r = await send('u2', '反映 房子塌了，有人被困在里面', countyGroup);
    // Whom to call comes first: the ticket cannot pull anyone out.
    expect(r.texts[0]).toMatch(/^如有人身危险，请立即拨打火警119、急救120。已登记/);
    expect(await app.ds.manager.findOneByOrFail(Ticket, { number: r.body.ticketNumber })).toMatchObject({ urgency: 'emergency', countyCode: '430502' });
  });

  it('an emergency in private chat that names no place goes to the county this bot serves, never the root office', async () => {
    const r = await send('u2p', '老人摔倒了起不来 快点来人');
    expect(r.texts[0]).toMatch(/^如有人身危险，请立即拨打急救120。已登记，工单号 430502-/);
    const t = await app.ds.manager.findOneByOrFail(Ticket, { number: r.body.ticketNumber });
    expect(t).toMatchObject({ urgency: 'emergency', countyCode: '430502' });
  });

  it('a bot serving one county resolves a private message\u2019s village there first', async () => {
    const r = await send('u9b', '反映 前进村的路坏了很久了，车都开不进去');
    expect(await app.ds.manager.findOneByOrFail(Ticket, { number: r.body.ticketNumber })).toMatchObject({ villageCode: '430502202208' });
  });

  it('in private chat a short complaint is taken; small talk and laughter are not', async () => {
    expect((await send('u2q', '哈哈哈')).texts).toEqual(['收到。如需反映问题，请直接描述什么事、在哪个村。']);
    expect((await send('u2q', '谢谢啦')).texts).toEqual(['不客气，有事随时找我。']);
    const r = await send('u2q', '我们村主任天天打牌不干事');
    expect(r.texts[0]).not.toMatch(/^您好，我是村声/);
  });

  it('a gateway re-pushing a message hours later under a new id is the same ticket; the same words said anew are not', async () => {
    const text = '反映 村口垃圾池满了 好几天没人清 苍蝇到处飞';
    const first = await send('u2r', text, village);
    const t = await app.ds.manager.findOneByOrFail(Ticket, { number: first.body.ticketNumber });
    // Three hours pass.
    const then = new Date(Date.now() - 3 * 3600_000);
    await app.ds.manager.update(Ticket, { id: t.id }, { createdAt: then });
    const repushed = await send('u2r', text, village, { sentAt: new Date(then.getTime() + 2000).toISOString() });
    expect(repushed.texts).toEqual([`这个问题已登记过，工单号 ${t.number}，正在办理。`]);
    const again = await send('u2r', text, village, { sentAt: new Date().toISOString() });
    expect(again.body.ticketNumber).not.toBe(t.number);
  });

  it('a new complaint while a question is open files the earlier one as it stands', async () => {
    await send('u3', '反映 村里的路灯全坏了', countyGroup);
    const r = await send('u3', '反映 莲荷村自来水也停了', countyGroup);
    expect(r.texts).toHaveLength(2);
    expect(r.texts.every((t) => /^已登记/.test(t))).toBe(true);
  });
});

describe('private chat', () => {
  it('helps with small talk and says when there is nothing to look up', async () => {
    expect((await send('u4', '你好')).texts[0]).toMatch(/^您好，我是村声/);
    expect((await send('u4', '查询')).texts[0]).toBe('您还没有反映过问题。直接描述问题即可登记。');
    expect((await send('u4', '已解决')).texts[0]).toBe('您目前没有待评价的工单。');
  });

  it('closes the ticket when the villager says it is solved and satisfied', async () => {
    const r = await send('u5', '反映 莲荷村村口的桥护栏断了，很危险');
    const t = await app.ds.manager.findOneByOrFail(Ticket, { number: r.body.ticketNumber });
    const unit = await app.ds.manager.findOneByOrFail(Unit, { id: t.handlingUnitId });
    const cadre = await app.ds.manager.findOneOrFail(Staff, { where: { unitId: unit.id, role: 'cadre' }, order: { id: 'ASC' } });
    await bindStaff(cadre.id, 'staff-5');
    expect((await send('staff-5', `接单 ${t.number}`)).texts[0]).toMatch(/^已接单/);
    expect((await send('staff-5', `办结 ${t.number} 护栏已焊好`)).texts[0]).toMatch(/^已办结/);
    expect((await send('u5', '已解决，满意')).texts[0]).toBe(`感谢您的评价，工单 ${t.number} 已销号。`);
    // Not asked whether they were contacted in time: left unanswered, never made up from the record (响应率 goes by the record).
    expect(await app.ds.manager.findOneByOrFail(Ticket, { id: t.id })).toMatchObject({
      status: 'closed',
      solved: true,
      satisfied: true,
      contactedInTime: null,
    });
  });
});

describe('staff commands', () => {
  let t: Ticket;
  beforeAll(async () => {
    const r = await send('u6', '反映 莲荷村的路坑坑洼洼，车都过不去', village);
    t = await app.ds.manager.findOneByOrFail(Ticket, { number: r.body.ticketNumber });
    const cadre = await app.ds.manager.findOneOrFail(Staff, { where: { unitId: t.handlingUnitId, role: 'cadre' }, order: { id: 'DESC' } });
    await bindStaff(cadre.id, 'staff-6');
  });

  it('查询 shows the state without personal data', async () => {
    const r = await send('staff-6', `查询 ${t.number}`);
    expect(r.texts[0]).toMatch(
      new RegExp(`^工单 ${t.number}（道路水电设施）\\n状态：已交办；承办：火车站乡人民政府\\n期限：预计 \\d+月\\d+日 \\d\\d:\\d\\d 前办结`),
    );
  });

  it('转办 finds the unit by name, and says when the name is unclear', async () => {
    expect((await send('staff-6', `转办 ${t.number} 局`)).texts[0]).toMatch(/^有多个单位匹配/);
    expect((await send('staff-6', `转办 ${t.number} 水利局`)).texts[0]).toBe(`已转办：${t.number} → 双清区水利局。`);
    // It is no longer theirs.
    expect((await send('staff-6', `接单 ${t.number}`)).texts[0]).toMatch(/没找到工单|无权/);
  });

  it('refuses politely what the state does not allow', async () => {
    const r = await send('u7', '反映 莲荷村有户人家房子漏雨，墙也裂了', village);
    const t2 = await app.ds.manager.findOneByOrFail(Ticket, { number: r.body.ticketNumber });
    const c = await app.ds.manager.findOneOrFail(Staff, { where: { unitId: t2.handlingUnitId, role: 'cadre' }, order: { id: 'ASC' } });
    await bindStaff(c.id, 'staff-7');
    expect((await send('staff-7', `办结 ${t2.number} 已修`)).texts[0]).toMatch(/^没办成：工单当前状态为「已交办」/);
    expect((await send('staff-7', `办结 ${t2.number}`)).texts[0]).toMatch(/请写上内容/);
    expect((await send('staff-7', '办结')).texts[0]).toMatch(/请带上工单号/);
    expect((await send('staff-7', `异议 ${t2.number} 应由住建部门鉴定`)).texts[0]).toBe(`已提出异议：${t2.number}，等待信访部门裁定。`);
  });

  it('answers a county admin with its own county only, even when a short number matches elsewhere', async () => {
    const office = await app.ds.manager.findOneOrFail(Staff, { where: { role: 'admin', jurisdictionCode: '430502' }, order: { id: 'ASC' } });
    await bindStaff(office.id, 'staff-admin');
    await send('u8', '反映 双辽市义顺村的自来水停了三天');
    const r = await send('staff-admin', '查询 #0001');
    // 双辽市's #0001 exists too, but the head of 双清区信访局 administers 双清区 alone.
    expect(r.texts[0]).toMatch(/^工单 430502-\d{8}-0001/);
    expect(r.texts.join('\n')).not.toMatch(/220382|义顺/);
  });

  it('in a work group bound staff act, and villagers\u2019 groups never echo commands', async () => {
    expect((await send('staff-6', '@村声 我的待办', work)).texts[0]).toMatch(/待办|没有待办/);
    expect((await send('staff-6', '@村声 接单 #0001', village)).texts[0]).toBe('工作命令请私聊我发送。');
  });
});

describe('naming a candidate', () => {
  it('"那木乡的" picks that township\u2019s village among the candidates', async () => {
    // A bot account with no bound groups serves no one county: the question lists both.
    const q = await send('u9', '反映 前进村的路坏了很久了，车都开不进去', undefined, { botAccount: 'b-elsewhere' });
    expect(q.texts[0]).toMatch(/^请问是哪个村？/);
    const a = await send('u9', '那木乡的', undefined, { botAccount: 'b-elsewhere' });
    expect(await app.ds.manager.findOneByOrFail(Ticket, { number: a.body.ticketNumber })).toMatchObject({ villageCode: '220382200204' });
  });
});
