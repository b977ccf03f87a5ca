import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';
import { nullable, str } from '../src/db/schema';

/**
 * org:import: the WeChat id (微信号) and WeCom user id (企业微信账号) a county lists for its staff.
 * `staff.wechatId` stays the identity bound in chat (bot account + contact id), which a
 * spreadsheet cannot know.
 */
export class OrgImport1764000800000 implements MigrationInterface {
  name = 'OrgImport1764000800000';

  public async up(q: QueryRunner): Promise<void> {
    await q.addColumns('staff', [new TableColumn(str('wechatAccount', 64, nullable)), new TableColumn(str('wecomUserId', 64, nullable))]);
  }

  public async down(q: QueryRunner): Promise<void> {
    await q.dropColumns('staff', ['wecomUserId', 'wechatAccount']);
  }
}
