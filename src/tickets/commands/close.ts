import { administers } from '../policies';
import { defineCommand } from './pipeline';

/** 销号 without a rating (the petitioner cannot be reached): administration of the area only. */
export const closeTicket = defineCommand<{ reason?: string }>({
  transition: 'close',
  authorize: (a, s) => administers(a, s.ticket),
  decide: ({ input, now }) => ({
    patch: { status: 'closed', closedAt: now },
    events: [{ type: 'closed', visibility: 'public', data: { reason: input.reason ?? null } }],
  }),
});
