/**
 * What a villager who phoned or texted is told when the complaint is filed: the number, the unit,
 * and when to expect the answer, in the one deadline format ("预计 11月9日 09:00 前办结"), never an
 * order ("请于…前") nor a midnight written as 00:00 of the next day.
 */
import { DataSource } from 'typeorm';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { createTestDb, TestDb } from '../support/db';
import { at, file } from '../jobs/helpers';

let db: TestDb;
let ds: DataSource;
beforeAll(async () => {
  db = await createTestDb({ seed: ['430502'] });
  ds = db.ds;
});
afterAll(() => db.close());

const smsTo = async (ticketId: number) =>
  (await ds.manager.find(OutboxMessage, { where: { ticketId, kind: 'ticket_created' } })).map((m) => String((m.payload as any).text));

test('an ordinary complaint by phone: expected by the same time a week later', async () => {
  const t = await file(ds, at(2026, 11, 2, 9));
  expect(await smsTo(t.id)).toEqual([`【村声】您反映的问题已登记，工单号 ${t.number}，由双清区水利局办理，预计 11月9日 09:00 前办结。`]);
});

test('the cadre is asked to accept it by the response deadline in the same format', async () => {
  const t = await file(ds, at(2026, 11, 2, 9), { text: '莲荷村五组的自来水一股漂白粉味' });
  const staff = await ds.manager.find(OutboxMessage, { where: { ticketId: t.id, kind: 'ticket_assigned' } });
  expect(staff.map((m) => String((m.payload as any).text))).toEqual([expect.stringContaining('请于 11月3日 09:00 前受理')]);
});
