import {
  addCalendarDays,
  addHours,
  formatShanghai,
  fromShanghai,
  shanghaiCompactYmd,
  shanghaiParts,
  shanghaiYmd,
  startOfShanghaiDay,
  ymdDayIndex,
} from '../../src/clocks/time';

// Expectations are UTC instants, so these hold whatever the process TZ is.
describe('fromShanghai gives the right UTC instant', () => {
  test.each([
    [[2026, 11, 24, 9, 0, 0], '2026-11-24T01:00:00.000Z'],
    [[2026, 11, 24, 0, 0, 0], '2026-11-23T16:00:00.000Z'],
    [[2026, 1, 1, 7, 59, 59], '2025-12-31T23:59:59.000Z'],
    [[2026, 2, 17, 23, 30, 0], '2026-02-17T15:30:00.000Z'],
    [[2026, 10, 1, 8, 0, 0], '2026-10-01T00:00:00.000Z'],
  ])('%j -> %s', (args, iso) => {
    const [y, m, d, hh, mm, ss] = args;
    expect(fromShanghai(y, m, d, hh, mm, ss).toISOString()).toBe(iso);
  });

  test('time defaults to midnight', () => {
    expect(fromShanghai(2026, 2, 14).toISOString()).toBe('2026-02-13T16:00:00.000Z');
  });
});

describe('Shanghai date of a UTC instant', () => {
  test.each([
    ['2026-11-23T16:00:00.000Z', '2026-11-24', '20261124', '2026-11-24 00:00'],
    ['2026-11-23T15:59:59.999Z', '2026-11-23', '20261123', '2026-11-23 23:59'],
    ['2026-11-24T01:00:00.000Z', '2026-11-24', '20261124', '2026-11-24 09:00'],
    ['2025-12-31T16:00:00.000Z', '2026-01-01', '20260101', '2026-01-01 00:00'],
  ])('%s', (iso, ymd, compact, formatted) => {
    const d = new Date(iso);
    expect(shanghaiYmd(d)).toBe(ymd);
    expect(shanghaiCompactYmd(d)).toBe(compact);
    expect(formatShanghai(d)).toBe(formatted);
  });

  test('shanghaiParts', () => {
    expect(shanghaiParts(new Date('2026-11-24T01:02:03Z'))).toEqual({
      y: 2026,
      m: 11,
      d: 24,
      hh: 9,
      mm: 2,
      ss: 3,
      weekday: 2, // Tuesday
    });
    // 2026-02-14 is a Saturday in Shanghai while still Friday in UTC.
    expect(shanghaiParts(new Date('2026-02-13T17:00:00Z')).weekday).toBe(6);
  });

  test('invalid Date throws', () => {
    expect(() => shanghaiYmd(new Date('nope'))).toThrow(RangeError);
  });
});

describe('day arithmetic', () => {
  test.each([
    ['2026-11-24T10:00:00Z', '2026-11-23T16:00:00.000Z'], // 18:00 Shanghai
    ['2026-11-23T17:00:00Z', '2026-11-23T16:00:00.000Z'], // 01:00 Shanghai, still 23rd in UTC
    ['2026-11-23T15:00:00Z', '2026-11-22T16:00:00.000Z'], // 23:00 Shanghai on the 23rd
  ])('startOfShanghaiDay(%s)', (iso, start) => {
    expect(startOfShanghaiDay(new Date(iso)).toISOString()).toBe(start);
  });

  test('addHours and addCalendarDays keep Shanghai wall time', () => {
    const t = fromShanghai(2026, 2, 13, 23, 0);
    expect(formatShanghai(addHours(t, 2))).toBe('2026-02-14 01:00');
    expect(formatShanghai(addHours(t, 0.5))).toBe('2026-02-13 23:30');
    expect(formatShanghai(addCalendarDays(t, 7))).toBe('2026-02-20 23:00');
    expect(formatShanghai(addCalendarDays(fromShanghai(2026, 9, 28, 10), 15))).toBe('2026-10-13 10:00');
  });

  test('ymdDayIndex rejects impossible dates', () => {
    expect(() => ymdDayIndex('2026-02-30')).toThrow(RangeError);
    expect(() => ymdDayIndex('2026-2-3')).toThrow(RangeError);
    expect(ymdDayIndex('1970-01-02')).toBe(1);
  });
});
