import { Ticket } from '../../entities/Ticket';
import { conflict } from '../../errors';
import { canHandle } from '../policies';
import { defineCommand } from './pipeline';

/**
 * 拆分 (unmerge): a ticket linked to another as a duplicate (automatically at intake, or merged by
 * staff) turns out to be a problem of its own. It leaves the other ticket and gets its own
 * ladder again; both histories record it. The villager is told their complaint is handled on
 * its own number.
 */
export const splitTicket = defineCommand<{ reason: string }>({
  authorize: canHandle,
  decide: async ({ m, ticket: t, input }) => {
    if (t.duplicateOfId === null) throw conflict('工单未与其他工单合并', 'not_merged');
    const into = await m.findOne(Ticket, { select: { id: true, number: true }, where: { id: t.duplicateOfId } });
    return {
      // A fresh ladder: its clocks were not escalated while it followed the other ticket.
      patch: { duplicateOfId: null, nextEscalationAt: null },
      events: [
        { type: 'split', visibility: 'public', data: { fromId: t.duplicateOfId, fromNumber: into?.number ?? null, reason: input.reason } },
        ...(into
          ? [{ type: 'split_from', visibility: 'internal' as const, data: { ticketId: t.id, number: t.number, reason: input.reason }, ticketId: into.id }]
          : []),
      ],
      notices: [
        {
          to: 'petitioner',
          kind: 'duplicate_linked',
          text: `【村声】经核实，您反映的问题与工单 ${into?.number ?? ''} 不是同一问题，已单独办理，工单号 ${t.number}。`,
          key: `split:${t.id}:${t.version + 1}`,
        },
      ],
    };
  },
});
