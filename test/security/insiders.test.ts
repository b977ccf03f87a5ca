/**
 * Red team of insiders on the accused side (issue 9, rule 2): people of an accused township, a
 * village committee under it, an accused county bureau, the county petition office head whose
 * office is accused, a county leader whose government is accused. The read paths are walked by
 * accused-matrix.test.ts; here are the side doors: write routes as existence oracles, merges
 * that tie a readable ticket to a hidden one, notices a command queues for the accused, and the
 * bot's answers in a work group the accused sit in.
 */
import { ChatTarget } from '../../src/entities/ChatTarget';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { TicketEvent } from '../../src/entities/TicketEvent';
import { Unit } from '../../src/entities/Unit';
import { leadersMount } from '../../src/http/leaders/routes';
import { mpMount } from '../../src/http/mp/routes';
import { outboxRoutes } from '../../src/http/outbox/routes';
import { handleInbound } from '../../src/channels/chat/handler';
import { wechatKey } from '../../src/channels/chat/identity';
import type { Actor } from '../../src/tickets/actor';
import { startTestApp, TestApp } from '../support/app';
import { villageCommittee } from '../support/factories';

jest.setTimeout(120_000);

const LIANHE = '430502202205'; // 双清区火车站乡莲荷村
const GHOST = 99999999;
const BOT = 'bot-insiders';

let app: TestApp;
const tok: Record<string, string> = {};
const who: Record<string, Staff> = {};
const t: Record<string, Ticket> = {};
let channel: string;
let chatSeq = 0;

const file = async (key: string, text: string, category?: string) => {
  const res = await app.call('POST', '/api/v1/tickets', {
    token: channel,
    body: { text, villageCode: LIANHE, channel: 'hotline', externalId: `insiders-${key}`, ...(category ? { category } : {}) },
  });
  expect([key, res.status]).toEqual([key, 201]);
  t[key] = await app.ds.manager.findOneByOrFail(Ticket, { id: res.body.id });
};
const reload = async (key: string) => (t[key] = await app.ds.manager.findOneByOrFail(Ticket, { id: t[key].id }));
const unitOf = async (id: number | null) => (id === null ? null : (await app.ds.manager.findOneByOrFail(Unit, { id })).name);

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502', '220382'], mounts: [leadersMount, mpMount, outboxRoutes] });
  const m = app.ds.manager;
  channel = await app.token('channel');

  await file('township', '火车站乡党委书记克扣我家低保金三个月了，我叫祝英台电话13907314444');
  await file('office', '双清区信访局局长推诿扯皮，压着我的信访件不办，我叫梁山伯电话13907315555');
  await file('bureau', '双清区水利局局长收了包工头的好处费，我叫马文才电话13907316666');
  await file('county', '双清区区长的小舅子承包了村里的道路工程，区长打招呼不让查，我叫钱多多电话13907318888');
  await file('water', '莲荷村自来水停了三天一直没人来修，我叫谷雨电话13907317777');
  expect({
    township: [await unitOf(t.township.handlingUnitId), await unitOf(t.township.accusedUnitId)],
    office: [await unitOf(t.office.handlingUnitId), await unitOf(t.office.accusedUnitId)],
    bureau: [await unitOf(t.bureau.handlingUnitId), await unitOf(t.bureau.accusedUnitId)],
    county: [await unitOf(t.county.handlingUnitId), await unitOf(t.county.accusedUnitId)],
    water: [await unitOf(t.water.handlingUnitId), await unitOf(t.water.accusedUnitId)],
  }).toEqual({
    township: ['双清区纪委监委', '火车站乡人民政府'],
    office: ['邵阳市纪委监委', '双清区信访局'],
    bureau: ['邵阳市纪委监委', '双清区水利局'],
    county: ['邵阳市纪委监委', '双清区人民政府'],
    water: ['双清区水利局', null],
  });

  const hcz = await app.unit('火车站乡人民政府');
  who.committee = (await villageCommittee(m, hcz, LIANHE)).clerk;
  who.townshipHead = await app.staffOf('火车站乡人民政府', (s) => s.position === 'unit_head');
  who.townshipCadre = await app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre');
  who.waterHead = await app.staffOf('双清区水利局', (s) => s.position === 'unit_head');
  who.officeHead = await m.findOneByOrFail(Staff, { id: (await app.unit('双清区信访局')).headStaffId! });
  who.countyLeader = await app.staffOf('双清区人民政府', (s) => s.position === 'county_leader');
  who.discipline = await app.staffOf('双清区纪委监委', (s) => s.role === 'cadre');
  who.cityDiscipline = await app.staffOf('邵阳市纪委监委');
  Object.assign(tok, await app.tokensOf(who));
});
afterAll(() => app?.close());

/** Who is accused in which report (every one of them must find it "not there"). */
const ACCUSED: [string, string][] = [
  ['townshipHead', 'township'],
  ['townshipCadre', 'township'],
  ['committee', 'township'],
  ['officeHead', 'office'],
  ['waterHead', 'bureau'],
  ['officeHead', 'county'],
  ['countyLeader', 'county'],
];

/** Every write route on one ticket, with a body that passes validation. */
const WRITES: [string, Record<string, unknown>][] = [
  ['tickets/:id/accept', {}],
  ['tickets/:id/notes', { text: '已核实' }],
  ['tickets/:id/transfer', { unitId: 1, reason: '不归我们' }],
  ['tickets/:id/object', { reason: '不归我们' }],
  ['tickets/:id/objection', { accept: false, reason: '驳回' }],
  ['tickets/:id/resolve', { text: '已办结' }],
  ['tickets/:id/reopen', { reason: '没解决' }],
  ['tickets/:id/rate', { contactedInTime: true, solved: true, satisfied: true }],
  ['tickets/:id/close', { reason: '销号' }],
  ['tickets/:id/merge', { intoId: 1 }],
  ['tickets/:id/take-charge', {}],
  ['tickets/:id/supervise', { days: 3, reason: '请尽快' }],
  ['tickets/:id/extension', { days: 10, reason: '情况复杂' }],
  ['tickets/:id/decline', { reason: 'litigation' }],
  ['tickets/:id/review', { reason: '不服答复' }],
  ['tickets/:id/urgency', { urgency: 'emergency', reason: '很急' }],
  ['tickets/:id/place', { villageCode: LIANHE, reason: '地点有误' }],
  ['mp/workbench/tickets/:id/decline', { reason: 'litigation' }],
  ['mp/workbench/tickets/:id/urgency', { urgency: 'emergency', reason: '很急' }],
  ['mp/workbench/tickets/:id/accept', {}],
  ['mp/workbench/tickets/:id/note', { text: '已核实' }],
  ['mp/workbench/tickets/:id/reply', { text: '已核实' }],
  ['mp/workbench/tickets/:id/transfer', { unitId: 1, reason: '不归我们' }],
  ['mp/workbench/tickets/:id/object', { reason: '不归我们' }],
  ['mp/workbench/tickets/:id/resolve', { text: '已办结' }],
];

const answer = (r: { status: number; body: any }) => `${r.status} ${r.body?.error?.code ?? ''} ${r.body?.error?.message ?? ''}`;

describe('reports on county officials are detected without a category', () => {
  it('a report on the petition office head or the county head, filed with no category, is not theirs to read', async () => {
    for (const [reader, key] of [
      ['officeHead', 'office'],
      ['countyLeader', 'county'],
      ['waterHead', 'bureau'],
    ]) {
      expect([key, t[key].category]).toEqual([key, 'misconduct']);
      expect([reader, (await app.call('GET', `/api/v1/tickets/${t[key].id}`, { token: tok[reader] })).status]).toEqual([reader, 404]);
    }
  });
});

describe('misconduct numbers tell no count', () => {
  it('an accused cadre filing a report of his own does not learn how many came in before it', async () => {
    const filedToday = await app.ds.manager.countBy(Ticket, { category: 'misconduct' });
    expect(filedToday).toBeGreaterThanOrEqual(4);
    const mine = await app.call('POST', '/api/v1/tickets', {
      token: tok.townshipCadre,
      body: { text: '渡头桥镇镇长把救灾款私吞了', channel: 'staff', contextJurisdiction: '430502' },
    });
    expect(mine.status).toBe(201);
    expect(mine.body.number).toMatch(/^430502-\d{8}-J\d{4}$/);
    const seq = Number(mine.body.number.slice(-4));
    expect(seq).toBeGreaterThan(filedToday + 1);
    // And the ordinary series still runs without a gap.
    const [a, b] = [
      t.water.number,
      (
        await app.call('POST', '/api/v1/tickets', {
          token: channel,
          body: { text: '莲荷村的路灯坏了一个月', villageCode: LIANHE, channel: 'hotline', externalId: 'insiders-lamp' },
        })
      ).body.number,
    ];
    expect(Number(b.slice(-4))).toBeGreaterThan(Number(a.slice(-4)));
  });
});

describe('write routes are no oracle', () => {
  it('every write route answers a report the caller is accused in exactly as a ticket that does not exist, and changes nothing', async () => {
    const problems: string[] = [];
    for (const [reader, key] of ACCUSED) {
      const before = await reload(key);
      for (const [route, body] of WRITES) {
        const [real, ghost] = [
          await app.call('POST', `/api/v1/${route.replace(':id', String(t[key].id))}`, { token: tok[reader], body }),
          await app.call('POST', `/api/v1/${route.replace(':id', String(GHOST))}`, { token: tok[reader], body }),
        ];
        if (answer(real) !== answer(ghost)) problems.push(`${reader} ${route} on ${key}: ${answer(real)} vs ${answer(ghost)}`);
      }
      expect((await reload(key)).version).toBe(before.version);
    }
    expect(problems).toEqual([]);
  });
});

describe('merges never tie a ticket to one the caller may not read', () => {
  it('the county admin merging a report he may read into the one accusing his office learns nothing: same answer as a missing ticket, no link', async () => {
    // Both reports are the city commission's; he administers the county, so he may work the bureau one.
    const into = await app.call('POST', `/api/v1/tickets/${t.bureau.id}/merge`, { token: tok.officeHead, body: { intoId: t.office.id } });
    const ghost = await app.call('POST', `/api/v1/tickets/${t.bureau.id}/merge`, { token: tok.officeHead, body: { intoId: GHOST } });
    expect(answer(into)).toBe(answer(ghost));
    expect((await reload('bureau')).duplicateOfId).toBeNull();
    const seen = await app.call('GET', `/api/v1/tickets/${t.bureau.id}`, { token: tok.officeHead });
    expect(seen.status).toBe(200);
    expect(JSON.stringify(seen.body)).not.toContain(t.office.number);
    expect(await app.ds.manager.countBy(TicketEvent, { ticketId: t.office.id, type: 'merged_from' })).toBe(0);
  });

  it('a report is not merged into an ordinary ticket the accused can read (its number would show in that history)', async () => {
    // An ordinary ticket at the commission, still co-handled by the township (a 转办 there is
    // refused now, red-team-2; an office's routing rule can still send one there).
    await file('moved', '火车站乡莲荷村的低保评议会没有通知我们参加', 'welfare');
    await app.ds.manager.update(Ticket, { id: t.moved.id }, { handlingUnitId: t.township.handlingUnitId, status: 'transferred' });
    const moved = await reload('moved');
    expect([moved.category, moved.accusedUnitId, await unitOf(moved.handlingUnitId)]).toEqual(['welfare', null, '双清区纪委监委']);
    const res = await app.call('POST', `/api/v1/tickets/${t.township.id}/merge`, { token: tok.discipline, body: { intoId: moved.id } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect((await reload('township')).duplicateOfId).toBeNull();
    const back = await app.call('POST', `/api/v1/tickets/${moved.id}/merge`, { token: tok.discipline, body: { intoId: t.township.id } });
    expect(back.status).toBeGreaterThanOrEqual(400);
    expect(await app.ds.manager.countBy(TicketEvent, { type: 'merged_from' })).toBe(0);
  });
});

describe('notices a command queues reach nobody on the accused side', () => {
  it('an objection to the report on the county petition office is not sent to that office’s head for a ruling', async () => {
    const res = await app.call('POST', `/api/v1/tickets/${t.office.id}/object`, { token: tok.cityDiscipline, body: { reason: '应由区纪委办理' } });
    expect(res.status).toBe(200);
    const toHead = await app.ds.manager.find(OutboxMessage, { where: { channel: 'staff', target: String(who.officeHead.id) } });
    expect(toHead.map((o) => JSON.stringify(o.payload)).filter((p) => p.includes(t.office.number) || p.includes('推诿扯皮'))).toEqual([]);
    expect(toHead.filter((o) => o.ticketId === t.office.id)).toEqual([]);
  });

  it('an objection to a report the office may read still goes to the office head (the control)', async () => {
    const res = await app.call('POST', `/api/v1/tickets/${t.township.id}/object`, { token: tok.discipline, body: { reason: '请核实管辖' } });
    expect(res.status).toBe(200);
    expect(
      await app.ds.manager.countBy(OutboxMessage, { channel: 'staff', target: String(who.officeHead.id), ticketId: t.township.id, kind: 'objection' }),
    ).toBe(1);
    // Put it back for the tests below.
    await app.call('POST', `/api/v1/tickets/${t.township.id}/objection`, { token: tok.countyLeader, body: { accept: false, reason: '驳回' } });
    if ((await reload('township')).status === 'objected') await app.ds.manager.update(Ticket, { id: t.township.id }, { status: 'assigned' });
  });
});

describe('the bot in a work group the accused sit in', () => {
  const bot: Actor = { kind: 'bot', name: 'wechat-bot', tokenId: 0 } as Actor;
  const ROOM = 'room-hcz-work';
  const say = async (s: Staff, text: string, room: string | null = ROOM) => {
    const res = await handleInbound(
      app.ds,
      bot,
      {
        botAccount: BOT,
        messageId: `ins-${++chatSeq}`,
        roomId: room,
        roomTopic: room ? '火车站乡干部群' : undefined,
        mentionSelf: !!room,
        from: { id: `wx-${s.id}`, name: s.name },
        type: 'text',
        text,
      } as any,
      new Date(),
    );
    return res.replies;
  };
  const inRoom = (replies: any[]) =>
    replies
      .filter((r) => r.to.room)
      .map((r) => r.text)
      .join('\n');
  const mask = (s: string, n: string) => s.split(n).join('<n>');

  beforeAll(async () => {
    const m = app.ds.manager;
    await m.save(
      m.create(ChatTarget, {
        kind: 'wechat_room',
        purpose: 'work_group',
        jurisdictionCode: '430502202',
        topic: '火车站乡干部群',
        roomId: ROOM,
        botAccount: BOT,
        webhookUrl: null,
        boundByStaffId: null,
        active: true,
        createdAt: new Date(),
      }),
    );
    for (const s of Object.values(who)) await m.update(Staff, { id: s.id }, { wechatId: wechatKey(BOT, `wx-${s.id}`) });
  });

  it('a discipline cadre asking about the report in the township’s work group gets, in the group, what a missing number gets', async () => {
    const n = t.township.number;
    const ghost = n.replace(/\d{4}$/, '9999');
    for (const verb of ['查询', '接单']) {
      const [real, none] = [inRoom(await say(who.discipline, `${verb} ${n}`)), inRoom(await say(who.discipline, `${verb} ${ghost}`))];
      expect([verb, mask(real, n)]).toEqual([verb, mask(none, ghost)]);
      expect(real).not.toContain('干部作风');
    }
    expect((await reload('township')).status).toBe('assigned');
    // The sender is told privately why.
    const told = (await say(who.discipline, `查询 ${n}`))
      .filter((r: any) => r.to.contact)
      .map((r: any) => r.text)
      .join('\n');
    expect(told).toContain(n);
    // In private chat the same cadre is answered in full.
    const dm = (await say(who.discipline, `查询 ${n}`, null)).map((r) => r.text).join('\n');
    expect(dm).toContain(n);
    expect(dm).toContain('纪委');
  });

  it('待办 said in the group lists no report (nor counts it)', async () => {
    const room = inRoom(await say(who.discipline, '我的待办'));
    expect(room).not.toContain(t.township.number);
    expect(room).not.toMatch(/J\d{4}/);
    const dm = (await say(who.discipline, '我的待办', null)).map((r) => r.text).join('\n');
    expect(dm).toContain(t.township.number);
  });
});
