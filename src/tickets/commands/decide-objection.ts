import { badRequest } from '../../errors';
import { canDecideObjection } from '../authority';
import { defineCommand } from './pipeline';
import { transferChange } from './transfer';

/** The common superior (or the petition office) upholds an objection (and reassigns) or rejects it. */
export const decideObjection = defineCommand<{ accept: boolean; unitId?: number; reason?: string }>({
  transition: 'decide_objection',
  authorize: canDecideObjection,
  decide: async ({ m, actor, ticket, scope, input, now }) => {
    if (!input.accept) {
      return { patch: { status: 'assigned' }, events: [{ type: 'objection_rejected', visibility: 'internal', data: { reason: input.reason ?? null } }] };
    }
    if (!input.unitId) throw badRequest('同意异议时须指定新的承办单位', 'unitId');
    const moved = await transferChange(m, actor, ticket, scope, input.unitId, input.reason ?? '异议成立，改派', now);
    return { ...moved, events: [{ type: 'objection_upheld', visibility: 'internal', data: { reason: input.reason ?? null } }, ...moved.events] };
  },
});
