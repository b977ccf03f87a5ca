import { Ticket } from '../../entities/Ticket';
import { badRequest, conflict } from '../../errors';
import { loadScope } from '../load';
import { canHandle, isConfidential, mayMergeInto } from '../policies';
import { defineCommand } from './pipeline';
import { duplicateText } from './create';

/** 合并: a duplicate of another villager's ticket in the same unit follows that one. */
export const mergeTicket = defineCommand<{ intoId: number }>({
  authorize: canHandle,
  decide: async ({ m, actor, ticket: t, scope, input }) => {
    if (input.intoId === t.id) throw badRequest('不能合并到自身', 'intoId');
    const target = (await m.existsBy(Ticket, { id: input.intoId })) ? await loadScope(m, input.intoId) : null;
    // Only within the unit and into what the caller may read: a merge must not become a way to
    // learn of tickets elsewhere, nor of a report the caller is accused in (same answer as none).
    const verdict = target ? mayMergeInto(actor, scope, target.scope) : 'unknown';
    if (verdict === 'unknown') throw badRequest('目标工单不存在或不在本单位办理', 'intoId');
    if (verdict === 'other_side') throw badRequest('涉及干部作风的工单只能与反映同一单位的同类工单合并', 'intoId');
    const into = target!.ticket;
    if (t.duplicateOfId) throw conflict('工单已合并', 'already_merged');
    return {
      patch: { duplicateOfId: into.id },
      events: [
        { type: 'merged', visibility: 'public', data: { intoId: into.id, intoNumber: into.number } },
        { type: 'merged_from', visibility: 'internal', data: { fromId: t.id, fromNumber: t.number }, ticketId: into.id },
      ],
      // Within one accused side only (above): an ordinary ticket never learns a report's number;
      // and a whistleblower is not told that someone else reported too.
      notices: isConfidential(t)
        ? []
        : [{ to: 'petitioner', kind: 'duplicate_linked', text: duplicateText(into.number, t.number), key: `merged:${t.id}:${into.id}` }],
    };
  },
});
