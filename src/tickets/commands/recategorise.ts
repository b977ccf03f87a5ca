import { TicketUnit } from '../../entities/TicketUnit';
import { addDuration } from '../../clocks/deadlines';
import { badRequest, conflict, forbidden } from '../../errors';
import { routeTicket } from '../../routing/route';
import { cachedUnits } from '../../routing/reference';
import { CATEGORY_CODES, CATEGORY_NAMES, isOpenStatus, MISCONDUCT, type CategoryCode } from '../../vocabulary';
import type { Actor } from '../actor';
import { policyFor } from '../deadlines';
import { administers, canHandle, isConfidential, type TicketScope } from '../policies';
import { defineCommand, type Notice } from './pipeline';

/**
 * Who may correct a ticket's category: the handling unit (its staff) or the petition office
 * administering the area. A misconduct report (or any ticket naming an accused unit) is the
 * discipline side's alone: only the handling unit (the commission) may take it away from
 * misconduct; an administrator, who may read it, may not downgrade it.
 */
export function canRecategorise(a: Actor, scope: TicketScope): boolean {
  if (a.kind === 'system') return true;
  if (isConfidential(scope.ticket))
    return (a.kind === 'cadre' || a.kind === 'leader' || a.kind === 'admin') && a.staff?.unitId === scope.ticket.handlingUnitId && canHandle(a, scope);
  return canHandle(a, scope) || administers(a, scope.ticket);
}

/** The township a ticket without a village was routed by (its lead unit, when a township government). */
async function townshipOf(m: Parameters<typeof cachedUnits>[0], handlingUnitId: number): Promise<string | null> {
  const u = (await cachedUnits(m, [handlingUnitId])).get(handlingUnitId);
  return u && u.kind === 'township_gov' && u.jurisdictionCode.length === 9 ? u.jurisdictionCode : null;
}

/**
 * 更正类别: staff correct the category; the ticket is routed again by the rules. An open ticket
 * whose lead unit changes moves there (status 已转办, a new response clock, the new unit told).
 * Recategorising TO misconduct reroutes at once to the discipline commission above the accused
 * and shuts the accused side out, whatever the status; the old unit is told only that the ticket
 * left it. The correction is an event, exported as a labelled example (classify:export-corrections).
 */
export const recategoriseTicket = defineCommand<{ category: string; reason: string }>({
  authorize: canRecategorise,
  decide: async ({ m, actor, ticket: t, scope, input, now }) => {
    if (!(CATEGORY_CODES as string[]).includes(input.category)) throw badRequest(`未知的诉求类别 ${input.category}`, 'category');
    const to = input.category as CategoryCode;
    if (to === t.category) throw conflict(`工单已是「${CATEGORY_NAMES[to]}」类`, 'same_category');
    const toMisconduct = to === MISCONDUCT;
    const fromConfidential = isConfidential(t);
    if (fromConfidential && !toMisconduct) {
      // Away from the commission: only the commission itself (canRecategorise), and then the ticket
      // stays with it as the handling unit; the accused unit stays shut out (accusedUnitId kept).
      const lead = (await cachedUnits(m, [t.handlingUnitId])).get(t.handlingUnitId);
      if (!lead || lead.kind !== 'discipline') throw forbidden('涉及干部作风的工单只能由纪委监委更正类别');
    }
    const open = isOpenStatus(t.status);
    const event = { type: 'recategorised', visibility: 'internal' as const, data: { from: t.category, to, reason: input.reason, source: 'staff' } };

    // A relabel only: a finished ticket, or a report naming an accused unit that the commission
    // re-files under its true category (it keeps handling it, the accused still shut out). A
    // "report" that named nobody (no accused unit) and is not one is routed like any ticket.
    if ((!open && !toMisconduct) || (fromConfidential && !toMisconduct && t.accusedUnitId !== null)) {
      return { patch: { category: to, categoryConfidence: 1 }, events: [event] };
    }

    const route = await routeTicket(m, {
      category: to,
      villageCode: t.villageCode,
      countyCode: t.countyCode,
      townshipCode: t.villageCode ? null : await townshipOf(m, t.handlingUnitId),
      text: t.text,
    });
    if (toMisconduct && route.lead.kind !== 'discipline' && route.accusedUnitId === null && route.lead.id === t.handlingUnitId) {
      // No commission found: never leave a report with the unit that may be accused.
      throw conflict('未找到可办理干部作风问题的纪委监委，请联系信访部门转办', 'no_discipline_unit');
    }
    if (route.lead.id === t.handlingUnitId && route.accusedUnitId === t.accusedUnitId) {
      return { patch: { category: to, categoryConfidence: 1 }, events: [event] };
    }
    const from = (await cachedUnits(m, [t.handlingUnitId])).get(t.handlingUnitId) ?? null;
    const policy = await policyFor(m, to, t.urgency, t.villageCode ?? t.countyCode);
    const notices: Notice[] = [
      {
        to: 'staff',
        staffId: route.assigneeId ?? route.lead.headStaffId,
        kind: 'ticket_assigned',
        text: `工单 ${t.number} 经更正类别为「${CATEGORY_NAMES[to]}」，转至${route.lead.name}办理${toMisconduct ? '，内容涉及保密，请登录村声查看。' : `：${t.text.slice(0, 60)}`}`,
        key: `recat:${t.id}:${t.version + 1}:${route.lead.id}`,
      },
    ];
    // The old unit learns the ticket left it; of a report, nothing more (it may be the accused).
    if (from?.headStaffId && !toMisconduct)
      notices.push({
        to: 'staff',
        staffId: from.headStaffId,
        kind: 'ticket_assigned',
        text: `工单 ${t.number} 经更正类别为「${CATEGORY_NAMES[to]}」，已转至${route.lead.name}办理。`,
        key: `recat-from:${t.id}:${t.version + 1}`,
      });
    return {
      patch: {
        category: to,
        categoryConfidence: 1,
        handlingUnitId: route.lead.id,
        accusedUnitId: route.accusedUnitId,
        assigneeId: route.assigneeId,
        ...(open ? { status: 'transferred' as const, assignedAt: now, responseDueAt: addDuration(now, policy.responseWithin) } : {}),
      },
      // Co-handlers follow the new route; a report has none (confidential to the commission).
      alsoWrite: async (mm) => {
        await mm.delete(TicketUnit, { ticketId: t.id });
        for (const u of route.co) await mm.insert(TicketUnit, { ticketId: t.id, unitId: u.id, role: 'co' });
      },
      events: [
        event,
        {
          type: 'transferred',
          visibility: 'public',
          data: {
            fromUnitId: from?.id ?? null,
            fromUnitName: from?.name ?? null,
            unitId: route.lead.id,
            unitName: route.lead.name,
            reason: `更正类别：${route.reason}`,
          },
        },
      ],
      notices,
    };
  },
});
