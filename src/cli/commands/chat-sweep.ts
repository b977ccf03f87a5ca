import { sweepChat } from '../../channels/chat/sweep';
import { defineCommand, UsageError, withDatabase } from '../command';

export const chatSweepCommand = defineCommand({
  name: 'chat:sweep',
  summary: 'File chat complaints whose question went unanswered (as they stand) and forget old message ids.',
  usage: 'chat:sweep [--at ISO_TIME]',
  options: { at: { type: 'string' } },
  async handler({ values, io }) {
    const now = values.at ? new Date(values.at) : new Date();
    if (Number.isNaN(now.getTime())) throw new UsageError(`--at must be an ISO time (got '${values.at}')`);
    const r = await withDatabase((ds) => sweepChat(ds, now));
    io.out(`filed ${r.filed}, dropped ${r.dropped}, forgot ${r.pruned} message ids`);
  },
});
