import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { Calendar, builtinOfficialSchedule, CALENDAR_FIRST_YEAR, CALENDAR_LAST_YEAR } from '../src/clocks/calendar';
import { ymdDayIndex } from '../src/clocks/time';
import { datetime, id, index, int, str } from '../src/db/schema';

/**
 * The working-day calendar as data (issue 10): one row per day of every official year, filled
 * here from chinese-days (2004–2026 in 1.5.7); an office adds next year with calendar:import
 * when the State Council publishes it. Years without rows are provisional (computed in memory).
 */
export class Calendar1764000500000 implements MigrationInterface {
  name = 'Calendar1764000500000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'calendar_day',
        columns: [id(), str('day', 10), int('year'), str('kind', 4), str('source', 12), str('name', 32, { isNullable: true }), datetime('updatedAt')],
        indices: [index('calendar_day', ['day'], true), index('calendar_day', ['year'])],
      }),
    );
    const cal = new Calendar();
    // Same text on SQLite (TypeORM's datetime format) and MariaDB (UTC connection).
    const stamp = new Date().toISOString().replace('T', ' ').slice(0, 23);
    const rows: unknown[][] = [];
    for (let y = CALENDAR_FIRST_YEAR; y <= CALENDAR_LAST_YEAR; y++) {
      if (!builtinOfficialSchedule(y)) continue;
      const last = ymdDayIndex(`${y}-12-31`);
      for (let d = ymdDayIndex(`${y}-01-01`); d <= last; d++) {
        const info = cal.dayInfoIndex(d);
        rows.push([info.ymd, y, info.kind, info.source, info.name, stamp]);
      }
    }
    for (let i = 0; i < rows.length; i += 500) {
      const chunk = rows.slice(i, i + 500);
      await q.query(
        `INSERT INTO calendar_day (day, year, kind, source, name, updatedAt) VALUES ${chunk.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')}`,
        chunk.flat(),
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('calendar_day');
  }
}
