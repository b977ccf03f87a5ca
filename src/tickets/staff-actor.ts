import type { EntityManager } from 'typeorm';
import type { Staff } from '../entities/Staff';
import { Unit } from '../entities/Unit';
import { unitChain } from '../routing/reference';
import type { Actor } from './actor';

/**
 * The actor a member of staff is, wherever they come from (an API token, a bound WeChat, a
 * notice the ladder is about to send them): the same unit chain decides what they may read.
 * Null for a county admin without a county to administer.
 */
export async function staffActor(m: EntityManager, staff: Staff, tokenId = 0): Promise<Extract<Actor, { kind: 'admin' | 'cadre' | 'leader' }> | null> {
  const unit = staff.unitId ? await m.findOne(Unit, { where: { id: staff.unitId } }) : null;
  const chain = await unitChain(m, staff.unitId);
  if (staff.role === 'admin') {
    const area = (staff.jurisdictionCode ?? unit?.jurisdictionCode ?? '').slice(0, 6);
    return area.length === 6 ? { kind: 'admin', staff, unit, area, unitChain: chain, tokenId } : null;
  }
  return { kind: staff.role, staff, unit, unitChain: chain, tokenId };
}
