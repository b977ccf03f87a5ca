/** 更正地点 (issue 13): the handling unit or the petition office settles a ticket's village within its county. */
import { Jurisdiction } from '../../src/entities/Jurisdiction';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { TicketEvent } from '../../src/entities/TicketEvent';
import { TicketUnit } from '../../src/entities/TicketUnit';
import { Unit } from '../../src/entities/Unit';
import { Not } from 'typeorm';
import { startTestApp, TestApp } from '../support/app';
import { file, LIANHE } from '../jobs/helpers';

const JILONG = '430502101211'; // 渡头桥镇鸡笼村, same county
let app: TestApp;
let cadre: string;
let admin: string;

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502', '220382'] });
  cadre = await app.token('cadre', { staffId: (await app.staffOf('双清区水利局', (s) => s.role === 'cadre')).id });
  admin = await app.token('admin', { staffId: (await app.unit('双清区信访局')).headStaffId! });
});
afterAll(() => app.close());

it('the handling unit sets the village (same county): candidates cleared, an internal history entry, unit and clocks unchanged, the co-handling township follows the place', async () => {
  const t = await file(app.ds, new Date(), { text: '村里自来水停了三天' });
  await app.ds.manager.update(Ticket, { id: t.id }, { placeCandidates: [{ code: JILONG, path: '渡头桥镇鸡笼村' }] });
  const before = await app.ds.manager.findOneByOrFail(Ticket, { id: t.id });
  const r = await app.call('POST', `/api/v1/tickets/${t.id}/place`, {
    token: cadre,
    body: { villageCode: JILONG, place: '鸡笼村三组', reason: '来电人说明是鸡笼村' },
  });
  expect(r.status).toBe(200);
  expect(r.body).toMatchObject({
    villageCode: JILONG,
    countyCode: '430502',
    placeText: '鸡笼村三组',
    placeCandidates: null,
    handlingUnit: { name: '双清区水利局' },
  });
  expect(r.body.dueAt).toBe(before.resolutionDueAt.toISOString());
  const ev = await app.ds.manager.findOneByOrFail(TicketEvent, { ticketId: t.id, type: 'place_corrected' });
  expect(ev.visibility).toBe('internal');
  expect(ev.data).toMatchObject({ from: LIANHE, to: JILONG, reason: '来电人说明是鸡笼村' });
  // 主管 category: the county bureau keeps it; the township co-handling it is now the new village's.
  const co = await app.ds.manager.find(TicketUnit, { where: { ticketId: t.id } });
  expect(co.map((u) => u.unitId)).toEqual([(await app.unit('渡头桥镇人民政府')).id]);
  expect(await app.ds.manager.findOneBy(TicketEvent, { ticketId: t.id, type: 'transferred' })).toBeNull();
  // The ticket page offers it to the unit.
  const page = await app.call('GET', `/api/v1/tickets/${t.id}/console`, { token: cadre });
  expect(page.body.actions.map((a: any) => a.action)).toContain('place');
});

it('refuses another county, an unknown village, a co-handler, and bad input by field', async () => {
  const t = await file(app.ds, new Date(), { text: '莲荷村自来水停了' });
  const other = await app.call('POST', `/api/v1/tickets/${t.id}/place`, { token: admin, body: { villageCode: '220382006200', reason: '地点有误' } });
  expect([other.status, other.body.error.field]).toEqual([400, 'villageCode']);
  expect(other.body.error.message).toContain('本县');
  const none = await app.call('POST', `/api/v1/tickets/${t.id}/place`, { token: admin, body: { villageCode: '430502999999', reason: '地点有误' } });
  expect([none.status, none.body.error.field]).toEqual([400, 'villageCode']);
  const bad = await app.call('POST', `/api/v1/tickets/${t.id}/place`, { token: admin, body: { villageCode: '4305', reason: '地点有误' } });
  expect([bad.status, bad.body.error.field]).toEqual([400, 'villageCode']);
  const co = (await app.ds.manager.findOneByOrFail(TicketUnit, { ticketId: t.id })).unitId;
  const coStaff = await app.ds.manager.query('SELECT id, role FROM staff WHERE unitId = ? ORDER BY id', [co]);
  const coToken = await app.token(coStaff[0].role, { staffId: coStaff[0].id });
  expect((await app.call('POST', `/api/v1/tickets/${t.id}/place`, { token: coToken, body: { villageCode: JILONG, reason: '地点有误' } })).status).toBe(403);
  expect((await app.call('POST', `/api/v1/tickets/${t.id}/place`, { token: admin, body: { villageCode: JILONG, reason: '地点有误' } })).status).toBe(200);
});

const post = (token: string, id: number, body: Record<string, unknown>) => app.call('POST', `/api/v1/tickets/${id}/place`, { token, body });
const unitName = async (id: number) => (await app.ds.manager.findOneByOrFail(Unit, { id })).name;

it('a 属地 ticket whose village is in another township moves there: 已转办, fresh response clock, public history, the new township told; the old one no longer reads it', async () => {
  const township = await app.token('cadre', { staffId: (await app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre')).id });
  const t = await file(app.ds, new Date(Date.now() - 3 * 86400_000), { category: 'infrastructure', text: '莲荷村村口的路灯坏了一个月' });
  expect(await unitName(t.handlingUnitId)).toBe('火车站乡人民政府');
  const r = await post(township, t.id, { villageCode: JILONG, reason: '路灯在鸡笼村' });
  expect(r.status).toBe(200);
  expect(r.body).toMatchObject({ readable: false, villageCode: JILONG });
  const after = await app.ds.manager.findOneByOrFail(Ticket, { id: t.id });
  expect([after.status, await unitName(after.handlingUnitId), after.villageCode]).toEqual(['transferred', '渡头桥镇人民政府', JILONG]);
  expect(after.responseDueAt.getTime()).toBeGreaterThan(t.responseDueAt.getTime());
  expect(after.resolutionDueAt.getTime()).toBeGreaterThanOrEqual(after.responseDueAt.getTime());
  const moved = await app.ds.manager.findOneByOrFail(TicketEvent, { ticketId: t.id, type: 'transferred' });
  expect([moved.visibility, moved.data?.unitName]).toEqual(['public', '渡头桥镇人民政府']);
  const heads = new Map((await app.ds.manager.find(Unit)).map((u) => [String(u.headStaffId), u.name]));
  const notices = await app.ds.manager.find(OutboxMessage, { where: { ticketId: t.id, channel: 'staff', kind: 'ticket_assigned' } });
  const told = notices.filter((n) => String(n.payload.text).includes('更正地点'));
  expect(told.some((n) => String(n.payload.text).includes('转至渡头桥镇人民政府办理：'))).toBe(true);
  expect(told.map((n) => heads.get(n.target) ?? 'assignee')).toContain('火车站乡人民政府');
  expect((await app.call('GET', `/api/v1/tickets/${t.id}`, { token: township })).status).toBe(404);
  const newTownship = await app.token('cadre', { staffId: (await app.staffOf('渡头桥镇人民政府', (s) => s.role === 'cadre')).id });
  const page = await app.call('GET', `/api/v1/tickets/${t.id}/console`, { token: newTownship });
  expect(page.status).toBe(200);
  expect(page.body.actions.map((a: any) => a.action)).toEqual(expect.arrayContaining(['accept', 'place']));
});

it('a village of the same township changes nothing else; a ticket the office transferred on purpose is not pulled back', async () => {
  const neighbour = await app.ds.manager.findOneOrFail(Jurisdiction, {
    where: { parentCode: LIANHE.slice(0, 9), level: 'village', code: Not(LIANHE) },
    order: { code: 'ASC' },
  });
  const filed = await file(app.ds, new Date(), { category: 'infrastructure', text: '莲荷村村口的路灯坏了' });
  const t = await app.ds.manager.findOneByOrFail(Ticket, { id: filed.id }); // as stored (MariaDB keeps whole seconds)
  expect((await post(admin, t.id, { villageCode: neighbour.code, reason: '是邻村' })).status).toBe(200);
  const same = await app.ds.manager.findOneByOrFail(Ticket, { id: t.id });
  expect([same.status, same.handlingUnitId, same.responseDueAt.getTime()]).toEqual([t.status, t.handlingUnitId, t.responseDueAt.getTime()]);
  expect(await app.ds.manager.findOneBy(TicketEvent, { ticketId: t.id, type: 'transferred' })).toBeNull();
  // Transferred to the housing bureau by the office: correcting within the township keeps it there.
  const housing = await app.unit('双清区住房和城乡建设局');
  const tr = await app.call('POST', `/api/v1/tickets/${t.id}/transfer`, { token: admin, body: { unitId: housing.id, reason: '危房改造相关' } });
  expect(tr.status).toBe(200);
  expect((await post(admin, t.id, { villageCode: LIANHE, reason: '还是莲荷村' })).status).toBe(200);
  expect((await app.ds.manager.findOneByOrFail(Ticket, { id: t.id })).handlingUnitId).toBe(housing.id);
});

it("attacker: a misconduct report stays with the commission, the new village's township is shut out and told nothing, cannot read or correct it", async () => {
  const t = await file(app.ds, new Date(), { category: 'misconduct', text: '莲荷村村主任把低保名额给了他亲戚' });
  const commission = t.handlingUnitId;
  expect(await unitName(commission)).toBe('双清区纪委监委');
  expect(t.accusedUnitId).toBe((await app.unit('火车站乡人民政府')).id);
  const r = await post(admin, t.id, { villageCode: JILONG, reason: '实为鸡笼村' });
  expect(r.status).toBe(200);
  const after = await app.ds.manager.findOneByOrFail(Ticket, { id: t.id });
  const dutou = await app.unit('渡头桥镇人民政府');
  expect([after.handlingUnitId, after.accusedUnitId, after.category]).toEqual([commission, dutou.id, 'misconduct']);
  expect(await app.ds.manager.find(TicketUnit, { where: { ticketId: t.id } })).toEqual([]);
  const dutouStaff = (await app.ds.manager.find(Staff, { where: { unitId: dutou.id } })).map((s) => String(s.id));
  const notices = await app.ds.manager.find(OutboxMessage, { where: { ticketId: t.id } });
  expect(notices.filter((n) => dutouStaff.includes(n.target))).toEqual([]);
  for (const s of await app.ds.manager.find(Staff, { where: { unitId: dutou.id } })) {
    const tok = await app.token(s.role === 'leader' ? 'leader' : 'cadre', { staffId: s.id });
    expect((await app.call('GET', `/api/v1/tickets/${t.id}`, { token: tok })).status).toBe(404);
    expect((await post(tok, t.id, { villageCode: LIANHE, reason: '改回去' })).status).toBe(404);
  }
  // The report's content never leaves in a staff notice.
  expect(notices.some((n) => String(n.payload.text ?? '').includes('更正地点') && String(n.payload.text).includes('低保'))).toBe(false);
});
