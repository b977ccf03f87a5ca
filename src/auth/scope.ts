import type { EntityManager } from 'typeorm';
import { Staff } from '../entities/Staff';
import { Unit } from '../entities/Unit';
import { AppError, badRequest } from '../errors';
import type { Actor } from '../tickets/actor';

/**
 * Scoped administration. A county admin administers its own county: the rows whose jurisdiction
 * code starts with its `area`. Nationwide rows (no code) and those of the province or city above
 * apply to its county too, so it reads them, but only a system-wide admin changes them. Rows of
 * other counties do not exist for it (404, like a ticket outside one's scope).
 */

/** The area an administrator administers: '' = everywhere (sysadmin, internal), null = not an administrator. */
export function adminArea(a: Actor): string | null {
  if (a.kind === 'sysadmin' || a.kind === 'system') return '';
  if (a.kind === 'admin') return a.area;
  return null;
}

export const inArea = (code: string | null | undefined, area: string): boolean => area === '' || (!!code && code.startsWith(area));

/** The codes above a county whose rows apply to it: its province and city ('43', '4305'). */
export const areaAncestors = (area: string): string[] => (area.length >= 6 ? [area.slice(0, 2), area.slice(0, 4)] : []);

/** A row (rule, policy) by its jurisdiction code, as the administrator may see and change it. */
export function rowAccess(code: string | null, area: string): 'write' | 'read' | 'none' {
  if (area === '' || (code !== null && code.startsWith(area))) return 'write';
  if (code === null || areaAncestors(area).includes(code)) return 'read';
  return 'none';
}

/** A county admin creates rows only inside its county; nationwide and higher rows are the sysadmin's. */
export function requireWritableCode(code: string | null, area: string, field = 'jurisdictionCode'): void {
  if (area === '' || (code !== null && code.startsWith(area))) return;
  const message = code === null ? '全国默认规则只能由系统管理员修改，请填写本县（区）的区域代码' : `只能管理本县（区）（${area}）范围内的区域`;
  throw new AppError(403, 'forbidden', message, field);
}

/** Where a member of staff works: their own jurisdiction, else their unit's. */
export const staffJurisdiction = (staff: Pick<Staff, 'jurisdictionCode'>, unit: Pick<Unit, 'jurisdictionCode'> | null | undefined): string | null =>
  staff.jurisdictionCode ?? unit?.jurisdictionCode ?? null;

/** The county (6 digits) of a jurisdiction code, null above county level. */
export const countyOfCode = (code: string | null): string | null => (code && /^\d{6}/.test(code) ? code.slice(0, 6) : null);

/** The county a member of staff belongs to (a county admin administers it). */
export async function staffCounty(m: EntityManager, staff: Staff): Promise<string | null> {
  const unit =
    !staff.jurisdictionCode && staff.unitId ? await m.findOne(Unit, { where: { id: staff.unitId }, select: { id: true, jurisdictionCode: true } }) : null;
  return countyOfCode(staffJurisdiction(staff, unit));
}

/**
 * Staff an administrator may act on (bind codes): in its county, else the same answer as for an id
 * that does not exist, so another county's staff cannot be probed (nor bound to a WeChat).
 */
export async function requireStaffInArea(m: EntityManager, area: string, staffId: number): Promise<void> {
  if (area === '') return;
  const staff = await m.findOne(Staff, { where: { id: staffId } });
  const county = staff ? await staffCounty(m, staff) : null;
  if (!county || !county.startsWith(area)) throw badRequest(`工作人员 ${staffId} 不存在`, 'staffId');
}
