import { MigrationInterface, QueryRunner, TableColumn, TableIndex } from 'typeorm';
import { index, nullable, str } from '../src/db/schema';

/**
 * Idempotency keys belong to the caller that sent them: a ticket's (channel, externalId) is unique
 * per origin (the token, villager or member of staff that filed it), so another caller's key is a
 * new ticket and never a way to read someone else's. The contact as given with the ticket is kept
 * on it, so staff see what was given for this ticket, never who else owns a phone number.
 */
export class TicketOrigin1764000400000 implements MigrationInterface {
  name = 'TicketOrigin1764000400000';

  public async up(q: QueryRunner): Promise<void> {
    await q.addColumns('ticket', [
      new TableColumn(str('origin', 48, { isNullable: false, default: "''" })),
      new TableColumn(str('contactName', 32, nullable)),
      new TableColumn(str('contactPhone', 20, nullable)),
    ]);
    await q.dropIndex('ticket', 'IDX_ticket_channel_externalId');
    await q.createIndex('ticket', new TableIndex(index('ticket', ['channel', 'origin', 'externalId'], true)));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropIndex('ticket', 'IDX_ticket_channel_origin_externalId');
    await q.createIndex('ticket', new TableIndex(index('ticket', ['channel', 'externalId'], true)));
    await q.dropColumns('ticket', ['contactPhone', 'contactName', 'origin']);
  }
}
