import { In } from 'typeorm';
import { Staff } from '../../src/entities/Staff';
import { Unit } from '../../src/entities/Unit';
import { canRead, createTicket, loadScope, SYSTEM } from '../../src/tickets';
import { staffActor } from '../../src/tickets/staff-actor';
import { createTestDb, TestDb } from '../support/db';

/**
 * Hotline and SMS texts that name the county and the town but no village, or only the county:
 * they go to the township government or the county's petition office, never the root office.
 */
let db: TestDb;
const unitName = async (id: number) => (await db.ds.manager.findOneByOrFail(Unit, { id })).name;
const file = (text: string, extra: Record<string, unknown> = {}) =>
  createTicket(db.ds, SYSTEM, { text, channel: 'sms', contact: { phone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}` }, ...extra });

beforeAll(async () => {
  db = await createTestDb({ seed: ['430502', '220382'] });
});
afterAll(() => db.close());

describe('text routing without a village', () => {
  it('county and town named, village not: the town government handles the collapsed bridge', async () => {
    const { ticket } = await file('我是双辽市茂林镇的 我们屯里那个桥塌了一半 车都过不去了', { category: 'infrastructure' });
    expect(ticket.villageCode).toBeNull();
    expect(ticket.countyCode).toBe('220382');
    expect(await unitName(ticket.handlingUnitId)).toBe('茂林镇人民政府');
  });

  it('the town alone is enough when its name is unique', async () => {
    const { ticket } = await file('茂林镇这边的路灯坏了一个多月了没人管', { category: 'infrastructure' });
    expect(await unitName(ticket.handlingUnitId)).toBe('茂林镇人民政府');
  });

  it('a department matter with the town named goes to the county department, the town co-handling', async () => {
    const { ticket } = await file('双辽市茂林镇 我家孩子上学的事 学校乱收费', { category: 'education' });
    expect(await unitName(ticket.handlingUnitId)).toMatch(/双辽市教育局/);
  });

  it('county only: the county petition office, not the root office', async () => {
    const { ticket } = await file('双辽市 俺们那嘎达的水泥路压坏了 坑老大了', { category: 'infrastructure' });
    expect(ticket.countyCode).toBe('220382');
    const lead = await db.ds.manager.findOneByOrFail(Unit, { id: ticket.handlingUnitId });
    expect(lead.jurisdictionCode).toBe('220382');
    expect(lead.kind).toBe('petition_office');
  });

  it('the county said without 市 (在双辽这边), or with a township by its core (双辽茂林): never the root office', async () => {
    const county = (await file('俺们在双辽这边给人装大棚 干完活老板不给钱 三个月了', { category: 'wages' })).ticket;
    const lead = await db.ds.manager.findOneByOrFail(Unit, { id: county.handlingUnitId });
    expect([county.countyCode, lead.jurisdictionCode.slice(0, 6)]).toEqual(['220382', '220382']);
    const town = (await file('双辽茂林那边的桥塌了一半 车都过不去了', { category: 'infrastructure' })).ticket;
    expect(await unitName(town.handlingUnitId)).toBe('茂林镇人民政府');
  });

  it('a Hunan township in a run-on SMS', async () => {
    const { ticket } = await file('双清区火车站乡这边垃圾好久冒得人收了臭死了', { category: 'infrastructure' });
    expect(await unitName(ticket.handlingUnitId)).toBe('火车站乡人民政府');
  });

  it('nothing placed, with several counties served: the root office is still the last resort', async () => {
    const { ticket } = await file('我们这里的路坏了', { category: 'infrastructure' });
    const lead = await db.ds.manager.findOneByOrFail(Unit, { id: ticket.handlingUnitId });
    expect(lead.jurisdictionCode).toBe('root');
  });

  it('a misconduct report naming only the town keeps the town (the accused side) out', async () => {
    const { ticket } = await file('双辽市茂林镇的 我们村主任把低保给了他亲戚 优亲厚友');
    expect(ticket.category).toBe('misconduct');
    const lead = await db.ds.manager.findOneByOrFail(Unit, { id: ticket.handlingUnitId });
    expect(lead.kind).toBe('discipline');
    const town = await db.ds.manager.findOneByOrFail(Unit, { jurisdictionCode: '220382100', kind: 'township_gov' });
    expect(ticket.accusedUnitId).toBe(town.id);
  });
});

describe('a county on one small server', () => {
  let one: TestDb;
  beforeAll(async () => {
    one = await createTestDb({ seed: ['430502'] });
  });
  afterAll(() => one.close());
  const sms = (text: string) =>
    createTicket(one.ds, SYSTEM, { text, channel: 'sms', contact: { phone: `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}` } });
  const lead = async (id: number) => one.ds.manager.findOneByOrFail(Unit, { id });

  it("a complaint that names no place goes to that county's petition office, where its staff read it", async () => {
    const { ticket } = await sms('我们这里的路坏了半年了 下雨天根本走不了');
    expect(ticket.countyCode).toBe('430502');
    expect(await lead(ticket.handlingUnitId)).toMatchObject({ kind: 'petition_office', jurisdictionCode: '430502' });
  });

  it("an accusation that names no place goes to that county's discipline commission, not the root office", async () => {
    const { ticket } = await sms('村里书记收了我两条烟才给盖章 这事谁管');
    expect(ticket.category).toBe('misconduct');
    expect(await lead(ticket.handlingUnitId)).toMatchObject({ kind: 'discipline', jurisdictionCode: '430502' });
    // Whoever the 书记 is, no township or village-side cadre can read it: it names no village, so
    // any township may be the accused's.
    const m = one.ds.manager;
    const towns = await m.find(Unit, { where: { kind: 'township_gov' } });
    const cadres = await m.find(Staff, { where: { unitId: In(towns.map((t) => t.id)), active: true } });
    expect(cadres.length).toBeGreaterThan(10);
    const { scope } = await loadScope(m, ticket.id);
    for (const s of cadres) expect([s.name, canRead((await staffActor(m, s))!, scope)]).toEqual([s.name, false]);
  });
});
