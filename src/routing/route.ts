import { EntityManager } from 'typeorm';
import { RoutingRule } from '../entities/RoutingRule';
import { Unit } from '../entities/Unit';
import { detectAccused } from './accused';
import { cachedLookup, cachedRules, cachedUnitAt, cachedUnits, invalidateReference } from './reference';

export interface RouteInput {
  category: string;
  villageCode: string | null;
  /** County of the ticket when the village is unknown (channel context or candidates' shared county). */
  countyCode: string | null;
  /**
   * Township named without a village (or the group's township): routed as that township's
   * village would be, with the village unknown. Ignored when villageCode is set.
   */
  townshipCode?: string | null;
  text: string;
}

export interface RouteResult {
  lead: Unit;
  co: Unit[];
  assigneeId: number | null;
  accusedUnitId: number | null;
  /** Why: shown in the ticket history so an objection can argue with it. */
  reason: string;
}

export const ROOT_OFFICE_CODE = 'root';

const townshipOf = (village: string) => village.slice(0, 9);
const countyOf = (code: string) => code.slice(0, 6);
const cityOf = (code: string) => code.slice(0, 4);

// Units change rarely: read through the short-lived reference cache (src/routing/reference.ts).
const unitAt = cachedUnitAt;

export async function rootOffice(m: EntityManager): Promise<Unit> {
  const u = await unitAt(m, ROOT_OFFICE_CODE, ['petition_office']);
  if (u) return u;
  // The cache may remember "none" from before another transaction created it: ask the database.
  const found = await m.findOne(Unit, { where: { jurisdictionCode: ROOT_OFFICE_CODE, kind: 'petition_office' }, order: { id: 'ASC' } });
  invalidateReference(m.connection);
  if (found) return found;
  // Never lose a complaint for want of an office: the root office is created on first need.
  return m.save(m.create(Unit, { name: '村声受理中心', kind: 'petition_office', jurisdictionCode: ROOT_OFFICE_CODE, parentUnitId: null, headStaffId: null }));
}

export async function petitionOffice(m: EntityManager, countyCode: string | null): Promise<Unit> {
  if (countyCode && countyCode.length >= 6) {
    const u = await unitAt(m, countyOf(countyCode), ['petition_office']);
    if (u) return u;
    const city = await unitAt(m, cityOf(countyCode), ['petition_office']);
    if (city) return city;
  }
  return rootOffice(m);
}

/**
 * The one county this installation serves (a county on one small server: exactly one county-level
 * petition office), else null. A complaint that names no place goes to that county, not to the
 * root office, whose queue no county's staff reads.
 */
export function servedCounty(m: EntityManager): Promise<string | null> {
  return cachedLookup(m, 'served-county', async () => {
    const rows: { code: string }[] = await m
      .createQueryBuilder(Unit, 'u')
      .select('DISTINCT u.jurisdictionCode', 'code')
      .where('u.kind = :kind', { kind: 'petition_office' })
      .andWhere('LENGTH(u.jurisdictionCode) = 6')
      .limit(2)
      .getRawMany();
    return rows.length === 1 ? rows[0].code : null;
  });
}

/** Most specific jurisdiction first, then priority. */
export function pickRule(rules: RoutingRule[], code: string | null): RoutingRule | null {
  const applicable = rules.filter((r) => r.jurisdictionCode === null || (code !== null && code.startsWith(r.jurisdictionCode)));
  applicable.sort((a, b) => (b.jurisdictionCode?.length ?? 0) - (a.jurisdictionCode?.length ?? 0) || b.priority - a.priority || a.id - b.id);
  return applicable[0] ?? null;
}

/**
 * The first-assigned active 包村干部 of the village who works in the lead unit (one query, kept
 * with the reference data: assignments change by administration, not per ticket).
 */
function villageCadre(m: EntityManager, villageCode: string, unitId: number): Promise<number | null> {
  return cachedLookup(m, `cadre|${villageCode}|${unitId}`, async () => {
    const rows: { staffId: number | string }[] = await m.query(
      'SELECT va.staffId AS staffId FROM village_assignment va INNER JOIN staff s ON s.id = va.staffId ' +
        'WHERE va.villageCode = ? AND s.unitId = ? AND s.active = 1 ORDER BY va.id ASC LIMIT 1',
      [villageCode, unitId],
    );
    return rows.length ? Number(rows[0].staffId) : null;
  });
}

async function routeMisconduct(m: EntityManager, input: RouteInput, code: string): Promise<RouteResult> {
  const accused = detectAccused(input.text);
  const county = countyOf(code);
  if (accused?.level === 'county') {
    // A county unit or leader is accused: the city's commission handles it, the county never sees it.
    const accusedUnit = accused.unitKind ? await unitAt(m, county, [accused.unitKind]) : await unitAt(m, county, ['county_gov']);
    const lead = (await unitAt(m, cityOf(code), ['discipline'])) ?? (await petitionOffice(m, null));
    return { lead, co: [], assigneeId: null, accusedUnitId: accusedUnit?.id ?? null, reason: `反映${accused.matched}问题，由上级纪委监委办理` };
  }
  const twCode = input.villageCode ? townshipOf(input.villageCode) : input.townshipCode && input.townshipCode.length === 9 ? input.townshipCode : null;
  const township = twCode ? await unitAt(m, twCode, ['township_gov']) : null;
  const lead = (await unitAt(m, county, ['discipline'])) ?? (await unitAt(m, cityOf(code), ['discipline'])) ?? (await petitionOffice(m, county));
  return {
    lead,
    co: [],
    assigneeId: null,
    // Village cadres answer to the township, so the township is kept out as well.
    accusedUnitId: township?.id ?? null,
    reason: accused ? `反映${accused.matched}问题，由县级纪委监委办理` : '干部作风问题由纪委监委办理',
  };
}

export async function routeTicket(m: EntityManager, input: RouteInput): Promise<RouteResult> {
  const code = input.villageCode ?? input.townshipCode ?? input.countyCode;
  if (input.category === 'misconduct' && code && code.length >= 6) return routeMisconduct(m, input, code);
  if (!input.villageCode) {
    const tw = input.townshipCode && input.townshipCode.length === 9 ? input.townshipCode : null;
    if (tw) return routeByRule(m, input, tw);
    // A county named (or known from the channel) goes to that county's office, never the root.
    const lead = await petitionOffice(m, input.countyCode ?? null);
    const reason = input.countyCode ? '未说明乡镇和村，由县级信访部门核实后交办' : '地点未能确定，由信访部门核实后交办';
    return { lead, co: [], assigneeId: null, accusedUnitId: null, reason };
  }
  return routeByRule(m, input, input.villageCode);
}

/**
 * The category's rule for a place: a village (its 包村 cadre gets it first), or a township whose
 * village is unknown (the same rule, the reason says the village is to be checked). 属地 categories
 * go to the township government, 主管 categories to the county department with the township
 * co-handling.
 */
async function routeByRule(m: EntityManager, input: RouteInput, place: string): Promise<RouteResult> {
  const isVillage = place.length > 9;
  const unknown = isVillage ? '' : '（村未说明，请核实）';
  const all = await cachedRules(m);
  const rule =
    pickRule(
      all.filter((r) => r.category === input.category),
      place,
    ) ??
    pickRule(
      all.filter((r) => r.category === 'other' && r.jurisdictionCode === null),
      place,
    );
  const township = await unitAt(m, townshipOf(place), ['township_gov']);
  let lead: Unit | null = null;
  let reason = '';
  switch (rule?.target) {
    case 'county_unit':
      lead = await unitAt(m, countyOf(place), [rule.unitKind ?? '']);
      reason = `谁主管、谁负责：由县级主管部门办理${unknown}`;
      break;
    case 'unit':
      lead = rule.unitId ? ((await cachedUnits(m, [rule.unitId])).get(rule.unitId) ?? null) : null;
      reason = '按专项规则交办';
      break;
    case 'petition_office':
      lead = await petitionOffice(m, place);
      reason = '由信访部门办理';
      break;
    case 'discipline':
      return routeMisconduct(m, input, place);
    case 'township':
    default:
      lead = township;
      reason = `属地管理：由所在乡镇（街道）办理${unknown}`;
  }
  if (!lead) return { lead: await petitionOffice(m, place), co: [], assigneeId: null, accusedUnitId: null, reason: '未找到承办单位，由信访部门兜底交办' };
  const co = rule?.coHandler === 'township' && township && township.id !== lead.id ? [township] : [];
  const assigneeId = isVillage ? await villageCadre(m, place, lead.id) : null;
  return { lead, co, assigneeId, accusedUnitId: null, reason };
}
