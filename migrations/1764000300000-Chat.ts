import { MigrationInterface, QueryRunner, Table, TableIndex } from 'typeorm';
import { datetime, id, index, int, nullable, str, text } from '../src/db/schema';

/** Chat bot state: inbound dedupe, pending conversations, chatter counts, staff binding codes; room-id lookups. */
export class Chat1764000300000 implements MigrationInterface {
  name = 'Chat1764000300000';

  public async up(q: QueryRunner): Promise<void> {
    // Every group message looks its binding up by the room id of the current login.
    await q.createIndex('chat_target', new TableIndex(index('chat_target', ['botAccount', 'roomId'])));
    await q.createTable(
      new Table({
        name: 'inbound_message',
        columns: [
          id(),
          str('botAccount', 128),
          str('messageId', 128),
          str('status', 12),
          text('replies', nullable),
          int('ticketId', nullable),
          text('attachTo', nullable),
          datetime('createdAt'),
          datetime('updatedAt'),
        ],
        indices: [index('inbound_message', ['botAccount', 'messageId'], true), index('inbound_message', ['createdAt'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'chat_conversation',
        columns: [
          id(),
          str('botAccount', 128),
          str('chatKey', 32),
          str('contactId', 128),
          str('kind', 16),
          text('data'),
          datetime('expiresAt'),
          datetime('createdAt'),
        ],
        indices: [index('chat_conversation', ['botAccount', 'chatKey', 'contactId'], true), index('chat_conversation', ['expiresAt'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'chatter_count',
        columns: [id(), int('chatTargetId'), str('date', 10), int('count', { default: 0 }), text('categories', nullable)],
        indices: [index('chatter_count', ['chatTargetId', 'date'], true), index('chatter_count', ['date'])],
      }),
    );
    await q.createTable(
      new Table({
        name: 'bind_code',
        columns: [id(), str('codeHash', 64), int('staffId'), datetime('expiresAt'), datetime('usedAt', nullable), datetime('createdAt')],
        indices: [index('bind_code', ['codeHash'], true), index('bind_code', ['staffId'])],
      }),
    );
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const t of ['bind_code', 'chatter_count', 'chat_conversation', 'inbound_message']) await q.dropTable(t);
    await q.dropIndex('chat_target', 'IDX_chat_target_botAccount_roomId');
  }
}
