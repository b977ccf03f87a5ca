import { summaryJob } from '../../jobs/jobs';
import { defineCommand, EXIT_FAILED, UsageError, withDatabase } from '../command';
import { describeAt, parseAt } from './job-at';

export const jobSummaryCommand = defineCommand({
  name: 'job:summary',
  summary:
    'Write the daily self-inspection summary (每日自查) for every bound chat target (or those under --jurisdiction) as of --at, queue it and print it; a target with no bound group gets a preview only.',
  usage: 'job:summary [--at 2026-12-01T20:00:00+08:00] [--jurisdiction CODE]',
  options: { at: { type: 'string' }, jurisdiction: { type: 'string' } },
  async handler({ values, io }) {
    const at = parseAt(values.at);
    if (values.jurisdiction !== undefined && !/^\d{2}(\d{2}){0,2}(\d{3}){0,2}$/.test(values.jurisdiction)) {
      throw new UsageError(`--jurisdiction must be a 2/4/6/9/12-digit division code (got '${values.jurisdiction}')`);
    }
    const outcome = await withDatabase((ds) => summaryJob(ds, at, { jurisdiction: values.jurisdiction }));
    if (!outcome.ran) {
      io.err(`job:summary: not run: ${outcome.reason}`);
      return EXIT_FAILED;
    }
    const { date, results } = outcome.result;
    const stored = results.filter((r) => r.status === 'stored').length;
    io.out(
      `daily summaries for ${date} at ${describeAt(at)}: ${results.length} target(s), ${stored} new, ${results.filter((r) => r.status === 'existed').length} already stored`,
    );
    if (!results.length) io.out('  no active chat targets bound' + (values.jurisdiction ? ` under ${values.jurisdiction}` : ''));
    for (const r of results) {
      io.out('');
      io.out(
        `# ${r.chatTargetId === null ? `preview (no chat target bound under ${r.jurisdictionCode})` : `chat target #${r.chatTargetId}`} ${r.jurisdictionCode}: ${r.status}, ${r.bytes} bytes`,
      );
      for (const line of r.text.split('\n')) io.out(line);
    }
  },
});
