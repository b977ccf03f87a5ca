import { Jurisdiction } from '../../src/entities/Jurisdiction';
/**
 * A ticket's life through the service functions, with explicit `now`: states, history, clocks,
 * objections across National Day 2026, reopening, repeat petitions and duplicates.
 */
import { DataSource } from 'typeorm';
import { createTestDb, TestDb } from '../support/db';
import { invalidatePlaceIndex } from '../../src/gazetteer/store';
import { AppError } from '../../src/errors';
import { fromShanghai, HOUR_MS, DAY_MS } from '../../src/clocks/time';
import { Actor, SYSTEM } from '../../src/tickets/actor';
import {
  acceptTicket,
  addNote,
  closeTicket,
  createTicket,
  CreateTicketInput,
  decideObjection,
  duplicateSuggestions,
  mergeTicket,
  objectTicket,
  rateTicket,
  reopenTicket,
  resolveTicket,
  transferTicket,
} from '../../src/tickets';
import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { TicketEvent } from '../../src/entities/TicketEvent';
import { Unit } from '../../src/entities/Unit';

let db: TestDb;
let ds: DataSource;
let phoneSeq = 0;

const T0 = fromShanghai(2026, 11, 24, 10); // a Tuesday
const at = (base: Date, ms: number) => new Date(base.getTime() + ms);

const WATER = '双清区火车站乡莲荷村自来水停了三天没人管';
const ROAD = '火车站乡莲荷村村口的路坑坑洼洼，下雨天没法走';

beforeAll(async () => {
  invalidatePlaceIndex();
  db = await createTestDb({ seed: ['430502', '220382'] });
  ds = db.ds;
});
afterAll(() => db.close());

async function unit(name: string) {
  return ds.manager.findOneByOrFail(Unit, { name });
}

/** A cadre (or the head, a leader) of the named unit, as the API would resolve their token. */
async function staffActor(unitName: string, role: 'cadre' | 'leader' = 'cadre'): Promise<Actor> {
  const u = await unit(unitName);
  const staff = await ds.manager.findOneOrFail(Staff, { where: { unitId: u.id, role }, order: { id: 'ASC' } });
  return { kind: role, staff, unit: u, tokenId: 0 } as Actor;
}

const admin: Actor = { kind: 'sysadmin', staff: null, unitChain: [], tokenId: 0 };
const villager = (t: Ticket): Actor => ({ kind: 'villager', petitionerId: t.petitionerId!, tokenId: 0 });

function newPhone() {
  return `1370000${String(++phoneSeq).padStart(4, '0')}`;
}

// Each villager's complaint here is a matter of its own: the same words from different people in
// one village within days would be linked as duplicates (test/tickets/duplicates.test.ts), so
// complaints from new callers are placed in the township's other villages in turn.
let villages: string[] = [];
let nextVillage = 0;
async function file(text: string, now: Date, extra: Partial<CreateTicketInput> = {}) {
  if (!villages.length)
    villages = (await ds.manager.find(Jurisdiction, { where: { parentCode: '430502202', level: 'village' }, order: { code: 'ASC' } })).map(
      (j) => j.shortName || j.name,
    );
  const placed = extra.contact || extra.villageCode ? text : text.replace('莲荷村', villages[nextVillage++ % villages.length]);
  const { ticket } = await createTicket(ds, SYSTEM, { text: placed, channel: 'hotline', contact: { phone: newPhone() }, ...extra }, { now });
  return ticket;
}

async function history(t: Ticket) {
  return (await ds.manager.find(TicketEvent, { where: { ticketId: t.id }, order: { id: 'ASC' } })).map((e) => e.type);
}

async function expectConflict(p: Promise<unknown>, code: string, message?: RegExp) {
  const err = await p.then(
    () => null,
    (e) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect(err.status).toBe(409);
  expect(err.code).toBe(code);
  if (message) expect(err.message).toMatch(message);
}

async function reload(t: Ticket) {
  return ds.manager.findOneByOrFail(Ticket, { id: t.id });
}

describe('the happy path', () => {
  it("goes assigned → accepted → resolved → closed by the villager's rating, recording each step", async () => {
    const water = await staffActor('双清区水利局');
    let t = await file(WATER, T0);
    expect(t.status).toBe('assigned');
    expect(t.handlingUnitId).toBe((await unit('双清区水利局')).id);
    expect(await history(t)).toEqual(['created', 'assigned']);

    t = await acceptTicket(ds, water, t.id, { note: '已电话联系' }, { now: at(T0, HOUR_MS) });
    expect(t.status).toBe('accepted');
    expect(t.acceptedAt).toEqual(at(T0, HOUR_MS));
    expect(t.assigneeId).toBe((water as any).staff.id);
    // 60 days from acceptance, ending 24:00 of the last day (2027-01-23 is a Saturday → Monday 25th).
    expect(t.legalResolutionDueAt).toEqual(fromShanghai(2027, 1, 26));

    t = await addNote(ds, water, t.id, { text: '抢修队已出发', public: true }, { now: at(T0, 2 * HOUR_MS) });
    t = await resolveTicket(ds, water, t.id, { text: '管道已修复，恢复供水' }, { now: at(T0, 20 * HOUR_MS) });
    expect(t.status).toBe('resolved');
    expect(t.resolvedAt).toEqual(at(T0, 20 * HOUR_MS));

    t = await rateTicket(ds, villager(t), t.id, { contactedInTime: true, solved: true, satisfied: true }, { now: at(T0, DAY_MS) });
    expect(t.status).toBe('closed');
    expect(t.closedAt).toEqual(at(T0, DAY_MS));
    const stored = await reload(t);
    expect([stored.contactedInTime, stored.solved, stored.satisfied]).toEqual([true, true, true]);
    expect(await history(t)).toEqual(['created', 'assigned', 'accepted', 'reply', 'resolved', 'rated', 'closed']);
  });

  it('lets an admin close out a resolved ticket without a rating', async () => {
    let t = await file(ROAD, T0);
    t = await acceptTicket(ds, admin, t.id, {}, { now: at(T0, HOUR_MS) });
    t = await resolveTicket(ds, admin, t.id, { text: '已修路' }, { now: at(T0, DAY_MS) });
    t = await closeTicket(ds, admin, t.id, { reason: '群众电话确认' }, { now: at(T0, 2 * DAY_MS) });
    expect(t.status).toBe('closed');
  });
});

describe('invalid transitions', () => {
  it.each([
    ['resolve an assigned ticket', 'assigned', (t: Ticket) => resolveTicket(ds, admin, t.id, { text: '好了' }), /已交办/],
    [
      'rate an accepted ticket',
      'accepted',
      (t: Ticket) => rateTicket(ds, villager(t), t.id, { contactedInTime: true, solved: true, satisfied: true }),
      /办理中/,
    ],
    ['close an accepted ticket', 'accepted', (t: Ticket) => closeTicket(ds, admin, t.id, {}), /办理中/],
    ['object to an accepted ticket', 'accepted', (t: Ticket) => objectTicket(ds, admin, t.id, { reason: '不归我们' }), /办理中/],
    ['reopen an assigned ticket', 'assigned', (t: Ticket) => reopenTicket(ds, admin, t.id, { reason: '没解决' }), /已交办/],
    ['decide an objection nobody raised', 'assigned', (t: Ticket) => decideObjection(ds, admin, t.id, { accept: false }), /已交办/],
    ['accept a closed ticket', 'closed', (t: Ticket) => acceptTicket(ds, admin, t.id, {}), /已销号/],
    ['resolve a closed ticket', 'closed', (t: Ticket) => resolveTicket(ds, admin, t.id, { text: '再办一次' }), /已销号/],
    [
      'transfer a resolved ticket',
      'resolved',
      async (t: Ticket) => transferTicket(ds, admin, t.id, { unitId: (await unit('双清区民政局')).id, reason: '改派' }),
      /已办结/,
    ],
  ] as [string, 'assigned' | 'accepted' | 'resolved' | 'closed', (t: Ticket) => Promise<unknown>, RegExp][])(
    'refuses to %s with 409 and the reason',
    async (_what, state, act, reason) => {
      let t = await file(ROAD, new Date());
      if (state !== 'assigned') t = await acceptTicket(ds, admin, t.id, {});
      if (state === 'resolved' || state === 'closed') t = await resolveTicket(ds, admin, t.id, { text: '修好了' });
      if (state === 'closed') t = await closeTicket(ds, admin, t.id, {});
      const events = (await history(t)).length;
      await expectConflict(act(t), 'invalid_transition', reason);
      const after = await reload(t);
      expect(after.status).toBe(state);
      expect(after.version).toBe(t.version);
      expect((await history(t)).length).toBe(events);
    },
  );

  it('refuses to merge a ticket twice', async () => {
    const a = await file(ROAD, new Date());
    const b = await file(ROAD, new Date());
    const c = await file(ROAD, new Date());
    await mergeTicket(ds, admin, a.id, { intoId: b.id });
    await expectConflict(mergeTicket(ds, admin, a.id, { intoId: c.id }), 'already_merged');
  });
});

describe('concurrent updates', () => {
  it('refuses a change made on a stale version with 409', async () => {
    const t = await file(WATER, T0);
    const water = await staffActor('双清区水利局');
    const accepted = await acceptTicket(ds, water, t.id, {}, { version: t.version, now: at(T0, HOUR_MS) });
    expect(accepted.version).toBe(t.version + 1);
    await expectConflict(addNote(ds, water, t.id, { text: '基于旧页面的记录' }, { version: t.version }), 'stale');
    // With the current version it goes through.
    await addNote(ds, water, t.id, { text: '刷新后记录' }, { version: accepted.version });
  });

  it('lets exactly one of two simultaneous accepts win', async () => {
    const t = await file(WATER, T0);
    const water = await staffActor('双清区水利局');
    const results = await Promise.allSettled([
      acceptTicket(ds, water, t.id, {}, { version: t.version }),
      acceptTicket(ds, admin, t.id, {}, { version: t.version }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(lost.reason).toBeInstanceOf(AppError);
    expect(lost.reason.status).toBe(409);
    expect((await history(t)).filter((e) => e === 'accepted')).toHaveLength(1);
  });
});

describe('transfer', () => {
  it('moves the ticket to the new unit with a fresh response clock, and the old unit loses it', async () => {
    const township = await staffActor('火车站乡人民政府');
    const housing = await staffActor('双清区住房和城乡建设局');
    let t = await file('莲荷村村头的老房子墙裂了', T0, { category: 'infrastructure', villageCode: '430502202205' });
    expect(t.handlingUnitId).toBe((await unit('火车站乡人民政府')).id);
    const now = at(T0, 3 * HOUR_MS);
    t = await transferTicket(ds, township, t.id, { unitId: (await unit('双清区住房和城乡建设局')).id, reason: '属于住房安全' }, { now });
    expect(t.status).toBe('transferred');
    expect(t.handlingUnitId).toBe((await unit('双清区住房和城乡建设局')).id);
    expect(t.assigneeId).toBeNull();
    expect(t.assignedAt).toEqual(now);
    expect(t.responseDueAt).toEqual(at(now, DAY_MS)); // ordinary: 1 working day (Tue → Wed)
    const ev = await ds.manager.findOneOrFail(TicketEvent, { where: { ticketId: t.id, type: 'transferred' } });
    expect(ev.data).toMatchObject({ fromUnitName: '火车站乡人民政府', unitName: '双清区住房和城乡建设局', reason: '属于住房安全' });
    await expect(acceptTicket(ds, township, t.id, {})).rejects.toMatchObject({ status: 404 });
    t = await acceptTicket(ds, housing, t.id, {}, { now: at(now, HOUR_MS) });
    expect(t.status).toBe('accepted');
    await expectConflict(transferTicket(ds, housing, t.id, { unitId: t.handlingUnitId, reason: '再转一次' }), 'same_unit');
  });

  it('never hands a misconduct ticket to the accused unit', async () => {
    const t = await file('双辽市义顺村村书记把低保给了自己亲戚', T0, { category: 'misconduct', villageCode: '220382006200' });
    expect(t.accusedUnitId).not.toBeNull();
    await expectConflict(transferTicket(ds, admin, t.id, { unitId: t.accusedUnitId!, reason: '请乡里处理' }), 'accused_unit');
  });
});

describe('objections (5 working days, across National Day 2026)', () => {
  // Assigned Tue 29 Sep 10:00. Working days after it: 30 Sep, [1–7 Oct holiday], 8, 9, Sat 10 Oct
  // (make-up working day), 12 Oct — so the fifth full working day ends Mon 12 Oct 10:00, 13
  // calendar days later.
  const assigned = fromShanghai(2026, 9, 29, 10);

  it('is upheld by the petition office and the ticket goes to the right unit', async () => {
    const township = await staffActor('火车站乡人民政府');
    let t = await file(ROAD, assigned);
    t = await objectTicket(ds, township, t.id, { reason: '该路段属县交通部门' }, { now: fromShanghai(2026, 10, 9, 16) });
    expect(t.status).toBe('objected');
    const target = await unit('双清区住房和城乡建设局');
    t = await decideObjection(ds, admin, t.id, { accept: true, unitId: target.id, reason: '改派' }, { now: fromShanghai(2026, 10, 10, 9) });
    expect(t.status).toBe('transferred');
    expect(t.handlingUnitId).toBe(target.id);
    expect(await history(t)).toEqual(['created', 'assigned', 'objected', 'objection_upheld', 'transferred']);
  });

  it('is rejected and the ticket stays with the unit, still in time on day 13', async () => {
    const township = await staffActor('火车站乡人民政府');
    let t = await file(ROAD, assigned);
    t = await objectTicket(ds, township, t.id, { reason: '不归乡里' }, { now: fromShanghai(2026, 10, 12, 9, 59) });
    expect(t.status).toBe('objected');
    t = await decideObjection(ds, admin, t.id, { accept: false, reason: '属地管理，维持交办' }, { now: fromShanghai(2026, 10, 12, 11) });
    expect(t.status).toBe('assigned');
    expect(t.handlingUnitId).toBe((await unit('火车站乡人民政府')).id);
    await expectConflict(decideObjection(ds, admin, t.id, { accept: false }), 'invalid_transition');
  });

  it('is refused once five working days have passed (the make-up Saturday counts)', async () => {
    const township = await staffActor('火车站乡人民政府');
    const t = await file(ROAD, assigned);
    await expectConflict(objectTicket(ds, township, t.id, { reason: '不归乡里' }, { now: fromShanghai(2026, 10, 12, 10) }), 'objection_window', /5 个工作日/);
    expect((await reload(t)).status).toBe('assigned');
  });

  it('needs a new unit when the objection is upheld', async () => {
    let t = await file(ROAD, assigned);
    t = await objectTicket(ds, admin, t.id, { reason: '不归乡里' }, { now: fromShanghai(2026, 9, 30, 9) });
    await expect(decideObjection(ds, admin, t.id, { accept: true })).rejects.toMatchObject({ status: 400, field: 'unitId' });
  });
});

describe('reopening', () => {
  it('restarts the clocks and the escalation ladder', async () => {
    const water = await staffActor('双清区水利局');
    let t = await file(WATER, T0);
    t = await acceptTicket(ds, water, t.id, {}, { now: at(T0, HOUR_MS) });
    t = await resolveTicket(ds, water, t.id, { text: '已修复' }, { now: at(T0, 20 * HOUR_MS) });
    await ds.manager.update(Ticket, { id: t.id }, { escalationLevel: 2 });
    const reopenAt = at(T0, 3 * DAY_MS);
    t = await reopenTicket(ds, villager(t), t.id, { reason: '又停水了' }, { now: reopenAt });
    expect(t.status).toBe('reopened');
    expect(t.reopenCount).toBe(1);
    expect(t.resolvedAt).toBeNull();
    expect(t.escalationLevel).toBe(0);
    expect(t.assignedAt).toEqual(reopenAt);
    expect(t.responseDueAt).toEqual(at(reopenAt, 2 * HOUR_MS));
    expect(t.resolutionDueAt).toEqual(at(reopenAt, 24 * HOUR_MS));
    // A reopened ticket is worked again from acceptance.
    t = await acceptTicket(ds, water, t.id, {}, { now: at(reopenAt, HOUR_MS) });
    expect(t.status).toBe('accepted');
  });

  it('reopens on a "not solved" rating with fresh clocks, keeping the answers', async () => {
    const water = await staffActor('双清区水利局');
    let t = await file(WATER, T0);
    t = await acceptTicket(ds, water, t.id, {}, { now: at(T0, HOUR_MS) });
    t = await resolveTicket(ds, water, t.id, { text: '已修复' }, { now: at(T0, 5 * HOUR_MS) });
    const rateAt = at(T0, 2 * DAY_MS);
    t = await rateTicket(ds, villager(t), t.id, { contactedInTime: true, solved: false, satisfied: false, comment: '水还是不来' }, { now: rateAt });
    expect(t.status).toBe('reopened');
    expect(t.resolutionDueAt).toEqual(at(rateAt, 24 * HOUR_MS));
    const stored = await reload(t);
    expect([stored.solved, stored.satisfied]).toEqual([false, false]);
  });
});

describe('repeat petitions and duplicates', () => {
  it("links the same villager's similar complaint within 90 days to the first one", async () => {
    const phone = newPhone();
    const first = await file('莲荷村自来水停了三天没人管', T0, { contact: { phone } });
    const second = await file('莲荷村自来水又停了三天了没人管', at(T0, 10 * DAY_MS), { contact: { phone } });
    expect(second.petitionerId).toBe(first.petitionerId);
    expect(second.repeatOfId).toBe(first.id);
    expect(second.repeatCount).toBe(1);
    expect(await history(second)).toContain('repeat_linked');
    const third = await file('莲荷村的自来水停了好几天还是没人来修', at(T0, 40 * DAY_MS), { contact: { phone } });
    expect(third.repeatOfId).toBe(first.id);
    expect(third.repeatCount).toBe(2);
    expect((await reload(first)).repeatCount).toBe(2);
    // Another matter from the same villager is not a repeat.
    const road = await file(ROAD, at(T0, 41 * DAY_MS), { contact: { phone } });
    expect(road.repeatOfId).toBeNull();
  });

  it('does not link a complaint made more than 90 days later', async () => {
    const phone = newPhone();
    await file('义顺村自来水停了三天没人管', T0, { contact: { phone }, villageCode: '220382006200' });
    const later = await file('义顺村自来水又停了三天了没人管', at(T0, 91 * DAY_MS), { contact: { phone }, villageCode: '220382006200' });
    expect(later.repeatOfId).toBeNull();
    expect(later.repeatCount).toBe(0);
  });

  it("suggests the same matter from other villagers as duplicates, never the same person's", async () => {
    const base = fromShanghai(2026, 12, 1, 9);
    const a = await file('万斤村自来水停了三天没人管', base, { villageCode: '220382201201' });
    const b = await file('万斤村的自来水停了三天了没人管', at(base, HOUR_MS), { villageCode: '220382201201' });
    const sameAsB = await file('万斤村自来水又停了三天没人管', at(base, 2 * HOUR_MS), { villageCode: '220382201201', petitionerId: b.petitionerId });
    const otherVillage = await file('义顺村自来水停了三天没人管', at(base, 3 * HOUR_MS), { villageCode: '220382006200' });
    const otherMatter = await file('万斤村村口的路坏了没法走', at(base, 4 * HOUR_MS), { villageCode: '220382201201' });
    const ids = (await duplicateSuggestions(ds.manager, b)).map((t) => t.id);
    expect(ids).toContain(a.id);
    expect(ids).not.toContain(sameAsB.id);
    expect(ids).not.toContain(otherVillage.id);
    expect(ids).not.toContain(otherMatter.id);
    // Merged, it is no longer suggested.
    await mergeTicket(ds, admin, a.id, { intoId: b.id });
    expect((await duplicateSuggestions(ds.manager, b)).map((t) => t.id)).not.toContain(a.id);
  });
});

describe('clocks', () => {
  it('gives a water outage 24 hours (and 2 to respond)', async () => {
    const t = await file(WATER, T0);
    expect(t.urgency).toBe('utilities');
    expect(t.resolutionDueAt).toEqual(at(T0, 24 * HOUR_MS));
    expect(t.responseDueAt).toEqual(at(T0, 2 * HOUR_MS));
  });

  it('gives an ordinary complaint 7 days and one working day to respond', async () => {
    const t = await file(ROAD, T0);
    expect(t.urgency).toBe('ordinary');
    expect(t.resolutionDueAt).toEqual(at(T0, 7 * DAY_MS));
    expect(t.responseDueAt).toEqual(fromShanghai(2026, 11, 25, 10));
    // Filed on the eve of National Day, the working day to respond is 8 October.
    const eve = await file(ROAD, fromShanghai(2026, 9, 30, 10));
    expect(eve.responseDueAt).toEqual(fromShanghai(2026, 10, 8, 10));
  });

  it('sets the legal notice clock at 15 days, ending 24:00 and moved past holidays', async () => {
    const t = await file(ROAD, T0);
    expect(t.legalNoticeDueAt).toEqual(fromShanghai(2026, 12, 10)); // 24:00 on 9 December
    expect(t.legalResolutionDueAt).toBeNull();
    // 22 Sep + 15 = 7 Oct, a holiday: the period ends 24:00 on 8 October.
    const holiday = await file(ROAD, fromShanghai(2026, 9, 22, 15));
    expect(holiday.legalNoticeDueAt).toEqual(fromShanghai(2026, 10, 9));
  });
});
