import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { int, str } from '../src/db/schema';

/**
 * Several server processes (WORKERS=N, or several hosts on one database) share what used to live
 * in each process's memory:
 * - rate_bucket: the intake token buckets (one row per sender or relay key), taken with one
 *   conditional UPDATE per key, so N processes do not multiply the limits;
 * - pace_slot: the outbox's send pacing per bot account, chat and WeCom robot (recent send times),
 *   so two dispatchers do not send twice the allowed rate;
 * - cache_version: one counter per in-process cache, bumped in the transaction that changes the
 *   data; every process polls the row and drops its cache when the counter moves.
 */
export class SharedLimits1764001100000 implements MigrationInterface {
  name = 'SharedLimits1764001100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'rate_bucket',
        columns: [
          str('bucket', 128, { isPrimary: true }),
          { name: 'tokens', type: 'double' },
          // Milliseconds since the epoch of the last refill (bigint: no datetime rounding per dialect).
          { name: 'at', type: 'bigint' },
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'pace_slot',
        columns: [
          str('paceKey', 128, { isPrimary: true }),
          // Recent send times (ms, comma-separated, newest last) and the far end's block, if any.
          str('sent', 2000, { default: "''" }),
          { name: 'blockedUntil', type: 'bigint', default: 0 },
          int('version', { default: 0 }),
        ],
      }),
    );
    await q.createTable(new Table({ name: 'cache_version', columns: [str('name', 32, { isPrimary: true }), int('version', { default: 0 })] }));
    for (const name of ['reference', 'tokens', 'places']) await q.query('INSERT INTO cache_version (name, version) VALUES (?, 0)', [name]);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('cache_version');
    await q.dropTable('pace_slot');
    await q.dropTable('rate_bucket');
  }
}
