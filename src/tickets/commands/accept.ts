import { computeClocks } from '../../clocks/deadlines';
import type { Ticket } from '../../entities/Ticket';
import { hasUnit } from '../actor';
import { canHandle } from '../policies';
import { defineCommand } from './pipeline';

/** 受理: the handling unit takes the ticket on; the 60-day legal clock starts at the first acceptance. */
export const acceptTicket = defineCommand<{ note?: string }>({
  transition: 'accept',
  authorize: canHandle,
  decide: ({ actor, ticket: t, input, now }) => {
    const patch: Partial<Ticket> = { status: 'accepted' };
    if (!t.acceptedAt) {
      patch.acceptedAt = now;
      // A 复查/复核 keeps the 30-day answer deadline it was opened with (no 60-day clock).
    }
    if (!t.acceptedAt && t.stage === 'petition') {
      // 60 日 counted as the law counts periods (ends 24:00, moved past holidays), like computeClocks.
      patch.legalResolutionDueAt = computeClocks(
        t.createdAt,
        { responseWithin: { value: 0, unit: 'hours' }, resolveWithin: { value: 0, unit: 'hours' } },
        now,
      ).legalResolutionDueAt;
    }
    if (!t.assigneeId && actor.kind !== 'admin' && hasUnit(actor)) patch.assigneeId = actor.staff.id;
    return {
      patch,
      events: [{ type: 'accepted', visibility: 'public', data: { note: input.note ?? null, inTime: now <= t.responseDueAt } }],
      notices: [
        {
          to: 'petitioner',
          kind: 'ticket_accepted',
          text: `【村声】您的诉求（工单 ${t.number}）已受理，承办人员将尽快与您联系。`,
          key: `accepted:${t.id}:${t.reopenCount}`,
        },
      ],
    };
  },
});
