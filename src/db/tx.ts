import { DataSource, EntityManager } from 'typeorm';
import { isMysql } from './datasource';

type AfterCommit = () => void | Promise<void>;

export interface Tx {
  manager: EntityManager;
  /** Runs after the transaction commits (never if it rolls back): nudges senders, never sends inside. */
  afterCommit(fn: AfterCommit): void;
}

// better-sqlite3 has one connection: interleaved async transactions would nest, so they queue.
const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

const RETRYABLE = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY']);

export async function inTransaction<T>(ds: DataSource, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const run = async (): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      const hooks: AfterCommit[] = [];
      try {
        const result = await ds.transaction((manager) => fn({ manager, afterCommit: (h) => hooks.push(h) }));
        for (const h of hooks) {
          try {
            await h();
          } catch {
            // After-commit work is a nudge (delivery has its own retries); the change already stands.
          }
        }
        return result;
      } catch (e: any) {
        const code = e?.code ?? e?.driverError?.code;
        if (attempt < 4 && RETRYABLE.has(code)) {
          await new Promise((r) => setTimeout(r, 20 * attempt + Math.random() * 30));
          continue;
        }
        throw e;
      }
    }
  };
  if (isMysql(ds)) return run();
  const prev = sqliteQueues.get(ds) ?? Promise.resolve();
  const next = prev.then(run, run);
  sqliteQueues.set(
    ds,
    next.catch(() => undefined),
  );
  return next;
}
