import type { DataSource } from 'typeorm';
import type { Config } from './config';
import type { Limiter } from './tickets/admission';

export interface Services {
  stop(): Promise<void>;
}

/** What the process shares between the HTTP app and its background services. */
export interface Shared {
  /** The intake rate limiter the HTTP app uses; the in-process bot files through the same one. */
  limiter?: Limiter | null;
}

type Starter = (ds: DataSource, config: Config, shared: Shared) => Promise<Services | null>;

/** Background services (job scheduler, outbox senders, bot) register a starter here. */
const starters: Starter[] = [];
export function registerService(s: Starter): void {
  starters.push(s);
}

export async function startServices(ds: DataSource, config: Config, shared: Shared = {}): Promise<Services> {
  const running: Services[] = [];
  for (const s of starters) {
    const svc = await s(ds, config, shared);
    if (svc) running.push(svc);
  }
  return { stop: async () => void (await Promise.all(running.map((r) => r.stop()))) };
}
