/**
 * Name forms for the statistical division names.
 *
 * Official village names are the committee's name (莲荷村委会, 八里庙村村民委员会, XX社区居委会);
 * people say the place (莲荷村, 八里庙村, XX社区). Residents' committees (居委会) are called
 * 社区 since the community reform, so XX居委会 → XX社区 (unless the base already says 村/社区).
 */

export type DivisionLevel = 'province' | 'city' | 'county' | 'township' | 'village';

/** City rows that are statistical placeholders, not places anyone names. */
export const PLACEHOLDER_NAMES: ReadonlySet<string> = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

// Annotations such as （省级）, （社区）, （含村前村村委）, mixed-width parentheses included.
const PARENTHETICAL = /[（(][^（）()]*[)）]/g;

// Order matters: longer and more specific suffixes first. [suffix, level word to keep].
// Where the suffix itself says 社区 the name keeps 社区 (太平村社区居委会 → 太平村社区); a bare
// 居委会 after a 村 name stays 村 (XX村居委会 → XX村).
const VILLAGE_SUFFIXES: ReadonlyArray<readonly [RegExp, '社区' | '居' | '嘎查' | '村']> = [
  [/社区居民委员会$/, '社区'],
  [/社区居委员会$/, '社区'],
  [/社区居民委会$/, '社区'],
  [/社区居委会$/, '社区'],
  [/社区居民会$/, '社区'],
  [/社区居会$/, '社区'],
  [/社区居委$/, '社区'],
  [/社区委员会$/, '社区'],
  [/社区委会$/, '社区'],
  [/社区服务中心$/, '社区'],
  [/社区筹备处$/, '社区'],
  [/居民委员会$/, '居'],
  [/居委员会$/, '居'],
  [/居民委会$/, '居'],
  [/居委会$/, '居'],
  [/居民会$/, '居'],
  [/居民委$/, '居'],
  [/居委$/, '居'],
  [/嘎查村?民?委员?会$/, '嘎查'],
  [/村民委员会$/, '村'],
  [/村委员会$/, '村'],
  [/村民委会$/, '村'],
  [/村委会$/, '村'],
  [/村民会$/, '村'],
  [/村委$/, '村'],
];

function clean(name: string): string {
  return name
    .trim()
    .replace(PARENTHETICAL, '')
    .replace(/\s+/g, '')
    .replace(/会会$/, '会') // data typos: 西关社区居委会会
    .replace(/委会员$/, '委员会');
}

/** The form people say: 莲荷村委会 → 莲荷村, XX社区居委会 → XX社区, XX街道办事处 → XX街道. */
export function shortName(officialName: string, level: DivisionLevel): string {
  const name = clean(officialName);
  if (!name) return officialName.trim();
  if (level === 'village') {
    for (const [re, word] of VILLAGE_SUFFIXES) {
      const m = re.exec(name);
      if (!m) continue;
      const base = name.slice(0, m.index);
      if (!base) return name; // the name is nothing but the suffix; keep it
      if (base.endsWith('社区')) return base;
      switch (word) {
        case '社区':
          return base + word;
        case '居':
          return base.endsWith('村') ? base : base + '社区';
        case '嘎查':
          return base.endsWith('嘎查') ? base : base + word;
        case '村':
          return base.endsWith('村') ? base : base + word;
      }
    }
    return name;
  }
  if (level === 'township') {
    return name.replace(/(?:街道办事处|办事处街道)$/, '街道');
  }
  return name;
}

// Minorities named in autonomous-area names; 族 is sometimes left out (博尔塔拉蒙古自治州).
const ETHNIC = [
  '柯尔克孜',
  '乌孜别克',
  '鄂伦春',
  '鄂温克',
  '达斡尔',
  '维吾尔',
  '哈萨克',
  '塔吉克',
  '塔塔尔',
  '俄罗斯',
  '土家',
  '布依',
  '朝鲜',
  '哈尼',
  '傈僳',
  '拉祜',
  '东乡',
  '纳西',
  '景颇',
  '仫佬',
  '毛南',
  '仡佬',
  '锡伯',
  '阿昌',
  '普米',
  '德昂',
  '保安',
  '裕固',
  '独龙',
  '赫哲',
  '门巴',
  '珞巴',
  '基诺',
  '撒拉',
  '布朗',
  '高山',
  '蒙古',
  '满',
  '回',
  '藏',
  '苗',
  '彝',
  '壮',
  '侗',
  '瑶',
  '白',
  '黎',
  '傣',
  '佤',
  '畲',
  '水',
  '土',
  '羌',
  '怒',
  '京',
  '各',
  '民',
];
const ETHNIC_TAIL = new RegExp(`(?:(?:${ETHNIC.join('|')})族|蒙古|哈萨克|柯尔克孜|维吾尔)$`);

// Level words, longest first. Autonomy suffixes get their ethnic names stripped as well.
const LEVEL_WORDS: ReadonlyArray<readonly [string, boolean]> = [
  ['特别行政区', false],
  ['街道办事处', false],
  ['办事处街道', false],
  ['自治区', true],
  ['自治州', true],
  ['自治县', true],
  ['自治旗', true],
  ['民族乡', false],
  ['民族镇', false],
  ['办事处', false],
  ['街道', false],
  ['生活区', false],
  ['林区', false],
  ['特区', false],
  ['新区', false],
  ['地区', false],
  ['社区', false],
  ['嘎查', false],
  ['苏木', false],
  ['省', false],
  ['市', false],
  ['区', false],
  ['县', false],
  ['旗', false],
  ['盟', false],
  ['乡', true], // XX回族乡
  ['镇', true], // XX满族镇
  ['村', false],
];

/** The name without its level word: 莲荷村→莲荷, 伊通满族自治县→伊通, 红旗街道→红旗. */
export function coreName(name: string): string {
  const n = clean(name);
  if (PLACEHOLDER_NAMES.has(n)) return n;
  for (const [word, ethnic] of LEVEL_WORDS) {
    if (!n.endsWith(word) || n.length <= word.length) continue;
    let core = n.slice(0, -word.length);
    if (ethnic) {
      // Strip 满族, 布依族苗族, 蒙古 ... but never down to nothing (回族乡 stays 回族).
      for (let m = ETHNIC_TAIL.exec(core); m && m.index > 0; m = ETHNIC_TAIL.exec(core)) {
        core = core.slice(0, m.index);
      }
    }
    return core;
  }
  return n;
}
