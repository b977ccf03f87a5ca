import type { EntityManager } from 'typeorm';
import { Staff } from '../entities/Staff';
import { Ticket } from '../entities/Ticket';
import { Unit } from '../entities/Unit';
import { badRequest, forbidden } from '../errors';
import type { Actor } from '../tickets/actor';
import { unitChainOf } from '../tickets/policies';
import { scopeQuery } from '../tickets/queries';
import { staffActor } from '../tickets/staff-actor';
import { staffCounty } from './scope';

/**
 * A credential a county admin hands out for someone else's account: a password it sets, or a
 * bind code (redeemed in the bot's 1:1 chat or the mini-program, it binds the redeemer's WeChat
 * to the account: its notices, its bot commands, a staff session). Both are a way in, so both
 * follow one rule, never escalating: its own county's staff only; not another administrator,
 * not a discipline unit's staff (they read reports an admin's own office may be accused in),
 * and nobody who can read a report accusing the admin's unit or a unit above it. Else the admin
 * could act as them and read it. Its own account: a password only by changing it (with the
 * current one), a bind code yes (its own WeChat).
 */
export async function mayIssueCredential(m: EntityManager, actor: Actor, area: string, target: Staff, what: 'password' | 'bind_code'): Promise<void> {
  if (actor.kind === 'sysadmin' || actor.kind === 'system') return;
  if (actor.kind !== 'admin') throw forbidden();
  const county = await staffCounty(m, target);
  if (!county || !county.startsWith(area)) throw badRequest(`工作人员 ${target.id} 不存在`, 'staffId');
  if (target.id === actor.staff.id) {
    if (what === 'bind_code') return;
    throw forbidden('请在“修改密码”中修改本人密码');
  }
  const only = what === 'password' ? '的密码只能由系统管理员重置' : '的绑定码只能由系统管理员发放';
  if (target.role === 'admin') throw forbidden(`管理员${only}`);
  const unit = target.unitId ? await m.findOne(Unit, { where: { id: target.unitId } }) : null;
  if (unit?.kind === 'discipline') throw forbidden(`纪委监委工作人员${only}`);
  const chain = unitChainOf(actor);
  const targetActor = await staffActor(m, target);
  if (chain.length && targetActor) {
    const n = await scopeQuery(m.createQueryBuilder(Ticket, 't'), targetActor)
      .andWhere('t.accusedUnitId IN (:...adminChain)', { adminChain: chain })
      .getCount();
    if (n > 0) throw forbidden(`该工作人员${only}`);
  }
}
