/**
 * The curated lexicon: jieba segmentation, weighted category keywords and the misconduct rule.
 * It was the whole classifier before the corpus existed; now its scores are features of the learned
 * model (classifier.ts) — they carry vocabulary the corpus has not seen yet — and `keywordClassify`
 * is kept as the baseline the bench compares against.
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
export const FALLBACK_CONFIDENCE = 0.1;

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
export const KEYWORDS = new Map<string, KeywordEntry[]>();
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

export function normalize(text: string): string {
  // Full-width ASCII to half-width, lowercase; Chinese is unaffected. Voice-to-text stutters
  // ("叫 叫不醒", "要 要给他 两千块 才 才给") lose the repeated piece, so words and rules see "叫不醒".
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase()
    .replace(STUTTER, '');
}
const STUTTER = /(\S{1,3})\s+(?=\1)/g;

export function cut(text: string): string[] {
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
export function tokens(text: string, parts?: string[]): string[] {
  const out: string[] = [];
  for (const t of parts ?? cut(normalize(text))) {
    if (!t.trim() || PUNCT.test(t) || STOP_WORDS.has(t)) continue;
    out.push(t);
  }
  return out;
}

// "班主任" contains 主任 but is a teacher, not a cadre: remove such words before looking for officials.
const NOT_OFFICIALS = /班主任|主任医师|科主任|社区医生|(?:冒充|假冒|假装|自称)[^，。,.!！?？\s]{0,4}(?:干部|领导|工作人员|民警|警察|的人)/g;
const KIN = '亲家|男人|老公|丈夫|爱人|他弟|他哥|他姐|他妹|舅舅|大舅|二舅|姑父|姨夫|侄儿|亲弟|亲哥|儿子|女儿|闺女|老婆|媳妇|弟弟|哥哥|侄子|侄女|外甥|外甥女|小舅子|大舅子|亲戚|亲属|家属|家人|小姨子|连襟|老丈人|丈母娘|表弟|表哥|表妹|堂弟|堂哥|女婿|儿媳|姐夫|妹夫|老表|七大姑八大姨';
const NEPOTISM = new RegExp(
  `(?:${MISCONDUCT_OFFICIALS.join('|')})(?:的|家的?|自己的?|自家的?|他|她|他的|她的|他家的?)?(?:${KIN})|(?:是|给了?|归|让)(?:他|她|自己|自家)(?:的|家的?)?(?:${KIN})`,
);

const KIN_RE = new RegExp(`(?:他|她)(?:的|家的?)?(?:${KIN})`);
const BENEFIT = /低保|补贴|名额|工程|公益岗|救助|分红|五保|危房改造|贫困户|物资|补偿|承包|租|地/;
const KIN_WORDS = new Set(['亲戚', '亲属', '家属', '自己家', '自家人', '家里人', '小舅子']);
const FAVOUR = /公章|印章|盖章|给了?|评|分|拿|领|占|包|安排|照顾|挂名|顶替|没动|不拆|没拆|不查|不罚|没人管/;

// "收了人家钱才给盖章": taking money or gifts, with a few words in between.
const BRIBE = /收了?[^，。,.!！?？\s]{0,4}(?:钱|红包|好处|礼|烟酒)/;
// "让俺送两条烟才给盖章", "不给好处就不给办": demanding something in return for doing the job.
const DEMAND = /(?:要想|想要|想)[^，。,.!！?？\s]{0,6}(?:评上|批下来|办下来|拿到|评)[^，。,.!！?？\s]{0,8}(?:得|要|就得)(?:先)?(?:给|送|请|帮)(?:他|她)|给(?:他|她)家(?:白)?干[^，。,.!！?？\s]{0,4}活|(?:送|要|拿|塞|买)[^，。,.!！?？\s]{0,4}(?:烟|酒|礼|钱|红包|好处|鸡|肉)[^，。,.!！?？\s]{0,6}(?:才|就|再)|才(?:给|肯|能)(?:盖章|办|签字|批|签|开证明|报)/;

// "把营养餐的钱吃了", "钱装自己兜里", "塞了两百块", "请他吃顿饭才给办": taking, in everyday words.
const TAKING = /把[^，。,.!！?？\s]{0,10}(?:钱|款|资金|补贴|补偿)(?:给)?(?:吃|贪|拿|吞|装|揣|花|私分)(?:了|去)|放高利贷|放贷|送了?(?:东西|礼|钱|烟|酒)[^，。,.!！?？]{0,8}(?:当天|马上|立马|立刻|就(?:办|批|盖|给))|给(?:他|她)(?:送)?[^，。,.!！?？\s]{0,4}(?:钱|块|百|千|万|红包|好处|烟|酒)|钱[^，。,.!！?？\s]{0,4}(?:装|揣|塞|放)(?:进|到)?(?:了)?(?:自己|他|她)?(?:家)?(?:的)?(?:兜|口袋|腰包)|塞了?[^，。,.!！?？\s]{0,4}(?:块|钱|百|千)|请(?:他|她)?吃(?:顿|个)?饭[^，。,.!！?？\s]{0,4}才|串通|做假账|假账|票(?:都)?是假的/;
// The village withholding what is due: "分红被村里扣下了", "要给村里交五十块钱 说是管理费".
const VILLAGE_TAKES = /被村(?:里|上|委|委会)?(?:给)?(?:扣|截|拿|占|卡|挪|克扣|截留)|(?:交|凑|出)[^，。,.!！?？]{0,8}(?:买烟|买酒|招待|请客)|(?:交|扣|收|给|出)[^，。,.!！?？]{0,10}(?:管理费|手续费|辛苦费|茶水费|跑腿费|好处费|油钱|招待费)/;
// Abuse and neglect of office in everyday words: "态度贼差 把我骂出来了", "一个月来一回 坐会就走".
const ABUSE = /要(?:先)?请(?:他|她)吃(?:顿|个)?饭|谁家跟[^，。,.!！?？]{1,4}好|跟[^，。,.!！?？]{1,4}(?:好|熟|近|沾亲)的?(?:才|就)(?:有|能)|吃了[^，。,.!！?？]{0,3}(?:回|顿|次)饭|只(?:拆|查|罚|管|抓)(?:咱|我们|俺们)?老百姓|关起门|一言堂|都是[^，。,.!！?？]{0,6}说了算|就是(?:来)?吃(?:顿|个)?饭|问都不问|不闻不问|管都不管|打(?:了)?(?:我|俺|他|她)(?!电话|手机|的电话|个电话|一个电话)|(?:去|到|在)[^，。,.!！?？]{0,6}家(?:里)?喝酒|天天喝酒|上班[^，。,.!！?？]{0,4}(?:喝酒|打牌|打麻将)|态度.{0,2}(?:差|恶劣|蛮横|凶)|骂(?:了)?(?:我|俺|人|出来|走)|挂(?:了)?(?:个)?名|(?:拍|照)(?:几|两)?张(?:照片|相)?就走|返(?:给)?[^，。,.!！?？]{0,4}(?:块|百|钱)|吼(?:我|俺)|一个月(?:才)?来一回|一年(?:才)?来一(?:次|回)|一年到头见不着|(?:坐会|坐一会|拍个照|拍照)(?:儿)?就走|来了就走|不见人影|走过场|早就定好|内定|一个人说了算|(?:多|虚|瞒|少)报了/;
// Pressure to please inspectors or pay before service, by "the village": "不说就不给办事".
const COERCION = /钱(?:都)?(?:进|到|跑|去)(?:了)?(?:谁|哪个|他|他们)(?:的|家)?(?:兜|口袋|腰包|家)|(?:另一[^，。,.!！?？]{0,2}|剩下的|差的那|少的那|中间的?)[^，。,.!！?？]{0,8}(?:上哪去了|哪去了|去哪了|哪儿去了|给谁了|进了谁)|(?:提留|截留)[^。]{0,20}(?:说不出|说不清|不给解释|不解释)|(?:选举|换届|选的时候|投票)[^。]{0,10}(?:送|发)(?:米|油|钱|东西|烟|酒)|(?:一票|每票)[^。]{0,4}(?:块|元|百)|(?:村部|村委会|村委|乡政府|镇政府)(?:的)?(?:大门|门)?(?:一天到晚|天天|整天|总是|老是)(?:锁着|关着|没人)|上班时间[^。]{0,10}(?:没人|不在|锁门|找不到)|死了[^，。,.!！?？]{0,6}(?:还在领|还领|照领|照样领)|死人[^，。,.!！?？]{0,4}(?:领|吃)低保|让(?:我们|俺们|大家)(?:说好话|撒谎|签字)|不(?:说|送|给)[^，。,.!！?？\s]{0,4}就不给(?:办|盖|批)|弄虚作假|应付检查/;
// Public money kept from the public is an accusation even with no one named: the village's books.
const HIDDEN_ACCOUNTS = /(?:村|集体|村委|村委会|村里|村上|组里|组上)的?(?:账|账目|账本|财务|收支|收入|资金|钱)[^，。,.!！?？]{0,10}(?:不让看|藏|不公开|不给看|看不到|不公布|没公布|没公开|没公示|不公示|从来不|不让查)|(?:账目|村务|财务|集体收支)(?:从来)?不公开|(?:收入支出|收支|账目|财务|村务|账)[^，。,.!！?？]{0,6}(?:从来|一直|从没|都)?(?:不|没)(?:贴|公开|公布|公示|张贴|给看|让看)|(?:账|账目)(?:从来)?不给(?:看|查)/;
// Red packets sent to the group ("书记给大家发红包了 快抢") are not money taken.
const GROUP_RED_PACKET = /(?:发|抢|领|抢到|收到)(?:了)?(?:个|几个|一个)?(?:大)?红包|红包(?:抢|来了|雨)|(?:谢谢|感谢|多谢)[^，。,.!！?？]{0,8}红包/g;

// Public property put to private use: "村主任家盖房子用的是村里修路剩下的水泥", "书记开村里的车去接孙子".
const PUBLIC_GOODS = /(?:村里|村上|村委会?|村部|集体|公家|公共|组里|修路|扶贫|救灾|上面发|上级发|项目)(?:的|剩下的|剩的|发的|分的|买的)?[^，。,.!！?？\s]{0,6}(?:水泥|钢筋|砖|沙子|石子|木头|木料|物资|车|公车|拖拉机|挖机|铲车|化肥|种子|树|大米|米|面|油|被子|棉被|电脑|空调|房子|仓库|地|鱼塘|林子|抽水机|水泵|钱)/;
const PRIVATE_USE = /(?:自己家?|他家|她家|家里|自家|家的院|院墙|砌|私用|私人|拉回|拿回|搬回|开回|拉到|搬到|送给|卖了|卖给|盖房|盖房子|装修|办酒|接孙|接孩子|接娃|接媳妇|跑私活|占着|占了|租出去)/;
// A cadre's kin in business, or a cadre standing in with one: "书记跟开沙场的老板是亲家",
// "工程都包给村长小舅子了".
const KIN_TIE = new RegExp(`(?:跟|和|与)[^，。,.!！?？]{0,12}是(?:${KIN})|是(?:他|她)?(?:的|家的?)?(?:${KIN})|(?:${KIN})[^，。,.!！?？]{0,6}(?:开了?|包了?|承包|经营)(?:个|家|一个)?|(?:${KIN})(?:的|家的?)?(?:施工队|工程队|公司|厂|砖厂|沙场|店|超市|饭店)`);
const BUSINESS = /老板|店|小卖部|商店|铺子|门面|农资|招标|沙场|砂场|砖厂|石场|采石|挖沙|采沙|抽沙|公司|厂子|工厂|工程队|施工队|中标|工程|生意|包工|承包|开矿|养殖场|超市|饭店|门市/;
// Threats tied to a benefit or a signature: "谁家不签字同意流转 谁家的低保明年就取消".
const THREAT = /不[^，。,.!！?？\s]{1,4}就不(?:给)?(?:办|盖|批|报|评|发|签)|(?:不签|不同意|不交|不听|不投|不选|告状|反映|举报|上访|告到)[^，。,.!！?？]{0,14}(?:取消|停了|停掉|收回|不给办|别想|拆你)|签了?[^，。,.!！?？]{0,10}就给[^，。,.!！?？]{0,6}(?:安排|办|批|评)/;
// Favours to those close to the cadre, rudeness to those who ask, gifts carried off, absence.
const FAVOURITISM = /(?:他|她|自己)家[^，。,.!！?？]{0,10}(?:都)?(?:算上|算进|报上|报进|评上)|(?:跟|和|与)[^，。,.!！?？]{0,6}(?:走得近|走得勤|关系好|关系近|关系铁|沾亲带故|熟)的|只(?:登|评|报|给|分)(?:了)?(?:他们|自家|本家|亲戚|自己人|关系户)|(?:他们|他|她|自己)(?:的|家)?本家/;
const RUDE = /不让(?:群众|老百姓|我们|大家|村民)知道|问了(?:也)?不说|瞒着(?:群众|老百姓|我们|大家|村民)|你管(?:那么多|得着|这么多)|关你(?:什么|啥|屁)事|爱(?:找谁|去哪)(?:告|找)(?:就)?(?:告|找|去)/;
// A gift that buys the service ("拎两瓶酒去的当天就给盖了章"): an accusation even with no one named.
const GIFT_FAST = /(?:拎|提|拿|带|送)(?:着)?(?:了)?[^，。,.!！?？]{0,4}(?:酒|烟|礼|东西|红包)[^，。,.!！?？]{0,12}(?:就|马上|立马|当天)(?:就)?(?:给)?(?:盖|办|批|签)/;
const CARRIED_OFF = /(?:村里|集体|公家|村上)(?:出钱|掏钱|花钱|报销|出的钱)[^，。,.!！?？]{0,6}(?:买|吃|喝|招待|请)|(?:鸡鸭|烟酒|吃喝|饭钱|酒钱|吃住)[^，。,.!！?？]{0,8}(?:村里|集体|公家)(?:出|掏|报)|(?:拎|提|拿|带|送)(?:着)?(?:了)?[^，。,.!！?？]{0,4}(?:酒|烟|礼|东西|红包)[^，。]{0,12}(?:就|马上|立马)(?:盖|办|批|签|给)|(?:检查|迎检|验收)[^。]{0,16}(?:出|交|凑)[^。]{0,4}(?:块|元|钱)|(?:出|交|凑)[^。]{0,4}(?:块|元|钱)[^。]{0,12}(?:检查|迎检|验收)|拿(?:了|走)[^，。,.!！?？]{0,4}(?:只|条|瓶|桶|袋|箱|块|斤)(?:鸡|鸭|鹅|鱼|肉|烟|酒|油|米|腊肉)|一个(?:礼拜|星期|月)(?:就|才|只)?来(?:一|两)(?:天|回|次)|拍[^，。,.!！?？]{0,8}(?:就走|走人)/;
// The books do not add up: "村会计做的账 跟上面发的钱对不上 差了好几万".
const BOOKS_WRONG = /(?:卖|收|租|补)[^，。,.!！?？]{0,4}的钱[^，。,.!！?？]{0,3}(?:哪去了|去哪了|上哪去了|哪儿去了|进了谁|没人说|说不清)|(?:账|账目|账本|账上|收支)[^，。,.!！?？]{0,10}(?:对不上|不对|有问题|糊涂|不清不楚|说不清|乱)|(?:钱|款|资金)[^，。,.!！?？]{0,8}(?:对不上|不知去向|去向不明|下落不明|不知道去哪)/;

// The same, told the other way round: "院墙是拿旧砖砌的 那砖是集体的".
const GOODS_ARE_PUBLIC = /(?:水泥|钢筋|砖|沙子|石子|木头|木料|物资|车|拖拉机|挖机|化肥|树|房子|地)(?:是|都是|全是|原来是)(?:村里|村上|集体|公家|村委会?|村部|学校)的/;

// Figures reported up that are not what was done: "账上写的是三公里 实际修了不到两公里".
// A process skipped: "低保评定未经民主评议 名单未张榜公示" ("名单还没公示" is a question, not this).
const FALSIFIED = /(?:检查|验收|迎检)[^。]{0,20}(?:借来|搬过来|拉过来|又(?:搬|拉|收|借)走|拉走|收走|搬走)|(?:未|没|没有)(?:经|经过)(?:民主评议|张榜公示|评议|公示|张榜)|(?:名单|评定|评选|评议)[^，。,.!！?？]{0,6}(?:未|从不|从来不|从来没|一直没|根本没)(?:张榜)?(?:公示|公开|张贴)|(?:账上|账本上|报的|报上去的|上报的|写的是|公示的)[^。]{0,12}(?:实际|其实|实际上)(?:上)?[^。]{0,6}(?:只|才|不到|没|一半|根本)/;

const VICTIM = new RegExp(`把(?:${MISCONDUCT_OFFICIALS.join('|')})|(?:${MISCONDUCT_OFFICIALS.join('|')})(?:被|让人|叫人|给人)`);

/** Whether the text has an official on the receiving end ("把村长堵在屋里", "书记被人打了"). */
export function officialIsVictim(raw: string): boolean {
  return VICTIM.test(normalize(raw ?? '').replace(/\s+/g, ''));
}

/** Returns the triggering words when an official is accused of wrongdoing, else null. */
export function misconductTrigger(raw: string): string[] | null {
  // Without spaces: voice-to-text splits "管 低保的" and "要给他 两千块 才给" into pieces.
  const text = normalize(raw ?? '').replace(/\s+/g, '');
  const strong = MISCONDUCT_STRONG.filter((w) => text.includes(w));
  if (strong.length) return strong;
  const hidden = text.match(HIDDEN_ACCOUNTS) ?? text.match(VILLAGE_TAKES) ?? text.match(COERCION) ?? text.match(FALSIFIED) ?? text.match(GIFT_FAST);
  if (hidden) return [hidden[0]];
  const cleaned = text.replace(NOT_OFFICIALS, '').replace(GROUP_RED_PACKET, '');
  const officials = MISCONDUCT_OFFICIALS.filter((w) => cleaned.includes(w));
  // "镇里管土地的", "乡里管林业的那个": an official named by the job.
  const byJob = cleaned.match(/(?<![水气暖油钢铁])管(?![子道网])[^，。,.!！?？\s]{1,4}的|(?:土地所|派出所|林业站|财政所|民政所|社保所|国土所|扶贫办|民政办|农经站|水利站|城建办|司法所|供电所|人社所|农技站|乡政府|镇政府|村委会|村部|政府|包片|包村)的?(?:人|那个人|那人|工作人员|干部|领导)/);
  if (byJob) officials.push(byJob[0]);
  if (!officials.length) return null;
  const favoured = BENEFIT.test(cleaned) || FAVOUR.test(cleaned);
  let acts = MISCONDUCT_WITH_OFFICIAL.filter((w) => cleaned.includes(w) && (favoured || !KIN_WORDS.has(w)));
  // "书记 他侄子…吃着低保": a relative and a benefit in a text naming an official.
  const kin = cleaned.match(KIN_RE);
  if (kin && BENEFIT.test(cleaned)) acts.push(kin[0]);
  // A cadre's kin is news, not an accusation, until a benefit or a favour is in the text
  // ("村主任的儿子结婚" is a wedding; "低保给了村书记亲戚" is not).
  const kinOfOfficial = cleaned.match(NEPOTISM);
  if (kinOfOfficial && (BENEFIT.test(cleaned) || FAVOUR.test(cleaned) || BUSINESS.test(cleaned))) acts.push(kinOfOfficial[0]);
  for (const re of [BRIBE, DEMAND, TAKING, ABUSE, BOOKS_WRONG, THREAT, FAVOURITISM, RUDE, CARRIED_OFF]) {
    const m = cleaned.match(re);
    if (m) acts.push(m[0]);
  }
  const goods = cleaned.match(PUBLIC_GOODS) ?? cleaned.match(GOODS_ARE_PUBLIC);
  if (goods && PRIVATE_USE.test(cleaned)) acts.push(goods[0]);
  const tie = cleaned.match(KIN_TIE);
  if (tie && BUSINESS.test(cleaned)) acts.push(tie[0]);
  // The official as the victim ("把村长堵在屋里要打他", "书记让人打了") is a fight, not an abuse of office.
  if (VICTIM.test(cleaned)) acts = acts.filter((w) => !/打|骂|动手|威胁|吓唬|欺负/.test(w));
  return acts.length ? [...officials, ...acts] : null;
}

export interface KeywordScores {
  scores: Map<CategoryCode, number>;
  matchedBy: Map<CategoryCode, string[]>;
}

/** Weighted keyword evidence per category for a normalised text. */
export function keywordScores(norm: string, segmented?: string[]): KeywordScores {
  // Token boundaries (jieba keeps every character, so offsets are cumulative lengths).
  const parts = segmented ?? cut(norm);
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

  return { scores, matchedBy };
}

/** The lexicon-only classifier (the pre-corpus one): the bench's baseline. */
export function keywordClassify(text: string): Classification {
  const norm = normalize(text ?? '');
  if (!norm.trim()) return { category: 'other', confidence: FALLBACK_CONFIDENCE, matched: [] };
  const { scores, matchedBy } = keywordScores(norm);
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

export function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(Math.min(1, Math.max(0, x)) * f) / f;
}

export function unique<T>(xs: T[]): T[] {
  return [...new Set(xs)];
}
