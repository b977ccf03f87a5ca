/**
 * Importing the State Council's notice for 2027 into a database with open tickets: the year
 * becomes official, stored deadlines move (each move an event in the ticket's history), a second
 * import changes nothing, a dry run writes nothing.
 */
import { DataSource } from 'typeorm';
import { Calendar, dayInfo, setCalendar } from '../../src/clocks/calendar';
import { importNotice, openClockCoverage } from '../../src/clocks/calendar-import';
import { loadCalendar, parseNotice, planImport, refreshCalendar, writeYear } from '../../src/clocks/calendar-store';
import { formatShanghai, fromShanghai } from '../../src/clocks/time';
import { CalendarDay } from '../../src/entities/CalendarDay';
import { Ticket } from '../../src/entities/Ticket';
import { TicketEvent } from '../../src/entities/TicketEvent';
import { invalidatePlaceIndex } from '../../src/gazetteer/store';
import { acceptTicket, createTicket, presentHistory, SYSTEM } from '../../src/tickets';
import { Actor } from '../../src/tickets/actor';
import { Staff } from '../../src/entities/Staff';
import { Unit } from '../../src/entities/Unit';
import { loadCalendarAtStartup } from '../../src/clocks/calendar-service';
import { captureLogs } from '../support/log-capture';
import { createTestDb, TestDb } from '../support/db';
import { NOTICE_2027_CSV } from '../support/notice-2027';

let db: TestDb;
let ds: DataSource;
let phone = 0;
const fmt = (d: Date | null) => (d ? formatShanghai(d) : null);

beforeAll(async () => {
  invalidatePlaceIndex();
  db = await createTestDb({ seed: ['430502'] });
  ds = db.ds;
});
afterAll(() => db.close());
afterEach(() => setCalendar(new Calendar()));

async function file(text: string, now: Date) {
  const { ticket } = await createTicket(ds, SYSTEM, { text, channel: 'hotline', contact: { phone: `1391111${String(++phone).padStart(4, '0')}` } }, { now });
  return ticket;
}

async function handlerOf(t: Ticket): Promise<Actor> {
  const unit = await ds.manager.findOneByOrFail(Unit, { id: t.handlingUnitId });
  const staff = await ds.manager.findOneOrFail(Staff, { where: { unitId: unit.id }, order: { id: 'ASC' } });
  return { kind: staff.role as 'cadre', staff, unit, unitChain: [unit.id], tokenId: 0 } as Actor;
}

const events = (t: Ticket) => ds.manager.find(TicketEvent, { where: { ticketId: t.id, type: 'deadlines_recomputed' }, order: { id: 'ASC' } });
const reload = (t: Ticket) => ds.manager.findOneByOrFail(Ticket, { id: t.id });

test('the table holds the official years from chinese-days, and loading it changes nothing', async () => {
  const n = await ds.manager.count(CalendarDay, { where: { year: 2026 } });
  expect(n).toBe(365);
  expect(await ds.manager.count(CalendarDay, { where: { year: 2027 } })).toBe(0);
  const row = await ds.manager.findOneByOrFail(CalendarDay, { day: '2026-10-01' });
  expect([row.kind, row.source, row.name]).toEqual(['rest', 'official', '国庆节']);
  await loadCalendar(ds);
  expect(dayInfo('2026-10-10')).toEqual({ ymd: '2026-10-10', kind: 'work', source: 'official', name: '国庆节' });
  expect(dayInfo('2027-02-09').source).toBe('provisional');
});

test('an import moves the stored deadlines that ran on provisional days, once, with an event', async () => {
  await loadCalendar(ds);
  // Filed on Monday 2027-01-25: the 15-day notice clock's last day, Feb 9, is a provisional 补假 day.
  const notice = await file('双清区火车站乡莲荷村的低保名额评得不公平，村里说了算，请上级查一查', fromShanghai(2027, 1, 25, 9, 30));
  // Accepted 2026-12-10: the 60-day clock's last day, Feb 8, is 初三.
  let accepted = await file('火车站乡莲荷村修路占了我家的地，补偿款一直没给', fromShanghai(2026, 12, 1, 9));
  accepted = await acceptTicket(ds, await handlerOf(accepted), accepted.id, {}, { now: fromShanghai(2026, 12, 10, 15) });
  // Filed in March: nothing of it touches a changed day.
  const march = await file('火车站乡莲荷村的路灯坏了好几个月了', fromShanghai(2027, 3, 2, 10));
  expect(fmt(notice.legalNoticeDueAt)).toBe('2027-02-12 00:00');
  expect(fmt(accepted.legalResolutionDueAt)).toBe('2027-02-12 00:00');
  const marchBefore = await reload(march);

  const r = await importNotice(ds, parseNotice(NOTICE_2027_CSV), { now: fromShanghai(2026, 12, 15, 10) });
  expect(r.dryRun).toBe(false);
  expect(r.recomputed!.changed).toBe(2);
  expect(dayInfo('2027-02-11')).toEqual({ ymd: '2027-02-11', kind: 'rest', source: 'official', name: '春节' });

  const n2 = await reload(notice);
  // Feb 9–13 are official rest days, Feb 14 a Sunday: 24:00 of Monday Feb 15.
  expect(fmt(n2.legalNoticeDueAt)).toBe('2027-02-16 00:00');
  expect(n2.nextEscalationAt).toBeNull();
  const [e] = await events(notice);
  expect(e.visibility).toBe('public'); // the petitioner was told of the 15-day clock
  expect(e.data).toMatchObject({
    cause: 'calendar_import:2027',
    legalNoticeDueAt: { from: notice.legalNoticeDueAt.toISOString(), to: n2.legalNoticeDueAt.toISOString() },
  });
  expect(e.data).not.toHaveProperty('responseDueAt');
  // The villager sees it in their history.
  const history = await presentHistory(ds.manager, { kind: 'villager', petitionerId: notice.petitionerId!, tokenId: 0 }, n2);
  expect(history.map((h: any) => h.type)).toContain('deadlines_recomputed');

  const a2 = await reload(accepted);
  expect(fmt(a2.legalResolutionDueAt)).toBe('2027-02-16 00:00');
  expect((await events(accepted)).length).toBe(1);

  const m2 = await reload(march);
  expect(m2.version).toBe(marchBefore.version);
  expect(await events(march)).toEqual([]);

  // Importing the same notice again: nothing moves, no event.
  const again = await importNotice(ds, parseNotice(NOTICE_2027_CSV), { now: fromShanghai(2026, 12, 16, 10) });
  expect(again.plan.changes).toEqual([]);
  expect(again.recomputed!.changed).toBe(0);
  expect((await events(notice)).length).toBe(1);
  expect((await reload(notice)).version).toBe(n2.version);
});

test('a dry run reports the difference and writes nothing', async () => {
  const before = await ds.manager.count(CalendarDay);
  const text = NOTICE_2027_CSV.replace('rest,2027-10-01,2027-10-07,国庆节', 'rest,2027-10-01,2027-10-08,国庆节');
  const r = await importNotice(ds, parseNotice(text), { dryRun: true });
  expect(r.dryRun).toBe(true);
  expect(r.recomputed).toBeUndefined();
  expect(r.plan.changes.map((c) => c.before.ymd)).toEqual(['2027-10-08']);
  expect(await ds.manager.count(CalendarDay)).toBe(before);
  expect((await ds.manager.findOneByOrFail(CalendarDay, { day: '2027-10-08' })).kind).toBe('work');
});

test('another process sees an import on refresh; coverage names official and provisional years', async () => {
  await loadCalendar(ds);
  setCalendar(new Calendar()); // as a server that has only the built-in calendar…
  expect(dayInfo('2027-02-11').source).toBe('provisional');
  expect(await refreshCalendar(ds)).toBe(false); // (nothing written since it last looked)
  // …while another process (calendar:import on the command line) writes the table.
  const plan = planImport(parseNotice(NOTICE_2027_CSV), new Calendar());
  await ds.transaction((m) => writeYear(m, plan, new Date()));
  expect(await refreshCalendar(ds)).toBe(true);
  expect(dayInfo('2027-02-11').source).toBe('official');
  expect(await refreshCalendar(ds)).toBe(false);
  const c = await openClockCoverage(ds, fromShanghai(2026, 12, 20, 9));
  expect(c.official).toEqual(['2004–2027']);
  expect(c.provisional).toEqual([]);
  expect(c.warning).toBeNull();
  // A ticket whose 60-day clock reaches 2028, while 2028 is provisional.
  let late = await file('火车站乡莲荷村的自来水管冻裂了，一直没人来修', fromShanghai(2027, 12, 1, 9));
  late = await acceptTicket(ds, await handlerOf(late), late.id, {}, { now: fromShanghai(2027, 12, 2, 9) });
  const c2 = await openClockCoverage(ds, fromShanghai(2027, 12, 2, 9));
  expect(c2.provisional).toEqual([2028]);
  expect(c2.warning).toContain('2028 年节假日安排尚未导入');
});

test('start-up loads the table and logs a warning naming the provisional year open clocks reach', async () => {
  setCalendar(new Calendar());
  const logs = captureLogs('info');
  try {
    await loadCalendarAtStartup(ds, fromShanghai(2027, 12, 2, 10));
  } finally {
    logs.restore();
  }
  expect(dayInfo('2027-02-11').source).toBe('official'); // the imported year, from the table
  const warning = logs.lines.map((l) => JSON.parse(l)).find((l) => l.level === 'warn');
  expect(warning).toMatchObject({ provisionalYears: '2028', officialYears: '2004–2027' });
  expect(warning.msg).toContain('2028 年节假日安排尚未导入');
  expect(warning.msg).toContain('calendar:import');
});
