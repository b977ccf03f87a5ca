/**
 * Pure parsing of chat text: mentions of the bot, complaint triggers, staff and villager commands,
 * follow-up answers and numbered choices. No I/O; the handler decides what a parse means in
 * context (group or private chat, staff or villager, pending question or not).
 */

/** WeChat separates "@name" from the rest with U+2005 (four-per-em space); people type spaces. */
const MENTION_SEP = '[\\u2005\\u0020\\u00a0\\u3000]';
export const TRIGGERS = ['#诉求', '＃诉求', '我要反映', '我要投诉', '我要举报', '我要求助', '反映', '投诉', '求助', '举报', '报修', '诉求'];
const PUNCT = /^[\s\u2005:：,，、.。!！;；-]+/;

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export interface Addressed {
  /** The bot was @-mentioned (puppet flag, or "@<name>" in the text). */
  mentioned: boolean;
  /** Text without the bot mention(s), trimmed. */
  body: string;
  /** The trigger word the body starts with, if any. */
  trigger: string | null;
  /** Body without the trigger word: what the person is reporting. */
  rest: string;
}

/**
 * Folds the full-width digits, letters, '#' and '@' phones produce (＃０００７ → #0007) and
 * circled digits; keeps Chinese punctuation, which is part of what people wrote.
 */
export function normalize(text: string): string {
  return (text ?? '')
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff03\uff20]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u2460-\u2468]/g, (c) => String(c.charCodeAt(0) - 0x245f))
    .replace(/\r\n?/g, '\n')
    .trim();
}

export function addressed(raw: string, opts: { botName?: string | null; mentionSelf?: boolean } = {}): Addressed {
  let body = normalize(raw);
  let mentioned = !!opts.mentionSelf;
  const names = [opts.botName, '村声'].filter((n): n is string => !!n && n.trim().length > 0);
  for (const name of new Set(names)) {
    const re = new RegExp(`@${escapeRe(normalize(name))}(?:${MENTION_SEP}|$)`, 'g');
    if (re.test(body)) {
      mentioned = true;
      body = body.replace(re, ' ');
    }
  }
  body = body.replace(/\s+/g, ' ').trim();
  const trigger = TRIGGERS.find((t) => body.startsWith(t)) ?? null;
  const rest = trigger ? body.slice(trigger.length).replace(PUNCT, '').trim() : body;
  return { mentioned, body, trigger, rest };
}

// ---------------------------------------------------------------------------------------------
// Ticket references: 430502-20261124-0007, #0007, 0007, #7

export type TicketRef = { full: string } | { tail: string };

// Misconduct reports have a series of their own: …-J0001.
const FULL_NUMBER = /(\d{6}|root)-(\d{8})-(J?\d{4,6})/;

/** A reference to the sender's own earlier report: 我上次举报的事, 我反映的问题, 我的反映, 我那个事. */
const EARLIER =
  /((上次|上回|之前|以前|前几天|前些天|早先|我|俺)(跟你们?|向你们?|给你们?)?(反映|举报|投诉|报上去|说|问)(过)?的(那个|那件)?(事|问题|情况)?|我的(反映|举报|投诉|工单)|(我|俺)(那个|那件)事|(反映|举报|投诉)的(那个|那件)事)/;
/** Asking where it stands. */
const PROGRESS =
  /(怎么样|咋样|如何了|结果|消息|回音|动静|办了没|办没办|办得|处理了没|处理得|处理到|进度|进展|到哪一步|没人管|有人管吗|说法|查了没|查到|没回复|没答复|答复了没|有答复)/;

/**
 * "我上次举报的事怎么样了", "我的反映有结果了吗": the sender asking after their own earlier
 * report without its number, a status question, not a matter to file. Short messages only: a
 * longer one that mentions an earlier report usually brings a new matter with it.
 */
export function asksAfterEarlier(text: string): boolean {
  const t = normalize(text).replace(/[\s\p{P}\p{S}]+/gu, '');
  return t.length <= 30 && EARLIER.test(t) && PROGRESS.test(t);
}

/** Every full ticket number quoted anywhere in a text ("…（430502-20261124-J0001）怎么还没消息"). */
export const quotedNumbers = (text: string): string[] =>
  [...normalize(text).matchAll(new RegExp(FULL_NUMBER.source, 'g'))].map((m) => `${m[1]}-${m[2]}-${m[3]}`);

/** Reads a ticket reference at the start of `s`; returns it and the rest of the text. */
export function takeRef(s: string): { ref: TicketRef | null; rest: string } {
  const t = s.replace(PUNCT, '');
  const full = new RegExp(`^#?\\s*${FULL_NUMBER.source}`).exec(t);
  if (full) return { ref: { full: `${full[1]}-${full[2]}-${full[3]}` }, rest: t.slice(full[0].length).replace(PUNCT, '').trim() };
  // Bare digits need three or more ("接单 0007"); "督办 3 天" is a number of days, not a ticket.
  const tail = /^(#\s*|第|工单号?\s*|单号\s*)?(\d{1,6})(?:号|单)?(?![\d天日])/.exec(t);
  if (tail && (tail[1] || tail[2].length >= 3)) {
    return { ref: { tail: tail[2].padStart(4, '0') }, rest: t.slice(tail[0].length).replace(PUNCT, '').trim() };
  }
  return { ref: null, rest: t.trim() };
}

export const refText = (r: TicketRef) => ('full' in r ? r.full : `#${r.tail}`);

// ---------------------------------------------------------------------------------------------
// Commands

export type Command =
  | { kind: 'bind_code'; code: string }
  | { kind: 'bind_group'; place: string; purpose: 'village_group' | 'work_group' }
  | { kind: 'unbind_group' }
  | { kind: 'accept'; ref: TicketRef | null; note: string }
  | { kind: 'progress'; ref: TicketRef | null; text: string }
  | { kind: 'resolve'; ref: TicketRef | null; text: string }
  | { kind: 'transfer'; ref: TicketRef | null; unit: string }
  | { kind: 'object'; ref: TicketRef | null; reason: string }
  | { kind: 'query'; ref: TicketRef | null }
  | { kind: 'todo' }
  | { kind: 'own'; ref: TicketRef | null }
  | { kind: 'supervise'; ref: TicketRef | null; days: number | null; note: string }
  | { kind: 'help' };

/** Verbs and what they need after the ticket reference. */
const VERBS: Array<[RegExp, (ref: TicketRef | null, rest: string) => Command]> = [
  [/^(进度查询|查询进度|查询|查一下|查)/, (ref) => ({ kind: 'query', ref })],
  [/^(接单|受理)/, (ref, rest) => ({ kind: 'accept', ref, note: rest })],
  [/^(进展|进度|办理情况|备注)/, (ref, rest) => ({ kind: 'progress', ref, text: rest })],
  [/^(办结|已办结|完成|结案)/, (ref, rest) => ({ kind: 'resolve', ref, text: rest })],
  [/^(转办|转交|转给)/, (ref, rest) => ({ kind: 'transfer', ref, unit: rest.replace(/^(给|到|至)/, '').trim() })],
  [/^(异议|退回|不属于我们)/, (ref, rest) => ({ kind: 'object', ref, reason: rest })],
  [/^(包案)/, (ref) => ({ kind: 'own', ref })],
  [
    /^(挂牌督办|督办)/,
    (ref, rest) => {
      const m = /^(\d{1,3})\s*(?:个工作日|个?天|日)?\s*(.*)$/s.exec(rest);
      return { kind: 'supervise', ref, days: m ? Number(m[1]) : null, note: (m ? m[2] : rest).replace(PUNCT, '').trim() };
    },
  ],
];

/**
 * A command, or null when the text is not one. `绑定 123456` (six digits) binds a staff account;
 * `绑定 <地名>` binds the current group; `绑定工作群 <地名>` binds a cadres' work group.
 */
export function parseCommand(body: string): Command | null {
  const t = normalize(body).replace(/^[/／]/, '');
  if (!t) return null;
  if (/^(帮助|help|菜单|命令|\?|？)$/i.test(t)) return { kind: 'help' };
  if (/^(我的待办|待办|我的工单)$/.test(t)) return { kind: 'todo' };
  if (/^(解绑|解除绑定)(本群)?$/.test(t)) return { kind: 'unbind_group' };

  const bind = /^(绑定)(工作群|本群|群)?\s*[:：]?\s*(.*)$/s.exec(t);
  if (bind) {
    const arg = bind[3].trim();
    if (/^\d{6}$/.test(arg) && !bind[2]) return { kind: 'bind_code', code: arg };
    if (!arg) return null;
    return { kind: 'bind_group', place: arg, purpose: bind[2] === '工作群' ? 'work_group' : 'village_group' };
  }

  for (const [re, build] of VERBS) {
    const m = re.exec(t);
    if (!m) continue;
    const after = t.slice(m[0].length);
    const { ref, rest } = takeRef(after);
    // A verb glued to a word without a ticket number is prose: "完成了吗", "查一查低保".
    if (!ref && after && !/^[\s#:：,，]/.test(after)) return null;
    return build(ref, rest);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// 回访 answers

export interface FollowUpAnswers {
  contactedInTime?: boolean;
  solved?: boolean;
  satisfied?: boolean;
}

const FOLLOWUP: Array<[keyof FollowUpAnswers, boolean, RegExp]> = [
  ['contactedInTime', false, /不及时|没及时|没有及时|没联系|没人联系|没有联系|没有人联系|未联系/g],
  ['solved', false, /未解决|没解决|没有解决|还没解决|没得到解决|没有得到解决|不算解决|没办好|没修好/g],
  ['satisfied', false, /不满意|不太满意|很不满意|不满/g],
  ['contactedInTime', true, /联系及时|及时联系|很及时|及时|联系了|有联系/g],
  ['solved', true, /已解决|解决了|已经解决|得到解决/g],
  ['satisfied', true, /非常满意|很满意|满意/g],
];
/**
 * After an answer word, what the villager says about the matter: "不满意 桥还是没修" means not
 * solved (the ticket goes back, it is not closed out as merely unsatisfying). Only read next to an
 * answer word, and kept in the comment: on its own such a sentence may be a new complaint.
 */
const STILL_BROKEN =
  /还是没|还是不|依旧不|仍不|还不(?:亮|通|行|能|好|出水|来水)|还没(?:有)?(?:修|弄|解决|处理|来|好|通)|没(?:有)?(?:人)?(?:修|来修|处理|弄好|管)|没人来|照旧|老样子|还是那样|依然|仍然|一点没变|没变化|又坏了|还是坏|还坏着|还是不行|还不行/;

const NUMBERED: Array<[keyof FollowUpAnswers, RegExp]> = [
  ['contactedInTime', /(?:^|[^\d])1\s*[.、．:：)）]?\s*(是|否|及时|不及时)/],
  ['solved', /(?:^|[^\d])2\s*[.、．:：)）]?\s*(是|否|已解决|未解决|解决|没解决)/],
  ['satisfied', /(?:^|[^\d])3\s*[.、．:：)）]?\s*(是|否|满意|不满意)/],
];

/**
 * Reads 回访 answers (已解决 / 未解决, 满意 / 不满意, 联系及时 / 没联系, or the numbered
 * "1是 2已解决 3满意") at the start of a short message. Returns null when it is not an answer.
 */
export function parseFollowUp(body: string): { answers: FollowUpAnswers; ref: TicketRef | null; comment: string } | null {
  let t = normalize(body);
  const { ref, rest } = takeRef(t.replace(/^(回访|评价)\s*/, ''));
  if (ref) t = rest;
  const answers: FollowUpAnswers = {};
  let numbered = false;
  for (const [key, re] of NUMBERED) {
    const m = re.exec(t);
    if (m) {
      numbered = true;
      answers[key] = !/^(否|不及时|未解决|没解决|不满意)$/.test(m[1]);
      t = t.replace(m[0], ' ');
    }
  }
  let masked = t;
  let firstHit = Infinity;
  for (const [key, value, re] of FOLLOWUP) {
    masked = masked.replace(re, (s, at: number) => {
      if (answers[key] === undefined) answers[key] = value;
      firstHit = Math.min(firstHit, at);
      return '\u0000'.repeat(s.length);
    });
  }
  if (!Object.keys(answers).length) return null;
  // An answer leads the message ("未解决，水还是没来"); deep inside a longer report it is not one.
  if (!numbered && firstHit > 4 && t.length > 12) return null;
  if (answers.solved === undefined && STILL_BROKEN.test(masked)) answers.solved = false;
  const comment = masked
    // biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is the mask character removed here.
    .replace(/\u0000/g, '')
    .replace(/^[\s\d.、．:：,，。!！;；)）是否]+/, '')
    .replace(/[\s,，。;；]+$/, '')
    .trim();
  return { answers, ref, comment };
}

// ---------------------------------------------------------------------------------------------
// Answers to a numbered question

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩';
const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/** "2", "第2个", "2号", "②", "选二" → 2 (1-based) when within 1..n, else null. */
export function parseChoice(text: string, n: number): number | null {
  const t = normalize(text)
    .replace(/^(选|我选|是|就是)/, '')
    .replace(/[。.!！个号项村]$/g, '')
    .trim();
  let k: number | null = null;
  const m = /^第?\s*(\d{1,2})\s*(个|号|项)?$/.exec(t);
  if (m) k = Number(m[1]);
  else if (t.length === 1 && CIRCLED.includes(t)) k = CIRCLED.indexOf(t) + 1;
  else {
    const c = /^第?([一二三四五六七八九十])(个|号|项)?$/.exec(t);
    if (c) k = CN_DIGITS[c[1]];
  }
  return k !== null && k >= 1 && k <= n ? k : null;
}

/** "不知道", "跳过", "算了" — file it as it stands. */
export function isSkip(text: string): boolean {
  return /^(不知道|不清楚|不晓得|跳过|算了|都不是|没有|随便|直接登记|不用了?)[。.!！]?$/.test(normalize(text));
}

// ---------------------------------------------------------------------------------------------
// What a complaint says, without the way into it

const SEP = '[\\s\\u2005\\u3000:：,，、.。!！~～;；-]*';
/**
 * What people put before the matter itself: greetings, "我要反映个问题", "反映一下", "麻烦问一下".
 * Applied again and again from the start ("你好 我想反映一下 …"); the verbs only with a subject
 * or a filler after them, so a text that merely starts with 问题 or 说 keeps its words.
 */
const FILLER = `(?:(?:一下子?|下(?=${SEP.slice(0, -1)}+)|点|一点|些|一些)(?:问题|事情?儿?|情况|事儿)?|(?:个|一个|件|一件)(?:问题|事情?儿?|情况|事儿))`;
const LEAD_INS: RegExp[] = [
  new RegExp(`^(?:喂+|你好|您好|你们好|大家好|领导好|领导们好|村声你好|小助手你好|在吗|在不在|打扰一下|打扰了|麻烦(?:你|您|你们)?(?:一下)?)${SEP}`),
  new RegExp(
    `^(?:(?:我|俺|咱|我们|俺们|咱们)(?:这里|这边)?(?:要|想|来|得|再|还要|还想)?|想|要|来|再)?(?:跟|向|给|和)?(?:你们|您|政府|领导|村声|上面|上级)?` +
      `(?:反映|投诉|举报|求助|报修|说|讲|问|提)${FILLER}${SEP}`,
  ),
  new RegExp(
    `^(?:(?:我|俺|咱|我们|俺们|咱们)(?:要|想|来|得|再)?|想|要)(?:跟|向|给)?(?:你们|您|政府|领导)?(?:反映|投诉|举报|求助|报修)(?:问题|情况|事情?儿?)?${SEP}`,
  ),
  new RegExp(`^(?:反映|投诉|举报|求助|报修)(?:问题|情况|事情?儿?)${SEP}`),
  new RegExp(`^(?:${FILLER}|问题|情况)${SEP}(?=\\S)`),
];

/**
 * The ticket text: what the person reported, without the mention, trigger and lead-in words
 * ("@村声 反映一下 村口路灯坏了" → "村口路灯坏了"). Never empties a text: a message that is all
 * lead-in keeps its words.
 */
export function complaintText(a: Addressed): string {
  let t = (a.trigger ? a.rest : a.body).trim();
  // A second mention of anyone left in the middle stays (it may name whom the complaint is about).
  for (let i = 0; i < 6; i++) {
    const before = t;
    for (const re of LEAD_INS) t = t.replace(re, '');
    t = t.replace(/^[\s\u2005\u3000:：,，、.。!！~～;；-]+/, '');
    if (t === before) break;
  }
  return t || (a.trigger ? a.rest : a.body).trim();
}

// ---------------------------------------------------------------------------------------------
// Small talk addressed to the bot

export type SmallTalk = 'thanks' | 'greeting' | 'about_bot' | 'ack';

/**
 * Courtesy, greetings, acknowledgements and questions about the bot, as whole messages (after the
 * mention): answered briefly or not at all, never filed. Null for anything else.
 */
export function smallTalk(body: string): SmallTalk | null {
  const t = normalize(body)
    .toLowerCase()
    .replace(/[\s\u2005\u3000\p{P}\p{S}]+/gu, '');
  if (!t) return 'greeting';
  if (/^(?:谢谢|多谢|感谢|谢了|谢啦|辛苦了?|麻烦了|感恩|thanks?|thx|3q)(?:你|您|你们|大家|村声|领导|啦|了|哈|哦|呀|啊)*$/.test(t)) return 'thanks';
  if (
    /^(?:(?:你|您)?是(?:谁|机器人|真人|人|ai|啥|什么|干啥的|干什么的|哪个)|(?:你|您|村声)(?:能|会|可以)?(?:干啥|干什么|做什么|做啥|干嘛)(?:的|用的)?|(?:你|您)?(?:是不是|是)机器人|真人|机器人|人工)(?:吗|么|不|啊|呀|哦|呢|嘛)*$/.test(
      t,
    )
  )
    return 'about_bot';
  if (
    /^(?:你好|您好|你们好|大家好|早上好|早|早安|晚安|中午好|下午好|晚上好|新年好|过年好|在吗|在不在|在不|在没|有人吗|有人没|hello|hi|喂+)(?:啊|呀|哦|呢|村声)*$/.test(
      t,
    )
  )
    return 'greeting';
  // Laughter and nods need no answer.
  if (
    /^(?:哈+|呵+|嘿+|嘻+|hh+|好|好的|好滴|嗯+|哦+|噢+|行|中|可以|收到|知道了|明白了?|晓得了|了解|ok|okay|是|是的|对|否|不是|没有)(?:了|啦|哈|呀|啊)*$/.test(t)
  )
    return 'ack';
  return null;
}
