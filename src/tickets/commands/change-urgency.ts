import { computeClocks } from '../../clocks/deadlines';
import { Unit } from '../../entities/Unit';
import { badRequest, conflict } from '../../errors';
import { URGENCY_NAMES, Urgency } from '../../vocabulary';
import { policyFor } from '../deadlines';
import { emergencyRecipients, emergencyText } from '../emergency';
import { canHandle } from '../policies';
import { defineCommand, Notice, UNCHANGED } from './pipeline';

/**
 * Staff (the handling unit, the petition office over it) change a ticket's urgency: the service
 * clocks are recomputed under the new policy from the start of the current cycle (creation, or
 * the last reopening), the escalation instant is forgotten so the sweep plans a new ladder, and
 * an emergency tells the unit and the township head at once. The legal clocks do not depend on
 * urgency and stay as they are.
 */
export const changeUrgency = defineCommand<{ urgency: Urgency; reason: string }>({
  transition: 'change_urgency',
  authorize: canHandle,
  decide: async ({ m, ticket: t, input, now }) => {
    if (!URGENCY_NAMES[input.urgency]) throw badRequest(`未知的紧急程度 ${String(input.urgency)}`, 'urgency');
    if (t.stage !== 'petition') throw conflict('复查、复核的期限为法定 30 日，不随紧急程度改变', 'review_clock_fixed');
    if (input.urgency === t.urgency) return UNCHANGED;
    const policy = await policyFor(m, t.category, input.urgency, t.villageCode ?? t.countyCode);
    const start = t.reopenCount > 0 ? t.assignedAt : t.createdAt;
    const clocks = computeClocks(start, policy);
    const changed = { ...t, urgency: input.urgency, responseDueAt: clocks.responseDueAt, resolutionDueAt: clocks.resolutionDueAt };
    const notices: Notice[] = [];
    if (input.urgency === 'emergency') {
      const unit = await m.findOne(Unit, { where: { id: t.handlingUnitId } });
      const text = `${emergencyText(changed, unit?.name ?? null)}（紧急程度由「${URGENCY_NAMES[t.urgency]}」改为「紧急」：${input.reason.slice(0, 40)}）`;
      for (const to of await emergencyRecipients(m, t))
        notices.push({ to: 'staff', staffId: to, kind: 'emergency', text, key: `emergency:${t.id}:${t.version + 1}:${to}` });
    }
    return {
      patch: { urgency: input.urgency, responseDueAt: clocks.responseDueAt, resolutionDueAt: clocks.resolutionDueAt, nextEscalationAt: null },
      events: [
        {
          type: 'urgency_changed',
          visibility: 'internal',
          data: {
            from: t.urgency,
            to: input.urgency,
            reason: input.reason,
            previousResponseDueAt: t.responseDueAt.toISOString(),
            previousResolutionDueAt: t.resolutionDueAt.toISOString(),
            responseDueAt: clocks.responseDueAt.toISOString(),
            resolutionDueAt: clocks.resolutionDueAt.toISOString(),
          },
        },
      ],
      notices,
    };
  },
});
