import { staffCounty, staffJurisdiction } from '../../auth/scope';
import { EntityManager } from 'typeorm';
import { Staff } from '../../entities/Staff';
import { Unit } from '../../entities/Unit';
import { Petitioner } from '../../entities/Petitioner';
import type { Actor } from '../../tickets';

/**
 * A WeChat person as the core knows them: `<botAccount>:<contactId>`. Contact ids belong to one
 * bot account (and, on web protocols, to one login), hence the prefix.
 */
export const wechatKey = (botAccount: string, contactId: string) => `${botAccount}:${contactId}`.slice(0, 128);

export async function staffByWechat(m: EntityManager, botAccount: string, contactId: string): Promise<Staff | null> {
  return m.findOne(Staff, { where: { wechatId: wechatKey(botAccount, contactId), active: true } });
}

export async function petitionerByWechat(m: EntityManager, botAccount: string, contactId: string): Promise<Petitioner | null> {
  return m.findOne(Petitioner, { where: { wechatId: wechatKey(botAccount, contactId) }, order: { id: 'ASC' } });
}

/** The actor a bound member of staff acts as in chat (as their API token would). */
export { staffActor } from '../../tickets/staff-actor';

export const villagerActor = (petitionerId: number): Actor => ({ kind: 'villager', petitionerId, tokenId: 0 });

/** The area a member of staff may bind groups in: their own, else their unit's; a county admin its county. */
export async function staffArea(m: EntityManager, staff: Staff): Promise<string | null> {
  if (staff.role === 'admin') return staffCounty(m, staff);
  const unit = !staff.jurisdictionCode && staff.unitId ? await m.findOne(Unit, { where: { id: staff.unitId } }) : null;
  return staffJurisdiction(staff, unit);
}
