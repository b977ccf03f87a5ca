import path from 'node:path';
import { cli, cliDatabase } from '../support/cli';
import { CalendarDay } from '../../src/entities/CalendarDay';
import { createTestDb } from '../support/db';
import { NOTICE_2027_CSV, NOTICE_2027_JSON } from '../support/notice-2027';

const fx = cliDatabase('cs-cal-', (dir) => createTestDb({ file: path.join(dir, 'cal.sqlite') }));
const write = fx.write;

test('calendar:show prints exactly one line a day: date, work|rest, source, holiday', async () => {
  const r = await cli('calendar:show', '--from', '2026-09-30', '--to', '2026-10-11');
  expect(r.code).toBe(0);
  expect(r.out).toEqual([
    '2026-09-30 work official',
    '2026-10-01 rest official 国庆节',
    '2026-10-02 rest official 国庆节',
    '2026-10-03 rest official 国庆节',
    '2026-10-04 rest official 国庆节',
    '2026-10-05 rest official 国庆节',
    '2026-10-06 rest official 国庆节',
    '2026-10-07 rest official 国庆节',
    '2026-10-08 work official',
    '2026-10-09 work official',
    '2026-10-10 work official 国庆节',
    '2026-10-11 rest weekend',
  ]);
  const p = await cli('calendar:show', '--from', '2027-02-04', '--to', '2027-02-11');
  expect(p.out).toEqual([
    '2027-02-04 work provisional',
    '2027-02-05 rest provisional 春节',
    '2027-02-06 rest provisional 春节',
    '2027-02-07 rest provisional 春节',
    '2027-02-08 rest provisional 春节',
    '2027-02-09 rest provisional 春节（补假）',
    '2027-02-10 rest provisional 春节（补假）',
    '2027-02-11 work provisional',
  ]);
  for (const line of [...r.out, ...p.out]) expect(line).toMatch(/^\d{4}-\d{2}-\d{2} (work|rest) (official|provisional|weekend)( \S+)?$/);
});

test.each([
  [['--from', '2027-02-30', '--to', '2027-03-01'], "--from must be a date YYYY-MM-DD (got '2027-02-30')"],
  [['--from', '2027-03-01'], 'missing --to YYYY-MM-DD'],
  [['--from', '2027-03-01', '--to', '2027-02-01'], '--to (2027-02-01) is before --from (2027-03-01)'],
  [['--from', '2020-01-01', '--to', '2027-01-01'], 'at most 732 days at once'],
])('calendar:show %j → usage error', async (args, message) => {
  const r = await cli('calendar:show', ...args);
  expect(r.code).toBe(2);
  expect(r.err.join('\n')).toContain(message);
});

test('calendar:import --dry-run prints the difference and writes nothing', async () => {
  const f = write('2027.csv', NOTICE_2027_CSV);
  const r = await cli('calendar:import', f, '--dry-run');
  expect(r.code).toBe(0);
  expect(r.out).toContain('2027-02-11 work provisional -> rest official 春节');
  expect(r.out).toContain('2027-02-20 rest weekend -> work official 春节');
  expect(r.out[r.out.length - 1]).toMatch(
    /^2027: \d+ day\(s\) change work\/rest or holiday name; the other \d+ provisional day\(s\) become official as they are \(dry run: nothing written\)$/,
  );
  expect(await fx.db.ds.manager.count(CalendarDay, { where: { year: 2027 } })).toBe(0);
});

test('a bad file is refused with the line and field, and nothing is written', async () => {
  const f = write('bad.csv', NOTICE_2027_CSV.replace('rest,2027-06-09,2027-06-11,端午节', 'rest,2027-06-09,2027-06-31,端午节'));
  const r = await cli('calendar:import', f);
  expect(r.code).toBe(2);
  // Line 9 of the file (the comment is line 1).
  expect(r.err.join('\n')).toContain(`${f} line 9 to: no such date: 2027-06-31`);
  const j = write(
    'bad.json',
    '{"year": 2027, "holidays": [{"name": "春节", "from": "2027-02-05", "to": "2027-02-13"}], "workdays": [{"date": "2027-02-15", "name": "春节"}]}',
  );
  const rj = await cli('calendar:import', j);
  expect(rj.code).toBe(2);
  expect(rj.err.join('\n')).toContain('workdays[0]: 2027-02-15 is a weekday');
  const missing = await cli('calendar:import', path.join(fx.dir, 'nope.csv'));
  expect(missing.code).toBe(2);
  expect(missing.err.join('\n')).toContain('cannot read');
  expect((await cli('calendar:import')).err.join('\n')).toContain('missing FILE');
  expect(await fx.db.ds.manager.count(CalendarDay, { where: { year: 2027 } })).toBe(0);
});

test('calendar:import makes the year official; show then says so', async () => {
  const f = write('2027.json', JSON.stringify(NOTICE_2027_JSON));
  const r = await cli('calendar:import', f);
  expect(r.code).toBe(0);
  expect(r.out[r.out.length - 1]).toMatch(/; 0 open ticket\(s\) checked, 0 with deadlines moved$/);
  expect(await fx.db.ds.manager.count(CalendarDay, { where: { year: 2027 } })).toBe(365);
  const s = await cli('calendar:show', '--from', '2027-02-09', '--to', '2027-02-09');
  expect(s.out).toEqual(['2027-02-09 rest official 春节']);
  // The same notice again (as CSV): no difference.
  const again = await cli('calendar:import', write('again.csv', NOTICE_2027_CSV), '--dry-run');
  expect(again.out).toEqual(['2027: 0 day(s) change work/rest or holiday name; the year was already official (dry run: nothing written)']);
});

test('calendar:recompute checks open tickets and is safe to repeat', async () => {
  const r = await cli('calendar:recompute');
  expect(r.code).toBe(0);
  expect(r.out).toEqual([expect.stringMatching(/^\d+ open ticket\(s\) checked, 0 with deadlines moved$/)]);
});
