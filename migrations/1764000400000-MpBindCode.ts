import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { datetime, id, index, int, nullable, str } from '../src/db/schema';

export class MpBindCode1764000400000 implements MigrationInterface {
  name = 'MpBindCode1764000400000';

  public async up(q: QueryRunner): Promise<void> {
    await q.createTable(new Table({
      name: 'mp_bind_code',
      columns: [id(), str('codeHash', 64), int('staffId'), int('createdByStaffId', nullable), datetime('createdAt'), datetime('expiresAt'), datetime('usedAt', nullable)],
      indices: [index('mp_bind_code', ['codeHash'], true), index('mp_bind_code', ['staffId'])],
    }));
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropTable('mp_bind_code');
  }
}
