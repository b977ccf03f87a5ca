import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { bool, datetime, id, index, int, nullable, str } from '../src/db/schema';

export class ChatTarget1764000050000 implements MigrationInterface {
  name = 'ChatTarget1764000050000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'chat_target',
        columns: [
          id(),
          str('kind', 16),
          str('purpose', 16),
          str('jurisdictionCode', 12),
          str('topic', 100, nullable),
          str('roomId', 128, nullable),
          str('botAccount', 128, nullable),
          str('webhookUrl', 300, nullable),
          int('boundByStaffId', nullable),
          bool('active', { default: true }),
          datetime('createdAt'),
        ],
        indices: [index('chat_target', ['jurisdictionCode']), index('chat_target', ['botAccount', 'topic'])],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('chat_target');
  }
}
