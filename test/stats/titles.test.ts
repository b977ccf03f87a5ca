import { areaTitles } from '../../src/stats/titles';
import { monthsOf } from '../../src/stats/rates';
import { fromShanghai } from '../../src/clocks/time';

describe('what an area’s leaders are called', () => {
  it.each([
    ['430502', '双清区', '区委书记', '区长', '分管区领导'],
    ['220382', '双辽市', '市委书记', '市长', '分管市领导'],
    ['411726', '泌阳县', '县委书记', '县长', '分管县领导'],
    ['220322', '梨树县', '县委书记', '县长', '分管县领导'],
    ['220302', '铁西区', '区委书记', '区长', '分管区领导'],
    ['152221', '科尔沁右翼前旗', '旗委书记', '旗长', '分管旗领导'],
    ['422827', '来凤县', '县委书记', '县长', '分管县领导'],
    ['130426', '涉县', '县委书记', '县长', '分管县领导'],
    ['429021', '神农架林区', '林区党委书记', '林区区长', '分管林区领导'],
  ])('%s %s', (code, name, secretary, head, leaderInCharge) => {
    expect(areaTitles(code, name)).toMatchObject({ secretary, head, leaderInCharge });
  });

  it('falls back on the division code (01–20 区, 21–80 县, 81–99 市) without a name, for townships and villages too', () => {
    expect(areaTitles('430502202205').secretary).toBe('区委书记'); // 莲荷村, 双清区
    expect(areaTitles('220382006').head).toBe('市长'); // a town of 双辽市
    expect(areaTitles('411726').secretary).toBe('县委书记');
    expect(areaTitles('430502', '').secretary).toBe('区委书记');
  });

  it('is generic above the counties', () => {
    expect(areaTitles('2204', '辽源市')).toMatchObject({ secretary: '党委书记', leaderInCharge: '分管领导' });
    expect(areaTitles(null).secretary).toBe('党委书记');
  });
});

describe('Shanghai months of a period', () => {
  it('cuts at Shanghai midnight, not UTC', () => {
    const months = monthsOf(fromShanghai(2026, 10, 31), fromShanghai(2026, 11, 2));
    expect(months.map((m) => [m.label, m.start.toISOString(), m.end.toISOString()])).toEqual([
      ['2026-10', '2026-10-30T16:00:00.000Z', '2026-10-31T16:00:00.000Z'],
      ['2026-11', '2026-10-31T16:00:00.000Z', '2026-11-01T16:00:00.000Z'],
    ]);
  });

  it('crosses a year end', () => {
    expect(monthsOf(fromShanghai(2026, 11, 15), fromShanghai(2027, 2, 1)).map((m) => m.label)).toEqual(['2026-11', '2026-12', '2027-01']);
  });
});
