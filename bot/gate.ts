/**
 * What the bot decides by itself, with pure code and no I/O, for each group message: does the
 * core need it (the bot is addressed, a trigger word, a bind code), is it complaint-like chatter
 * to count for 未诉先办, or is it ordinary talk to drop. Almost every group message is the last
 * kind, so the common path is a few character checks.
 */
import { CATEGORIES, MISCONDUCT_OFFICIALS, MISCONDUCT_STRONG, soundsLikeEmergency, understand } from '../src/classify';
import { addressed, parseCommand, TRIGGERS } from '../src/channels/chat/parse';

// ---------------------------------------------------------------------------------------------
// Addressed to the core

/** First characters that can start a trigger or a bind command (raw and full-width forms). */
const QUICK_FIRST = new Uint8Array(65536);
for (const t of [...TRIGGERS, '绑定']) {
  const c = t.charCodeAt(0);
  QUICK_FIRST[c] = 1;
  if (c >= 0x21 && c <= 0x7e) QUICK_FIRST[c + 0xfee0] = 1;
}

/**
 * True when a group text is meant for the core: the bot named with "@<name>" (mention lists are
 * unreliable on several puppets), a trigger word at the start, or a bind code (posted in a group
 * it must be burnt). `mentioned` is the puppet's mention flag. Same rules as the core's parser.
 */
export function addressedToCore(text: string, botName: string, mentioned = false): boolean {
  if (mentioned) return true;
  const t = text.charCodeAt(0) > 0x20 ? text : text.trimStart();
  if (!QUICK_FIRST[t.charCodeAt(0)] && t.indexOf('@') < 0 && t.indexOf('＠') < 0) return false;
  const a = addressed(t, { botName });
  if (a.mentioned || a.trigger) return true;
  return parseCommand(a.body)?.kind === 'bind_code';
}

// ---------------------------------------------------------------------------------------------
// Complaint-like chatter

/**
 * Every word the classifier can score (category keywords) or that can make a misconduct case
 * (strong accusations, officials). A text containing none of them classifies as 'other' for
 * certain, so it needs no classification. The words are all Chinese, which the classifier's
 * normalisation (full-width ASCII, case) leaves unchanged, so the raw text can be searched.
 */
const WORDS = [...new Set([...CATEGORIES.flatMap((c) => c.keywords), ...MISCONDUCT_STRONG, ...MISCONDUCT_OFFICIALS])];
const FIRST = new Uint8Array(65536);
const BY_FIRST = new Map<number, string[]>();
for (const w of WORDS) {
  const c = w.charCodeAt(0);
  FIRST[c] = 1;
  const list = BY_FIRST.get(c);
  if (list) list.push(w);
  else BY_FIRST.set(c, [w]);
}

/** Whether the text contains any word the classifier could act on (a cheap exact pre-check). */
export function mayBeComplaint(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!FIRST[c]) continue;
    for (const w of BY_FIRST.get(c)!) if (w.length === 1 || text.startsWith(w, i)) return true;
  }
  return false;
}

/** "[红包]", "[捂脸][捂脸]": what puppets put in the text for red packets, stickers and emoji. */
const PLACEHOLDERS = /^(\[[^[\]\s]{1,8}\])+$/;

/**
 * The category of a likely complaint (it reads as one, classifier at or above the confidence),
 * else null: "谢谢陈叔的红包" or "求助大家 谁家有拖拉机" name no unregistered complaint.
 */
export function likelyComplaint(text: string, minConfidence: number): string | null {
  const v = readGroupText(text, minConfidence);
  return v.emergency ? null : v.category;
}

/**
 * What a village group's ordinary message (no mention, no trigger word) means to the core: danger
 * to life or property now (the core files it at once, no trigger word needed), a complaint-like
 * remark to count (its category), or nothing. One classification per message.
 */
export function readGroupText(text: string, minConfidence: number): { emergency: boolean; category: string | null } {
  // The classifier reads "[红包]" as money changing hands; in a group it is a red packet.
  if (text.charCodeAt(0) === 0x5b && PLACEHOLDERS.test(text.trim())) return { emergency: false, category: null };
  // Most group talk names neither a matter nor a danger: two cheap checks (lexicon words; the
  // emergency rules, whose words "掉进水塘", "起不来" are not category keywords) spare it the full
  // reading (segmentation and three models, 0.1–0.2 ms a new text).
  const lexicon = mayBeComplaint(text);
  if (!lexicon && !soundsLikeEmergency(text)) return { emergency: false, category: null };
  const u = understand(text);
  if (u.emergency && u.complaint) return { emergency: true, category: u.category };
  if (!lexicon) return { emergency: false, category: null };
  return { emergency: false, category: u.complaint && u.category !== 'other' && u.confidence >= minConfidence ? u.category : null };
}

// ---------------------------------------------------------------------------------------------
// Shanghai days

const SHANGHAI_MS = 8 * 3600_000;
let cachedDay = -1;
let cachedYmd = '';

/** yyyy-mm-dd in Asia/Shanghai (no DST), cached for the current day. */
export function shanghaiDate(ms: number): string {
  const day = Math.floor((ms + SHANGHAI_MS) / 86_400_000);
  if (day === cachedDay) return cachedYmd;
  const ymd = new Date(day * 86_400_000).toISOString().slice(0, 10);
  cachedDay = day;
  cachedYmd = ymd;
  return ymd;
}
