/**
 * Several database hosts (a Galera cluster) without a cluster: DATABASE_URL parsing, and the
 * failover pool over stand-in node pools (which node a connection comes from, when a node is
 * taken out and when it is tried again), and which failures inTransaction re-runs.
 */
import { EventEmitter } from 'node:events';
import { parseDatabaseUrl } from '../../src/config';
import { FailoverPool, isNodeDown, NODE_RETRY_MS } from '../../src/db/failover';
import * as tx from '../../src/db/tx';
import { inTransaction, retryable } from '../../src/db/tx';
import { acquireLease, leaseInfo, makeHolder } from '../../src/jobs/lease';
import { metrics } from '../../src/http/metrics';
import { createTestDb } from '../support/db';

describe('DATABASE_URL with several hosts', () => {
  it('lists the hosts in order and names the first in the URL', () => {
    expect(parseDatabaseUrl('mysql://u:p%40ss@10.0.0.1:3306,10.0.0.2:3307,db3/cunsheng?charset=utf8mb4')).toEqual({
      type: 'mysql',
      url: 'mysql://u:p%40ss@10.0.0.1:3306/cunsheng?charset=utf8mb4',
      hosts: [
        { host: '10.0.0.1', port: 3306 },
        { host: '10.0.0.2', port: 3307 },
        { host: 'db3', port: 3306 },
      ],
    });
    expect(parseDatabaseUrl('mariadb://u:p@[::1]:4401,[::1]:4402/db')).toMatchObject({
      hosts: [
        { host: '::1', port: 4401 },
        { host: '::1', port: 4402 },
      ],
    });
  });

  it('keeps a single-host URL as it was, with no host list', () => {
    expect(parseDatabaseUrl('mysql://root:root@127.0.0.1:3306/cunsheng')).toEqual({ type: 'mysql', url: 'mysql://root:root@127.0.0.1:3306/cunsheng' });
  });

  it('refuses a malformed host or port, naming it', () => {
    expect(() => parseDatabaseUrl('mysql://u:p@h1:3306,h2:99999/db')).toThrow(/port 99999/);
    expect(() => parseDatabaseUrl('mysql://u:p@h1:3306,h2:x/db')).toThrow(/host "h2:x"/);
  });
});

/** A stand-in for one node's mysql2 pool: refuses, or hands out connections that report wsrep_ready. */
function fakeNode(state: { refuse?: boolean; ready?: string; galera?: boolean }) {
  const given: any[] = [];
  const pool = {
    ended: false,
    getConnection(cb: (err: any, conn?: any) => void) {
      if (state.refuse) return setImmediate(() => cb(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })));
      const conn = Object.assign(new EventEmitter(), {
        destroyed: false,
        query(_sql: string, done: (err: any, rows?: any[]) => void) {
          setImmediate(() => done(null, state.galera === false ? [] : [{ Variable_name: 'wsrep_ready', Value: state.ready ?? 'ON' }]));
        },
        destroy() {
          this.destroyed = true;
        },
        release() {},
      });
      given.push(conn);
      setImmediate(() => cb(null, conn));
    },
    end(cb: (err: any) => void) {
      pool.ended = true;
      cb(null);
    },
  };
  return { state, pool, given };
}

function cluster(...states: Parameters<typeof fakeNode>[0][]) {
  const nodes = states.map(fakeNode);
  let i = 0;
  const mysql = { createPool: (_o: object) => nodes[i++].pool };
  const pool = new FailoverPool(
    mysql,
    nodes.map((_, n) => ({ host: `n${n + 1}`, port: 3306 })),
    {},
  );
  const get = () => new Promise<any>((resolve, reject) => pool.getConnection((err, conn) => (err ? reject(err) : resolve(conn))));
  const from = (conn: any) => nodes.findIndex((n) => n.given.includes(conn)) + 1;
  return { nodes, pool, get, from };
}

describe('the failover pool', () => {
  afterEach(() => jest.useRealTimers());

  it('uses the first node while it answers', async () => {
    const c = cluster({}, {}, {});
    expect(c.from(await c.get())).toBe(1);
    expect(c.from(await c.get())).toBe(1);
  });

  it('moves to the next node when one refuses, and tries it again after NODE_RETRY_MS', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'nextTick'] });
    const c = cluster({ refuse: true }, {}, {});
    expect(c.from(await c.get())).toBe(2);
    c.nodes[0].state.refuse = false;
    // Still out: not tried again before its time.
    expect(c.from(await c.get())).toBe(2);
    jest.advanceTimersByTime(NODE_RETRY_MS + 1);
    expect(c.from(await c.get())).toBe(1);
    expect(c.from(await c.get())).toBe(1);
  });

  it('skips a node that accepts connections but is not ready (a joining Galera node), and closes that connection', async () => {
    const c = cluster({ ready: 'OFF' }, {}, {});
    const conn = await c.get();
    expect(c.from(conn)).toBe(2);
    expect(c.nodes[0].given[0].destroyed).toBe(true);
  });

  it('serves from a plain MariaDB that has no wsrep status', async () => {
    const c = cluster({ galera: false }, {});
    expect(c.from(await c.get())).toBe(1);
  });

  it('fails with the last error when no node answers, and still tries them all next time', async () => {
    const c = cluster({ refuse: true }, { refuse: true });
    await expect(c.get()).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    c.nodes[1].state.refuse = false;
    expect(c.from(await c.get())).toBe(2);
  });

  it('ends every node pool', async () => {
    const c = cluster({}, {});
    await new Promise<void>((resolve) => c.pool.end(() => resolve()));
    expect(c.nodes.map((n) => n.pool.ended)).toEqual([true, true]);
    await expect(c.get()).rejects.toMatchObject({ code: 'POOL_CLOSED' });
  });
});

describe('which failed transactions are run again', () => {
  const err = (code: string, errno?: number) => ({ code, errno, message: code });
  it('re-runs a deadlock or certification conflict (1213), also at COMMIT, on one host or several', () => {
    for (const failover of [false, true]) {
      expect(retryable(err('ER_LOCK_DEADLOCK', 1213), true, failover)).toBe(true);
      expect(retryable({ driverError: err('ER_LOCK_DEADLOCK', 1213) }, false, failover)).toBe(true);
    }
  });
  it('moves a transaction to another node when its node went away before COMMIT, never after', () => {
    for (const code of ['PROTOCOL_CONNECTION_LOST', 'ECONNREFUSED', 'ECONNRESET', 'ER_SERVER_SHUTDOWN']) {
      expect(retryable(err(code), false, true)).toBe(true);
      expect(retryable(err(code), true, true)).toBe(false);
      // One host: nowhere to go; the request answers 503 at once.
      expect(retryable(err(code), false, false)).toBe(false);
    }
    expect(retryable(err('ER_UNKNOWN_COM_ERROR', 1047), true, true)).toBe(true);
  });
  it('runs an idempotent transaction (an outbox ack) again on another node even when its node went away during COMMIT', () => {
    for (const code of ['PROTOCOL_CONNECTION_LOST', 'ECONNRESET']) {
      expect(retryable(err(code), true, true, true)).toBe(true);
      expect(retryable(err(code), true, false, true)).toBe(false);
    }
    expect(retryable(err('ER_DUP_ENTRY'), true, true, true)).toBe(false);
  });
  it('does not re-run what a second try cannot fix', () => {
    for (const code of ['ER_DUP_ENTRY', 'PROTOCOL_SEQUENCE_TIMEOUT', 'ER_PARSE_ERROR']) expect(retryable(err(code), false, true)).toBe(false);
    expect(isNodeDown(err('PROTOCOL_SEQUENCE_TIMEOUT'))).toBe(false);
  });
});

describe('inTransaction', () => {
  it('runs the whole transaction again after a certification conflict, and counts the re-run; a duplicate key is not re-run', async () => {
    const db = await createTestDb();
    try {
      const before = metrics.txReruns.get({ reason: 'conflict' });
      let calls = 0;
      const result = await inTransaction(db.ds, async ({ manager }) => {
        calls++;
        await manager.query("UPDATE cache_version SET version = version + 1 WHERE name = 'places'");
        if (calls === 1)
          throw Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), { code: 'ER_LOCK_DEADLOCK', errno: 1213 });
        return 'done';
      });
      expect({ result, calls }).toEqual({ result: 'done', calls: 2 });
      expect(metrics.txReruns.get({ reason: 'conflict' })).toBe(before + 1);
      // The failed attempt's write was rolled back: one increment stands.
      const [{ version }] = await db.ds.query("SELECT version FROM cache_version WHERE name = 'places'");
      expect(Number(version)).toBe(1);

      let dup = 0;
      await expect(
        inTransaction(db.ds, async () => {
          dup++;
          throw Object.assign(new Error('Duplicate entry'), { code: 'ER_DUP_ENTRY', errno: 1062 });
        }),
      ).rejects.toMatchObject({ code: 'ER_DUP_ENTRY' });
      expect(dup).toBe(1);
    } finally {
      await db.close();
    }
  });
});

describe('a job lease whose COMMIT got no answer (its node died)', () => {
  const lost = () => Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST' });
  afterEach(() => jest.restoreAllMocks());

  it('is ours if the row names this holder (the commit happened): the slot runs', async () => {
    const db = await createTestDb();
    try {
      const real = tx.inTransaction;
      jest.spyOn(tx, 'inTransaction').mockImplementationOnce(async (ds, fn) => {
        await real(ds, fn);
        throw lost();
      });
      const holder = makeHolder();
      expect(await acquireLease(db.ds, 'escalate', holder, { slot: new Date('2026-11-30T12:00:00Z') })).toBe(true);
      expect((await leaseInfo(db.ds, 'escalate'))?.holder).toBe(holder);
    } finally {
      await db.close();
    }
  });

  it('fails as before if the row does not name this holder (the commit did not happen)', async () => {
    const db = await createTestDb();
    try {
      jest.spyOn(tx, 'inTransaction').mockImplementationOnce(async () => {
        throw lost();
      });
      await expect(acquireLease(db.ds, 'escalate', makeHolder(), { slot: new Date('2026-11-30T12:00:00Z') })).rejects.toMatchObject({
        code: 'PROTOCOL_CONNECTION_LOST',
      });
      expect(await leaseInfo(db.ds, 'escalate')).toBeNull();
    } finally {
      await db.close();
    }
  });
});
