/**
 * The shipped model (model.json, written by `npm run classify:train` from the labelled corpus in
 * test/classify/corpus/): a small neural network with one shared hidden layer over the features of
 * features.ts, whose three heads read the category (softmax), complaint-or-chatter and an accusation
 * against an official (sigmoids), and a binary logistic regression for emergencies (a safety net
 * under the rules, kept linear and apart: it must not see the rules' verdicts). Loaded once,
 * synchronously, with the module (tsc copies the JSON to dist); a prediction is a sparse product
 * into 32 hidden units, then three small dense ones.
 */
import type { CategoryCode } from '../vocabulary';
import type { Features } from './features';
import shipped from './model.json';

/** The shared network as stored: first-layer rows as int8 with a scale per feature (a quarter of float32's size). */
export interface NetworkFile {
  /** Feature names, in the order of the first layer's rows. */
  features: string[];
  hidden: number;
  /** Per feature: its row's int8 values times this are its weights. */
  scale: number[];
  /** base64 of features.length × hidden int8 values, row by row. */
  w1: string;
  b1: number[];
  /** hidden × classes, row by row. */
  category: { w: number[]; b: number[] };
  complaint: { w: number[]; b: number };
  accusation: { w: number[]; b: number };
}

export interface ModelFile {
  version: 2;
  /** Corpus rows it was trained on and the settings used (for the README figures). */
  trainedOn: { rows: number; corpus: string; hidden: number; epochs: number; seed: number; l2Emergency: number };
  classes: CategoryCode[];
  network: NetworkFile;
  /** Danger to life or property, learned: a safety net under the emergency rules (rules.ts). */
  emergency?: { bias: number; weights: Record<string, number> };
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
  /** Overrides classifier.ts UNSURE_BELOW (the training script's threshold comparisons; never shipped). */
  unsureBelow?: number;
  /** Overrides classifier.ts ACCUSATION_BARE (the training script's threshold comparisons; never shipped). */
  accusationBare?: number;
}

export function model(): ModelFile {
  return shipped as unknown as ModelFile;
}

interface Tables {
  row: Map<string, number>;
  w1: Int8Array;
  scale: Float64Array;
  e: Map<string, number>;
}
// Decoded once per model; models are never changed in place once built.
const maps = new WeakMap<ModelFile, Tables>();
function tables(m: ModelFile): Tables {
  let t = maps.get(m);
  if (!t) {
    const n = m.network;
    const bytes = Buffer.from(n.w1, 'base64');
    t = {
      row: new Map(n.features.map((name, i) => [name, i])),
      w1: new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length),
      scale: Float64Array.from(n.scale),
      e: new Map(Object.entries(m.emergency?.weights ?? {})),
    };
    maps.set(m, t);
  }
  return t;
}

// A message's readings are asked by more than one decision (the category, the accusation gate, the
// complaint gate); its features are analysed once per text, so the hidden layer is computed once too.
const memos = new WeakMap<Features, { m: ModelFile; hidden: Float64Array; category?: readonly number[] }>();
function hiddenOf(f: Features, m: ModelFile) {
  let e = memos.get(f);
  if (!e || e.m !== m) {
    const n = m.network;
    const t = tables(m);
    const H = n.hidden;
    const h = Float64Array.from(n.b1);
    for (const [name, v] of f) {
      const i = t.row.get(name);
      if (i === undefined) continue;
      const s = t.scale[i] * v;
      const off = i * H;
      for (let k = 0; k < H; k++) h[k] += t.w1[off + k] * s;
    }
    for (let k = 0; k < H; k++) if (h[k] < 0) h[k] = 0;
    e = { m, hidden: h };
    memos.set(f, e);
  }
  return e;
}

/** Class probabilities (softmax) for the given model (read-only: shared by the message's decisions). */
export function categoryProbs(f: Features, m: ModelFile = model()): readonly number[] {
  const e = hiddenOf(f, m);
  if (!e.category) {
    const { w, b } = m.network.category;
    const K = b.length;
    const z = b.slice();
    for (let k = 0; k < e.hidden.length; k++) {
      const hk = e.hidden[k];
      if (hk) for (let c = 0; c < K; c++) z[c] += hk * w[k * K + c];
    }
    e.category = softmax(z);
  }
  return e.category;
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** A sigmoid head of the network on a message's hidden layer. */
function head(hidden: Float64Array, w: number[], b: number): number {
  let z = b;
  for (let k = 0; k < hidden.length; k++) z += hidden[k] * w[k];
  return sigmoid(z);
}

/** Probability that the text reads as a complaint or request for help (not chatter). */
export function complaintProb(f: Features, m: ModelFile = model()): number {
  const { w, b } = m.network.complaint;
  return head(hiddenOf(f, m).hidden, w, b);
}

/** A binary model's probability: the sigmoid of its bias plus the weights of the features present. */
function logistic(bias: number, weights: Map<string, number>, f: Features): number {
  let z = bias;
  for (const [name, v] of f) z += (weights.get(name) ?? 0) * v;
  return sigmoid(z);
}

/** Probability that the text reports danger to life or property now (0 for a model without one). */
export function emergencyProb(f: Features, m: ModelFile = model()): number {
  return m.emergency ? logistic(m.emergency.bias, tables(m).e, f) : 0;
}

/** Probability that the text accuses an official or public employee. */
export function accusationProb(f: Features, m: ModelFile = model()): number {
  const { w, b } = m.network.accusation;
  return head(hiddenOf(f, m).hidden, w, b);
}

/**
 * The features that pushed class k up the most (for `matched`): each feature's share of class k's
 * score through the hidden units the message switched on (exact there: the network is linear in a
 * feature while its active units stay active).
 */
export function topFeatures(f: Features, k: number, n: number, m: ModelFile = model()): string[] {
  const net = m.network;
  const t = tables(m);
  const H = net.hidden;
  const K = net.category.b.length;
  const h = hiddenOf(f, m).hidden;
  // Each active unit's weight toward class k (0 for the units the message left off), read once per message.
  const toK = Float64Array.from(h, (hj, j) => (hj ? net.category.w[j * K + k] : 0));
  const contrib: [string, number][] = [];
  for (const [name, v] of f) {
    const i = t.row.get(name);
    if (i === undefined) continue;
    let c = 0;
    for (let j = 0; j < H; j++) c += t.w1[i * H + j] * toK[j];
    c *= t.scale[i] * v;
    if (c > 0) contrib.push([name, c]);
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
