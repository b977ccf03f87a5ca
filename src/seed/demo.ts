import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { CATEGORIES } from '../classify/categories';
import { DEFAULT_POLICIES } from '../clocks/deadlines';
import { isMysql } from '../db/datasource';
import { inTransaction } from '../db/tx';
import { acquireLease, makeHolder, releaseLease } from '../jobs/lease';
import { Category } from '../entities/Category';
import { DeadlinePolicyRow } from '../entities/DeadlinePolicy';
import { Jurisdiction } from '../entities/Jurisdiction';
import { RoutingRule } from '../entities/RoutingRule';
import { Staff } from '../entities/Staff';
import { Unit, UnitKind } from '../entities/Unit';
import { VillageAssignment } from '../entities/VillageAssignment';
import { importDivisions, ImportDivisionsResult } from '../gazetteer/import';
import { PLACEHOLDER_NAMES } from '../gazetteer/normalize';
import { COUNTY_UNITS, DEFAULT_ROUTING_RULES } from '../routing/defaults';
import { Namer } from './names';

/** The places in the source reports (see DOMAIN.md): 双辽市, 辽源市's four, 四平市's three, 泌阳县, 双清区. */
export const DEMO_AREAS: readonly string[] = [
  '220382', // 双辽市
  '220402', // 辽源市 龙山区
  '220403', // 辽源市 西安区
  '220421', // 辽源市 东丰县
  '220422', // 辽源市 东辽县
  '220322', // 四平市 梨树县
  '220323', // 四平市 伊通满族自治县
  '220302', // 四平市 铁西区
  '411726', // 驻马店市 泌阳县
  '430502', // 邵阳市 双清区
];

export const ROOT_OFFICE_NAME = '村声受理中心';
export const ROOT_JURISDICTION = 'root';

/** Rows added by one run; a second run over the same areas returns zeros. */
export interface SeedSummary {
  divisions: ImportDivisionsResult;
  counties: { seeded: string[]; skipped: string[] };
  categories: number;
  routingRules: number;
  deadlinePolicies: number;
  units: number;
  staff: number;
  villageAssignments: number;
  ms: number;
}

/** County leaders in charge (分管县领导) and what each one covers. */
const COUNTY_LEADER_PORTFOLIOS: string[][] = [
  ['water', 'housing', 'infrastructure'],
  ['education', 'medical', 'welfare'],
  ['wages', 'poverty_policy', 'dispute', 'other'],
];

const INSERT_CHUNK = 200;

type StaffSeed = Omit<Staff, 'id'>;
type Added = { units: number; staff: number; villageAssignments: number };

/**
 * Imports the areas' divisions and builds a believable organisation around them: reference data
 * (categories, routing rules, deadline policies), a root office, per city its government,
 * 纪委监委 and 信访局, per county its government, departments, townships, leaders and 包村干部.
 * Each county is one transaction and counties that already have a government are skipped, so
 * it can be re-run and extended with more areas.
 */
export async function seedDemo(ds: DataSource, opts: { areas?: string[] } = {}): Promise<SeedSummary> {
  const started = Date.now();
  const areas = [...new Set(opts.areas ?? DEMO_AREAS)];
  for (const a of areas) if (!/^\d{6}$/.test(a)) throw new Error(`not a 6-digit county code: ${a}`);
  if (!areas.length) throw new Error('seedDemo: no areas');

  return withSeedLock(ds, async () => {
    const divisions = await importDivisions(ds, { areas });
    const places = await loadPlaces(ds.manager, areas);

    const summary: SeedSummary = {
      divisions,
      counties: { seeded: [], skipped: [] },
      categories: 0,
      routingRules: 0,
      deadlinePolicies: 0,
      units: 0,
      staff: 0,
      villageAssignments: 0,
      ms: 0,
    };
    const add = (a: Added) => {
      summary.units += a.units;
      summary.staff += a.staff;
      summary.villageAssignments += a.villageAssignments;
    };

    await inTransaction(ds, async ({ manager }) => {
      summary.categories = await seedCategories(manager);
      summary.routingRules = await seedRoutingRules(manager);
      summary.deadlinePolicies = await seedDeadlinePolicies(manager);
      add(await seedRootOffice(manager));
    });

    const cityCodes = [...new Set(areas.map((a) => a.slice(0, 4)))];
    for (const city of cityCodes) {
      add(await inTransaction(ds, ({ manager }) => seedCity(manager, places, city)));
    }
    for (const county of areas) {
      const added = await inTransaction(ds, ({ manager }) => seedCounty(manager, places, county));
      if (added) {
        summary.counties.seeded.push(county);
        add(added);
      } else {
        summary.counties.skipped.push(county);
      }
    }
    summary.ms = Date.now() - started;
    return summary;
  });
}

/** Seeds the demo when the database has no units at all (first `npm start` on an empty database). */
export async function ensureDemoSeeded(ds: DataSource): Promise<SeedSummary | null> {
  const units = Number(await ds.getRepository(Unit).count());
  if (units > 0) return null;
  return seedDemo(ds);
}

/** What a county needs whatever its organisation: categories, default routing rules, deadline policies. */
export interface ReferenceSummary {
  categories: number;
  routingRules: number;
  deadlinePolicies: number;
}

/**
 * Reference data only, no units and no people (SEED_DEMO=0): the county's own organisation comes
 * from org:import. Adds only what is missing, so an admin's edits survive and it is safe to re-run.
 */
export async function seedReference(ds: DataSource): Promise<ReferenceSummary> {
  return withSeedLock(ds, () =>
    inTransaction(ds, async ({ manager }) => ({
      categories: await seedCategories(manager),
      routingRules: await seedRoutingRules(manager),
      deadlinePolicies: await seedDeadlinePolicies(manager),
    })),
  );
}

// ---------------------------------------------------------------------------------------------

/**
 * Several app instances may start on one empty MySQL database at once; a lease row held around
 * the whole seed makes the others wait and then find everything done. A row, not GET_LOCK: a
 * named lock is local to one Galera node, while the row's update is certified cluster-wide.
 * SQLite needs none: inTransaction serialises one process, and each step re-checks inside its
 * transaction.
 */
async function withSeedLock<T>(ds: DataSource, fn: () => Promise<T>): Promise<T> {
  if (!isMysql(ds)) return fn();
  const holder = makeHolder();
  const deadline = Date.now() + SEED_LOCK_MS;
  while (!(await acquireLease(ds, SEED_LOCK, holder, { ttlMs: SEED_LOCK_MS }))) {
    if (Date.now() > deadline) throw new Error('timed out waiting for another seed to finish');
    await new Promise((r) => setTimeout(r, 200));
  }
  try {
    return await fn();
  } finally {
    await releaseLease(ds, SEED_LOCK, holder).catch(() => undefined);
  }
}

const SEED_LOCK = 'seed';
const SEED_LOCK_MS = 300_000;

interface Places {
  byCode: Map<string, Jurisdiction>;
}

async function loadPlaces(m: EntityManager, areas: string[]): Promise<Places> {
  const codes = new Set<string>();
  for (const a of areas) codes.add(a).add(a.slice(0, 4)).add(a.slice(0, 2));
  const rows = await m.find(Jurisdiction, { where: { code: In([...codes]) } });
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const unknown = areas.filter((a) => byCode.get(a)?.level !== 'county');
  if (unknown.length) throw new Error(`unknown county codes: ${unknown.join(', ')}`);
  return { byCode };
}

/** 市辖区 and 省直辖县级行政区划 are placeholders: such counties are governed from the province. */
function cityName(places: Places, cityCode: string): string {
  const city = places.byCode.get(cityCode);
  if (city && !PLACEHOLDER_NAMES.has(city.name)) return city.name;
  return places.byCode.get(cityCode.slice(0, 2))?.name ?? city?.name ?? cityCode;
}

async function seedCategories(m: EntityManager): Promise<number> {
  const have = new Set((await m.find(Category, { select: { code: true } })).map((c) => c.code));
  const rows = CATEGORIES.map((c, i) => ({
    code: c.code,
    name: c.name,
    description: c.description.slice(0, 200),
    keywords: c.keywords,
    sortOrder: (i + 1) * 10,
  })).filter((c) => !have.has(c.code));
  if (rows.length) await m.createQueryBuilder().insert().into(Category).values(rows).orIgnore().updateEntity(false).execute();
  return rows.length;
}

/** Adds a default only for categories with no nationwide rule, so an admin's edits survive re-seeding. */
async function seedRoutingRules(m: EntityManager): Promise<number> {
  const have = new Set((await m.find(RoutingRule, { where: { jurisdictionCode: IsNull() } })).map((r) => r.category));
  const rows = DEFAULT_ROUTING_RULES.filter((r) => !have.has(r.category));
  if (rows.length) await m.createQueryBuilder().insert().into(RoutingRule).values(rows).updateEntity(false).execute();
  return rows.length;
}

async function seedDeadlinePolicies(m: EntityManager): Promise<number> {
  const have = new Set((await m.find(DeadlinePolicyRow, { where: { category: IsNull(), jurisdictionCode: IsNull() } })).map((r) => r.urgency));
  const rows = Object.entries(DEFAULT_POLICIES)
    .filter(([urgency]) => !have.has(urgency))
    .map(([urgency, p]) => ({
      category: null,
      urgency,
      jurisdictionCode: null,
      responseValue: p.responseWithin.value,
      responseUnit: p.responseWithin.unit,
      resolveValue: p.resolveWithin.value,
      resolveUnit: p.resolveWithin.unit,
    }));
  if (rows.length) await m.createQueryBuilder().insert().into(DeadlinePolicyRow).values(rows).updateEntity(false).execute();
  return rows.length;
}

async function seedRootOffice(m: EntityManager): Promise<Added> {
  const existing = await m.findOne(Unit, { where: { kind: 'petition_office', jurisdictionCode: ROOT_JURISDICTION } });
  if (existing) return { units: 0, staff: 0, villageAssignments: 0 };
  await m.insert(Unit, { name: ROOT_OFFICE_NAME, kind: 'petition_office', jurisdictionCode: ROOT_JURISDICTION, parentUnitId: null, headStaffId: null });
  return { units: 1, staff: 0, villageAssignments: 0 };
}

/** City government, 纪委监委 (misconduct of county units goes one level up) and 信访局. */
async function seedCity(m: EntityManager, places: Places, cityCode: string): Promise<Added> {
  const name = cityName(places, cityCode);
  const existing = await m.find(Unit, { where: { jurisdictionCode: cityCode } });
  const byKind = new Map(existing.map((u) => [u.kind, u]));
  let units = 0;
  let gov = byKind.get('city_gov');
  if (!gov) {
    gov = await insertUnit(m, { name: `${name}人民政府`, kind: 'city_gov', jurisdictionCode: cityCode, parentUnitId: null });
    units++;
  }
  const fresh: Unit[] = [];
  for (const [kind, suffix] of [
    ['discipline', '纪委监委'],
    ['petition_office', '信访局'],
  ] as const) {
    if (byKind.has(kind)) continue;
    fresh.push(await insertUnit(m, { name: `${name}${suffix}`, kind, jurisdictionCode: cityCode, parentUnitId: gov.id }));
    units++;
  }
  if (!fresh.length) return { units, staff: 0, villageAssignments: 0 };

  // The phone block of a city is its code + '00', which no county code uses.
  const namer = new Namer(`${cityCode}00`);
  const people: StaffSeed[] = [];
  const heads = new Map<number, string>();
  for (const u of fresh) {
    const head = person(namer, {
      role: 'leader',
      position: 'unit_head',
      unitId: u.id,
      jurisdictionCode: cityCode,
      title: u.kind === 'discipline' ? '市纪委书记、市监委主任' : '市信访局局长',
      categories: u.kind === 'discipline' ? ['misconduct'] : null,
    });
    people.push(head);
    heads.set(u.id, head.name);
    for (let i = 0; i < 2; i++) {
      people.push(person(namer, { role: 'cadre', unitId: u.id, title: u.kind === 'discipline' ? '纪检监察员' : '信访接待员' }));
    }
  }
  const ids = await insertStaff(
    m,
    people,
    fresh.map((u) => u.id),
  );
  for (const [unitId, headName] of heads) await m.update(Unit, { id: unitId }, { headStaffId: ids.get(headName)! });
  return { units, staff: people.length, villageAssignments: 0 };
}

/** 火车站乡 → 火车站乡人民政府, 红旗街道 → 红旗街道办事处, 吉林双辽经济开发区 → …管理委员会. */
export function townshipUnitName(name: string): string {
  if (/街道$/.test(name)) return `${name}办事处`;
  if (/(乡|镇|苏木)$/.test(name)) return `${name}人民政府`;
  if (/(开发区|园区|工业园|产业园|示范区|度假区|经济区|管理区|保税区|风景区|工业区|新区)$/.test(name)) return `${name}管理委员会`;
  return name; // 办事处, 管委会, 农场, 林场 … already name the body
}

function townshipHeadTitle(name: string): string {
  if (/镇$/.test(name)) return '镇长';
  if (/乡$/.test(name)) return '乡长';
  if (/苏木$/.test(name)) return '苏木达';
  if (/街道$/.test(name)) return '街道办事处主任';
  return '主任';
}

/** 双辽市 → 市, 双清区 → 区, 泌阳县 → 县: used in 市委书记 / 副区长 … */
function countyWord(name: string): string {
  const m = /(市|区|县|旗)$/.exec(name);
  return m ? m[1] : '县';
}

function departmentHeadTitle(kind: string, suffix: string): string {
  if (kind === 'discipline') return '纪委书记、监委主任';
  if (kind === 'petition_office') return '信访局局长';
  return suffix.endsWith('局') ? '局长' : '主任';
}

function departmentCadreTitle(kind: string): string {
  if (kind === 'discipline') return '纪检监察员';
  if (kind === 'petition_office') return '信访接待员';
  return '科员';
}

/** Returns null when the county already has a government (seeded before). */
async function seedCounty(m: EntityManager, places: Places, countyCode: string): Promise<Added | null> {
  if (await m.findOne(Unit, { where: { kind: 'county_gov', jurisdictionCode: countyCode } })) return null;
  const county = places.byCode.get(countyCode)!;
  const cityGov = await m.findOne(Unit, { where: { kind: 'city_gov', jurisdictionCode: countyCode.slice(0, 4) } });
  const cName = county.name;
  const word = countyWord(cName);

  // Units: the government first (its id is every other unit's parent), then one batch for the rest.
  const gov = await insertUnit(m, { name: `${cName}人民政府`, kind: 'county_gov', jurisdictionCode: countyCode, parentUnitId: cityGov?.id ?? null });
  const townships = await m.find(Jurisdiction, { where: { parentCode: countyCode, level: 'township' }, order: { code: 'ASC' } });
  const unitRows: Omit<Unit, 'id'>[] = [
    ...COUNTY_UNITS.map((d) => ({
      name: `${cName}${d.suffix}`,
      kind: d.kind as UnitKind,
      jurisdictionCode: countyCode,
      parentUnitId: gov.id,
      headStaffId: null,
    })),
    ...townships.map((t) => ({
      name: townshipUnitName(t.name),
      kind: 'township_gov' as const,
      jurisdictionCode: t.code,
      parentUnitId: gov.id,
      headStaffId: null,
    })),
  ];
  await insertChunks(m, Unit, unitRows);
  // Read back by natural key rather than trusting consecutive auto-increment ids (not guaranteed
  // under MySQL's interleaved lock mode or on TiDB).
  const children = await m.find(Unit, { where: { parentUnitId: gov.id } });
  const deptByKind = new Map(children.filter((u) => u.jurisdictionCode === countyCode).map((u) => [u.kind, u]));
  const townshipUnit = new Map(children.filter((u) => u.kind === 'township_gov').map((u) => [u.jurisdictionCode, u]));

  // People.
  const namer = new Namer(countyCode);
  const people: StaffSeed[] = [];
  const heads = new Map<number, string>();
  const townshipCadres = new Map<string, string[]>();

  people.push(
    person(namer, {
      role: 'leader',
      position: 'county_secretary',
      unitId: gov.id,
      jurisdictionCode: countyCode,
      title: `${word}委书记`,
    }),
  );
  for (const categories of COUNTY_LEADER_PORTFOLIOS) {
    people.push(
      person(namer, {
        role: 'leader',
        position: 'county_leader',
        unitId: gov.id,
        jurisdictionCode: countyCode,
        title: `副${word}长`,
        categories,
      }),
    );
  }
  for (const d of COUNTY_UNITS) {
    const u = deptByKind.get(d.kind as UnitKind)!;
    // The county 信访局's director is the county's admin (maintains units, rules, reassigns).
    const head = person(namer, {
      role: d.kind === 'petition_office' ? 'admin' : 'leader',
      position: 'unit_head',
      unitId: u.id,
      jurisdictionCode: countyCode,
      title: departmentHeadTitle(d.kind, d.suffix),
      categories: d.kind === 'discipline' ? ['misconduct'] : null,
    });
    people.push(head);
    heads.set(u.id, head.name);
    for (let i = 0; i < 2; i++) people.push(person(namer, { role: 'cadre', unitId: u.id, title: departmentCadreTitle(d.kind) }));
  }
  for (const t of townships) {
    const u = townshipUnit.get(t.code)!;
    const head = person(namer, {
      role: 'leader',
      position: 'unit_head',
      unitId: u.id,
      jurisdictionCode: t.code,
      title: townshipHeadTitle(t.name),
    });
    people.push(head);
    heads.set(u.id, head.name);
    const cadres = [0, 1].map(() => person(namer, { role: 'cadre', unitId: u.id, title: '包村干部' }));
    people.push(...cadres);
    townshipCadres.set(
      t.code,
      cadres.map((c) => c.name),
    );
  }
  const ids = await insertStaff(m, people, [gov.id, ...children.map((u) => u.id)]);

  for (const [unitId, headName] of heads) await m.update(Unit, { id: unitId }, { headStaffId: ids.get(headName)! });

  // 包村干部: each township's villages in two contiguous blocks, one per cadre.
  const villages = townships.length
    ? await m.find(Jurisdiction, {
        select: { code: true, parentCode: true },
        where: { parentCode: In(townships.map((t) => t.code)), level: 'village' },
        order: { code: 'ASC' },
      })
    : [];
  const byTownship = new Map<string, string[]>();
  for (const v of villages) {
    const list = byTownship.get(v.parentCode!) ?? [];
    list.push(v.code);
    byTownship.set(v.parentCode!, list);
  }
  const assignments: Omit<VillageAssignment, 'id'>[] = [];
  for (const [townshipCode, codes] of byTownship) {
    const cadres = townshipCadres.get(townshipCode)!;
    const half = Math.ceil(codes.length / cadres.length);
    codes.forEach((code, i) => {
      assignments.push({ villageCode: code, staffId: ids.get(cadres[Math.floor(i / half)])! });
    });
  }
  await insertChunks(m, VillageAssignment, assignments);

  return { units: 1 + unitRows.length, staff: people.length, villageAssignments: assignments.length };
}

function person(
  namer: Namer,
  p: Pick<StaffSeed, 'role' | 'unitId'> & Partial<Pick<StaffSeed, 'position' | 'title' | 'jurisdictionCode' | 'categories'>>,
): StaffSeed {
  return {
    name: namer.name(),
    role: p.role,
    position: p.position ?? null,
    title: p.title ?? null,
    unitId: p.unitId,
    jurisdictionCode: p.jurisdictionCode ?? null,
    categories: p.categories ?? null,
    phone: namer.phone(),
    wechatId: null,
    openid: null,
    active: true,
  };
}

async function insertUnit(m: EntityManager, u: Omit<Unit, 'id' | 'headStaffId'>): Promise<Unit> {
  const r = await m.insert(Unit, { ...u, headStaffId: null });
  return { ...u, headStaffId: null, id: Number(r.identifiers[0].id) };
}

async function insertChunks<T extends object>(m: EntityManager, entity: new () => T, rows: object[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INSERT_CHUNK) {
    await m
      .createQueryBuilder()
      .insert()
      .into(entity)
      .values(rows.slice(i, i + INSERT_CHUNK) as any)
      .updateEntity(false)
      .execute();
  }
}

/** Inserts in batches and maps name → id by reading the units' staff back (names are unique per namer). */
async function insertStaff(m: EntityManager, people: StaffSeed[], unitIds: number[]): Promise<Map<string, number>> {
  await insertChunks(m, Staff, people);
  const rows = await m.find(Staff, { select: { id: true, name: true }, where: { unitId: In(unitIds) } });
  return new Map(rows.map((r) => [r.name, Number(r.id)]));
}
