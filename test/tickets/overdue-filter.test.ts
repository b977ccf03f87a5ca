/**
 * The 台账's "overdue" filter means what the ladder and the daily summary mean: any running clock
 * past due (response, resolution, the legal notice and resolution clocks), not only resolution.
 */
import { DataSource } from 'typeorm';
import { Ticket } from '../../src/entities/Ticket';
import { acceptTicket, listTickets } from '../../src/tickets';
import { createTestDb, TestDb } from '../support/db';
import { at, file, staffActor } from '../jobs/helpers';

let db: TestDb;
let ds: DataSource;
beforeAll(async () => {
  db = await createTestDb({ seed: ['430502'] });
  ds = db.ds;
});
afterAll(() => db.close());

const overdueIds = async (now: Date) => {
  const r = await listTickets(ds.manager, { kind: 'sysadmin', staff: null, unitChain: [], tokenId: 0 }, { overdue: true, limit: 100 }, now);
  return r.items.map((i: any) => i.id as number);
};

test('an unanswered ticket is overdue once its response clock has run out, days before its resolution clock', async () => {
  const t = await file(ds, at(2026, 11, 2, 9));
  const answered = await file(ds, at(2026, 11, 2, 9), { text: '莲荷村三组的水管冻裂了，整组没水' });
  await acceptTicket(ds, await staffActor(ds, '双清区水利局'), answered.id, {}, { now: at(2026, 11, 2, 10) });
  expect(await overdueIds(at(2026, 11, 3, 8, 59))).not.toContain(t.id);
  const ids = await overdueIds(at(2026, 11, 3, 9, 1));
  expect(ids).toContain(t.id);
  expect(ids).not.toContain(answered.id);
});

test('a ticket past its legal resolution clock is overdue even when a leader set a later service deadline', async () => {
  const t = await file(ds, at(2026, 8, 3, 9), { text: '莲荷村四组饮水井的水发黄有怪味' });
  await acceptTicket(ds, await staffActor(ds, '双清区水利局'), t.id, {}, { now: at(2026, 8, 3, 10) });
  await ds.manager.update(Ticket, { id: t.id }, { resolutionDueAt: at(2027, 1, 30, 9) });
  expect(await overdueIds(at(2026, 10, 1, 9))).not.toContain(t.id);
  expect(await overdueIds(at(2026, 10, 9, 9))).toContain(t.id);
});
