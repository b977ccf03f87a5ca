/**
 * The calendar as data (issue 10): official years from chinese-days, provisional years from the
 * statutory holidays (2024 放假办法, with Art. 6 补假), notices parsed and planned.
 */
import {
  Calendar,
  calendarCoverage,
  calendarDays,
  dayInfo,
  isWorkingDay,
  provisionalSchedule,
  setCalendar,
  withCalendar,
  yearSource,
  addWorkingDays,
  workingDaysBetween,
} from '../../src/clocks/calendar';
import { NoticeError, changeLine, dayLine, noticeSchedule, parseNotice, planImport } from '../../src/clocks/calendar-store';
import { DEFAULT_POLICIES, computeClocks, extendLegalResolution } from '../../src/clocks/deadlines';
import { rungDueAt, Rung } from '../../src/escalation/ladder';
import { formatShanghai, fromShanghai } from '../../src/clocks/time';
import { NOTICE_2027_CSV, NOTICE_2027_JSON } from '../support/notice-2027';

const at = (s: string): Date => {
  const [ymd, hm = '00:00'] = s.split(' ');
  const [y, m, d] = ymd.split('-').map(Number);
  const [hh, mm] = hm.split(':').map(Number);
  return fromShanghai(y, m, d, hh, mm);
};
const fmt = (d: Date | null) => (d ? formatShanghai(d) : null);

// A 2027 notice as an office would type it from the State Council's text (the real one is not
// out yet; these dates are plausible, not official).

afterEach(() => setCalendar(new Calendar()));

describe('provisional 2027 (no official schedule yet)', () => {
  test.each([
    ['2027-01-01', 'rest provisional 元旦'],
    ['2027-01-02', 'rest weekend'],
    ['2027-01-04', 'work provisional'],
    ['2027-02-04', 'work provisional'],
    ['2027-02-05', 'rest provisional 春节'], // 除夕
    ['2027-02-06', 'rest provisional 春节'], // 初一
    ['2027-02-08', 'rest provisional 春节'], // 初三
    ['2027-02-09', 'rest provisional 春节（补假）'], // 初一 and 初二 fell on Sat/Sun (Art. 6)
    ['2027-02-10', 'rest provisional 春节（补假）'],
    ['2027-02-11', 'work provisional'],
    ['2027-04-05', 'rest provisional 清明'], // solar term day
    ['2027-05-01', 'rest provisional 劳动节'], // a Saturday
    ['2027-05-03', 'rest provisional 劳动节（补假）'],
    ['2027-05-04', 'rest provisional 劳动节（补假）'],
    ['2027-06-09', 'rest provisional 端午'], // 五月初五
    ['2027-09-15', 'rest provisional 中秋'], // 八月十五
    ['2027-10-01', 'rest provisional 国庆节'],
    ['2027-10-03', 'rest provisional 国庆节'],
    ['2027-10-04', 'rest provisional 国庆节（补假）'], // Oct 2, 3 are Sat/Sun
    ['2027-10-05', 'rest provisional 国庆节（补假）'],
    ['2027-10-06', 'work provisional'],
  ])('%s is %s', (ymd, line) => {
    expect(dayLine(dayInfo(ymd))).toBe(`${ymd} ${line}`);
  });

  test('no make-up working day is ever guessed: every provisional Saturday and Sunday is rest', () => {
    for (const d of calendarDays('2027-01-01', '2030-12-31')) {
      const wd = new Date(`${d.ymd}T00:00:00Z`).getUTCDay();
      if (wd === 0 || wd === 6) expect(d.kind).toBe('rest');
    }
  });

  test('lunar dates come from the library, year by year (春节 moves)', () => {
    const days = (y: number) => [...provisionalSchedule(y)].filter(([, e]) => e.name === '春节').map(([d]) => d);
    expect(days(2028)).toEqual(['2028-01-25', '2028-01-26', '2028-01-27', '2028-01-28']); // 除夕 Jan 25
    expect(days(2030)).toEqual(['2030-02-02', '2030-02-03', '2030-02-04', '2030-02-05']);
    // 中秋 on National Day 2028 (Oct 3): one rest day with both names, no extra day for the overlap.
    expect(dayLine(dayInfo('2028-10-03'))).toBe('2028-10-03 rest provisional 中秋、国庆节');
  });

  test('coverage: official through 2026, provisional after', () => {
    expect(calendarCoverage()).toEqual({ firstYear: 2004, lastYear: 2026 });
    expect(yearSource(2026)).toBe('official');
    expect(yearSource(2027)).toBe('provisional');
  });
});

describe('National Day 2026 is official (chinese-days)', () => {
  test.each([
    ['2026-09-30', 'work official'],
    ['2026-10-01', 'rest official 国庆节'],
    ['2026-10-07', 'rest official 国庆节'],
    ['2026-10-08', 'work official'],
    ['2026-10-10', 'work official 国庆节'], // make-up Saturday
    ['2026-10-11', 'rest weekend'],
    ['2026-09-20', 'work official 国庆节'], // make-up Sunday
  ])('%s is %s', (ymd, line) => expect(dayLine(dayInfo(ymd))).toBe(`${ymd} ${line}`));

  test('a 15-day notice clock from Sep 22 ends 24:00 Oct 8, past the holiday', () => {
    expect(fmt(computeClocks(at('2026-09-22 10:00'), DEFAULT_POLICIES.ordinary).legalNoticeDueAt)).toBe('2026-10-09 00:00');
  });
});

describe('deadlines across New Year and Spring Festival 2027', () => {
  const rung = (overdueWorkingDays: number): Rung => ({
    clock: 'resolution',
    step: 'county_leader',
    level: 3,
    atFraction: null,
    overdueWorkingDays,
    recipient: 'county_leader',
    repeatOnly: false,
    category: null,
    urgency: null,
    active: true,
  });

  test('a rung one working day after a deadline of 2026-12-31 10:00 fires on Jan 4, not on 元旦', () => {
    const w = { clock: 'resolution' as const, start: at('2026-12-24 10:00'), due: at('2026-12-31 10:00'), round: 0 };
    expect(fmt(rungDueAt(rung(1), w))).toBe('2027-01-04 10:00');
    expect(fmt(rungDueAt(rung(0), w))).toBe('2026-12-31 10:00');
  });

  test('a response clock of one working day from Dec 31 ends on Jan 4 (元旦 and the weekend do not count)', () => {
    const c = computeClocks(at('2026-12-31 10:00'), DEFAULT_POLICIES.ordinary);
    expect(fmt(c.responseDueAt)).toBe('2027-01-04 10:00');
    expect(fmt(c.resolutionDueAt)).toBe('2027-01-07 10:00');
  });

  test('a 15-day notice clock filed 2027-01-25 does not end on 初四 (补假): 24:00 of Thu Feb 11', () => {
    const c = computeClocks(at('2027-01-25 09:30'), DEFAULT_POLICIES.ordinary);
    expect(fmt(c.legalNoticeDueAt)).toBe('2027-02-12 00:00');
  });

  test('a 60-day clock accepted 2026-12-10 runs past 春节 to 24:00 Feb 11; an extension counts on from its last day', () => {
    const c = computeClocks(at('2026-12-01 09:00'), DEFAULT_POLICIES.ordinary, at('2026-12-10 15:00'));
    expect(fmt(c.legalResolutionDueAt)).toBe('2027-02-12 00:00');
    expect(fmt(extendLegalResolution(c.legalResolutionDueAt!, 30))).toBe('2027-03-16 00:00'); // Mar 13 Sat → 24:00 Mon Mar 15
  });

  test('an ordinary 7-day clock filed on 除夕 eve does not end inside the holiday nor before the response clock', () => {
    const c = computeClocks(at('2027-02-03 16:00'), DEFAULT_POLICIES.ordinary);
    expect(fmt(c.responseDueAt)).toBe('2027-02-04 16:00');
    expect(fmt(c.resolutionDueAt)).toBe('2027-02-11 16:00'); // Feb 10 (补假) → Feb 11
    const d = computeClocks(at('2027-02-04 16:00'), DEFAULT_POLICIES.ordinary);
    expect(fmt(d.responseDueAt)).toBe('2027-02-11 16:00');
    expect(fmt(d.resolutionDueAt)).toBe('2027-02-11 16:00'); // 7 days = Feb 11, equal to the response clock
  });

  test('emergencies and utilities count clock hours through the holiday', () => {
    expect(fmt(computeClocks(at('2027-02-05 22:00'), DEFAULT_POLICIES.emergency).resolutionDueAt)).toBe('2027-02-06 00:00');
    expect(fmt(computeClocks(at('2027-02-05 22:00'), DEFAULT_POLICIES.utilities).resolutionDueAt)).toBe('2027-02-06 22:00');
  });

  test('after the notice is loaded the same clocks follow the official days', () => {
    const plan = planImport(parseNotice(NOTICE_2027_CSV));
    setCalendar(plan.after);
    expect(fmt(computeClocks(at('2027-01-25 09:30'), DEFAULT_POLICIES.ordinary).legalNoticeDueAt)).toBe('2027-02-16 00:00'); // → Mon Feb 15
    expect(isWorkingDay('2027-02-20')).toBe(true); // make-up Saturday
    expect(addWorkingDays(at('2027-02-19 10:00'), 1)).toEqual(at('2027-02-20 10:00'));
    // …and a computation under the calendar before still gives the old answer.
    expect(fmt(withCalendar(plan.before, () => computeClocks(at('2027-01-25 09:30'), DEFAULT_POLICIES.ordinary).legalNoticeDueAt))).toBe('2027-02-12 00:00');
  });
});

describe('notices', () => {
  test('CSV and JSON give the same schedule', () => {
    const json = parseNotice(JSON.stringify(NOTICE_2027_JSON));
    expect(noticeSchedule(json)).toEqual(noticeSchedule(parseNotice(NOTICE_2027_CSV)));
    expect(json.year).toBe(2027);
  });

  test('the dry-run difference names each day that changes, with before and after', () => {
    const plan = planImport(parseNotice(NOTICE_2027_CSV));
    const lines = plan.changes.map(changeLine);
    expect(lines).toContain('2027-02-09 rest provisional 春节（补假） -> rest official 春节');
    expect(lines).toContain('2027-02-11 work provisional -> rest official 春节');
    expect(lines).toContain('2027-02-20 rest weekend -> work official 春节');
    expect(lines).toContain('2027-05-03 rest provisional 劳动节（补假） -> rest official 劳动节');
    expect(lines).not.toContainEqual(expect.stringMatching(/^2027-03-0[1-5] /)); // plain March weekdays only become official
    expect(plan.wasSource).toBe('provisional');
    expect(plan.changes.length + plan.confirmed).toBeLessThan(366);
    // Re-planning against the imported calendar changes nothing.
    const again = planImport(parseNotice(NOTICE_2027_CSV), plan.after);
    expect(again.changes).toEqual([]);
    expect(again.confirmed).toBe(0);
    expect(again.wasSource).toBe('official');
  });

  const bad = (text: string) => {
    try {
      parseNotice(text);
    } catch (e) {
      expect(e).toBeInstanceOf(NoticeError);
      return (e as NoticeError).message;
    }
    throw new Error('accepted');
  };

  test.each([
    ['kind,from,to,name\nrest,2027-02-05,2027-02-30,春节', 'line 2 to: no such date: 2027-02-30'],
    ['kind,from,to,name\nrest,2027/02/05,2027-02-13,春节', 'line 2 from: expected a date YYYY-MM-DD, got "2027/02/05"'],
    ['kind,from,to,name\n\nholiday,2027-02-05,2027-02-13,春节', 'line 3 kind: expected rest or work, got "holiday"'],
    ['kind,from,to,name\nrest,2027-02-13,2027-02-05,春节', 'line 2: ends (2027-02-05) before it starts (2027-02-13)'],
    ['kind,from,to,name\nrest,2027-02-05,2027-02-13,', 'line 2 name: missing the holiday name (元旦, 春节 …)'],
    ['kind,from,to,name\nrest,2027-02-05,2027-02-13', 'line 2: expected 4 fields (kind,from,to,name), got 3'],
    ['date,type\n2027-01-01,休', 'line 1: expected the header "kind,from,to,name", got "date,type"'],
    ['kind,from,to,name\nwork,2027-02-15,,春节', 'line 2: 2027-02-15 is a weekday: make-up working days (调休上班) fall on a Saturday or Sunday'],
    ['kind,from,to,name\nrest,2027-02-05,2027-03-13,春节', 'line 2: 37 days is longer than any holiday (at most 15)'],
    [
      '{"year": 2027, "holidays": [{"name": "春节", "from": "2027-02-05", "to": "2027-02-13"}], "workdays": [{"date": "2027-02-31", "name": "春节"}]}',
      'workdays[0].date: no such date: 2027-02-31',
    ],
    ['{"year": "2027", "holidays": []}', 'year: expected a year such as 2027, got "2027"'],
    ['{"year": 2027, "holidays": [{"from": "2027-02-05"}]}', 'holidays[0].name: missing the holiday name (元旦, 春节 …)'],
    ['{"year": 2027, "holidays": [', 'JSON: not valid JSON'],
  ])('%j → %s', (text, message) => {
    expect(bad(text)).toContain(message);
  });

  test('a notice missing holidays is refused (it would make 清明 … working days)', () => {
    expect(bad('kind,from,to,name\nrest,2027-02-05,2027-02-13,春节')).toBe(
      'notice: no 元旦、清明节、劳动节、端午节、中秋节、国庆节: a notice lists every holiday of its year (元旦、春节、清明节、劳动节、端午节、中秋节、国庆节)',
    );
  });

  test('a day given twice, or outside the year, is refused with the line', () => {
    expect(bad(NOTICE_2027_CSV + '\nwork,2027-02-06,,春节')).toContain('line 14: 2027-02-06 is already given by line 4');
    expect(bad(NOTICE_2027_CSV + '\nrest,2026-12-31,2026-12-31,元旦')).toContain('line 14: 2026-12-31 is not in 2027');
  });
});

describe('an imported calendar counts as fast and as right as the built-in one', () => {
  test('workingDaysBetween agrees with isWorkingDay day by day across the imported 2027', () => {
    setCalendar(planImport(parseNotice(NOTICE_2027_CSV)).after);
    const start = at('2026-12-01 00:00');
    let count = 0;
    for (let d = start; d < at('2028-01-31 00:00'); ) {
      const next = new Date(d.getTime() + 86_400_000);
      if (isWorkingDay(formatShanghai(d).slice(0, 10))) count++;
      expect(workingDaysBetween(start, next)).toBe(count);
      d = next;
    }
  });

  test('n working days on is n working days between, from any hour of any day', () => {
    setCalendar(planImport(parseNotice(NOTICE_2027_CSV)).after);
    for (let k = 0; k < 400; k++) {
      const from = new Date(at('2027-01-01 00:00').getTime() + k * 23 * 3_600_000 + 1_800_000);
      for (const n of [1, 3, 15]) {
        const to = addWorkingDays(from, n);
        expect(isWorkingDay(formatShanghai(new Date(to.getTime() - 1)).slice(0, 10))).toBe(true);
        expect(workingDaysBetween(from, to)).toBe(n);
      }
    }
  });
});
