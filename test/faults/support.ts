import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../../src/config';
import { createDataSource } from '../../src/db/datasource';
import { ROOT } from '../../bench/support/server';
import type { IntakeBody } from '../../bench/support/workload';

/** FAULTS_LONG=1 runs the long variants (more clients, more rounds, longer outages). */
export const LONG = process.env.FAULTS_LONG === '1';

export interface Outcome {
  body: IntakeBody;
  /** HTTP status, or null when no answer came (connection reset or refused). */
  status: number | null;
  ticketId?: number;
  error?: string;
}

export async function post(url: string, token: string, body: IntakeBody, timeoutMs = 30_000): Promise<Outcome> {
  try {
    const res = await fetch(`${url}/api/v1/tickets`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const json: any = await res.json().catch(() => null);
    return { body, status: res.status, ticketId: typeof json?.id === 'number' ? json.id : undefined };
  } catch (e: any) {
    return { body, status: null, error: String(e?.cause?.code ?? e?.code ?? e?.message ?? e) };
  }
}

/**
 * `clients` loops posting new tickets until `stop()` says so. Every request's outcome is kept,
 * including the ones in flight when the server died (status null).
 */
export function intakeLoad(url: () => string, token: string, next: () => IntakeBody, clients: number) {
  const outcomes: Outcome[] = [];
  let stopped = false;
  const loops = Array.from({ length: clients }, async () => {
    while (!stopped) outcomes.push(await post(url(), token, next()));
  });
  return {
    outcomes,
    answered: () => outcomes.filter((o) => o.status !== null && o.status >= 200 && o.status < 300).length,
    async stop() {
      stopped = true;
      await Promise.all(loops);
    },
  };
}

export async function until(cond: () => boolean | Promise<boolean>, timeoutMs: number, what: string, stepMs = 25): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, stepMs));
  }
}

export async function openDs(url: string): Promise<DataSource> {
  const ds = createDataSource(parseDatabaseUrl(url));
  await ds.initialize();
  return ds;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

const run = promisify(execFile);

/**
 * A MariaDB server of its own (scripts/mariadb.sh with its own datadir and port) that a test may
 * stop and start: never the shared one.
 */
export async function throwawayMariadb() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-fault-mariadb-'));
  const port = await freePort();
  const env = { ...process.env, MARIADB_DIR: dir, MARIADB_PORT: String(port) };
  const script = path.join(ROOT, 'scripts', 'mariadb.sh');
  const start = async () => (await run(script, ['start'], { cwd: ROOT, env })).stdout.trim().split('\n').pop()!;
  const url = await start();
  return {
    url,
    port,
    /** The server's process id (to freeze it with SIGSTOP). */
    pid: () => Number(fs.readFileSync(path.join(dir, 'mysqld.pid'), 'utf8').trim()),
    start,
    stop: async () => void (await run(script, ['stop'], { cwd: ROOT, env })),
    async destroy() {
      await run(script, ['stop'], { cwd: ROOT, env }).catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
