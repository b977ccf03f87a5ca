/**
 * The organisation upload over HTTP: a county admin downloads the template and imports into its
 * own county only; another county's admin, cadres, leaders and villagers cannot.
 */
import * as XLSX from '@e965/xlsx';
import { startTestApp, TestApp } from '../support/app';
import { orgMount } from '../../src/http/admin/org';
import { ChatTarget } from '../../src/entities/ChatTarget';
import { Staff } from '../../src/entities/Staff';
import { Unit } from '../../src/entities/Unit';
import { XLSX_MIME } from '../../src/org';
import { fillTemplate } from '../org/support';

let app: TestApp;
let sysadmin: string;
let admin: string; // 双清区 (430502)
let otherAdmin: string; // 双辽市 (220382)
let cadre: string;
let leader: string;
let villager: string;
let me: Staff;

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502', '220382'], mounts: [orgMount] });
  sysadmin = await app.token('sysadmin');
  me = await app.staffOf('双清区信访局', (s) => s.role === 'admin');
  admin = await app.token('admin', { staffId: me.id });
  otherAdmin = await app.token('admin', { staffId: (await app.staffOf('双辽市信访局', (s) => s.role === 'admin')).id });
  cadre = await app.token('cadre', { staffId: (await app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre')).id });
  leader = await app.token('leader', { staffId: (await app.staffOf('火车站乡人民政府', (s) => s.role === 'leader')).id });
  villager = (await app.villagerToken({ phone: '13922220001' })).token;
});
afterAll(() => app.close());

const upload = (token: string | undefined, data: Buffer | string, query = '', type = XLSX_MIME) =>
  app.call('POST', `/api/v1/admin/org/import${query}`, { token, body: data, headers: { 'content-type': type } });

/** 双清区's groups, as its petition office lists them. */
const groups = (extra: string[][] = []) => fillTemplate({ 群: [['火车站乡干部工作群', '430502202', '工作群', '微信群', '', ''], ...extra] });

const counts = async () => ({
  staff: await app.ds.manager.count(Staff, { where: { active: true } }),
  units: await app.ds.manager.count(Unit),
  chats: await app.ds.manager.count(ChatTarget),
});

test('the template downloads as an Excel file for admins, and for nobody else', async () => {
  const res = await fetch(`${app.url}/api/v1/admin/org/template`, { headers: { authorization: `Bearer ${admin}` } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe(XLSX_MIME);
  expect(res.headers.get('content-disposition')).toMatch(/attachment/);
  const wb = XLSX.read(Buffer.from(await res.arrayBuffer()), { type: 'buffer' });
  expect(wb.SheetNames).toEqual(['说明', '单位', '人员', '包村', '群']);
  for (const t of [cadre, leader, villager]) expect((await app.call('GET', '/api/v1/admin/org/template', { token: t })).status).toBe(403);
  expect((await app.call('GET', '/api/v1/admin/org/template')).status).toBe(401);
});

test('cadres, leaders and villagers cannot import (403), and nothing changes', async () => {
  const before = await counts();
  for (const t of [cadre, leader, villager]) {
    const r = await upload(t, groups());
    expect(r.status).toBe(403);
  }
  expect((await upload(undefined, groups())).status).toBe(401);
  expect(await counts()).toEqual(before);
});

test("another county's admin cannot import into ours: 403 when it names our county, rows refused when it does not", async () => {
  const before = await counts();
  const named = await upload(otherAdmin, groups(), '?county=430502');
  expect(named.status).toBe(403);
  expect(named.body.error.message).toMatch(/只能导入本县（区）（220382）/);
  const inferred = await upload(otherAdmin, groups());
  expect(inferred.status).toBe(422);
  expect(inferred.body.error.details.problems.map((p: any) => p.text)).toEqual(['群 第2行 辖区代码：不在本县（220382 双辽市）范围内']);
  // Nor can it deactivate our people by uploading a roster naming only its own.
  const roster = fillTemplate({ 人员: [['马六', '13907390099', '双辽市信访局', '管理员', '', '', '', '', '', '']] });
  const r = await upload(otherAdmin, roster);
  expect(r.status).toBe(422);
  expect(await counts()).toEqual(before);
});

test('our admin previews, imports, and a second upload changes nothing', async () => {
  const before = await counts();
  const preview = await upload(admin, groups(), '?dryRun=1');
  expect(preview.status).toBe(200);
  expect(preview.body).toMatchObject({ county: '430502', countyName: '双清区', dryRun: true, applied: false });
  expect(preview.body.changes).toEqual([{ sheet: '群', row: 2, action: 'create', what: '火车站乡干部工作群' }]);
  expect(await counts()).toEqual(before);

  const done = await upload(admin, groups());
  expect(done.status).toBe(200);
  expect(done.body.applied).toBe(true);
  expect(await app.ds.manager.findOneByOrFail(ChatTarget, { topic: '火车站乡干部工作群' })).toMatchObject({
    jurisdictionCode: '430502202',
    purpose: 'work_group',
    boundByStaffId: me.id,
    active: true,
  });

  const again = await upload(admin, groups());
  expect(again.status).toBe(200);
  expect(again.body.changes).toEqual([]);
});

test('a CSV of one sheet (Excel saves GBK in China) is read when the sheet is named', async () => {
  // "群名称,辖区代码,用途\r\n火车站乡干部工作群,430502202,工作群" in GB18030, as Excel writes it.
  const gbk = Buffer.from('c8bac3fbb3c62ccfbdc7f8b4fac2eb2cd3c3cdbe0d0abbf0b3b5d5becfe7b8c9b2bfb9a4d7f7c8ba2c3433303530323230322cb9a4d7f7c8ba', 'hex');
  expect(new TextDecoder('gb18030').decode(gbk)).toBe('群名称,辖区代码,用途\r\n火车站乡干部工作群,430502202,工作群');
  const missing = await upload(admin, gbk, '?dryRun=1', 'text/csv');
  expect(missing.status).toBe(400);
  expect(missing.body.error.field).toBe('sheet');
  const r = await upload(admin, gbk, `?dryRun=1&sheet=${encodeURIComponent('群')}`, 'text/csv');
  expect(r.status).toBe(200);
  expect(r.body.changes).toEqual([]); // the group imported above, found by its name
});

test('a bad row answers 422 naming sheet, row and column; an admin cannot drop itself from the roster', async () => {
  const bad = await upload(admin, groups([['红旗社区群', '430502202002', '居民群', '', '', '']]));
  expect(bad.status).toBe(422);
  expect(bad.body.error.code).toBe('invalid_rows');
  expect(bad.body.error.field).toBe('群.第3行.用途');
  expect(bad.body.error.details.problems[0]).toMatchObject({
    sheet: '群',
    row: 3,
    column: '用途',
    text: '群 第3行 用途：不认识「居民群」，应为：村民群、工作群',
  });

  const withoutMe = fillTemplate({ 人员: [['赵四', '13907390098', '双清区信访局', '干部', '', '', '', '', '', '']] });
  const r = await upload(admin, withoutMe, '?dryRun=1');
  expect(r.status).toBe(422);
  expect(r.body.error.details.problems.map((p: any) => p.text).join('\n')).toMatch(/名单中没有您本人/);
});

test('a system-wide admin imports into any county; garbage is a 4xx, never a 500', async () => {
  const r = await upload(sysadmin, groups(), '?dryRun=1');
  expect(r.status).toBe(200);
  expect(r.body.county).toBe('430502');
  expect((await upload(sysadmin, 'not a spreadsheet', '?dryRun=1', 'application/octet-stream')).status).toBe(422);
  expect((await upload(sysadmin, '', '?dryRun=1', 'application/octet-stream')).status).toBe(400);
  expect((await upload(sysadmin, groups(), '?county=43050')).status).toBe(400);
  const zipJunk = Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 7)]);
  expect((await upload(sysadmin, zipJunk, '?dryRun=1')).status).toBe(422);
});
