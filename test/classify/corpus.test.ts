/**
 * The labelled corpus and the shipped model's figures on it. The training rows (train.jsonl, and
 * dev.jsonl and dev2.jsonl, the first two holdouts, folded in once used for tuning) are a fit, so their
 * floors are strict; the cross-validated and untuned-holdout figures are printed by
 * `npm run bench -- classify` and recorded in the README.
 */
import path from 'node:path';
import { CATEGORY_CODES } from '../../src/vocabulary';
import { evaluate, readCorpus } from '../../src/classify/evaluate';
import { model } from '../../src/classify/linear';

const DIR = path.join(__dirname, 'corpus');
// dev.jsonl and dev2.jsonl were the first and second holdouts: each evaluated once untuned, then used
// for tuning, so folded into training.
const train = ['train.jsonl', 'dev.jsonl', 'dev2.jsonl'].flatMap((f) => readCorpus(path.join(DIR, f)));

describe('training corpus', () => {
  test('is large, varied and labelled with the vocabulary', () => {
    expect(train.length).toBeGreaterThanOrEqual(1300);
    for (const c of CATEGORY_CODES) expect(train.filter((r) => r.category === c && r.complaint).length).toBeGreaterThanOrEqual(20);
    for (const ch of ['group', 'private', 'hotline', 'sms'] as const) expect(train.filter((r) => r.channel === ch).length).toBeGreaterThanOrEqual(40);
    expect(train.filter((r) => r.urgency === 'emergency').length).toBeGreaterThanOrEqual(50);
    expect(train.filter((r) => !r.complaint).length).toBeGreaterThanOrEqual(60);
    expect(new Set(train.map((r) => r.text)).size).toBe(train.length);
    // Chatter has no matter: nothing to route, no clock.
    for (const r of train.filter((x) => !x.complaint)) expect([r.category, r.urgency]).toEqual(['other', 'ordinary']);
  });

  test('carries the traps of issues 10 and 11', () => {
    const label = (text: string) => train.find((r) => r.text === text);
    expect(label('莲荷村到乡里那段路坑坑洼洼 下雨全是泥 小孩上学鞋子都是泥')?.category).toBe('infrastructure');
    expect(label('谢谢陈叔的红包')).toMatchObject({ complaint: false, category: 'other' });
    for (const t of ['莲荷村有人掉进水塘了快来人', '老人在家摔倒了起不来', '有人持刀打人', '桥断了车过不去', '村口变压器在冒火花 噼里啪啦的 吓死人了'])
      expect(label(t)?.urgency).toBe('emergency');
  });

  test('the shipped model was trained on this corpus (retrain after editing it: npm run classify:train)', () => {
    // corrections*.jsonl, when present, are training rows too.
    expect(model().trainedOn.rows).toBeGreaterThanOrEqual(train.length);
  });

  test('the shipped model fits the training split: every emergency, accusation and chatter line right', () => {
    const f = evaluate(train);
    expect(f.category.rate).toBeGreaterThanOrEqual(0.98);
    expect(f.emergencyRecall.rate).toBe(1);
    expect(f.misconductRecall.rate).toBe(1);
    expect(f.falseMisconduct.rate).toBeLessThan(0.05);
    expect(f.chatterFiled.wrong).toBe(0);
    // The complaint model is regularised harder than the category model (l2Complaint): a few plain
    // complaints with no matter word stay below its threshold even in the fit.
    expect(f.complaintDropped.wrong).toBeLessThanOrEqual(6);
  });
});

/**
 * The untuned split, holdout3.jsonl: 337 messages written and labelled by someone who never saw the
 * classifier, the corpus or the earlier holdouts, and opened once, after the model and rules were
 * committed as final (README, "What happens to a complaint" 3). Measured then: category 83.9%
 * (203/242), emergency recall 45/45 (false emergencies 14/292), misconduct recall 31/45 with no false
 * misconduct (0/31 flagged), chatter filed 6/95, complaints read as chatter 16/242. These floors sit
 * at those figures so any regression fails; they are not targets met, and nothing was tuned on this
 * file. (Tuning on it would spoil it like holdout1 and holdout2, now dev.jsonl and dev2.jsonl; a
 * fourth independent split is needed to measure the next round.)
 */
describe('untuned holdout corpus (holdout3)', () => {
  const holdout = readCorpus(path.join(DIR, 'holdout3.jsonl'));
  const f = evaluate(holdout);

  test('is independent of the training rows (only stock one-word replies coincide: 收到, 好, 嗯, 退订)', () => {
    const seen = new Set(train.map((r) => r.text));
    expect(holdout.length).toBeGreaterThanOrEqual(320);
    const shared = holdout.filter((r) => seen.has(r.text));
    expect(shared.length).toBeLessThanOrEqual(4);
    for (const r of shared) expect([r.complaint, [...r.text].length <= 10]).toEqual([false, true]);
  });

  test('does not fall below the figures measured untuned', () => {
    expect(f.category.right).toBeGreaterThanOrEqual(203);
    expect(f.emergencyRecall.right).toBe(f.emergencyRecall.of);
    expect(f.falseEmergency.wrong).toBeLessThanOrEqual(14);
    expect(f.misconductRecall.right).toBeGreaterThanOrEqual(31);
    expect(f.falseMisconduct.rate).toBeLessThan(0.05);
    expect(f.chatterFiled.wrong).toBeLessThanOrEqual(6);
    expect(f.complaintDropped.wrong).toBeLessThanOrEqual(16);
  });
});
