/**
 * Recomputing stored deadlines when the calendar changes: only clocks whose making we can tell
 * move (service clocks from filing/transfer, legal clocks from filing/acceptance), each move is
 * one event, and a second run changes nothing.
 */
import { DataSource } from 'typeorm';
import { Calendar, setCalendar, withCalendar } from '../../src/clocks/calendar';
import { parseNotice, planImport } from '../../src/clocks/calendar-store';
import { legalPeriodFrom } from '../../src/clocks/deadlines';
import { formatShanghai, fromShanghai } from '../../src/clocks/time';
import { Ticket } from '../../src/entities/Ticket';
import { TicketEvent } from '../../src/entities/TicketEvent';
import { Unit } from '../../src/entities/Unit';
import { invalidatePlaceIndex } from '../../src/gazetteer/store';
import { createTicket, recomputeClocks, recomputeOpenTickets, SYSTEM, transferTicket } from '../../src/tickets';
import { createTestDb, TestDb } from '../support/db';
import { NOTICE_2027_CSV } from '../support/notice-2027';

let db: TestDb;
let ds: DataSource;
let phone = 0;
const fmt = (d: Date | null) => (d ? formatShanghai(d) : null);
const reload = (t: Ticket) => ds.manager.findOneByOrFail(Ticket, { id: t.id });
const events = (t: Ticket) => ds.manager.find(TicketEvent, { where: { ticketId: t.id, type: 'deadlines_recomputed' }, order: { id: 'ASC' } });
const builtin = new Calendar();
const imported = planImport(parseNotice(NOTICE_2027_CSV), builtin).after;

beforeAll(async () => {
  invalidatePlaceIndex();
  db = await createTestDb({ seed: ['430502'] });
  ds = db.ds;
});
afterAll(() => db.close());
afterEach(() => setCalendar(builtin));

async function file(text: string, now: Date) {
  const { ticket } = await createTicket(ds, SYSTEM, { text, channel: 'hotline', contact: { phone: `1385555${String(++phone).padStart(4, '0')}` } }, { now });
  return ticket;
}

test('service clocks of a complaint filed the day before 除夕 follow the official days; the event is staff-only', async () => {
  const t = await file('火车站乡莲荷村有户人家的房子裂了大缝，住着不安全', fromShanghai(2027, 2, 4, 16));
  expect([fmt(t.responseDueAt), fmt(t.resolutionDueAt), fmt(t.legalNoticeDueAt)]).toEqual(['2027-02-11 16:00', '2027-02-11 16:00', '2027-02-20 00:00']);
  setCalendar(imported);
  const after = await recomputeClocks(ds, SYSTEM, t.id, { before: builtin, cause: 'calendar_import:2027' }, { now: fromShanghai(2026, 12, 15, 10) });
  // Feb 5–13 official rest, Feb 14 a Sunday: one working day ends Monday Feb 15 16:00, and the
  // 7-day clock (Feb 11, now a holiday) runs on to the same time.
  expect([fmt(after.responseDueAt), fmt(after.resolutionDueAt), fmt(after.legalNoticeDueAt)]).toEqual([
    '2027-02-15 16:00',
    '2027-02-15 16:00',
    '2027-02-20 00:00',
  ]);
  const [e] = await events(t);
  expect(e.visibility).toBe('internal'); // no legal deadline moved
  expect(Object.keys(e.data!).sort()).toEqual(['cause', 'resolutionDueAt', 'responseDueAt']);
  // Twice: nothing.
  const again = await recomputeClocks(ds, SYSTEM, t.id, { before: builtin, cause: 'calendar_import:2027' });
  expect(again.version).toBe(after.version);
  expect(await events(t)).toHaveLength(1);
});

test('a transferred ticket keeps its response clock from the transfer', async () => {
  const t = await file('火车站乡莲荷村的村务公开栏半年没更新，账目看不到', fromShanghai(2027, 1, 28, 9));
  const office = await ds.manager.findOneByOrFail(Unit, { name: '双清区信访局' });
  const moved = await transferTicket(ds, SYSTEM, t.id, { unitId: office.id, reason: '涉及多个部门' }, { now: fromShanghai(2027, 2, 4, 17) });
  expect(fmt(moved.responseDueAt)).toBe('2027-02-11 17:00');
  setCalendar(imported);
  const after = await recomputeClocks(ds, SYSTEM, t.id, { before: builtin, cause: 'calendar_import:2027' });
  expect(fmt(after.responseDueAt)).toBe('2027-02-15 17:00');
  // The resolution clock still runs from filing (Jan 28 + 15 days = Feb 12, now a holiday).
  expect([t.urgency, fmt(moved.resolutionDueAt), fmt(after.resolutionDueAt)]).toEqual(['complex', '2027-02-12 09:00', '2027-02-15 09:00']);
});

test('a deadline no known rule produced (挂牌督办, an edited policy) is left alone', async () => {
  const t = await file('火车站乡莲荷村的桥栏杆掉了一截，小孩上学要过', fromShanghai(2027, 1, 25, 9));
  const odd = fromShanghai(2027, 2, 10, 0); // e.g. a leader's supervision deadline, on a provisional rest day
  await ds.manager.update(Ticket, { id: t.id }, { resolutionDueAt: odd });
  setCalendar(imported);
  const after = await recomputeClocks(ds, SYSTEM, t.id, { before: builtin, cause: 'calendar_import:2027' });
  expect(after.resolutionDueAt.getTime()).toBe(odd.getTime());
  expect(fmt(after.legalNoticeDueAt)).toBe('2027-02-16 00:00'); // the legal clock still follows the notice
});

test('deadlines stored by the old Mon–Fri fallback are recognised and corrected (calendar:recompute after upgrading)', async () => {
  const t = await file('火车站乡莲荷村的低保户名单里有村干部亲戚', fromShanghai(2026, 12, 17, 10));
  // What the code before issue 10 stored: 2027 as plain Mon–Fri, so the 15-day clock ended on 元旦.
  const legacy = withCalendar(new Calendar(new Map(), { provisional: false }), () => legalPeriodFrom(t.createdAt, 15));
  expect(fmt(legacy)).toBe('2027-01-02 00:00');
  await ds.manager.update(Ticket, { id: t.id }, { legalNoticeDueAt: legacy });
  const r = await recomputeOpenTickets(ds, SYSTEM, { before: builtin, cause: 'calendar_recompute' });
  expect(r.changed).toBeGreaterThanOrEqual(1);
  expect(fmt((await reload(t)).legalNoticeDueAt)).toBe('2027-01-05 00:00'); // 元旦, weekend → 24:00 Mon Jan 4
  const [e] = await events(t);
  expect(e.visibility).toBe('public');
  const again = await recomputeOpenTickets(ds, SYSTEM, { before: builtin, cause: 'calendar_recompute' });
  expect(again.changed).toBe(0);
  expect(await events(t)).toHaveLength(1);
});

test('only the system or a system-wide admin may recompute', async () => {
  const t = await file('火车站乡莲荷村路灯不亮', fromShanghai(2027, 1, 25, 9));
  // The petitioner reads their ticket but may not touch its clocks.
  await expect(recomputeClocks(ds, { kind: 'villager', petitionerId: t.petitionerId!, tokenId: 0 }, t.id, { cause: 'x' })).rejects.toMatchObject({
    status: 403,
  });
  const admin = { kind: 'sysadmin' as const, staff: null, unitChain: [], tokenId: 0 };
  expect((await recomputeClocks(ds, admin, t.id, { cause: 'x' })).version).toBe(t.version);
});
