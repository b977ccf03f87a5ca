import { extendLegalResolution, LEGAL_MAX_EXTENSION_DAYS } from '../../clocks/deadlines';
import { badRequest, conflict, forbidden } from '../../errors';
import { Unit } from '../../entities/Unit';
import { isOpenStatus, TICKET_STAGE_NAMES } from '../../vocabulary';
import { canApproveExtension } from '../authority';
import { leaderStaff, toUnit, who } from './leaders';
import { defineCommand } from './pipeline';
import { deadlineText } from '../../clocks/time';

/**
 * The one extension of the 60-day legal clock the regulation allows (≤ 30 days, reasons told to
 * the petitioner), approved by the handling unit's head (Art. 33: 本机关、单位负责人) and only while
 * the deadline has not passed: an overdue case is not cured after the fact.
 */
export const approveExtension = defineCommand<{ days: number; reason: string }>({
  authorize: canApproveExtension,
  decide: async ({ m, actor, ticket: t, input, now }) => {
    const me = leaderStaff(actor);
    const unit = await m.findOne(Unit, { where: { id: t.handlingUnitId } });
    if (!unit || unit.headStaffId !== me.id) throw forbidden('延长办理期限须经承办单位负责人批准');
    if (t.stage !== 'petition') throw conflict(`${TICKET_STAGE_NAMES[t.stage]}期限为 30 日，不能延长`, 'review_not_extendable');
    if (!Number.isInteger(input.days) || input.days < 1 || input.days > LEGAL_MAX_EXTENSION_DAYS)
      throw badRequest(`延期天数应为 1–${LEGAL_MAX_EXTENSION_DAYS} 天`, 'days');
    if (!isOpenStatus(t.status)) throw conflict('工单已办结或销号，不能执行此操作', 'invalid_transition');
    if (!t.legalResolutionDueAt) throw conflict('工单尚未受理，没有可延长的办理期限', 'not_accepted');
    if (t.extensionDays > 0) throw conflict('办理期限只能延长一次，已经延长过', 'already_extended');
    if (now >= t.legalResolutionDueAt) throw conflict('办理期限已过，不能再批准延期', 'deadline_passed');
    const due = extendLegalResolution(t.legalResolutionDueAt, input.days);
    const dueText = deadlineText(due);
    return {
      patch: { legalResolutionDueAt: due, extensionDays: input.days },
      events: [
        {
          type: 'extension_approved',
          visibility: 'public',
          data: {
            days: input.days,
            previousDueAt: t.legalResolutionDueAt.toISOString(),
            legalResolutionDueAt: due.toISOString(),
            reason: input.reason,
            approvedBy: me.id,
          },
        },
      ],
      notices: [
        {
          to: 'petitioner',
          kind: 'extension',
          text: `【村声】您反映的问题（工单 ${t.number}）经批准延期 ${input.days} 日办理，理由：${input.reason.slice(0, 60)}。新的办理期限为 ${dueText}。`,
          key: `extension:${t.id}`,
        },
        ...(await toUnit(
          m,
          t,
          'extension',
          `工单 ${t.number} 的信访办理期限经${who(me)}批准延长 ${input.days} 日，至 ${dueText}。`,
          (to) => `extension:${t.id}:${to}`,
        )),
      ],
    };
  },
});
