import { AdvancedConsoleLogger, EntitySubscriberInterface, EventSubscriber } from 'typeorm';
import { log } from '../log';
import type { AfterQueryEvent } from 'typeorm/subscriber/event/QueryEvent';

/**
 * mysql2's query timeout (enableQueryTimeout in src/db/datasource.ts) only fails the caller: the
 * connection keeps waiting for the answer and goes back to the pool, where the next query queues
 * behind it and hangs. This subscriber destroys a connection whose query timed out, so the pool
 * opens a fresh one (or fails fast while the database is away).
 */
@EventSubscriber()
export class DropTimedOutConnections implements EntitySubscriberInterface {
  afterQuery(event: AfterQueryEvent): void {
    if (event.success) return;
    const err = event.error as { code?: string; driverError?: { code?: string } } | undefined;
    if (err?.code !== 'PROTOCOL_SEQUENCE_TIMEOUT' && err?.driverError?.code !== 'PROTOCOL_SEQUENCE_TIMEOUT') return;
    const conn = (event.queryRunner as unknown as { databaseConnection?: { destroy?: () => void } }).databaseConnection;
    conn?.destroy?.();
  }
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
