import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { datetime, index, int, nullable, str } from '../src/db/schema';

/**
 * The review procedure (信访工作条例 Art. 35): a 复查 or 复核 is a ticket of its own at the level
 * above, linked to the answer it reviews; after 复核 the matter is final (终结).
 */
export class Review1764000600000 implements MigrationInterface {
  name = 'Review1764000600000';

  public async up(q: QueryRunner): Promise<void> {
    await q.addColumns('ticket', [
      new TableColumn(str('stage', 12, { isNullable: false, default: "'petition'" })),
      new TableColumn(int('reviewOfId', nullable)),
      new TableColumn(datetime('finalAt', nullable)),
    ]);
    await q.createIndex('ticket', new TableIndex(index('ticket', ['reviewOfId'])));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('ticket', 'IDX_ticket_reviewOfId');
    await q.dropColumns('ticket', ['finalAt', 'reviewOfId', 'stage']);
  }
}
