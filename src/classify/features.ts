/**
 * What the learned model sees of a text: jieba words, character bigrams (robust to segmentation
 * slips, typos and homophones such as 低宝/医宝, which share a character with the right word), the
 * curated lexicon's per-category scores, and the rules' verdicts. Shared by the training script and
 * inference so the two can never disagree.
 */
import { MISCONDUCT_OFFICIALS } from './categories';
import { CATEGORY_CODES } from '../vocabulary';
import {
  cut,
  KeywordScores,
  keywordScores,
  misconductTrigger,
  NOT_IN_THE_STORY,
  normalize,
  officialByUnit,
  officialIsVictim,
  tokens,
  withoutOwnTitle,
} from './keywords';
import { chatterForm, compact, emergencyReasons, hazardAsSetting, namesProblem, negations, reportsHarm, softCues } from './rules';

export type Features = Map<string, number>;

const NOT_OFFICIALS = new RegExp(
  String.raw`${NOT_IN_THE_STORY}|(?:冒充|假冒|假装|自称)[^，。,.!！?？\s]{0,10}(?:干部|领导|工作人员|民警|警察|的人)|说是[^，。,.!！?？\s]{0,10}(?:干部|领导|工作人员|民警|警察|的人)(?=[^。]{0,60}(?:骗|冒充|假的|别信|别给|别上当|人跑了|联系不上))`,
  'g',
);
const LEAD_IN = /^\s*(?:[@＠]\S+\s*)*(?:#?诉求|我要反映|我要投诉|我要举报|我要求助|反映一下|反映个事|反映个问题|反映|投诉|求助|举报|报修)?[\s:：,，、.。!！]*/;

/**
 * Category cues with gaps and either word order, which fixed keywords and bigrams miss: "水又停了",
 * "俺们村这水啊 停了", "欠我两万块钱", "老公喝了酒就打我", "干了俩月就给一千". Each is one feature the
 * model weighs (c:<category>), not a verdict. Read on the compact text (no spaces or punctuation).
 */
const CUES: [name: string, re: RegExp][] = [
  [
    'water',
    /(?:自来水|井水|水管|水龙头|吃的水|喝的水|这水|水啊|水呢)|(?<![雨洪河江渠塘库])水(?:又|都|也|老是|总是|经常|一直)?(?:停|断|不来|没来|浑|发黄|有味|有股|一股)/,
  ],
  ['power', /电(?:又|都|也|老是|总是|经常|一直)?(?:停|断)|停电|跳闸|线路老化|电压|变压器|电线/],
  ['heating', /暖气|供暖|供热|锅炉/],
  ['road', /(?:路|桥|涵洞|水渠|排水沟|路灯)[^。]{0,6}(?:坑|烂|塌|断|修|堵|不亮|黑|泥|窄|滑)|坑坑洼洼/],
  ['house', /(?:房|屋|墙|房顶|屋顶|灶屋|偏房|正房|厨房)[^。]{0,6}(?:塌|裂|漏|歪|倒|鼓|下沉|潮|进水)|漏雨|接水|危房/],
  ['school', /(?:学校|老师|班主任|校长|学生|上课|补课|住校|伙食费|学费|辍学|不念了|不上学)/],
  ['sick', /(?:看病|住院|医保|报销|药|卫生院|卫生室|村医|透析|手术|大病)/],
  ['pension', /养老金|养老保险|高龄|敬老院|五保|低保|残疾|特困|救助|困难户/],
  [
    'pay',
    // round 24: money owed for work done ("乡里欠我们清雪的钱三千还没给")
    /欠(?:我们|俺们|我|俺)?[^。]{0,6}(?:干活|清雪|扫雪|修路|盖房|打工|帮工|出工|做工|砌墙)(?:的)?(?:钱|工钱)|帮[^。]{0,10}(?:摘|扒|收|砍|搬|干活|打工|刷)[^。]{0,20}(?:给钱|欠|没给|不给)|一人欠|工钱|工资|欠薪|包工头|老板[^。]{0,8}(?:不给|不管|跑|拖|欠|扣)|干了[^。]{0,6}(?:月|天|年)[^。]{0,8}(?:给|发|结)|到手|扣(?:了|我)?[^。]{0,4}(?:钱|伙食费|工资)|劳务|公益岗|护林员|保洁/,
  ],
  ['aid', /扶贫|帮扶|脱贫|监测户|贫困户|产业|奖补|鸡苗|鸭苗|羊羔|牛犊|猪崽|种苗|分红|小额贷款|雨露计划|合作社|项目/],
  [
    'quarrel',
    /欠(?:我|俺)[^。]{0,6}(?:钱|块|万)|借(?:给|了)[^。]{0,10}(?:不还|没还|躲)|(?:老公|男人|丈夫|媳妇|老婆|儿子|儿媳)[^。]{0,8}(?:打我|打俺|不管|不养|赶出)|(?:邻居|隔壁|对门|上头那家|他家|两家|兄弟|哥俩)[^。]{0,10}(?:吵|占|堵|不让|打|骂|不拆|不还)|(?:隔壁|邻居|对门|他家|那家)[^。]{0,12}(?:往我|到我|我家|我屋|俺家)|吵翻|闹翻/,
  ],
  // A neighbour or a business next door as the source of a nuisance: "楼下烧烤店天天开到凌晨", "老刘家养猪场就挨着住户".
  [
    'neighbour',
    /(?:隔壁|邻居|对门|对面那|楼下|楼上|前院|后院|前头那家|后屯|挨着|老[\u4e00-\u9fa5]家|[\u4e00-\u9fa5]{1,2}家(?:的)?(?:养|开))[^。]{0,16}(?:吵|臭|味|叫|油烟|烟|堵|占|粪|噪|响|震|灰|苍蝇|养猪|养鸡|养鸭|养鹅|养牛|养羊|麻将|烧烤|广场舞)/,
  ],
  ['nuisance', /(?:狗|垃圾|粪|臭|烟|噪音|吵得|污染|烧塑料|黑烟|户口|身份证|证明)/],
];

export interface Analysis {
  norm: string;
  features: Features;
  keywords: KeywordScores;
  /** The misconduct rule's triggering words, or null. */
  accused: string[] | null;
  emergency: string[];
  /** The chatter form the message has (rules.ts chatterForm), or null. */
  chatter: string | null;
}

export function features(text: string): Features {
  return analyse(text).features;
}

/** Everything the model and the rules need, computed once per text (one jieba pass). */
/**
 * One analysis per distinct text, remembered (bounded, least recently used out): intake reads the
 * same text for its category, urgency and emergency, and duplicate and repeat checks compare one
 * new text with many stored ones. analyse is pure, so the cache is always right; callers must not
 * mutate what it returns.
 */
const ANALYSED = new Map<string, Analysis>();
const ANALYSED_MAX = 2000;
export function analyse(text: string): Analysis {
  const key = text ?? '';
  const hit = ANALYSED.get(key);
  if (hit) {
    ANALYSED.delete(key);
    ANALYSED.set(key, hit);
    return hit;
  }
  const a = analyseOnce(key);
  if (ANALYSED.size >= ANALYSED_MAX) ANALYSED.delete(ANALYSED.keys().next().value as string);
  ANALYSED.set(key, a);
  return a;
}

function analyseOnce(text: string): Analysis {
  const f: Features = new Map();
  const norm = normalize(text ?? '');
  // The words and bigrams are the message's, not its lead-in: "反映 …" is how complaints and
  // chatter about complaining ("反映了也没用") both start, so the trigger says nothing to the model
  // (the chatter rules read it). Rules below still see the whole text.
  const body = norm.replace(LEAD_IN, '');
  const parts = cut(body);
  for (const t of tokens(body, parts)) f.set(`w:${t.replace(/\d+/g, '0')}`, 1);
  const c = compact(body).replace(/\d+/g, '0');
  const chars = [...c];
  for (let i = 0; i + 1 < chars.length; i++) f.set(`b:${chars[i]}${chars[i + 1]}`, 1);
  // (Character trigrams and skip-bigrams were tried after holdout8 and rejected by leave-one-split-out:
  // fewer categories right, more chatter filed; docs/classifier.md.)
  const keywords = keywordScores(body, parts);
  const { scores } = keywords;
  // How much a real (routable) matter is named at all: the complaint model's strongest cue.
  let matter = 0;
  for (const [cat, v] of scores) if (cat !== 'other' && cat !== 'misconduct') matter += v;
  if (matter) f.set('r:matter', Math.log1p(matter));
  for (const cat of CATEGORY_CODES) {
    const s = scores.get(cat);
    // Saturating: a third keyword says less than the first.
    if (s) f.set(`k:${cat}`, Math.log1p(s));
  }
  const accused = misconductTrigger(norm);
  if (accused) f.set('r:accused', 1);
  // The writer's own title (我是…村的会计) names no official to accuse.
  const cleaned = withoutOwnTitle(norm).replace(NOT_OFFICIALS, '');
  if (MISCONDUCT_OFFICIALS.some((w) => cleaned.includes(w)) || officialByUnit(cleaned.replace(/\s+/g, '')))
    f.set(officialIsVictim(norm) ? 'r:official-victim' : 'r:official', 1);
  // (Round 52: an accusation told with the flood or a fallen house as its setting is no rescue, hazardAsSetting.)
  const hazards = emergencyReasons(norm);
  const emergency = accused && hazardAsSetting(norm, hazards) ? [] : hazards;
  for (const r of emergency) f.set(`r:emergency:${r}`, 1);
  const chat = chatterForm(norm);
  if (chat.chatter) f.set(`r:chatter:${chat.reason}`, 1);
  if (namesProblem(norm)) f.set('r:problem', 1);
  if (reportsHarm(norm)) f.set('r:harm', 1);
  for (const cue of softCues(norm)) f.set(`r:cue:${cue}`, 1);
  if (chars.length <= 6) f.set('r:short', 1);
  const neg = negations(body);
  f.set(neg ? 'r:negation' : 'r:no-negation', neg ? Math.log1p(neg) : 1);
  const whole = compact(norm);
  let cues = 0;
  for (const [name, re] of CUES) if (re.test(whole)) f.set(`c:${name}`, 1), cues++;
  if (cues) f.set('c:any', 1);
  // An emergency's kind says where it belongs (a wall down → housing, a knife → dispute); paired
  // with the cues so "墙塌了" and "桥塌了" part ways.
  for (const r of emergency) for (const [name] of CUES) if (f.has(`c:${name}`)) f.set(`x:${r}:${name}`, 1);
  return { norm, features: f, keywords, accused, emergency, chatter: chat.chatter ? chat.reason : null };
}
