import { nextNoticeTime } from '../../src/clocks/notice';
import { formatShanghai, fromShanghai } from '../../src/clocks/time';

const at = (s: string): Date => {
  const [ymd, hm = '00:00'] = s.split(' ');
  const [y, m, d] = ymd.split('-').map(Number);
  const [hh, mm] = hm.split(':').map(Number);
  return fromShanghai(y, m, d, hh, mm);
};

describe('nextNoticeTime (quiet hours for staff notices)', () => {
  test.each([
    ['2026-11-24 09:30', '2026-11-24 09:30'], // Tuesday morning: now
    ['2026-11-24 08:00', '2026-11-24 08:00'], // the window opens at 08:00 sharp
    ['2026-11-24 19:59', '2026-11-24 19:59'],
    ['2026-11-24 20:00', '2026-11-25 08:00'], // 20:00 is already quiet
    ['2026-11-24 23:30', '2026-11-25 08:00'],
    ['2026-11-24 03:10', '2026-11-24 08:00'], // before dawn on a working day: this morning
    ['2026-11-27 21:00', '2026-11-30 08:00'], // Friday night waits for Monday
    ['2026-11-28 10:00', '2026-11-30 08:00'], // Saturday daytime is quiet too
    ['2026-09-30 20:30', '2026-10-08 08:00'], // National Day 2026 (official): Oct 1–7 off
    ['2026-10-10 09:00', '2026-10-10 09:00'], // make-up Saturday is a working day
    ['2026-02-14 12:00', '2026-02-14 12:00'], // make-up Saturday before Spring Festival 2026
  ])('%s -> %s', (now, expected) => {
    expect(formatShanghai(nextNoticeTime(at(now)))).toBe(expected);
  });

  test('returns the same instant (not a copy shifted by rounding) inside the window', () => {
    const now = new Date(at('2026-11-24 10:00').getTime() + 12_345);
    expect(nextNoticeTime(now).getTime()).toBe(now.getTime());
  });

  test('does not depend on the process time zone', () => {
    // Shanghai 2026-11-28 07:00 (Saturday) is Friday 23:00 UTC: still Saturday in Shanghai.
    expect(formatShanghai(nextNoticeTime(new Date('2026-11-27T23:00:00Z')))).toBe('2026-11-30 08:00');
  });
});
