import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { datetime, id, index, int, nullable, str, text } from '../src/db/schema';

/**
 * The petition office's console (issue 13): staff passwords, login sessions, failed logins for
 * the lockout (shared by every server process), and saved 台账 views.
 */
export class ConsoleAuth1764001000000 implements MigrationInterface {
  name = 'ConsoleAuth1764001000000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'staff_credential',
        columns: [int('staffId', { isPrimary: true }), str('passwordHash', 200), datetime('changedAt')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'staff_session',
        columns: [
          id(),
          str('tokenHash', 64),
          int('staffId'),
          datetime('createdAt'),
          datetime('lastSeenAt'),
          datetime('expiresAt'),
          datetime('revokedAt', nullable),
        ],
        indices: [index('staff_session', ['tokenHash'], true), index('staff_session', ['staffId'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'login_failure',
        columns: [id(), str('subject', 80), datetime('at')],
        indices: [index('login_failure', ['subject', 'at']), index('login_failure', ['at'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'saved_view',
        columns: [id(), int('staffId'), str('name', 40), text('filters'), datetime('createdAt'), datetime('updatedAt')],
        indices: [index('saved_view', ['staffId', 'name'], true)],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('saved_view');
    await q.dropTable('login_failure');
    await q.dropTable('staff_session');
    await q.dropTable('staff_credential');
  }
}
