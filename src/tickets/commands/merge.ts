import { Ticket } from '../../entities/Ticket';
import { badRequest, conflict } from '../../errors';
import { canHandle } from '../policies';
import { defineCommand } from './pipeline';

/** 合并: a duplicate of another villager's ticket in the same unit follows that one. */
export const mergeTicket = defineCommand<{ intoId: number }>({
  authorize: canHandle,
  decide: async ({ m, ticket: t, input }) => {
    if (input.intoId === t.id) throw badRequest('不能合并到自身', 'intoId');
    const into = await m.findOne(Ticket, { where: { id: input.intoId } });
    // Only within the unit: a merge must not become a way to learn of tickets elsewhere.
    if (!into || into.handlingUnitId !== t.handlingUnitId) throw badRequest('目标工单不存在或不在本单位办理', 'intoId');
    if (t.duplicateOfId) throw conflict('工单已合并', 'already_merged');
    return {
      patch: { duplicateOfId: into.id },
      events: [
        { type: 'merged', visibility: 'public', data: { intoId: into.id, intoNumber: into.number } },
        { type: 'merged_from', visibility: 'internal', data: { fromId: t.id, fromNumber: t.number }, ticketId: into.id },
      ],
    };
  },
});
