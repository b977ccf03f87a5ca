/**
 * The calendar over HTTP: any member of staff reads it; only a system-wide admin imports the
 * State Council's schedule (it is national, and it moves every county's deadlines).
 */
import { startTestApp, TestApp } from '../support/app';
import { calendarMount } from '../../src/http/admin/calendar';
import { Calendar, setCalendar } from '../../src/clocks/calendar';
import { forgetClockCoverage } from '../../src/clocks/calendar-import';
import { formatShanghai, fromShanghai } from '../../src/clocks/time';
import { CalendarDay } from '../../src/entities/CalendarDay';
import { Ticket } from '../../src/entities/Ticket';
import { TicketEvent } from '../../src/entities/TicketEvent';
import { createTicket, SYSTEM } from '../../src/tickets';
import { NOTICE_2027_CSV } from '../support/notice-2027';

let app: TestApp;
let sysadmin: string;
let admin: string;
let cadre: string;
let villager: string;

beforeAll(async () => {
  setCalendar(new Calendar());
  app = await startTestApp({ areas: ['430502'], mounts: [calendarMount] });
  sysadmin = await app.token('sysadmin');
  admin = await app.token('admin', { staffId: (await app.staffOf('双清区信访局', (s) => s.role === 'admin')).id }); // 双清区's county admin
  cadre = await app.token('cadre', { staffId: (await app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre')).id });
  villager = (await app.villagerToken({ phone: '13922220001' })).token;
});
afterAll(() => app.close());

test('staff read the calendar; villagers and strangers do not', async () => {
  const r = await app.call('GET', '/api/v1/admin/calendar?from=2027-02-08&to=2027-02-11', { token: cadre });
  expect(r.status).toBe(200);
  expect(r.body.days).toEqual([
    { day: '2027-02-08', kind: 'rest', source: 'provisional', name: '春节' },
    { day: '2027-02-09', kind: 'rest', source: 'provisional', name: '春节（补假）' },
    { day: '2027-02-10', kind: 'rest', source: 'provisional', name: '春节（补假）' },
    { day: '2027-02-11', kind: 'work', source: 'provisional', name: null },
  ]);
  expect(r.body.coverage.official).toEqual(['2004–2026']);
  expect(r.body.coverage).not.toHaveProperty('openClocksUntil');
  expect((await app.call('GET', '/api/v1/admin/calendar?from=2027-02-08&to=2027-02-11', { token: villager })).status).toBe(403);
  expect((await app.call('GET', '/api/v1/admin/calendar?from=2027-02-08&to=2027-02-11')).status).toBe(401);
  const bad = await app.call('GET', '/api/v1/admin/calendar?from=2027-02-30&to=2027-03-01', { token: cadre });
  expect(bad.status).toBe(400);
  expect(bad.body.error.field).toBe('from');
  const long = await app.call('GET', '/api/v1/admin/calendar?from=2020-01-01&to=2027-01-01', { token: cadre });
  expect(long.status).toBe(400);
  expect(long.body.error.field).toBe('to');
});

test('only a system-wide admin imports; a county admin may not change the national calendar', async () => {
  for (const token of [admin, cadre, villager]) {
    const r = await app.call('POST', '/api/v1/admin/calendar/import', { token, body: { notice: NOTICE_2027_CSV, dryRun: true } });
    expect(r.status).toBe(403);
  }
  expect(await app.ds.manager.count(CalendarDay, { where: { year: 2027 } })).toBe(0);
});

test('a bad notice answers 400 naming the line or field', async () => {
  const csv = await app.call('POST', '/api/v1/admin/calendar/import', {
    token: sysadmin,
    body: { notice: NOTICE_2027_CSV.replace('2027-02-13,春节', '2027-02-32,春节') },
  });
  expect(csv.status).toBe(400);
  expect(csv.body.error.field).toBe('notice.line 4 to'); // the comment line counts: line numbers are the file's
  expect(csv.body.error.message).toContain('no such date: 2027-02-32');
  const json = await app.call('POST', '/api/v1/admin/calendar/import', {
    token: sysadmin,
    body: { notice: { year: 2027, holidays: [{ name: '春节', from: '2027-02-05', to: '2027-02-13' }], workdays: 'none' } },
  });
  expect(json.status).toBe(400);
  expect(json.body.error.field).toBe('notice.workdays');
  const empty = await app.call('POST', '/api/v1/admin/calendar/import', { token: sysadmin, body: { dryRun: true } });
  expect(empty.status).toBe(400);
  expect(empty.body.error.field).toContain('notice');
});

test('/health shows the coverage while an open clock runs into a provisional year; an import moves the deadline and clears it', async () => {
  const { ticket } = await createTicket(
    app.ds,
    SYSTEM,
    { text: '火车站乡莲荷村低保评定不公开，村干部优亲厚友', channel: 'hotline', contact: { phone: '13922220002' } },
    { now: fromShanghai(2027, 1, 25, 9, 30) },
  );
  expect(formatShanghai(ticket.legalNoticeDueAt)).toBe('2027-02-12 00:00');
  forgetClockCoverage();
  const h = await app.call('GET', '/health');
  expect(h.status).toBe(200);
  expect(h.body.calendar).toMatchObject({ official: ['2004–2026'], provisional: [2027] });
  expect(h.body.calendar.warning).toContain('2027 年节假日安排尚未导入');
  // Years only: when the latest open deadline falls is a fact about one ticket, not for the public.
  expect(Object.keys(h.body.calendar).sort()).toEqual(['official', 'provisional', 'warning']);

  const dry = await app.call('POST', '/api/v1/admin/calendar/import', { token: sysadmin, body: { notice: NOTICE_2027_CSV, dryRun: true } });
  expect(dry.status).toBe(200);
  expect(dry.body).toMatchObject({ year: 2027, dryRun: true, wasSource: 'provisional' });
  expect(dry.body.changes).toContainEqual({
    day: '2027-02-11',
    before: { day: '2027-02-11', kind: 'work', source: 'provisional', name: null },
    after: { day: '2027-02-11', kind: 'rest', source: 'official', name: '春节' },
    line: '2027-02-11 work provisional -> rest official 春节',
  });
  expect(formatShanghai((await app.ds.manager.findOneByOrFail(Ticket, { id: ticket.id })).legalNoticeDueAt)).toBe('2027-02-12 00:00');

  const r = await app.call('POST', '/api/v1/admin/calendar/import', { token: sysadmin, body: { notice: NOTICE_2027_CSV } });
  expect(r.status).toBe(200);
  expect(r.body.recomputed.changed).toBeGreaterThanOrEqual(1);
  const after = await app.ds.manager.findOneByOrFail(Ticket, { id: ticket.id });
  expect(formatShanghai(after.legalNoticeDueAt)).toBe('2027-02-16 00:00');
  const events = await app.ds.manager.find(TicketEvent, { where: { ticketId: ticket.id, type: 'deadlines_recomputed' } });
  expect(events).toHaveLength(1);
  // The petitioner sees the moved legal deadline in the ticket's public history.
  expect(events[0].visibility).toBe('public');

  const h2 = await app.call('GET', '/health');
  expect(h2.body).toEqual({ status: 'ok', db: 'ok' });
  const show = await app.call('GET', '/api/v1/admin/calendar?from=2027-02-11&to=2027-02-11', { token: admin });
  expect(show.body.days).toEqual([{ day: '2027-02-11', kind: 'rest', source: 'official', name: '春节' }]);
});
