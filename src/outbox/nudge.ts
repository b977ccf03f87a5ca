import type { DataSource, EntityManager, EntitySubscriberInterface, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';

/**
 * Wakes the in-process senders when a transaction that enqueued messages commits, so delivery
 * starts at once instead of at the next poll. `enqueue` flags the transaction's query runner; a
 * subscriber installed on the DataSource fires the nudge after commit (never on rollback).
 */
const listeners = new Set<() => void>();

export function onNudge(fn: () => void): () => void {
  listeners.add(fn);
  return () => void listeners.delete(fn);
}

/** Wake every sender loop in this process (call it from `afterCommit` when in doubt). */
export function nudge(): void {
  for (const fn of listeners) {
    try {
      fn();
    } catch {
      // A listener's failure never reaches the code that committed.
    }
  }
}

const FLAG = 'outboxEnqueued';

/** Called by enqueue inside the caller's transaction. */
export function flagEnqueued(m: EntityManager): void {
  const qr = m.queryRunner;
  if (qr) (qr.data ??= {})[FLAG] = true;
}

const installed = new WeakSet<DataSource>();

/** Installs the after-commit hook on a DataSource once. */
export function installCommitHook(ds: DataSource): void {
  if (installed.has(ds)) return;
  installed.add(ds);
  const sub: EntitySubscriberInterface = {
    afterTransactionCommit(e: TransactionCommitEvent) {
      const data = e.queryRunner.data;
      if (data?.[FLAG]) {
        data[FLAG] = false;
        // After the commit statement has returned, off the committing call stack.
        setImmediate(nudge);
      }
    },
    afterTransactionRollback(e: TransactionRollbackEvent) {
      if (e.queryRunner.data?.[FLAG]) e.queryRunner.data[FLAG] = false;
    },
  };
  ds.subscribers.push(sub);
}
