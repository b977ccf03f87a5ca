/**
 * The curated lexicon: jieba segmentation, weighted category keywords and the misconduct rule.
 * It was the whole classifier before the corpus existed; now its scores are features of the learned
 * model (classifier.ts) — they carry vocabulary the corpus has not seen yet — and `keywordClassify`
 * is kept as the baseline the bench compares against.
 * Pure and synchronous; the jieba dictionary (~0.2–0.3 s to build) is loaded once, on first use.
 */
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { CATEGORIES, CategoryCode, MISCONDUCT_OFFICIALS, MISCONDUCT_STRONG, MISCONDUCT_WITH_OFFICIAL } from './categories';

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
  const words = new Set<string>([...KEYWORDS.keys(), ...MISCONDUCT_OFFICIALS, ...MISCONDUCT_STRONG, ...MISCONDUCT_WITH_OFFICIAL, ...EXTRA_USER_WORDS]);
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
  '的',
  '地',
  '得',
  '了',
  '着',
  '过',
  '是',
  '在',
  '我',
  '我们',
  '俺',
  '俺们',
  '咱',
  '咱们',
  '你',
  '你们',
  '他',
  '她',
  '他们',
  '她们',
  '它',
  '这',
  '那',
  '这个',
  '那个',
  '这里',
  '那里',
  '这边',
  '那边',
  '有',
  '也',
  '都',
  '就',
  '还',
  '又',
  '和',
  '跟',
  '与',
  '及',
  '把',
  '被',
  '给',
  '让',
  '啊',
  '呀',
  '吧',
  '呢',
  '吗',
  '嘛',
  '哦',
  '哈',
  '么',
  '个',
  '一个',
  '请',
  '请问',
  '麻烦',
  '谢谢',
  '一下',
  '现在',
  '已经',
  '还是',
  '就是',
  '什么',
  '怎么',
  '为什么',
  '咋',
  '啥',
  '要',
  '会',
  '能',
  '说',
  '呗',
  '嗯',
  '哎',
  '唉',
  '啦',
  '村',
  '乡',
  '镇',
  '组',
  '屯',
  '县',
  '区',
  '市',
  '省',
  '村里',
  '家里',
  '我家',
  '俺家',
  '咱村',
  '我村',
  '某',
  '某村',
  '一直',
  '到底',
  '好',
  '很',
  '太',
  '真',
  '都是',
  '一些',
  '有点',
  '这样',
  '那样',
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
const KIN =
  '亲家|亲妹妹|亲姐姐|亲妹|亲姐|妹妹|姐姐|他爹|他爸|他妈|他娘|她爹|她爸|她妈|他老爹|亲爹|老爹|男人|老公|丈夫|爱人|他弟|他哥|他姐|他妹|舅舅|大舅|二舅|姑父|姨夫|侄儿|亲弟|亲哥|儿子|女儿|闺女|老婆|媳妇|弟弟|哥哥|侄子|侄女|外甥|外甥女|小舅子|大舅子|亲戚|亲属|家属|家人|小姨子|连襟|老丈人|丈母娘|表弟|表哥|表妹|堂弟|堂哥|女婿|儿媳|姐夫|妹夫|老表|七大姑八大姨|崽|伢子|老同学|同学|战友|发小|把兄弟|拜把子';
const NEPOTISM = new RegExp(
  `(?:${MISCONDUCT_OFFICIALS.join('|')})(?:的|家的?|自己的?|自家的?|他|她|他的|她的|他家的?)?(?:${KIN})|(?:是|给了?|归|让)(?:他|她|自己|自家)(?:的|家的?)?(?:${KIN})`,
);

const KIN_RE = new RegExp(`(?:他|她)(?:的|家的?)?(?:${KIN})`);
const BENEFIT = /保洁|护林|护路|岗|工资|照领|白拿|低保|补贴|名额|工程|公益岗|救助|分红|五保|危房改造|贫困户|物资|补偿|承包|租|地/;
const KIN_WORDS = new Set(['亲戚', '亲属', '家属', '自己家', '自家人', '家里人', '小舅子']);
const FAVOUR = /公章|印章|盖章|给了?|评|分|拿|领|占|包|安排|照顾|挂名|顶替|没动|不拆|没拆|不查|不罚|没人管/;

// "收了人家钱才给盖章": taking money or gifts, with a few words in between.
const BRIBE = /收了?[^，。,.!！?？\s]{0,6}(?:钱|红包|好处|礼|烟酒|烟|酒)(?!钱)/;
// "让俺送两条烟才给盖章", "不给好处就不给办": demanding something in return for doing the job.
const DEMAND =
  /(?:要想|想要|想)[^，。,.!！?？\s]{0,6}(?:评上|批下来|办下来|拿到|评)[^，。,.!！?？\s]{0,8}(?:得|要|就得)(?:先)?(?:给|送|请|帮)(?:他|她)|给(?:他|她)家(?:白)?干[^，。,.!！?？\s]{0,4}活|(?:送|要|拿|塞|买)[^，。,.!！?？\s]{0,4}(?:烟|酒|礼|钱|红包|好处|鸡|肉)[^，。,.!！?？\s]{0,6}(?:才|就|再)|才(?:给|肯|能)(?:盖章|办|签字|批|签|开证明|报)/;

// "把营养餐的钱吃了", "钱装自己兜里", "塞了两百块", "请他吃顿饭才给办": taking, in everyday words.
const TAKING =
  /把[^，。,.!！?？\s]{0,10}(?:钱|款|资金|补贴|补偿)(?:给)?(?:吃|贪|拿|吞|装|揣|花|私分|扣|扣下|截|昧)(?:了|去|下|一半)|放高利贷|放贷|送了?(?:东西|礼|钱|烟|酒)[^，。,.!！?？]{0,8}(?:当天|马上|立马|立刻|就(?:办|批|盖|给))|给(?:他|她)(?:送)?[^，。,.!！?？\s]{0,4}(?:钱|块|百|千|万|红包|好处|烟|酒)|钱[^，。,.!！?？\s]{0,4}(?:装|揣|塞|放)(?:进|到)?(?:了)?(?:自己|他|她)?(?:家)?(?:的)?(?:兜|口袋|腰包)|塞了?[^，。,.!！?？\s]{0,4}(?:块|钱|百|千)|请(?:他|她)?吃(?:顿|个)?饭[^，。,.!！?？\s]{0,4}才|串通|做假账|假账|票(?:都)?是假的/;
// The village withholding what is due: "分红被村里扣下了", "要给村里交五十块钱 说是管理费".
const VILLAGE_TAKES =
  /(?:每户|每家|各家|家家)(?:都)?(?:摊|凑|交|收)(?:了)?[^。]{0,6}(?:块|元|钱)[^。]{0,16}(?:不退|没退|哪去|哪里去|说不清|没下文)|被村(?:里|上|委|委会)?(?:给)?(?:扣|截|拿|占|卡|挪|克扣|截留)|(?:交|凑|出)[^，。,.!！?？]{0,8}(?:买烟|买酒|招待|请客)|(?:交|扣|收|给|出)[^，。,.!！?？]{0,10}(?:管理费|手续费|辛苦费|茶水费|跑腿费|好处费|油钱|招待费|登记费|办证费|服务费|签字费|盖章费)/;
// Abuse and neglect of office in everyday words: "态度贼差 把我骂出来了", "一个月来一回 坐会就走".
const ABUSE =
  /要(?:先)?请(?:他|她)吃(?:顿|个)?饭|谁家跟[^，。,.!！?？]{1,4}好|跟[^，。,.!！?？]{1,4}(?:好|熟|近|沾亲)的?(?:才|就)(?:有|能)|吃了[^，。,.!！?？]{0,3}(?:回|顿|次)饭|只(?:拆|查|罚|管|抓)(?:咱|我们|俺们)?老百姓|关起门|一言堂|都是[^，。,.!！?？]{0,6}说了算|就是(?:来)?吃(?:顿|个)?饭|问都不问|不闻不问|管都不管|打(?:了)?(?:我|俺|他|她)(?!电话|手机|的电话|个电话|一个电话)|(?:去|到|在)[^，。,.!！?？]{0,6}家(?:里)?喝酒|天天喝酒|上班[^，。,.!！?？]{0,4}(?:喝酒|打牌|打麻将)|态度.{0,2}(?:差|恶劣|蛮横|凶)|骂(?:了)?(?:我|俺|人|出来|走)|挂(?:了)?(?:个)?名|(?:拍|照)(?:几|两)?张(?:照片|相)?就走|返(?:给)?[^，。,.!！?？]{0,4}(?:块|百|钱)|吼(?:我|俺)|一个月(?:才)?来一回|一年(?:才)?来一(?:次|回)|一年到头见不着|(?:坐会|坐一会|拍个照|拍照)(?:儿)?就走|来了就走|不见人影|走过场|早就定好|内定|一个人说了算|(?:多|虚|瞒|少)报了/;
// Pressure to please inspectors or pay before service, by "the village": "不说就不给办事".
const COERCION =
  /钱(?:都)?(?:进|到|跑|去)(?:了)?(?:谁|哪个|他|他们)(?:的|家)?(?:兜|口袋|腰包|家)|(?:另一[^，。,.!！?？]{0,2}|剩下的|差的那|少的那|中间的?)[^，。,.!！?？]{0,8}(?:上哪去了|哪去了|去哪了|哪儿去了|给谁了|进了谁)|(?:提留|截留)[^。]{0,20}(?:说不出|说不清|不给解释|不解释)|(?:选举|换届|选的时候|投票)[^。]{0,10}(?:送|发)(?:米|油|钱|东西|烟|酒)|(?:一票|每票)[^。]{0,4}(?:块|元|百)|(?:村部|村委会|村委|乡政府|镇政府)(?:的)?(?:大门|门)?(?:一天到晚|天天|整天|总是|老是)(?:锁着|关着|没人)|上班时间[^。]{0,10}(?:没人|不在|锁门|找不到)|死了[^，。,.!！?？]{0,6}(?:还在领|还领|照领|照样领)|死人[^，。,.!！?？]{0,4}(?:领|吃)低保|让(?:我们|俺们|大家)(?:说好话|撒谎|签字)|不(?:说|送|给)[^，。,.!！?？\s]{0,4}就不给(?:办|盖|批)|弄虚作假|应付检查/;
// Public money kept from the public is an accusation even with no one named: the village's books.
const HIDDEN_ACCOUNTS =
  /(?:村|集体|村委|村委会|村里|村上|组里|组上)的?(?:账|账目|账本|财务|收支|收入|资金|钱)[^，。,.!！?？]{0,10}(?:不让看|藏|不公开|不给看|看不到|不公布|没公布|没公开|没公示|不公示|从来不|不让查)|(?:账目|村务|财务|集体收支)(?:从来)?不公开|(?:收入支出|收支|账目|财务|村务|账)[^，。,.!！?？]{0,6}(?:从来|一直|从没|都)?(?:不|没)(?:贴|公开|公布|公示|张贴|给看|让看)|(?:账|账目)(?:从来)?不给(?:看|查)/;
// Red packets sent to the group ("书记给大家发红包了 快抢") are not money taken.
const GROUP_RED_PACKET = /(?:发|抢|领|抢到|收到)(?:了)?(?:个|几个|一个)?(?:大)?红包|红包(?:抢|来了|雨)|(?:谢谢|感谢|多谢)[^，。,.!！?？]{0,8}红包/g;

// Public property put to private use: "村主任家盖房子用的是村里修路剩下的水泥", "书记开村里的车去接孙子".
const PUBLIC_GOODS =
  /(?:村里|村上|村委会?|村部|集体|公家|公共|组里|修路|修桥|修渠|修水渠|修坝|扶贫|救灾|上(?:面|级|头)(?:发|分|给|拨)|项目)(?:的|剩下的|剩的|发的|分的|买的)?[^，。,.!！?？\s]{0,8}(?:水塘|塘|荒山|草场|林地|滩涂|厂房|校舍|门面|水泥|钢筋|砖|沙子|石子|木头|木料|物资|车|公车|拖拉机|挖机|铲车|化肥|种子|树|大米|米|面|油|被子|棉被|电脑|空调|房子|仓库|地|鱼塘|林子|抽水机|水泵|钱)/;
const PRIVATE_USE =
  /(?:包给|便宜包|低价(?:包|卖|租)|承包给|盖(?:新)?房|建(?:新)?房|起(?:新)?房|新房|(?:他|她|自己)屋|自己家?|他家|她家|家里|自家|家的院|院墙|砌|私用|私人|拉回|拿回|搬回|开回|拉到|搬到|送给|卖了|卖给|盖房|盖房子|装修|办酒|接孙|接孩子|接娃|接媳妇|跑私活|占着|占了|租出去)/;
// A cadre's kin in business, or a cadre standing in with one: "书记跟开沙场的老板是亲家",
// "工程都包给村长小舅子了".
const KIN_TIE = new RegExp(
  `(?:跟|和|与)[^，。,.!！?？]{0,12}是(?:${KIN})|是(?:他|她)?(?:的|家的?)?(?:${KIN})|(?:${KIN})[^，。,.!！?？]{0,6}(?:开了?|包了?|承包|经营)(?:个|家|一个)?|(?:${KIN})(?:的|家的?)?(?:施工队|工程队|公司|厂|砖厂|沙场|店|超市|饭店)`,
);
const BUSINESS =
  /项目|供的|供货|供应|采购|老板|店|小卖部|商店|铺子|门面|农资|招标|沙场|砂场|砖厂|石场|采石|挖沙|采沙|抽沙|公司|厂子|工厂|工程队|施工队|中标|工程|生意|包工|承包|开矿|养殖场|超市|饭店|门市/;
// Threats tied to a benefit or a signature: "谁家不签字同意流转 谁家的低保明年就取消".
const THREAT =
  /不[^，。,.!！?？\s]{1,4}就不(?:给)?(?:办|盖|批|报|评|发|签)|(?:不签|不同意|不交|不听|不投|不选|告状|反映|举报|上访|告到)[^，。,.!！?？]{0,14}(?:取消|停了|停掉|收回|不给办|别想|拆你)|签了?[^，。,.!！?？]{0,10}就给[^，。,.!！?？]{0,6}(?:安排|办|批|评)/;
// Favours to those close to the cadre, rudeness to those who ask, gifts carried off, absence.
const FAVOURITISM =
  /(?:他|她|自己)家[^，。,.!！?？]{0,10}(?:都)?(?:算上|算进|报上|报进|评上)|(?:跟|和|与)[^，。,.!！?？]{0,6}(?:走得近|走得勤|关系好|关系近|关系铁|沾亲带故|熟)的|只(?:登|评|报|给|分)(?:了)?(?:他们|自家|本家|亲戚|自己人|关系户)|(?:他们|他|她|自己)(?:的|家)?本家/;
const RUDE =
  /(?:他|她)(?:一个人)?说了算|看谁顺眼|(?:跟谁好|想给谁)就给谁|打游戏|玩游戏|头都不抬|爱搭不理|爱理不理|不搭理|往外(?:一)?(?:扔|甩)|(?:扔|甩|摔)(?:了)?出来|(?:都在|在那|在那儿|上班时间)[^。]{0,4}(?:聊天|打电话聊|玩手机|刷抖音|睡觉|嗑瓜子|打牌)|不让(?:我们|俺们|我|俺)?进|(?:不出来|不肯|不愿)见|躲着不见|不让(?:群众|老百姓|我们|大家|村民)知道|问了(?:也)?不说|瞒着(?:群众|老百姓|我们|大家|村民)|你管(?:那么多|得着|这么多)|关你(?:什么|啥|屁)事|爱(?:找谁|去哪)(?:告|找)(?:就)?(?:告|找|去)/;
// A gift that buys the service ("拎两瓶酒去的当天就给盖了章"): an accusation even with no one named.
const GIFT_FAST =
  /(?:拎|提|拿|带|送)(?:着)?(?:了)?[^，。,.!！?？]{0,4}(?:酒|烟|礼|东西|红包)[^，。,.!！?？]{0,12}(?:就|马上|立马|当天)(?:就)?(?:给)?(?:盖|办|批|签)/;
const CARRIED_OFF =
  /(?:村里|集体|公家|村上)(?:出钱|掏钱|花钱|报销|出的钱)[^，。,.!！?？]{0,6}(?:买|吃|喝|招待|请)|(?:鸡鸭|烟酒|吃喝|饭钱|酒钱|吃住)[^，。,.!！?？]{0,8}(?:村里|集体|公家)(?:出|掏|报)|(?:拎|提|拿|带|送)(?:着)?(?:了)?[^，。,.!！?？]{0,4}(?:酒|烟|礼|东西|红包)[^，。]{0,12}(?:就|马上|立马)(?:盖|办|批|签|给)|(?:检查|迎检|验收)[^。]{0,16}(?:出|交|凑)[^。]{0,4}(?:块|元|钱)|(?:出|交|凑)[^。]{0,4}(?:块|元|钱)[^。]{0,12}(?:检查|迎检|验收)|拿(?:了|走)[^，。,.!！?？]{0,4}(?:只|条|瓶|桶|袋|箱|块|斤)(?:鸡|鸭|鹅|鱼|肉|烟|酒|油|米|腊肉)|一个(?:礼拜|星期|月)(?:就|才|只)?来(?:一|两)(?:天|回|次)|拍[^，。,.!！?？]{0,8}(?:就走|走人)/;
// The books do not add up: "村会计做的账 跟上面发的钱对不上 差了好几万".
const BOOKS_WRONG =
  /(?:卖|收|租|补)[^，。,.!！?？]{0,4}的钱[^，。,.!！?？]{0,3}(?:哪去了|去哪了|上哪去了|哪儿去了|进了谁|没人说|说不清)|(?:账|账目|账本|账上|收支)[^，。,.!！?？]{0,10}(?:对不上|不对|有问题|糊涂|不清不楚|说不清|乱)|(?:钱|款|资金)[^，。,.!！?？]{0,8}(?:对不上|不知去向|去向不明|下落不明|不知道去哪)/;

// The same, told the other way round: "院墙是拿旧砖砌的 那砖是集体的".
const GOODS_ARE_PUBLIC =
  /(?:水泥|钢筋|砖|沙子|石子|木头|木料|物资|车|拖拉机|挖机|化肥|树|房子|地)(?:是|都是|全是|原来是)(?:村里|村上|集体|公家|村委会?|村部|学校)的/;

// Figures reported up that are not what was done: "账上写的是三公里 实际修了不到两公里".
// A process skipped: "低保评定未经民主评议 名单未张榜公示" ("名单还没公示" is a question, not this).
const FALSIFIED =
  /(?:检查|验收|迎检)[^。]{0,20}(?:借来|搬过来|拉过来|又(?:搬|拉|收|借)走|拉走|收走|搬走)|(?:未|没|没有)(?:经|经过)(?:民主评议|张榜公示|评议|公示|张榜)|(?:名单|评定|评选|评议)[^，。,.!！?？]{0,6}(?:未|从不|从来不|从来没|一直没|根本没)(?:张榜)?(?:公示|公开|张贴)|(?:账上|账本上|报的|报上去的|上报的|写的是|公示的)[^。]{0,12}(?:实际|其实|实际上)(?:上)?[^。]{0,6}(?:只|才|不到|没|一半|根本)/;

// The forms an accusation takes in villagers' words, whatever the matter (issue 11, holdout2's misses).
// A service or benefit that waits on a gift: "想进低保得先给村主任拎两条烟", "要想办成 先请他吃顿饭",
// "得意思意思", "不给就拖着", "房产证押在他那里 才给我办", "谁家不给 谁家的事就办不成".
const CONDITIONAL =
  /免费[^。]{0,12}(?:收|要|交)[^。]{0,4}(?:块|元|钱)|(?:转头|转身|回头|过后|事后)[^。]{0,8}(?:要回去|收回去|拿回去|收走)|(?:要|收|拿)回去了|连[^。]{0,4}都不给(?:登|办|看|受理)|不(?:给|予)(?:登记|受理|立案)|强拆|强行|推倒|推搡|(?:多少|几个钱)[^。]{0,4}(?:也|都)?不告诉|意思意思|表示表示|意思一下|表示一下|(?:返|回)(?:给)?(?:他|她)[^。]{0,4}(?:成|块|百|千|钱)|(?:不然|要不然|要不|否则)(?:就)?[^。]{0,6}(?:报不上|办不成|批不下|不给|别想|不办|没戏)|(?:拿|带|送|拎|提|买)(?:两|几|一)?(?:包|条|瓶|箱|盒)(?:好)?(?:烟|酒)(?:来|去|过来)|让(?:我们|俺们|大家|村民)[^。]{0,8}(?:填满意|说满意|打满意|都填满意)|(?:填|说|打)不满意[^。]{0,8}(?:别想|不给|取消)|收了(?:人家|别人|他家|那家|老板)[^，。,.!！?？]{0,4}(?:钱|块|万|千|好处|礼)|(?:要想|想要|想)[^。]{0,12}(?:得|就得|要|先)(?:先)?(?:给|送|拎|提|请|拿|塞|表示)|(?:得|要|就得)(?:先)?(?:给|送)[^，。,.!！?？]{0,6}(?:拎|提|送|买|塞|拿)?[^，。,.!！?？]{0,3}(?:两|几|一)?(?:条|瓶|箱|盒|包)(?:烟|酒)|(?:先|得)(?:放|交|拿|给)[^，。,.!！?？]{0,4}(?:块|百|千|钱)[^。]{0,8}(?:不给|不交|不拿|不放|才)|不(?:给|交|送|买|拎|请|塞|去|干|签|投|选|拿|放|出|随|按|搬)(?:的|点好处|好处|钱|东西|手印|点东西|点钱|点礼)?[^，。,.!！?？]{0,4}(?:他|她)?(?:以后)?(?:有事)?(?:就)?(?:给)?(?:往后)?(?:过不了|批不了|办不了|通不过|拖|卡|压|扣|停|排|断|拆|取消|不给|不让|不办|办不成|别想|别找|让[^。]{0,6}(?:丢|没了|下岗|开除))|(?:让|要|得|逼)(?:先)?请(?:他|她|他们|她们|领导|干部)?吃(?:一)?(?:顿|个饭|饭)|(?:让|要|逼|叫)[^。]{0,10}(?:随礼|随份子|上礼|送礼)|非要(?:俺们|我们|我|俺|大家)?(?:交|给|出)|(?:谁家|哪家|哪个)不(?:给|送|拎|请)[^。]{0,8}(?:办不成|不给办|别想)|才(?:给|肯|能|会)(?:我|俺|你|人)?(?:们|家)?(?:盖章|办|签字|批|签|开|报|评|上)|押在(?:他|她)(?:那|手)/;
// Retaliation for complaining: "说俺再瞎说 低保就给俺停了", "谁家要是再往上捅 啥补贴都别想要",
// "不让我家参加分红 说我上访", "谁去就断谁家的补贴".
const RETALIATION =
  /(?:再|要是再|还敢|敢|谁)(?:往|去|到|跟)?[^。]{0,6}?(?:瞎说|乱说|胡说|多嘴|捅|告|反映|上访|举报|闹|打电话|找上面|说出去|说不好|说坏话|说实话)[^。]{0,16}(?:停|断|取消|别想|扣|收回|不给|没了|没有了|好果子|收拾|整你|拆|当不成|办不成|往后压|压着|卡着|拖着)|说(?:我|俺)(?:家)?(?:们)?(?:上访|告状|告他|反映|举报|闹事|瞎说)|不让(?:我们|俺们|大家|村民|我|俺)?(?:去)?[^，。,.!！?？]{0,6}(?:反映|上访|告状|举报)|不让(?:我|俺)(?:家|们)?(?:参加|领|评|享受|进|报)/;
// Where public money went, asked: "剩下的钱哪里去哒", "揣谁兜里了", "钱交没交村里谁也不知道".
const MONEY_GONE =
  /(?:钱|款|费|补贴|分红|资金|剩下的|差的|其余的|多出来的|羊|牛|猪|米|物资|东西)[^。]{0,10}(?:到底)?(?:(?:上|去|到)?(?:哪里|哪儿|哪块|哪)(?:去)?(?:了|哒|啦|咯)|(?:揣|装|进|落|塞)(?:了|到|进)?谁(?:的|家)?)|(?:揣|装|进|落)(?:了|到|进)?谁(?:的|家)?(?:兜|口袋|腰包|手)|(?:钱|款)[^。]{0,6}(?:交没交|给没给|到没到)[^。]{0,6}(?:谁也不知道|没人知道|不知道)|(?:说|讲)(?:钱)?早(?:就)?(?:发|给|打)了[^。]{0,10}(?:没见|没拿到|没收到|一分)|问(?:他|她)[^。]{0,4}(?:就说|说)(?:没了|花了|用了|不知道)|账上[^。]{0,4}一分(?:钱)?(?:都|也)?没有/;
// Public money of the village or group, gone unaccounted: "集体的那片林地让村里卖了 卖了多少钱 谁也不知道".
const COLLECTIVE_UNKNOWN =
  /(?:集体|村里|村上|公家|组里|屯里|村委会?)[^。]{0,14}(?:卖了|租了|收入|挣的钱|的钱|流转费|补偿款)[^。]{0,14}(?:谁也不知道|没人知道|都不知道|说不清|讲不清|讲得清|从来没见过|没公示|没开会|不公开|没公开|给了谁|一分(?:钱)?(?:都|也)?没(?:见|分|拿|看))/;
// A benefit's card or papers held by the cadre: "卡一直在村会计手里 不给我们", "卡扣在他那".
const CARD_KEPT =
  /(?:替|帮)(?:俺|我|我们|俺们|大家|大伙)(?:存|保管|收|管)(?:着)?|(?:收据|票|发票|条子|单子|收条)(?:也|都)?(?:不给|没给|不开|没开)|(?:收|交)了[^。]{0,12}(?:没交上|根本没交|查不到|没有记录)|(?:卡|存折|一卡通|身份证|房产证|户口本|证)[^。]{0,8}(?:扣在|押在|放在|在|留在)(?:他|她|村会计|会计|书记|主任|村长|组长|村里|村委)[^。]{0,3}(?:那|手里|手上|家)/;
// Labour or feasts for a cadre at others' expense: "书记家盖房 让公益岗的人去干活", "在村部吃鱼喝酒 招待费一年好几万".
const LABOUR_FEAST =
  /(?:让|叫|派|喊|逼)[^，。,.!！?？]{0,10}(?:去|到|给)(?:他|她|书记|主任|村长|干部|会计|自己)?家[^，。,.!！?？]{0,4}(?:干活|帮工|盖房|收|种|打工|帮忙)|(?:他|她|书记|主任|村长|干部|会计|支书)家(?:盖房|干活|收麦|收稻|建房|修房|办酒)[^。]{0,14}(?:让|叫|派|喊)[^。]{0,10}(?:干活|去|帮)|招待费|吃[^，。,.!！?？]{0,2}喝酒|大吃大喝|吃吃喝喝|公款吃喝|喝完酒就走|吃完饭就走|喝了酒就走|(?:都|得)(?:上|去|到)(?:他|她)(?:家|那|店)(?:里)?(?:买|拉|进)/;
// Absent or stalling: "一年来了两回", "一次都没到村里来过", "又说下礼拜 都跑了六趟了", "电话从来不接".
const ABSENT =
  /(?:一年|半年|几个月|两年)[^。]{0,10}(?:就|才|只)[^。]{0,6}(?:住了|来了|待了|露了)[^。]{0,3}(?:一|两|三|几)(?:天|回|次|面)|(?:让|叫)(?:我|俺|我们|俺们)(?:来回|白)?跑了(?:好几|几|两|三|四|五|六|七|八|九|十)(?:趟|回)|(?:回回|每回|每次|次次)(?:都)?说(?:系统|网|电脑)(?:坏了|不好|出问题)|把[^。]{0,14}(?:收走|拿走|扣下|扣住|扣着|占了|卖了)|不管[^。]{0,16}(?:也|又)不管|(?:去|找)(?:了)?又说|折腾(?:了)?(?:一个|半个|好几|几)|问都没问|看都没看|看都不看|吃了[^。]{0,3}(?:一)?顿(?:饭)?(?:就)?走|天天(?:在[^。]{0,4})?睡觉|睡到(?:中午|下午)|下午才起|(?:一年|半年|一个月|一个礼拜|几个月|一个季度|一季度)(?:才|就|只)?来(?:了)?(?:一|两|三|几)(?:次|回|趟)|拍[^。]{0,6}照片?[^。]{0,12}就走|(?:回回|每回|每次|次次|总)(?:都)?说(?:在)?(?:开会|不在|出去了|下乡了|忙)|电话[^。]{0,6}(?:就挂|不接|没人接|关机)|(?:下礼拜|下周|改天|过几天|下回|下次)再来|回去等着|(?:一次|一回)(?:都|也)?没(?:到|来|下来|露面|见)|又说下(?:礼拜|周|次|个月|回)|又(?:让|叫)(?:我|俺)?(?:下礼拜|下周|明天|改天|过几天|下次)(?:再)?来|(?:电话|手机)[^。]{0,4}(?:从来|从)不接|说(?:他|她)忙[^。]{0,12}(?:下礼拜|明天|改天|过几天)/;
// An official's sudden wealth beside public money "with nothing in it": "集体收入年年说没有 可会计家换了新车".
// Public money spent or raised past the rules: "村长让每户又交了五百 说是自筹", "赔钱都是村里账上出的".
const EXTRA_FEE =
  /(?:让|叫|要)(?:每户|每家|各家|家家|大家|俺们|我们|每人)(?:又|再|另外|额外)(?:交|出|凑)|说是(?:自筹|管理费|手续费|办事费|辛苦费|工本费)|(?:村里|集体|公家|村上)(?:的)?账(?:上|里)(?:出|掏|报|付)/;
const PUBLIC_MONEY =
  /剩下的|批下来|拨下来|上面|上头|上级|集体|村里|村上|组里|屯里|公家|扶贫|项目|救灾|修(?:路|桥|渠|坝)|那笔钱|[0-9一二三四五六七八九十几百千]+万/;
const WEALTH =
  /(?:没有|没钱|说没|说亏|亏了|没赚)[^。]{0,14}(?:他|她|自己|会计|主任|书记|村长|干部|组长)(?:家)?(?:倒|却|反倒|反而|又)?(?:换了|买了|盖了|起了)|(?:他|她|会计|主任|书记|村长|干部|组长)家(?:这几年|这两年)?[^。]{0,6}(?:盖了新楼|买了新车|换了新车)[^。]{0,14}(?:没钱|说没钱|没有钱)/;
// Offices passing the case back and forth: "镇上推村里 村里推镇上", "踢皮球踢了一个月了".
// A selection settled before it was made: "评低保开会就是走个过场 名单早就定好哒".
const RIGGED = /(?:评|选|定|名单)[^。]{0,12}(?:走(?:个)?过场|早(?:就)?定好|内定)|(?:走(?:个)?过场|早(?:就)?定好)[^。]{0,12}(?:评|选|名单|低保)/;
const PASS_BUCK =
  /(?:集体|村里|公家|公款)[^。]{0,12}(?:记|存|打|转)(?:在|到|进)?[^。]{0,8}(?:卡|账户|户头|存折)|(?:替|帮)(?:俺们|我们|大家|大伙)(?:签|按手印)|代签|冒签|冒名顶替|冒用(?:俺|我|别人)|(?:钱|款|费)[^。]{0,6}(?:交给|给了|进了|落到)谁(?:了|手里)?(?:也|都)?不知道|(?:公示|标准|上面|说好|说(?:每户|每人|每亩)?(?:补贴|补助|给))[^。]{0,14}(?:到|发到|落到|拿到)(?:俺们|我们|我|俺|咱)?手(?:里|上)?[^。]{0,6}(?:才|只|就剩|只有)|(?:给了|送了|塞了)[^。]{0,6}(?:块|钱|红包|烟|酒|礼)[^。]{0,6}(?:当场|当天|马上|立马|就)(?:就)?(?:办|批|盖|签|给)|(?:找|去|到)(?:村里|镇里|乡里|县里|市里|镇上|乡上|村上|区里|社区|街道)[^。]{0,6}(?:说|又说|让|叫)(?:我|俺)?(?:找|去找|去)(?:村里|镇里|乡里|县里|市里|镇上|乡上|村上|区里|社区|街道)|踢皮球|推来推去|推过来推过去|互相推|你推我我推你|推(?:给)?村里[^。]{0,4}村里推|(?:让|叫)(?:我|俺)?找[^。]{0,6}说找/;
// Vote buying: "选举的时候挨家挨户给二百块钱 让选他".
const VOTE_BUYING =
  /(?:选举|换届|选村长|选主任|选书记|选的时候|投票|选票|选[^。]{0,4}(?:的时候|那天|之前|前))[^。]{0,16}(?:送|发|给)[^。]{0,4}(?:米|油|钱|块|东西|烟|酒|红包)|(?:给|送|发)[^。]{0,8}(?:块|钱|米|油|烟|酒)[^。]{0,6}(?:让|叫)(?:我们|大家|俺们|我|俺)?(?:选|投)/;
// Public goods in private hands: "公家的收割机一直是村长自己家用", "公车天天让主任开着接他孙子",
// "救灾的大米白面 都在谁家仓房搁着呢", "车都是扶贫款买的 天天开着去县城", "村部那几间房让会计租给外人".
const PUBLIC_THING =
  /(?:镇上|乡里|镇里|县里|上面)(?:给村里)?配的|校舍|村小学|学校的|救护车|公家的车|单位的车|(?:镇上|乡里|镇里|上面|上头|政府)(?:开会)?发的|公家|集体|上头(?:发|拨|给)|防汛|抗旱|(?:村里|村上|公家)的(?:油票|油卡|车|东西)|公车|公款|扶贫(?:款|资金|物资|的)|救灾|上面(?:发|拨)|上级(?:发|拨)|村里的车|村里那(?:台|辆)|村委会?那(?:台|辆|几间)|村部那(?:台|辆|几间)|村部的/;
const PRIVATE_HANDS =
  /拿去(?:养|种|开|租|当|办)|占去|拉货|拉客|跑运输|支书家|(?:改成|当成|变成|当)(?:了)?(?:他|她|自己)?家的|开回(?:了)?(?:自己)?家|当私家车|(?:拉|搬|拿|运)(?:到|回|进)?(?:了)?(?:村主任|主任|书记|村长|会计|组长|干部|支书)家|(?:自己|会计|主任|书记|村长|干部|组长|谁)家|(?:拉|搬|拿|运)(?:到|回)(?:了)?(?:他|她|自己)?家|(?:他|她)家(?:砌|盖|用|院)|(?:让|被)(?:村干部|干部|书记|主任|村长|会计|组长|他们|几个干部)(?:给)?(?:分|吃|拿|占|私分|瓜分)(?:了|走)|(?:书记|支书|主任|村长|会计|干部|镇长|组长)(?:自己)?的(?:车|私车)|自家|自己(?:用|开|家用)|开着(?:去|接|送|跑|回)|接(?:他|她)?(?:孙|孩子|娃|儿子|闺女)|租给|卖给|私用|搁着|堆在|天天开/;

// Forms read after holdout3 (each a kind of abuse, in several wordings; see train2.jsonl):
// Answers coached for an inspection or a 回访: "教我们咋说 说要说满意", "检查的时候统一口径".
const COACHED =
  /(?:检查|暗访|验收|考核|评估|督查)[^。]{0,30}(?:背下来|背熟|怎么回答|咋回答|(?:要|得|统一)说)|(?:谁敢|谁要是|要是谁|哪个敢)[^。]{0,4}(?:说|讲|提)[^。]{0,16}(?:别找|别想|不给|没好果子|收拾|走着瞧)|(?:教|让|叫|逼|要求|交代|嘱咐|统一)(?:我们|俺们|咱们|大家|村民|老百姓|群众|各家|每户|我|俺)?[^。]{0,14}(?:说|填|打|答|回答|讲|勾)(?:个|成)?(?:非常)?满意|(?:检查|暗访|回访|验收|考核|评估|督查)[^。]{0,16}(?:统一口径|教(?:我们|俺们|大家|村民)?(?:咋|怎么|如何)(?:说|答|讲|填)|背(?:答案|稿子)|不许说|不准说|别乱说|别说实话)|(?:说|填|打)不满意[^。]{0,10}(?:别|不给|以后|就)/;
// Public money spent far beyond what was built: "公示写的二十万 那就是几块水泥板搭的 谁信",
// "说花了八十万 就铺了块水泥地…账在哪".
const INFLATED =
  /差价(?:让|被)?(?:谁|哪个|他们)(?:拿|吃|赚|得|揣)|(?:报价|单价|一盏|一个|一台|一套|一吨|一方)[^。]{0,8}(?:千|百|万)[^。]{0,16}(?:网上|外面|市场|镇上|集上)[^。]{0,12}(?:才|只要|只卖)|(?:说|公示|写的|报的|花了|造价|投了|投资|预算|结算)[^。]{0,10}(?:[0-9]+|[一二三四五六七八九十几两百千]+)(?:多)?万[^。]{0,30}(?:谁信|哪值|不值|值不了|哪用得了|用不了|顶多|最多|撑死|账在哪|钱去哪|哪去了|糊弄|咋花的|怎么花的|花哪了)|(?:[0-9]+|[一二三四五六七八九十几两百千]+)(?:多)?万[^。]{0,14}(?:就是|就|只|才|也就)(?:挖了|抹了|铺了|搭了|刷了|放了|垒了|砌了|几块|几根|一块|一层|修了(?:几|一|两|半)?(?:百米|十米|截|段|点))/;
// A levy for something never built or a fee under another name: "每户集资五百 路没修 钱也不退",
// "要先交两千块 活动经费 交了的都评上了", "办证明要五十块 说是工本费".
const LEVY_UNBUILT =
  /(?:每户|每家|每人|各家|家家|每亩)(?:地)?(?:都)?(?:摊|凑|交|收|集资|出|拿|缴)(?:了)?[^。]{0,12}(?:块|元|钱|百|千|万)[^。]{0,30}(?:修到一半|没动静|没收到|没修|没建|没盖|没动|没打|没搞|没影|没见|没下文|不退|没退|不提退|一分没|影子都没|一块砖都没|还是(?:泥巴路|土路|老样子|烂路)|修了一半)|集资[^。]{0,30}(?:没修|没建|没盖|没打|没动工|不退|没退|没下文|哪去了|影子都没|还是(?:泥巴路|土路|老样子))/;
const NAMED_FEE =
  /(?:代办费|代缴费|办理费|信息费|活动经费|工本费|押金|保证金|资料费|赞助费|意思费|好处费|茶水费|跑腿费|签字费|盖章费|名额费|评审费|介绍费|中介费|指标费)/;
// A legitimate 工本费 is asked about ("补办身份证要交工本费吗"); one named to dress up a charge is not.
const FEE_DRESSED = new RegExp(
  `(?:说是|叫做?|名义|名头|所谓|算是|美其名曰|["“「])[^。]{0,3}${NAMED_FEE.source}|${NAMED_FEE.source}[^。]{0,14}(?:别的(?:地方|村|乡|镇)(?:都)?不(?:要|收)|凭啥|凭什么|不给(?:收据|票|条)|不开票|交了的)`,
);
const PUBLIC_SERVICE = /证明|盖章|章|名额|评上|评|低保|危房|办证|户口|手续|指标|补贴|救助|社区|村里|村委|镇上|乡里|政府|窗口|所里|站里|村部|审批|材料/;
const BOUGHT_PLACE = /交了(?:钱)?的(?:都|就|才)(?:评上|批了|办了|有|给)|(?:没交|不交)(?:钱)?的(?:都|就)(?:没|评不上|批不下|不给)/;
// A cadre trading on office: "村干部压价收了转手卖给粮库", "低价收 高价卖给公家".
const RESELL =
  /(?:压价|低价|便宜|贱价)(?:收|买|收购)[^。]{0,14}(?:转手|倒手|再|高价)?(?:卖|倒卖|卖给)|转手(?:就)?(?:卖|倒)|倒卖|(?:收|买)[^。]{0,6}(?:卖给|倒给)(?:粮库|粮站|公家|收购站|厂里)[^。]{0,8}(?:差|赚|挣)/;
// A feast paid by the collective: "请镇上来的人吃饭 一桌好几千 说是村集体出的".
const FEAST_PUBLIC =
  /(?:吃饭|吃喝|请客|招待|饭钱|酒席|摆酒|办酒|一桌|好几桌|桌|吃了一顿|喝酒|饭店|团年饭)[^。]{0,24}(?:(?:花|用|吃)的(?:都|全)?是(?:村里|集体|公家|公款|扶贫)|(?:拿|用)(?:村)?(?:集体|村里|公家|公款)的钱|(?:集体|公家|公款|村里|村上|账上|村委)(?:的)?(?:钱|账)?(?:上)?(?:出|掏|报|付|买单|拿)|(?:挂|记)(?:在)?(?:村)?(?:集体|村里|公家|村委|账)(?:上|的账)?)|(?:集体|公家|公款|村里的钱|账上)(?:出|掏|买单|报销|拿)[^。]{0,12}(?:吃饭|吃喝|请客|招待|一桌|喝酒)/;
// Retaliation after a complaint: "我反映了村里的事以后 村支书就不给我家盖章 说我瞎告状".
const AFTER_COMPLAINT =
  /(?:反映|告状|举报|上访|投诉|打了?(?:热线|12345|电话))(?:了|过)?[^。]{0,12}(?:以后|之后|后来|完了?|那天起)[^。]{0,16}(?:不给|不让|停了|取消|卡着|卡我|刁难|为难|针对|穿小鞋|给(?:我|俺)?(?:家)?停)|说(?:我|俺)(?:家)?(?:们)?(?:瞎|乱|老|总|到处)(?:告状|上访|举报|反映|说)/;
// Public lists and books kept from the public: "低保名单从来没贴出来过 问就说涉及隐私".
const LIST_HIDDEN =
  /(?:名单|账|账目|账本|收支|花名册)[^。]{0,10}(?:从来|一直|从|都|根本)(?:就)?(?:没|不)(?:贴|公示|公开|公布|张贴|挂|给看|让看)|问(?:他|她|了)?(?:就|他就|她就)?说(?:是)?(?:涉及)?(?:隐私|保密|机密|不能看|不让看|不能公开)/;
// A public office barely staffed: "九点了人还没来 十一点就走 一天就干俩小时", "去十回开十回会".
const UNSTAFFED =
  /窗口(?:都)?没人|(?:上班时间|喊了半天|等了半天)[^。]{0,8}(?:没人|不在)|(?:一接就|一问就|就)说(?:在)?开会|开了(?:一年|半年|几个月|一个月)的会|(?:一天|每天|天天)(?:就|只|才)?(?:干|上|开|坐|办|上班)(?:了)?(?:俩|两|一|三|个把)(?:个)?(?:小时|钟头|钟)|(?:九|十|十一)点(?:半|多)?(?:了)?(?:人)?(?:还)?没(?:来|到|上班|开门)|(?:十点|十一点|三点|四点)(?:半|多)?就(?:走|关门|下班)|(?:去|找)[^。]{0,3}(?:十|几|好几|多少|三|四|五|六|七|八|九)(?:回|次|趟)[^。]{0,8}(?:开会|不在|出去|下乡)|(?:每回|每次|回回|次次)[^。]{0,8}(?:都)?(?:不在|开会|没人)|跑了(?:好几|几|两|三|四|五|六|七|八|九|十)(?:趟|回)[^。]{0,10}(?:不在|开会|没人|不接)|(?:九|十|十一)点(?:半|多)?才(?:开门|来|到|上班)|(?:十点|十一点|三点|四点)(?:半|多)?就关(?:了|门)?|(?:总|老|都|天天|每次|回回|次次)(?:是)?说(?:在)?开会|保安[^。]{0,4}(?:拦|挡|不让进)/;

// Retaliation, told as what followed a complaint or a plain word: "我就说了一句实话…第二天我家的低保就停了",
// "举报了组长以后 组长把俺家的灌溉水给断了", "村长说你不是能告吗 你去告啊", "说我家是闹事户".
const PUNISHED =
  /(?:说了(?:一句|几句)?(?:实话|真话)|提了(?:点|个)?意见|反映|上访|告状|举报|投诉|打了?(?:热线|12345|市长热线))(?:了|过)?[^。]{0,22}(?:第二天|以后|之后|完|后来|从那|今年|就)[^。]{0,16}(?:停了|取消|没了|没有了|断了|给断|不给|没(?:有)?(?:我|俺)(?:家)?|评啥都没)|你不是能告|你去告啊|你告去|有本事(?:你)?(?:去)?告|爱告哪告|说(?:我|俺)(?:家)?是(?:闹事户|刺头|钉子户|上访户|事儿精|搅屎棍)/;
// Levies and subsidies that shrink on the way: "国家补四万 到我们手里才两万", "其他的钱呢".
const SHRUNK =
  /(?:国家|政府|上面|上级|县里|镇上|省里)(?:补|给|发|拨)(?:了)?[^。]{0,8}(?:到|发到|落到|拿到)(?:俺们|我们|我|俺|咱)?手(?:里|上)?[^。]{0,4}(?:才|只|就剩|只有)|(?:其他|其余|剩下|剩余|另外)的(?:钱|款)(?:呢|去哪|哪去|说花完|花完了|说用完|用完了)|剩下的(?:钱|款)[^。]{0,6}(?:说)?(?:花完|用完|没了)/;
// Books and lists refused: "会计说这是机密 不能给你看", "卖了多少 给了谁 没开会也没公示".
const REFUSED_BOOKS =
  /说(?:这|那)?(?:是|属于|涉及)?(?:隐私|保密|机密)[^。]{0,8}(?:不能|不让|不给|不方便)|(?:账|账目|收支|账本)[^。]{0,4}(?:凭啥|凭什么|为啥|为什么)不(?:能|让|给)(?:看|查)|(?:卖|租|包)(?:了|给)[^。]{0,10}(?:给了谁|卖了多少|多少钱)[^。]{0,14}(?:没开会|没公示|没公开|不公开|没人知道|谁也不知道)/;
// Cards and cash "kept" for villagers: "卡被村里收去了 说统一保管", "村会计替他们领 说帮着保管".
const KEPT_FOR =
  /(?:说|讲)(?:是)?(?:帮着|帮|替|统一)(?:他们|我们|俺们|大家|你们)?(?:保管|存着|管着|收着)|(?:卡|存折|一卡通|折子)[^。]{0,6}(?:被|让)(?:村里|村委|组里|会计|书记|主任|村长|组长|干部)(?:给)?(?:收|拿|扣|要)(?:去|走)?了|(?:替|帮)(?:他们|老人|五保户|我们|俺们)(?:领|取)(?:钱)?/;
// Figures reported that are not true: "统计成了受灾…他家地根本没淹", "多报了两百多亩", "让司机多报车数".
const MISREPORTED =
  /(?:自己填|自己写|随便填|瞎填)[^。]{0,20}(?:实际|其实|根本)|(?:统计成|报成|算成|写成|填成)(?:了)?[^。]{0,24}(?:根本没|其实没|压根没|实际没|其实是|根本不)|(?:多|虚)报(?:了)?[^。]{0,12}(?:补贴|领了|亩|户|人头|车数|车|面积)|(?:报上去说|上报说|材料上写|报告上写)[^。]{0,24}(?:其实|实际|根本)|(?:验收|检查)[^。]{0,10}(?:临时|那天)[^。]{0,14}(?:拆了|又拆|拆掉|撤了|收走)/;
// Public money put to work privately: "补偿款…听说村里拿去放贷了".
const MONEY_LENT = /(?:拿去|拿出去|挪去|挪用|用去|挪了)[^。]{0,4}(?:放贷|放高利贷|炒股|还债|还村里的债|做生意|入股|买车|盖房)/;
// A charge the rules do not allow: "收土地确权的钱 每亩十块 别的乡都是免费的 也不给开票".
const CHARGE_UNDUE =
  /(?:多收|多要|多扣)(?:了)?[^。]{0,6}(?:块|元|钱)|收据[^。]{0,6}(?:说)?没有|(?:收|交|要)[^。]{0,14}(?:块|元|钱)[^。]{0,18}(?:别的(?:地方|村|乡|镇|社区)(?:都)?(?:是)?(?:免费|不要|不收)|不给(?:开)?(?:票|收据|条子)|不开(?:票|收据))|(?:每个月|每月|每年|每回)(?:都)?(?:要|得)(?:给|交)(?:他|她)[^。]{0,6}(?:块|百|钱)/;
// Intimidation before an inquiry: "村干部在旁边站着 俺们谁敢说实话".
const WATCHED = /(?:谁敢|不敢|哪敢)说(?:实话|真话)|(?:干部|村长|书记|主任|组长|支书)[^。]{0,6}(?:在)?旁边(?:站着|盯着|看着|听着)/;
// A favour bought, told as a rule: "谁家请他吃饭 谁家的地就量得多", "暗示我请他吃饭"; trade through the office:
// "收俺们的麦子…收完就拉到粮站卖", "过节物资都从他超市拉".
const FAVOUR_BOUGHT =
  /(?:谁家|哪家|谁)(?:请|送|给)[^。]{0,6}(?:吃饭|烟|酒|钱|礼|好处)[^。]{0,8}(?:谁家|就)[^。]{0,8}(?:多|好|快|能|有|批)|暗示|话里话外|得先找人|要找关系|托关系/;
const OFFICE_TRADE =
  /(?:收|买)[^。]{0,20}(?:拉到|送到|转到|运到)(?:粮站|粮库|收购站|公家)(?:去)?卖|(?:从|在|上)(?:他|她)(?:家|的|自己)?(?:超市|店|厂|小卖部|饭店)(?:里)?(?:拉|买|进|拿|换|吃)/;
// Kin on the payroll of the office they oversee: "院长的老婆在院里当会计".
const KIN_POST = new RegExp(`(?:${KIN})[^。]{0,8}(?:当|做|在)[^。]{0,4}(?:会计|出纳|保管员|管账|文书|保洁|护林员)`);

// A benefit docked to settle a debt the village claims, or signed for and never paid.
const DEDUCTED =
  /(?:补贴|直补|补助|补偿|分红|救助金|养老金)[^。]{0,8}(?:扣(?:一半|了|下|掉|除)|抵(?:了|掉)?)[^。]{0,10}(?:抵|顶|还|欠|修路钱|水费|电费|管理费)|(?:让|叫|逼)(?:我们|俺们|大家|村民)?[^。]{0,6}签(?:了)?字[^。]{0,12}(?:没发|没到手|没见着|没拿到|一分没|没给)|签字(?:领了|说领了|说已经领)[^。]{0,10}(?:没|一分)/;
// Shares unequal in the cadre's favour: "一家两只 结果村干部屋里领了十几只", "钱都让他们领了",
// "不去的每户罚一百 村主任自己家一个人都没去".
const UNEQUAL =
  /(?:一家|每户|每家|每人)(?:两|一|三|几)(?:只|头|袋|斤|个|桶)[^。]{0,12}(?:干部|书记|支书|主任|村长|会计|组长)(?:家|屋里|自己)(?:的人)?(?:领|拿|分)(?:了)?(?:十几|几十|好几|一二十)|(?:钱|补贴|款)(?:都|全)?(?:让|被)(?:他们|村干部|干部|几个干部)(?:给)?(?:领|分|拿|吃)(?:了|走)|(?:罚|扣)[^。]{0,8}(?:块|百|钱)[^。]{0,12}(?:自己家|他家|她家|自家)[^。]{0,6}(?:都没|没去|不去|不交|没交)/;
// Who ate: cadres or their guests (a feast for the village's old people, paid by the collective, is not an accusation).
const FEAST_GUESTS = /干部|书记|支书|主任|村长|会计|组长|领导|检查|招待|请[^。]{0,8}(?:人|客)|(?:镇上|县里|上面|乡里)(?:来|的人)|村委|几家人|喝酒/;
const NOT_AN_OFFICE = /有个公司|有家公司|骗子|冒充|假冒|诈骗|推销|传销|卖保健品/;

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
  // A company, a pedlar or an impostor taking money is a fraud, not an office abused (unless an official is named too).
  const impostor = NOT_AN_OFFICE.test(text) && !MISCONDUCT_OFFICIALS.some((w) => text.replace(NOT_OFFICIALS, '').includes(w));
  const hidden = impostor
    ? null
    : (text.match(HIDDEN_ACCOUNTS) ??
      text.match(VILLAGE_TAKES) ??
      text.match(COERCION) ??
      text.match(FALSIFIED) ??
      text.match(GIFT_FAST) ??
      text.match(COLLECTIVE_UNKNOWN) ??
      text.match(PASS_BUCK) ??
      text.match(VOTE_BUYING) ??
      text.match(RIGGED) ??
      text.match(COACHED) ??
      text.match(INFLATED) ??
      text.match(LEVY_UNBUILT) ??
      (FEAST_GUESTS.test(text) ? text.match(FEAST_PUBLIC) : null) ??
      text.match(BOUGHT_PLACE) ??
      text.match(PUNISHED) ??
      text.match(DEDUCTED) ??
      text.match(MISREPORTED) ??
      text.match(WATCHED) ??
      text.match(KEPT_FOR) ??
      text.match(REFUSED_BOOKS) ??
      (PUBLIC_MONEY.test(text) || /补贴|补偿|补助|款/.test(text) ? (text.match(SHRUNK) ?? text.match(MONEY_LENT)) : null) ??
      (PUBLIC_SERVICE.test(text) && !/培训|学校|幼儿园|医院|诊所|驾校|公司|老板|超市|店/.test(text) ? text.match(CHARGE_UNDUE) : null) ??
      (/窗口|大厅|所|站|办|政府|村部|村委|包村|包片|领导|干部|镇里|乡里|镇上|乡上/.test(text) ? text.match(UNSTAFFED) : null) ??
      (PUBLIC_SERVICE.test(text) && !/培训|学校|驾校|公司|老板|超市|店/.test(text) ? text.match(FEE_DRESSED) : null) ??
      (/集体|村里|公家|公共|公益|上面|低保|名单|补贴|救助|分红|账/.test(text) ? text.match(LIST_HIDDEN) : null));
  if (hidden) return [hidden[0]];
  // Public money or goods whose whereabouts are questioned, with or without a name: "剩下的钱哪里去哒",
  // "救灾的大米白面 都在谁家仓房搁着呢".
  const gone = PUBLIC_MONEY.test(text) ? text.match(MONEY_GONE) : null;
  if (gone) return [gone[0]];
  const held = PUBLIC_THING.test(text) ? text.match(/(?:谁|会计|主任|书记|村长|干部|组长|支书)家(?!.{0,3}(?:困难|穷|受灾))/) : null;
  if (held) return [held[0]];
  const cleaned = text.replace(NOT_OFFICIALS, '').replace(GROUP_RED_PACKET, '');
  const officials = MISCONDUCT_OFFICIALS.filter((w) => cleaned.includes(w));
  // "镇里管土地的", "乡里管林业的那个": an official named by the job.
  const byJob = cleaned.match(
    /(?<![水气暖油钢铁])(?:管|办)(?![子道网法])[^，。,.!！?？\s的]{1,6}(?:的|哩)(?!时候|话|事情|钱)|(?:镇上|乡里|乡上|县里|镇里|村上|村里|所里|站里|局里|社区)(?:办事|管事|上班|坐班)的|窗口(?:的|那个|上的)|(?:办证|办事|服务|政务|便民|社保|民政)(?:的)?窗口|接电话的|接待的(?:人)?|(?:所|站|办|局)的[\u4e00-\u9fa5]{0,3}(?:员|长|主任|干部)|政府的人|[\u4e00-\u9fa5]{1,3}(?:所|站|办|局)的(?:人|说|那个)|(?:所|站|局|政府|大厅|窗口|社区|村部)[^，。,.!！?？]{0,10}(?:那人|那个人|那女的|那男的|那个女的|那个男的|那小伙)|(?:政府|所|站|局|中心|大厅|社区|村部|村委会?)(?:里|上)?(?:办事|上班|管事|值班)?的?(?:那个|那)(?:女的|男的|小伙子?|姑娘|大姐|人|干部|同志)|(?:土地所|派出所|林业站|财政所|民政所|社保所|国土所|扶贫办|民政办|农经站|水利站|城建办|司法所|供电所|人社所|农技站|乡政府|镇政府|村委会|村部|政府|包片|包村)的?(?:人|那个人|那人|工作人员|干部|领导)/,
  );
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
  for (const re of [
    BRIBE,
    DEMAND,
    TAKING,
    ABUSE,
    BOOKS_WRONG,
    THREAT,
    FAVOURITISM,
    RUDE,
    CARRIED_OFF,
    CONDITIONAL,
    RETALIATION,
    MONEY_GONE,
    CARD_KEPT,
    LABOUR_FEAST,
    ABSENT,
    WEALTH,
    EXTRA_FEE,
    RESELL,
    AFTER_COMPLAINT,
    LIST_HIDDEN,
    UNSTAFFED,
    FEE_DRESSED,
    FAVOUR_BOUGHT,
    OFFICE_TRADE,
    KIN_POST,
    UNEQUAL,
  ]) {
    const m = cleaned.match(re);
    if (m) acts.push(m[0]);
  }
  const goods = cleaned.match(PUBLIC_GOODS) ?? cleaned.match(GOODS_ARE_PUBLIC);
  if (goods && PRIVATE_USE.test(cleaned)) acts.push(goods[0]);
  const thing = cleaned.match(PUBLIC_THING);
  if (thing && PRIVATE_HANDS.test(cleaned)) acts.push(thing[0]);
  // Kin in the cadre's household: "公益岗全是村干部家里的人", "都是他们自己屋里的人".
  const household = cleaned.match(/(?:干部|主任|书记|村长|会计|组长|他们|他|她)(?:自己)?(?:家里|家族|本家|一家子|家|屋里)的?人/);
  if (household && (BENEFIT.test(cleaned) || FAVOUR.test(cleaned) || /全是|都是|只有/.test(cleaned))) acts.push(household[0]);
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
