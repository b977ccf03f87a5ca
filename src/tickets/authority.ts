import type { Unit } from '../entities/Unit';
import { Actor, hasUnit } from './actor';
import { administers, canRead, isConfidential, TicketScope } from './policies';

/**
 * Who may direct the work on a ticket from above it. Pure predicates over the loaded scope.
 * 督办 and objection decisions belong to leaders of a unit above the handling unit
 * (county leaders over townships and county departments, the city over the county), never to the
 * handling or co-handling unit itself (信访工作条例: 上级机关督办; a unit does not grade its own work).
 */

/** A member of a unit strictly above the lead unit, not working the ticket, who may read it. */
export function isAboveHandlingUnit(a: Actor, scope: TicketScope): boolean {
  if (!hasUnit(a) || a.staff.unitId === null) return false;
  if (scope.units.includes(a.staff.unitId)) return false;
  return (scope.above ?? []).includes(a.staff.unitId) && canRead(a, scope);
}

/** 挂牌督办 and 包案: a leader above the handling unit, or the petition office administering the area. */
export function canSupervise(a: Actor, scope: TicketScope): boolean {
  if (a.kind === 'system') return true;
  if (a.kind === 'leader') return isAboveHandlingUnit(a, scope);
  return isOfficeOver(a, scope);
}

/**
 * The one legal extension is approved by the handling unit's head (信访工作条例 Art. 33: 经本机关、
 * 单位负责人批准), nobody else: this admits members of the handling unit, and the command checks
 * that the caller is its head (unit.headStaffId), which the scope does not carry.
 */
export function canApproveExtension(a: Actor, scope: TicketScope): boolean {
  if (a.kind === 'system') return true;
  return hasUnit(a) && a.staff.unitId !== null && a.staff.unitId === scope.ticket.handlingUnitId && canRead(a, scope);
}

/** Objections are decided by the common superior or the petition office of the area (Art. 23–24). */
export function canDecideObjection(a: Actor, scope: TicketScope): boolean {
  if (a.kind === 'system') return true;
  if (a.kind === 'leader') return isAboveHandlingUnit(a, scope);
  return isOfficeOver(a, scope);
}

/** Administration (county admin within its county, sysadmin) that is not itself working the ticket. */
function isOfficeOver(a: Actor, scope: TicketScope): boolean {
  if (a.kind !== 'admin' && a.kind !== 'sysadmin') return false;
  if (!administers(a, scope.ticket)) return false;
  const unitId = a.staff?.unitId ?? null;
  return unitId === null || !scope.units.includes(unitId);
}

/**
 * Transfers stay within the ticket's county or go up to the levels above it (a wrongly routed
 * ticket goes to the right unit, not into another county), unless the petition office moves it;
 * never to the accused unit. A discipline commission takes reports only: a complaint about cadres
 * goes there by 更正类别, which shuts the accused side out; moved there as it stands, it would stay
 * readable by the leaders over the place, the commission's findings with it.
 */
export function transferTargetError(
  a: Actor,
  scope: TicketScope,
  target: Pick<Unit, 'jurisdictionCode' | 'kind'>,
  /** The target unit and the units above it: under the accused unit is the accused side too. */
  targetChain: number[],
): { code: 'accused_unit' | 'other_county' | 'not_a_report'; message: string } | null {
  if (scope.ticket.accusedUnitId !== null && targetChain.includes(scope.ticket.accusedUnitId))
    return { code: 'accused_unit', message: '不能转交被反映单位办理' };
  if (target.kind === 'discipline' && !isConfidential(scope.ticket))
    return { code: 'not_a_report', message: '转交纪委监委请更正类别为“干部作风”（被反映单位及其上级将无法查看）' };
  if (a.kind === 'admin' || a.kind === 'sysadmin' || a.kind === 'system') return null;
  const county = (scope.ticket.countyCode ?? scope.ticket.villageCode ?? '').slice(0, 6);
  // Within the county, or up to the city or province above it; never sideways into another county.
  const inside = target.jurisdictionCode.startsWith(county);
  const above = target.jurisdictionCode.length < 6 && county.startsWith(target.jurisdictionCode);
  if (county.length === 6 && !inside && !above) return { code: 'other_county', message: '只能转交本县（市、区）或上级的单位，跨县转办请联系信访局' };
  return null;
}
