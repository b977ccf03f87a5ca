import { addDuration } from '../../clocks/deadlines';
import { badRequest, conflict, forbidden } from '../../errors';
import { routeTicket } from '../../routing/route';
import { cachedUnits } from '../../routing/reference';
import { CATEGORY_CODES, CATEGORY_NAMES, isOpenStatus, MISCONDUCT, type CategoryCode } from '../../vocabulary';
import { type Actor, actorRef } from '../actor';
import { cutDuplicatesOf, cutRepeatsOf } from '../duplicates';
import { policyFor } from '../deadlines';
import { administers, canHandle, isConfidential, type TicketScope } from '../policies';
import { type Change, type Decide, defineCommand } from './pipeline';
import type { Ticket } from '../../entities/Ticket';
import { moveNotices, replaceCoHandlers, townshipOf, transferredEvent } from './reroute';

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

/**
 * 更正类别: staff correct the category; the ticket is routed again by the rules. An open ticket
 * whose lead unit changes moves there (status 已转办, a new response clock, the new unit told).
 * Recategorising TO misconduct reroutes at once to the discipline commission above the accused
 * and shuts the accused side out, whatever the status; the old unit is told only that the ticket
 * left it. The correction is an event, exported as a labelled example (classify:export-corrections).
 */
export const recategoriseTicket = defineCommand<{ category: string; reason: string }>({
  authorize: canRecategorise,
  decide: async (d) => apart(d.ticket, d.actor, d.now, await decideRecategorise(d)),
});

/**
 * A change that moves the ticket across the misconduct line (confidential before and not after,
 * or the other way, or another accused unit) also cuts its duplicate links both ways: a link
 * would show the report's number, answer, and 办结 on a ticket the accused side reads, and let
 * the accused side's 办结 answer the report. Its repeat links (重复信访) go too, with the counts
 * they carried: an ordinary ticket's repeat count must not count a report.
 */
function apart(t: Ticket, actor: Actor, now: Date, change: Change): Change {
  const after = {
    category: change.patch.category ?? t.category,
    accusedUnitId: change.patch.accusedUnitId !== undefined ? change.patch.accusedUnitId : t.accusedUnitId,
  };
  if (isConfidential(t) === isConfidential(after) && t.accusedUnitId === after.accusedUnitId) return change;
  const own = change.alsoWrite;
  return {
    ...change,
    patch: {
      ...change.patch,
      ...(t.duplicateOfId !== null ? { duplicateOfId: null, nextEscalationAt: null } : {}),
      ...(t.repeatOfId !== null || t.repeatCount > 0 ? { repeatOfId: null, repeatCount: 0 } : {}),
    },
    alsoWrite: async (m, saved) => {
      if (own) await own(m, saved);
      await cutDuplicatesOf(m, t, actorRef(actor), now);
      await cutRepeatsOf(m, t, actorRef(actor), now);
    },
    events: [
      ...change.events,
      ...(t.duplicateOfId !== null
        ? [{ type: 'split', visibility: 'internal' as const, data: { fromId: t.duplicateOfId, reason: '更正类别后单独办理' } }]
        : []),
      ...(t.repeatOfId !== null
        ? [{ type: 'repeat_unlinked', visibility: 'internal' as const, data: { fromId: t.repeatOfId, reason: '更正类别后不再计为重复信访' } }]
        : []),
    ],
  };
}

const decideRecategorise = async ({ m, actor, ticket: t, scope, input, now }: Decide<{ category: string; reason: string }>): Promise<Change> => {
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
  const notices = moveNotices(t, route, from, { how: `更正类别为「${CATEGORY_NAMES[to]}」`, key: 'recat', confidential: toMisconduct });
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
    alsoWrite: replaceCoHandlers(t.id, route.co),
    events: [event, transferredEvent(from, route, '更正类别')],
    notices,
  };
};
