import { canFollowUp } from '../policies';
import { defineCommand } from './pipeline';
import { refuseAccusation, reopenChange } from './reopen';

export interface Rating {
  /** Null when the villager was not asked or did not say: 响应率 then goes by the record. */
  contactedInTime: boolean | null;
  solved: boolean;
  satisfied: boolean;
  comment?: string;
}

/** 回访: "not solved" reopens the ticket; otherwise it is closed out (销号). */
export const rateTicket = defineCommand<Rating>({
  transition: 'rate',
  authorize: canFollowUp,
  decide: async ({ m, ticket: t, input, now }) => {
    refuseAccusation(t, input.comment, 'comment');
    const answers = { contactedInTime: input.contactedInTime ?? null, solved: input.solved, satisfied: input.satisfied, ratedAt: now };
    const rated = { type: 'rated', visibility: 'public' as const, data: { ...input, comment: input.comment ?? null } };
    // A 复查/复核 answer is contested by the next stage (or is final), never by reopening it.
    if (!input.solved && t.stage === 'petition' && !t.finalAt) {
      const back = await reopenChange(m, t, input.comment ?? '群众回访反映问题未解决', now);
      return { ...back, patch: { ...answers, ...back.patch }, events: [rated, ...back.events] };
    }
    return { patch: { ...answers, status: 'closed', closedAt: now }, events: [rated, { type: 'closed', visibility: 'public', data: { by: 'rating' } }] };
  },
});
