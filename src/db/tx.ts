import { DataSource, EntityManager } from 'typeorm';
import { isMysql } from './datasource';
import { metrics } from '../http/metrics';
import { log } from '../log';
import { FailoverPool, isNodeDown } from './failover';

type AfterCommit = () => void | Promise<void>;

export interface Tx {
  manager: EntityManager;
  /** Runs after the transaction commits (never if it rolls back): nudges senders, never sends inside. */
  afterCommit(fn: AfterCommit): void;
}

// better-sqlite3 has one connection: interleaved async transactions would nest, so they queue.
const sqliteQueues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * The transaction did not happen and running it again is safe: a deadlock, or on Galera a
 * certification conflict with a transaction committed on another node (1213 at COMMIT or at any
 * statement after a brute-force abort), a lock wait timeout, SQLite busy.
 */
const ROLLED_BACK = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT', 'SQLITE_BUSY']);

/**
 * Attempts in all; certification conflicts under contention and a node's failover both need a few.
 * On the three-node test cluster under load with a node killed and rejoining, a ticket's
 * transaction needed up to seven re-runs (test/cluster/galera.test.ts prints the most): eight
 * attempts left no margin, and one CI run answered two tickets 500. Twelve wait about 2.6 s in
 * all before the caller answers 503 (src/http/errors.ts) and the client retries with its key.
 */
export const MAX_ATTEMPTS = 12;

const codeOf = (e: any): string | undefined => e?.code ?? e?.driverError?.code;

/** The database rolled the transaction back for contention (see ROLLED_BACK): nothing of it stands. */
export const isConflict = (e: unknown): boolean => ROLLED_BACK.has(codeOf(e) ?? '');

/**
 * Whether a failed attempt may run again. A node that went away (connection lost, refused, 1047
 * WSREP not ready) is safe to leave before COMMIT was sent: nothing of the transaction stands, and
 * the re-run gets a connection to another node (src/db/failover.ts). Losing the connection during
 * COMMIT leaves the outcome unknown, so it is not re-run: the caller answers 503 and a client
 * retrying with its idempotency key gets the ticket if the commit did happen.
 */
export function retryable(e: unknown, committing: boolean, failover: boolean, idempotent = false): boolean {
  const code = codeOf(e);
  if (isConflict(e)) return true;
  // With one host there is nowhere else to go: answer 503 at once (test/faults/db-away.test.ts).
  if (!failover) return false;
  // 1047 at COMMIT: the node is not in the primary component, so it certified nothing.
  if (code === 'ER_UNKNOWN_COM_ERROR') return true;
  // A transaction whose second run does nothing if the first committed (an ack: "sent unless
  // already sent") may run again even when the outcome is unknown.
  return (!committing || idempotent) && isNodeDown(e);
}

/** 10, 20, 40 … ms up to 400, with jitter, so two conflicting writers do not meet again. */
const backoff = (attempt: number) => Math.min(400, 10 * 2 ** (attempt - 1)) * (0.5 + Math.random());

/**
 * Runs `fn` in a transaction and re-runs all of it when the database rolled it back for a reason
 * that a second try can pass (see `retryable`). So `fn` must have no effect outside the database:
 * messages go through the outbox, other side effects through `afterCommit`.
 */
export async function inTransaction<T>(ds: DataSource, fn: (tx: Tx) => Promise<T>, opts: { idempotent?: boolean; attempts?: number } = {}): Promise<T> {
  const attempts = opts.attempts ?? MAX_ATTEMPTS;
  const run = async (): Promise<T> => {
    for (let attempt = 1; ; attempt++) {
      const hooks: AfterCommit[] = [];
      const state = { committing: false };
      try {
        const result = await attempt1(ds, (manager) => fn({ manager, afterCommit: (h) => hooks.push(h) }), state);
        for (const h of hooks) {
          try {
            await h();
          } catch {
            // After-commit work is a nudge (delivery has its own retries); the change already stands.
          }
        }
        return result;
      } catch (e: any) {
        if (attempt < attempts && retryable(e, state.committing, (ds.driver as { pool?: unknown }).pool instanceof FailoverPool, opts.idempotent)) {
          const reason = isConflict(e) ? 'conflict' : 'node';
          metrics.txReruns.inc({ reason });
          // The statement's text only (values are bound, never in it): which rows conflict.
          log.debug('transaction re-run', { reason, code: codeOf(e), attempt, sql: String(e?.query ?? '').slice(0, 120), caller: callerOf(new Error()) });
          await new Promise((r) => setTimeout(r, backoff(attempt)));
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

/** The function that called inTransaction (async stack frames), for the re-run's debug line. */
function callerOf(e: Error): string {
  const frame = String(e.stack)
    .split('\n')
    .find((l) => /^\s+at async /.test(l) && !/\b(run|attempt1|inTransaction)\b/.test(l));
  return (
    frame
      ?.trim()
      .replace(/^at async /, '')
      .replace(/\(.*[\\/]src[\\/]/, '(src/') ?? ''
  );
}

/** One attempt: TypeORM's `transaction`, except that it records when COMMIT was sent. */
async function attempt1<T>(ds: DataSource, fn: (m: EntityManager) => Promise<T>, state: { committing: boolean }): Promise<T> {
  if (!isMysql(ds)) return ds.transaction(fn);
  const qr = ds.createQueryRunner();
  try {
    await qr.startTransaction();
    const result = await fn(qr.manager);
    state.committing = true;
    await qr.commitTransaction();
    return result;
  } catch (e) {
    // On a lost connection the rollback fails too; the server rolls back what it had.
    if (qr.isTransactionActive) await qr.rollbackTransaction().catch(() => undefined);
    throw e;
  } finally {
    await qr.release();
  }
}
