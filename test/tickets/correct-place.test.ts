/** 更正地点 (issue 13): the handling unit or the petition office settles a ticket's village within its county. */
import { Ticket } from '../../src/entities/Ticket';
import { TicketEvent } from '../../src/entities/TicketEvent';
import { TicketUnit } from '../../src/entities/TicketUnit';
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

it('the handling unit sets the village (same county): candidates cleared, an internal history entry, unit and clocks unchanged', async () => {
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
  // The ticket page offers it to the unit.
  const page = await app.call('GET', `/api/v1/tickets/${t.id}/console`, { token: cadre });
  expect(page.body.actions.map((a: any) => a.action)).toContain('place');
});

it('refuses another county, an unknown village, a co-handler, and bad input by field', async () => {
  const t = await file(app.ds, new Date(), { text: '莲荷村自来水停了' });
  const other = await app.call('POST', `/api/v1/tickets/${t.id}/place`, { token: admin, body: { villageCode: '220382006200', reason: '地点有误' } });
  expect([other.status, other.body.error.code]).toEqual([409, 'other_county']);
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
