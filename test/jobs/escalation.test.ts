import { EscalationRule } from '../../src/entities/EscalationRule';
import { Ticket } from '../../src/entities/Ticket';
import { runEscalation } from '../../src/escalation/sweep';
import { SYSTEM } from '../../src/tickets/actor';
import { reopenTicket, resolveTicket } from '../../src/tickets';
import { createTestDb, TestDb } from '../support/db';
import { acceptBy, at, escalatedEvents, escalationMessages, file, LIANHE, reload, staffActor, staffByPosition, stepNames, stepsOf, VILLAGER } from './helpers';

let db: TestDb;
const ds = () => db.ds;
const sweep = (now: Date) => runEscalation(ds(), now);

beforeAll(async () => {
  db = await createTestDb({ seed: ['430502'] });
});
afterAll(() => db.close());

describe('the resolution ladder across National Day 2026', () => {
  // Filed Mon 28 Sep 09:00, ordinary: seven days end Mon 5 Oct, inside the 1–7 Oct holiday, so the
  // clock runs on to the same time of the next working day, Thu 8 Oct 09:00. 75% of those ten days
  // is Mon 5 Oct 21:00 (a holiday evening). One working day past due is Fri 9 Oct 09:00; three,
  // counting the make-up working Saturday 10 Oct, is Mon 12 Oct 09:00 (Tue 13 Oct without it).
  let t: Ticket;
  let assigneeId: number;

  beforeAll(async () => {
    t = await file(ds(), at(2026, 9, 28, 9));
    assigneeId = (await acceptBy(ds(), t, '双清区水利局', at(2026, 9, 28, 10))).id;
  });

  it('stays quiet before 75% of the time', async () => {
    expect((await sweep(at(2026, 10, 5, 20))).fired.filter((f) => f.ticketId === t.id)).toEqual([]);
    expect(await stepNames(ds(), t.id)).toEqual([]);
  });

  it('warns the assignee, with a copy to the unit head, at 75%', async () => {
    const r = await sweep(at(2026, 10, 5, 21, 30));
    expect(r.fired.filter((f) => f.ticketId === t.id).map((f) => f.step)).toEqual(['warning']);
    const head = await staffActor(ds(), '双清区水利局', (s) => s.position === 'unit_head');
    const msgs = await escalationMessages(ds(), t.id);
    expect(msgs.map((m) => Number(m.target)).sort()).toEqual([assigneeId, head.staff.id].sort());
    expect(msgs[0].channel).toBe('staff');
    expect(String(msgs[0].payload.text)).toContain(t.number);
    expect(String(msgs[0].payload.text)).toContain('临期预警');
    expect((await reload(ds(), t.id)).escalationLevel).toBe(1);
  });

  it('does nothing more when run again for the same time', async () => {
    const before = {
      steps: (await stepsOf(ds(), t.id)).length,
      msgs: (await escalationMessages(ds(), t.id)).length,
      events: (await escalatedEvents(ds(), t.id)).length,
    };
    const r = await sweep(at(2026, 10, 5, 21, 30));
    expect(r.fired).toEqual([]);
    expect({
      steps: (await stepsOf(ds(), t.id)).length,
      msgs: (await escalationMessages(ds(), t.id)).length,
      events: (await escalatedEvents(ds(), t.id)).length,
    }).toEqual(before);
  });

  it('goes to the unit head at the deadline, the first working morning after the holiday', async () => {
    await sweep(at(2026, 10, 8, 8, 59));
    expect(await stepNames(ds(), t.id)).toEqual(['warning']);
    await sweep(at(2026, 10, 8, 9));
    expect(await stepNames(ds(), t.id)).toEqual(['warning', 'unit_head']);
    const head = await staffActor(ds(), '双清区水利局', (s) => s.position === 'unit_head');
    const last = (await escalationMessages(ds(), t.id)).pop()!;
    expect(Number(last.target)).toBe(head.staff.id);
    expect(String(last.payload.text)).toContain('超期督办');
    expect((await reload(ds(), t.id)).escalationLevel).toBe(2);
  });

  it('waits for a whole working day past due', async () => {
    await sweep(at(2026, 10, 9, 8, 59));
    expect(await stepNames(ds(), t.id)).toEqual(['warning', 'unit_head']);
  });

  it('goes to the county leader in charge of water after one working day', async () => {
    await sweep(at(2026, 10, 9, 9, 0));
    expect(await stepNames(ds(), t.id)).toEqual(['warning', 'unit_head', 'county_leader']);
    const leader = await staffByPosition(ds(), 'county_leader', (s) => (s.categories ?? []).includes('water'));
    const step = (await stepsOf(ds(), t.id)).find((s) => s.step === 'county_leader')!;
    expect(step.recipientStaffId).toBe(leader.id);
    expect((await reload(ds(), t.id)).escalationLevel).toBe(3);
  });

  it('counts the make-up working Saturday and reaches the county secretary after three', async () => {
    await sweep(at(2026, 10, 12, 8, 59));
    expect(await stepNames(ds(), t.id)).not.toContain('secretary');
    await sweep(at(2026, 10, 12, 9, 0));
    expect(await stepNames(ds(), t.id)).toEqual(['warning', 'unit_head', 'county_leader', 'secretary']);
    const secretary = await staffByPosition(ds(), 'county_secretary');
    expect((await stepsOf(ds(), t.id)).pop()!.recipientStaffId).toBe(secretary.id);
    expect((await reload(ds(), t.id)).escalationLevel).toBe(4);
  });

  it('records each rung as an internal event and never names the villager in a notice', async () => {
    const events = await escalatedEvents(ds(), t.id);
    expect(events.map((e) => [e.visibility, e.data?.step])).toEqual([
      ['internal', 'warning'],
      ['internal', 'unit_head'],
      ['internal', 'county_leader'],
      ['internal', 'secretary'],
    ]);
    for (const m of await escalationMessages(ds(), t.id)) {
      const text = String(m.payload.text);
      expect(text).not.toContain(VILLAGER.name);
      expect(text).not.toMatch(/1[3-9]\d{9}/);
    }
    expect(await sweep(at(2026, 10, 20, 9))).toMatchObject({ fired: [] });
  });
});

describe('Spring Festival 2026', () => {
  it('does not count 15–23 Feb: three working days past Fri 13 Feb 10:00 is Wed 25 Feb 10:00', async () => {
    const t = await file(ds(), at(2026, 2, 6, 10));
    await acceptBy(ds(), t, '双清区水利局', at(2026, 2, 6, 11));
    // Sat 14 Feb is a make-up working day: one working day past due already.
    await sweep(at(2026, 2, 14, 10, 0));
    expect(await stepNames(ds(), t.id)).toEqual(['unit_head', 'county_leader']);
    await sweep(at(2026, 2, 24, 10, 0));
    expect(await stepNames(ds(), t.id)).not.toContain('secretary');
    await sweep(at(2026, 2, 25, 10, 0));
    expect(await stepNames(ds(), t.id)).toContain('secretary');
  });
});

describe('stopping and restarting', () => {
  it('stops when the ticket is resolved and starts over when it is reopened', async () => {
    const t = await file(ds(), at(2026, 11, 2, 9));
    await acceptBy(ds(), t, '双清区水利局', at(2026, 11, 2, 9, 30));
    await sweep(at(2026, 11, 9, 10)); // due Mon 9 Nov 09:00
    expect(await stepNames(ds(), t.id)).toEqual(['unit_head']);

    const cadre = await staffActor(ds(), '双清区水利局');
    await resolveTicket(ds(), cadre, t.id, { text: '已更换水管，恢复供水' }, { now: at(2026, 11, 9, 15) });
    await sweep(at(2026, 11, 20, 9));
    expect(await stepNames(ds(), t.id)).toEqual(['unit_head']);

    // 回访: not solved → reopened on Mon 23 Nov 09:00 with fresh clocks (due Mon 30 Nov 09:00).
    await reopenTicket(ds(), SYSTEM, t.id, { reason: '群众反映还是没水' }, { now: at(2026, 11, 23, 9) });
    expect((await reload(ds(), t.id)).escalationLevel).toBe(0);
    await sweep(at(2026, 11, 23, 9, 5));
    expect(await stepNames(ds(), t.id)).toEqual(['unit_head']);
    await sweep(at(2026, 11, 30, 9));
    const steps = await stepsOf(ds(), t.id, 'resolution');
    expect(steps.map((s) => [s.step, s.round])).toEqual([
      ['unit_head', 0],
      ['unit_head', 1],
    ]);
    expect((await reload(ds(), t.id)).escalationLevel).toBe(2);
  });
});

describe('other clocks and rules', () => {
  it('sends an unanswered ticket to the unit head when the response clock runs out', async () => {
    // utilities: respond within 2 hours
    const t = await file(ds(), at(2026, 11, 10, 10), { urgency: 'utilities', text: '莲荷村停水了，全村没水喝' });
    await sweep(at(2026, 11, 10, 11, 59));
    expect(await stepNames(ds(), t.id, 'response')).toEqual([]);
    await sweep(at(2026, 11, 10, 12, 0));
    expect(await stepNames(ds(), t.id, 'response')).toEqual(['unit_head']);
  });

  it('sends one notice per person when a late first sweep climbs several rungs at once', async () => {
    const t = await file(ds(), at(2026, 11, 2, 9)); // never accepted; due 9 Nov 09:00
    await sweep(at(2026, 11, 16, 10));
    expect(await stepNames(ds(), t.id)).toEqual(['unit_head', 'county_leader', 'secretary']);
    expect(await stepNames(ds(), t.id, 'response')).toEqual(['unit_head']);
    const head = await staffActor(ds(), '双清区水利局', (s) => s.position === 'unit_head');
    const toHead = (await escalationMessages(ds(), t.id)).filter((m) => Number(m.target) === head.staff.id);
    expect(toHead).toHaveLength(1);
    const lines = String(toHead[0].payload.text).split('\n');
    expect(lines).toEqual(
      expect.arrayContaining([
        '· 办理时限已于 11月9日 09:00 到期，已超期 5 个工作日',
        '· 响应（受理）时限已于 11月3日 09:00 到期，已超期 9 个工作日',
        '· 信访受理告知期限（15日）将于 11月17日 24:00 到期',
      ]),
    );
    expect((await escalationMessages(ds(), t.id)).length).toBe(3);
  });

  it('runs the 15-day legal notice clock while the petition is not accepted', async () => {
    const t = await file(ds(), at(2026, 11, 10, 10), { urgency: 'complex', text: '莲荷村饮水工程款去向不明，要求说明' });
    const due = (await reload(ds(), t.id)).legalNoticeDueAt;
    await sweep(new Date(due.getTime() - 1000));
    expect(await stepNames(ds(), t.id, 'legal_notice')).toEqual(['warning']);
    await sweep(due);
    expect(await stepNames(ds(), t.id, 'legal_notice')).toEqual(['warning', 'unit_head']);
  });

  it('sends an overdue repeat petition to the county secretary right after the 分管 leader', async () => {
    const contact = { name: '张婶', phone: '13911112222' };
    const first = await file(ds(), at(2026, 11, 2, 9), { contact, text: '莲荷村三组的水井被污染了，水发臭不能喝' });
    const again = await file(ds(), at(2026, 11, 4, 9), { contact, text: '莲荷村三组的水井被污染了，水发臭不能喝' });
    expect(again.repeatOfId).toBe(first.id);
    await acceptBy(ds(), again, '双清区水利局', at(2026, 11, 4, 10));
    await sweep(at(2026, 11, 11, 9)); // again's deadline: the rungs climb in order, the secretary is not told before the 分管 leader
    expect(await stepNames(ds(), again.id)).toEqual(['unit_head']);
    await sweep(at(2026, 11, 12, 9)); // one working day later, not three
    expect(await stepNames(ds(), again.id)).toEqual(['unit_head', 'county_leader', 'secretary']);
  });

  it('keeps misconduct with the discipline commission', async () => {
    const t = await file(ds(), at(2026, 11, 2, 9), { category: 'misconduct', text: '火车站乡莲荷村村书记把低保给了自己亲戚' });
    await sweep(at(2026, 11, 20, 9));
    const names = await stepNames(ds(), t.id);
    expect(names).toContain('unit_head');
    expect(names).not.toContain('county_leader');
    expect(names).not.toContain('secretary');
    for (const m of await escalationMessages(ds(), t.id)) expect(String(m.payload.text)).not.toContain('低保');
  });

  it('follows a per-category override row in escalation_rule', async () => {
    // Housing: warn at half time instead of 75%.
    await ds().manager.insert(EscalationRule, {
      clock: 'resolution',
      step: 'warning',
      level: 1,
      atFraction: 0.5,
      overdueWorkingDays: null,
      recipient: 'handler',
      repeatOnly: false,
      category: 'housing',
      urgency: null,
      active: true,
    });
    const house = await file(ds(), at(2026, 12, 7, 8), { category: 'housing', text: '莲荷村危房改造一直没人来看' });
    const water = await file(ds(), at(2026, 12, 7, 8));
    await sweep(at(2026, 12, 10, 20, 1)); // 3.5 days of 7
    expect(await stepNames(ds(), house.id)).toEqual(['warning']);
    expect(await stepNames(ds(), water.id)).toEqual([]);
  });
});

it('only looks at tickets that are due, new or changed', async () => {
  // Everything above is settled (on MySQL one more sweep re-reads the last sweep's events): an
  // idle sweep far from any threshold examines nothing.
  await sweep(at(2026, 12, 10, 21));
  const r = await sweep(at(2026, 12, 10, 21));
  expect(r.examined).toBe(0);
  const t = await file(ds(), at(2026, 12, 10, 21), { villageCode: LIANHE });
  const r2 = await sweep(at(2026, 12, 10, 21, 1));
  expect(r2.examined).toBe(1);
  expect((await reload(ds(), t.id)).escalationLevel).toBe(0);
});
