import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { TicketEvent } from '../../src/entities/TicketEvent';
import { acceptTicket, SYSTEM } from '../../src/tickets';
import { leadersMount } from '../../src/http/leaders/routes';
import { startTestApp, TestApp } from '../support/app';

/**
 * The insider attacks of issue 9 against the one door: each is what a township cadre, a unit head
 * or a relay actually tried, and the answer it must get now.
 */

let app: TestApp;
let hotline: string;
let otherRelay: string;
const tok: Record<string, string> = {};
const who: Record<string, Staff> = {};

const WHISTLEBLOWER = '13907312345';
const REPORT = '双清区火车站乡莲荷村 火车站乡党委书记克扣我家低保金三个月了，我叫张三，电话13907312345';

const post = (token: string, body: Record<string, unknown>) => app.call('POST', '/api/v1/tickets', { token, body });
const staffToken = (s: Staff) => app.token(s.role as any, { staffId: s.id });
const leak = (body: unknown, ...needles: string[]) => needles.filter((n) => JSON.stringify(body).includes(n));

let report: { id: number; number: string };

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502', '220382'], mounts: [leadersMount] });
  hotline = await app.token('channel');
  otherRelay = await app.token('channel');
  who.townshipHead = await app.staffOf('火车站乡人民政府', (s) => s.position === 'unit_head');
  who.townshipCadre = await app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre');
  who.otherTownship = await app.staffOf('渡头桥镇人民政府', (s) => s.position === 'unit_head');
  who.waterHead = await app.staffOf('双清区水利局', (s) => s.position === 'unit_head');
  who.waterCadre = await app.staffOf('双清区水利局', (s) => s.role === 'cadre');
  who.discipline = await app.staffOf('双清区纪委监委', (s) => s.role === 'cadre');
  who.countyLeader = (await app.ds.manager.find(Staff, { where: { jurisdictionCode: '430502', position: 'county_leader' } })).find((s) =>
    (s.categories ?? []).includes('water'),
  )!;
  for (const [k, s] of Object.entries(who)) tok[k] = await staffToken(s);

  const res = await post(hotline, { text: REPORT, channel: 'hotline', externalId: 'CALL-1001', contact: { phone: WHISTLEBLOWER, name: '张三' } });
  expect(res.status).toBe(201);
  expect(res.body.category).toBe('misconduct');
  report = res.body;
});
afterAll(() => app.close());

describe('idempotency keys belong to their caller', () => {
  it('a township cadre replaying the hotline call id files his own ticket and reads nothing of the report', async () => {
    const res = await post(tok.townshipCadre, { text: '莲荷村村口的路坏了', channel: 'hotline', externalId: 'CALL-1001' });
    expect(res.status).toBe(201);
    expect(res.body.id).not.toBe(report.id);
    expect(leak(res.body, '克扣', WHISTLEBLOWER, '张三', report.number)).toEqual([]);
    expect((await app.call('GET', `/api/v1/tickets/${report.id}`, { token: tok.townshipCadre })).status).toBe(404);
  });

  it('another relay replaying the key gets a new ticket, the same relay its own receipt without the text or the petitioner', async () => {
    const other = await post(otherRelay, { text: '莲荷村停水了', channel: 'hotline', externalId: 'CALL-1001' });
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(report.id);
    const again = await post(hotline, { text: REPORT, channel: 'hotline', externalId: 'CALL-1001' });
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(report.id);
    expect(again.body.text).toBeUndefined();
    expect(leak(again.body, WHISTLEBLOWER, '张三')).toEqual([]);
  });

  it('a villager cannot squat another villager’s mini-program key', async () => {
    const a = await app.villagerToken({ name: '李四', phone: '13800001111' });
    const b = await app.villagerToken({ name: '王五', phone: '13800002222' });
    const key = `mp:${a.petitioner.id}:client-1`;
    const squat = await post(b.token, { text: '莲荷村路灯不亮了', channel: 'miniprogram', externalId: key });
    expect(squat.status).toBe(201);
    const mine = await post(a.token, { text: '莲荷村自来水停了两天', channel: 'miniprogram', externalId: key });
    expect(mine.status).toBe(201);
    expect(mine.body.id).not.toBe(squat.body.id);
    expect(mine.body.text).toBe('莲荷村自来水停了两天');
  });
});

describe('repeat links never reveal', () => {
  it('filing with a whistleblower’s phone shows neither her name, nor the report, nor bumps its counter', async () => {
    const before = await app.ds.manager.findOneByOrFail(Ticket, { id: report.id });
    const res = await post(tok.townshipCadre, {
      text: REPORT.replace('我叫张三，电话13907312345', ''),
      channel: 'staff',
      contact: { phone: WHISTLEBLOWER },
    });
    expect(res.status).toBe(201);
    expect(leak(res.body, '张三', report.number)).toEqual([]);
    expect(res.body.repeatOfId ?? null).not.toBe(report.id);
    const after = await app.ds.manager.findOneByOrFail(Ticket, { id: report.id });
    expect(after.repeatCount).toBe(before.repeatCount);
    // Staff who may read a ticket filed with that phone see the contact as typed, not the owner's name.
    const plain = await post(tok.waterCadre, { text: '莲荷村自来水停了三天没人管', channel: 'staff', contact: { phone: WHISTLEBLOWER } });
    expect(plain.status).toBe(201);
    expect(plain.body.petitioner).toEqual({ name: null, phone: WHISTLEBLOWER });
  });
});

describe('misconduct detection runs whatever category was given', () => {
  it('a report against the township secretary filed as welfare goes to the discipline commission, never to the township', async () => {
    const res = await post(hotline, {
      text: '火车站乡莲荷村 火车站乡党委书记克扣我家低保金，电话13907319999',
      category: 'welfare',
      channel: 'hotline',
      externalId: 'CALL-2002',
    });
    expect(res.status).toBe(201);
    expect(res.body.category).toBe('misconduct');
    expect(res.body.handlingUnit.name).toBe('双清区纪委监委');
    expect(res.body.coHandlingUnits).toEqual([]);
    for (const k of ['townshipHead', 'townshipCadre']) expect((await app.call('GET', `/api/v1/tickets/${res.body.id}`, { token: tok[k] })).status).toBe(404);
    const ev = await app.ds.manager.findOneByOrFail(TicketEvent, { ticketId: res.body.id, type: 'recategorised' });
    expect(ev.data).toMatchObject({ from: 'welfare', to: 'misconduct' });
  });
});

describe('a report on the county discipline commission itself', () => {
  it('goes to the city’s commission, and the county’s never sees it; a report addressed to 纪委 stays with the county’s', async () => {
    const onIt = await post(hotline, { text: '双清区火车站乡莲荷村 双清区纪委书记收了我家的钱不办事', channel: 'hotline', externalId: 'D-1' });
    expect(onIt.body.category).toBe('misconduct');
    expect(onIt.body.handlingUnit.name).toBe('邵阳市纪委监委');
    expect((await app.call('GET', `/api/v1/tickets/${onIt.body.id}`, { token: tok.discipline })).status).toBe(404);
    const toIt = await post(hotline, { text: '双清区火车站乡莲荷村 我要向纪委举报村支书把低保给了自己亲戚', channel: 'hotline', externalId: 'D-2' });
    expect(toIt.body.handlingUnit.name).toBe('双清区纪委监委');
    expect((await app.call('GET', `/api/v1/tickets/${toIt.body.id}`, { token: tok.discipline })).status).toBe(200);
  });
});

describe('numbering', () => {
  it('numbers misconduct in its own series, so the public numbers show no gap', async () => {
    const day = (n: string) => n.split('-').slice(0, 2).join('-');
    const a = await post(hotline, { text: '渡头桥镇的路面塌了一个大坑', channel: 'hotline', externalId: 'N-1', contextJurisdiction: '430502' });
    const m = await post(hotline, { text: '渡头桥镇镇长把救灾款私吞了', channel: 'hotline', externalId: 'N-2', contextJurisdiction: '430502' });
    const b = await post(hotline, { text: '渡头桥镇的桥栏杆断了', channel: 'hotline', externalId: 'N-3', contextJurisdiction: '430502' });
    expect(m.body.number).toMatch(/^430502-\d{8}-J\d{4}$/);
    const seq = (n: string) => Number(n.slice(-4));
    expect(day(a.body.number)).toBe(day(b.body.number));
    expect(seq(b.body.number)).toBe(seq(a.body.number) + 1);
  });
});

describe('numbering when random misconduct numbers collide', () => {
  afterEach(() => jest.restoreAllMocks());
  it('a report whose draws keep colliding still gets a number of its own (the sequence takes over)', async () => {
    jest.spyOn(require('node:crypto'), 'randomInt').mockReturnValue(4321 as any);
    const first = await post(hotline, { text: '渡头桥镇镇长把救灾款私吞了', channel: 'hotline', externalId: 'R-1', contextJurisdiction: '430502' });
    const second = await post(hotline, { text: '渡头桥镇副镇长收了低保户的红包', channel: 'hotline', externalId: 'R-2', contextJurisdiction: '430502' });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(first.body.number).toMatch(/-J4321$/);
    expect(second.body.number).toMatch(/-J\d{6}$/);
  });
});

describe('directing the work comes from above the handling unit', () => {
  let water: { id: number };
  beforeAll(async () => {
    const res = await post(hotline, { text: '双清区火车站乡莲荷村自来水管爆了到处漏水', channel: 'hotline', externalId: 'W-1' });
    expect(res.body.handlingUnit.name).toBe('双清区水利局');
    water = res.body;
  });

  it('the handling unit’s own head cannot 挂牌督办 her own ticket', async () => {
    await acceptTicket(app.ds, SYSTEM, water.id, {});
    expect((await app.call('POST', `/api/v1/tickets/${water.id}/supervise`, { token: tok.waterHead, body: { days: 90, reason: '自己督办自己' } })).status).toBe(
      403,
    );
  });

  it('the extension is the handling unit head’s alone (Art. 33), never a leader above', async () => {
    expect((await app.call('POST', `/api/v1/tickets/${water.id}/extension`, { token: tok.countyLeader, body: { days: 30, reason: '情况复杂' } })).status).toBe(
      403,
    );
  });

  it('a co-handling township cannot supervise the lead bureau’s ticket', async () => {
    const res = await app.call('POST', `/api/v1/tickets/${water.id}/supervise`, { token: tok.townshipHead, body: { days: 3, reason: '请尽快' } });
    expect([403, 404]).toContain(res.status);
  });

  it('the county leader in charge may supervise, and the extension is refused once the legal deadline has passed', async () => {
    expect(
      (await app.call('POST', `/api/v1/tickets/${water.id}/supervise`, { token: tok.countyLeader, body: { days: 5, reason: '限期恢复供水' } })).status,
    ).toBe(200);
    await app.ds.manager.update(Ticket, { id: water.id }, { legalResolutionDueAt: new Date(Date.now() - 3600_000) });
    const late = await app.call('POST', `/api/v1/tickets/${water.id}/extension`, { token: tok.waterHead, body: { days: 30, reason: '补救' } });
    expect(late.status).toBe(409);
    expect(late.body.error.code).toBe('deadline_passed');
  });
});

describe('transfers stay within the county', () => {
  it('a cadre cannot move a ticket into another county; the petition office can', async () => {
    const res = await post(hotline, { text: '双清区火车站乡莲荷村的路修了一半不修了', channel: 'hotline', externalId: 'T-1' });
    const ticket = await app.ds.manager.findOneByOrFail(Ticket, { id: res.body.id });
    const head = await app.ds.manager.findOneByOrFail(Staff, { id: (await app.unit(res.body.handlingUnit.name)).headStaffId! });
    const elsewhere = await app.unit('双辽市住房和城乡建设局');
    const refused = await app.call('POST', `/api/v1/tickets/${ticket.id}/transfer`, {
      token: await staffToken(head),
      body: { unitId: elsewhere.id, reason: '不归我们' },
    });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('other_county');
    const office = await app.ds.manager.findOneByOrFail(Staff, { id: (await app.unit('双清区信访局')).headStaffId! });
    const moved = await app.call('POST', `/api/v1/tickets/${ticket.id}/transfer`, {
      token: await staffToken(office),
      body: { unitId: elsewhere.id, reason: '属双辽市管辖' },
    });
    expect(moved.status).toBe(200);
  });
});
