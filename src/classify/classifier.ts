/**
 * Keyword classifier for petition texts: jieba segmentation + weighted keyword scoring.
 * Pure and synchronous; the jieba dictionary (~0.2–0.3 s to build) is loaded once, on first use.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import {
  CATEGORIES,
  CategoryCode,
  MISCONDUCT_OFFICIALS,
  MISCONDUCT_STRONG,
  MISCONDUCT_WITH_OFFICIAL,
} from './categories';
import { emergencyReasons } from './rules';

import type { Urgency } from '../vocabulary';

export type { Urgency };

export interface Classification {
  category: CategoryCode;
  /** 0..1; ~0.1 for the 'other' fallback, >= 0.8 when the misconduct rule fires. */
  confidence: number;
  /** Keywords that contributed to the winning category (or triggered the misconduct rule). */
  matched: string[];
}

/** Substring (non-token) hits count less: the keyword may sit inside an unrelated word. */
const SUBSTRING_FACTOR = 0.6;
/** Substring that starts or ends on a token boundary. */
const ALIGNED_FACTOR = 0.85;
const FALLBACK_CONFIDENCE = 0.1;

interface KeywordEntry {
  keyword: string;
  category: CategoryCode;
  weight: number;
}

function defaultWeight(keyword: string): number {
  const n = [...keyword].length;
  return n <= 1 ? 1 : n === 2 ? 1.5 : 2;
}

// Keyword table grouped by keyword string: one indexOf per distinct keyword per text.
const KEYWORDS = new Map<string, KeywordEntry[]>();
for (const c of CATEGORIES) {
  for (const kw of c.keywords) {
    const entry = { keyword: kw, category: c.code, weight: c.weights?.[kw] ?? defaultWeight(kw) };
    const list = KEYWORDS.get(kw);
    if (list) {
      if (!list.some((e) => e.category === c.code)) list.push(entry);
    } else KEYWORDS.set(kw, [entry]);
  }
}
// Longest first, so shorter keywords inside an already matched longer one can be skipped.
const KEYWORD_LIST = [...KEYWORDS.keys()].sort((a, b) => b.length - a.length);

let jieba: Jieba | null = null;

function getJieba(): Jieba {
  if (jieba) return jieba;
  const j = Jieba.withDict(dict);
  // loadDict merges into the existing dictionary. Words need an explicit frequency: without one
  // jieba-rs gives them a derived one that is often too low to win (e.g. 虚报冒领 stayed split).
  const words = new Set<string>([...KEYWORDS.keys(), ...MISCONDUCT_OFFICIALS, ...MISCONDUCT_STRONG,
    ...MISCONDUCT_WITH_OFFICIAL, ...EXTRA_USER_WORDS]);
  const lines: string[] = [];
  for (const w of words) if ([...w].length > 1) lines.push(`${w} 20000`);
  j.loadDict(Buffer.from(lines.join('\n'), 'utf8'));
  jieba = j;
  return j;
}

/** Words that are not keywords but should still segment as units (titles, common complaint phrases). */
const EXTRA_USER_WORDS = ['村书记', '村支书', '没人管', '没人修', '没人来', '好几天', '好几年'];

function normalize(text: string): string {
  // Full-width ASCII to half-width, lowercase; Chinese is unaffected.
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase();
}

function cut(text: string): string[] {
  // HMM off: all the words we care about are in the dictionary, and HMM only invents names.
  return getJieba().cut(text, false);
}

const PUNCT = /^[\s\p{P}\p{S}]+$/u;

const STOP_WORDS = new Set<string>([
  '的', '地', '得', '了', '着', '过', '是', '在', '我', '我们', '俺', '俺们', '咱', '咱们', '你', '你们',
  '他', '她', '他们', '她们', '它', '这', '那', '这个', '那个', '这里', '那里', '这边', '那边', '有', '也',
  '都', '就', '还', '又', '和', '跟', '与', '及', '把', '被', '给', '让', '啊', '呀', '吧', '呢', '吗',
  '嘛', '哦', '哈', '么', '个', '一个', '请', '请问', '麻烦', '谢谢', '一下', '现在', '已经', '还是',
  '就是', '什么', '怎么', '为什么', '咋', '啥', '要', '会', '能', '说', '呗', '嗯', '哎', '唉', '啦',
  '村', '乡', '镇', '组', '屯', '县', '区', '市', '省', '村里', '家里', '我家', '俺家', '咱村', '我村',
  '某', '某村', '一直', '到底', '好', '很', '太', '真', '都是', '一些', '有点', '这样', '那样',
]);

/** Segmented tokens without stop-words, punctuation or whitespace. */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const t of cut(normalize(text))) {
    if (!t.trim() || PUNCT.test(t) || STOP_WORDS.has(t)) continue;
    out.push(t);
  }
  return out;
}

// "班主任" contains 主任 but is a teacher, not a cadre: remove such words before looking for officials.
const NOT_OFFICIALS = /班主任|主任医师|科主任|社区医生/g;
const KIN = '儿子|女儿|闺女|老婆|媳妇|弟弟|哥哥|侄子|外甥|小舅子|亲戚|亲属|家属|家人|小姨子|连襟';
const NEPOTISM = new RegExp(
  `(?:${MISCONDUCT_OFFICIALS.join('|')})(?:的|家的?|自己的?|自家的?)?(?:${KIN})|给了?(?:他|她|自己|自家)(?:的|家的?)?(?:${KIN})`,
);

// "收了人家钱才给盖章": taking money or gifts, with a few words in between.
const BRIBE = /收了?[^，。,.!！?？\s]{0,4}(?:钱|红包|好处|礼|烟酒)/;
// "让俺送两条烟才给盖章", "不给好处就不给办": demanding something in return for doing the job.
const DEMAND = /(?:送|要|拿|塞|买)[^，。,.!！?？\s]{0,4}(?:烟|酒|礼|钱|红包|好处|鸡|肉)[^，。,.!！?？\s]{0,6}(?:才|就|再)|才(?:给|肯|能)(?:盖章|办|签字|批|签|开证明|报)/;

/** Returns the triggering words when an official is accused of wrongdoing, else null. */
export function misconductTrigger(raw: string): string[] | null {
  const text = normalize(raw ?? '');
  const strong = MISCONDUCT_STRONG.filter((w) => text.includes(w));
  if (strong.length) return strong;
  const cleaned = text.replace(NOT_OFFICIALS, '');
  const officials = MISCONDUCT_OFFICIALS.filter((w) => cleaned.includes(w));
  if (!officials.length) return null;
  const acts = MISCONDUCT_WITH_OFFICIAL.filter((w) => cleaned.includes(w));
  for (const re of [NEPOTISM, BRIBE, DEMAND]) {
    const m = cleaned.match(re);
    if (m) acts.push(m[0]);
  }
  return acts.length ? [...officials, ...acts] : null;
}

export function classify(text: string): Classification {
  const norm = normalize(text ?? '');
  if (!norm.trim()) return { category: 'other', confidence: FALLBACK_CONFIDENCE, matched: [] };

  // Token boundaries (jieba keeps every character, so offsets are cumulative lengths).
  const parts = cut(norm);
  const tokenSet = new Set(parts);
  const starts = new Uint8Array(norm.length + 1);
  const ends = new Uint8Array(norm.length + 1);
  let off = 0;
  for (const p of parts) {
    starts[off] = 1;
    off += p.length;
    ends[off] = 1;
  }
  const scores = new Map<CategoryCode, number>();
  const matchedBy = new Map<CategoryCode, string[]>();
  const covered = new Uint8Array(norm.length);

  for (const kw of KEYWORD_LIST) {
    let at = norm.indexOf(kw);
    if (at < 0) continue;
    const exact = tokenSet.has(kw);
    // Single characters (路, 桥, 井, 病) are far too ambiguous as substrings.
    if (!exact && kw.length === 1) continue;
    let factor = exact ? 1 : SUBSTRING_FACTOR;
    // Skip if every occurrence lies inside a longer keyword already counted (补贴 in 残疾补贴).
    let fresh = false;
    const positions: number[] = [];
    while (at >= 0) {
      positions.push(at);
      // Aligned with a token edge: overlapping keywords (残疾补贴 vs 补贴没发) rather than an unrelated word.
      if (!exact) {
        const a = starts[at] + ends[at + kw.length];
        if (a === 2) factor = 1;
        else if (a === 1) factor = Math.max(factor, ALIGNED_FACTOR);
      }
      for (let i = at; i < at + kw.length; i++) if (!covered[i]) fresh = true;
      at = norm.indexOf(kw, at + 1);
    }
    if (!fresh) continue;
    for (const p of positions) covered.fill(1, p, p + kw.length);
    for (const e of KEYWORDS.get(kw)!) {
      scores.set(e.category, (scores.get(e.category) ?? 0) + e.weight * factor);
      const m = matchedBy.get(e.category);
      if (m) m.push(kw);
      else matchedBy.set(e.category, [kw]);
    }
  }

  // Precedence: an accused official makes it a discipline case whatever the subject (低保给了村书记亲戚).
  const trigger = misconductTrigger(norm);
  if (trigger) {
    const own = scores.get('misconduct') ?? 0;
    const conf = Math.min(0.99, 0.8 + 0.04 * trigger.length + 0.01 * own);
    return { category: 'misconduct', confidence: round(conf), matched: unique([...trigger, ...(matchedBy.get('misconduct') ?? [])]) };
  }

  let best: CategoryCode | null = null;
  let top = 0;
  let second = 0;
  for (const [cat, s] of scores) {
    if (s > top) {
      second = top;
      top = s;
      best = cat;
    } else if (s > second) second = s;
  }
  // Officials alone (0.3–0.5) are not evidence of anything; below this it is noise.
  if (!best || top < 1) return { category: 'other', confidence: FALLBACK_CONFIDENCE, matched: [] };

  // Saturates with evidence, discounted when a runner-up is close.
  const saturation = 1 - Math.exp(-top / 2);
  const margin = (top - second) / top;
  const confidence = saturation * (0.5 + 0.5 * margin);
  return { category: best, confidence: round(Math.max(confidence, FALLBACK_CONFIDENCE + 0.05)), matched: matchedBy.get(best)! };
}

// --- urgency (service clocks: emergency 2 h, utilities 24 h, ordinary 7 d, complex 15 d) ---

const EMERGENCY = new RegExp(
  [
    '塌', '着火', '起火', '失火', '火灾', '烧起来', '漏电', '触电', '电死', '电线掉', '电线断', '电线落地',
    '洪水', '发大水', '决堤', '溃坝', '被淹', '淹了', '被困', '困住', '人困', '人出不来', '滑坡', '泥石流',
    '溺水', '掉水里', '掉河里', '中毒', '煤气泄漏', '燃气泄漏', '漏气', '爆炸', '救命', '出人命', '要死人', '人命', '砸伤', '砸到人',
    '受伤', '流血', '晕倒', '昏迷', '随时会倒', '垮了', '快垮', '要垮', '快倒了', '要倒了',
  ].join('|'),
);
// Outage of water/electricity/gas/heating, both "停水" and "水停了" word orders, dialect 冇/没得.
const UTILITIES = new RegExp(
  [
    // lookahead: 没电话 / 没有水平 / 断电脑 are not outages
    '(?:停|断|没|没有|冇|没得|莫得|不来|不出|缺)了?(?:自来)?(?:水|电|气|暖)(?![话脑视影梯平准力])',
    '(?:自来水|水|电|天然气|燃气|煤气|暖气|供暖)(?:又|都|也|老是|总是|经常)?(?:停|断|没了|不来|不通|不热|中断)',
    '水管(?:爆|破|裂|冻)', '不供暖', '电压(?:低|不稳|不够)', '跳闸', '供电', '供水', '停气',
  ].join('|'),
);
const COMPLEX = new RegExp(
  [
    // multi-party
    '几户', '多户', '好几家', '几家人', '全村', '整个村', '全组', '村民们', '大伙', '大家伙', '联名', '集体',
    '几十', '上百',
    // land
    '土地', '宅基地', '地界', '承包', '征地', '征收', '流转', '林地', '山林', '林权', '确权', '占地',
    // long-running
    '多年', '好几年', '几年了', '年了', '半年', '几个月', '一直没解决', '一直没人', '多次反映', '反映多次',
    '反映了好几次', '反映好几次', '上访', '信访', '找了好多次', '跑了好几趟',
    // policy
    '政策', '补偿', '赔偿', '拆迁', '标准',
  ].join('|'),
);

export function detectUrgency(text: string, category: CategoryCode): Urgency {
  const t = normalize(text ?? '');
  if (EMERGENCY.test(t) || emergencyReasons(t).length) return 'emergency';
  if (UTILITIES.test(t)) return 'utilities';
  // Water/electricity outages phrased without a clear verb still follow the 24 h utility clock.
  if (category === 'water' && /停|断|没水|冇水|不出水|不来水|水都没|一滴水/.test(t)) return 'utilities';
  if (COMPLEX.test(t)) return 'complex';
  // A misconduct case is an investigation with at least two parties; land disputes already matched above.
  if (category === 'misconduct') return 'complex';
  return 'ordinary';
}

// --- similarity for repeat-petition detection ---

/**
 * Two texts at or above this similarity are treated as the same matter (重复信访) when they come
 * from the same person. Chosen from the labelled pairs in test/classify/classifier.test.ts: rewordings
 * of one matter score from about 0.41 up, different matters (even same village, same official or same
 * benefit) at most about 0.31; 0.36 sits mid-gap.
 */
export const REPEAT_SIMILARITY = 0.36;

function bigrams(text: string): Set<string> {
  const chars = [...normalize(text).replace(/[\s\p{P}\p{S}]+/gu, '')];
  const out = new Set<string>();
  if (chars.length === 1) out.add(chars[0]);
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i] + chars[i + 1]);
  return out;
}

function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (!a.size && !b.size) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/**
 * 0..1. Soft weighted token Dice (a token also matches one that contains it, so 占我家/占了我家 or
 * 工资/拖欠工资 agree; category keywords weigh more because they carry the matter), blended with
 * character-bigram Jaccard (robust to segmentation differences and typos), discounted when the two
 * texts classify into different categories.
 */
export function similarity(a: string, b: string): number {
  const ta = [...new Set(tokens(a))];
  const tb = [...new Set(tokens(b))];
  const total = weightSum(ta) + weightSum(tb);
  const tokenSim = total ? (softMatched(ta, tb) + softMatched(tb, ta)) / total : 0;
  const bigramSim = jaccard(bigrams(a), bigrams(b));
  let sim = 0.6 * tokenSim + 0.4 * bigramSim;
  // The same matter routes the same way: texts that classify into different real categories
  // (低保被给了书记亲戚 = misconduct vs 低保啥时候发 = welfare) share words but not the matter.
  const ca = classify(a).category;
  const cb = classify(b).category;
  if (ca !== cb && ca !== 'other' && cb !== 'other') sim *= CROSS_CATEGORY_FACTOR;
  return round(sim, 4);
}

// Complaint boilerplate shared by unrelated petitions; it says little about which matter it is.
const GENERIC = new Set(['没人管', '没人修', '没人来', '没人理', '反映', '好几天', '好久', '三天', '半年', '没', '不', '没有', '还', '也']);
const KEYWORD_WEIGHT = new Map<string, number>();
for (const [kw, entries] of KEYWORDS) KEYWORD_WEIGHT.set(kw, Math.max(...entries.map((e) => e.weight)));

/** Keywords weigh by how specific they are (贪污 > 村主任); boilerplate weighs half. */
const CROSS_CATEGORY_FACTOR = 0.7;

function tokenWeight(t: string): number {
  const k = KEYWORD_WEIGHT.get(t);
  if (k !== undefined) return 1 + k;
  return GENERIC.has(t) ? 0.5 : 1;
}

function weightSum(ts: string[]): number {
  let s = 0;
  for (const t of ts) s += tokenWeight(t);
  return s;
}

/** Weight of tokens in xs that equal, contain or are contained in some token of ys (2+ chars for containment). */
function softMatched(xs: string[], ys: string[]): number {
  let s = 0;
  for (const x of xs) {
    const hit = ys.some((y) => y === x || (x.length > 1 && y.length > 1 && (y.includes(x) || x.includes(y))));
    if (hit) s += tokenWeight(x);
  }
  return s;
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(Math.min(1, Math.max(0, x)) * f) / f;
}

function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
