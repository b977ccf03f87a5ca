import type { EntityManager } from 'typeorm';
import type { Ticket } from '../../entities/Ticket';
import { TicketUnit } from '../../entities/TicketUnit';
import type { Unit } from '../../entities/Unit';
import type { RouteResult } from '../../routing/route';
import { cachedUnits } from '../../routing/reference';
import type { Change, EventSpec, Notice } from './pipeline';

/**
 * A ticket routed again after a correction (更正地点, 更正类别) and moving to a new lead unit:
 * the pieces both corrections share, so the two moves tell people and record history alike.
 */

/** The township a ticket without a village was routed by (its lead unit, when a township government). */
export async function townshipOf(m: EntityManager, handlingUnitId: number): Promise<string | null> {
  const u = (await cachedUnits(m, [handlingUnitId])).get(handlingUnitId);
  return u && u.kind === 'township_gov' && u.jurisdictionCode.length === 9 ? u.jurisdictionCode : null;
}

/**
 * The new lead (or its assignee) is told; the old unit learns only that the ticket left it, and of
 * a confidential report nothing (it may be the accused side). `how` reads "经{how}，转至…".
 */
export function moveNotices(t: Ticket, route: RouteResult, from: Unit | null, o: { how: string; key: string; confidential: boolean }): Notice[] {
  const notices: Notice[] = [
    {
      to: 'staff',
      staffId: route.assigneeId ?? route.lead.headStaffId,
      kind: 'ticket_assigned',
      text: `工单 ${t.number} 经${o.how}，转至${route.lead.name}办理${o.confidential ? '，内容涉及保密，请登录村声查看。' : `：${t.text.slice(0, 60)}`}`,
      key: `${o.key}:${t.id}:${t.version + 1}:${route.lead.id}`,
    },
  ];
  if (from?.headStaffId && !o.confidential)
    notices.push({
      to: 'staff',
      staffId: from.headStaffId,
      kind: 'ticket_assigned',
      text: `工单 ${t.number} 经${o.how}，已转至${route.lead.name}办理。`,
      key: `${o.key}-from:${t.id}:${t.version + 1}`,
    });
  return notices;
}

/** Co-handlers follow the new route: the old ones all go, these come in. */
export function replaceCoHandlers(ticketId: number, co: Unit[]): NonNullable<Change['alsoWrite']> {
  return async (mm) => {
    await mm.delete(TicketUnit, { ticketId });
    for (const u of co) await mm.insert(TicketUnit, { ticketId, unitId: u.id, role: 'co' });
  };
}

/** The public history line of the move; `label` names the correction ("更正地点"). */
export function transferredEvent(from: Unit | null, route: RouteResult, label: string): EventSpec {
  return {
    type: 'transferred',
    visibility: 'public',
    data: {
      fromUnitId: from?.id ?? null,
      fromUnitName: from?.name ?? null,
      unitId: route.lead.id,
      unitName: route.lead.name,
      reason: `${label}：${route.reason}`,
    },
  };
}
