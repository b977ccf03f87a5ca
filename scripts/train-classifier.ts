/**
 * `npm run classify:train [-- --folds 5] [-- --no-write] [-- --by-split [--misconduct-min 0.3,0.5] [--misconduct-bare 0.2,0.3]]`: trains the shipped classifier
 * (src/classify/model.json) from the labelled corpus test/classify/corpus/train*.jsonl (plus
 * dev.jsonl to dev80.jsonl — the first eight holdouts and further writers' splits (dev16 is kept for
 * writer J's split when it is folded in; dev21, dev22, dev27, dev32, dev35, dev50, dev62, dev67 and dev74 are the earlier holdout9, holdout22, holdout23, holdout24, holdout25, holdout26, holdout27, holdout28 and holdout29, two
 * writers each; dev23–26 and dev28–31 are four writers each of rounds 23 and 24, dev33–34 two of round 25, dev36–41 six of round 26
 * (each written for kinds the model missed: terse complaints, quiet accusations, emergencies and their look-alikes, the group gate),
 * dev51–61 eleven of round 27 (the same kinds again in new voices, notices and replies in groups, the boundaries between offices,
 * long messages), dev62 the earlier holdout27 and dev63–66 four of round 28 (holdout27's misses as kinds), dev67 the earlier
 * holdout28 and dev68–73 six of round 29 (holdout28's misses as kinds, a hotline's day, town 社区 groups), dev74 the earlier
 * holdout29 and dev75–80 six of round 30 (accusations with no title, terse outages, debts and family, questions, deep winter,
 * grievances told sideways),
 * folded in after their untuned measure, never a holdout), each folded in after its untuned run — and corrections*.jsonl
 * there, when present), after printing k-fold
 * cross-validated figures. The untuned holdout split (holdout30.jsonl) is never read here: it is
 * only evaluated, by the bench and the corpus test.
 *
 * Model: multinomial logistic regression (category) and binary logistic regressions (complaint or
 * chatter; emergency, a safety net under the rules; accusation, an official accused whatever the matter) over the sparse features of
 * src/classify/features.ts, L2-regularised, full-batch Adam.
 * Deterministic: same corpus, same model.
 */
import fs from 'node:fs';
import path from 'node:path';
import { features, Features } from '../src/classify/features';
import { CorpusRow, describe, evaluate, readCorpus } from '../src/classify/evaluate';
import type { ModelFile } from '../src/classify/linear';
import { CATEGORY_CODES } from '../src/vocabulary';

const ROOT = path.resolve(__dirname, '..');
const CORPUS_DIR = path.join(ROOT, 'test/classify/corpus');
const OUT = path.join(ROOT, 'src/classify/model.json');

export interface TrainOptions {
  /** L2 penalty of the category model. */
  l2: number;
  /** L2 penalty of the complaint-or-chatter model: stronger, since a chatter line filed is the costlier miss. */
  l2Complaint: number;
  /** L2 penalty of the accusation model (binary: an accusation against an official or not). */
  l2Accusation: number;
  epochs: number;
  lr: number;
  /** Words and bigrams seen in fewer training rows are dropped (noise, names, phone digits). */
  minCount: number;
  /** Weights smaller than this (all classes) are pruned from the shipped file. */
  prune: number;
  /** Feature families (name prefixes, e.g. 'k:' the lexicon's scores) left out of the model: ablations. */
  exclude: string[];
  /** Category rows weighted by (mean class size / class size) ** classBalance: 0 none, 1 fully balanced. */
  classBalance: number;
  /** Complaint model over naive-Bayes log-count-ratio scaled features (NB-LR, Wang & Manning 2012); folded into the weights. */
  nbComplaint: boolean;
}

// l2 0.00025 (was 0.0005) chosen by leave-one-split-out over dev … dev11 with the round's rules before
// holdout9–11's (model-only misconduct threshold 0.5): 90.8% of categories, 600 of 647 accusations,
// 16 false flags vs 90.5%, 599, 15 at 0.0005, no more chatter filed. 0.0001 scored 91.0%, 601, 19 but
// grew overconfident on an official beside a plain errand (我儿子上学的事找村主任盖章 → misconduct 0.85).
export const DEFAULTS: TrainOptions = {
  l2: 0.00025,
  l2Complaint: 0.001,
  l2Accusation: 0.0003,
  epochs: 300,
  lr: 0.05,
  minCount: 2,
  prune: 0.08,
  exclude: [],
  classBalance: 0,
  nbComplaint: false,
};

interface Example {
  f: Features;
  y: number;
  complaint: number;
}

export function trainingFiles(): string[] {
  return fs
    .readdirSync(CORPUS_DIR)
    .filter((f) => /^train\d*\.jsonl$/.test(f) || /^dev\d*\.jsonl$/.test(f) || /^corrections.*\.jsonl$/.test(f))
    .sort()
    .map((f) => path.join(CORPUS_DIR, f));
}

export function train(rows: CorpusRow[], opts: TrainOptions = DEFAULTS, precomputed?: Map<string, Features>): ModelFile {
  const classes = [...CATEGORY_CODES];
  const K = classes.length;
  const ex: Example[] = rows.map((r) => ({
    f: precomputed?.get(r.text) ?? features(r.text),
    y: classes.indexOf(r.category),
    complaint: r.complaint ? 1 : 0,
  }));
  // Vocabulary: lexicon and rule features always; words and bigrams seen in minCount+ rows.
  const df = new Map<string, number>();
  for (const e of ex) for (const name of e.f.keys()) df.set(name, (df.get(name) ?? 0) + 1);
  const names = [...df.entries()]
    .filter(([n]) => !opts.exclude.some((p) => n.startsWith(p)))
    .filter(([n, c]) => n.startsWith('k:') || n.startsWith('r:') || n.startsWith('c:') || c >= opts.minCount)
    .map(([n]) => n)
    .sort();
  const index = new Map(names.map((n, i) => [n, i]));
  const X = ex.map((e) => {
    const idx: number[] = [];
    const val: number[] = [];
    for (const [n, v] of e.f) {
      const i = index.get(n);
      if (i !== undefined) {
        idx.push(i);
        val.push(v);
      }
    }
    return { idx, val };
  });
  const F = names.length;

  // --- category: softmax regression. Only complaints teach categories; chatter is labelled 'other'
  // but its wording says nothing about what a real 'other' complaint looks like.
  const catRows = ex.map((e, i) => i).filter((i) => rows[i].complaint);
  const perClass = new Array(K).fill(0);
  for (const i of catRows) perClass[ex[i].y]++;
  const rowWeight = perClass.map((n) => (n ? (catRows.length / K / n) ** opts.classBalance : 0));
  let weightSum = 0;
  for (const i of catRows) weightSum += rowWeight[ex[i].y];
  const W = new Float64Array(F * K);
  const b = new Float64Array(K);
  adam(
    F * K + K,
    opts,
    (grad) => {
      const gW = grad.subarray(0, F * K);
      const gb = grad.subarray(F * K);
      const z = new Float64Array(K);
      for (const i of catRows) {
        const { idx, val } = X[i];
        z.set(b);
        for (let j = 0; j < idx.length; j++) for (let k = 0; k < K; k++) z[k] += W[idx[j] * K + k] * val[j];
        let max = -Infinity;
        for (let k = 0; k < K; k++) max = Math.max(max, z[k]);
        let s = 0;
        for (let k = 0; k < K; k++) s += z[k] = Math.exp(z[k] - max);
        for (let k = 0; k < K; k++) {
          const d = ((z[k] / s - (k === ex[i].y ? 1 : 0)) * rowWeight[ex[i].y]) / weightSum;
          gb[k] += d;
          for (let j = 0; j < idx.length; j++) gW[idx[j] * K + k] += d * val[j];
        }
      }
      for (let q = 0; q < F * K; q++) gW[q] += opts.l2 * W[q];
    },
    (step) => {
      for (let q = 0; q < F * K; q++) W[q] -= step[q];
      for (let k = 0; k < K; k++) b[k] -= step[F * K + k];
    },
  );

  // --- complaint or chatter: binary logistic regression, chatter rows weighted up to balance the
  // classes: the target is that chatter is never filed. (Weighting by the square root of the
  // imbalance reads fewer complaints as chatter, 5 vs 14 of 744 cross-validated, but files 2 of 123
  // chatter lines.)
  const yc = ex.map((e) => e.complaint);
  const nb = opts.nbComplaint ? nbRatios(X, F, yc) : null;
  const [V, c0] = binary(nb ? X.map(({ idx, val }) => ({ idx, val: val.map((v, j) => v * nb[idx[j]]) })) : X, F, yc, 'balanced', opts.l2Complaint, opts);
  if (nb) for (let q = 0; q < F; q++) V[q] *= nb[q];

  // --- emergency: a learned safety net under the rules (rules.ts), which stay the primary verdict.
  // Emergencies weighted up to balance the classes; the threshold (understand.ts) is set low for recall.
  // It does not see the rules' verdicts (r:emergency:*, x:*): an independent reading is what can
  // catch the wordings the rules miss.
  const ruleFree = names.map((n) => !n.startsWith('r:emergency:') && !n.startsWith('x:'));
  const [E, e0] = binary(
    X,
    F,
    ex.map((_, i) => (rows[i].urgency === 'emergency' ? 1 : 0)),
    'minority',
    opts.l2Complaint,
    opts,
    ruleFree,
  );

  // --- accusation: is an official accused, whatever the matter? The category model must spread a
  // quiet accusation's probability over its topic (a benefit, a house, a road) and misconduct; a binary
  // model learns the accusation's own signs apart from the topic, from every row (chatter included),
  // with accusations weighted up to balance the classes.
  const [A, a0] = binary(
    X,
    F,
    ex.map((_, i) => (rows[i].complaint && rows[i].category === 'misconduct' ? 1 : 0)),
    'minority',
    opts.l2Accusation,
    opts,
  );

  // Two decimals: finer weights change no prediction on the corpus and double the file.
  const r3 = (x: number) => Math.round(x * 100) / 100;
  const weights: Record<string, number[]> = {};
  const cw: Record<string, number> = {};
  const ew: Record<string, number> = {};
  const aw: Record<string, number> = {};
  names.forEach((n, i) => {
    const w = Array.from(W.subarray(i * K, i * K + K));
    if (Math.max(...w.map(Math.abs)) >= opts.prune) weights[n] = w.map(r3);
    if (Math.abs(V[i]) >= opts.prune) cw[n] = r3(V[i]);
    if (Math.abs(E[i]) >= opts.prune) ew[n] = r3(E[i]);
    if (Math.abs(A[i]) >= opts.prune) aw[n] = r3(A[i]);
  });
  return {
    version: 1,
    trainedOn: {
      rows: rows.length,
      corpus: 'test/classify/corpus',
      l2: opts.l2,
      l2Complaint: opts.l2Complaint,
      l2Accusation: opts.l2Accusation,
      epochs: opts.epochs,
    },
    classes,
    bias: Array.from(b).map(r3),
    weights,
    complaint: { bias: r3(c0), weights: cw },
    emergency: { bias: r3(e0), weights: ew },
    accusation: { bias: r3(a0), weights: aw },
  };
}

/** Naive-Bayes log-count ratios per feature (smoothed by 1): how much more often it comes with y = 1. */
function nbRatios(X: { idx: number[]; val: number[] }[], F: number, y: number[]): Float64Array {
  const p = new Float64Array(F).fill(1);
  const q = new Float64Array(F).fill(1);
  for (let i = 0; i < X.length; i++) {
    const into = y[i] ? p : q;
    X[i].idx.forEach((f, j) => {
      into[f] += Math.abs(X[i].val[j]);
    });
  }
  let sp = 0,
    sq = 0;
  for (let f = 0; f < F; f++) (sp += p[f]), (sq += q[f]);
  const r = new Float64Array(F);
  for (let f = 0; f < F; f++) r[f] = Math.log(p[f] / sp / (q[f] / sq));
  return r;
}

/**
 * Binary logistic regression (full-batch Adam, L2). 'balanced' weights the negatives up to the
 * positives' total (chatter vs complaints: the target is that chatter is never filed); 'minority'
 * weights the (rare) positives up to the negatives' total.
 */
function binary(
  X: { idx: number[]; val: number[] }[],
  F: number,
  y: number[],
  weighting: 'balanced' | 'minority',
  l2: number,
  opts: TrainOptions,
  use?: boolean[],
): [Float64Array, number] {
  const N = y.length;
  const pos = y.filter((v) => v).length;
  const negWeight = weighting === 'balanced' ? pos / Math.max(1, N - pos) : 1;
  const posWeight = weighting === 'minority' ? (N - pos) / Math.max(1, pos) : 1;
  const V = new Float64Array(F);
  let c0 = 0;
  let wsum = 0;
  for (let i = 0; i < N; i++) wsum += y[i] ? posWeight : negWeight;
  adam(
    F + 1,
    opts,
    (grad) => {
      for (let i = 0; i < N; i++) {
        const { idx, val } = X[i];
        let z = c0;
        for (let j = 0; j < idx.length; j++) z += V[idx[j]] * val[j];
        const p = 1 / (1 + Math.exp(-z));
        const d = ((p - y[i]) * (y[i] ? posWeight : negWeight)) / wsum;
        grad[F] += d;
        for (let j = 0; j < idx.length; j++) grad[idx[j]] += d * val[j];
      }
      for (let q = 0; q < F; q++) grad[q] += l2 * V[q];
    },
    (step) => {
      for (let q = 0; q < F; q++) if (!use || use[q]) V[q] -= step[q];
      c0 -= step[F];
    },
  );
  return [V, c0];
}

/** Full-batch Adam: `grad` fills the (zeroed) gradient, `apply` subtracts the step. */
function adam(n: number, opts: TrainOptions, grad: (g: Float64Array) => void, apply: (step: Float64Array) => void) {
  const m = new Float64Array(n);
  const v = new Float64Array(n);
  const g = new Float64Array(n);
  const step = new Float64Array(n);
  const b1 = 0.9,
    b2 = 0.999,
    eps = 1e-8;
  for (let t = 1; t <= opts.epochs; t++) {
    g.fill(0);
    grad(g);
    const c1 = 1 - b1 ** t,
      c2 = 1 - b2 ** t;
    for (let q = 0; q < n; q++) {
      m[q] = b1 * m[q] + (1 - b1) * g[q];
      v[q] = b2 * v[q] + (1 - b2) * g[q] * g[q];
      step[q] = (opts.lr * (m[q] / c1)) / (Math.sqrt(v[q] / c2) + eps);
    }
    apply(step);
  }
}

/** Deterministic shuffle (mulberry32), so folds and figures are reproducible. */
function shuffled<T>(xs: T[], seed: number): T[] {
  const out = xs.slice();
  let a = seed >>> 0;
  const rnd = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** k-fold cross-validation: every row is predicted by a model that never saw it. */
export function crossValidate(rows: CorpusRow[], folds: number, opts: TrainOptions = DEFAULTS) {
  const pre = new Map(rows.map((r) => [r.text, features(r.text)]));
  const order = shuffled(rows, 20261130);
  const predicted: CorpusRow[][] = [];
  const models: ModelFile[] = [];
  for (let k = 0; k < folds; k++) {
    const test = order.filter((_, i) => i % folds === k);
    const trainRows = order.filter((_, i) => i % folds !== k);
    models.push(train(trainRows, opts, pre));
    predicted.push(test);
  }
  // Evaluate each fold with its own model, then pool the counts.
  const parts = predicted.map((test, k) => evaluate(test, models[k]));
  return pool(parts);
}

function pool(parts: ReturnType<typeof evaluate>[]): ReturnType<typeof evaluate> {
  const sum = (f: (p: ReturnType<typeof evaluate>) => number) => parts.reduce((s, p) => s + f(p), 0);
  const rate = (a: number, b: number) => (b ? a / b : 1);
  const catR = sum((p) => p.category.right),
    catO = sum((p) => p.category.of);
  const emR = sum((p) => p.emergencyRecall.right),
    emO = sum((p) => p.emergencyRecall.of);
  const emF = sum((p) => p.falseEmergency.wrong),
    emN = sum((p) => p.falseEmergency.of);
  const miR = sum((p) => p.misconductRecall.right),
    miO = sum((p) => p.misconductRecall.of);
  const miF = sum((p) => p.falseMisconduct.wrong),
    miP = sum((p) => p.falseMisconduct.of);
  return {
    rows: sum((p) => p.rows),
    category: { right: catR, of: catO, rate: rate(catR, catO) },
    emergencyRecall: { right: emR, of: emO, rate: rate(emR, emO) },
    falseEmergency: { wrong: emF, of: emN, rate: emN ? emF / emN : 0 },
    misconductRecall: { right: miR, of: miO, rate: rate(miR, miO) },
    falseMisconduct: { wrong: miF, of: miP, rate: miP ? miF / miP : 0 },
    chatterFiled: { wrong: sum((p) => p.chatterFiled.wrong), of: sum((p) => p.chatterFiled.of) },
    complaintDropped: { wrong: sum((p) => p.complaintDropped.wrong), of: sum((p) => p.complaintDropped.of) },
    misses: parts.flatMap((p) => p.misses),
  };
}

/**
 * Leave-one-split-out: each dev*.jsonl was written and labelled by a different independent writer,
 * so "train on every other row, evaluate devN" approximates a new writer's messages far better than
 * k-fold CV, whose folds share each writer's habits. Still optimistic for the rules (they were
 * written with these splits in view); a fair measure for the learned parts and the thresholds.
 * `variants` evaluates each split's model under other settings (e.g. another misconduct threshold)
 * without retraining.
 */
export function bySplit(
  files: string[],
  opts: TrainOptions = DEFAULTS,
  variants: Record<string, Partial<ModelFile>> = { shipped: {} },
): { split: string; figures: Record<string, ReturnType<typeof evaluate>> }[] & { pooled: Record<string, ReturnType<typeof evaluate>> } {
  const bySplitRows = files.map((f) => ({ split: path.basename(f, '.jsonl'), rows: readCorpus(f) }));
  const all = bySplitRows.flatMap((s) => s.rows);
  const pre = new Map(all.map((r) => [r.text, features(r.text)]));
  const out: { split: string; figures: Record<string, ReturnType<typeof evaluate>> }[] = [];
  for (const held of bySplitRows.filter((s) => /^dev\d*$/.test(s.split))) {
    const m = train(
      bySplitRows.filter((s) => s !== held).flatMap((s) => s.rows),
      opts,
      pre,
    );
    const figures: Record<string, ReturnType<typeof evaluate>> = {};
    for (const [name, v] of Object.entries(variants)) figures[name] = evaluate(held.rows, { ...m, ...v });
    out.push({ split: held.split, figures });
  }
  const pooled: Record<string, ReturnType<typeof evaluate>> = {};
  for (const name of Object.keys(variants)) pooled[name] = pool(out.map((o) => o.figures[name]));
  return Object.assign(out, { pooled });
}

function main() {
  const argv = process.argv.slice(2);
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const folds = Number(arg('--folds') ?? 5);
  const opts: TrainOptions = {
    ...DEFAULTS,
    ...(arg('--l2') ? { l2: Number(arg('--l2')) } : {}),
    ...(arg('--l2-complaint') ? { l2Complaint: Number(arg('--l2-complaint')) } : {}),
    ...(arg('--l2-accusation') ? { l2Accusation: Number(arg('--l2-accusation')) } : {}),
    ...(arg('--epochs') ? { epochs: Number(arg('--epochs')) } : {}),
    ...(arg('--min-count') ? { minCount: Number(arg('--min-count')) } : {}),
    ...(arg('--prune') ? { prune: Number(arg('--prune')) } : {}),
    ...(arg('--class-balance') ? { classBalance: Number(arg('--class-balance')) } : {}),
    ...(argv.includes('--nb-complaint') ? { nbComplaint: true } : {}),
    ...(arg('--exclude') !== undefined ? { exclude: (arg('--exclude') ?? '').split(',').filter(Boolean) } : {}),
  };
  const files = trainingFiles();
  const rows = files.flatMap(readCorpus);
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.text)) throw new Error(`duplicate corpus text: ${r.text}`);
    seen.add(r.text);
  }
  console.log(`corpus: ${rows.length} rows from ${files.map((f) => path.relative(ROOT, f)).join(', ')}`);
  if (folds > 1) {
    const t0 = Date.now();
    const cv = crossValidate(rows, folds, opts);
    console.log(`${folds}-fold cross-validation (${((Date.now() - t0) / 1000).toFixed(1)} s):`);
    for (const line of describe(cv)) console.log(`  ${line}`);
    if (argv.includes('--misses')) for (const m of cv.misses) console.log(`  miss ${m.kind}: ${m.text} (expected ${m.expected}, got ${m.got})`);
  }
  if (argv.includes('--by-split')) {
    // --misconduct-min 0.2,0.3,…: the model-only misconduct threshold (with an official named) to compare.
    const mins = (arg('--misconduct-min') ?? '').split(',').filter(Boolean).map(Number);
    const variants: Record<string, Partial<ModelFile>> = { shipped: {} };
    for (const v of mins) variants[`misconduct-min ${v}`] = { misconductMin: v };
    // --complaint-min 0.4,0.6,…: the complaint model's threshold (the group gate) to compare.
    for (const v of (arg('--complaint-min') ?? '').split(',').filter(Boolean).map(Number)) variants[`complaint-min ${v}`] = { complaintMin: v };
    // --misconduct-sure 0.8,…: the model's misconduct threshold with an official named and no grievance told.
    for (const v of (arg('--misconduct-sure') ?? '').split(',').filter(Boolean).map(Number)) variants[`misconduct-sure ${v}`] = { misconductSure: v };
    // --misconduct-bare 0.5,…: the model's misconduct threshold with no official named (a grievance told).
    for (const v of (arg('--misconduct-bare') ?? '').split(',').filter(Boolean).map(Number)) variants[`misconduct-bare ${v}`] = { misconductBare: v };
    // --accusation-min 0.3,0.5,…: the accusation model's threshold to compare (2: the model off).
    for (const v of (arg('--accusation-min') ?? '').split(',').filter(Boolean).map(Number)) variants[`accusation-min ${v}`] = { accusationMin: v };
    // --emergency-min 0.6,0.7,…: the learned emergency net's threshold to compare.
    for (const v of (arg('--emergency-min') ?? '').split(',').filter(Boolean).map(Number)) variants[`emergency-min ${v}`] = { emergencyMin: v };
    const t0 = Date.now();
    const res = bySplit(files, opts, variants);
    console.log(`leave-one-split-out (train on all but devN, evaluate devN; ${((Date.now() - t0) / 1000).toFixed(1)} s):`);
    for (const name of Object.keys(variants)) {
      if (Object.keys(variants).length > 1) console.log(` ${name}:`);
      for (const { split, figures } of res) {
        console.log(`  ${split} (${figures[name].rows})`);
        for (const line of describe(figures[name])) console.log(`    ${line}`);
      }
      console.log(`  pooled (${res.pooled[name].rows})`);
      for (const line of describe(res.pooled[name])) console.log(`    ${line}`);
      console.log(`    false emergencies ${res.pooled[name].falseEmergency.wrong}/${res.pooled[name].falseEmergency.of}`);
      if (argv.includes('--misses')) for (const x of res.pooled[name].misses) console.log(`  miss ${x.kind}: ${x.text} (expected ${x.expected}, got ${x.got})`);
    }
    if (argv.includes('--no-write')) return;
  }
  const m = train(rows, opts);
  if (!argv.includes('--no-write')) {
    fs.writeFileSync(OUT, JSON.stringify(m) + '\n');
    console.log(
      `wrote ${path.relative(ROOT, OUT)}: ${Object.keys(m.weights).length} category features, ${Object.keys(m.complaint.weights).length} complaint features, ${(fs.statSync(OUT).size / 1024).toFixed(0)} kB`,
    );
  }
}

if (require.main === module) main();
