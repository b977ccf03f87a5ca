/**
 * Round 27: what a group passes on is nobody's accusation and asks for nothing: news or a discipline notice of a cadre punished
 * elsewhere, an office's notice that a rumour is false, an impostor asked about or warned of. Read on the text without spaces;
 * the accusation rules (keywords.ts) and the chatter forms (rules.ts) both ask here. A turn back to the writer's own place or
 * matter ("…咱村那个会计也一样", "辟谣说不收钱 可今天网格员挨家收了五十") is read as usual.
 */

/** A cadre punished: caught, sentenced, dismissed, disciplined (keywords.ts's PUNISHED form is a complainant punished). */
export const CADRE_PUNISHED = /被抓|被查|落马|被判|判了|判刑|被双开|双开|被处分|处分了|被开除|开除了|被撤职|撤职了|被免职|免职了|被立案|立案调查/;
/** Passed on, or from somewhere else: a forward, a discipline commission's notice, another county's or village's cadre. */
const FROM_ELSEWHERE =
  /^(?:转|转发|转一个|转个|转自|分享)[：:，,]?|(?:纪委|监委)[^。]{0,8}(?:通报|曝光|公布)|典型案例|(?:外地|外乡|外县|外省|外村|外镇|邻县|邻乡|邻村|隔壁县|隔壁乡|隔壁镇|别的县|别的乡|别的村|别处)[^。]{0,6}(?:有个|一个|那个|的)?/;
/** The writer turns to their own place or matter. */
const TURN_HERE =
  /(?:咱|俺|我|本|这)(?:们)?(?:村|屯|乡|镇|社区|组|这里|这边)[^。]{0,12}(?:也|咋|怎么|就没|还|那个|的[^。]{0,4}(?:也|呢))|(?:可|但是?|结果|实际上|其实)[^。]{0,8}(?:咱|俺|我|今天|昨天|又)/;

/**
 * The writer's own voice or matter beside what is passed on: themselves or their household (俺, 我家, 咱这儿 — not an office's
 * 我村, nor 咱镇 in a rumour set right), today's or yesterday's doing, a question or a grievance asked ("群里说低保要重评是假消息？俺家低保就被停了 咋回事",
 * "外地有个书记贪污被抓了 俺们这书记把救灾款发给他亲戚 谁管"). Then the message is read as any other: a complaint is never
 * dropped because it quotes a notice or the news.
 */
const OWN_WORDS =
  /俺|(?:我|咱)(?:们)?家|(?:我|咱)(?:们)?(?:这儿|这里|这边)[^。]{0,8}(?:也|还|就|咋|都)|我(?:问|看|觉得|寻思|听说|去)|今天|昨天|又(?:来|收|要|让|把)|谁管|咋回事|怎么回事|凭啥|凭什么|为啥|咋没人|[？?]/;

/** News or a notice of a cadre punished elsewhere ("转：县纪委通报…外乡有个会计挪用低保金被开除了", "外地有个村干部贪了扶贫款被抓了"). */
export function passedOnNews(t: string): boolean {
  return FROM_ELSEWHERE.test(t) && CADRE_PUNISHED.test(t) && !TURN_HERE.test(t) && !OWN_WORDS.test(t);
}

/** An office's notice that a rumour is false ("【辟谣】…是假消息 …请勿轻信", "辟谣：…经核实，此为不实消息"), or a rumour told as one
 * and answered ("网上有人造谣说我们村主任收了红包 主任已经报警了", round 33); not one the writer vouches for ("…我亲眼看见的"). */
export const RUMOUR_DENIED =
  /【辟谣】|^辟谣|辟谣[：:]|(?:有人|网上有人|有些人|某些人)(?:在网上)?造谣(?:说|称)[^。]{0,30}(?:报警|报了警|澄清|辟谣|起诉|是假的|没有的事|没这回事|不属实)|(?<![不并])(?:是|系|属|为|属于)(?:假消息|谣言|不实(?:消息|信息|传言|言论))|纯属谣言|纯属造谣|经(?:核实|核查|查证|调查|了解)[^。]{0,24}(?:不实|无此事|没有此事|没有这回事|没这回事|是假的|为假|不属实)|勿信谣|不信谣|谣言止于智者|不是咱(?:们)?这(?:里|边|儿)?(?:的事)?[^。]{0,4}别(?:再)?(?:转|传)|那是(?:去年)?(?:外省|外地|外县|外乡)的事|(?:传言|谣传|网传|有人传|网上有人)[^。]{0,40}经(?:核实|核查|查证|调查)[^。]{0,60}(?:已(?:在)?[^。]{0,6}公示|欢迎[^。]{0,6}监督|特此(?:说明|澄清))/;
/** Any turn after a denial ("说是假消息 可低保名单上确实都是书记家亲戚"); a notice rarely turns ("可以" is no turn). */
const ANY_TURN = /(?:可是?|但是?|结果|实际上|其实|然而)(?!以|能|不能|千万|别)[^。]{2,}/;
export function rumourDeniedNotice(t: string): boolean {
  return RUMOUR_DENIED.test(t) && !TURN_HERE.test(t) && !ANY_TURN.test(t) && !OWN_WORDS.test(t);
}

/**
 * Someone who claimed an office, asked about or warned of ("有人打电话说是应急管理局的 …这是真的假的", "有个自称网格员的上门 收十块表格费
 * 后来问社区 社区说根本没这人 大伙注意点").
 */
const IMPOSTOR_ASKED = new RegExp(
  '(?:有人|有个人|有个|一个人|俩人|两个人|一男的|一女的|一个男的|一个女的|来了个|来了俩)[^。]{0,10}(?:说是|自称|说他是|说自己是|冒充)' +
    '[^。]{0,60}(?:真的假的|是真是假|是真的吗|是真的不|真的不|是真的么|真的吗|是不是真的|是不是骗子|骗子吧|靠谱吗|根本没(?:有)?这(?:个)?人|没(?:有)?这(?:个)?人|查无此人|大伙(?:儿)?注意|大家注意|都注意|注意点|别上当|不要上当|别信)',
);
/** One who claimed to be an official, told as found out ("那个大叔说他是县里的领导 帮人办低保收钱 其实他就是个普通农民"). */
const IMPOSTOR_FOUND_OUT =
  /(?:说|自称|冒充)(?:他|她|自己)?是[^。]{0,10}(?:领导|干部|局长|主任|书记|工作人员|的人)[^。]{0,30}(?:其实|实际上|结果)[^。]{0,10}(?:就是|是|根本不是)(?:个)?(?:普通|农民|骗子|无业|社会上)/;
export function impostorAsked(t: string): boolean {
  return IMPOSTOR_ASKED.test(t) || IMPOSTOR_FOUND_OUT.test(t);
}

/** Any of the three. */
export function passedOn(t: string): boolean {
  return passedOnNews(t) || rumourDeniedNotice(t) || impostorAsked(t);
}
