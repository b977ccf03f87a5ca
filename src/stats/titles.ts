/**
 * What the leaders of an area are called. A 区 has a 区委书记 and a 区长, a county-level 市 (双辽市)
 * a 市委书记 and a 市长, a 县 a 县委书记 and a 县长; texts that say 县委书记 to a 区委书记 are wrong.
 * From the division's name when known, else from its code: in the national division codes
 * (GB/T 2260) a county's last two digits are 01–20 for a 市辖区, 21–80 for a 县 (or 旗), 81–99
 * for a county-level 市.
 */
export interface AreaTitles {
  /** 县 / 区 / 市 / 旗 …: the word in 分管县领导 and the like. */
  level: string;
  /** 县委书记 / 区委书记 / 市委书记 … */
  secretary: string;
  /** 县长 / 区长 / 市长 … */
  head: string;
  /** 分管县领导 / 分管区领导 / 分管市领导 … */
  leaderInCharge: string;
}

const titles = (level: string, secretary = `${level}委书记`, head = `${level}长`): AreaTitles => ({
  level,
  secretary,
  head,
  leaderInCharge: `分管${level}领导`,
});

/** For a summary above the counties (a city with 区, 县 and 市 below it): no one county's titles. */
const GENERIC = { level: '', secretary: '党委书记', head: '政府主要负责人', leaderInCharge: '分管领导' } satisfies AreaTitles;

function countyTitles(code: string, name: string | null | undefined): AreaTitles {
  const n = (name ?? '').trim();
  if (n.endsWith('自治县') || n.endsWith('县')) return titles('县');
  if (n.endsWith('旗')) return titles('旗');
  if (n.endsWith('林区')) return titles('林区', '林区党委书记', '林区区长');
  if (n.endsWith('特区')) return titles('特区', '特区党委书记', '特区区长');
  if (n.endsWith('区')) return titles('区');
  if (n.endsWith('市')) return titles('市');
  const last = Number(code.slice(4, 6));
  if (last >= 1 && last <= 20) return titles('区');
  if (last >= 81) return titles('市');
  return titles('县');
}

/**
 * The titles for a summary or notice about `code`: a county, or anything below it, uses the
 * county's (a township's tickets climb to the county's leaders); `countyName` is the county's name
 * (双清区). Above the counties (a city's summary, whose rungs reached the leaders of several
 * counties of different kinds) the titles are generic.
 */
export function areaTitles(code: string | null | undefined, countyName?: string | null): AreaTitles {
  const c = code ?? '';
  return c.length >= 6 && /^\d{6}/.test(c) ? countyTitles(c.slice(0, 6), countyName) : GENERIC;
}
