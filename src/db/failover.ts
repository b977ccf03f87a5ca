import { EventEmitter } from 'node:events';
import { EntitySubscriberInterface, EventSubscriber } from 'typeorm';
import type { AfterQueryEvent } from 'typeorm/subscriber/event/QueryEvent';
import { log } from '../log';
import type { DbHost } from './hosts';

/**
 * Several database hosts for one process (a Galera cluster: every node takes writes). The process
 * prefers the first host and moves to the next when a node stops answering or is not ready
 * (a joining or non-primary Galera node answers 1047 'WSREP has not yet prepared node for
 * application use'); a node taken out is tried again after NODE_RETRY_MS, by one caller at a time,
 * and becomes the preferred node again once it answers and reports wsrep_ready. List the node on
 * the same machine (or in the same rack) first: one writer node per process keeps certification
 * conflicts between processes rare, and a conflict is re-run anyway (src/db/tx.ts).
 *
 * TypeORM's own `replication` option is one writer plus read replicas (writes never fail over),
 * so this is a pool with mysql2's pool interface given to TypeORM as its driver's createPool.
 */

/** How long a node that failed stays out before one caller tries it again. */
export const NODE_RETRY_MS = 2000;

// The node cannot serve this connection or any other now: take it out and use the next.
const NODE_DOWN = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'EPIPE',
  'PROTOCOL_CONNECTION_LOST',
  'ER_UNKNOWN_COM_ERROR', // 1047: WSREP not ready (joining, donor without desync, non-primary)
  'ER_SERVER_SHUTDOWN',
  'ER_CONNECTION_KILLED',
  'ER_CON_COUNT_ERROR',
]);

export function isNodeDown(e: unknown): boolean {
  const err = e as { code?: string; errno?: number; driverError?: { code?: string; errno?: number } } | null;
  const code = err?.code ?? err?.driverError?.code;
  const errno = err?.errno ?? err?.driverError?.errno;
  return (code !== undefined && NODE_DOWN.has(code)) || errno === 1047;
}

type Callback = (err: Error | null, conn?: any) => void;

interface Node extends DbHost {
  pool: any;
  /** Out until then (0: in service). */
  downUntil: number;
  /** One caller is trying the node after its time out. */
  probing: boolean;
}

const nodeOf = new WeakMap<object, { pool: FailoverPool; node: Node }>();
const checked = new WeakSet<object>();

/** A node failed a query on this connection (src/db/timeouts.ts subscriber): take the node out. */
export function reportConnectionError(conn: object | undefined, err: unknown): void {
  if (!conn || !isNodeDown(err)) return;
  const owner = nodeOf.get(conn);
  owner?.pool.markDown(owner.node, err);
}

export class FailoverPool extends EventEmitter {
  readonly nodes: Node[];
  private closed = false;

  constructor(
    mysql: { createPool(o: object): any },
    hosts: DbHost[],
    readonly config: { connectionLimit?: number } & Record<string, unknown>,
  ) {
    super();
    this.nodes = hosts.map((h) => ({ ...h, pool: mysql.createPool({ ...config, host: h.host, port: h.port }), downUntil: 0, probing: false }));
  }

  markDown(node: Node, err: unknown): void {
    const wasUp = node.downUntil === 0;
    node.downUntil = Date.now() + NODE_RETRY_MS;
    node.probing = false;
    if (wasUp && !this.closed) {
      const e = err as { code?: string; message?: string };
      log.warn('database node out of service; using the next one', { node: `${node.host}:${node.port}`, error: String(e?.code ?? e?.message ?? e) });
    }
  }

  private markUp(node: Node): void {
    if (node.downUntil !== 0) log.info('database node back in service', { node: `${node.host}:${node.port}` });
    node.downUntil = 0;
    node.probing = false;
  }

  /** Nodes to try, in order: in service ones as listed, then (if that fails) the ones taken out. */
  private order(): Node[] {
    const now = Date.now();
    const first: Node[] = [];
    const last: Node[] = [];
    for (const n of this.nodes) {
      if (n.downUntil === 0) first.push(n);
      else if (n.downUntil <= now && !n.probing) {
        // Its time out is over: this caller tries it, in its listed place.
        n.probing = true;
        first.push(n);
      } else last.push(n);
    }
    first.sort((a, b) => this.nodes.indexOf(a) - this.nodes.indexOf(b));
    return [...first, ...last];
  }

  getConnection(cb: Callback): void {
    if (this.closed) {
      cb(Object.assign(new Error('Pool is closed.'), { code: 'POOL_CLOSED' }));
      return;
    }
    const nodes = this.order();
    const attempt = (i: number, lastErr: Error | null) => {
      if (i >= nodes.length) {
        cb(lastErr ?? new Error('no database node answered'));
        return;
      }
      const node = nodes[i];
      node.pool.getConnection((err: Error | null, conn: any) => {
        if (err) {
          if (!isNodeDown(err)) {
            if (node.probing) node.probing = false;
            return cb(err);
          }
          this.markDown(node, err);
          return attempt(i + 1, err);
        }
        nodeOf.set(conn, { pool: this, node });
        if (checked.has(conn)) {
          if (node.probing) this.markUp(node);
          return cb(null, conn);
        }
        // A new connection: a Galera node accepts connections before it can serve queries.
        conn.query("SHOW STATUS LIKE 'wsrep_ready'", (qerr: Error | null, rows: { Value?: string }[]) => {
          const ready = !qerr && (!rows?.length || String(rows[0].Value).toUpperCase() === 'ON');
          if (!ready) {
            conn.destroy();
            const e = qerr ?? Object.assign(new Error('WSREP has not yet prepared node for application use'), { code: 'ER_UNKNOWN_COM_ERROR', errno: 1047 });
            this.markDown(node, e);
            return attempt(i + 1, e);
          }
          checked.add(conn);
          this.markUp(node);
          cb(null, conn);
        });
      });
    };
    attempt(0, null);
  }

  end(cb?: (err?: Error | null) => void): void {
    this.closed = true;
    let left = this.nodes.length;
    let failed: Error | null = null;
    for (const n of this.nodes)
      n.pool.end((err: Error | null) => {
        failed ??= err;
        if (--left === 0) cb?.(failed);
      });
  }

  // The shape src/http/metrics.ts reads from mysql2's pool, summed over the nodes.
  get _allConnections() {
    return { length: this.nodes.reduce((s, n) => s + (n.pool._allConnections?.length ?? 0), 0) };
  }
  get _freeConnections() {
    return { length: this.nodes.reduce((s, n) => s + (n.pool._freeConnections?.length ?? 0), 0) };
  }
  get _connectionQueue() {
    return { length: this.nodes.reduce((s, n) => s + (n.pool._connectionQueue?.length ?? 0), 0) };
  }
}

/** mysql2 with createPool replaced by a FailoverPool over `hosts` (TypeORM's `driver` option). */
export function failoverDriver(hosts: DbHost[]): object {
  const mysql = require('mysql2');
  return Object.assign(Object.create(mysql), { createPool: (options: Record<string, unknown>) => new FailoverPool(mysql, hosts, options) });
}

/**
 * A query that failed because its node went away (connection lost, 1047 not ready) takes that
 * node out at once, so the transaction's re-run (src/db/tx.ts) gets a connection to the next one.
 */
@EventSubscriber()
export class ReportNodeFailures implements EntitySubscriberInterface {
  afterQuery(event: AfterQueryEvent): void {
    if (event.success) return;
    reportConnectionError((event.queryRunner as unknown as { databaseConnection?: object }).databaseConnection, event.error);
  }
}
