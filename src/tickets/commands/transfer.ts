import type { EntityManager } from 'typeorm';
import { addDuration } from '../../clocks/deadlines';
import type { Ticket } from '../../entities/Ticket';
import { TicketUnit } from '../../entities/TicketUnit';
import { Unit } from '../../entities/Unit';
import { unitChain } from '../../routing/reference';
import { badRequest, conflict } from '../../errors';
import type { Actor } from '../actor';
import { transferTargetError } from '../authority';
import { policyFor } from '../deadlines';
import { canHandle, TicketScope } from '../policies';
import { Change, defineCommand } from './pipeline';

/** The change that hands a ticket to another unit (used by 转办 and by an upheld objection). */
export async function transferChange(
  m: EntityManager,
  actor: Actor,
  t: Ticket,
  scope: TicketScope,
  unitId: number,
  reason: string,
  now: Date,
): Promise<Change> {
  const unit = await m.findOne(Unit, { where: { id: unitId } });
  if (!unit) throw badRequest('目标单位不存在', 'unitId');
  if (unit.id === t.handlingUnitId) throw conflict('工单已在该单位办理', 'same_unit');
  // Never to the accused unit, nor to a unit under it (a village committee under an accused township).
  const refused = transferTargetError(actor, scope, unit, await unitChain(m, unit.id));
  if (refused) throw conflict(refused.message, refused.code);
  const from = await m.findOne(Unit, { where: { id: t.handlingUnitId } });
  const policy = await policyFor(m, t.category, t.urgency, t.villageCode ?? t.countyCode);
  const responseDueAt = addDuration(now, policy.responseWithin);
  // The new unit gets a fresh response clock; a late transfer must not leave the resolution clock ending first.
  const resolutionDueAt = t.resolutionDueAt < responseDueAt ? responseDueAt : t.resolutionDueAt;
  return {
    patch: { status: 'transferred', handlingUnitId: unit.id, assigneeId: null, assignedAt: now, responseDueAt, resolutionDueAt },
    alsoWrite: async (mm) => void (await mm.delete(TicketUnit, { ticketId: t.id, unitId: unit.id })),
    events: [
      {
        type: 'transferred',
        visibility: 'public',
        data: { fromUnitId: from?.id ?? null, fromUnitName: from?.name ?? null, unitId: unit.id, unitName: unit.name, reason },
      },
    ],
    notices: [
      {
        to: 'staff',
        staffId: unit.headStaffId,
        kind: 'ticket_assigned',
        text: `工单 ${t.number} 已转至${unit.name}办理：${t.text.slice(0, 60)}`,
        key: `assigned:${t.id}:${unit.id}:${t.version + 1}`,
      },
    ],
  };
}

/** 转办: the lead unit hands the ticket to the unit that should own it (within the county). */
export const transferTicket = defineCommand<{ unitId: number; reason: string }>({
  transition: 'transfer',
  authorize: canHandle,
  decide: ({ m, actor, ticket, scope, input, now }) => transferChange(m, actor, ticket, scope, input.unitId, input.reason, now),
});
