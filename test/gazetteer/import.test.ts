import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { importDivisions } from '../../src/gazetteer/import';
import { Jurisdiction } from '../../src/entities/Jurisdiction';
import { createTestDb, TestDb } from '../support/db';
import { writeDivisionsSubset } from '../support/divisions';

describe('importDivisions', () => {
  let db: TestDb;
  let dir: string;
  beforeAll(async () => {
    db = await createTestDb();
    // The two counties' rows only: the same rows as the real files, read without scanning 600k villages.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-divisions-'));
    writeDivisionsSubset(dir, ['430502', '220382']);
  });
  afterAll(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('imports a county with its ancestors, townships and villages, with spoken short names', async () => {
    const progress: number[] = [];
    const r = await importDivisions(db.ds, { areas: ['430502'], onProgress: (n) => progress.push(n), dir });
    expect(r.byLevel).toEqual({ province: 1, city: 1, county: 1, township: 12, village: 92 });
    expect(r.inserted).toBe(107);
    expect(progress[progress.length - 1]).toBe(107);

    const repo = db.ds.getRepository(Jurisdiction);
    expect(await repo.findOneByOrFail({ code: '430502202205' })).toMatchObject({
      name: '莲荷村',
      shortName: '莲荷村',
      level: 'village',
      parentCode: '430502202',
    });
    expect(await repo.findOneByOrFail({ code: '430502202' })).toMatchObject({ name: '火车站乡', level: 'township', parentCode: '430502' });
    expect(await repo.findOneByOrFail({ code: '430502' })).toMatchObject({ name: '双清区', level: 'county', parentCode: '4305' });
    expect(await repo.findOneByOrFail({ code: '4305' })).toMatchObject({ name: '邵阳市', level: 'city', parentCode: '43' });
    expect(await repo.findOneByOrFail({ code: '43' })).toMatchObject({ level: 'province', parentCode: null });
    // Official committee names are shortened to what people say.
    const committees = await repo.createQueryBuilder('j').where('j.name LIKE :n', { n: '%委会' }).getMany();
    for (const c of committees) expect(c.shortName).not.toMatch(/委会$/);
  });

  it('is idempotent, and adds only what is new when more counties come', async () => {
    const again = await importDivisions(db.ds, { areas: ['430502'], dir });
    expect(again.inserted).toBe(0);
    const more = await importDivisions(db.ds, { areas: ['430502', '220382'], dir });
    // 双辽市 brings Jilin and 四平市; Hunan and 邵阳市 are already there.
    expect(more.byLevel).toMatchObject({ province: 1, city: 1, county: 1, township: 19 });
    expect(more.byLevel.village).toBeGreaterThan(200);
    expect(Number(await db.ds.getRepository(Jurisdiction).count())).toBe(107 + more.inserted);
  });

  it('refuses to run without areas or all', async () => {
    await expect(importDivisions(db.ds, {})).rejects.toThrow(/areas or all/);
  });
});
