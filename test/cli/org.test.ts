/** org:template and org:import from the command line, as a county's IT person runs them. */
import fs from 'node:fs';
import path from 'node:path';
import * as XLSX from '@e965/xlsx';
import { cli, cliDatabase } from '../support/cli';
import { Staff } from '../../src/entities/Staff';
import { Unit } from '../../src/entities/Unit';
import { seedReference } from '../../src/seed/demo';
import { createTestDb } from '../support/db';
import { fillTemplate, SHUANGQING, withRows } from '../org/support';

const fx = cliDatabase('cs-org-', async (dir) => {
  const db = await createTestDb({ file: path.join(dir, 'org.sqlite') });
  await seedReference(db.ds);
  return db;
});
const write = fx.write;
const staffCount = () => fx.db.ds.manager.count(Staff);

test('org:template writes the workbook; only .xlsx', async () => {
  const out = path.join(fx.dir, '模板.xlsx');
  const r = await cli('org:template', '--out', out);
  expect(r).toMatchObject({ code: 0, err: [] });
  expect(XLSX.read(fs.readFileSync(out), { type: 'buffer' }).SheetNames).toEqual(['说明', '单位', '人员', '包村', '群']);
  const bad = await cli('org:template', '--out', path.join(fx.dir, 't.csv'));
  expect(bad.code).toBe(2);
});

test('org:import without a file or with one that is not there is a usage error', async () => {
  expect((await cli('org:import')).code).toBe(2);
  const r = await cli('org:import', path.join(fx.dir, 'nope.xlsx'));
  expect(r.code).toBe(2);
  expect(r.err[0]).toMatch(/cannot read .*nope\.xlsx: ENOENT/);
  expect((await cli('org:import', write('x.xlsx', 'x'), '--county', '4305')).code).toBe(2);
});

test('a bad row: each problem on stderr as 表 第N行 列：问题, exit 1, nothing written', async () => {
  const rows = withRows(SHUANGQING, '人员', (r) => {
    r[5][1] = '1390739000';
    return r;
  });
  const r = await cli('org:import', write('bad.xlsx', fillTemplate(rows)));
  expect(r.code).toBe(1);
  expect(r.err).toContain('人员 第7行 手机号：格式不对（应为11位手机号）');
  expect(r.err.at(-1)).toBe('共 1 个问题，没有写入任何数据');
  expect(r.out).toEqual([]);
  expect(await staffCount()).toBe(0);
});

test('--dry-run prints what would change and writes nothing; then the import; then a re-import that changes nothing', async () => {
  const f = write('双清区.xlsx', fillTemplate(SHUANGQING));
  const dry = await cli('org:import', f, '--dry-run');
  expect(dry.code).toBe(0);
  expect(dry.out).toContain('人员 第2行 新增：刘志刚（13907390001）');
  expect(dry.out).toContain('单位 第3行 新增：双清区信访局');
  expect(dry.out).toContain('双清区（430502）单位：新增6；人员：新增10；包村：新增3；群：新增2');
  expect(dry.out.at(-1)).toBe('预览（--dry-run）：没有写入任何数据');
  expect(await staffCount()).toBe(0);

  const real = await cli('org:import', f);
  expect(real.code).toBe(0);
  expect(real.out.at(-1)).toBe('已导入');
  expect(await staffCount()).toBe(10);

  const again = await cli('org:import', f);
  expect(again.code).toBe(0);
  expect(again.out).toEqual(['双清区（430502）单位：无变化，未变6；人员：无变化，未变10；包村：无变化，未变3；群：无变化，未变2', '与系统中一致，没有变化']);
});

test('one CSV per sheet: a changed title is an update of that one person', async () => {
  const header = '姓名,手机号,所在单位,角色,职务,岗位,分管领域,辖区代码,微信号,企业微信账号';
  const people = SHUANGQING['人员'].map((p) => (p[0] === '王磊' ? [...p.slice(0, 4), '包村干部、综治专干', ...p.slice(5)] : p));
  const csv = [header, ...people.map((p) => p.join(','))].join('\n');
  const r = await cli('org:import', write('人员.csv', csv));
  expect(r.code).toBe(0);
  expect(r.out[0]).toBe('人员 第10行 更新：王磊（13907390009）（职务）');
  expect((await fx.db.ds.manager.findOneByOrFail(Staff, { phone: '13907390009' })).title).toBe('包村干部、综治专干');
  expect(await fx.db.ds.manager.count(Unit)).toBe(6);
});
