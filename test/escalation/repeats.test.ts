import { addWorkingDays } from '../../src/clocks/calendar';
import { EscalationStep } from '../../src/entities/EscalationStep';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { isRepeat, planTicket, Rung } from '../../src/escalation/ladder';
import { loadRungs, runEscalation } from '../../src/escalation/sweep';
import { createTestDb, TestDb } from '../support/db';
import { acceptBy, at, escalatedEvents, file, reload, staffByPosition, stepNames } from '../jobs/helpers';

/**
 * 重复信访 (issue 10): the rungs climb strictly in order (unit head → 分管 leader → secretary), and
 * only the new ticket is a repeat: its original is not put on the repeat rungs too.
 */

let db: TestDb;
const ds = () => db.ds;
let secretary: Staff;
let waterLeader: Staff;

beforeAll(async () => {
  db = await createTestDb({ seed: ['430502'] });
  secretary = await staffByPosition(ds(), 'county_secretary');
  waterLeader = await staffByPosition(ds(), 'county_leader', (s) => (s.categories ?? []).includes('water'));
});
afterAll(() => db.close());

const WELL = '莲荷村三组的水井被污染了，水发臭不能喝，上午打电话说了没人管';
const secretaryNotices = async (ticketId: number) =>
  (await ds().manager.find(OutboxMessage, { where: { ticketId, channel: 'staff', target: String(secretary.id) } })).filter((m) =>
    m.kind.startsWith('escalation'),
  );

describe('a villager who calls twice the same day about the same well', () => {
  let first: Ticket;
  let again: Ticket;

  beforeAll(async () => {
    const contact = { name: '张婶', phone: '13911113333' };
    first = await file(ds(), at(2026, 11, 2, 9), { contact, text: WELL });
    again = await file(ds(), at(2026, 11, 2, 15), { contact, text: '莲荷村三组的水井被污染了，水发臭不能喝，还是没人管' });
    await acceptBy(ds(), first, '双清区水利局', at(2026, 11, 2, 10));
    await acceptBy(ds(), again, '双清区水利局', at(2026, 11, 2, 16));
    first = await reload(ds(), first.id);
    again = await reload(ds(), again.id);
  });

  it('links the second call to the first, and only the second is a repeat', () => {
    expect(again.repeatOfId).toBe(first.id);
    expect(isRepeat(again)).toBe(true);
    // The original keeps the count of how often it was petitioned again, but is not itself a repeat.
    expect(first.repeatCount).toBe(1);
    expect(isRepeat(first)).toBe(false);
  });

  it('at the repeat’s deadline tells the unit head only: not the secretary before the 分管 leader', async () => {
    await runEscalation(ds(), again.resolutionDueAt);
    expect(await stepNames(ds(), again.id)).toEqual(['unit_head']);
    // The original, a few hours late, is on the ordinary ladder: no repeat rung for it.
    expect(await stepNames(ds(), first.id)).toEqual(['unit_head']);
    expect(await secretaryNotices(first.id)).toEqual([]);
    expect(await secretaryNotices(again.id)).toEqual([]);
  });

  it('one working day late tells the 分管 leader and then the secretary, once, for the new ticket only', async () => {
    const next = addWorkingDays(again.resolutionDueAt, 1);
    await runEscalation(ds(), next);
    const steps = await ds().manager.find(EscalationStep, { where: { ticketId: again.id, clock: 'resolution' }, order: { id: 'ASC' } });
    expect(steps.map((s) => [s.step, s.recipientStaffId])).toEqual([
      ['unit_head', expect.any(Number)],
      ['county_leader', waterLeader.id],
      ['secretary', secretary.id],
    ]);
    // The history says it in the same order.
    const events = (await escalatedEvents(ds(), again.id)).filter((e) => e.data?.clock === 'resolution').map((e) => e.data?.step);
    expect(events).toEqual(['unit_head', 'county_leader', 'secretary']);
    const notices = await ds().manager.find(OutboxMessage, { where: { ticketId: again.id, channel: 'staff' }, order: { id: 'ASC' } });
    const order = notices.map((n) => Number(n.target));
    expect(order.indexOf(waterLeader.id)).toBeGreaterThanOrEqual(0);
    expect(order.indexOf(waterLeader.id)).toBeLessThan(order.indexOf(secretary.id));
    const told = String((await secretaryNotices(again.id))[0].payload.text);
    expect(told).toContain('系重复信访');
    // 双清区 is a 区: its secretary is the 区委书记.
    expect(told).toContain('请区委书记（领导小组）关注督办。');
    expect(told).not.toContain('县委书记');
    // One secretary notice for one repeat: the original is still short of its three working days.
    expect(await secretaryNotices(again.id)).toHaveLength(1);
    expect(await secretaryNotices(first.id)).toEqual([]);
    expect(await stepNames(ds(), first.id)).toEqual(['unit_head', 'county_leader']);
    // Running again changes nothing.
    await runEscalation(ds(), next);
    expect(await secretaryNotices(again.id)).toHaveLength(1);
  });

  it('the original reaches the secretary only by the ordinary ladder (three working days)', async () => {
    const third = addWorkingDays(first.resolutionDueAt, 3);
    await runEscalation(ds(), new Date(third.getTime() - 60_000));
    expect(await secretaryNotices(first.id)).toEqual([]);
    await runEscalation(ds(), third);
    const notices = await secretaryNotices(first.id);
    expect(notices).toHaveLength(1);
    expect(String(notices[0].payload.text)).not.toContain('重复信访');
  });
});

it('a repeat first looked at long past due climbs all three rungs in one sweep, in order', async () => {
  const contact = { name: '王老汉', phone: '13911114444' };
  await file(ds(), at(2026, 11, 16, 9), { contact, text: '莲荷村五组自来水管冻裂了，家里断水三天了' });
  const again = await file(ds(), at(2026, 11, 17, 9), { contact, text: '莲荷村五组自来水管冻裂了，家里断水三天了，还是没人来' });
  expect(again.repeatOfId).not.toBeNull();
  const due = (await reload(ds(), again.id)).resolutionDueAt;
  const r = await runEscalation(ds(), addWorkingDays(due, 5));
  expect(r.fired.filter((f) => f.ticketId === again.id && f.clock === 'resolution').map((f) => f.step)).toEqual(['unit_head', 'county_leader', 'secretary']);
});

describe('the pure ladder', () => {
  it('holds a repeat’s secretary rung until the 分管 leader’s, and keeps the original off the repeat rungs', async () => {
    const rules: Rung[] = await loadRungs(ds().manager);
    const due = at(2026, 11, 9, 9);
    const base = {
      id: 1,
      status: 'accepted' as const,
      category: 'water',
      urgency: 'ordinary' as const,
      assignedAt: at(2026, 11, 2, 9),
      createdAt: at(2026, 11, 2, 9),
      acceptedAt: at(2026, 11, 2, 10),
      responseDueAt: at(2026, 11, 3, 9),
      resolutionDueAt: due,
      legalNoticeDueAt: at(2026, 11, 17, 24),
      legalResolutionDueAt: at(2027, 1, 1),
      reopenCount: 0,
      duplicateOfId: null,
    };
    const steps = (t: typeof base & { repeatOfId: number | null; repeatCount: number }, now: Date) =>
      planTicket(t, rules, new Set(), now)
        .fire.filter((f) => f.window.clock === 'resolution')
        .map((f) => f.rung.step);
    const repeat = { ...base, repeatOfId: 7, repeatCount: 1 };
    expect(steps(repeat, due)).toEqual(['unit_head']);
    expect(planTicket(repeat, rules, new Set(), due).next).toEqual(addWorkingDays(due, 1));
    expect(steps(repeat, addWorkingDays(due, 1))).toEqual(['unit_head', 'county_leader', 'secretary']);
    // The original of three repeats: the ordinary ladder.
    const original = { ...base, repeatOfId: null, repeatCount: 3 };
    expect(steps(original, addWorkingDays(due, 1))).toEqual(['unit_head', 'county_leader']);
    expect(steps(original, addWorkingDays(due, 3))).toEqual(['unit_head', 'county_leader', 'secretary']);
  });
});
