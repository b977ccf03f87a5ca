/**
 * `npm run classify:train` (scripts/train-classifier.ts), which staff corrections feed (`classify:export-corrections`): the
 * model it writes is the same for the same rows, and the classifier reads it. Trained here on a slice of the corpus so the
 * test stays quick; the shipped model's figures are corpus.test.ts's.
 */
import { train, trainingFiles } from '../../scripts/train-classifier';
import { evaluate, readCorpus } from '../../src/classify/evaluate';
import { understandWith } from '../../src/classify/understand';

const all = trainingFiles().flatMap(readCorpus);
// Every 25th row to train on, the row after each of them to read: disjoint, spread over every writer.
const rows = all.filter((_, i) => i % 25 === 0);
const unseen = all.filter((_, i) => i % 25 === 1);

describe('classify:train', () => {
  // Trained in the tests only, so a run filtered to other tests (-t) never trains.
  let trained: ReturnType<typeof train> | null = null;
  const model = () => (trained ??= train(rows));

  test('writes the same model for the same rows (seeded), with a network and the emergency net', () => {
    const m = model();
    expect(JSON.stringify(train(rows))).toBe(JSON.stringify(m));
    expect(m.trainedOn.rows).toBe(rows.length);
    expect(m.network.features.length).toBeGreaterThan(1000);
    expect(Buffer.from(m.network.w1, 'base64').length).toBe(m.network.features.length * m.network.hidden);
    expect(Object.keys(m.emergency?.weights ?? {}).some((n) => n.startsWith('r:emergency:'))).toBe(false);
  });

  test('the model it writes is read by the classifier and reads rows it never saw', () => {
    const m = model();
    const f = evaluate(unseen, m);
    // Measured 81.1% of 1,298 categories and 80.1% of 326 accusations on 46,069 rows (round 31, 41,816: 81.7% and 82.1%; the
    // lexicon alone reads about 70%).
    expect(f.category.rate).toBeGreaterThan(0.78);
    expect(f.misconductRecall.rate).toBeGreaterThan(0.75);
    expect(f.emergencyRecall.rate).toBeGreaterThan(0.9);
    expect(understandWith('莲荷村自来水停了三天了 水龙头一滴水都没有', m)).toMatchObject({ category: 'water', complaint: true });
    expect(understandWith('谢谢大家 今天天气不错', m).complaint).toBe(false);
  });
});
