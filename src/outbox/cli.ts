import { loadConfig } from '../config';
import { OutboxMessage, OutboxStatus } from '../entities/OutboxMessage';
import { defineCommand, UsageError, withDatabase } from '../cli/command';
import { loadOutboxSettings } from './config';
import { Dispatcher } from './dispatcher';
import { installCommitHook } from './nudge';
import { inProcessSenders } from './senders';
import { retryMessage } from './store';

function parseNow(raw: string | undefined): Date {
  if (raw === undefined) return new Date();
  const d = new Date(raw);
  if (Number.isNaN(d.getTime())) throw new UsageError(`--now: not a date: ${raw}`);
  return d;
}

/** Runs the in-process senders until SIGTERM/SIGINT (a separate sender process, or for ops). */
export const outboxRunCommand = defineCommand({
  name: 'outbox:run',
  summary: 'Deliver outbox messages (SMS, WeCom, staff notices) until stopped; OUTBOX_* variables tune it.',
  usage: 'outbox:run',
  options: {},
  async handler({ io }) {
    const config = loadConfig();
    const settings = loadOutboxSettings();
    await withDatabase(async (ds) => {
      installCommitHook(ds);
      const d = new Dispatcher(ds, { senders: inProcessSenders(config, settings), settings });
      d.start();
      io.out(`outbox:run ${d.worker} channels ${d.channels.join(',')}`);
      await new Promise<void>((resolve) => {
        process.once('SIGTERM', resolve);
        process.once('SIGINT', resolve);
      });
      await d.stop();
    });
  },
});

/** One pass: deliver everything due now, then exit (cron-friendly, idempotent). */
export const outboxFlushCommand = defineCommand({
  name: 'outbox:flush',
  summary: 'Deliver every outbox message that is due, once, and print what happened.',
  usage: 'outbox:flush [--now 2026-03-02T10:00:00+08:00]',
  options: { now: { type: 'string' } },
  async handler({ values, io }) {
    const now = parseNow(values.now);
    const config = loadConfig();
    const settings = loadOutboxSettings();
    await withDatabase(async (ds) => {
      const d = new Dispatcher(ds, { senders: inProcessSenders(config, settings), settings, clock: values.now ? () => now : undefined });
      const claimed = await d.drain();
      const rows: { status: OutboxStatus; n: unknown }[] = await ds.manager
        .createQueryBuilder(OutboxMessage, 'o')
        .select('o.status', 'status')
        .addSelect('COUNT(*)', 'n')
        .groupBy('o.status')
        .getRawMany();
      io.out(`claimed ${claimed}; ${rows.map((r) => `${r.status} ${Number(r.n)}`).join(', ') || 'outbox empty'}`);
    });
  },
});

export const outboxRetryCommand = defineCommand({
  name: 'outbox:retry',
  summary: 'Send a dead outbox message again (fresh attempt budget).',
  usage: 'outbox:retry <id>',
  options: {},
  positionals: true,
  async handler({ positionals, io }) {
    const id = Number(positionals[0]);
    if (positionals.length !== 1 || !Number.isSafeInteger(id) || id <= 0) throw new UsageError('needs one message id');
    const row = await withDatabase((ds) => retryMessage(ds, id, new Date()));
    if (!row) {
      io.err(`outbox:retry: message ${id} does not exist or was already sent`);
      return 1;
    }
    io.out(`message ${id} queued again (${row.channel}, ${row.kind})`);
  },
});

export const outboxCommands = [outboxRunCommand, outboxFlushCommand, outboxRetryCommand];
