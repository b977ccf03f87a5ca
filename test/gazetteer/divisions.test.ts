import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { ancestorsOf, divisionLevel, parentOf, parseCsvLine, readDivisions, type DivisionRow } from '../../src/gazetteer';

async function collect(opts: Parameters<typeof readDivisions>[0]): Promise<DivisionRow[]> {
  const rows: DivisionRow[] = [];
  for await (const r of readDivisions(opts)) rows.push(r);
  return rows;
}

describe('codes', () => {
  test('level by length', () => {
    expect(divisionLevel('43')).toBe('province');
    expect(divisionLevel('4305')).toBe('city');
    expect(divisionLevel('430502')).toBe('county');
    expect(divisionLevel('430502202')).toBe('township');
    expect(divisionLevel('430502202205')).toBe('village');
    expect(divisionLevel('43050')).toBeNull();
    expect(divisionLevel('43a5')).toBeNull();
  });

  test('parent and ancestors', () => {
    expect(parentOf('430502202205')).toBe('430502202');
    expect(parentOf('430502202')).toBe('430502');
    expect(parentOf('43')).toBeNull();
    expect(ancestorsOf('430502202205')).toEqual(['43', '4305', '430502', '430502202']);
    expect(ancestorsOf('4305')).toEqual(['43']);
    expect(ancestorsOf('43')).toEqual([]);
  });
});

describe('parseCsvLine', () => {
  test.each([
    ['110101,"东城区",1101,11', ['110101', '东城区', '1101', '11']],
    ['1,"甲,乙",2', ['1', '甲,乙', '2']],
    ['1,"say ""hi""",2', ['1', 'say "hi"', '2']],
    ['1,,2', ['1', '', '2']],
    ['1,2,', ['1', '2', '']],
    ['"",x', ['', 'x']],
  ])('%s', (line, fields) => {
    expect(parseCsvLine(line)).toEqual(fields);
  });

  test('rejects garbage after a quoted field', () => {
    expect(() => parseCsvLine('1,"a"b,2')).toThrow(/malformed/);
  });
});

describe('readDivisions (real data)', () => {
  let rows: DivisionRow[];
  beforeAll(async () => {
    rows = await collect({ areas: ['430502', '220382'] });
  });

  test('only the counties asked for, their ancestors and everything below', () => {
    const byLevel = (l: string) => rows.filter((r) => r.level === l).map((r) => r.code);
    expect(byLevel('province').sort()).toEqual(['22', '43']);
    expect(byLevel('city').sort()).toEqual(['2203', '4305']);
    expect(byLevel('county').sort()).toEqual(['220382', '430502']);
    expect(rows.filter((r) => r.level === 'village').every((r) => /^(430502|220382)/.test(r.code))).toBe(true);
    expect(rows.find((r) => r.code === '430502202205')).toEqual({
      code: '430502202205',
      name: '莲荷村',
      level: 'village',
      parentCode: '430502202',
    });
    expect(rows.find((r) => r.code === '430502202')?.name).toBe('火车站乡');
    expect(rows.find((r) => r.code === '220382006200')?.parentCode).toBe('220382006');
  });

  test('parents come before children', () => {
    const seen = new Set<string>();
    for (const r of rows) {
      if (r.parentCode) expect(seen.has(r.parentCode)).toBe(true);
      seen.add(r.code);
    }
  });

  test('refuses to read everything by accident', async () => {
    await expect(collect({})).rejects.toThrow(/all: true/);
    await expect(collect({ areas: ['4305'] })).rejects.toThrow(/6-digit/);
  });
});

describe('readDivisions (fixture dir)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'gazetteer-'));
    const files: Record<string, string> = {
      'provinces.csv': 'code,name\n43,"湖南省"\n44,"广东省"\n',
      'cities.csv': 'code,name,provinceCode\n4305,"邵阳市",43\n4401,"广州市",44\n',
      'areas.csv': 'code,name,cityCode,provinceCode\n430502,"双清区",4305,43\n440103,"荔湾区",4401,44\n',
      'streets.csv': 'code,name,areaCode,provinceCode,cityCode\n430502202,"火车站乡",430502,43,4305\n440103001,"沙面街道",440103,44,4401\n',
      'villages.csv':
        'code,name,streetCode,provinceCode,cityCode,areaCode\n' +
        '430502202205,"莲荷村",430502202,43,4305,430502\n' +
        '430502202206,"甲,乙村委会",430502202,43,4305,430502\n' +
        '430502202207,"引""号""村",430502202,43,4305,430502\n' +
        // A quoted field across a line end; its second line starts like a record of the county.
        '430502202208,"新\n430502202209村",430502202,43,4305,430502\n' +
        '440103001001,"沙面社区居委会",440103001,44,4401,440103\n',
    };
    for (const [f, text] of Object.entries(files)) writeFileSync(path.join(dir, f), text);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('quoted commas and quotes, filtered by county', async () => {
    const rows = await collect({ dir, areas: ['430502'] });
    expect(rows.map((r) => [r.level, r.code, r.name])).toEqual([
      ['province', '43', '湖南省'],
      ['city', '4305', '邵阳市'],
      ['county', '430502', '双清区'],
      ['township', '430502202', '火车站乡'],
      ['village', '430502202205', '莲荷村'],
      ['village', '430502202206', '甲,乙村委会'],
      ['village', '430502202207', '引"号"村'],
      ['village', '430502202208', '新\n430502202209村'],
    ]);
  });

  test('all', async () => {
    const rows = await collect({ dir, all: true });
    expect(rows).toHaveLength(13);
    expect(rows.map((r) => r.level)).toEqual([
      'province',
      'province',
      'city',
      'city',
      'county',
      'county',
      'township',
      'township',
      'village',
      'village',
      'village',
      'village',
      'village',
    ]);
  });

  test('stopping early closes the files', async () => {
    for await (const r of readDivisions({ dir, all: true })) {
      expect(r.level).toBe('province');
      break;
    }
  });
});
