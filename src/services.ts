import type { DataSource } from 'typeorm';
import type { Config } from './config';

export interface Services {
  stop(): Promise<void>;
}

type Starter = (ds: DataSource, config: Config) => Promise<Services | null>;

/** Background services (job scheduler, outbox senders, bot) register a starter here. */
const starters: Starter[] = [];
export function registerService(s: Starter): void {
  starters.push(s);
}

export async function startServices(ds: DataSource, config: Config): Promise<Services> {
  const running: Services[] = [];
  for (const s of starters) {
    const svc = await s(ds, config);
    if (svc) running.push(svc);
  }
  return { stop: async () => void (await Promise.all(running.map((r) => r.stop()))) };
}
