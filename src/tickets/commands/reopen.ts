import type { EntityManager } from 'typeorm';
import { serviceClocks } from '../../clocks/deadlines';
import { Ticket } from '../../entities/Ticket';
import { badRequest, conflict } from '../../errors';
import { Unit } from '../../entities/Unit';
import { policyFor } from '../deadlines';
import { canFollowUp, isConfidential } from '../policies';
import { accusesOfficial } from './create';
import { Change, defineCommand } from './pipeline';

/** The change that sends a resolved ticket back to work: fresh clocks, a fresh escalation ladder. */
/**
 * A 回访 comment or a reason to reopen lands in the history the handling unit (and the unit of the
 * place) reads: one accusing an official is refused, to be reported as a matter of its own (it
 * then goes to the commission, as on any intake). `field` names the input for the 400.
 */
export function refuseAccusation(t: Ticket, text: string | undefined, field: string): void {
  if (text && !isConfidential(t) && accusesOfficial(text))
    throw badRequest('内容涉及对干部的反映，为保护反映人，请作为新的诉求另行提交（由纪委监委办理），此处不予记录', field);
}

export async function reopenChange(m: EntityManager, t: Ticket, reason: string, now: Date): Promise<Change> {
  if (t.finalAt) throw conflict('该信访事项已经复核终结，不再重新办理', 'final');
  if (t.stage !== 'petition')
    throw conflict(t.stage === 'review' ? '对复查意见不服的，请在 30 日内申请复核' : '复核意见为终结意见，不再重新办理', 'review_not_reopenable');
  if (await m.existsBy(Ticket, { reviewOfId: t.id })) throw conflict('已申请复查（复核），由上一级机关办理，不能再重新办理', 'under_review');
  const policy = await policyFor(m, t.category, t.urgency, t.villageCode ?? t.countyCode);
  const unit = await m.findOne(Unit, { where: { id: t.handlingUnitId } });
  // One rule for both service clocks, so the resolution clock never ends before the response clock.
  const clocks = serviceClocks(now, policy);
  return {
    patch: {
      status: 'reopened',
      resolvedAt: null,
      closedAt: null,
      reopenCount: t.reopenCount + 1,
      escalationLevel: 0,
      assignedAt: now,
      responseDueAt: clocks.responseDueAt,
      resolutionDueAt: clocks.resolutionDueAt,
    },
    events: [{ type: 'reopened', visibility: 'public', data: { reason } }],
    notices: [
      {
        to: 'staff',
        staffId: t.assigneeId ?? unit?.headStaffId,
        kind: 'ticket_reopened',
        text: `工单 ${t.number} 群众反映问题未解决，已重新交办：${reason.slice(0, 60)}`,
        key: `reopened:${t.id}:${t.reopenCount + 1}`,
      },
    ],
  };
}

/** 重办: the petitioner (or the office calling them back) says it is not solved. */
export const reopenTicket = defineCommand<{ reason: string }>({
  transition: 'reopen',
  authorize: canFollowUp,
  decide: ({ m, ticket, input, now }) => {
    refuseAccusation(ticket, input.reason, 'reason');
    return reopenChange(m, ticket, input.reason, now);
  },
});
