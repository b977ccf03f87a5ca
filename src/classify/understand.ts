/**
 * What a message means for the petition office: category, urgency, whether it is an emergency or
 * an accusation against an official, and whether it reads as a complaint at all (the group gate).
 */
import type { CategoryCode, Urgency } from '../vocabulary';
import { classify, detectUrgency, misconductTrigger } from './classifier';
import { chatterForm, emergencyReasons, namesProblem } from './rules';

export interface Understanding {
  category: CategoryCode;
  /** 0..1, the category's. */
  confidence: number;
  urgency: Urgency;
  /** Danger to life or property: the 2-hour clock, the township head told at once, 110/119/120 named. */
  emergency: boolean;
  /** An accusation against an official or cadre: the discipline commission's, never the accused's. */
  misconduct: boolean;
  /** Reads as a complaint or a request for help to the authorities (false for chatter). */
  complaint: boolean;
  /** Words or rule names that decided it (for staff and tests; never shown in a group). */
  matched: string[];
}

export function understand(text: string): Understanding {
  const c = classify(text ?? '');
  const reasons = emergencyReasons(text ?? '');
  const emergency = reasons.length > 0;
  const accused = misconductTrigger(text ?? '') !== null;
  const chatter = !emergency && !accused && !complaintByForm(text ?? '', c.category);
  // Chatter is never an accusation: "谢谢陈叔的红包" scores 红包 but accuses nobody.
  const category: CategoryCode = chatter && c.category === 'misconduct' ? 'other' : c.category;
  const misconduct = category === 'misconduct';
  const urgency = emergency ? 'emergency' : detectUrgency(text ?? '', category);
  const complaint = !chatter;
  return {
    category,
    confidence: c.confidence,
    urgency,
    emergency,
    misconduct,
    complaint,
    matched: [...reasons.map((r) => `emergency:${r}`), ...c.matched],
  };
}

function complaintByForm(text: string, category: CategoryCode): boolean {
  if (chatterForm(text).chatter) return false;
  if (category !== 'other') return true;
  return namesProblem(text);
}

/**
 * The group gate: true when the message reads as a complaint or a request for help to the
 * authorities. A trigger word is not enough ("投诉有啥用哦", "举报电话12388"); an emergency or an
 * accusation always is.
 */
export function readsAsComplaint(text: string): boolean {
  if (emergencyReasons(text).length) return true;
  if (misconductTrigger(text)) return true;
  return complaintByForm(text, classify(text).category);
}
