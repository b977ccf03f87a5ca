/**
 * `npm run classify:train [-- --folds 5] [-- --no-write] [-- --by-split] [--complaint-min 0.7,0.75] [--misconduct-bare 0.2,0.3]`: trains the shipped classifier
 * (src/classify/model.json) from the labelled corpus test/classify/corpus/train*.jsonl (plus
 * dev.jsonl to dev197.jsonl — the first eight holdouts and further writers' splits (dev16 is kept for
 * writer J's split when it is folded in; dev21, dev22, dev27, dev32, dev35, dev50, dev62, dev67 and dev74 are the earlier holdout9, holdout22, holdout23, holdout24, holdout25, holdout26, holdout27, holdout28 and holdout29, two
 * writers each; dev23–26 and dev28–31 are four writers each of rounds 23 and 24, dev33–34 two of round 25, dev36–41 six of round 26
 * (each written for kinds the model missed: terse complaints, quiet accusations, emergencies and their look-alikes, the group gate),
 * dev51–61 eleven of round 27 (the same kinds again in new voices, notices and replies in groups, the boundaries between offices,
 * long messages), dev62 the earlier holdout27 and dev63–66 four of round 28 (holdout27's misses as kinds), dev67 the earlier
 * holdout28 and dev68–73 six of round 29 (holdout28's misses as kinds, a hotline's day, town 社区 groups), dev74 the earlier
 * holdout29 and dev75–80 six of round 30 (accusations with no title, terse outages, debts and family, questions, deep winter,
 * grievances told sideways), dev81–84 four of round 31 (look-alikes beside accusations in the same settings: cadres named and
 * nobody accused, private doers, private life, meals and money), dev85–86 the earlier holdout30 and holdout31 and dev87 holdout32 (round 32), dev88–91 four writers
 * of round 32 (officials named by what they do, questions that are complaints, emergencies out of doors, festive chatter),
 * dev92 the earlier holdout33 and dev93–96 four writers of round 33 (accusations told sideways beside their look-alikes,
 * complaints that read as chatter, danger words with no emergency now beside real ones, the boundaries between categories)
 * and dev97–99 three more (complaints told as a story or a question, accusations shown by where the money went, early winter
 * in 梨树, 伊通 and 西安 on the hotline), dev100 the earlier holdout34 and dev101–103 three writers of round 34 (accusations to be
 * inferred beside look-alikes, complaints that read as chatter beside chatter, alarms inside notices, questions and jokes beside
 * real notices), dev104 the earlier holdout35 and dev105–111 seven writers of round 35 (the gate, accusations to be inferred,
 * dangers not now, festival and 正月 months, township groups, officials named with nobody accused), dev112 the earlier
 * holdout36 and dev113–114 two writers of round 36 (questions that carry a wrong beside plain questions; officials accused or
 * only named), dev115 the earlier holdout37 and dev116–117 two writers of round 37 (officials named and mostly accused of nothing;
 * busy village groups), dev118 the earlier holdout38 and dev119–120 two writers of round 38 (money, officials and middlemen,
 * who is accused and who is not; danger words in winter, now or not now) and dev121–122 two more (whose matter it is: a category
 * or other; a township's group in winter), dev123 the earlier holdout39 and dev124–126 three writers of round 39 (busy groups at the
 * New Year, what the bot must leave alone; accusations in everyday words beside their look-alikes; the spring thaw in Jilin),
 * dev127 the earlier holdout40 and dev128–130 three writers of round 40 (group talk with trigger words beside complaints told as
 * talk; officials named, accused or not; danger now and not now) and dev131–133 three more (whose matter it is; 泌阳 and 双清 in
 * 三伏; a day's hotline), dev134 the earlier holdout41 and dev135–137 three writers of round 41 (complaints told as questions and
 * asides beside chatter; floods, storms and fires now and after; money handled by cadres and offices, accused or not), dev138
 * the earlier holdout42 and dev139–141 three writers of round 42 (cadres at work, accused or not, for conduct other than money; a
 * busy group's day of talk with trigger words; people in danger now and not now), dev142 the earlier holdout43 and dev143–149
 * seven writers of round 43 (officials accused or only named; the border of chatter and complaint; category borders and urgency;
 * four general mixes in Jilin, 泌阳, 双清 and many voices), dev150 the earlier holdout44 and dev151–156 six writers of round 44 (a busy
 * group's short lines; money and collective property, accused or not; urgency; 双清 in Hunan speech; category borders; a Jilin winter
 * month), dev157 the earlier holdout45 and dev158–164 seven writers of round 45 (winter nights' urgency; busy groups; officials; long
 * calls; chatter's border; category borders; summer urgency), dev165 the earlier holdout46 and dev166–172 seven writers of round 46
 * (SMS and calls from those not used to writing; officials and their kin; autumn urgency; busy groups; chatter's border; farm money's
 * categories; alarms and look-alikes) and dev173–175 its second wave (officials named and not accused, in 泌阳 and 双清 and in Jilin;
 * money and benefits, accused or not), dev176 the earlier holdout47 and dev177–182 six writers of round 47 (the border of an accusation in
 * winter; busy winter groups; winter's alarms; hotline and SMS; category borders; younger villagers and those away) and dev183–186 its second
 * wave (complaints told as chatter; hints and their honest look-alikes; money between private people; winter houses and works), dev187 the
 * earlier holdout48 and dev188–193 six writers of round 48 (the accusation's border; money and benefits between categories; deep winter's
 * alarms and their look-alikes; year-end groups; hotline and SMS; the shapes of messages) and dev194–197 its second wave (messages of a few
 * words; villages named by their committees; replies in threads; sent from office to office), dev198 the earlier holdout49 and dev199–202
 * four writers of round 49 (the accusation's border at the Spring Festival; the festival's dangers and their look-alikes; festival group
 * chat and the bot; money and benefits between categories at the year's turn), dev203 the earlier holdout50 and dev204–211 eight
 * writers of round 50 (spring's accusations and their defences; spring's dangers and their look-alikes; group talk; category borders;
 * hotline transcripts; short SMS and 1:1; cadres' own groups; towns), dev212 the earlier holdout51 and dev213–223 eleven writers of
 * round 51 in two waves (early summer: the accusation's border; summer dangers and their look-alikes; group talk and the bot; category
 * borders; hotline and SMS; cadres and towns; chatter a careless system would file; complaints told as questions; cadres answering and
 * notices about wrongdoing; water and works; summer calls told raw), dev224 the earlier holdout52 and dev225–233 nine writers of
 * round 52 in two waves (high summer: the accusation's border; summer dangers and their look-alikes; group talk and the bot; category
 * borders and messages naming no place; hotline and SMS; cadres and towns; group chatter a careless system would file; emergencies told
 * raw; accusations beside officials named innocently), dev234 the earlier holdout53 and dev235–238 four writers of round 53 in two
 * waves (autumn: category borders told without the category's words; emergencies and accusations told raw beside their look-alikes;
 * busy groups with cadres addressed; hotline and SMS), dev239 the earlier holdout54 and dev240–241 two writers of round 54 (early winter:
 * category borders told without the category's words; emergencies and accusations told raw beside their look-alikes), dev242–243
 * two more writers of round 54 (early winter's busy groups; hotline and SMS), dev244 the earlier holdout55, dev245 the earlier
 * holdout56 and dev246–251 six writers of round 56 (spring: busy groups; calls and texts; category borders; dangers and their
 * look-alikes; and, read on the first retrain, accusations told quietly or as questions; groups a careless system would file), dev252 the earlier
 * holdout57 and dev253–258 six writers of round 57 (early summer, 麦收 to 暑假: busy groups; calls and texts; category borders; dangers and
 * their look-alikes; accusations told quietly or as questions; groups a careless system would file) and dev259–261 three more, read on the
 * first retrain (officials at work told flatly; complaints told flatly; which office), dev262 the earlier holdout58 and dev263–268 six
 * writers of round 58 (high summer, 小暑 to 处暑: busy groups; calls and texts in flood and heat; category borders; dangers and their
 * look-alikes; accusations told quietly; what a careless system gets wrong both ways) and dev269–271 three more, read on the first
 * retrain (officials at work in flood and heat; complaints told flatly; which office), dev272 the earlier holdout59 and dev273–278 six
 * writers of round 59 (autumn harvest, 白露 to 立冬: busy groups; calls and texts at harvest; category borders; dangers and their
 * look-alikes; accusations told quietly; what a careless system gets wrong both ways), folded in after their untuned measure, never a holdout), each folded in after its untuned run — and corrections*.jsonl
 * there, when present), after printing k-fold
 * cross-validated figures. The untuned holdout split (holdout60.jsonl) is never read here: it is
 * only evaluated, by the bench and the corpus test.
 *
 * Model (round 31): one hidden layer of 32 units over the sparse features of src/classify/features.ts, shared by three
 * heads — the category (softmax), complaint or chatter, and an accusation against an official whatever the matter — trained
 * row by row with Adagrad and dropout; and a binary logistic regression (L2, full-batch Adam) for emergencies, a safety net
 * under the rules that does not see their verdicts.
 * Deterministic: same corpus, same model.
 */
import fs from 'node:fs';
import path from 'node:path';
import { features, Features } from '../src/classify/features';
import { CorpusRow, describe, evaluate, readCorpus } from '../src/classify/evaluate';
import type { ModelFile, NetworkFile } from '../src/classify/linear';
import { prng } from '../src/seed/names';
import { CATEGORY_CODES } from '../src/vocabulary';

const ROOT = path.resolve(__dirname, '..');
const CORPUS_DIR = path.join(ROOT, 'test/classify/corpus');
const OUT = path.join(ROOT, 'src/classify/model.json');

export interface TrainOptions {
  /** The shared network's hidden units. */
  hidden: number;
  /** Passes over the corpus for the network (per-row Adagrad steps, rows shuffled each pass). */
  netEpochs: number;
  /** The network's Adagrad learning rate. */
  netLr: number;
  /** Share of a row's features dropped at random in training: no single word may decide (a new writer will not use it). */
  dropIn: number;
  /** Share of hidden units dropped at random in training. */
  dropHidden: number;
  /** Seed of the network's initial weights, dropout and row order: same corpus, same model. */
  seed: number;
  /** Words and bigrams seen in fewer training rows are left out of the network (noise, names, phone digits). */
  netMinCount: number;
  /** L2 penalty of the emergency safety net (logistic regression). */
  l2Emergency: number;
  /** Full-batch Adam steps and rate of the emergency safety net. */
  epochs: number;
  lr: number;
  /** Words and bigrams seen in fewer training rows are dropped from the emergency net. */
  minCount: number;
  /** The emergency net's weights smaller than this are pruned from the shipped file. */
  prune: number;
  /** Feature families (name prefixes, e.g. 'k:' the lexicon's scores) left out of the models: ablations. */
  exclude: string[];
}

// Round 31: a network with one shared hidden layer replaced the three logistic regressions of category, complaint and
// accusation. Chosen on held-out writers' splits (trained without dev74–80; settings and thresholds picked on dev74–77,
// then read once on dev78–80 and holdout30; docs/classifier.md, "Round 31"): 32 hidden units, a fifth of a row's features
// and 30% of the hidden units dropped in training, eight passes; 64 units read no better held out and double the file.
// (Fifteen passes, tried once dev81–84 came in, read dev74–77 a little better — 80.0% of categories against 79.2%, 41 false
// flags against 44 — but flagged six more of understand.test.ts's look-alike probes: the network grows surer, not wiser.)
/** The thresholds cross-validation (`--folds`) and `--by-split` can compare, by flag: each overrides one constant of classifier.ts or understand.ts. */
type Threshold = Exclude<{ [K in keyof ModelFile]-?: ModelFile[K] extends number | undefined ? K : never }[keyof ModelFile], 'version'>;
const THRESHOLD_FLAGS: [flag: string, key: Threshold][] = [
  ['--misconduct-min', 'misconductMin'], // the model alone, an official named and a grievance told
  ['--misconduct-sure', 'misconductSure'], // the model alone, an official named and no grievance told
  ['--misconduct-bare', 'misconductBare'], // the model alone, no official named (a grievance told)
  ['--accusation-min', 'accusationMin'], // the accusation head (2: off)
  ['--accusation-bare', 'accusationBare'], // the accusation head with no official named
  ['--complaint-min', 'complaintMin'], // the complaint head (the group gate)
  ['--emergency-min', 'emergencyMin'], // the learned emergency net
  ['--unsure-below', 'unsureBelow'], // a category leaning below this, the lexicon silent, is 'other'
];

export const DEFAULTS: TrainOptions = {
  hidden: 32,
  netEpochs: 8,
  netLr: 0.02,
  dropIn: 0.2,
  dropHidden: 0.3,
  seed: 1,
  netMinCount: 3,
  l2Emergency: 0.001,
  epochs: 300,
  lr: 0.05,
  minCount: 2,
  prune: 0.08,
  exclude: [],
};

interface Sparse {
  idx: number[];
  val: number[];
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
  const featureMaps = rows.map((r) => precomputed?.get(r.text) ?? features(r.text));
  const df = new Map<string, number>();
  for (const f of featureMaps) for (const name of f.keys()) df.set(name, (df.get(name) ?? 0) + 1);
  // Lexicon, cue and rule features always; words and bigrams seen in enough rows.
  const vocabulary = (minCount: number) =>
    [...df.entries()]
      .filter(([n]) => !opts.exclude.some((p) => n.startsWith(p)))
      .filter(([n, c]) => n.startsWith('k:') || n.startsWith('r:') || n.startsWith('c:') || c >= minCount)
      .map(([n]) => n)
      .sort();
  const sparse = (names: string[]) => {
    const index = new Map(names.map((n, i) => [n, i]));
    return featureMaps.map((f): Sparse => {
      const idx: number[] = [];
      const val: number[] = [];
      for (const [n, v] of f) {
        const i = index.get(n);
        if (i !== undefined) idx.push(i), val.push(v);
      }
      return { idx, val };
    });
  };

  // --- the network: category (complaints only: chatter is labelled 'other' but its wording says nothing about what a real
  // 'other' complaint looks like), complaint or chatter (chatter weighted up to the complaints' total: the issue's target is
  // that chatter is never filed) and an accusation against an official whatever the matter (accusations weighted up).
  const netNames = vocabulary(opts.netMinCount);
  const network = trainNetwork(
    sparse(netNames),
    netNames,
    classes.length,
    rows.map((r) => (r.complaint ? classes.indexOf(r.category) : -1)),
    rows.map((r) => (r.complaint ? 1 : 0)),
    rows.map((r) => (r.complaint && r.category === 'misconduct' ? 1 : 0)),
    opts,
  );

  // --- emergency: a learned safety net under the rules (rules.ts), which stay the primary verdict.
  // Emergencies weighted up to balance the classes; the threshold (understand.ts) is set low for recall.
  // It does not see the rules' verdicts (r:emergency:*, x:*): an independent reading is what can
  // catch the wordings the rules miss.
  const names = vocabulary(opts.minCount).filter((n) => !n.startsWith('r:emergency:') && !n.startsWith('x:'));
  const [E, e0] = binary(
    sparse(names),
    names.length,
    rows.map((r) => (r.urgency === 'emergency' ? 1 : 0)),
    opts.l2Emergency,
    opts,
  );
  const r2 = (x: number) => Math.round(x * 100) / 100;
  const ew: Record<string, number> = {};
  names.forEach((n, i) => {
    if (Math.abs(E[i]) >= opts.prune) ew[n] = r2(E[i]);
  });
  return {
    version: 2,
    trainedOn: {
      rows: rows.length,
      corpus: 'test/classify/corpus',
      hidden: opts.hidden,
      epochs: opts.netEpochs,
      seed: opts.seed,
      l2Emergency: opts.l2Emergency,
    },
    classes,
    network,
    emergency: { bias: r2(e0), weights: ew },
  };
}

/**
 * One hidden layer (ReLU) shared by three heads, trained row by row with Adagrad and dropout. y is a category index or -1
 * (chatter: no category to learn), q complaint 0/1, acc accusation 0/1. Written with int8 first-layer rows (linear.ts).
 */
function trainNetwork(X: Sparse[], names: string[], K: number, y: number[], q: number[], acc: number[], o: TrainOptions): NetworkFile {
  const F = names.length;
  const H = o.hidden;
  const rnd = prng(o.seed);
  const W1 = new Float32Array(F * H).map(() => (rnd() - 0.5) * 0.1);
  const b1 = new Float32Array(H);
  const glorot = (n: number) => () => (rnd() - 0.5) * 2 * Math.sqrt(6 / (H + n));
  const Wc = new Float32Array(H * K).map(glorot(K));
  const bc = new Float32Array(K);
  const wq = new Float32Array(H).map(glorot(1));
  const wa = new Float32Array(H).map(glorot(1));
  const bias = { q: 0, a: 0 };
  // Adagrad's sums of squared gradients.
  const G1 = new Float32Array(F * H).fill(1e-6);
  const Gb1 = new Float32Array(H).fill(1e-6);
  const Gc = new Float32Array(H * K).fill(1e-6);
  const Gbc = new Float32Array(K).fill(1e-6);
  const Gq = new Float32Array(H).fill(1e-6);
  const Ga = new Float32Array(H).fill(1e-6);
  const Gbias = { q: 1e-6, a: 1e-6 };
  const N = X.length;
  const complaints = q.reduce((s, v) => s + v, 0);
  const chatterWeight = complaints / Math.max(1, N - complaints);
  const accusations = acc.reduce((s, v) => s + v, 0);
  const accusationWeight = (N - accusations) / Math.max(1, accusations);
  const h = new Float32Array(H);
  const dh = new Float32Array(H);
  const on = new Uint8Array(H);
  const z = new Float64Array(K);
  const order = Array.from({ length: N }, (_, i) => i);
  const lr = o.netLr;
  const sIn = 1 / (1 - o.dropIn);
  const sH = 1 / (1 - o.dropHidden);
  // One sigmoid head's step on the row's hidden layer (h), adding its share to the hidden layer's gradient (dh).
  const binaryHead = (w: Float32Array, G: Float32Array, which: 'q' | 'a', t: number, weight: number) => {
    let s = bias[which];
    for (let k = 0; k < H; k++) s += h[k] * w[k];
    const d = (1 / (1 + Math.exp(-s)) - t) * weight;
    Gbias[which] += d * d;
    bias[which] -= (lr * d) / Math.sqrt(Gbias[which]);
    for (let k = 0; k < H; k++) {
      if (!h[k]) continue;
      dh[k] += d * w[k];
      const g = d * h[k];
      G[k] += g * g;
      w[k] -= (lr * g) / Math.sqrt(G[k]);
    }
  };
  for (let ep = 0; ep < o.netEpochs; ep++) {
    for (let i = N - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const { idx, val } = X[i];
      const keep: number[] = [];
      for (let j = 0; j < idx.length; j++) if (rnd() >= o.dropIn) keep.push(j);
      h.set(b1);
      for (const j of keep) {
        const off = idx[j] * H;
        const v = val[j] * sIn;
        for (let k = 0; k < H; k++) h[k] += W1[off + k] * v;
      }
      for (let k = 0; k < H; k++) {
        on[k] = h[k] > 0 && rnd() >= o.dropHidden ? 1 : 0;
        h[k] = on[k] ? h[k] * sH : 0;
      }
      dh.fill(0);
      if (y[i] >= 0) {
        let max = -Infinity;
        for (let c = 0; c < K; c++) {
          let s = bc[c];
          for (let k = 0; k < H; k++) s += h[k] * Wc[k * K + c];
          z[c] = s;
          if (s > max) max = s;
        }
        let sum = 0;
        for (let c = 0; c < K; c++) sum += z[c] = Math.exp(z[c] - max);
        for (let c = 0; c < K; c++) {
          const d = z[c] / sum - (c === y[i] ? 1 : 0);
          Gbc[c] += d * d;
          bc[c] -= (lr * d) / Math.sqrt(Gbc[c]);
          for (let k = 0; k < H; k++) {
            if (!h[k]) continue;
            const p = k * K + c;
            dh[k] += d * Wc[p];
            const g = d * h[k];
            Gc[p] += g * g;
            Wc[p] -= (lr * g) / Math.sqrt(Gc[p]);
          }
        }
      }
      binaryHead(wq, Gq, 'q', q[i], q[i] ? 1 : chatterWeight);
      binaryHead(wa, Ga, 'a', acc[i], acc[i] ? accusationWeight : 1);
      for (let k = 0; k < H; k++) {
        if (!on[k]) continue;
        const d = dh[k] * sH;
        Gb1[k] += d * d;
        b1[k] -= (lr * d) / Math.sqrt(Gb1[k]);
        for (const j of keep) {
          const p = idx[j] * H + k;
          const g = d * val[j] * sIn;
          G1[p] += g * g;
          W1[p] -= (lr * g) / Math.sqrt(G1[p]);
        }
      }
    }
  }
  // int8 rows, one scale each; the heads are small and kept to four decimals.
  const scale: number[] = [];
  const w1 = new Int8Array(F * H);
  for (let i = 0; i < F; i++) {
    let max = 0;
    for (let k = 0; k < H; k++) max = Math.max(max, Math.abs(W1[i * H + k]));
    const s = Number((max / 127).toPrecision(4)) || 1;
    scale.push(s);
    for (let k = 0; k < H; k++) w1[i * H + k] = Math.max(-127, Math.min(127, Math.round(W1[i * H + k] / s)));
  }
  const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
  return {
    features: names,
    hidden: H,
    scale,
    w1: Buffer.from(w1.buffer).toString('base64'),
    b1: Array.from(b1, r4),
    category: { w: Array.from(Wc, r4), b: Array.from(bc, r4) },
    complaint: { w: Array.from(wq, r4), b: r4(bias.q) },
    accusation: { w: Array.from(wa, r4), b: r4(bias.a) },
  };
}

/** Binary logistic regression (full-batch Adam, L2), the (rare) positives weighted up to the negatives' total. */
function binary(X: Sparse[], F: number, y: number[], l2: number, opts: TrainOptions): [Float64Array, number] {
  const N = y.length;
  const pos = y.filter((v) => v).length;
  const posWeight = (N - pos) / Math.max(1, pos);
  const V = new Float64Array(F);
  let c0 = 0;
  let wsum = 0;
  for (let i = 0; i < N; i++) wsum += y[i] ? posWeight : 1;
  adam(
    F + 1,
    opts,
    (grad) => {
      for (let i = 0; i < N; i++) {
        const { idx, val } = X[i];
        let z = c0;
        for (let j = 0; j < idx.length; j++) z += V[idx[j]] * val[j];
        const p = 1 / (1 + Math.exp(-z));
        const d = ((p - y[i]) * (y[i] ? posWeight : 1)) / wsum;
        grad[F] += d;
        for (let j = 0; j < idx.length; j++) grad[idx[j]] += d * val[j];
      }
      for (let q = 0; q < F; q++) grad[q] += l2 * V[q];
    },
    (step) => {
      for (let q = 0; q < F; q++) V[q] -= step[q];
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
  const rnd = prng(seed);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** k-fold cross-validation: every row is predicted by a model that never saw it. */
export function crossValidate(rows: CorpusRow[], folds: number, opts: TrainOptions = DEFAULTS) {
  return crossValidateVariants(rows, folds, opts).shipped;
}

/** Cross-validation read with each variant's thresholds laid over every fold's model (one training per fold for all of them). */
export function crossValidateVariants(
  rows: CorpusRow[],
  folds: number,
  opts: TrainOptions = DEFAULTS,
  variants: Record<string, Partial<ModelFile>> = { shipped: {} },
): Record<string, ReturnType<typeof evaluate>> {
  const pre = new Map(rows.map((r) => [r.text, features(r.text)]));
  const order = shuffled(rows, 20261130);
  const parts: Record<string, ReturnType<typeof evaluate>[]> = Object.fromEntries(Object.keys(variants).map((n) => [n, []]));
  for (let k = 0; k < folds; k++) {
    const test = order.filter((_, i) => i % folds === k);
    const m = train(
      order.filter((_, i) => i % folds !== k),
      opts,
      pre,
    );
    // Evaluate each fold with its own model, then pool the counts.
    for (const [name, v] of Object.entries(variants)) parts[name].push(evaluate(test, { ...m, ...v }));
  }
  return Object.fromEntries(Object.entries(parts).map(([name, p]) => [name, pool(p)]));
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
    ...(arg('--hidden') ? { hidden: Number(arg('--hidden')) } : {}),
    ...(arg('--net-epochs') ? { netEpochs: Number(arg('--net-epochs')) } : {}),
    ...(arg('--seed') ? { seed: Number(arg('--seed')) } : {}),
    ...(arg('--net-min-count') ? { netMinCount: Number(arg('--net-min-count')) } : {}),
    ...(arg('--l2-emergency') ? { l2Emergency: Number(arg('--l2-emergency')) } : {}),
    ...(arg('--epochs') ? { epochs: Number(arg('--epochs')) } : {}),
    ...(arg('--min-count') ? { minCount: Number(arg('--min-count')) } : {}),
    ...(arg('--prune') ? { prune: Number(arg('--prune')) } : {}),
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
  // Thresholds to compare, each a comma list (--misconduct-min 0.2,0.3,…): a variant per value, read against the shipped ones.
  const variants: Record<string, Partial<ModelFile>> = { shipped: {} };
  for (const [flag, key] of THRESHOLD_FLAGS)
    for (const v of (arg(flag) ?? '').split(',').filter(Boolean).map(Number)) variants[`${flag.slice(2)} ${v}`] = { [key]: v };
  if (folds > 1) {
    const t0 = Date.now();
    const cv = crossValidateVariants(rows, folds, opts, variants);
    console.log(`${folds}-fold cross-validation (${((Date.now() - t0) / 1000).toFixed(1)} s):`);
    for (const [name, fig] of Object.entries(cv)) {
      if (Object.keys(cv).length > 1) console.log(` ${name}:`);
      for (const line of describe(fig)) console.log(`  ${line}`);
    }
    if (argv.includes('--misses')) for (const m of cv.shipped.misses) console.log(`  miss ${m.kind}: ${m.text} (expected ${m.expected}, got ${m.got})`);
  }
  if (argv.includes('--by-split')) {
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
      `wrote ${path.relative(ROOT, OUT)}: ${m.network.features.length} network features × ${m.network.hidden} hidden units, ${Object.keys(m.emergency?.weights ?? {}).length} emergency features, ${(fs.statSync(OUT).size / 1024).toFixed(0)} kB`,
    );
  }
}

if (require.main === module) main();
