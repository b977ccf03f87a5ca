/**
 * Masking of personal data in free text that leaves toward people who must not see it: group
 * chats (WeCom robots, WeChat work and village groups), public Open311 reads, logs. Villagers
 * type their own name and number into complaints ("我是张三，电话138…"), so the complaint text
 * itself carries what the petitioner table keeps apart.
 *
 * Two layers: the petitioner's own known name, phone and WeChat id, wherever they appear; and
 * anything that looks like a phone number, an ID card number or a WeChat id, whoever's it is.
 */

export interface KnownPerson {
  name?: string | null;
  phone?: string | null;
  wechatId?: string | null;
}

export const MASK = '***';

// Mobiles (also written 138-0000-0001, +86 138 0000 0001), landlines with area code, and any long digit run.
const PHONE_LIKE = /(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}|0\d{2,3}-\d{7,8}|\d{7,}/g;
const ID_CARD = /\d{17}[\dXx]/g;
// wxid_… (personal WeChat ids), and the account:contact keys the core stores for WeChat people.
const WECHAT_ID = /wxid_[A-Za-z0-9_-]{3,}/g;
/*
 * Names the system does not know: a hotline caller or an SMS sender is known by number only,
 * yet says "我是王小明" or the agent writes "王小明来电". A Chinese name (2–4 characters) right
 * after a self-introduction cue, or right before 来电/来信 at the start of a clause, is masked
 * when a delimiter follows it. Candidates that read as places or groups (…村, …的, 村民) are left.
 */
const HAN = '[\\u4e00-\\u9fa5·]';
const CUE_BEFORE = new RegExp(`(我是|我叫|本人|联系人|姓名|反映人|举报人|来电人|署名)([:：]?\\s*)(${HAN}{2,4}?)(?=[，,。.；;、\\s（(]|电话|手机|联系|微信|$)`, 'g');
const CUE_AFTER = new RegExp(`(^|[，,。；;\\s（(：:])(${HAN}{2,4}?)(?=来电|来信)`, 'g');
const NOT_A_NAME = /[村乡镇县区市组的民户家们]$|[村乡镇县]/;
const maskNames = (s: string) =>
  s
    .replace(CUE_BEFORE, (all, cue: string, sep: string, name: string) => (NOT_A_NAME.test(name) ? all : `${cue}${sep}${MASK}`))
    .replace(CUE_AFTER, (all, lead: string, name: string) => (NOT_A_NAME.test(name) ? all : `${lead}${MASK}`));

// Ticket numbers (430502-20261020-0001) are not personal and must survive: notices are about them.
const TICKET_NUMBER = /(?<!\d)\d{6}-\d{8}-\d{4,6}(?!\d)/g;

/** Applies `fn` to the text between ticket numbers, leaving the numbers as they are. */
function outsideTicketNumbers(text: string, fn: (s: string) => string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(TICKET_NUMBER)) {
    out += fn(text.slice(last, m.index)) + m[0];
    last = m.index! + m[0].length;
  }
  return out + fn(text.slice(last));
}

/** The forms a known value may take in text: the whole value, and for `<botAccount>:<contactId>` the contact id. */
function variants(p: KnownPerson): string[] {
  const out: string[] = [];
  const phone = p.phone?.replace(/\D/g, '');
  if (p.phone) out.push(p.phone);
  if (phone && phone.length >= 5) out.push(phone);
  if (p.wechatId) {
    out.push(p.wechatId);
    const i = p.wechatId.indexOf(':');
    if (i > 0 && p.wechatId.length - i > 4) out.push(p.wechatId.slice(i + 1));
  }
  if (p.name && p.name.trim().length >= 2) out.push(p.name.trim());
  // Longest first, so a contact id inside the full key is not masked half.
  return [...new Set(out)].sort((a, b) => b.length - a.length);
}

/**
 * Masks the person's own name, phone and WeChat id, then anything phone-, ID- or wxid-like, then
 * names introduced as such ("我是…", "…来电"). Digits written with separators (138-0000-0001,
 * 138 0000 0001) are caught by the pattern.
 */
export function redact(text: string, p?: KnownPerson | null): string {
  const secrets = p ? variants(p) : [];
  return outsideTicketNumbers(text, (part) => {
    let out = part;
    for (const secret of secrets) out = out.split(secret).join(MASK);
    return maskNames(out.replace(ID_CARD, MASK).replace(PHONE_LIKE, MASK).replace(WECHAT_ID, MASK));
  });
}

/** Masks personal data in a log field value: mobiles, ID numbers and WeChat ids (no names are known there). */
export function redactForLog(text: string): string {
  return outsideTicketNumbers(text, (s) => s.replace(ID_CARD, MASK).replace(/(?<!\d)(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?!\d)/g, MASK).replace(WECHAT_ID, MASK));
}
