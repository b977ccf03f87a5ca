import { TokenCache } from '../../../src/channels/mp/token-cache';

describe('TokenCache', () => {
  it('fetches once for many concurrent callers', async () => {
    let calls = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const cache = new TokenCache(async () => {
      calls++;
      await gate;
      return { token: `t${calls}`, expiresIn: 7200 };
    });
    const all = Promise.all(Array.from({ length: 20 }, () => cache.get()));
    release();
    expect(new Set(await all)).toEqual(new Set(['t1']));
    expect(calls).toBe(1);
  });

  it('refetches only once the lifetime minus the margin has passed', async () => {
    let now = 1_000_000;
    let n = 0;
    const cache = new TokenCache(async () => ({ token: `t${++n}`, expiresIn: 7200 }), { marginSec: 300, now: () => now });
    expect(await cache.get()).toBe('t1');
    now += (7200 - 300) * 1000 - 1;
    expect(await cache.get()).toBe('t1');
    now += 1;
    expect(await cache.get()).toBe('t2');
  });

  it('drops a rejected token only if it is still the cached one', async () => {
    let n = 0;
    const cache = new TokenCache(async () => ({ token: `t${++n}`, expiresIn: 7200 }));
    await cache.get();
    cache.invalidate('t1');
    expect(await cache.get()).toBe('t2');
    // A late failure with the old token must not throw away the fresh one.
    cache.invalidate('t1');
    expect(await cache.get()).toBe('t2');
    expect(cache.fetches).toBe(2);
  });

  it('lets the next caller retry after a failed fetch', async () => {
    let n = 0;
    const cache = new TokenCache(async () => {
      if (++n === 1) throw new Error('down');
      return { token: 'ok', expiresIn: 7200 };
    });
    await expect(cache.get()).rejects.toThrow('down');
    expect(await cache.get()).toBe('ok');
  });
});
