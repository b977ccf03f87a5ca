import type { EntityManager } from 'typeorm';
import type { Staff } from '../entities/Staff';
import { Unit } from '../entities/Unit';
import { unitChain } from '../routing/reference';
import { countyOfCode, staffJurisdiction } from '../auth/scope';
import type { Actor } from './actor';
import type { Ticket } from '../entities/Ticket';
import { coUnitIdsOf } from './presenters/many';
import { canRead, isConfidential } from './policies';

/**
 * The actor a member of staff is, wherever they come from (an API token, a bound WeChat, a
 * notice the ladder is about to send them): the same unit chain decides what they may read.
 * Null for a county admin without a county to administer.
 */
export async function staffActor(m: EntityManager, staff: Staff, tokenId = 0): Promise<Extract<Actor, { kind: 'admin' | 'cadre' | 'leader' }> | null> {
  const unit = staff.unitId ? await m.findOne(Unit, { where: { id: staff.unitId } }) : null;
  const chain = await unitChain(m, staff.unitId);
  if (staff.role === 'admin') {
    const area = countyOfCode(staffJurisdiction(staff, unit));
    return area ? { kind: 'admin', staff, unit, area, unitChain: chain, tokenId } : null;
  }
  return { kind: staff.role, staff, unit, unitChain: chain, tokenId };
}

/**
 * Whether a notice about this ticket may go to this member of staff: always for ordinary tickets
 * (their recipients read them by construction); for a confidential one (misconduct, an accused
 * unit) only if they may read it. Used by the commands' notices and by the escalation ladder.
 */
export async function mayBeToldOf(m: EntityManager, staff: Staff, t: Ticket): Promise<boolean> {
  if (!isConfidential(t)) return true;
  const actor = await staffActor(m, staff);
  if (!actor) return false;
  return canRead(actor, { ticket: t, units: [t.handlingUnitId, ...(await coUnitIdsOf(m, t))] });
}
