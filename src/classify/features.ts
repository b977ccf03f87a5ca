/**
 * What the learned model sees of a text: jieba words, character bigrams (robust to segmentation
 * slips, typos and homophones such as 低宝/医宝, which share a character with the right word), the
 * curated lexicon's per-category scores, and the rules' verdicts. Shared by the training script and
 * inference so the two can never disagree.
 */
import { MISCONDUCT_OFFICIALS } from './categories';
import { CATEGORY_CODES } from '../vocabulary';
import { cut, KeywordScores, keywordScores, misconductTrigger, normalize, tokens } from './keywords';
import { chatterForm, compact, emergencyReasons, namesProblem, softCues } from './rules';

export type Features = Map<string, number>;

const NOT_OFFICIALS = /班主任|主任医师|科主任|社区医生/g;
const LEAD_IN = /^\s*(?:[@＠]\S+\s*)*(?:#?诉求|我要反映|我要投诉|我要举报|我要求助|反映一下|反映个事|反映个问题|反映|投诉|求助|举报|报修)?[\s:：,，、.。!！]*/;

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
export function analyse(text: string): Analysis {
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
  const cleaned = norm.replace(NOT_OFFICIALS, '');
  if (MISCONDUCT_OFFICIALS.some((w) => cleaned.includes(w))) f.set('r:official', 1);
  const emergency = emergencyReasons(norm);
  for (const r of emergency) f.set(`r:emergency:${r}`, 1);
  const chat = chatterForm(norm);
  if (chat.chatter) f.set(`r:chatter:${chat.reason}`, 1);
  if (namesProblem(norm)) f.set('r:problem', 1);
  for (const cue of softCues(norm)) f.set(`r:cue:${cue}`, 1);
  if (chars.length <= 6) f.set('r:short', 1);
  return { norm, features: f, keywords, accused, emergency, chatter: chat.chatter ? chat.reason : null };
}
