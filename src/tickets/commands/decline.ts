import { badRequest, conflict } from '../../errors';
import { Unit } from '../../entities/Unit';
import { DECLINE_REASONS, DeclineReason } from '../../vocabulary';
import { hasUnit } from '../actor';
import { canHandle } from '../policies';
import { defineCommand } from './pipeline';

/**
 * 不予受理 (信访工作条例 Art. 31–32): within the 15-day notice clock, before acceptance, the handling
 * unit or the petition office over it decides the matter is not for the petition channel, names
 * the legal route instead and tells the petitioner in writing. The clocks and the ladder stop.
 */
export const declineTicket = defineCommand<{ reason: DeclineReason; text?: string }>({
  transition: 'decline',
  authorize: canHandle,
  decide: async ({ m, actor, ticket: t, input, now }) => {
    const reason = DECLINE_REASONS[input.reason];
    if (!reason) throw badRequest(`未知的不予受理理由 ${String(input.reason)}`, 'reason');
    if (t.stage !== 'petition') throw conflict('复查、复核申请须在 30 日内作出意见，不能作不予受理决定', 'review_not_declinable');
    if (t.acceptedAt) throw conflict('该信访事项已经受理，不能再作不予受理决定', 'already_accepted');
    if (now > t.legalNoticeDueAt) throw conflict('已超过 15 日受理告知期限，不能再作不予受理决定', 'notice_period_passed');
    const extra = input.text?.trim() ? `说明：${input.text.trim().slice(0, 100)}。` : '';
    const unit = await m.findOne(Unit, { where: { id: t.handlingUnitId } });
    const me = hasUnit(actor) ? actor.staff.id : null;
    const tellUnit = [t.assigneeId, unit?.headStaffId].filter((x): x is number => typeof x === 'number' && x !== me);
    return {
      // closedAt: when the written decision went out (the 响应率 counts it as the unit's response).
      patch: { status: 'declined', closedAt: now },
      events: [
        {
          type: 'declined',
          visibility: 'public',
          data: { reason: input.reason, reasonName: reason.name, route: reason.route, text: input.text?.trim() || null },
        },
      ],
      notices: [
        {
          to: 'petitioner',
          kind: 'declined',
          text: `【村声】您反映的问题（工单 ${t.number}）经审查，${reason.name}，依照《信访工作条例》不予受理。${reason.route}。${extra}`,
          key: `declined:${t.id}`,
        },
        ...[...new Set(tellUnit)].map((to) => ({
          to: 'staff' as const,
          staffId: to,
          kind: 'declined' as const,
          text: `工单 ${t.number} 已决定不予受理（${reason.name}），已书面告知信访人。`,
          key: `declined:${t.id}:${to}`,
        })),
      ],
    };
  },
});
