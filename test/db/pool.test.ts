/**
 * A transaction never waits for a second pool connection while it holds its own: once every connection is held by such a
 * transaction, none of them can go on, and every later request waits for ever. The kill -9 test's retries after a restart (about
 * twenty at once, with cold caches) hung that way on MariaDB for four attempts of a minute. What a transaction reads into a
 * process-wide cache (whether the node is a Galera node; the divisions' index) it reads through its own connection.
 * MariaDB only: SQLite has one connection and queues its transactions.
 */
import type { DataSource, DataSourceOptions } from 'typeorm';
import { parseDatabaseUrl } from '../../src/config';
import { createDataSource } from '../../src/db/datasource';
import { causalUpdate } from '../../src/db/galera';
import { inTransaction } from '../../src/db/tx';
import { invalidatePlaceIndex, placeIndex } from '../../src/gazetteer/store';
import { createTestDb, onMysql, TestDb } from '../support/db';

const wait = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

(onMysql() ? describe : describe.skip)('a pool of two connections under two transactions at once (MariaDB)', () => {
  let db: TestDb;
  let small: DataSource;
  beforeAll(async () => {
    db = await createTestDb();
    small = createDataSource(parseDatabaseUrl(db.url), {
      extra: { connectionLimit: 2, waitForConnections: true, queueLimit: 0 },
    } as Partial<DataSourceOptions>);
    await small.initialize();
  });
  afterAll(async () => {
    invalidatePlaceIndex();
    if (small?.isInitialized) await small.destroy();
    await db?.close();
  });

  it('finishes both when each asks the cold caches (Galera or not, the divisions) with every connection held', async () => {
    // A new DataSource: neither cache knows it yet.
    invalidatePlaceIndex();
    const run = () =>
      inTransaction(small, async ({ manager }) => {
        await manager.query('SELECT 1');
        // Both transactions now hold a connection each: the pool has none left.
        await wait(100);
        await manager.query(await causalUpdate(manager, 'SELECT 1'));
        await placeIndex(small, manager);
        return true;
      });
    const outcome = await Promise.race([Promise.all([run(), run()]).then(() => 'both committed'), wait(15_000).then(() => 'stuck')]);
    expect(outcome).toBe('both committed');
  });
});
