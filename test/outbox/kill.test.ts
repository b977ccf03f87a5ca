import { ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestDb, TestDb } from '../support/db';
import { startGateway, FakeGateway, waitFor } from './support/gateway';
import { tsRegister } from '../../bench/support/server';
import { inTransaction } from '../../src/db/tx';
import { enqueue } from '../../src/outbox/enqueue';
import { OutboxMessage } from '../../src/entities/OutboxMessage';

/**
 * The crash test: a real sender process (`cli outbox:run`) delivers 50 SMS through a fake gateway
 * and is SIGKILLed while the gateway holds message #17 on the wire. A second process finishes the
 * job. Every message arrives; only the one in flight arrives twice.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const N = 50;
const KILL_AT = 17;

let db: TestDb;
let gw: FakeGateway;
let tmp: string;
const children: ChildProcess[] = [];

function startSender(): ChildProcess {
  // swc when installed: the sender starts in about a second instead of four (bench/support/server.ts).
  const child = spawn(process.execPath, ['-r', tsRegister(), 'src/cli/index.ts', 'outbox:run'], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: db.url,
      SMS_GATEWAY_URL: `${gw.url}/send`,
      SMS_SECRET: 'kill-test',
      OUTBOX_LEASE_MS: '1500',
      OUTBOX_POLL_MS: '100',
      OUTBOX_BATCH: '10',
      OUTBOX_TARGET_PER_MINUTE: '0',
      OUTBOX_TARGET_MIN_INTERVAL_MS: '0',
      LOG_LEVEL: 'error',
      JEST_WORKER_ID: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr!.on('data', (c) => (err += c));
  child.on('exit', (code, signal) => {
    if (code && code !== 0) process.stderr.write(`sender exited ${code} ${signal}: ${err}\n`);
  });
  children.push(child);
  return child;
}
const exited = (c: ChildProcess) => new Promise<void>((r) => (c.exitCode !== null || c.signalCode !== null ? r() : c.once('exit', () => r())));

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-kill-'));
  db = await createTestDb({ file: path.join(tmp, 'outbox.sqlite') });
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await Promise.all(children.map(exited));
  await gw?.close();
  await db.close();
  fs.rmSync(tmp, { recursive: true, force: true });
});

it('a sender killed mid-flight repeats at most the message on the wire; a restart delivers the rest', async () => {
  let first: ChildProcess | null = null;
  let inflight: string | null = null;
  gw = await startGateway((hit, res) => {
    if (gw.hits.length === KILL_AT && first) {
      // The gateway has the message; its sender dies before hearing back.
      inflight = String(hit.headers['idempotency-key']);
      first.kill('SIGKILL');
      res.destroy();
      return 'handled';
    }
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"code":0}');
    }, 5);
    return 'handled';
  });

  await inTransaction(db.ds, async ({ manager }) => {
    for (let i = 0; i < N; i++)
      await enqueue(manager, {
        channel: 'sms',
        target: `1380000${String(i).padStart(4, '0')}`,
        kind: 'kill_test',
        payload: { text: `第 ${i} 条` },
        dedupeKey: `kill:${i}`,
      });
  });
  const ids = (await db.ds.manager.find(OutboxMessage, { order: { id: 'ASC' } })).map((r) => `cunsheng-outbox-${r.id}`);
  expect(ids).toHaveLength(N);

  first = startSender();
  await exited(first);
  expect(first.signalCode).toBe('SIGKILL');
  expect(inflight).not.toBeNull();
  const sentBefore = await db.ds.manager.count(OutboxMessage, { where: { status: 'sent' } });
  expect(sentBefore).toBe(KILL_AT - 1);
  // The in-flight message is still claimed by the dead process (it never got its ack).
  const stuck = await db.ds.manager.findOneByOrFail(OutboxMessage, { id: Number(inflight!.split('-').pop()) });
  expect(stuck.status).toBe('sending');

  const second = startSender();
  await waitFor(async () => (await db.ds.manager.count(OutboxMessage, { where: { status: 'sent' } })) === N, 'all messages sent after restart', 90_000);
  second.kill('SIGTERM');
  await exited(second);

  const seen = new Map<string, number>();
  for (const h of gw.hits) seen.set(String(h.headers['idempotency-key']), (seen.get(String(h.headers['idempotency-key'])) ?? 0) + 1);
  expect([...seen.keys()].sort()).toEqual([...ids].sort());
  const repeated = [...seen].filter(([, n]) => n > 1).map(([k]) => k);
  expect(repeated).toEqual([inflight]);
  expect(gw.hits).toHaveLength(N + 1);
  // The clean shutdown of the second sender left nothing claimed.
  expect(await db.ds.manager.count(OutboxMessage, { where: { status: 'sending' } })).toBe(0);
}, 150_000);
