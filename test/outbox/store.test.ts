import { EntityManager } from 'typeorm';
import { createTestDb, TestDb } from '../support/db';
import { inTransaction } from '../../src/db/tx';
import { enqueue } from '../../src/outbox/enqueue';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { ChatTarget } from '../../src/entities/ChatTarget';
import { backoffMs, claimBatch, markDeferred, markFailed, markSent, renewLease, reroute, retryMessage } from '../../src/outbox/store';

let db: TestDb;
const T0 = new Date('2026-03-02T02:00:00Z');
const at = (s: number) => new Date(T0.getTime() + s * 1000);

beforeAll(async () => {
  db = await createTestDb();
});
afterAll(async () => db.close());
beforeEach(async () => {
  await db.ds.query('DELETE FROM outbox_message');
});

async function put(n: number, channel: OutboxMessage['channel'] = 'sms', extra: { account?: string | null; target?: string } = {}) {
  await inTransaction(db.ds, async ({ manager }) => {
    for (let i = 0; i < n; i++)
      await enqueue(
        manager,
        {
          channel,
          target: extra.target ?? `1380000${String(i).padStart(4, '0')}`,
          kind: 'test',
          payload: { text: `m${i}` },
          dedupeKey: `k:${channel}:${extra.account}:${i}`,
          account: extra.account,
        },
        T0,
      );
  });
}
const row = (id: number) => db.ds.manager.findOneByOrFail(OutboxMessage, { id });

describe('claimBatch', () => {
  it('claims due rows once: a second worker gets the rest, then nothing', async () => {
    await put(5);
    const a = await claimBatch(db.ds, { channels: ['sms'], worker: 'A', limit: 3, leaseMs: 60_000, now: at(1) });
    const b = await claimBatch(db.ds, { channels: ['sms'], worker: 'B', limit: 3, leaseMs: 60_000, now: at(1) });
    const c = await claimBatch(db.ds, { channels: ['sms'], worker: 'C', limit: 3, leaseMs: 60_000, now: at(1) });
    expect(a.map((m) => m.payload.text)).toEqual(['m0', 'm1', 'm2']);
    expect(b.map((m) => m.payload.text)).toEqual(['m3', 'm4']);
    expect(c).toEqual([]);
    expect(a.every((m) => m.status === 'sending' && m.lockedBy === 'A' && m.attempts === 1)).toBe(true);
  });

  it('concurrent claimers never share a row', async () => {
    await put(30);
    const got = await Promise.all(['A', 'B', 'C', 'D'].map((w) => claimBatch(db.ds, { channels: ['sms'], worker: w, limit: 10, leaseMs: 60_000, now: at(1) })));
    const ids = got.flat().map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(30);
  });

  it('a claim that keeps meeting a conflict (another node’s claimer took the head of the queue) comes back empty after two tries, the rows left for the next poll', async () => {
    await put(3);
    // The claim's last statement fails as a certification conflict fails it, on every attempt (the
    // same door on SQLite and MariaDB: a statement inside the transaction, not the driver).
    const realFind = EntityManager.prototype.find;
    let tries = 0;
    const spy = jest.spyOn(EntityManager.prototype, 'find').mockImplementation(async function (this: EntityManager, target: any, ...rest: any[]) {
      if (target === OutboxMessage) {
        tries++;
        throw Object.assign(new Error('Deadlock found when trying to get lock; try restarting transaction'), { code: 'ER_LOCK_DEADLOCK', errno: 1213 });
      }
      return (realFind as any).call(this, target, ...rest);
    } as any);
    try {
      expect(await claimBatch(db.ds, { channels: ['sms'], worker: 'A', limit: 3, leaseMs: 60_000, now: at(1) })).toEqual([]);
    } finally {
      spy.mockRestore();
    }
    expect(tries).toBe(2);
    const next = await claimBatch(db.ds, { channels: ['sms'], worker: 'B', limit: 3, leaseMs: 60_000, now: at(2) });
    expect(next.map((m) => [m.payload.text, m.attempts])).toEqual([
      ['m0', 1],
      ['m1', 1],
      ['m2', 1],
    ]);
  });

  it('leaves rows not yet due, of other channels, and of other bot accounts', async () => {
    await put(1, 'wecom');
    await put(1, 'wechat_contact', { account: 'botA', target: 'botA:c1' });
    await put(1, 'wechat_contact', { account: 'botB', target: 'botB:c1' });
    await put(1, 'wechat_contact', { account: null, target: 'anyone' });
    await inTransaction(db.ds, ({ manager }) => enqueue(manager, { channel: 'sms', target: '1', kind: 'later', payload: {}, notBefore: at(600) }, T0));
    const got = await claimBatch(db.ds, { channels: ['wechat_contact', 'sms'], worker: 'bot', botAccount: 'botA', limit: 10, leaseMs: 60_000, now: at(1) });
    expect(got.map((m) => m.target).sort()).toEqual(['anyone', 'botA:c1']);
  });

  it('takes a crashed sender’s in-flight row only after its lease expires', async () => {
    await put(1);
    const [m] = await claimBatch(db.ds, { channels: ['sms'], worker: 'dead', limit: 1, leaseMs: 30_000, now: at(1) });
    expect(await claimBatch(db.ds, { channels: ['sms'], worker: 'B', limit: 1, leaseMs: 30_000, now: at(20) })).toEqual([]);
    const [again] = await claimBatch(db.ds, { channels: ['sms'], worker: 'B', limit: 1, leaseMs: 30_000, now: at(40) });
    expect(again.id).toBe(m.id);
    expect(again.attempts).toBe(2);
    // The old owner lost it: it can neither renew nor fail it.
    expect(await renewLease(db.ds, m.id, 'dead', 30_000, at(41))).toBe(false);
    expect(await markFailed(db.ds, m.id, 'dead', 'x', at(41))).toBe('lost');
  });

  it('a row its sender keeps dying on is declared dead, not retried forever', async () => {
    await put(1);
    let t = 0;
    for (let i = 0; i < 3; i++) {
      expect(await claimBatch(db.ds, { channels: ['sms'], worker: `w${i}`, limit: 1, leaseMs: 10_000, now: at(t), maxAttempts: 3 })).toHaveLength(1);
      t += 20;
    }
    expect(await claimBatch(db.ds, { channels: ['sms'], worker: 'w9', limit: 1, leaseMs: 10_000, now: at(t), maxAttempts: 3 })).toEqual([]);
    const [r] = await db.ds.manager.find(OutboxMessage);
    expect(r.status).toBe('dead');
    expect(r.lastError).toMatch(/中断/);
  });
});

describe('acks', () => {
  it('markFailed backs off exponentially, then dead with the reason kept', async () => {
    await put(1);
    let now = at(0);
    const waits: number[] = [];
    for (let i = 1; i <= 4; i++) {
      const [m] = await claimBatch(db.ds, { channels: ['sms'], worker: 'A', limit: 1, leaseMs: 60_000, now });
      expect(m).toBeDefined();
      const outcome = await markFailed(db.ds, m.id, 'A', `HTTP 502 (${i})`, now, { maxAttempts: 4, random: () => 0.5 });
      const r = await row(m.id);
      if (i < 4) {
        expect(outcome).toBe('retry');
        expect(r.status).toBe('pending');
        waits.push(r.nextAttemptAt.getTime() - now.getTime());
        // Not due a moment before its time.
        expect(await claimBatch(db.ds, { channels: ['sms'], worker: 'A', limit: 1, leaseMs: 60_000, now: new Date(r.nextAttemptAt.getTime() - 2000) })).toEqual(
          [],
        );
        now = r.nextAttemptAt;
      } else {
        expect(outcome).toBe('dead');
        expect(r.status).toBe('dead');
        expect(r.lastError).toBe('HTTP 502 (4)');
      }
    }
    expect(waits.map((w) => Math.round(w / 1000))).toEqual([30, 60, 120]);
  });

  it('permanent failures die at once; retryMessage revives them', async () => {
    await put(1);
    const [m] = await claimBatch(db.ds, { channels: ['sms'], worker: 'A', limit: 1, leaseMs: 60_000, now: at(0) });
    expect(await markFailed(db.ds, m.id, 'A', 'bad number', at(0), { permanent: true })).toBe('dead');
    const revived = await retryMessage(db.ds, m.id, at(100));
    expect(revived).toMatchObject({ status: 'pending', attempts: 0, lastError: 'bad number' });
    const [again] = await claimBatch(db.ds, { channels: ['sms'], worker: 'A', limit: 1, leaseMs: 60_000, now: at(100) });
    expect(await markSent(db.ds, again.id, 'A', at(101))).toBe(true);
    expect(await retryMessage(db.ds, again.id, at(102))).toBeNull();
    expect((await row(m.id)).status).toBe('sent');
  });

  it('deferral is not an attempt', async () => {
    await put(1);
    const [m] = await claimBatch(db.ds, { channels: ['sms'], worker: 'A', limit: 1, leaseMs: 60_000, now: at(0) });
    expect(await markDeferred(db.ds, m.id, 'A', at(30), at(0))).toBe(true);
    expect(await row(m.id)).toMatchObject({ status: 'pending', attempts: 0, lockedBy: null });
    expect(await claimBatch(db.ds, { channels: ['sms'], worker: 'A', limit: 1, leaseMs: 60_000, now: at(10) })).toEqual([]);
    expect(await claimBatch(db.ds, { channels: ['sms'], worker: 'A', limit: 1, leaseMs: 60_000, now: at(31) })).toHaveLength(1);
  });

  it('reroute moves a claimed row to another channel, due now', async () => {
    await put(1, 'staff', { target: '7' });
    const [m] = await claimBatch(db.ds, { channels: ['staff'], worker: 'A', limit: 1, leaseMs: 60_000, now: at(0) });
    expect(await reroute(db.ds, m.id, 'A', { channel: 'wechat_contact', target: 'bot1:x', account: 'bot1', payload: { text: 'hi', staffId: 7 } }, at(1))).toBe(
      true,
    );
    const [b] = await claimBatch(db.ds, { channels: ['wechat_contact'], worker: 'bot', botAccount: 'bot1', limit: 5, leaseMs: 60_000, now: at(2) });
    expect(b).toMatchObject({ id: m.id, target: 'bot1:x', payload: { text: 'hi', staffId: 7 }, attempts: 1 });
  });

  it('backoff is capped at an hour and jittered', () => {
    expect(backoffMs(1, () => 0)).toBe(24_000);
    expect(backoffMs(1, () => 1)).toBe(36_000);
    expect(backoffMs(30, () => 0.5)).toBe(3_600_000);
  });
});

describe('enqueue account defaults', () => {
  it('wechat_room takes the chat target’s bot account; wechat_contact its prefix', async () => {
    const ct = await db.ds.manager.save(
      db.ds.manager.create(ChatTarget, {
        kind: 'wechat_room',
        purpose: 'village_group',
        jurisdictionCode: '430502202205',
        topic: '莲荷村',
        roomId: 'r@chatroom',
        botAccount: 'bot7',
        webhookUrl: null,
        boundByStaffId: null,
        active: true,
        createdAt: T0,
      }),
    );
    await inTransaction(db.ds, async ({ manager }) => {
      await enqueue(manager, { channel: 'wechat_room', target: String(ct.id), kind: 'x', payload: {} }, T0);
      await enqueue(manager, { channel: 'wechat_contact', target: 'bot9:wxid_1', kind: 'x', payload: {} }, T0);
    });
    const rows = await db.ds.manager.find(OutboxMessage, { order: { id: 'ASC' } });
    expect(rows.map((r) => r.account)).toEqual(['bot7', 'bot9']);
  });
});
