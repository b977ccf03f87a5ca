import { CLOCK_NAMES, stepName } from '../../escalation/ladder';
import { escalateJob } from '../../jobs/jobs';
import { defineCommand, EXIT_FAILED, withDatabase } from '../command';
import { describeAt, parseAt } from './job-at';

export const jobEscalateCommand = defineCommand({
  name: 'job:escalate',
  summary: 'Run the escalation sweep (督办) as of --at (default now) and print each rung it fired; a second run for the same time fires nothing.',
  usage: 'job:escalate [--at 2026-12-01T09:00:00+08:00] [--recompute]',
  options: { at: { type: 'string' }, recompute: { type: 'boolean' } },
  async handler({ values, io }) {
    const at = parseAt(values.at);
    const outcome = await withDatabase((ds) => escalateJob(ds, at, { recompute: values.recompute }));
    if (!outcome.ran) {
      io.err(`job:escalate: not run: ${outcome.reason}`);
      return EXIT_FAILED;
    }
    const r = outcome.result;
    const tickets = new Set(r.fired.map((f) => f.ticketId)).size;
    io.out(
      `escalation sweep at ${describeAt(at)}: examined ${r.examined} ticket(s), fired ${r.fired.length} rung(s) on ${tickets} ticket(s)${r.errors.length ? `, ${r.errors.length} error(s)` : ''}`,
    );
    for (const f of r.fired) {
      io.out(
        `  ${f.number}  ${CLOCK_NAMES[f.clock as keyof typeof CLOCK_NAMES] ?? f.clock} → ${stepName(f.step, f.countyCode)}  level ${f.level}  to ${f.recipientName ? `${f.recipientName} (#${f.recipientId})` : 'nobody (position vacant)'}`,
      );
    }
    for (const e of r.errors) io.err(`  ticket #${e.ticketId}: ${e.message}`);
    return r.errors.length ? EXIT_FAILED : undefined;
  },
});
