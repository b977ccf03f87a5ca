/**
 * Corpus figures, one definition for the training script's cross-validation, the bench and the
 * tests: category accuracy, emergency recall, misconduct recall and false-misconduct rate, chatter
 * filed, complaint accuracy.
 */
import fs from 'node:fs';
import { z } from 'zod';
import { CATEGORY_CODES, URGENCIES } from '../vocabulary';
import type { ModelFile } from './linear';
import { Understanding, understandWith } from './understand';
import { model } from './linear';

export const CorpusRow = z.object({
  text: z.string().min(1),
  category: z.enum(CATEGORY_CODES),
  urgency: z.enum(URGENCIES),
  complaint: z.boolean(),
  place: z.string().nullable(),
  channel: z.enum(['group', 'private', 'hotline', 'sms']),
});
export type CorpusRow = z.infer<typeof CorpusRow>;

/** Reads a JSONL corpus file; a bad line is an error naming the file and line. */
export function readCorpus(file: string): CorpusRow[] {
  const out: CorpusRow[] = [];
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      const r = CorpusRow.safeParse(JSON.parse(line));
      if (!r.success) throw new Error(`${file}:${i + 1}: ${r.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
      out.push(r.data);
    });
  return out;
}

export interface Miss {
  text: string;
  kind: 'category' | 'emergency' | 'false_emergency' | 'misconduct' | 'false_misconduct' | 'chatter_filed' | 'complaint_dropped';
  expected: string;
  got: string;
}

export interface Figures {
  rows: number;
  /** Category accuracy over complaints (chatter has no category to get right). */
  category: { right: number; of: number; rate: number };
  emergencyRecall: { right: number; of: number; rate: number };
  /** Non-emergencies flagged emergency, over all non-emergencies. */
  falseEmergency: { wrong: number; of: number; rate: number };
  misconductRecall: { right: number; of: number; rate: number };
  /** Misconduct predicted for a row that is not misconduct, over all rows predicted misconduct. */
  falseMisconduct: { wrong: number; of: number; rate: number };
  /** Chatter rows that read as a complaint (target 0). */
  chatterFiled: { wrong: number; of: number };
  /** Complaints that read as chatter (they would be dropped in a group). */
  complaintDropped: { wrong: number; of: number };
  misses: Miss[];
}

const ratio = (a: number, b: number) => (b ? a / b : 1);

export function evaluate(rows: CorpusRow[], m: ModelFile = model(), understandFn: (text: string, m: ModelFile) => Understanding = understandWith): Figures {
  const misses: Miss[] = [];
  let catRight = 0,
    catOf = 0,
    emRight = 0,
    emOf = 0,
    emFalse = 0,
    nonEm = 0;
  let miRight = 0,
    miOf = 0,
    miPred = 0,
    miFalse = 0,
    chatOf = 0,
    chatFiled = 0,
    compOf = 0,
    compDropped = 0;
  for (const r of rows) {
    const u = understandFn(r.text, m);
    if (r.complaint) {
      catOf++;
      compOf++;
      if (u.category === r.category) catRight++;
      else misses.push({ text: r.text, kind: 'category', expected: r.category, got: u.category });
      if (!u.complaint) {
        compDropped++;
        misses.push({ text: r.text, kind: 'complaint_dropped', expected: 'complaint', got: 'chatter' });
      }
    } else {
      chatOf++;
      if (u.complaint) {
        chatFiled++;
        misses.push({ text: r.text, kind: 'chatter_filed', expected: 'chatter', got: u.category });
      }
    }
    if (r.urgency === 'emergency') {
      emOf++;
      if (u.emergency) emRight++;
      else misses.push({ text: r.text, kind: 'emergency', expected: 'emergency', got: u.urgency });
    } else {
      nonEm++;
      if (u.emergency) {
        emFalse++;
        misses.push({ text: r.text, kind: 'false_emergency', expected: r.urgency, got: 'emergency' });
      }
    }
    if (r.category === 'misconduct') {
      miOf++;
      if (u.misconduct) miRight++;
      else misses.push({ text: r.text, kind: 'misconduct', expected: 'misconduct', got: u.category });
    }
    if (u.misconduct) {
      miPred++;
      if (r.category !== 'misconduct') {
        miFalse++;
        misses.push({ text: r.text, kind: 'false_misconduct', expected: r.category, got: 'misconduct' });
      }
    }
  }
  return {
    rows: rows.length,
    category: { right: catRight, of: catOf, rate: ratio(catRight, catOf) },
    emergencyRecall: { right: emRight, of: emOf, rate: ratio(emRight, emOf) },
    falseEmergency: { wrong: emFalse, of: nonEm, rate: nonEm ? emFalse / nonEm : 0 },
    misconductRecall: { right: miRight, of: miOf, rate: ratio(miRight, miOf) },
    falseMisconduct: { wrong: miFalse, of: miPred, rate: miPred ? miFalse / miPred : 0 },
    chatterFiled: { wrong: chatFiled, of: chatOf },
    complaintDropped: { wrong: compDropped, of: compOf },
    misses,
  };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

/** One line per figure, as printed by the bench and the training script. */
export function describe(f: Figures): string[] {
  return [
    `category            ${pct(f.category.rate)}  (${f.category.right}/${f.category.of} complaints)`,
    `emergency recall    ${pct(f.emergencyRecall.rate)}  (${f.emergencyRecall.right}/${f.emergencyRecall.of}); false emergencies ${f.falseEmergency.wrong}/${f.falseEmergency.of}`,
    `misconduct recall   ${pct(f.misconductRecall.rate)}  (${f.misconductRecall.right}/${f.misconductRecall.of}); false misconduct ${pct(f.falseMisconduct.rate)} (${f.falseMisconduct.wrong}/${f.falseMisconduct.of} flagged)`,
    `chatter filed       ${f.chatterFiled.wrong}/${f.chatterFiled.of}; complaints read as chatter ${f.complaintDropped.wrong}/${f.complaintDropped.of}`,
  ];
}
