import mysql from 'mysql2';
import { AdvancedConsoleLogger, EntitySubscriberInterface, EventSubscriber } from 'typeorm';
import { log } from '../log';
import type { AfterQueryEvent } from 'typeorm/subscriber/event/QueryEvent';

/**
 * mysql2's query timeout (enableQueryTimeout in src/db/datasource.ts) only fails the caller: the
 * connection keeps waiting for the answer and goes back to the pool, where the next query queues
 * behind it and hangs. This subscriber destroys a connection whose query timed out, so the pool
 * opens a fresh one (or fails fast while the database is away).
 *
 * Destroying it is not enough on the server: MariaDB notices a closed client only when the
 * statement ends, and a lock wait ends at innodb_lock_wait_timeout (50 s by default), so the
 * abandoned transaction would keep its row locks that long after the caller was answered 503, and
 * the next requests would queue behind them. Its session is therefore also ended on the server
 * (KILL CONNECTION through a connection of its own to the same host: thread ids are per node).
 */
@EventSubscriber()
export class DropTimedOutConnections implements EntitySubscriberInterface {
  afterQuery(event: AfterQueryEvent): void {
    if (event.success) return;
    const err = event.error as { code?: string; driverError?: { code?: string } } | undefined;
    if (err?.code !== 'PROTOCOL_SEQUENCE_TIMEOUT' && err?.driverError?.code !== 'PROTOCOL_SEQUENCE_TIMEOUT') return;
    const conn = (event.queryRunner as unknown as { databaseConnection?: AbandonedConnection }).databaseConnection;
    conn?.destroy?.();
    // The session has been running this query about as long as the timeout (less a second for clocks and rounding).
    const timeoutMs = Number((event.queryRunner.connection.options as { maxQueryExecutionTime?: number }).maxQueryExecutionTime ?? 0);
    if (conn?.threadId && conn.config) void endSessionOnServer(conn.config, conn.threadId, Math.max(0, Math.floor(timeoutMs / 1000) - 1));
  }
}

/** What a mysql2 connection carries that the kill needs. */
interface AbandonedConnection {
  destroy?: () => void;
  threadId?: number | null;
  config?: { host?: string; port?: number; socketPath?: string; user?: string; password?: string; connectTimeout?: number; ssl?: unknown };
}

/**
 * KILL CONNECTION <id> on the node the session lives on, fire and forget: it fails harmlessly when the
 * session is gone already, and gives up after the connect timeout when the database is frozen. Only a
 * session that has been running a query for at least `minSeconds` is ended: behind a proxy or a load
 * balancer (TiDB, MaxScale) the killer may reach another server, where the same id can be a healthy
 * session of ours between statements, which must not be cut.
 */
export function endSessionOnServer(config: NonNullable<AbandonedConnection['config']>, threadId: number, minSeconds: number): Promise<void> {
  const { host, port, socketPath, user, password, ssl } = config;
  const connectTimeout = config.connectTimeout ?? 5000;
  const id = Math.trunc(Number(threadId));
  return new Promise<void>((resolve) => {
    let killer: ReturnType<typeof mysql.createConnection>;
    try {
      killer = mysql.createConnection({ host, port, socketPath, user, password, connectTimeout, ...(ssl ? { ssl: ssl as object } : {}) });
    } catch {
      return resolve();
    }
    let finished = false;
    const done = (e?: unknown) => {
      if (finished) return;
      finished = true;
      if (e && (e as { code?: string }).code !== 'ER_NO_SUCH_THREAD') log.warn('could not end an abandoned database session', { error: (e as Error).message });
      clearTimeout(timer);
      killer.destroy();
      resolve();
    };
    const timer = setTimeout(done, connectTimeout * 2);
    timer.unref?.();
    killer.on('error', done);
    const running = "SELECT COUNT(*) AS n FROM information_schema.PROCESSLIST WHERE ID = ? AND COMMAND = 'Query' AND TIME >= ?";
    killer.query(running, [id, minSeconds], (e, rows) => {
      if (e || !Number((rows as { n: number | string }[])[0]?.n)) return done(e);
      killer.query(`KILL CONNECTION ${id}`, (k) => done(k));
    });
  });
}

/**
 * TypeORM's default logger, except that a slow query (over maxQueryExecutionTime, which also
 * happens when one times out) is logged without its parameters: they can carry a petitioner's
 * phone number or WeChat id, which never go to a log.
 */
export class LoggerWithoutParameters extends AdvancedConsoleLogger {
  logQuerySlow(time: number, query: string): void {
    log.warn('database query slow or timed out', { ms: time, sql: query.slice(0, 300) });
  }
}
