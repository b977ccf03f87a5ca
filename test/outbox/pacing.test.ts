import { accountKey, Pacer, targetKey } from '../../src/outbox/pacing';
import { truncateUtf8, redact } from '../../src/outbox/http';
import { wecomBody } from '../../src/outbox/senders/wecom';
import { jurisdictionChain } from '../../src/outbox/senders/staff';
import fc from 'fast-check';

const T0 = Date.parse('2026-03-02T02:00:00Z');
const at = (ms: number) => new Date(T0 + ms);
const limits = { accountPerMinute: 20, accountMinIntervalMs: 2000, targetPerMinute: 6, targetMinIntervalMs: 0, wecomPerMinute: 20 };

describe('Pacer', () => {
  it('never lets more than N through in any 60 s window, whatever the arrival times', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 300_000 }), { minLength: 1, maxLength: 200 }), fc.integer({ min: 1, max: 10 }), (times, n) => {
        const p = new Pacer();
        const passed: number[] = [];
        for (const t of [...times].sort((a, b) => a - b)) if (p.take([{ key: 'k', perMinute: n }], at(t)).ok) passed.push(t);
        for (let i = n; i < passed.length; i++) if (passed[i] - passed[i - n] < 60_000) return false;
        return true;
      }),
    );
  });

  it('says when to come back, and a slot is free exactly then', () => {
    const p = new Pacer();
    const k = [targetKey('sms', '138', limits)];
    for (let i = 0; i < 6; i++) expect(p.take(k, at(i * 1000)).ok).toBe(true);
    const r = p.take(k, at(10_000));
    expect(r).toEqual({ ok: false, retryAt: at(60_000), key: 'target:sms:138' });
    expect(p.take(k, at(59_999)).ok).toBe(false);
    expect(p.take(k, at(60_000)).ok).toBe(true);
  });

  it('spaces an account’s sends and takes no slot from one key when another refuses', () => {
    const p = new Pacer();
    const acct = accountKey('bot1', limits);
    expect(p.take([acct, targetKey('wechat_room', 'r1', limits)], at(0)).ok).toBe(true);
    const r = p.take([acct, targetKey('wechat_room', 'r2', limits)], at(500));
    expect(r).toMatchObject({ ok: false, retryAt: at(2000) });
    // r2's slot was not consumed by the refused attempt.
    for (let i = 0; i < 6; i++) expect(p.take([targetKey('wechat_room', 'r2', limits)], at(1000 + i)).ok).toBe(true);
  });

  it('a block holds every send under the key until it ends', () => {
    const p = new Pacer();
    p.block('wecom:abc', at(60_000));
    expect(p.take([{ key: 'wecom:abc', perMinute: 20 }], at(1000))).toMatchObject({ ok: false, retryAt: at(60_000) });
    expect(p.take([{ key: 'wecom:abc', perMinute: 20 }], at(60_000)).ok).toBe(true);
  });
});

describe('message shaping', () => {
  it('truncateUtf8 never exceeds the budget nor splits a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: 4, max: 300 }), (s, max) => {
        const out = truncateUtf8(s, max);
        // Whole characters of the input (never a split one's U+FFFD, though the input may hold its own), then the ellipsis.
        const split = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
        return Buffer.byteLength(out, 'utf8') <= max && !split.test(out) && (out === s || (out.endsWith('…') && s.startsWith(out.slice(0, -1))));
      }),
    );
  });

  it('WeCom text fits 2048 bytes; an empty message is refused as permanent', () => {
    const body: any = wecomBody({ text: '逾期'.repeat(2000), mentionedList: ['zhangsan', 3] });
    expect(Buffer.byteLength(body.text.content)).toBeLessThanOrEqual(2048);
    expect(body.text.mentioned_list).toEqual(['zhangsan']);
    expect(() => wecomBody({ text: '  ' })).toThrow(expect.objectContaining({ permanent: true }));
  });

  it('redact hides URLs, keys and phone numbers', () => {
    expect(redact('POST https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=abc failed for 13800001111, key=xyz')).toBe('POST <url> failed for ***, key=***');
  });

  it('jurisdictionChain walks up from a village', () => {
    expect(jurisdictionChain('430502202205')).toEqual(['430502202205', '430502202', '430502', '4305', '43']);
    expect(jurisdictionChain('430502')).toEqual(['430502', '4305', '43']);
  });
});
