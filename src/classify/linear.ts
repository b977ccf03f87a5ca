/**
 * The shipped model (model.json, written by `npm run classify:train` from the labelled corpus in
 * test/classify/corpus/): multinomial logistic regression for the category and binary logistic
 * regression for complaint-or-chatter, over the features of features.ts. Loaded once, synchronously,
 * with the module (tsc copies the JSON to dist); a prediction is a sparse dot product.
 */
import type { CategoryCode } from '../vocabulary';
import type { Features } from './features';
import shipped from './model.json';

export interface ModelFile {
  version: 1;
  /** Corpus rows it was trained on and the settings used (for the README figures). */
  trainedOn: { rows: number; corpus: string; l2: number; l2Complaint?: number; l2Accusation?: number; epochs: number };
  classes: CategoryCode[];
  bias: number[];
  /** Feature → weight per class (same order as `classes`); features with negligible weights pruned. */
  weights: Record<string, number[]>;
  complaint: { bias: number; weights: Record<string, number> };
  /** Danger to life or property, learned: a safety net under the emergency rules (rules.ts). */
  emergency?: { bias: number; weights: Record<string, number> };
  /** An accusation against an official, learned apart from the topic (binary): catches the quiet accusations the category model ranks low. */
  accusation?: { bias: number; weights: Record<string, number> };
  /** Overrides classifier.ts MODEL_MISCONDUCT_MIN (the training script's threshold comparisons; never shipped). */
  misconductMin?: number;
  /** Overrides understand.ts COMPLAINT_THRESHOLD (the training script's threshold comparisons; never shipped). */
  complaintMin?: number;
  /** Overrides classifier.ts LEARNED_EMERGENCY_MIN (the training script's threshold comparisons; never shipped). */
  emergencyMin?: number;
  /** Overrides classifier.ts EMERGENCY_COMPLAINT (the training script's threshold comparisons; never shipped). */
  emergencyComplaint?: { complaintAtLeast: number; orEmergencyAtLeast: number; withComplaintAtLeast: number };
  /** Overrides classifier.ts MODEL_MISCONDUCT_SURE (the training script's threshold comparisons; never shipped). */
  misconductSure?: number;
  /** Overrides classifier.ts MODEL_MISCONDUCT_BARE (the training script's threshold comparisons; never shipped). */
  misconductBare?: number;
  /** Overrides classifier.ts ACCUSATION_MIN (the training script's threshold comparisons; never shipped). */
  accusationMin?: number;
  /** Overrides classifier.ts ACCUSATION_BARE (the training script's threshold comparisons; never shipped). */
  accusationBare?: number;
}

export function model(): ModelFile {
  return shipped as unknown as ModelFile;
}

// Feature lookups through a Map: a 1,600-key object literal is a slow dictionary-mode object.
const maps = new WeakMap<ModelFile, { w: Map<string, number[]>; c: Map<string, number>; e: Map<string, number>; a: Map<string, number> }>();
function tables(m: ModelFile) {
  let t = maps.get(m);
  if (!t) {
    t = {
      w: new Map(Object.entries(m.weights)),
      c: new Map(Object.entries(m.complaint.weights)),
      e: new Map(Object.entries(m.emergency?.weights ?? {})),
      a: new Map(Object.entries(m.accusation?.weights ?? {})),
    };
    maps.set(m, t);
  }
  return t;
}

// A message's probabilities are read by more than one decision (the category, the accusation gate,
// the complaint gate); its features are analysed once per text, so they are computed once too.
// Models are never changed in place once built (tables() assumes it as well).
const probs = new WeakMap<Features, { m: ModelFile; category?: readonly number[]; complaint?: number; accusation?: number }>();
function memo(f: Features, m: ModelFile) {
  let e = probs.get(f);
  if (!e || e.m !== m) {
    e = { m };
    probs.set(f, e);
  }
  return e;
}

/** Class probabilities (softmax) for the given model (read-only: shared by the message's decisions). */
export function categoryProbs(f: Features, m: ModelFile = model()): readonly number[] {
  const e = memo(f, m);
  return (e.category ??= categoryProbsOf(f, m));
}

function categoryProbsOf(f: Features, m: ModelFile): number[] {
  const z = m.bias.slice();
  const W = tables(m).w;
  for (const [name, v] of f) {
    const w = W.get(name);
    if (!w) continue;
    for (let k = 0; k < z.length; k++) z[k] += w[k] * v;
  }
  return softmax(z);
}

/** Probability that the text reads as a complaint or request for help (not chatter). */
export function complaintProb(f: Features, m: ModelFile = model()): number {
  const e = memo(f, m);
  return (e.complaint ??= complaintProbOf(f, m));
}

function complaintProbOf(f: Features, m: ModelFile): number {
  return logistic(m.complaint.bias, tables(m).c, f);
}

/** A binary model's probability: the sigmoid of its bias plus the weights of the features present. */
function logistic(bias: number, weights: Map<string, number>, f: Features): number {
  let z = bias;
  for (const [name, v] of f) z += (weights.get(name) ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}

/** Probability that the text reports danger to life or property now (0 for a model without one). */
export function emergencyProb(f: Features, m: ModelFile = model()): number {
  return m.emergency ? logistic(m.emergency.bias, tables(m).e, f) : 0;
}

/** Probability that the text accuses an official or public employee (0 for a model without the accusation model). */
export function accusationProb(f: Features, m: ModelFile = model()): number {
  if (!m.accusation) return 0;
  const e = memo(f, m);
  return (e.accusation ??= logistic(m.accusation.bias, tables(m).a, f));
}

/** The features that pushed class k up the most (for `matched`). */
export function topFeatures(f: Features, k: number, n: number, m: ModelFile = model()): string[] {
  const contrib: [string, number][] = [];
  const W = tables(m).w;
  for (const [name, v] of f) {
    const w = W.get(name);
    if (w && w[k] * v > 0) contrib.push([name, w[k] * v]);
  }
  return contrib
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name]) => name);
}

export function softmax(z: number[]): number[] {
  const max = Math.max(...z);
  const e = z.map((x) => Math.exp(x - max));
  const s = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / s);
}
