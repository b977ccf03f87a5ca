import type { Staff } from '../entities/Staff';
import type { Unit } from '../entities/Unit';

/**
 * Who is calling, resolved from the bearer token.
 * - `sysadmin`: system-wide administration; its tokens are issued only by the CLI.
 * - `admin`: a county's administrator (its petition office); `area` is the county code it
 *   administers, and like any staff member it is shut out of tickets accusing its own unit.
 * - `bot`: the WeChat bot process, the only caller of the chat API and the outbox claim/ack.
 * - `channel`: an intake relay (hotline, SMS, Open311): files complaints, reads back its own.
 *
 * `unitChain` (staff kinds): the staff member's unit and every unit above it, nearest first
 * (src/routing/reference.ts `unitChain`). A ticket accusing any unit of the chain is closed to
 * them: the accused unit, everyone in it and everyone in the units under it.
 */
export type Actor =
  | { kind: 'sysadmin'; staff: Staff | null; unitChain: number[]; tokenId: number }
  | { kind: 'admin'; staff: Staff; unit: Unit | null; area: string; unitChain: number[]; tokenId: number }
  | { kind: 'cadre'; staff: Staff; unit: Unit | null; unitChain: number[]; tokenId: number }
  | { kind: 'leader'; staff: Staff; unit: Unit | null; unitChain: number[]; tokenId: number }
  | { kind: 'villager'; petitionerId: number; tokenId: number }
  | { kind: 'channel'; name: string; tokenId: number }
  | { kind: 'bot'; name: string; tokenId: number }
  | { kind: 'system' };

export const SYSTEM: Actor = { kind: 'system' };

export function actorRef(a: Actor): { actorKind: 'petitioner' | 'staff' | 'system' | 'channel'; actorId: number | null } {
  switch (a.kind) {
    case 'sysadmin':
      return { actorKind: 'staff', actorId: a.staff?.id ?? null };
    case 'admin':
    case 'cadre':
    case 'leader':
      return { actorKind: 'staff', actorId: a.staff.id };
    case 'villager':
      return { actorKind: 'petitioner', actorId: a.petitionerId };
    case 'channel':
    case 'bot':
      return { actorKind: 'channel', actorId: a.tokenId };
    default:
      return { actorKind: 'system', actorId: null };
  }
}

export const isStaff = (a: Actor): a is Extract<Actor, { kind: 'cadre' | 'leader' }> => a.kind === 'cadre' || a.kind === 'leader';
/** Anyone who works tickets as a member of a unit: cadres, leaders and county admins. */
export const hasUnit = (a: Actor): a is Extract<Actor, { kind: 'cadre' | 'leader' | 'admin' }> =>
  a.kind === 'cadre' || a.kind === 'leader' || a.kind === 'admin';
/** Full administration (county admins within their county, sysadmins everywhere) or an internal caller. */
export const isAdminLike = (a: Actor): boolean => a.kind === 'admin' || a.kind === 'sysadmin' || a.kind === 'system';
