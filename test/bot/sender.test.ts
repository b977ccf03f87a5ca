import { DailyLimitReached, SendQueue } from '../../bot/sender';
import { NO_PACING } from '../../bot/config';

/** A virtual clock: sleeping advances it, so pacing is checked without waiting. */
function virtual(start = Date.UTC(2026, 10, 24, 2, 0, 0)) {
  let t = start;
  return { now: () => t, sleep: async (ms: number) => void (t += ms) };
}

describe('SendQueue pacing', () => {
  it('spaces the account\u2019s sends by the minimum interval, in order', async () => {
    const clock = virtual();
    const q = new SendQueue('a', { ...NO_PACING, minIntervalMs: 2500 }, clock.now, clock.sleep);
    const at: Array<[string, number]> = [];
    await Promise.all(['r1', 'r2', 'r1', 'r3'].map((chat, i) => q.push(chat, async () => void at.push([`${chat}#${i}`, clock.now()]))));
    expect(at.map((x) => x[0])).toEqual(['r1#0', 'r2#1', 'r1#2', 'r3#3']);
    const gaps = at.slice(1).map((x, i) => x[1] - at[i][1]);
    expect(gaps.every((g) => g >= 2500)).toBe(true);
  });

  it('caps one chat per minute while other chats go ahead', async () => {
    const clock = virtual();
    const q = new SendQueue('a', { ...NO_PACING, targetPerMinute: 2 }, clock.now, clock.sleep);
    const at: number[] = [];
    for (let i = 0; i < 3; i++) await q.push('room', async () => void at.push(clock.now()));
    expect(at[2] - at[0]).toBeGreaterThanOrEqual(60_000);
  });

  it('refuses past the daily ceiling with the time it may send again (next Shanghai midnight)', async () => {
    const clock = virtual(Date.UTC(2026, 10, 24, 10, 0, 0)); // 18:00 in Shanghai
    const q = new SendQueue('a', { ...NO_PACING, dailyLimit: 2 }, clock.now, clock.sleep);
    await q.push('x', async () => undefined);
    await q.push('y', async () => undefined);
    const err = await q.push('z', async () => undefined).catch((e) => e);
    expect(err).toBeInstanceOf(DailyLimitReached);
    expect(err.until.toISOString()).toBe('2026-11-24T16:00:00.000Z');
  });

  it('a failed send does not block the queue', async () => {
    const q = new SendQueue('a', NO_PACING);
    await expect(
      q.push('x', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    await expect(q.push('x', async () => 'ok')).resolves.toBe('ok');
    await q.drain();
    expect(q.pending).toBe(0);
  });
});
