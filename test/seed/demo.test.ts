import { DataSource, IsNull } from 'typeorm';
import { Category } from '../../src/entities/Category';
import { DeadlinePolicyRow } from '../../src/entities/DeadlinePolicy';
import { Jurisdiction } from '../../src/entities/Jurisdiction';
import { RoutingRule } from '../../src/entities/RoutingRule';
import { Staff } from '../../src/entities/Staff';
import { Unit } from '../../src/entities/Unit';
import { VillageAssignment } from '../../src/entities/VillageAssignment';
import { COUNTY_UNITS, DEFAULT_ROUTING_RULES } from '../../src/routing/defaults';
import { DEMO_AREAS, ensureDemoSeeded, seedDemo, townshipUnitName } from '../../src/seed/demo';
import { createTestDb, TestDb } from '../support/db';

const TABLES = [Jurisdiction, Unit, Staff, VillageAssignment, Category, RoutingRule, DeadlinePolicyRow] as const;

async function counts(ds: DataSource): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  // MySQL returns COUNT(*) as a string.
  for (const t of TABLES) out[t.name] = Number(await ds.getRepository(t).count());
  return out;
}

describe('seedDemo', () => {
  let db: TestDb;
  let first: Awaited<ReturnType<typeof seedDemo>>;
  beforeAll(async () => {
    db = await createTestDb();
    first = await seedDemo(db.ds, { areas: ['430502', '220382'] });
  });
  afterAll(async () => {
    await db.close();
  });

  it('lists the ten demo counties', () => {
    expect(DEMO_AREAS).toHaveLength(10);
    expect(DEMO_AREAS).toEqual(expect.arrayContaining(['220382', '220402', '220403', '220421', '220422', '220322', '220323', '220302', '411726', '430502']));
  });

  it('builds county departments, township governments and city bodies', async () => {
    const units = db.ds.getRepository(Unit);
    const water = await units.findOneByOrFail({ name: '双清区水利局' });
    expect(water).toMatchObject({ kind: 'water_bureau', jurisdictionCode: '430502' });
    const gov = await units.findOneByOrFail({ name: '双清区人民政府' });
    expect(gov).toMatchObject({ kind: 'county_gov', jurisdictionCode: '430502' });
    expect(water.parentUnitId).toBe(gov.id);
    const cityGov = await units.findOneByOrFail({ name: '邵阳市人民政府' });
    expect(cityGov.kind).toBe('city_gov');
    expect(gov.parentUnitId).toBe(cityGov.id);

    const hcz = await units.findOneByOrFail({ name: '火车站乡人民政府' });
    expect(hcz).toMatchObject({ kind: 'township_gov', jurisdictionCode: '430502202', parentUnitId: gov.id });
    expect(await units.findOneBy({ name: '郑家屯街道办事处', jurisdictionCode: '220382001' })).not.toBeNull();

    expect(await units.findOneByOrFail({ name: '双辽市纪委监委' })).toMatchObject({ kind: 'discipline', jurisdictionCode: '220382' });
    expect(await units.findOneByOrFail({ name: '双辽市信访局' })).toMatchObject({ kind: 'petition_office', jurisdictionCode: '220382' });
    expect(await units.findOneByOrFail({ name: '四平市纪委监委' })).toMatchObject({ kind: 'discipline', jurisdictionCode: '2203' });
    expect(await units.findOneByOrFail({ name: '村声受理中心' })).toMatchObject({ kind: 'petition_office', jurisdictionCode: 'root' });
    for (const d of COUNTY_UNITS) expect(await units.countBy({ kind: d.kind as Unit['kind'], jurisdictionCode: '220382' })).toBe(1);
  });

  it('staffs every unit with a head, and every village with a 包村干部 from its township', async () => {
    const staff = db.ds.getRepository(Staff);
    const hcz = await db.ds.getRepository(Unit).findOneByOrFail({ name: '火车站乡人民政府' });
    const head = await staff.findOneByOrFail({ id: hcz.headStaffId! });
    expect(head).toMatchObject({ role: 'leader', position: 'unit_head', unitId: hcz.id, title: '乡长' });
    expect(head.phone).toMatch(/^1\d{10}$/);
    expect(await staff.countBy({ unitId: hcz.id, role: 'cadre' })).toBe(2);

    const a = await db.ds.getRepository(VillageAssignment).findBy({ villageCode: '430502202205' });
    expect(a).toHaveLength(1);
    const cadre = await staff.findOneByOrFail({ id: a[0].staffId });
    expect(cadre).toMatchObject({ role: 'cadre', unitId: hcz.id, title: '包村干部' });

    // Every village of the two counties is covered.
    const villages = Number(await db.ds.getRepository(Jurisdiction).countBy({ level: 'village' }));
    expect(Number(await db.ds.getRepository(VillageAssignment).count())).toBe(villages);

    // No unit without a head except governments and the root office.
    const headless = await db.ds.getRepository(Unit).findBy({ headStaffId: IsNull() });
    expect(new Set(headless.map((u) => u.kind))).toEqual(new Set(['county_gov', 'city_gov', 'petition_office']));
    expect(headless.filter((u) => u.kind === 'petition_office').map((u) => u.jurisdictionCode)).toEqual(['root']);
  });

  it('gives each county a secretary, three leaders in charge, a discipline head and an admin', async () => {
    const staff = db.ds.getRepository(Staff);
    const sec = await staff.findBy({ position: 'county_secretary', jurisdictionCode: '220382' });
    expect(sec).toHaveLength(1);
    expect(sec[0]).toMatchObject({ role: 'leader', title: '市委书记' });
    expect((await staff.findOneByOrFail({ position: 'county_secretary', jurisdictionCode: '430502' })).title).toBe('区委书记');

    const leaders = await staff.findBy({ position: 'county_leader', jurisdictionCode: '430502' });
    expect(leaders).toHaveLength(3);
    expect(leaders.every((l) => l.role === 'leader' && l.title === '副区长')).toBe(true);
    const covered = leaders.flatMap((l) => l.categories ?? []).sort();
    expect(covered).toEqual(['dispute', 'education', 'housing', 'infrastructure', 'medical', 'other', 'poverty_policy', 'wages', 'water', 'welfare']);

    const disc = await db.ds.getRepository(Unit).findOneByOrFail({ name: '双清区纪委监委' });
    const discHead = await staff.findOneByOrFail({ id: disc.headStaffId! });
    expect(discHead).toMatchObject({ role: 'leader', position: 'unit_head', categories: ['misconduct'] });

    const office = await db.ds.getRepository(Unit).findOneByOrFail({ name: '双清区信访局' });
    const admins = await staff.findBy({ role: 'admin' });
    expect(admins).toHaveLength(2);
    const admin = admins.find((s) => s.unitId === office.id)!;
    expect(admin).toMatchObject({ jurisdictionCode: '430502', title: '信访局局长' });
    expect(office.headStaffId).toBe(admin.id);
  });

  it('uses unique believable names and phones', async () => {
    const all = await db.ds.getRepository(Staff).find();
    for (const s of all) expect(s.name).toMatch(/^[\u4e00-\u9fff]{2,3}$/);
    expect(new Set(all.map((s) => s.phone)).size).toBe(all.length);
  });

  it('seeds reference data: categories, default routing rules, one deadline policy per urgency', async () => {
    const cats = await db.ds.getRepository(Category).find({ order: { sortOrder: 'ASC' } });
    expect(cats.map((c) => c.code)).toContain('water');
    expect(cats.find((c) => c.code === 'water')!.keywords).toContain('自来水');
    expect(Number(await db.ds.getRepository(RoutingRule).count())).toBe(DEFAULT_ROUTING_RULES.length);
    const policies = await db.ds.getRepository(DeadlinePolicyRow).find();
    expect(policies.map((p) => p.urgency).sort()).toEqual(['complex', 'emergency', 'ordinary', 'utilities']);
    expect(policies.every((p) => p.category === null && p.jurisdictionCode === null)).toBe(true);
    expect(policies.find((p) => p.urgency === 'emergency')).toMatchObject({ resolveValue: 2, resolveUnit: 'hours' });
  });

  it('returns counts that match the database', async () => {
    const c = await counts(db.ds);
    expect(first.counties).toEqual({ seeded: ['430502', '220382'], skipped: [] });
    expect(first.units).toBe(c.Unit);
    expect(first.staff).toBe(c.Staff);
    expect(first.villageAssignments).toBe(c.VillageAssignment);
    expect(first.divisions.inserted).toBe(c.Jurisdiction);
    expect(first.categories).toBe(c.Category);
    // root + 2 cities × 3 + 2 counties × (1 + 9) + 12 + 19 townships
    expect(c.Unit).toBe(1 + 6 + 20 + 12 + 19);
  });

  it('changes nothing when run again, and is deterministic', async () => {
    const before = await counts(db.ds);
    const staffBefore = await db.ds.getRepository(Staff).find({ order: { id: 'ASC' } });
    const again = await seedDemo(db.ds, { areas: ['220382', '430502'] });
    expect(again).toMatchObject({
      counties: { seeded: [], skipped: ['220382', '430502'] },
      divisions: { inserted: 0 },
      categories: 0,
      routingRules: 0,
      deadlinePolicies: 0,
      units: 0,
      staff: 0,
      villageAssignments: 0,
    });
    expect(await counts(db.ds)).toEqual(before);
    expect(await ensureDemoSeeded(db.ds)).toBeNull();

    // A fresh database seeded the other way round gets the same people for the same county.
    const other = await createTestDb();
    try {
      await seedDemo(other.ds, { areas: ['430502'] });
      const names = async (ds: DataSource) =>
        (await ds.getRepository(Staff).find({ where: { jurisdictionCode: '430502' }, order: { name: 'ASC' } })).map((s) => `${s.name}/${s.phone}`);
      expect(await names(other.ds)).toEqual(await names(db.ds));
      expect(staffBefore.length).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });

  it('rejects unknown counties', async () => {
    await expect(seedDemo(db.ds, { areas: ['12345'] })).rejects.toThrow(/6-digit/);
    await expect(seedDemo(db.ds, { areas: ['999999'] })).rejects.toThrow(/unknown county/);
  });
});

describe('townshipUnitName', () => {
  it.each([
    ['火车站乡', '火车站乡人民政府'],
    ['茂林镇', '茂林镇人民政府'],
    ['郑家屯街道', '郑家屯街道办事处'],
    ['吉林双辽经济开发区', '吉林双辽经济开发区管理委员会'],
    ['某某农场', '某某农场'],
  ])('%s → %s', (name, unit) => expect(townshipUnitName(name)).toBe(unit));
});

describe('ensureDemoSeeded', () => {
  it('seeds all ten demo counties into an empty database, quickly', async () => {
    const db = await createTestDb();
    try {
      const s = await ensureDemoSeeded(db.ds);
      expect(s!.counties.seeded).toHaveLength(10);
      expect(s!.ms).toBeLessThan(20000);
      console.log(`seeded 10 counties in ${s!.ms} ms: ${JSON.stringify({ ...s, counties: undefined })}`);
      expect(await ensureDemoSeeded(db.ds)).toBeNull();
    } finally {
      await db.close();
    }
  }, 120000);
});
