/**
 * The labelled corpus and the shipped model's figures on it. The training rows (train*.jsonl, and
 * dev.jsonl to dev96.jsonl, the earlier holdouts and the further writers' splits, folded in once used for tuning) are a fit, so their
 * floors are strict; the cross-validated and untuned-holdout figures are printed by
 * `npm run bench -- classify` and recorded in the README.
 */
import fs from 'node:fs';
import path from 'node:path';
import { trainingFiles } from '../../scripts/train-classifier';
import { CATEGORY_CODES } from '../../src/vocabulary';
import { CorpusRow, evaluate, Figures, readCorpus } from '../../src/classify/evaluate';
import { model } from '../../src/classify/linear';

const DIR = path.join(__dirname, 'corpus');
// train*.jsonl, and dev.jsonl to dev84.jsonl: the earlier holdouts and the splits by further
// writers, each evaluated once untuned or leave-one-split-out before their rules, then used for tuning, so folded into training (and corrections*.jsonl when present).
const train = trainingFiles().flatMap(readCorpus);

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
    // 0.975 while dev8's kinds had rows but no rules; 98.4% once they had; 97.6% since dev9–15 (seven
    // more writers, some labelling pensions, loans and cooperatives' matters differently) came in; 97.1% with
    // dev17–20 (round 21: four more writers on borderline offices, hotline summaries and village groups).
    // 96.8% once dev22 (the earlier holdout22, two writers asked for traps) came in, before its kinds (round 23).
    // 97.3% after dev22's kinds (round 23: emergencies' owners, coal smoke 'other', fights 'dispute', train11's rows).
    // 97.2% once dev23–26 (four more writers, round 23) came in, before their kinds.
    // 97.4% after dev23–26's accusations as rules (round 23b, helper A).
    // 97.3% (9,718 of 9,983) after their emergencies, chatter and owners (round 23b, helper B: drunk in the snow and mud on a house 'other', train13's rows).
    // 97.5% (9,738 of 9,983) with both halves merged and the model retrained.
    // About 96% once dev27–31 (the earlier holdout23 and four more writers, round 24) came in, before their kinds; 97.8% (11,440 of
    // 11,694) after them and the retrain. 97.9% (12,604 of 12,879) once dev32–34 came in (round 25) with their kinds and the retrain.
    // 96.1% (17,099 of 17,797) once dev35–49 came in (round 26: holdout25 and fourteen writers asked for the kinds the model
    // missed — terse complaints, quiet accusations and their look-alikes, the gate's hard cases, matters told by their effects,
    // voice-to-text errors). Round 26 taught the model those kinds from data, not rules, so the fit is looser by design.
    // 95.9% (17,070) once the accusation model's reading must come with a grievance or a question to make a complaint.
    // 94.5% (20,654 of 21,848) once dev50–61 came in (round 27: holdout26 and eleven writers asked for the kinds the model
    // missed — quiet accusations beside their look-alikes, terse complaints, emergencies and their look-alikes told on the
    // hotline, notices and replies in groups, the boundaries between offices, long messages with two matters) and the retrain.
    // 93.9% (22,179 of 23,610) once dev62–66 came in (round 28: holdout27 and four writers asked for its misses — accusations
    // told quietly beside look-alikes, winter emergencies beside theirs, praise and news in groups, complaints told as remarks).
    // 93.5% (24,431 of 26,141) once dev67–73 came in (round 29: holdout28 and six writers asked for its misses — quiet accusations
    // beside look-alikes, the line between a complaint and chatter, emergencies beside theirs, the boundaries between offices, a
    // hotline's day, town 社区 groups).
    // 93.0% (26,490 of 28,491) once dev74–80 came in (round 30: holdout29 and six writers — accusations with no title named beside
    // look-alikes, power, water and bills told tersely, debts and family matters, questions, deep winter in 伊通 and 东丰, grievances
    // told sideways).
    // 97.3% (28,366 of 29,164) once round 31's network replaced the regression and dev81–84 came in (four writers of
    // look-alikes beside accusations in the same settings): a hidden layer fits the corpus more closely.
    // 97.2% (29,495 of 30,330) once holdout30 and holdout31 came in as dev85–86 (round 32).
    // 97.2% (31,135 of 32,042) once holdout32 and four writers for its misses came in as dev87–91 (round 32); 31,158 after the
    // new writers' false emergencies were read as kinds.
    // 97.1% (32,967 of 33,968) once holdout33 and four writers for its misses came in as dev92–96 (round 33); 97.1% (33,827 of
    // 34,849) once three more writers came in as dev97–99.
    // 97.0% (35,136 of 36,222) once holdout34 and three writers came in as dev100–103 (round 34: accusations to be inferred
    // beside look-alikes, complaints that read as chatter, alarms inside notices).
    // 96.8% (36,521 of 37,711) once holdout35 and three writers came in as dev104–107 (round 35: the gate's look-alikes, inferred
    // accusations, dangers not now and the boundaries between offices); 96.8% (37,554 of 38,787) once four more came in as dev108–111
    // (the festival in three counties, 正月 in two, township groups, officials named in complaints that accuse nobody).
    // 96.8% (38,667 of 39,952) once holdout36 and two writers came in as dev112–114 (round 36: questions that carry a wrong beside
    // plain questions; officials accused or only named, 190 of whose complaints are labelled by their matter).
    // 96.9% (39,737 of 41,022) once holdout37 and two writers came in as dev115–117 (round 37: officials named and mostly accused of
    // nothing; busy village groups, chatter beside complaints told as briefly).
    // 96.8% (40,885 of 42,215) once holdout38 and two writers came in as dev118–120 (round 38: money blamed on buyers, bosses and
    // fees beside accusations; winter dangers now and not now); 96.8% (41,497 of 42,858) once dev121–122 came in (whose matter it
    // is, a category or other; a township's group in winter).
    // 96.8% (42,763 of 44,161) once holdout39 and three writers came in as dev123–126 (round 39: busy New Year groups; the spring
    // thaw; accusations in everyday words beside their look-alikes).
    // 96.8% (46,361 of 47,872) once holdout41 and three writers came in as dev134–137 (round 41: complaints told as questions and
    // asides beside chatter; floods, storms and fires now and after; money handled by cadres and offices, accused or not).
    // 96.9% (47,699 of 49,211) once holdout42 and three writers came in as dev138–141 (round 42: cadres at work, accused or not, for
    // conduct other than money; a busy group's day of talk with trigger words; people in danger now and not now).
    // 96.9% (50,082 of 51,659) once holdout43 and seven writers came in as dev142–149 (round 43: officials accused or only named; the
    // border of chatter and complaint; category borders; four general mixes).
    // 97.0% (54,879 of 56,597) once holdout45 and seven writers came in as dev157–164 (round 45: winter nights' alarms, officials
    // accused or only named, a busy group, hotline calls, the chatter border, category borders, summer's alarms).
    // 97.0% (58,343 of 60,170) once holdout46 and ten writers came in as dev165–175 (round 46: officials and their kin named and not
    // accused, autumn's alarms, farm money's categories, SMS from those not used to writing).
    // 97.0% (61,740 of 63,650) once holdout47 and ten writers came in as dev176–186 (round 47: winter's alarms and groups, hints and
    // their honest look-alikes, money between private people labelled dispute).
    // 96.9% (64,947 of 66,996) once holdout48 and ten writers came in as dev187–197 (round 48: the accusation's border, money between
    // categories, deep winter's alarms, messages of a few words, villages named by their committees, runarounds).
    // 96.88% (66,486 of 68,627) once holdout49 and four writers came in as dev198–202 (round 49: the Spring Festival's accusations told
    // as jokes and hints, festival group chat, money between categories at the year's turn).
    // 96.9% (69,152 of 71,353) once holdout50 and eight writers came in as dev203–211 (round 50: spring's accusations and their
    // defences, spring's alarms, group talk, category borders, hotline transcripts, short messages, cadres' groups, towns).
    // 97.0% (72,600 of 74,854) once holdout51 and eleven writers came in as dev212–223 (round 51: early summer's accusations and
    // defences, its alarms told raw, group talk, category borders of water and works, cadres answering, towns).
    // 97.0% (78,441 of 80,850) once holdout54 and two writers came in as dev239–241 (round 54: early winter's category borders, alarms
    // and accusations; grain buyers gone with the money relabelled 'other' and neighbours' noise 'dispute', as COMMON.md now says).
    // 97.0% (79,543 of 81,994) once AO5, AO6 and holdout55 came in as dev242–244 (round 55: early winter's busy groups and hotline).
    expect(f.category.rate).toBeGreaterThanOrEqual(0.968);
    // Every emergency but one since round 21 (1,432 of 1,433): dev20's sheep dead of feed "怕人吃了出事", feared, not
    // a rescue now by the rules, is left a miss rather than a rule for animals.
    // 1,658 of 1,660 once dev22 came in, before its kinds (round 23): an old man of eighty out with his cattle since morning, in Hunan speech.
    // 1,680 of 1,681 after them (the Hunan herder read by the rules; the sheep dead of feed still a miss).
    // 1,897 of 1,899 once dev23–26 came in, before their kinds.
    // 1,901 of 1,902 after them (round 23b: a child pulled out not breathing read by the rules; the sheep dead of feed still a miss).
    // 3,720 of 3,722 after round 27 (dev50–61 and their emergencies as kinds): the sheep dead of feed, and a wall cracked after
    // rain behind a neighbour's child's room whose family "seem not home", left a miss.
    // 4,020 of 4,022 after round 28 (dev62–66 and their emergencies as kinds): the same two.
    // 4,442 of 4,445 after round 29 (dev67–73 and their emergencies as kinds): the same two, and a burst pipe flooding a room with an
    // old woman alone who cannot shut the valve, labelled an emergency by one writer and no rescue by the earlier kind (a valve to close).
    // 4,673 of 4,676 after round 30 (dev74–80 and their emergencies as kinds): the same three.
    // 4,701 of 4,704 after round 31 (the network, dev81–84, a family kept in a house whose roof is half off as a kind): the same three.
    // 4,916 of 4,919 after round 32 (holdout30 and holdout31 folded in as dev85–86): the same three.
    // 5,245 of 5,249 once dev87–91 came in and the eleven emergencies the fit missed in them were read as kinds: the same three, and
    // an open manhole at a school gate that a child nearly fell into, still open (an emergency to one writer; a near miss by the
    // conventions).
    // 5,584 of 5,588 once dev92–96 came in and the five emergencies the round-32 model missed in them were read as kinds: the same four.
    // 5,681 of 5,686 once dev97–99 came in: the same four, and a pole leaning and not yet down "看着吓人" (feared, by the conventions).
    // 5,981 of 5,986 once dev100–103 came in and the alarms the rules missed in them were read (round 34): the same five.
    // 6,180 of 6,186 once dev104–107 came in (round 35): the same five, and a bridge about to go with children crossing it daily
    // (桥墩都冲歪了 娃上学天天走: feared, by the conventions' leaning pole); 6,330 of 6,336 once dev108–111 came in (a boiler past
    // its red line with people by it, the one more the fit missed, read as a kind).
    // 6,473 of 6,479 once dev112–114 came in (round 36): the same six. (A draft that made 前几天 a word of the past silenced dev62's
    // "他前几天说头疼 一个人在… 麻烦派人去看看" for the learned net; taken out before commit.)
    // 6,622 of 6,628 once dev115–117 came in (round 37): the same six.
    // 6,874 of 6,880 once dev118–120 came in (round 38): the same six (dev18's bridge with a car on it, dropped by the retrained net, is a rule now);
    // 6,937 of 6,943 once dev121–122 came in: the same six (dev44's toddler gone in a moment by the river, missed by that retrain, is a rule).
    // 7,107 of 7,113 once dev123–126 came in (round 39): the same six (dev120's boy not home with the phone off, dropped by a retrain, is
    // a rule).
    // 7,520 of 7,526 once dev127–133 came in (round 40): the same six (the round's retrains dropped dev66's wall half down by a mother's
    // room, dev79's threat to jump, dev120's child by the highway and stack fire, dev51's shoes on the bank: the last four are rules).
    // 7,776 of 7,783 once dev134–137 came in (round 41): the same six and dev66's wall; the seven alarms of dev136 (a writer of
    // floods, storms and fires now and after) the round's retrain missed, and dev79's blood pressure past two hundred, are rules.
    // 8,060 of 8,066 once dev138–141 came in (round 42): the same six (dev66's wall read again; dev139's slope about to slide with the
    // family asking where to go tonight, missed by the round's retrain, is a rule).
    // 8,501 of 8,510 once dev142–149 came in (round 43): the six before, and three the new writers call emergencies and the rules
    // leave to a cadre — a wall leaning and shedding bricks over a school path, a house being pulled down with the family's things
    // inside, a pipe burst in a flat where a woman alone cannot shut the valve.
    // 8,927 of 8,936 once dev150–156 came in (round 44): those nine (dev150–156's own alarms the rules missed — a cellar, a laden
    // tricycle overturned, a bridge swaying with people on it, a house shaken over a woman who cannot move — are rules).
    // 9,431 of 9,441 once dev157–164 came in (round 45): the same ten older ones; dev157–164's own missed alarms are rules.
    // 9,990 of 10,000 once dev165–175 came in (round 46): the same ten; dev165–175's own missed alarms are rules.
    // 10,512 of 10,522 once dev176–186 came in (round 47): the same ten; dev176–186's own missed alarms are rules.
    // 10,977 of 10,988 once dev187–197 came in (round 48): the same ten and a line of pinyin (dian xian gan dao le…); the rest are rules.
    // 11,794 of 11,808 once dev203–211 came in (round 50): those eleven and three conventions the new writers read otherwise than
    // earlier ones (a child bitten by a dog of unknown owner with no vaccine at the clinic; two open manholes with children near), left
    // to the writers as the bridge with traffic crossing was in round 49.
    // 12,563 of 12,580 once dev212–223 came in (round 51): those fourteen and three more the early-summer writers read as alarms and
    // earlier writers did not (a fence that tingles in the rain from old wiring; a wire hanging at a man's height with children passing;
    // a dam's foot seeping with a small pit bubbling), left to the writers.
    // 13,226 of 13,257 once dev224–233 came in (round 52): the net retrained on the high-summer writers' look-alikes (floods told as
    // settings, claims and stories) no longer reads some older alarms, and no rule did; the round's rules read back three (a wall
    // shedding bricks over the school path, a rotten-egg smell and no answer at a door, a wall bulging behind a child's bedroom). The
    // rest are the conventions left to the writers (open manholes, bridges with traffic, a dam's foot seeping, households that will not
    // move told by their cadres, a wire hanging low).
    // 13,587 of 13,622 once dev234–238 came in (round 53): the net retrained on autumn's look-alikes no longer reads two more older
    // alarms no rule reads (a pole leaning onto a roof held by the eaves, a pole's wires hanging low with children passing), as the
    // writers disagree on them; the round's rules read back two (a straw fire's smoke stopping highway traffic, an old man shaking and
    // slurring beside his coal used up).
    // 13,852 of 13,887 once dev239–241 came in (round 54: early winter's alarms told raw, threats over wages, people alone in the cold).
    // 14,047 of 14,081 once dev242–244 came in (round 55: a child in a root cellar, a bus broken down in the snow, poison laid out).
    // 14,491 of 14,526 once dev245–251 came in (round 56: a hill fire coming toward the village, a child astray with the police called,
    // a person struck by a falling drone).
    expect(f.emergencyRecall.rate).toBeGreaterThanOrEqual(0.9974);
    // Every accusation until round 21 (0.97 while dev8's kinds had rows but no rules); 2,113 of 2,130 since
    // dev17–20: mock praise and hints with no benefit named (真清廉啊, 懂的都懂), police and clinic staff, a school's
    // fees and a teacher's seat or punishment (education by the conventions and classifier.test.ts) have no rule.
    // 2,122 of 2,130 since round 22 (dev19's sarcasm, police and clinic staff, forged signatures as rules): 0.996.
    // 2,283 of 2,294 since round 22b (dev21 folded in: a clinic doctor's false prescriptions and a teacher on his phone, labelled misconduct by its writers, read as medical and education): 0.995.
    // 2,406 of 2,424 once dev22 came in, before its kinds (round 23): 0.992.
    // 2,413 of 2,424 after dev22's accusations as rules (round 23, helper A; false misconduct 50 → 39 of ~2,450 flagged): 0.995.
    // 2,651 of 2,684 once dev23–26 came in, before their kinds: 0.987.
    // 2,672 of 2,684 after their accusations as rules (round 23b, helper A; false misconduct 43 → 31 of ~2,700 flagged): 0.995.
    // 3,047 of 3,059 after dev27–31's accusations as rules and the retrain (round 24; false misconduct 30 of 3,077 flagged).
    // 3,298 of 3,311 after dev32–34's (round 25; false misconduct 30 of 3,328 flagged).
    // 4,356 of 4,423 once dev35–49 came in (round 26: about 900 quiet accusations learned by the models, not written as rules;
    // false misconduct 106 of 4,462 flagged); 4,327 (97.8%, 104 false of 4,431) once the accusation model's reading must come
    // with a grievance or a question to make a complaint of a message the complaint model doubts (earlier look-alikes: a cadre's
    // visit, a form asked about, an account that squares).
    // 5,130 of 5,332 (96.2%; false misconduct 188 of 5,318 flagged) once dev50–61 came in (round 27: five writers asked for
    // accusations beside look-alikes in the same words) with their look-alikes as kinds (rules/notAccused.ts, rules/passedOn.ts),
    // the bare path at 0.5 (chosen held out: classifier.ts) and the retrain.
    // 5,453 of 5,729 (95.2%; false misconduct 221 of 5,674 flagged) once dev62–66 came in (round 28) with their look-alikes as
    // kinds (a care home's staff, a waste asked about, a giveaway, an official's ruling reported, an impostor found out).
    // 5,878 of 6,225 (94.4%; false misconduct 292 of 6,170 flagged) once dev67–73 came in (round 29: a writer of 210 quiet
    // accusations beside 215 look-alikes in the same words).
    // 6,367 of 6,792 (93.7%; false misconduct 343 of 6,710 flagged, 5.1%) once dev74–80 came in (round 30: a writer of 230
    // accusations with no title named beside 193 look-alikes, and one of debts and family matters whose cadre words — a son who is
    // a cadre, 推来推去 between brothers — the model reads as accusations: the fit's false flags rose past 5% for the first time).
    // 6,953 of 7,165 (97.0%; false misconduct 179 of 7,132 flagged, 2.5%) with round 31's network and dev81–84.
    // 7,191 of 7,414 (96.99%; false misconduct 186 of 7,377 flagged, 2.5%) once holdout30 and holdout31 came in (dev85–86).
    // 7,566 of 7,812 (96.9%; false misconduct 202 of 7,768 flagged, 2.6%) once dev87–91 came in (a writer of 231 accusations
    // against officials named by what they do, beside 189 look-alikes); 7,572 (201 of 7,773 false) after the false emergencies' kinds.
    // 7,939 of 8,209 (96.7%; false misconduct 222 of 8,161 flagged, 2.7%) once dev92–96 came in (round 33: a writer of 230
    // accusations told sideways beside 190 look-alikes); 8,258 of 8,545 (96.6%; 234 of 8,492 false, 2.8%) once dev97–99 came in
    // (a writer of 220 accusations shown by where the money went).
    // 8,619 of 8,915 (96.7%; 249 of 8,868 false, 2.81%) once dev100–103 came in (round 34: a writer of 223 accusations to be
    // inferred — kin favoured, figures that do not add up, offices sending a villager away — beside 200 look-alikes).
    // 8,994 of 9,307 (96.6%; 265 of 9,259 false, 2.86%) once dev104–107 came in (round 35: a writer of 220 accusations to be
    // inferred beside 203 look-alikes); 9,264 of 9,585 (96.7%; 286 of 9,550 false, 2.99%) once dev108–111 came in (a writer of 263
    // complaints naming an official that accuse nobody, beside 159 accusations).
    // 9,566 of 9,899 (96.6%; 308 of 9,874 false, 3.12%) once dev112–114 came in (round 36: a writer of 194 accusations, many to be
    // inferred, beside 190 complaints that name an official and accuse nobody; the fit's false flags past 3% for the first time since
    // round 30).
    // 9,817 of 10,155 (96.7%; 320 of 10,137 false, 3.16%) once dev115–117 came in (round 37: a writer of 135 accusations beside 287
    // messages that name an official or an office and accuse nobody).
    // 10,135 of 10,471 (96.8%; 331 of 10,466 false, 3.16%) once dev118–120 came in (round 38: a writer of 204 accusations beside 217
    // messages where a buyer, a boss or a fee is blamed and no official is); 10,206 of 10,539 (96.8%; 342 of 10,548 false, 3.24%)
    // once dev121–122 came in (a writer of matters whose category must be thought about, 55 flags of whose 428 complaints the
    // round's model read, 15 of them false).
    // 10,562 of 10,907 (96.8%; 356 of 10,918 false, 3.26%) once dev123–126 came in (round 39: 213 accusations in everyday words beside
    // 207 look-alikes).
    // 10,972 of 11,334 (96.8%; 369 of 11,341 false, 3.25%) once dev127–133 came in (round 40: 150 accusations beside 270 look-alikes,
    // 279 lines of group talk with trigger words, a hotline's day; the rules' own false flags in them read as kinds).
    // 11,271 of 11,630 (96.9%; 384 of 11,655 false, 3.29%) once dev134–137 came in (round 41: holdout41, a writer of money handled by
    // cadres and offices, 167 accusations beside 182 complaints that name an official and accuse nobody).
    // 11,589 of 11,955 (96.9%; 392 of 11,981 false, 3.27%) once dev138–141 came in (round 42: holdout42, a writer of 205 accusations
    // for conduct other than money beside 129 complaints that name a cadre and accuse nobody; the rules' own false flags in them read
    // as kinds).
    // 12,071 of 12,437 (97.1%; 407 of 12,478 false, 3.26%) once dev142–149 came in (round 43: holdout43, a writer of 139 accusations
    // beside complaints that name a cadre and accuse nobody, four general mixes).
    // 12,472 of 12,828 (97.2%; 418 of 12,890 false, 3.24%) once dev150–156 came in (round 44: holdout44, a writer of 156 accusations
    // about money and collective property beside 150 look-alikes).
    // 12,876 of 13,248 (97.2%; 434 of 13,310 false, 3.26%) once dev157–164 came in (round 45: holdout45, a writer of 151 accusations
    // about officials, the police's absence and works for show beside 150 look-alikes).
    // 13,605 of 13,995 (97.2%; 479 of 14,084 false, 3.40%) once dev165–175 came in (round 46: three writers of officials and their kin
    // named and not accused, about 700 look-alikes beside 330 accusations; the net still flags some of them in fit).
    // 14,218 of 14,608 (97.3%; 480 of 14,698 false, 3.27%) once dev176–186 came in (round 47: a writer of the accusation's border, 130
    // beside 200 look-alikes; a writer of hints, 172 beside 170 honest look-alikes).
    // 14,800 of 15,214 (97.3%; 522 of 15,322 false, 3.41%) once dev187–197 came in (round 48: a writer of the accusation's border, 161
    // beside 150 look-alikes; a writer of runarounds, 130 told as the office's purpose beside 180 honest referrals).
    // 15,149 of 15,568 (97.3%; 535 of 15,684 false, 3.41%) once dev198–202 came in (round 49: a writer of the accusation's border at the
    // Spring Festival, 159 beside 170 look-alikes, many told as a joke with an emoji).
    // 15,618 of 16,037 (97.4%; 542 of 16,160 false, 3.35%) once dev203–211 came in (round 50: 130 accusations beside about 170 cadres
    // defended, notices and rumours cleared; cadres' own groups with their clarifications).
    // 16,239 of 16,660 (97.5%; 540 of 16,779 false, 3.22%) once dev212–223 came in (round 51: early summer's accusations beside cadres
    // answering, notices and news; a runaround between offices alone now reads as the matter's own complaint).
    // 17,140 of 17,573 (97.5%; 605 of 17,745 false, 3.41%) once dev234–238 came in (round 53: autumn's accusations told raw beside
    // fees, receipts and runarounds that accuse nobody; cadres addressed in busy groups).
    // 17,334 of 17,770 (97.5%; 605 of 17,939 false, 3.37%) once dev239–241 came in (round 54: money paid into a teacher's own hands,
    // bribes to a heating station, a card swiped for drugs never had, beside fines disputed and helpers changed).
    // 17,577 of 18,005 (97.6%; 612 of 18,189 false, 3.36%) once dev242–244 came in (round 55: markups asked after, dues kept, a helper
    // filling the book himself, a benefit kept for a consideration).
    expect(f.misconductRecall.rate).toBeGreaterThanOrEqual(0.97);
    expect(f.falseMisconduct.rate).toBeLessThan(0.0342);
    // At most 20 of 2,756 (2 of 2,120 before dev12–15; 7 of 1,635 while dev8's chatter kinds had no
    // rules). dev12–15's writers call chatter what earlier writers and the conventions file: a
    // first-person loss sighed over (鸭子丢了三只 唉), grumbles about prices with no one to act, an
    // official's mishap told as news; the complaint model, regularised harder, does not fit them all.
    // 48 of 3,373 since dev17–20 (their writers file asides about 医保 and 低保, hotline status records, scares
    // explained away as chatter).
    // 51 of 3,685 since round 22b (dev21 calls chatter a road given up on, "算了 不说了", and a caller's 低保 question answered on the line).
    // 88 of 4,001 once dev22 came in, before its kinds (round 23): its writers call chatter questions about a subsidy's rules, a
    // scare that is over, and asks whether the platform tells cadres who reported.
    // 76 of 4,013 after them (chatter forms for a family joke, one's own fault, a matter settled, a question on confidentiality).
    // 102 of 4,654 once dev23–26 came in, before their kinds.
    // 95 after round 23b's helper A (an official's notice passed on with reassurance, a past official's reminiscence, office hours asked).
    // 72 of 4,670 after them (round 23b: a plain question how a procedure is done or whether a subsidy exists, news over and
    // harmless, false emergencies as rules).
    // 65 with both halves merged and the model retrained.
    // 77 of 5,547 since dev27–31 came in (round 24); six of theirs: a lost card asked how to reissue, a disabled child's school
    // asked, a student's grant asked where, a weasel's theft laughed at, the snow remembered, a cadre praised at length.
    // 84 of 6,116 since dev32–34 came in (round 25): their writers' chatter the model files (a rescue over and thanked, a
    // flood gone down, a job notice) that no broad form reads without filing or dropping rows elsewhere.
    // 204 of 7,999 since dev35–49 came in (round 26): two writers asked for the gate's hard cases call grumbles, sighs and
    // reported stories chatter that the earlier writers filed, and the complaint model is not fitted to them by rules.
    // 307 of 9,472 since dev50–61 came in (round 27: two writers asked for chatter beside complaints in notices and replies).
    // 381 of 10,270 since dev62–66 came in (round 28: a writer of praise, news and handouts in groups).
    // 486 of 11,167 since dev67–73 came in (round 29: a writer of chatter that sounds like a complaint, one of town 社区 groups).
    // 552 of 12,243 since dev74–80 came in (round 30: questions that are only questions, grievances told sideways).
    // 230 of 12,652 with round 31's network (its complaint head at 0.7) and dev81–84.
    // 240 of 13,200 once holdout30 and holdout31 came in (dev85–86, round 32).
    // 272 of 14,027 once dev87–91 came in (round 32: a writer of festive chatter with trigger words, one of questions); 252 once
    // 救命 sighed over an everyday matter, 跳楼价, a rumour denied and the like were no longer emergencies (an emergency is always
    // a complaint).
    // 284 of 14,626 once dev92–96 came in (round 33: a writer of chatter that looks like a complaint beside complaints that read as
    // chatter); 292 of 15,004 once dev97–99 came in.
    // 319 of 15,700 once dev100–103 came in (round 34: 125 look-alikes of inferred accusations, 193 questions and sighs beside
    // complaints told the same way, 117 notices and warnings); 314 once their false emergencies were read as kinds (an emergency is
    // always a complaint).
    // 339 of 16,331 once dev104–107 came in (round 35: 210 chatter lines that sound like complaints, 69 look-alikes of accusations).
    // 346 of 16,944 once dev108–111 came in (233 lines of township groups, 112 chatter lines naming officials).
    // 360 of 17,473 once dev112–114 came in (round 36: 208 plain questions, thanks and sighs beside complaints told the same way).
    // 367 of 18,090 once dev115–117 came in (round 37: 202 chatter lines of busy village groups, 145 naming officials).
    // 385 of 18,599 once dev118–120 came in (round 38: holdout38's 284 chatter lines, 170 winter lines with danger words).
    // 388 of 18,808 once dev121–122 came in (round 38: a township's winter group).
    // 412 of 19,619 once dev123–126 came in (round 39: holdout39's 283 chatter lines, a writer of 280 New Year group lines that carry
    // trigger words, 114 look-alikes of accusations; 2.10% against 2.06%).
    // 435 of 20,757 once dev127–133 came in (round 40: holdout40's 283 chatter lines, 279 lines of group talk with trigger words, 151
    // lines with danger words and no danger, a hotline's 109 calls that ask nothing; the rules' own false alarms in them read as kinds;
    // 2.10%).
    // 440 of 21,391 once dev134–137 came in (round 41: holdout41's 276 chatter lines, 208 chatter lines beside complaints told as
    // questions and asides; 2.06%).
    // 442 of 22,166 once dev138–141 came in (round 42: holdout42's 274 chatter lines, a busy group's 289 lines of talk with trigger
    // words; 1.99%).
    // 459 of 23,508 once dev142–149 came in (round 43: holdout43's 297 chatter lines, 192 lines of chatter that looks like a
    // complaint, four general mixes; 1.95%).
    // 468 of 24,618 once dev150–156 came in (round 44: holdout44's 280 chatter lines, a busy group's 222 and 双清's 194; 1.90%).
    // 477 of 25,764 once dev157–164 came in (round 45: holdout45's 275 chatter lines, a chatter-border writer's 214; 1.85%).
    // 487 of 27,209 once dev165–175 came in (round 46: a chatter-border writer's 216, a busy group's 211; 1.79%).
    // 493 of 28,581 once dev176–186 came in (round 47: a busy winter group's 256, chatter told in a complaint's shapes, 159; 1.72%).
    // 519 of 30,017 once dev187–197 came in (round 48: a year-end group's 241, short chatter told in a complaint's few words, 170; 1.73%).
    // 533 of 30,850 once dev198–202 came in (round 49: festival group chat full of trigger words, 201; 1.73%).
    // 552 of 32,404 once dev203–211 came in (round 50: spring group talk with trigger words, cadres' notices and clarifications; 1.70%).
    // 657 of 34,332 once dev212–223 came in (round 51: a writer of 296 chatter lines a careless system would file — questions about a
    // procedure, sighs, praise of a quick fix — and another of 139 beside complaints told as questions; 1.91%).
    // 721 of 36,126 once dev224–233 came in (round 52: 294 lines of group chatter full of trigger words, 2.00%; round 51 1.91%).
    // 733 of 36,833 once dev234–238 came in (round 53: 203 lines of autumn group talk with cadres' notices and cadres asked after, 1.99%).
    // 735 of 37,277 once dev239–241 came in (round 54: 444 more chatter lines of early winter's notices and updates; 1.97%).
    // 739 of 37,847 once dev242–244 came in (round 55: 570 more chatter lines of early winter's groups, warnings and updates; 1.95%).
    // 753 of 39,003 once dev245–251 came in (round 56: 1,156 more chatter lines, 441 of them spring groups a careless system would file
    // and busy groups with trigger words; 1.93%).
    // 772 of 40,455 once dev252–261 came in (round 57: 1,452 more chatter lines, early summer's groups with weedkiller, exam and flood
    // talk; 1.91%).
    // 796 of 41,880 once dev262–271 came in (round 58: 1,425 more chatter lines, high summer's groups with flood, heat and exam talk;
    // 1.90%).
    // 808 of 43,221 once dev272–281 came in (round 59: 1,341 more chatter lines, harvest groups with grain prices, straw smoke and heating
    // talk; 1.87%).
    expect(f.chatterFiled.wrong).toBeLessThanOrEqual(808);
    // The complaint model is regularised harder than the category model (l2Complaint): a few plain
    // complaints with no matter word stay below its threshold even in the fit (22 of 4,472 after
    // dev8 and train7 came in: terse complaints, impostor calls told, a stolen sheep warned of; 41 of
    // 5,357 once dev9–11, whose writers file terse enquiries and asides as complaints, came in; 88 of
    // 6,506 with dev12–15; 125 of 7,621 with dev17–20).
    // 133 of 8,226 since round 22b (dev21's terse complaints: a scale short, a path fenced in, fertilizer that burnt the crop); 134 after the retrain for the overdose and Hunan kinds.
    // 157 of 8,797 once dev22 came in, before its kinds (round 23): a subsidy or pension asked after, a job asked for.
    // 157 of 8,861 after them (64 complaints more from train11; overdue payments and harms told now rules).
    // 200 of 9,948 once dev23–26 came in, before their kinds (heating relabelled other).
    // 193 after round 23b's helper A.
    // 193 of 9,983 after them (round 23b: harms told — a service out for days, fees and weights, a person in care struck; the
    // procedure form costs four questions earlier writers filed as complaints).
    // 192 with both halves merged and the model retrained.
    // 195 of 11,694 since dev27–31 came in and their kinds were mended (round 24).
    // 210 of 12,879 since dev32–34 came in and their kinds were mended (round 25).
    // 530 of 17,797 since dev35–49 came in (round 26: three writers of terse complaints, two of the gate's hard cases).
    // 559 once the accusation model's complaints need a grievance or a question.
    // 824 of 21,848 since dev50–61 came in (round 27: two writers of terse complaints, one of boundaries, one of notices' replies).
    // 972 of 23,610 since dev62–66 came in (round 28: a writer of complaints told as remarks, sighs and stories).
    // 1,098 of 26,141 since dev67–73 came in (round 29: a writer of complaints that look like chatter — questions, sighs, a lost
    // cow, a loan never repaid).
    // 1,250 of 28,491 since dev74–80 came in (round 30: terse outages, questions that are complaints, sighs).
    // 363 of 29,164 with round 31's network and dev81–84.
    // 381 of 30,330 once holdout30 and holdout31 came in (dev85–86, round 32).
    // 417 of 32,042 once dev87–91 came in (round 32: complaints told as questions and remarks beside questions that are only that);
    // 402 after the retrain with the false emergencies' kinds.
    // 464 of 33,968 once dev92–96 came in (round 33); 476 of 34,849 once dev97–99 came in; 510 of 36,222 once dev100–103 came in
    // (round 34).
    // 573 of 37,711 once dev104–107 came in (round 35: 210 complaints told as questions, praise turned and news turned to our place).
    // 586 of 38,787 once dev108–111 came in.
    // 592 of 39,952 once dev112–114 came in (round 36: 209 complaints told as questions, chase-ups and sighs).
    // 584 of 41,022 once dev115–117 came in (round 37: 206 complaints told as briefly as the chatter beside them).
    // 619 of 42,215 once dev118–120 came in (round 38: holdout38, a writer of money matters where someone is blamed who is no
    // official, a writer of winter dangers now and not now).
    // 628 of 42,858 once dev121–122 came in.
    // 634 of 44,161 once dev123–126 came in (round 39: 306 complaints about officials, half of them accusing nobody).
    // 638 of 46,394 once dev127–133 came in (round 40).
    // 657 of 47,872 once dev134–137 came in (round 41: 210 complaints told as questions, asides and sighs; 1.37% against 1.38%).
    // 648 of 49,211 once dev138–141 came in (round 42; 1.32%).
    // 683 of 51,659 once dev142–149 came in (round 43; 1.32%).
    // 707 of 53,954 once dev150–156 came in (round 44: a busy group's outages and sighs told in a few words; 1.31%).
    // 774 of 56,597 once dev157–164 came in (round 45: hints told as jokes, questions that hide a need, category borders; 1.37%).
    // 818 of 60,170 once dev165–175 came in (round 46: matters told beside a cadre thanked or quoted; 1.36%).
    // 821 of 63,650 once dev176–186 came in (round 47: 240 complaints told as questions, thanks and sighs; 1.29%).
    // 897 of 66,996 once dev187–197 came in (round 48: 200 complaints in a few words, replies in threads; 1.34%).
    // 943 of 68,627 once dev198–202 came in (round 49: complaints tucked into festival greetings and thanks; 1.37%).
    // 950 of 71,353 once dev203–211 came in (round 50: short messages and hotline transcripts; 1.33%).
    // 1,004 of 74,854 once dev212–223 came in (round 51: 260 short complaints and complaints told as questions; 1.34%).
    // 1,031 of 77,685 once dev224–233 came in (round 52; 1.33%).
    // 1,054 of 79,559 once dev234–238 came in (round 53: complaints told without the category's words and cadres asked in groups; 1.32%).
    // 1,068 of 80,850 once dev239–241 came in (round 54: consumer complaints from the New Year market, outages asked after; 1.32%).
    // 1,098 of 81,994 once dev242–244 came in (round 55: 1,144 more complaints, many asked in passing on the hotline; 1.34%).
    // 1,098 of 87,395 once dev252–261 came in (round 57: 2,349 more complaints, many told flatly; 1.26%).
    // 1,135 of 90,594 once dev262–271 came in (round 58: 3,199 more complaints, many asked in passing — a student loan's office, a
    // crop-insurance claim; 1.25%).
    // 1,135 of 93,856 once dev272–281 came in (round 59: 3,262 more complaints; 1.21%).
    expect(f.complaintDropped.wrong).toBeLessThanOrEqual(1135);
  });
});

/**
 * The untuned split, holdout60.jsonl: two writers' messages (AW1 420 in 双清 and in 东辽, 伊通, 双辽 and 铁西; AW2 422 in 泌阳 and in 梨树, 东丰,
 * 西安 and 龙山; autumn harvest into early winter, from 白露 to 立冬: 秋收 and 粮食收购, 秸秆禁烧, 开学 and school fees, 中秋 and 国庆, 秋季防火,
 * 冬储 and Jilin's 供暖 start, the season's first coal stoves, 征兵, 低保 and 防返贫 autumn checks; 842 after removing 19 lines already in the
 * corpus), each written and labelled by someone who never saw the classifier, the corpus or the earlier holdouts, and labelled again by
 * two labellers who saw only the texts (539 and 539 of 557 categories the same, 555 between them; one row both read as `other` where the
 * writer accused the police of idling on a theft was relabelled, as 35 corpus rows file it). Read once untuned on round 58's shipped
 * model: 94.4% of categories, 103 of 103 emergencies, 81 of 85 accusations with 3 of 84 flags false, 17 of 285 chatter lines filed, 9 of
 * 557 complaints dropped (README, "What happens to a complaint" 3; docs/classifier.md, "Round 59"). Nothing is tuned on it.
 * The floors hold round 59's shipped model's rates, read once, pooled over both writers, so that any later regression fails.
 */
const HOLDOUT = path.join(DIR, 'holdout60.jsonl');
const HOLDOUT_FLOORS = {
  /** Category accuracy over complaints, at least (526 of 557; round 58's model 526). */
  category: 0.944,
  /** Emergency recall, at least (the target is 1; 103 of 103; round 58's model 103). */
  emergencyRecall: 1,
  /** Misconduct recall, at least (the target is 1; 82 of 85; round 58's model 81). */
  misconductRecall: 0.964,
  /** Non-emergencies flagged emergency, at most (11 of 739; round 58's model 13). */
  falseEmergency: 0.015,
  /** Rows predicted misconduct that are not, below (the issue's target: under 5%; 3 of 85, 3.5%; round 58's model 3 of 84). */
  falseMisconduct: 0.036,
  /** Chatter rows filed, at most (a rate over chatter rows; 17 of 285; round 58's model 17). */
  chatterFiled: 0.0597,
  /** Complaints read as chatter, at most (a rate over complaints; 5 of 557; round 58's model 9). */
  complaintDropped: 0.009,
};

(fs.existsSync(HOLDOUT) ? describe : describe.skip)('untuned holdout corpus (holdout60; skipped while the file is absent)', () => {
  // Read and evaluated inside the tests only, so a run filtered to other tests (-t) never reads it.
  let read: { holdout: CorpusRow[]; f: Figures } | null = null;
  const load = () => {
    if (!read) {
      const holdout = readCorpus(HOLDOUT);
      read = { holdout, f: evaluate(holdout) };
    }
    return read;
  };
  const rate = (x: { wrong: number; of: number }) => (x.of ? x.wrong / x.of : 0);

  test('is independent of the training rows (only short stock chatter may coincide: "测试", "在吗", "这个群是干啥的 谁拉我进来的")', () => {
    const { holdout } = load();
    const seen = new Set(train.map((r) => r.text));
    expect(holdout.length).toBeGreaterThanOrEqual(800);
    for (const r of holdout.filter((x) => seen.has(x.text))) expect([r.complaint, [...r.text].length <= 16]).toEqual([false, true]);
  });

  test('does not fall below the floors measured untuned', () => {
    const { f } = load();
    expect(f.category.rate).toBeGreaterThanOrEqual(HOLDOUT_FLOORS.category);
    expect(f.emergencyRecall.rate).toBeGreaterThanOrEqual(HOLDOUT_FLOORS.emergencyRecall);
    expect(f.misconductRecall.rate).toBeGreaterThanOrEqual(HOLDOUT_FLOORS.misconductRecall);
    expect(f.falseEmergency.rate).toBeLessThanOrEqual(HOLDOUT_FLOORS.falseEmergency);
    expect(f.falseMisconduct.rate).toBeLessThan(HOLDOUT_FLOORS.falseMisconduct);
    expect(rate(f.chatterFiled)).toBeLessThanOrEqual(HOLDOUT_FLOORS.chatterFiled);
    expect(rate(f.complaintDropped)).toBeLessThanOrEqual(HOLDOUT_FLOORS.complaintDropped);
  });
});
