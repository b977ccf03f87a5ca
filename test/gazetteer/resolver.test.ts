import { PlaceIndex, type PlaceResult } from '../../src/gazetteer';

// Real rows for a handful of counties: 双清区 and two other Hunan counties with a 莲荷村, 双辽市,
// 泌阳县, 四平 (铁西区, 梨树县, 伊通县) and 辽源 (龙山区, 西安区, 东丰县, 东辽县).
const AREAS = [...['430502', '430224', '431021', '220382', '411726'], ...['220302', '220322', '220323', '220402', '220403', '220421', '220422']];

let index: PlaceIndex;
beforeAll(async () => {
  index = await PlaceIndex.fromDivisions({ areas: AREAS });
});

function resolvedCode(r: PlaceResult): string | null {
  return r.status === 'resolved' ? r.village.code : null;
}

describe('resolve', () => {
  test('full address', () => {
    expect(index.resolve('双清区火车站乡莲荷村')).toEqual({
      status: 'resolved',
      village: { code: '430502202205', name: '莲荷村', path: '湖南省邵阳市双清区火车站乡莲荷村' },
      matchedText: '双清区火车站乡莲荷村',
    });
  });

  test('township then the village core, inside a sentence', () => {
    const r = index.resolve('我是火车站乡莲荷的，路灯坏了三天了');
    expect(resolvedCode(r)).toBe('430502202205');
    expect(r.status === 'resolved' && r.matchedText).toBe('火车站乡莲荷');
  });

  test('official committee names in text', () => {
    expect(resolvedCode(index.resolve('双清区火车站乡莲荷村委会主任不接电话'))).toBe('430502202205');
    expect(resolvedCode(index.resolve('湖南邵阳双清区火车站乡莲荷村村民委员会'))).toBe('430502202205');
  });

  test('a name found in three counties is ambiguous, listing all', () => {
    const r = index.resolve('莲荷村');
    expect(r.status).toBe('ambiguous');
    if (r.status !== 'ambiguous') return;
    expect(r.total).toBe(3);
    expect(r.candidates.map((c) => c.code)).toEqual(['430224101212', '430502202205', '431021106225']);
    expect(r.candidates[1].path).toBe('湖南省邵阳市双清区火车站乡莲荷村');
    expect(r.commonAncestor).toBe('43');
  });

  test('area names in the text narrow', () => {
    expect(resolvedCode(index.resolve('邵阳双清区莲荷村'))).toBe('430502202205');
    expect(resolvedCode(index.resolve('茶陵县莲荷村'))).toBe('430224101212');
    expect(resolvedCode(index.resolve('东丰县太平村的水井干了'))).toBe('220421105201');
    expect(resolvedCode(index.resolve('伊通县靠山镇太平村'))).toBe('220323105201');
  });

  test('context narrows: county, township or village', () => {
    expect(resolvedCode(index.resolve('莲荷村', { context: '430502' }))).toBe('430502202205');
    expect(resolvedCode(index.resolve('我们莲荷村低保评得不公平', { context: '430502202' }))).toBe('430502202205');
    expect(resolvedCode(index.resolve('莲荷村', { context: '430502202205' }))).toBe('430502202205');
    // A village context widens to its township and county before giving up.
    expect(resolvedCode(index.resolve('莲荷村', { context: '430502202001' }))).toBe('430502202205');
    expect(resolvedCode(index.resolve('太平村', { context: '2204' }))).toBe('220421105201');
  });

  test('a context with no match inside falls back to the wider search', () => {
    expect(resolvedCode(index.resolve('义顺村', { context: '430502' }))).toBe('220382006200');
    const r = index.resolve('太平村', { context: '430502' });
    expect(r.status === 'ambiguous' && r.total).toBe(3);
  });

  test('a village context alone means that village', () => {
    expect(index.resolve('路灯坏了好几天了', { context: '430502202205' })).toEqual({
      status: 'resolved',
      village: { code: '430502202205', name: '莲荷村', path: '湖南省邵阳市双清区火车站乡莲荷村' },
      matchedText: '',
    });
    expect(index.resolve('路灯坏了好几天了', { context: '430502202' })).toEqual({ status: 'unknown' });
  });

  test('双辽市 villages', () => {
    expect(index.resolve('义顺村')).toMatchObject({
      status: 'resolved',
      village: { code: '220382006200', path: '吉林省四平市双辽市红旗街道义顺村' },
    });
    expect(resolvedCode(index.resolve('万斤村的路坏了'))).toBe('220382201201');
    expect(resolvedCode(index.resolve('四平铁西区西八大村'))).toBe('220302200215');
  });

  test('太平村 across counties: ambiguous, with the deepest shared division', () => {
    const r = index.resolve('太平村');
    expect(r.status).toBe('ambiguous');
    if (r.status !== 'ambiguous') return;
    expect(r.candidates.map((c) => c.code)).toEqual(['220323105201', '220323108206', '220421105201']);
    expect(r.commonAncestor).toBe('22');
    const inCounty = index.resolve('太平村', { context: '220323' });
    expect(inCounty).toMatchObject({ status: 'ambiguous', total: 2, commonAncestor: '220323' });
  });

  test('ambiguous candidates nearest the context come first', () => {
    const r = index.resolve('莲荷村', { context: '4310' });
    // 4310 has one 莲荷村, so it resolves; from a Jilin context none is near and all three stay.
    expect(resolvedCode(r)).toBe('431021106225');
    const far = index.resolve('莲荷村', { context: '220382' });
    expect(far.status === 'ambiguous' && far.total).toBe(3);
  });

  test('ordinary text is unknown', () => {
    for (const text of [
      '孩子上学的补助还没发下来，请帮忙看看',
      '我们村的路灯坏了好几天了',
      '回村的路被水冲断了',
      '隔壁村的人把垃圾倒在我们地里',
      '新农村建设的钱到底花到哪里去了',
      '村委会主任不接电话',
      '乡里说要等县里批',
      '',
    ]) {
      expect(index.resolve(text)).toEqual({ status: 'unknown' });
    }
  });

  test('names that are ordinary words need the text or context to place them', () => {
    // 中心村 is a planning term as well as three villages here.
    expect(index.resolve('中心村的规划什么时候公布')).toEqual({ status: 'unknown' });
    expect(resolvedCode(index.resolve('二道镇中心村路灯坏了'))).toBe('220323101207');
    expect(resolvedCode(index.resolve('中心村路灯坏了', { context: '220323' }))).toBe('220323101207');
    // 杏村: a one-character core.
    expect(index.resolve('杏村的桥塌了')).toEqual({ status: 'unknown' });
    expect(resolvedCode(index.resolve('杏村的桥塌了', { context: '431021' }))).toBe('431021113208');
    expect(resolvedCode(index.resolve('敖泉镇杏村的桥塌了'))).toBe('431021113208');
  });

  test('the longest name wins over one inside it', () => {
    // 八里庙子村 (梨树县) must not be read as some 庙子村.
    expect(resolvedCode(index.resolve('八里庙子村'))).toBe('220322002201');
  });
});

describe('lookup, children, stats', () => {
  test('lookup', () => {
    expect(index.lookup('430502202205')).toEqual({
      code: '430502202205',
      name: '莲荷村',
      officialName: '莲荷村',
      level: 'village',
      parentCode: '430502202',
      path: '湖南省邵阳市双清区火车站乡莲荷村',
    });
    expect(index.lookup('220323')).toMatchObject({ name: '伊通满族自治县', level: 'county', parentCode: '2203' });
    expect(index.lookup('22')).toMatchObject({ name: '吉林省', level: 'province', parentCode: null, path: '吉林省' });
    expect(index.lookup('430502202999')).toBeNull();
    expect(index.lookup('110101')).toBeNull();
    expect(index.lookup('abc')).toBeNull();
  });

  test('children in code order', () => {
    expect(index.children().map((c) => c.code)).toEqual(['22', '41', '43']);
    expect(index.children('2204').map((c) => c.name)).toEqual(['龙山区', '西安区', '东丰县', '东辽县']);
    const village = index.children('430502202').find((c) => c.code === '430502202205');
    expect(village).toEqual({ code: '430502202205', name: '莲荷村', level: 'village' });
    expect(index.children('430502202205')).toEqual([]);
    expect(index.children('99')).toEqual([]);
  });

  test('stats', () => {
    const s = index.stats();
    expect(s).toMatchObject({ provinces: 3, cities: 6, counties: 12 });
    expect(s.villages).toBeGreaterThan(2000);
    expect(s.villageNames).toBeLessThan(s.villages);
  });
});

describe('building', () => {
  test('parents first; re-adding is a no-op; adding after queries works', () => {
    const ix = new PlaceIndex();
    expect(() => ix.add({ code: '4305', name: '邵阳市', level: 'city', parentCode: '43' })).toThrow(/added first/);
    ix.add({ code: '43', name: '湖南省', level: 'province', parentCode: null });
    ix.add({ code: '4305', name: '邵阳市', level: 'city', parentCode: '43' });
    ix.add({ code: '430502', name: '双清区', level: 'county', parentCode: '4305' });
    ix.add({ code: '430502202', name: '火车站乡', level: 'township', parentCode: '430502' });
    ix.add({ code: '430502202205', name: '莲荷村委会', level: 'village', parentCode: '430502202' });
    ix.add({ code: '430502202205', name: '莲荷村委会', level: 'village', parentCode: '430502202' });
    expect(ix.stats().villages).toBe(1);
    expect(resolvedCode(ix.resolve('莲荷村'))).toBe('430502202205');
    expect(ix.lookup('430502202205')?.officialName).toBe('莲荷村委会');

    ix.add({ code: '430502202206', name: '莲荷村委会', level: 'village', parentCode: '430502202' });
    expect(ix.resolve('莲荷村')).toMatchObject({ status: 'ambiguous', total: 2, commonAncestor: '430502202' });
  });
});

// Indexes the whole country (~4 s, ~150 MB): GAZETTEER_FULL=1 npx jest test/gazetteer
(process.env.GAZETTEER_FULL === '1' ? describe : describe.skip)('full country', () => {
  let full: PlaceIndex;
  beforeAll(async () => {
    full = await PlaceIndex.fromDivisions({ all: true });
  }, 120_000);

  test('counts', () => {
    expect(full.stats()).toMatchObject({
      provinces: 31,
      cities: 342,
      counties: 2978,
      townships: 41352,
      villages: 620573,
    });
  });

  test('太平村 nationally', () => {
    const r = full.resolve('太平村');
    expect(r.status).toBe('ambiguous');
    if (r.status !== 'ambiguous') return;
    // 456 after normalisation (244 太平村委会, 76 太平村村民委员会, 62 太平村民委员会, 38 太平村村委会, 36 太平村).
    expect(r.total).toBeGreaterThanOrEqual(450);
    expect(r.total).toBeLessThanOrEqual(465);
    expect(r.candidates).toHaveLength(20);
    expect(r.commonAncestor).toBeNull();
  });

  test('the seed places resolve with their address', () => {
    expect(resolvedCode(full.resolve('双清区火车站乡莲荷村'))).toBe('430502202205');
    expect(resolvedCode(full.resolve('火车站乡莲荷'))).toBe('430502202205');
    expect(resolvedCode(full.resolve('双辽市义顺村'))).toBe('220382006200');
    expect(resolvedCode(full.resolve('万斤村', { context: '220382' }))).toBe('220382201201');
    expect(resolvedCode(full.resolve('潞城镇西堡村'))).toBe('110112119222');
  });
});

describe('resolveArea: a township or county named without a village', () => {
  test('county and town', () => {
    expect(index.resolveArea('我是双辽市茂林镇的 我们屯里那个桥塌了一半')).toEqual({ code: '220382100', level: 'township', path: '吉林省四平市双辽市茂林镇' });
  });
  test('county only', () => {
    expect(index.resolveArea('双辽市 俺们那嘎达的路压坏了')?.code).toBe('220382');
    expect(index.resolveArea('双辽市 俺们那嘎达的路压坏了')?.level).toBe('county');
  });
  test('no place, or a bare core word, names nothing', () => {
    expect(index.resolveArea('我们这里的路坏了')).toBeNull();
    expect(index.resolveArea('双辽的路坏了')).toBeNull();
  });
  test('a county said by its core where the words make it a place (这边, 俺们 …, 是…人)', () => {
    for (const [text, code] of [
      ['在双辽这边包了五十亩地 地租交完了又要管理费', '220382'],
      ['俺是泌阳人 在南方厂里干活 欠俺三个月工资', '411726'],
      ['俺们伊通这嘎达的路全是坑', '220323'],
      ['双清这块的路灯一个都不亮', '430502'],
      // A township said by its core right after its county: 双辽茂林 is 茂林镇.
      ['双辽茂林那边停电一天了', '220382100'],
    ])
      expect([text, index.resolveArea(text)?.code]).toEqual([text, code]);
  });
  test('the same cores as ordinary words name nothing', () => {
    for (const text of ['梨树开花了 真好看', '我家梨树被人砍了两棵', '伊通河的水涨了', '在西安打工的钱还没要回来', '东丰收了今年'])
      expect([text, index.resolveArea(text)]).toEqual([text, null]);
  });
  test('a context county keeps a same-named town inside it; a context township answers when nothing is named', () => {
    expect(index.resolveArea('火车站乡这边垃圾好久冒得人收', { context: '430502' })?.code).toBe('430502202');
    expect(index.resolveArea('路灯不亮', { context: '220382100' })?.code).toBe('220382100');
    expect(index.resolveArea('路灯不亮', { context: '220382' })?.code).toBe('220382');
  });
});
