/**
 * Changing hands must not leave a ticket whose resolution clock ends before its response clock:
 * the unit that receives a late transfer gets a whole response clock, and the resolution clock
 * waits for it.
 */
import { DataSource } from 'typeorm';
import { formatShanghai } from '../../src/clocks/time';
import { Unit } from '../../src/entities/Unit';
import { SYSTEM, transferTicket } from '../../src/tickets';
import { createTestDb, TestDb } from '../support/db';
import { at, file } from '../jobs/helpers';

let db: TestDb;
let ds: DataSource;
beforeAll(async () => {
  db = await createTestDb({ seed: ['430502'] });
  ds = db.ds;
});
afterAll(() => db.close());

test('a transfer on Friday evening of a ticket due Monday morning: the new unit has until Monday evening for both clocks', async () => {
  const t = await file(ds, at(2026, 11, 2, 9), { text: '莲荷村到镇上那段路全是坑，雨天车都过不去', category: 'infrastructure', urgency: 'ordinary' });
  expect(formatShanghai(t.resolutionDueAt)).toBe('2026-11-09 09:00');
  const office = await ds.manager.findOneByOrFail(Unit, { name: '双清区信访局' });
  const moved = await transferTicket(ds, SYSTEM, t.id, { unitId: office.id, reason: '需要协调多个部门' }, { now: at(2026, 11, 6, 18) });
  expect(formatShanghai(moved.responseDueAt)).toBe('2026-11-09 18:00');
  expect(formatShanghai(moved.resolutionDueAt)).toBe('2026-11-09 18:00');
});

test('an early transfer keeps the resolution clock from filing', async () => {
  const t = await file(ds, at(2026, 11, 2, 9), { text: '莲荷村村口的桥栏杆断了一截，小孩过桥危险', category: 'infrastructure', urgency: 'ordinary' });
  const office = await ds.manager.findOneByOrFail(Unit, { name: '双清区信访局' });
  const moved = await transferTicket(ds, SYSTEM, t.id, { unitId: office.id, reason: '需要协调多个部门' }, { now: at(2026, 11, 3, 10) });
  expect(formatShanghai(moved.responseDueAt)).toBe('2026-11-04 10:00');
  expect(formatShanghai(moved.resolutionDueAt)).toBe('2026-11-09 09:00');
});
