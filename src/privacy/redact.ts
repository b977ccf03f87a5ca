/**
 * Masking of personal data in free text that leaves toward people who must not see it: group
 * chats (WeCom robots, WeChat work and village groups), public Open311 reads, summaries, logs,
 * co-handling units. Villagers type their own name and number into complaints ("我是张三，电话138…"),
 * so the complaint text itself carries what the petitioner table keeps apart.
 *
 * Two layers: the petitioner's own known name, phone and WeChat id, wherever they appear; and
 * anything that looks like a mobile, a landline, an ID card number or a WeChat id, whoever's it is.
 *
 * Matching runs on a normalised copy of the text, so the usual disguises do not get through:
 * NFKC (fullwidth １３９ → 139, fullwidth separators → ASCII), other scripts' decimal digits read
 * as digits, invisible characters (zero-width, bidi controls, soft hyphen…) removed, and a few
 * separators between digits (spaces, dots, dashes, middle dots, slashes, parentheses, 。) taken
 * as part of the number. What matched is masked in the ORIGINAL text: the whole span from its
 * first to its last character becomes `***` (nothing of the number is kept — in a village, the
 * last digits alone can name a whistleblower); the text around it is left as written.
 *
 * Numbers are recognised on whole groups (the digits between separators), never inside a longer
 * group, so dates (2026-11-30, 20261130), times (10:30), money (3000元) and ticket numbers stay
 * readable; a phone number is not taken to contain a y-m-d date written as such (two dates in a
 * row are not a landline). In `redact`, any other group of 7+ digits is masked as well.
 *
 * Known limits: a number spelled in Chinese numerals or with look-alike letters (l39O…), or
 * glued to other digits and then split again, is not recognised; more than 5 visible separators
 * between two digits end the number; an ID number written in exactly the ticket-number shape
 * (430502-20241130-1234) is taken for a ticket number.
 */

export interface KnownPerson {
  name?: string | null;
  phone?: string | null;
  wechatId?: string | null;
}

export const MASK = '***';

// ---------------------------------------------------------------------------------------------
// Normalisation

/** Zero-width and bidi controls (and other invisible characters) that can be slipped between digits. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: each code unit is matched alone on purpose (no u flag), combining marks and variation selectors included.
const INVISIBLE = /[\u00AD\u034F\u061C\u115F\u1160\u180B-\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/;
const CJK = (c: number) => c >= 0x4e00 && c <= 0x9fff;
const ND = /\p{Nd}/u;
const digitValues = new Map<number, string>();

/** An ASCII digit for a decimal digit of any script (Unicode encodes each script's 0–9 contiguously, in runs of ten). */
function asciiDigit(cp: number): string {
  let d = digitValues.get(cp);
  if (d === undefined) {
    let n = 0;
    while (n < 60 && ND.test(String.fromCodePoint(cp - n - 1))) n++;
    d = String(n % 10);
    if (digitValues.size < 1000) digitValues.set(cp, d);
  }
  return d;
}

/** A normalised text and, for each of its UTF-16 units, the span of the original it came from. */
export interface Normalised {
  text: string;
  start: number[];
  end: number[];
}

/**
 * NFKC per character (so every output character knows where it came from), other scripts'
 * decimal digits as ASCII, invisible characters dropped.
 */
export function normalise(input: string): Normalised {
  const start: number[] = [];
  const end: number[] = [];
  let text = '';
  let i = 0;
  for (const ch of input) {
    const cp = ch.codePointAt(0)!;
    const next = i + ch.length;
    let out: string;
    if (cp < 0x80 || CJK(cp)) out = ch;
    else if (INVISIBLE.test(ch)) out = '';
    else {
      out = '';
      for (const c of ch.normalize('NFKC')) {
        const ccp = c.codePointAt(0)!;
        if (INVISIBLE.test(c)) continue;
        out += ccp >= 0x80 && ND.test(c) ? asciiDigit(ccp) : c;
      }
    }
    for (let k = 0; k < out.length; k++) {
      start.push(i);
      end.push(next);
    }
    text += out;
    i = next;
  }
  return { text, start, end };
}

/** The text as matching sees it: normalised, separators between digits taken out (for tests and callers that compare). */
export function canonical(text: string): string {
  return normalise(text).text.replace(BETWEEN_DIGITS, '');
}

// ---------------------------------------------------------------------------------------------
// Digit clusters

/** Separators a number may be written with (after NFKC): spaces, dots, dashes, middle dots, slashes, parentheses. */
const SEPARATOR = /[\s.\-‐‑‒–—―−·・•∙⋅/\\()[\]_~。]/;
const MAX_SEPARATORS = 5;
const BETWEEN_DIGITS = new RegExp(`(?<=\\d)(?:${SEPARATOR.source}){1,${MAX_SEPARATORS}}(?=\\d)`, 'g');
const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

/**
 * A run of digits with at most a few separators between consecutive digits. `groups` are the
 * indexes in `digits` where a separated group starts; an ID's final X is a group of its own.
 */
interface Cluster {
  digits: string;
  /** Position in the normalised text of each character of `digits`. */
  pos: number[];
  groups: number[];
  /** The separators between groups, as written (normalised). */
  seps: string[];
}

function clusters(t: string): Cluster[] {
  const out: Cluster[] = [];
  let i = 0;
  while (i < t.length) {
    if (!isDigit(t[i])) {
      i++;
      continue;
    }
    const c: Cluster = { digits: '', pos: [], groups: [0], seps: [] };
    for (;;) {
      c.digits += t[i];
      c.pos.push(i);
      i++;
      if (isDigit(t[i])) continue;
      let k = i;
      while (k < t.length && k - i < MAX_SEPARATORS && SEPARATOR.test(t[k])) k++;
      // An ID number's check character; anything alphanumeric after it makes it a word, not an ID.
      if ((t[k] === 'X' || t[k] === 'x') && !/[A-Za-z0-9]/.test(t[k + 1] ?? '')) {
        c.groups.push(c.digits.length);
        c.seps.push(t.slice(i, k));
        c.digits += 'X';
        c.pos.push(k);
        i = k + 1;
        break;
      }
      if (k > i && isDigit(t[k])) {
        c.groups.push(c.digits.length);
        c.seps.push(t.slice(i, k));
        i = k;
        continue;
      }
      break;
    }
    // A decimal fraction (0.3123456789 in a log line) is not a phone.
    if (!(c.groups.length === 2 && c.digits.startsWith('0') && c.groups[1] === 1 && c.seps[0] === '.')) out.push(c);
  }
  return out;
}

// Whole-span patterns, tested on the digits of consecutive groups.
const MOBILE = /^(?:0086|86)?1[3-9]\d{9}$/;
// Area code (010, 02x, 0xxx) and a local number of 7–8 digits, which never starts with 0 or 1.
const LANDLINE = /^(?:010|02\d|0[3-9]\d{2})[2-9]\d{6,7}$/;
// Region, birth date (so two dates and a count do not make an ID), sequence, check character.
const ID_NUMBER = /^[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dX]$/;
const MAX_SPAN = 18;
const COMPACT_DATE = /^(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/;

type Span = [number, number];

/**
 * Groups starting a y-m-d date (2026-11-30, 2026.1.5, 2026/11/30) whose separator differs from
 * those around it, so it reads as a date of its own rather than as part of a longer number.
 */
function standaloneDates(c: Cluster): number[] {
  const out: number[] = [];
  const group = (i: number) => c.digits.slice(c.groups[i], i + 1 < c.groups.length ? c.groups[i + 1] : c.digits.length);
  for (let x = 0; x + 2 < c.groups.length; x++) {
    const sep = c.seps[x];
    if (!/^[-./]$/.test(sep) || c.seps[x + 1] !== sep || (x > 0 && c.seps[x - 1] === sep) || (x + 3 < c.groups.length && c.seps[x + 2] === sep)) continue;
    const [y, m, d] = [group(x), group(x + 1), group(x + 2)];
    if (/^(?:19|20)\d{2}$/.test(y) && /^\d{1,2}$/.test(m) && /^\d{1,2}$/.test(d) && +m >= 1 && +m <= 12 && +d >= 1 && +d <= 31) out.push(x);
  }
  return out;
}

/** Spans (normalised positions) of mobiles, landlines and ID numbers, each made of whole groups; `loose` adds any 7+ digit group. */
function numberSpans(c: Cluster, loose: boolean): Span[] {
  const spans: Span[] = [];
  const bounds = [...c.groups, c.digits.length];
  const g = c.groups.length;
  const dates = standaloneDates(c);
  // A phone number is not written with a y-m-d date in it: "0202。2020-1-1" or
  // "2020-03-01 2020-01-01" holds no landline.
  const hasDate = (a: number, b: number) => dates.some((x) => a <= x + 2 && b >= x);
  // An ID number may be written with its birth date as a date (430502 1980-01-01 123X, or unpadded
  // and cut elsewhere: 100000 1930-1-10 10000 is 100000 19301101 0000), but nowhere else.
  const idDates = (a: number, b: number) => dates.every((x) => a > x + 2 || b < x || (bounds[x] - bounds[a] === 6 && bounds[x + 3] - bounds[a] <= 14));
  for (let a = 0; a < g; ) {
    // Only as many groups as one number can take: a long cluster costs linear time, not quadratic.
    let top = a;
    while (top + 1 < g && bounds[top + 2] - bounds[a] <= MAX_SPAN) top++;
    let hit = -1;
    for (let b = top; b >= a; b--) {
      const s = c.digits.slice(bounds[a], bounds[b + 1]);
      if ((ID_NUMBER.test(s) && idDates(a, b)) || ((MOBILE.test(s) || LANDLINE.test(s)) && !hasDate(a, b))) {
        hit = b;
        break;
      }
    }
    if (hit >= 0) {
      spans.push([c.pos[bounds[a]], c.pos[bounds[hit + 1] - 1] + 1]);
      a = hit + 1;
    } else {
      // Any other run of 7+ digits (a local number, a QQ number, a bank card) is hidden too; a
      // compact date (20261130, as in 双清区-20261130-0001) is not personal.
      const run = c.digits.slice(bounds[a], bounds[a + 1]);
      if (loose && run.length >= 7 && !COMPACT_DATE.test(run)) spans.push([c.pos[bounds[a]], c.pos[bounds[a + 1] - 1] + 1]);
      a++;
    }
  }
  return spans;
}

/** Every place the digits `needle` occur in a cluster, separators or not. */
function digitSpans(c: Cluster, needle: string): Span[] {
  const spans: Span[] = [];
  for (let i = c.digits.indexOf(needle); i >= 0; i = c.digits.indexOf(needle, i + 1)) spans.push([c.pos[i], c.pos[i + needle.length - 1] + 1]);
  return spans;
}

// ---------------------------------------------------------------------------------------------
// Words

// wxid_… (personal WeChat ids).
const WECHAT_ID = /wxid_[A-Za-z0-9_-]{3,}/gi;
/*
 * Names the system does not know: a hotline caller or an SMS sender is known by number only,
 * yet says "我是王小明" or the agent writes "王小明来电". A Chinese name (2–4 characters) right
 * after a self-introduction cue, or right before 来电/来信 at the start of a clause, is masked
 * when a delimiter follows it. Candidates that read as places or groups (…村, …的, 村民) are left.
 * (Run on the normalised text: fullwidth punctuation is ASCII there.)
 */
const HAN = '[\\u4e00-\\u9fa5·]';
const CUE_BEFORE = new RegExp(
  `(?:我是|我叫|本人|联系人|姓名|反映人|举报人|来电人|署名)[:：]?\\s*(${HAN}{2,4}?)(?=[，,。.；;、\\s（(]|电话|手机|联系|微信|$)`,
  'dg',
);
const CUE_AFTER = new RegExp(`(?:^|[，,。；;\\s（(：:])(${HAN}{2,4}?)(?=来电|来信)`, 'dg');
const NOT_A_NAME = /[村乡镇县区市组的民户家们]$|[村乡镇县]/;

function nameSpans(t: string): Span[] {
  const spans: Span[] = [];
  for (const re of [CUE_BEFORE, CUE_AFTER]) {
    for (const m of t.matchAll(re)) {
      if (!NOT_A_NAME.test(m[1])) spans.push(m.indices![1] as Span);
    }
  }
  return spans;
}

function regexSpans(t: string, re: RegExp): Span[] {
  return [...t.matchAll(re)].map((m) => [m.index!, m.index! + m[0].length] as Span);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// Ticket numbers (430502-20261020-0001, also with a letter for a series, or a county name for the
// code: 双清区-20261130-0001) are not personal and must survive: notices are about them.
const TICKET_NUMBER = /(?:(?<![A-Za-z0-9])\d{6}-[A-Z]{0,2}\d{8}|[\u4e00-\u9fa5]{2,}-20\d{6})-[A-Z]{0,2}\d{3,6}(?![A-Za-z0-9])/g;

// ---------------------------------------------------------------------------------------------
// Masking

interface Known {
  /** Digit strings of the person's phone (as stored, and without a +86/0086 prefix). */
  digits: string[];
  /** Name and WeChat ids, as patterns on the normalised text. */
  words: RegExp[];
}

/** One person, or several (the petitioner record and the contact staff typed in). */
export type KnownPeople = KnownPerson | null | undefined | readonly (KnownPerson | null | undefined)[];

function known(people: KnownPeople): Known {
  const k: Known = { digits: [], words: [] };
  const words: string[] = [];
  for (const p of Array.isArray(people) ? people : [people]) if (p) addKnown(k, words, p);
  // Longest first, so a contact id inside the full key is not masked half.
  k.words = [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => new RegExp(w, 'gi'));
  return k;
}

function addKnown(k: Known, words: string[], p: KnownPerson): void {
  const phone = p.phone ? normalise(p.phone).text.replace(/\D/g, '') : '';
  if (phone.length >= 5) k.digits.push(phone);
  const national = phone.replace(/^(?:0086|86)(?=1[3-9]\d{9}$)/, '');
  if (national !== phone) k.digits.push(national);
  if (p.wechatId) {
    const id = normalise(p.wechatId).text;
    words.push(escapeRe(id));
    const i = id.indexOf(':');
    if (i > 0 && id.length - i > 4) words.push(escapeRe(id.slice(i + 1)));
  }
  const name = p.name ? normalise(p.name).text.replace(/\s+/g, '') : '';
  // A name typed with spaces or dots between its characters (张 三, 张·三) is the same name.
  if ([...name].length >= 2) words.push([...name].map(escapeRe).join('[\\s.·\\-_]{0,2}'));
}

interface Options {
  person?: KnownPeople;
  /** Any 7+ digit group, and self-introduced names (not in logs: ids, ports and counts live there). */
  loose: boolean;
}

function mask(text: string, opts: Options): string {
  if (!text) return text;
  const norm = normalise(text);
  // Ticket numbers are taken out of matching (blanked), so nothing reaches into them.
  let t = norm.text;
  for (const m of [...t.matchAll(TICKET_NUMBER)]) t = t.slice(0, m.index) + m[0].replace(/[^\u4e00-\u9fa5]/g, '\u0001') + t.slice(m.index! + m[0].length);

  const k = known(opts.person);
  const spans: Span[] = [];
  for (const re of k.words) spans.push(...regexSpans(t, re));
  for (const c of clusters(t)) {
    for (const d of k.digits) spans.push(...digitSpans(c, d));
    for (const [s, e] of numberSpans(c, opts.loose)) {
      // The + of +86 and the parentheses of (0739) go with the number, so no stray "(***" is left.
      const open = s > 0 && (t[s - 1] === '+' || (t[s - 1] === '(' && t.slice(s, e).includes(')')));
      spans.push([open ? s - 1 : s, e]);
    }
  }
  spans.push(...regexSpans(t, WECHAT_ID));
  if (opts.loose) spans.push(...nameSpans(t));
  if (!spans.length) return text;

  // Back to the original text; overlapping or touching spans become one mask.
  const orig = spans.map(([s, e]) => [norm.start[s], norm.end[e - 1]] as Span).sort((a, b) => a[0] - b[0]);
  const merged: Span[] = [];
  for (const [s, e] of orig) {
    const prev = merged[merged.length - 1];
    if (prev && s <= prev[1]) prev[1] = Math.max(prev[1], e);
    else merged.push([s, e]);
  }
  let out = '';
  let last = 0;
  for (const [s, e] of merged) {
    out += text.slice(last, s) + MASK;
    last = e;
  }
  return out + text.slice(last);
}

/**
 * Masks the person's own name, phone and WeChat id, then anything mobile-, landline-, ID- or
 * wxid-like and any other run of 7+ digits, then names introduced as such ("我是…", "…来电"),
 * however the digits are disguised (see the top of this file).
 */
export function redact(text: string, p?: KnownPerson | null): string {
  return mask(text, { person: p, loose: true });
}

/**
 * Text of a ticket presented to a viewer who may not see its petitioner (a co-handling unit,
 * a work group, the public): `redact` with the petitioner as the known person — or several: pass
 * the petitioner record and the contact typed into the ticket together. Null stays null.
 */
export function redactForViewer(text: string, petitioner: KnownPeople): string;
export function redactForViewer(text: string | null | undefined, petitioner: KnownPeople): string | null;
export function redactForViewer(text: string | null | undefined, petitioner: KnownPeople): string | null {
  return text == null ? null : mask(text, { person: petitioner, loose: true });
}

/**
 * Masks personal data in a log line: mobiles, landlines, ID numbers and WeChat ids, in any of
 * the disguises. No names are known there, and other digit runs (ids, ports, counts) are kept.
 */
export function redactForLog(text: string): string {
  return mask(text, { loose: false });
}
