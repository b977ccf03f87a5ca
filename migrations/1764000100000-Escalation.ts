import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { bool, datetime, float, id, index, int, nullable, str, text } from '../src/db/schema';

type Rung = [clock: string, step: string, level: number, atFraction: number | null, overdueWorkingDays: number | null, recipient: string, repeatOnly: boolean];

// The default ladder (督办). Resolution and the two legal clocks (信访工作条例: 15-day acceptance
// notice, 60-day resolution) climb the same way; the response clock only reaches the unit head.
const LADDER: Rung[] = [];
for (const clock of ['resolution', 'legal_notice', 'legal_resolution']) {
  LADDER.push(
    [clock, 'warning', 1, 0.75, null, 'handler', false],
    [clock, 'unit_head', 2, null, 0, 'unit_head', false],
    [clock, 'county_leader', 3, null, 1, 'county_leader', false],
    [clock, 'secretary', 4, null, 3, 'county_secretary', false],
    // 重复信访 that is overdue goes to the county secretary at once.
    [clock, 'secretary', 4, null, 0, 'county_secretary', true],
  );
}
LADDER.push(['response', 'unit_head', 2, null, 0, 'unit_head', false]);

/**
 * Escalation ladder, fired rungs, daily summaries, job state; the ticket's next escalation
 * instant (maintained by the sweep, NULL = not computed yet) with an index so the sweep is a
 * range scan; and the last scheduled slot a job lease ran for (exactly once per slot).
 */
export class Escalation1764000100000 implements MigrationInterface {
  name = 'Escalation1764000100000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'escalation_rule',
        columns: [
          id(),
          str('clock', 16),
          str('step', 24),
          int('level'),
          float('atFraction', nullable),
          int('overdueWorkingDays', nullable),
          str('recipient', 24),
          bool('repeatOnly', { default: false }),
          str('category', 24, nullable),
          str('urgency', 16, nullable),
          bool('active', { default: true }),
        ],
        indices: [index('escalation_rule', ['clock'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'escalation_step',
        columns: [
          id(),
          int('ticketId'),
          str('clock', 16),
          str('step', 24),
          int('round'),
          datetime('dueAt'),
          int('level'),
          int('recipientStaffId', nullable),
          datetime('firedAt'),
        ],
        indices: [
          index('escalation_step', ['ticketId', 'clock', 'step', 'round', 'dueAt'], true),
          index('escalation_step', ['recipientStaffId']),
          index('escalation_step', ['firedAt']),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'daily_summary',
        columns: [id(), int('chatTargetId'), str('jurisdictionCode', 12), str('date', 10), text('text'), text('stats'), datetime('createdAt')],
        indices: [index('daily_summary', ['chatTargetId', 'date'], true), index('daily_summary', ['jurisdictionCode', 'date'])],
      }),
    );
    await q.createTable(new Table({ name: 'job_state', columns: [str('name', 64, { isPrimary: true }), int('value'), datetime('updatedAt')] }));

    // Plain ALTER (portable here) instead of TypeORM's addColumn, which rebuilds SQLite tables.
    await q.query('ALTER TABLE ticket ADD COLUMN nextEscalationAt datetime NULL');
    await q.createIndex('ticket', new TableIndex(index('ticket', ['status', 'nextEscalationAt'])));
    await q.query('ALTER TABLE job_lease ADD COLUMN lastRunAt datetime NULL');

    for (const [clock, step, level, atFraction, overdue, recipient, repeatOnly] of LADDER) {
      await q.query(
        'INSERT INTO escalation_rule (clock, step, level, atFraction, overdueWorkingDays, recipient, repeatOnly, category, urgency, active) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL, ?)',
        [clock, step, level, atFraction, overdue, recipient, repeatOnly, true],
      );
    }
    // Misconduct is the discipline commission's alone: leaders outside it cannot read the ticket,
    // so its ladder stops at the commission's head.
    for (const clock of ['resolution', 'legal_notice', 'legal_resolution']) {
      for (const [step, level, overdue, recipient, repeatOnly] of [
        ['county_leader', 3, 1, 'county_leader', false],
        ['secretary', 4, 3, 'county_secretary', false],
        ['secretary', 4, 0, 'county_secretary', true],
      ] as const) {
        await q.query(
          'INSERT INTO escalation_rule (clock, step, level, atFraction, overdueWorkingDays, recipient, repeatOnly, category, urgency, active) VALUES (?, ?, ?, NULL, ?, ?, ?, ?, NULL, ?)',
          [clock, step, level, overdue, recipient, repeatOnly, 'misconduct', false],
        );
      }
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('job_lease', 'lastRunAt');
    await q.dropIndex('ticket', 'IDX_ticket_status_nextEscalationAt');
    await q.dropColumn('ticket', 'nextEscalationAt');
    for (const t of ['job_state', 'daily_summary', 'escalation_step', 'escalation_rule']) await q.dropTable(t);
  }
}
