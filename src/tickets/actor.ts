import type { Staff } from '../entities/Staff';
import type { Unit } from '../entities/Unit';

/** Who is calling, resolved from the bearer token. */
export type Actor =
  | { kind: 'admin'; staff: Staff | null; tokenId: number }
  | { kind: 'cadre'; staff: Staff; unit: Unit | null; tokenId: number }
  | { kind: 'leader'; staff: Staff; unit: Unit | null; tokenId: number }
  | { kind: 'villager'; petitionerId: number; tokenId: number }
  | { kind: 'channel'; name: string; tokenId: number }
  | { kind: 'system' };

export const SYSTEM: Actor = { kind: 'system' };

export function actorRef(a: Actor): { actorKind: 'petitioner' | 'staff' | 'system' | 'channel'; actorId: number | null } {
  switch (a.kind) {
    case 'admin':
      return { actorKind: 'staff', actorId: a.staff?.id ?? null };
    case 'cadre':
    case 'leader':
      return { actorKind: 'staff', actorId: a.staff.id };
    case 'villager':
      return { actorKind: 'petitioner', actorId: a.petitionerId };
    case 'channel':
      return { actorKind: 'channel', actorId: a.tokenId };
    default:
      return { actorKind: 'system', actorId: null };
  }
}

export const isStaff = (a: Actor): a is Extract<Actor, { kind: 'cadre' | 'leader' }> => a.kind === 'cadre' || a.kind === 'leader';
