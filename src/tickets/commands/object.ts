import { workingDaysBetween } from '../../clocks/calendar';
import { Unit } from '../../entities/Unit';
import { conflict } from '../../errors';
import { canHandle } from '../policies';
import { defineCommand } from './pipeline';

export const OBJECTION_WINDOW_WORKING_DAYS = 5;

/** 异议: within 5 working days of being assigned, the lead unit says the ticket is not theirs. */
export const objectTicket = defineCommand<{ reason: string }>({
  transition: 'object',
  authorize: canHandle,
  decide: async ({ m, ticket: t, input, now }) => {
    if (workingDaysBetween(t.assignedAt, now) >= OBJECTION_WINDOW_WORKING_DAYS) {
      throw conflict(`交办已超过 ${OBJECTION_WINDOW_WORKING_DAYS} 个工作日，不能再提出异议`, 'objection_window');
    }
    // The petition office at the handling unit's level decides: the county's for county units and
    // townships, the city's for a city unit (a report on the county office sits with the city).
    const lead = await m.findOne(Unit, { where: { id: t.handlingUnitId } });
    const area = lead && lead.jurisdictionCode.length < 6 ? lead.jurisdictionCode : (t.countyCode ?? lead?.jurisdictionCode ?? 'root').slice(0, 6);
    const office = await m.findOne(Unit, { where: { kind: 'petition_office', jurisdictionCode: area } });
    return {
      patch: { status: 'objected' },
      events: [{ type: 'objected', visibility: 'internal', data: { unitId: t.handlingUnitId, reason: input.reason } }],
      notices: [
        {
          to: 'staff',
          staffId: office?.headStaffId,
          kind: 'objection',
          text: `工单 ${t.number} 承办单位提出异议：${input.reason.slice(0, 80)}，请裁定。`,
          key: `objection:${t.id}:${t.version + 1}`,
        },
      ],
    };
  },
});
