import { Staff } from '../../src/entities/Staff';
import { runEscalation } from '../../src/escalation/sweep';
import { superviseTicket } from '../../src/tickets';
import { staffActor } from '../../src/tickets/staff-actor';
import { createTestDb, TestDb } from '../support/db';
import { acceptBy, at, file, stepsOf } from '../jobs/helpers';

/** A command that moves a deadline gives the ticket a new ladder: its rungs fire again at the new deadline. */

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb({ seed: ['430502'] });
});
afterAll(() => db.close());

it('挂牌督办 moves the deadline: the unit head is told again when the new one passes, not before', async () => {
  // Filed Mon 2 Nov 09:00, ordinary: due Mon 9 Nov 09:00.
  const t = await file(db.ds, at(2026, 11, 2, 9));
  await acceptBy(db.ds, t, '双清区水利局', at(2026, 11, 2, 10));
  await runEscalation(db.ds, at(2026, 11, 9, 10));
  const unitHead = async () => (await stepsOf(db.ds, t.id, 'resolution')).filter((s) => s.step === 'unit_head');
  expect(await unitHead()).toHaveLength(1);

  const leader = (await db.ds.manager.find(Staff, { where: { jurisdictionCode: '430502', position: 'county_leader' } })).find((s) =>
    (s.categories ?? []).includes('water'),
  )!;
  // Supervised on Tue 10 Nov for 3 days: the new deadline is the end of Fri 13 Nov.
  await superviseTicket(db.ds, (await staffActor(db.ds.manager, leader))!, t.id, { days: 3, reason: '限期恢复供水' }, { now: at(2026, 11, 10, 9) });
  await runEscalation(db.ds, at(2026, 11, 13, 23));
  expect(await unitHead()).toHaveLength(1);
  await runEscalation(db.ds, at(2026, 11, 14, 1));
  const rungs = await unitHead();
  expect(rungs).toHaveLength(2);
  expect(rungs[1].dueAt.toISOString()).toBe(at(2026, 11, 14, 0).toISOString());
});
