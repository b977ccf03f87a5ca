import type { Staff } from '../../entities/Staff';
import { Unit } from '../../entities/Unit';
import type { Ticket } from '../../entities/Ticket';
import type { EntityManager } from 'typeorm';
import { forbidden } from '../../errors';
import type { Actor } from '../actor';
import type { Notice } from './pipeline';
import type { MessageType } from '../../vocabulary';

/** Shared by the leaders' commands (包案, 挂牌督办, extension). */

export function leaderStaff(a: Actor): Staff {
  if ((a.kind === 'leader' || a.kind === 'admin' || a.kind === 'sysadmin') && a.staff) return a.staff;
  throw forbidden('只有领导（或有人员身份的管理员）可以执行此操作');
}

export const who = (s: Staff) => `${s.title ?? ''}${s.name}`;

/** Day deadlines are 24:00 instants (00:00 of the next day): name the last day. */

/** The handling unit's head and the assignee: who must hear about a leader's instruction. */
export async function toUnit(m: EntityManager, t: Ticket, kind: MessageType, text: string, key: (to: number) => string): Promise<Notice[]> {
  const unit = await m.findOne(Unit, { where: { id: t.handlingUnitId } });
  const ids = [...new Set([unit?.headStaffId, t.assigneeId].filter((x): x is number => typeof x === 'number'))];
  return ids.map((to) => ({ to: 'staff', staffId: to, kind, text, key: key(to) }));
}
