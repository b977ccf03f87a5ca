import { In } from 'typeorm';
import { EscalationRule } from '../../src/entities/EscalationRule';
import { EscalationStep } from '../../src/entities/EscalationStep';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Staff } from '../../src/entities/Staff';
import { Unit } from '../../src/entities/Unit';
import { runEscalation } from '../../src/escalation/sweep';
import { createTestDb, TestDb } from '../support/db';
import { at, file, LIANHE } from '../jobs/helpers';

/** The ladder is a read path too: an overdue report must not be pushed to the people it accuses. */

let db: TestDb;
beforeAll(async () => {
  db = await createTestDb({ seed: ['430502'] });
});
afterAll(() => db.close());

it('an overdue report on the township secretary climbs without reaching the township or anyone above the discipline unit', async () => {
  // Even where an office turns the county rungs on for misconduct, they reach only those who may read it.
  await db.ds.manager.update(EscalationRule, { category: 'misconduct' }, { active: true });
  const t = await file(db.ds, at(2026, 11, 2, 9), {
    text: '火车站乡莲荷村 火车站乡党委书记克扣低保金，还把低保给了自己亲戚',
    category: null as any,
    urgency: null as any,
    villageCode: LIANHE,
  });
  expect(t.category).toBe('misconduct');
  for (const day of [20, 24, 27]) await runEscalation(db.ds, at(2026, 11, day, 12));
  for (const day of [2, 10, 20, 31]) await runEscalation(db.ds, at(2026, 12, day, 12));
  const steps = await db.ds.manager.find(EscalationStep, { where: { ticketId: t.id } });
  const notices = await db.ds.manager.find(OutboxMessage, { where: { ticketId: t.id, channel: 'staff' } });
  expect(steps.length).toBeGreaterThan(0);
  const township = await db.ds.manager.findOneByOrFail(Unit, { name: '火车站乡人民政府' });
  const discipline = await db.ds.manager.findOneByOrFail(Unit, { name: '双清区纪委监委' });
  const reached = await db.ds.manager.findBy(Staff, {
    id: In([...steps.map((s) => s.recipientStaffId), ...notices.map((n) => Number(n.target))].filter((x): x is number => !!x)),
  });
  expect(reached.length).toBeGreaterThan(0);
  // Only the discipline commission hears of it; the secretary's rung is recorded without a recipient.
  expect(reached.every((s) => s.unitId === discipline.id)).toBe(true);
  expect(reached.some((s) => s.unitId === township.id)).toBe(false);
  expect(steps.some((s) => s.recipientStaffId === null)).toBe(true);
});
