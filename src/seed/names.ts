/**
 * Deterministic fake people for the demo organisation: the same county always gets the same
 * names and phone numbers, whatever else is seeded and in whatever order.
 */

/** Common surnames, most frequent first and listed more than once so they come up more often. */
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '杨',
  '赵',
  '黄',
  '周',
  '吴',
  '徐',
  '孙',
  '胡',
  '朱',
  '高',
  '林',
  '何',
  '郭',
  '马',
  '罗',
  '梁',
  '宋',
  '郑',
  '谢',
  '韩',
  '唐',
  '冯',
  '于',
  '董',
  '萧',
  '程',
  '曹',
  '袁',
  '邓',
  '许',
  '傅',
  '沈',
  '曾',
  '彭',
  '吕',
  '苏',
  '卢',
  '蒋',
  '蔡',
  '贾',
  '丁',
  '魏',
  '薛',
  '叶',
  '阎',
  '余',
  '潘',
  '杜',
  '戴',
  '夏',
  '钟',
  '汪',
  '田',
  '任',
  '姜',
  '范',
  '方',
  '石',
  '姚',
  '谭',
  '廖',
  '邹',
  '熊',
  '金',
  '陆',
  '郝',
  '孔',
  '白',
  '崔',
  '康',
  '毛',
  '邱',
  '秦',
  '江',
  '史',
  '顾',
  '侯',
  '邵',
  '孟',
  '龙',
  '万',
  '段',
  '雷',
  '钱',
  '汤',
  '尹',
  '黎',
  '易',
  '常',
  '武',
  '乔',
  '贺',
  '赖',
  '龚',
  '文',
  '关',
  '佟',
  '那',
  '付',
  '尚',
];

/** Two-character given names typical of people born 1960s–1990s. */
const GIVEN_TWO = [
  '建国',
  '建华',
  '建军',
  '国强',
  '国庆',
  '志强',
  '志刚',
  '志明',
  '海燕',
  '海涛',
  '秀英',
  '秀兰',
  '丽娟',
  '丽华',
  '桂兰',
  '桂芳',
  '玉梅',
  '玉兰',
  '春生',
  '春梅',
  '晓东',
  '晓峰',
  '晓燕',
  '红梅',
  '红霞',
  '文博',
  '文静',
  '振华',
  '立新',
  '卫东',
  '爱民',
  '德胜',
  '长青',
  '永福',
  '树林',
  '金凤',
  '淑珍',
  '凤英',
  '宏伟',
  '明辉',
  '俊杰',
  '学军',
  '新民',
  '庆华',
  '云飞',
  '海波',
  '雪梅',
  '彦军',
  '忠诚',
  '宝山',
  '东升',
  '丹丹',
  '静怡',
  '雅琴',
  '慧敏',
  '晓丽',
  '佳琪',
  '子涵',
  '浩然',
  '鹏飞',
  '亚楠',
  '兴旺',
  '维民',
  '少华',
  '铁军',
  '福林',
  '双喜',
  '成刚',
  '景山',
  '守信',
];

/** One-character given names. */
const GIVEN_ONE = [
  '伟',
  '敏',
  '静',
  '磊',
  '军',
  '勇',
  '杰',
  '涛',
  '明',
  '超',
  '强',
  '平',
  '刚',
  '华',
  '芳',
  '娜',
  '丽',
  '艳',
  '霞',
  '鹏',
  '辉',
  '宇',
  '浩',
  '亮',
  '斌',
  '波',
  '凯',
  '峰',
  '琳',
  '颖',
  '萍',
  '健',
];

/** FNV-1a: a stable 32-bit seed from a string. */
export function hashSeed(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for picking names; deterministic for a seed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Hands out names unique within one namer (one county), so people of a county can be told apart
 * by name and found again by name after a batched insert.
 */
export class Namer {
  private readonly rand: () => number;
  private readonly used = new Set<string>();
  private serial = 0;

  constructor(private readonly key: string) {
    this.rand = prng(hashSeed(`cunsheng:${key}`));
  }

  private pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)];
  }

  name(): string {
    for (;;) {
      const given = this.rand() < 0.3 ? this.pick(GIVEN_ONE) : this.pick(GIVEN_TWO);
      const n = this.pick(SURNAMES) + given;
      if (!this.used.has(n)) {
        this.used.add(n);
        return n;
      }
    }
  }

  /**
   * A mobile number unique across namers: the 6-digit key and a serial (< 1000) make a 9-digit
   * number, scrambled by an affine map that is a bijection mod 10^9 (the factor is prime to 10),
   * so neighbours do not get consecutive numbers.
   */
  phone(): string {
    const serial = this.serial++;
    if (serial >= 1000) throw new Error(`too many people for one phone block (${this.key})`);
    const n = (Number(this.key) * 1000 + serial) % 1_000_000_000;
    const scrambled = (BigInt(n) * 387_420_489n + 123_456_789n) % 1_000_000_000n;
    return `13${scrambled.toString().padStart(9, '0')}`;
  }
}
