import type { EntityManager } from 'typeorm';
import { addDuration } from '../../clocks/deadlines';
import { Jurisdiction } from '../../entities/Jurisdiction';
import type { Ticket } from '../../entities/Ticket';
import { TicketUnit } from '../../entities/TicketUnit';
import { badRequest, conflict } from '../../errors';
import { type RouteResult, routeTicket } from '../../routing/route';
import { cachedUnits, unitChain } from '../../routing/reference';
import { MISCONDUCT } from '../../vocabulary';
import { policyFor } from '../deadlines';
import { canHandle, isConfidential } from '../policies';
import { type Change, defineCommand, type Notice, UNCHANGED } from './pipeline';
import { moveNotices, replaceCoHandlers, townshipOf, transferredEvent } from './reroute';

/** Never to the accused unit nor to a unit under it. */
async function underAccused(m: EntityManager, unitId: number, accusedUnitId: number | null): Promise<boolean> {
  return accusedUnitId !== null && (await unitChain(m, unitId)).includes(accusedUnitId);
}

/**
 * 更正地点: the handling unit or the petition office over it settles which village a ticket is
 * about (an ambiguous place the intake could not decide, or a wrong one). The village must lie in
 * the ticket's own county: moving a ticket to another county is a transfer by the petition office,
 * not a correction.
 *
 * The ticket is then routed again by the filing rules. It moves only when the place changes who is
 * responsible: when the new place's unit differs both from the current one and from the one the old
 * place routed to (a ticket the office transferred on purpose is not pulled back by a correction
 * that changes nothing about responsibility). Moving is a transfer: status 已转办, a fresh response
 * clock, the resolution clock not ending before it, co-handlers from the new route, the new unit
 * told. Staying, only the route's own co-handlers follow the place. A misconduct report stays with
 * the commission; the accused township follows the place and the report never lands with it.
 */
export const correctPlace = defineCommand<{ villageCode: string; place?: string; reason: string }>({
  transition: 'correct_place',
  authorize: canHandle,
  decide: async ({ m, actor, ticket: t, input, now }) => {
    const village = await m.findOne(Jurisdiction, { where: { code: input.villageCode } });
    if (!village || village.level !== 'village') throw badRequest(`没有这个村（社区）：${input.villageCode}`, 'villageCode');
    const county = t.countyCode?.slice(0, 6) ?? t.villageCode?.slice(0, 6) ?? null;
    if (county && !input.villageCode.startsWith(county) && actor.kind !== 'sysadmin' && actor.kind !== 'system')
      throw badRequest('只能更正为本县（市、区）内的村（社区）；跨县请由信访局转办', 'villageCode');
    const placeText = input.place?.trim() ? input.place.trim().slice(0, 200) : t.placeText;
    if (input.villageCode === t.villageCode && placeText === t.placeText && !t.placeCandidates) return UNCHANGED;

    const corrected = {
      type: 'place_corrected',
      visibility: 'internal' as const,
      data: { from: t.villageCode, to: input.villageCode, placeText, reason: input.reason } as Record<string, unknown>,
    };
    const placePatch: Partial<Ticket> = { villageCode: input.villageCode, countyCode: input.villageCode.slice(0, 6), placeText, placeCandidates: null };
    // A report re-filed by the commission under another category keeps its handler and accused
    // (as recategorise leaves it): the ordinary rules would hand it back to the accused's side.
    if (input.villageCode === t.villageCode || (isConfidential(t) && t.category !== MISCONDUCT)) return { patch: placePatch, events: [corrected] };

    const routeAt = async (villageCode: string | null, townshipCode: string | null): Promise<RouteResult> =>
      routeTicket(m, { category: t.category, villageCode, countyCode: (villageCode ?? t.countyCode)?.slice(0, 6) ?? null, townshipCode, text: t.text });
    const route = await routeAt(input.villageCode, null);
    const prior = await routeAt(t.villageCode, t.villageCode ? null : await townshipOf(m, t.handlingUnitId));
    const confidential = t.category === MISCONDUCT;
    // The accused side follows the place; never loosen it to nobody.
    const accusedUnitId = confidential ? (route.accusedUnitId ?? t.accusedUnitId) : t.accusedUnitId;
    const mustLeave = await underAccused(m, t.handlingUnitId, accusedUnitId);
    const moves = mustLeave || (route.lead.id !== t.handlingUnitId && route.lead.id !== prior.lead.id);
    if (moves && (route.lead.id === t.handlingUnitId || (await underAccused(m, route.lead.id, accusedUnitId))))
      throw conflict('未找到可办理此工单的其他单位，请联系信访部门转办', 'no_unit');

    if (!moves) {
      // The co-handlers the old place brought give way to the new place's (others stay).
      const leaving = prior.co.filter((u) => !route.co.some((c) => c.id === u.id)).map((u) => u.id);
      const joining = route.co.filter((u) => u.id !== t.handlingUnitId && !prior.co.some((c) => c.id === u.id));
      const notices: Notice[] = joining
        .filter((u) => u.headStaffId)
        .map((u) => ({
          to: 'staff' as const,
          staffId: u.headStaffId,
          kind: 'ticket_assigned',
          text: `工单 ${t.number} 经更正地点，请${u.name}协办：${t.text.slice(0, 60)}`,
          key: `place-co:${t.id}:${t.version + 1}:${u.id}`,
        }));
      if (leaving.length || joining.length) corrected.data.coUnits = route.co.map((u) => ({ id: u.id, name: u.name }));
      const change: Change = {
        patch: { ...placePatch, accusedUnitId },
        events: [corrected],
        notices,
        alsoWrite: async (mm) => {
          for (const id of leaving) await mm.delete(TicketUnit, { ticketId: t.id, unitId: id, role: 'co' });
          for (const u of joining) {
            if (!(await mm.findOne(TicketUnit, { where: { ticketId: t.id, unitId: u.id } })))
              await mm.insert(TicketUnit, { ticketId: t.id, unitId: u.id, role: 'co' });
          }
        },
      };
      return change;
    }

    const from = (await cachedUnits(m, [t.handlingUnitId])).get(t.handlingUnitId) ?? null;
    const policy = await policyFor(m, t.category, t.urgency, input.villageCode);
    const responseDueAt = addDuration(now, policy.responseWithin);
    const notices = moveNotices(t, route, from, { how: '更正地点', key: 'place', confidential });
    for (const u of route.co)
      if (u.headStaffId && !confidential)
        notices.push({
          to: 'staff',
          staffId: u.headStaffId,
          kind: 'ticket_assigned',
          text: `工单 ${t.number} 经更正地点，请${u.name}协办：${t.text.slice(0, 60)}`,
          key: `place-co:${t.id}:${t.version + 1}:${u.id}`,
        });
    return {
      patch: {
        ...placePatch,
        accusedUnitId,
        handlingUnitId: route.lead.id,
        assigneeId: route.assigneeId,
        status: 'transferred',
        assignedAt: now,
        responseDueAt,
        // A late move must not leave the resolution clock ending before the new response clock.
        resolutionDueAt: t.resolutionDueAt < responseDueAt ? responseDueAt : t.resolutionDueAt,
      },
      // Co-handlers follow the new route; a report has none (confidential to the commission).
      alsoWrite: replaceCoHandlers(t.id, confidential ? [] : route.co),
      events: [corrected, transferredEvent(from, route, '更正地点')],
      notices,
    };
  },
});
