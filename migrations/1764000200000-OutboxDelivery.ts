import { MigrationInterface, QueryRunner, Table, TableColumn, TableIndex } from 'typeorm';
import { datetime, id, index, str } from '../src/db/schema';

/**
 * Delivery support: the bot account that must send a message (several bot accounts can share one
 * outbox), and the signatures of intake webhooks seen recently (replay protection).
 */
export class OutboxDelivery1764000200000 implements MigrationInterface {
  name = 'OutboxDelivery1764000200000';

  public async up(q: QueryRunner): Promise<void> {
    await q.addColumn('outbox_message', new TableColumn(str('account', 128, { isNullable: true })));
    await q.createIndex('outbox_message', new TableIndex(index('outbox_message', ['account', 'status', 'nextAttemptAt'])));
    await q.createTable(
      new Table({
        name: 'webhook_nonce',
        columns: [id(), str('source', 16), str('signature', 64), datetime('expiresAt'), datetime('createdAt')],
        indices: [index('webhook_nonce', ['source', 'signature'], true), index('webhook_nonce', ['expiresAt'])],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('webhook_nonce');
    await q.dropIndex('outbox_message', 'IDX_outbox_message_account_status_nextAttemptAt');
    await q.dropColumn('outbox_message', 'account');
  }
}
