import { addWorkingDays, calendarCoverage, isCalendarYearCovered, isWorkingDay, nextWorkingDayStart, workingDaysBetween } from '../../src/clocks/calendar';
import { formatShanghai, fromShanghai } from '../../src/clocks/time';

// 2026 State Council schedule, as in chinese-days' data:
//   春节 Feb 15 (Sun) – Feb 23 (Mon) off; Sat Feb 14 and Sat Feb 28 are make-up working days.
//   中秋 Sep 25 (Fri) – 27 (Sun) off. 国庆 Oct 1 (Thu) – 7 (Wed) off;
//   Sun Sep 20 and Sat Oct 10 are make-up working days.

const at = (s: string): Date => {
  const [ymd, hm = '00:00'] = s.split(' ');
  const [y, m, d] = ymd.split('-').map(Number);
  const [hh, mm] = hm.split(':').map(Number);
  return fromShanghai(y, m, d, hh, mm);
};

describe('isWorkingDay', () => {
  test.each([
    ['2026-02-13', true], // Fri before Spring Festival
    ['2026-02-14', true], // make-up Saturday
    ['2026-02-15', false],
    ['2026-02-17', false], // 初一, a Tuesday
    ['2026-02-23', false], // Monday, still holiday
    ['2026-02-24', true],
    ['2026-02-28', true], // make-up Saturday
    ['2026-03-01', false], // ordinary Sunday
    ['2026-09-20', true], // make-up Sunday
    ['2026-09-25', false], // 中秋, Friday
    ['2026-09-30', true],
    ['2026-10-01', false],
    ['2026-10-07', false],
    ['2026-10-08', true],
    ['2026-10-10', true], // make-up Saturday
    ['2026-10-11', false],
    ['2025-01-26', true], // 2025 make-up Sunday: earlier years are covered too
    // 2027 has no official schedule yet: the statutory holidays are provisional rest days
    // (the old Mon–Fri fallback made 元旦 and 初三 working days; issue 10).
    ['2027-01-01', false], // 元旦, a Friday
    ['2027-02-05', false], // 除夕, a Friday
    ['2027-02-06', false], // 初一, Saturday
    ['2027-02-08', false], // 初三, a Monday
    ['2027-02-09', false], // 补假 for 初一/初二 on the weekend (放假办法 Art. 6)
    ['2027-02-11', true],
    ['2027-01-04', true], // plain Monday
    ['2003-10-01', true], // Wednesday, before the data starts
  ])('%s -> %s', (ymd, expected) => {
    expect(isWorkingDay(ymd)).toBe(expected);
  });

  test('rejects malformed dates', () => {
    expect(() => isWorkingDay('2026-13-01')).toThrow(RangeError);
    expect(() => isWorkingDay('20261001')).toThrow(RangeError);
  });

  test('coverage', () => {
    expect(calendarCoverage()).toEqual({ firstYear: 2004, lastYear: 2026 });
    expect(isCalendarYearCovered(2026)).toBe(true);
    expect(isCalendarYearCovered(2027)).toBe(false);
  });
});

describe('addWorkingDays', () => {
  test.each([
    // Spring Festival
    ['2026-02-13 10:00', 1, '2026-02-14 10:00'], // lands on make-up Saturday
    ['2026-02-13 10:00', 2, '2026-02-24 10:00'], // jumps the 9-day holiday
    ['2026-02-14 10:00', 5, '2026-02-28 10:00'], // last working day before holiday; ends on make-up Sat
    ['2026-02-14 10:00', 6, '2026-03-02 10:00'],
    ['2026-02-15 15:00', 1, '2026-02-25 00:00'], // created in holiday: all of Tue Feb 24 counts
    ['2026-02-21 09:00', 5, '2026-03-01 00:00'], // Feb 24–28 incl. make-up Sat; 24:00 on Feb 28
    ['2026-02-27 16:00', 1, '2026-02-28 16:00'],
    ['2026-02-27 16:00', 2, '2026-03-02 16:00'],
    // Mid-Autumn + National Day
    ['2026-09-18 11:00', 1, '2026-09-20 11:00'], // Fri -> make-up Sunday
    ['2026-09-24 14:00', 1, '2026-09-28 14:00'], // skips 中秋 Fri + weekend
    ['2026-09-30 09:00', 1, '2026-10-08 09:00'],
    ['2026-09-30 09:00', 3, '2026-10-10 09:00'], // make-up Saturday counts
    ['2026-09-30 09:00', 4, '2026-10-12 09:00'],
    ['2026-10-03 12:00', 1, '2026-10-09 00:00'], // i.e. 24:00 on Oct 8
    // Midnight start: that day is the first whole working day.
    ['2026-09-30 00:00', 1, '2026-10-01 00:00'], // 24:00 on Sep 30
    ['2026-09-30 00:00', 2, '2026-10-09 00:00'],
    // Zero
    ['2026-09-30 09:00', 0, '2026-09-30 09:00'],
    ['2026-10-03 12:00', 0, '2026-10-08 00:00'],
    // Into 2027: 元旦 (provisional) is not a working day.
    ['2026-12-31 10:00', 1, '2027-01-04 10:00'],
  ])('%s + %i working days -> %s', (from, n, expected) => {
    expect(formatShanghai(addWorkingDays(at(from), n))).toBe(expected);
  });

  test('result is a correct UTC instant', () => {
    expect(addWorkingDays(at('2026-09-30 09:00'), 1).toISOString()).toBe('2026-10-08T01:00:00.000Z');
  });

  test('rejects negative or fractional counts', () => {
    expect(() => addWorkingDays(at('2026-09-30 09:00'), -1)).toThrow(RangeError);
    expect(() => addWorkingDays(at('2026-09-30 09:00'), 1.5)).toThrow(RangeError);
  });
});

describe('nextWorkingDayStart', () => {
  test.each([
    ['2026-02-13 10:00', '2026-02-14 00:00'],
    ['2026-02-14 23:59', '2026-02-24 00:00'],
    ['2026-09-30 18:00', '2026-10-08 00:00'],
    ['2026-10-09 18:00', '2026-10-10 00:00'],
    ['2026-10-10 18:00', '2026-10-12 00:00'],
  ])('%s -> %s', (from, expected) => {
    expect(formatShanghai(nextWorkingDayStart(at(from)))).toBe(expected);
  });
});

describe('workingDaysBetween', () => {
  test.each([
    ['2026-09-30 17:00', '2026-09-30 17:00', 0],
    ['2026-09-30 17:00', '2026-10-07 23:00', 0], // holiday time doesn't count
    ['2026-09-30 17:00', '2026-10-08 16:59', 0],
    ['2026-09-30 17:00', '2026-10-08 17:00', 1], // one working day past the deadline
    ['2026-09-30 17:00', '2026-10-10 17:00', 3], // make-up Saturday counts
    ['2026-09-30 17:00', '2026-10-11 23:00', 3],
    ['2026-09-30 17:00', '2026-10-12 17:00', 4],
    ['2026-10-10 17:00', '2026-09-30 17:00', -3],
    ['2026-02-13 17:00', '2026-02-24 17:00', 2], // Feb 14 make-up Sat + Feb 24
    ['2026-02-13 17:00', '2026-03-02 17:00', 7],
    ['2026-02-15 08:00', '2026-02-25 00:00', 1], // from inside the holiday
    ['2026-12-30 09:00', '2027-01-04 09:00', 2], // Wed 30 → Thu 31, (元旦, weekend), Mon 4
    ['2004-01-02 09:00', '2026-01-05 09:00', 5497], // long span; expected value counted day by day from the raw data
  ])('%s -> %s = %i', (a, b, expected) => {
    expect(workingDaysBetween(at(a), at(b))).toBe(expected);
  });

  test('agrees with isWorkingDay day by day across 2025–2027', () => {
    const start = at('2025-01-01 00:00');
    let count = 0;
    for (let d = start; d < at('2027-12-31 00:00'); ) {
      const next = new Date(d.getTime() + 86_400_000);
      if (isWorkingDay(formatShanghai(d).slice(0, 10))) count++;
      expect(workingDaysBetween(start, next)).toBe(count);
      d = next;
    }
  });
});
