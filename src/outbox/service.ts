import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { log } from '../log';
import type { Services } from '../services';
import { loadOutboxSettings } from './config';
import { Dispatcher } from './dispatcher';
import { SharedPacer } from './shared-pacing';
import { installCommitHook } from './nudge';
import { inProcessSenders } from './senders';

/** Service starter (registerService): the in-process outbox dispatcher. OUTBOX_ENABLED=0 turns it off. */
export async function startOutbox(ds: DataSource, config: Config, env: NodeJS.ProcessEnv = process.env): Promise<Services | null> {
  const settings = loadOutboxSettings(env);
  if (!settings.enabled) return null;
  installCommitHook(ds);
  // Paced through the database: every process's dispatcher counts the same sends (WORKERS=N, several hosts).
  const dispatcher = new Dispatcher(ds, { senders: inProcessSenders(config, settings), settings, pacer: new SharedPacer(ds) });
  dispatcher.start();
  log.info('outbox dispatcher started', { worker: dispatcher.worker, channels: dispatcher.channels.join(',') });
  return { stop: () => dispatcher.stop() };
}
