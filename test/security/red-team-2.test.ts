/**
 * Red team, second round: insiders through doors the other security tests do not walk. The
 * attackers are the accused township (its head, its cadres) and people who work beside it; the
 * prize is the whistleblower's identity or that a report exists.
 */
import { Ticket } from '../../src/entities/Ticket';
import { Staff } from '../../src/entities/Staff';
import { acceptTicket, addNote, createTicket, recategoriseTicket, requestReview, resolveTicket, SYSTEM, transferTicket } from '../../src/tickets';
import { staffActor } from '../../src/tickets/staff-actor';
import { startTestApp, TestApp } from '../support/app';
import { at, DAY, filers, seatDesks } from '../support/shuangqing-desks';
import { wireFeatures } from '../../src/wiring';
import { handleInbound } from '../../src/channels/chat/handler';
import { wechatKey } from '../../src/channels/chat/identity';
import { TicketEvent } from '../../src/entities/TicketEvent';
import type { Actor } from '../../src/tickets/actor';
import { importOrganisation } from '../../src/org';
import { seedReference } from '../../src/seed/demo';
import { Unit } from '../../src/entities/Unit';
import { login, withSession } from '../support/session';
import { fillTemplate, SHUANGQING, withRows } from '../org/support';

jest.setTimeout(120_000);

let app: TestApp;
const who: Record<string, Staff> = {};
const tok: Record<string, string> = {};

const { sms, reload, actorOf } = filers(() => app, 'red-team-2');

beforeAll(async () => {
  wireFeatures();
  app = await startTestApp({ areas: ['430502'] });
  await seatDesks(app, who, tok);
});
afterAll(() => app?.close());

describe('repeat links (重复信访) a recategorisation leaves across the misconduct line', () => {
  /** What the township reads of one of its tickets, and whether its 台账 files it under 重复. */
  const township = async (id: number) => {
    const one = await app.call('GET', `/api/v1/tickets/${id}`, { token: tok.townshipHead });
    const repeats = await app.call('GET', '/api/v1/ledger?repeat=true&pageSize=100', { token: tok.townshipHead });
    expect(one.status).toBe(200);
    expect(repeats.status).toBe(200);
    return { ticket: one.body, listedAsRepeat: repeats.body.items.some((t: any) => t.id === id) };
  };

  it('the villager’s second call, made a report, leaves no repeat count on the township’s ticket', async () => {
    const first = await sms('火车站乡莲荷村村头的路灯坏了三个月了 晚上走路看不见', '13900003001', at(0), { category: 'infrastructure' });
    const second = await sms('莲荷村村头路灯坏了三个月还没人修 晚上走路看不见', '13900003001', at(DAY), { category: 'infrastructure' });
    expect(second.ticket.repeatOfId).toBe(first.ticket.id);
    expect((await township(first.ticket.id)).ticket.repeatCount).toBe(1);

    // On the phone the villager says the lamp money went to the village cadres: a report.
    await recategoriseTicket(
      app.ds,
      await actorOf(who.officeHead),
      second.ticket.id,
      { category: 'misconduct', reason: '来电反映路灯维修款被村干部截留' },
      { now: at(DAY + 30) },
    );
    const report = await reload(second.ticket.id);
    expect(report.category).toBe('misconduct');
    expect(report.handlingUnitId).not.toBe(first.ticket.handlingUnitId);
    expect((await app.call('GET', `/api/v1/tickets/${report.id}`, { token: tok.townshipHead })).status).toBe(404);

    // The township's ticket no longer counts a petition it cannot read: no 重复 flag, no count.
    const seen = await township(first.ticket.id);
    expect(seen.ticket.repeatCount).toBe(0);
    expect(seen.listedAsRepeat).toBe(false);
    // Nor does the report point at the township's ticket (the commission cannot read that one).
    expect(report.repeatOfId).toBeNull();
  });

  it('the villager’s first call, made a report, is not the earlier petition of the township’s ticket', async () => {
    const first = await sms('火车站乡莲荷村二组的自来水停了一个礼拜 没水做饭', '13900003011', at(3 * DAY), { category: 'water' });
    const second = await sms('莲荷村二组自来水停了一个礼拜还没来水 没水做饭', '13900003011', at(4 * DAY), { category: 'water' });
    expect(second.ticket.repeatOfId).toBe(first.ticket.id);
    expect(second.ticket.handlingUnitId).toBe(first.ticket.handlingUnitId);

    await recategoriseTicket(
      app.ds,
      await actorOf(who.officeHead),
      first.ticket.id,
      { category: 'misconduct', reason: '来电反映村干部收了钱才给接水' },
      { now: at(4 * DAY + 30) },
    );
    expect((await app.call('GET', `/api/v1/tickets/${first.ticket.id}`, { token: tok.townshipHead })).status).toBe(404);

    // The township's ticket names no earlier petition it cannot read, and is no repeat any more.
    const seen = await township(second.ticket.id);
    expect(seen.ticket.repeatOfId ?? null).toBeNull();
    expect(seen.ticket.repeatCount).toBe(0);
    expect(seen.listedAsRepeat).toBe(false);
    expect((await reload(first.ticket.id)).repeatCount).toBe(0);
  });
});

describe('the number a 复查 of a report draws', () => {
  const seqOf = (t: Ticket) => Number(t.number.split('-')[2]);

  it('a report the commission re-filed under its true category still draws no public number for its 复查 (no gap, no count)', async () => {
    const filed = await sms('火车站乡的副乡长把我家的低保名额给了他亲戚', '13900003021', at(6 * DAY));
    const report = await reload(filed.ticket.id);
    expect(report.category).toBe('misconduct');
    expect(report.accusedUnitId).not.toBeNull();
    // The commission files it under what it is about; it keeps it, the township still shut out.
    const disc = await actorOf(who.discipline);
    await recategoriseTicket(app.ds, disc, report.id, { category: 'welfare', reason: '实为低保评定问题' }, { now: at(6 * DAY + 10) });
    await acceptTicket(app.ds, disc, report.id, {}, { now: at(6 * DAY + 20) });
    await resolveTicket(app.ds, disc, report.id, { text: '经核查，已责令重新评定' }, { now: at(7 * DAY) });
    expect((await reload(report.id)).category).toBe('welfare');

    // Two ordinary tickets of the day around the villager's 复查 request.
    const before = await sms('火车站乡莲荷村三组的水渠堵了 田里灌不上水', '13900003022', at(8 * DAY), { category: 'infrastructure' });
    const review = await requestReview(
      app.ds,
      { kind: 'villager', petitionerId: report.petitionerId!, tokenId: 0 },
      report.id,
      { reason: '名额还是没给我家' },
      { now: at(8 * DAY + 5) },
    );
    const after = await sms('火车站乡莲荷村四组的路灯一到晚上就灭', '13900003023', at(8 * DAY + 10), { category: 'infrastructure' });

    expect(review.accusedUnitId).toBe(report.accusedUnitId);
    expect(review.number).toMatch(/-J\d{4,6}$/);
    // The public series tells nobody that something confidential was numbered in between.
    expect(seqOf(after.ticket)).toBe(seqOf(before.ticket) + 1);
    expect((await app.call('GET', `/api/v1/tickets/${review.id}`, { token: tok.townshipHead })).status).toBe(404);
  });
});

describe('a complaint about cadres sent to the commission by 转办 instead of 更正类别', () => {
  it('is refused: as it stood it stayed readable by the township over the village, the commission’s findings with it', async () => {
    // Unfair, but told with no official, no tie and nobody favoured named: read as welfare. ("名额都给了有关系的人家" is read as
    // favouritism, a report, since round 23; "不该评的评上了" since round 31's network.)
    const filed = await sms('火车站乡莲荷村的低保今年评得不公平 好几户够条件的没评上', '13900003051', at(12 * DAY), { category: 'welfare' });
    const t = await reload(filed.ticket.id);
    expect(t.category).toBe('welfare');
    expect((await app.call('GET', `/api/v1/tickets/${t.id}`, { token: tok.townshipHead })).status).toBe(200);
    const commission = await app.unit('双清区纪委监委');
    const office = await actorOf(who.officeHead);

    // The office hands it to the commission as it stands (the API, the bot's 转办 and an upheld
    // objection all go through the same transfer).
    const moved = await transferTicket(
      app.ds,
      office,
      t.id,
      { unitId: commission.id, reason: '涉及村干部优亲厚友，转纪委监委' },
      { now: at(12 * DAY + 30) },
    ).catch((e) => e);
    expect({ status: moved.status, code: moved.code }).toEqual({ status: 409, code: 'not_a_report' });
    expect((await reload(t.id)).handlingUnitId).toBe(t.handlingUnitId);
    const api = await app.call('POST', `/api/v1/tickets/${t.id}/transfer`, {
      token: await app.token('admin', { staffId: who.officeHead.id }),
      body: { unitId: commission.id, reason: '转纪委监委', version: t.version },
    });
    expect([api.status, api.body.error?.code]).toEqual([409, 'not_a_report']);

    // The way there: 更正类别. Then the commission's finding is its own.
    await recategoriseTicket(app.ds, office, t.id, { category: 'misconduct', reason: '涉及村干部优亲厚友' }, { now: at(12 * DAY + 40) });
    expect((await reload(t.id)).handlingUnitId).toBe(commission.id);
    const disc = await actorOf(who.discipline);
    await acceptTicket(app.ds, disc, t.id, {}, { now: at(12 * DAY + 50) });
    await addNote(app.ds, disc, t.id, { text: '经查，村支书将低保名额给了其亲属，已立案审查' }, { now: at(12 * DAY + 60) });
    const seen = await app.call('GET', `/api/v1/tickets/${t.id}`, { token: tok.townshipHead });
    expect({ status: seen.status, leaked: JSON.stringify(seen.body).includes('立案') }).toEqual({ status: 404, leaked: false });
  });

  it('nor can an office’s routing rule send a category there', async () => {
    const admin = await app.token('admin', { staffId: who.officeHead.id });
    const commission = await app.unit('双清区纪委监委');
    for (const [rule, field] of [
      [{ category: 'welfare', target: 'unit', unitId: commission.id }, 'unitId'],
      [{ category: 'welfare', target: 'county_unit', unitKind: 'discipline' }, 'unitKind'],
      [{ category: 'welfare', target: 'discipline' }, 'target'],
    ] as const) {
      const res = await app.call('POST', '/api/v1/admin/routing-rules', { token: admin, body: { ...rule, jurisdictionCode: '430502' } });
      expect([res.status, res.body.error?.field]).toEqual([400, field]);
    }
    // Another unit is fine (the control).
    const ok = await app.call('POST', '/api/v1/admin/routing-rules', {
      token: admin,
      body: { category: 'welfare', target: 'unit', unitId: (await app.unit('双清区水利局')).id, jurisdictionCode: '430502202' },
    });
    expect([ok.status, ok.body.error?.field]).toEqual([201, undefined]);
    expect((await app.call('DELETE', `/api/v1/admin/routing-rules/${ok.body.id}`, { token: admin })).status).toBe(204);
  });

  it('a report moves between commissions as before', async () => {
    const filed = await sms('火车站乡的副乡长吃拿卡要 办个证要请他吃饭', '13900003052', at(13 * DAY));
    const report = await reload(filed.ticket.id);
    expect(report.handlingUnitId).toBe((await app.unit('双清区纪委监委')).id);
    const city = await app.ds.manager.findOne(Unit, { where: { kind: 'discipline', jurisdictionCode: '4305' } });
    expect(city).not.toBeNull();
    await transferTicket(app.ds, await actorOf(who.discipline), report.id, { unitId: city!.id, reason: '提级办理' }, { now: at(13 * DAY + 10) });
    expect((await reload(report.id)).handlingUnitId).toBe(city!.id);
  });
});

describe('the bot’s work verbs, said by the accused in private chat with a report’s number', () => {
  const BOT = 'bot-red-team-2';
  const bot = { kind: 'bot', name: 'wechat-bot', tokenId: 0 } as Actor;
  let chatSeq = 0;
  const say = async (s: Staff, text: string, now: Date) => {
    const res = await handleInbound(
      app.ds,
      bot,
      { botAccount: BOT, messageId: `rt2-${++chatSeq}`, roomId: null, from: { id: `wx-rt2-${s.id}`, name: s.name }, type: 'text', text } as any,
      now,
    );
    return res.replies.map((x: any) => x.text).join('\n');
  };

  it('接单, 进展, 办结, 转办, 异议, 包案 and 督办 answer as for no such ticket, and change nothing', async () => {
    const filed = await sms('火车站乡的乡长把修路的钱拿去给他小舅子包工程了', '13900003041', at(10 * DAY));
    const report = await reload(filed.ticket.id);
    expect(report.category).toBe('misconduct');
    expect(report.accusedUnitId).toBe((await app.unit('火车站乡人民政府')).id);
    const head = who.townshipHead;
    await app.ds.manager.update(Staff, { id: head.id }, { wechatId: wechatKey(BOT, `wx-rt2-${head.id}`) });
    const events = () => app.ds.manager.countBy(TicketEvent, { ticketId: report.id });
    const before = { events: await events(), version: report.version };

    const n = report.number;
    const ghost = n.replace(/\d{4}$/, '9999');
    const masked = (reply: string, num: string) => reply.split(num).join('<n>');
    // The control: the same verb on a ticket the head works is carried out.
    const own = await sms('火车站乡莲荷村五组的桥栏杆断了 小孩过桥危险', '13900003042', at(10 * DAY + 1), { category: 'infrastructure' });
    expect(masked(await say(head, `接单 ${own.ticket.number}`, at(10 * DAY + 2)), own.ticket.number)).not.toBe(
      masked(await say(head, `接单 ${ghost}`, at(10 * DAY + 2)), ghost),
    );

    const verbs = ['接单', '进展 已经在查了', '办结 已处理', '转办 双清区水利局', '异议 不归我们管', '包案', '督办 3天 抓紧'];
    for (const [i, v] of verbs.entries()) {
      const [verb, ...rest] = v.split(' ');
      const tail = rest.length ? ` ${rest.join(' ')}` : '';
      const now = at(10 * DAY + 10 + i);
      const [real, none] = [await say(head, `${verb} ${n}${tail}`, now), await say(head, `${verb} ${ghost}${tail}`, now)];
      expect({ verb, reply: masked(real, n) }).toEqual({ verb, reply: masked(none, ghost) });
    }
    const after = await reload(report.id);
    expect({ events: await events(), version: after.version }).toEqual(before);
    expect(after.handlingUnitId).toBe(report.handlingUnitId);
  });
});

describe('an admin whose office is accused, moving a person it holds a way in for into the commission', () => {
  // A county loaded from its own workbook (test/org/support.ts): 周丽 (13907390003) is the admin
  // heading 双清区信访局; 孙芳 works in 双清区纪委监委.
  let county: TestApp;
  const sheet = (rows = SHUANGQING) => [{ name: '双清区组织架构.xlsx', data: fillTemplate(rows) }];
  const CLERK = ['李娜', '13907390011', '双清区信访局', '干部', '信访接待员', '', '', '', '', ''];
  const staffBy = (phone: string) => county.ds.manager.findOneByOrFail(Staff, { phone });
  const unitBy = (name: string) => county.ds.manager.findOneByOrFail(Unit, { name });
  let report: Ticket;

  beforeAll(async () => {
    county = await startTestApp({ areas: [] });
    await seedReference(county.ds);
    expect((await importOrganisation(county.ds, sheet())).problemLines).toEqual([]);
    const filed = await createTicket(
      county.ds,
      SYSTEM,
      { text: '双清区信访局有人收了钱才给登记 我要举报', channel: 'sms', externalId: 'red-team-2-office', contact: { phone: '13900003031' } },
      { now: at(0) },
    );
    // Fixture: the report against the county's own petition office, with its commission.
    await county.ds.manager.update(
      Ticket,
      { id: filed.ticket.id },
      { category: 'misconduct', handlingUnitId: (await unitBy('双清区纪委监委')).id, accusedUnitId: (await unitBy('双清区信访局')).id },
    );
    report = await county.ds.manager.findOneByOrFail(Ticket, { id: filed.ticket.id });
  });
  afterAll(() => county?.close());

  it('cannot carry the password it set into the discipline commission: the move is refused, nothing read', async () => {
    const admin = (await actorOfIn(county, await staffBy('13907390003')))!;
    const adminToken = await county.token('admin', { staffId: admin.staff.id });
    expect((await county.call('GET', `/api/v1/tickets/${report.id}`, { token: adminToken })).status).toBe(404);

    // A clerk of its own office: the admin may set the clerk's password (the clerk reads less than it does).
    const hired = await importOrganisation(county.ds, sheet(withRows(SHUANGQING, '人员', (r) => [...r, CLERK])), { actor: admin });
    expect(hired.problemLines).toEqual([]);
    const clerk = await staffBy('13907390011');
    const set = await county.call('POST', `/api/v1/admin/staff/${clerk.id}/password`, { token: adminToken, body: { password: 'Qingdao-2026-x' } });
    expect(set.status).toBe(200);
    // A bind code or password for the commission's staff is the sysadmin's to give (rule 16)...
    const inspector = await staffBy('13907390005');
    expect((await county.call('POST', `/api/v1/admin/staff/${inspector.id}/password`, { token: adminToken, body: {} })).status).toBe(403);

    // ...so the clerk, password and all, is moved there by the next import.
    const moved = await importOrganisation(
      county.ds,
      sheet(withRows(SHUANGQING, '人员', (r) => [...r, ['李娜', '13907390011', '双清区纪委监委', '干部', '纪检监察员', '', '', '', '', '']])),
      {
        actor: admin,
      },
    );
    expect(moved.problemLines).toEqual([expect.stringMatching(/^人员 第12行 所在单位：不能将李娜调入纪委监委/)]);
    expect((await staffBy('13907390011')).unitId).toBe(clerk.unitId);
    const s = await login(county, '13907390011', 'Qingdao-2026-x');
    expect((await withSession(county, s, 'GET', `/api/v1/tickets/${report.id}`)).status).toBe(404);

    // The sysadmin may (the CLI's import, or a sysadmin's, decides placements above the county).
    expect(
      (
        await importOrganisation(
          county.ds,
          sheet(withRows(SHUANGQING, '人员', (r) => [...r, ['李娜', '13907390011', '双清区纪委监委', '干部', '纪检监察员', '', '', '', '', '']])),
          { dryRun: true },
        )
      ).problemLines,
    ).toEqual([]);
  });
  it('cannot make the unit where that person sits a discipline commission either', async () => {
    const admin = (await actorOfIn(county, await staffBy('13907390003')))!;
    const adminToken = await county.token('admin', { staffId: admin.staff.id });
    const DESK = ['双清区群众来访接待中心', '信访局', '430502', '双清区人民政府', ''];
    const rows = (kind: string) =>
      withRows(
        withRows(SHUANGQING, '单位', (r) => [...r, [DESK[0], kind, ...DESK.slice(2)]]),
        '人员',
        (r) => [...r, CLERK, ['黄敏', '13907390012', DESK[0], '干部', '接待员', '', '', '', '', '']],
      );
    expect((await importOrganisation(county.ds, sheet(rows('信访局')), { actor: admin })).problemLines).toEqual([]);
    const desk = await staffBy('13907390012');
    expect((await county.call('POST', `/api/v1/admin/staff/${desk.id}/password`, { token: adminToken, body: { password: 'Qingdao-2026-y' } })).status).toBe(
      200,
    );

    const retyped = await importOrganisation(county.ds, sheet(rows('纪委监委')), { actor: admin });
    expect(retyped.problemLines).toEqual([expect.stringMatching(/^单位 第8行 类型：不能更改双清区群众来访接待中心是否为纪委监委/)]);
    expect((await unitBy(DESK[0])).kind).toBe('petition_office');
    // Nor the commission made something else (its reports would then go to whichever is left).
    const away = await importOrganisation(
      county.ds,
      sheet(withRows(rows('信访局'), '单位', (r) => r.map((u) => (u[0] === '双清区纪委监委' ? [u[0], '信访局', ...u.slice(2)] : u)))),
      { actor: admin },
    );
    expect(away.problemLines).toEqual([expect.stringMatching(/^单位 第4行 类型：不能更改双清区纪委监委是否为纪委监委/)]);
    expect((await unitBy('双清区纪委监委')).kind).toBe('discipline');
  });
});

const actorOfIn = (t: TestApp, s: Staff) => staffActor(t.ds.manager, s) as Promise<Extract<Awaited<ReturnType<typeof staffActor>>, { kind: 'admin' }> | null>;
