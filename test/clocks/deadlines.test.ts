import { DEFAULT_POLICIES, Duration, addDuration, clockState, computeClocks, describeClock, extendLegalResolution } from '../../src/clocks/deadlines';
import { formatShanghai, fromShanghai } from '../../src/clocks/time';

// Shanghai wall time 'YYYY-MM-DD HH:mm' -> Date, and back.
const at = (s: string): Date => {
  const [ymd, hm = '00:00'] = s.split(' ');
  const [y, m, d] = ymd.split('-').map(Number);
  const [hh, mm] = hm.split(':').map(Number);
  return fromShanghai(y, m, d, hh, mm);
};
const fmt = (d: Date | null): string | null => (d ? formatShanghai(d) : null);

describe('addDuration', () => {
  test.each<[string, Duration, string]>([
    ['2026-10-01 10:00', { value: 2, unit: 'hours' }, '2026-10-01 12:00'], // hours ignore holidays
    ['2026-02-16 22:30', { value: 24, unit: 'hours' }, '2026-02-17 22:30'],
    // Day counts may not end inside a holiday: Oct 7 is 国庆节, so the next working day (issue 10;
    // this used to end on Oct 7).
    ['2026-09-30 09:00', { value: 7, unit: 'calendar_days' }, '2026-10-08 09:00'],
    ['2026-09-20 09:00', { value: 7, unit: 'calendar_days' }, '2026-09-28 09:00'], // Sun Sep 27 (中秋) → Mon
    ['2026-09-23 09:00', { value: 7, unit: 'calendar_days' }, '2026-09-30 09:00'], // a working day: unchanged
    ['2026-10-03 09:00', { value: 7, unit: 'calendar_days' }, '2026-10-10 09:00'], // make-up Saturday is a working day
    ['2026-09-30 09:00', { value: 1, unit: 'working_days' }, '2026-10-08 09:00'],
    ['2026-02-14 10:00', { value: 5, unit: 'working_days' }, '2026-02-28 10:00'],
  ])('%s + %j -> %s', (from, d, expected) => {
    expect(fmt(addDuration(at(from), d))).toBe(expected);
  });

  test.each<Duration>([
    { value: -1, unit: 'hours' },
    { value: NaN, unit: 'hours' },
    { value: 1.5, unit: 'calendar_days' },
    { value: 1.5, unit: 'working_days' },
    { value: 1, unit: 'weeks' as never },
  ])('rejects %j', (d) => {
    expect(() => addDuration(at('2026-09-30 09:00'), d)).toThrow(RangeError);
  });
});

describe('computeClocks service clocks', () => {
  test.each([
    ['emergency', '2026-10-01 10:00', '2026-10-01 11:00', '2026-10-01 12:00'],
    ['utilities', '2026-02-16 22:30', '2026-02-17 00:30', '2026-02-17 22:30'],
    // Resolution used to end inside the holiday and before the response clock (Feb 21, Oct 7):
    // a 7-day clock ending on a rest day now runs to the next working day, never before response.
    ['ordinary', '2026-02-14 10:00', '2026-02-24 10:00', '2026-02-24 10:00'], // make-up Sat
    ['ordinary', '2026-09-30 09:00', '2026-10-08 09:00', '2026-10-08 09:00'],
    ['complex', '2026-09-30 09:00', '2026-10-08 09:00', '2026-10-15 09:00'],
    ['complex', '2026-02-15 15:00', '2026-02-25 00:00', '2026-03-02 15:00'], // received in the holiday
  ] as const)('%s created %s', (urgency, created, response, resolution) => {
    const c = computeClocks(at(created), DEFAULT_POLICIES[urgency]);
    expect(fmt(c.responseDueAt)).toBe(response);
    expect(fmt(c.resolutionDueAt)).toBe(resolution);
  });

  test('UTC instants', () => {
    const c = computeClocks(at('2026-09-30 09:00'), DEFAULT_POLICIES.ordinary);
    expect(c.responseDueAt.toISOString()).toBe('2026-10-08T01:00:00.000Z');
    expect(c.legalNoticeDueAt.toISOString()).toBe('2026-10-15T16:00:00.000Z'); // 24:00 Oct 15 Shanghai
  });
});

describe('legal clocks (calendar days, 民法典 period rules)', () => {
  // Due values are 24:00 of the last day, shown as 00:00 of the next.
  test.each([
    ['2026-09-15 10:00', '2026-10-01 00:00'], // last day Sep 30, a working day
    ['2026-09-28 10:00', '2026-10-14 00:00'], // Oct 13
    ['2026-09-10 10:00', '2026-09-29 00:00'], // Sep 25 is 中秋 -> Mon Sep 28
    ['2026-09-22 10:00', '2026-10-09 00:00'], // Oct 7 is 国庆 -> Thu Oct 8
    ['2026-09-05 10:00', '2026-09-21 00:00'], // Sep 20 is a make-up Sunday: no extension
    ['2026-02-01 10:00', '2026-02-25 00:00'], // Feb 16 is 春节 -> Tue Feb 24
    ['2026-02-14 23:59', '2026-03-03 00:00'], // Mar 1 is a Sunday -> Mar 2
  ])('notice: received %s -> due %s', (received, due) => {
    const c = computeClocks(at(received), DEFAULT_POLICIES.ordinary);
    expect(fmt(c.legalNoticeDueAt)).toBe(due);
    expect(c.legalResolutionDueAt).toBeNull();
  });

  test.each([
    ['2026-08-05 10:00', '2026-10-09 00:00'], // Oct 4 in 国庆 -> Oct 8
    ['2026-07-01 10:00', '2026-09-01 00:00'], // Aug 30 is Sunday -> Mon Aug 31
    ['2025-12-20 10:00', '2026-02-25 00:00'], // Feb 18 in 春节 -> Feb 24
  ])('resolution: accepted %s -> due %s', (accepted, due) => {
    const c = computeClocks(at('2025-01-01 00:00'), DEFAULT_POLICIES.ordinary, at(accepted));
    expect(fmt(c.legalResolutionDueAt)).toBe(due);
  });

  test.each([
    ['2026-10-09 00:00', 30, '2026-11-10 00:00'], // Nov 7 is Saturday -> Mon Nov 9
    ['2026-10-09 00:00', 10, '2026-10-20 00:00'], // Oct 18 is Sunday -> Oct 19
    ['2026-09-02 00:00', 30, '2026-10-09 00:00'], // Sep 1 + 30 = Oct 1 (国庆) -> Oct 8
    ['2026-09-15 00:00', 5, '2026-09-21 00:00'], // Sep 19 (Sat) -> make-up Sun Sep 20
  ])('extend %s by %i -> %s', (due, days, expected) => {
    expect(fmt(extendLegalResolution(at(due), days))).toBe(expected);
  });

  test.each([31, 0, -5, 1.5, NaN])('extension of %p days throws RangeError', (days) => {
    expect(() => extendLegalResolution(at('2026-10-09 00:00'), days)).toThrow(RangeError);
  });
});

describe('clockState', () => {
  const start = at('2026-09-30 09:00');
  const due = at('2026-09-30 17:00');
  test.each([
    ['2026-09-30 08:00', 0, false, 0],
    ['2026-09-30 13:00', 0.5, false, 0],
    ['2026-09-30 17:00', 1, false, 0],
    ['2026-10-02 12:00', (2 * 24 + 3) / 8, true, 0], // overdue, but only holiday time has passed
    ['2026-10-08 17:00', 25, true, 1],
    ['2026-10-10 17:00', 31, true, 3], // make-up Saturday counts
  ])('now %s', (now, fraction, overdue, wd) => {
    const s = clockState(at(now), due, start);
    expect(s.fraction).toBeCloseTo(fraction, 9);
    expect(s.overdue).toBe(overdue);
    expect(s.workingDaysOverdue).toBe(wd);
  });

  test('zero-length clock', () => {
    expect(clockState(due, due, due)).toEqual({ fraction: 1, overdue: false, workingDaysOverdue: 0 });
    expect(clockState(start, due, due).fraction).toBe(0);
  });
});

describe('describeClock', () => {
  test.each([
    ['2026-11-24 09:00', '2026-11-24 17:00', '今天 17:00 前'],
    ['2026-11-24 09:00', '2026-11-24 09:00', '今天 09:00 前'],
    ['2026-11-24 09:00', '2026-11-25 08:00', '明天 08:00 前'],
    ['2026-11-24 00:30', '2026-11-25 23:00', '明天 23:00 前'],
    ['2026-11-24 09:00', '2026-11-25 00:00', '今天 24:00 前'],
    ['2026-11-24 09:00', '2026-11-26 00:00', '明天 24:00 前'],
    ['2026-11-24 09:00', '2026-11-26 12:30', '剩余 2 天 3 小时'],
    ['2026-11-24 09:00', '2026-11-27 09:00', '剩余 3 天'],
    ['2026-11-24 23:00', '2026-11-26 01:00', '剩余 1 天 2 小时'],
    ['2026-11-24 10:00', '2026-11-24 09:50', '已超期 10 分钟'],
    ['2026-11-24 10:00', '2026-11-24 07:00', '已超期 3 小时'],
    ['2026-11-24 10:00', '2026-11-23 09:00', '已超期 1 天'],
    ['2026-11-24 10:00', '2026-11-14 12:00', '已超期 9 天'],
  ])('now %s, due %s -> %s', (now, due, text) => {
    expect(describeClock(at(now), at(due))).toBe(text);
  });
});
