import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { nullable, text } from '../src/db/schema';

/**
 * Open311: the point a client gave (WGS-84 degrees, double precision: a float would round
 * 111.546436 to about a metre) and the photo links it sent (media_url, a JSON list).
 */
export class Open311Location1764000900000 implements MigrationInterface {
  name = 'Open311Location1764000900000';

  public async up(q: QueryRunner): Promise<void> {
    await q.addColumns('ticket', [
      new TableColumn({ name: 'lat', type: 'double', ...nullable }),
      new TableColumn({ name: 'lng', type: 'double', ...nullable }),
      new TableColumn(text('mediaUrls', nullable)),
    ]);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropColumns('ticket', ['mediaUrls', 'lng', 'lat']);
  }
}
