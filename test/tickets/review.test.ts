import { In } from 'typeorm';
import { addCalendarDays, addHours } from '../../src/clocks/time';
import { addDuration } from '../../src/clocks/deadlines';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { TicketEvent } from '../../src/entities/TicketEvent';
import { Unit } from '../../src/entities/Unit';
import { runEscalation } from '../../src/escalation/sweep';
import { acceptTicket, changeUrgency, declineTicket, rateTicket, reopenTicket, requestReview, resolveTicket, SYSTEM } from '../../src/tickets';
import type { Actor } from '../../src/tickets';
import { mpMount } from '../../src/http/mp/routes';
import { startTestApp, TestApp } from '../support/app';
import { at, file, LIANHE, staffActor } from '../jobs/helpers';

/**
 * 不予受理, 复查/复核 and urgency (信访工作条例 Art. 31–35), as a petitioner and a county office
 * live them: through the API where the wall clock will do, through the commands with an explicit
 * `now` where the 15- and 30-day periods matter.
 */

const NOW = new Date();
const daysAgo = (n: number) => addCalendarDays(NOW, -n);

let app: TestApp;
let admin: string;
const unit: Record<string, Unit> = {};
const who: Record<string, Staff> = {};
const tok: Record<string, string> = {};
const villager = (petitionerId: number): Actor => ({ kind: 'villager', petitionerId, tokenId: 0 });

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502'], mounts: [mpMount] });
  admin = await app.token('admin', { staffId: (await app.staffOf('双清区信访局', (s) => s.position === 'unit_head')).id });
  for (const [k, name] of [
    ['township', '火车站乡人民政府'],
    ['water', '双清区水利局'],
    ['county', '双清区人民政府'],
    ['discipline', '双清区纪委监委'],
  ] as const)
    unit[k] = await app.unit(name);
  unit.city = await app.ds.manager.findOneByOrFail(Unit, { kind: 'city_gov', jurisdictionCode: '4305' });
  unit.cityDiscipline = await app.ds.manager.findOneByOrFail(Unit, { kind: 'discipline', jurisdictionCode: '4305' });
  who.townshipHead = await app.staffOf('火车站乡人民政府', (s) => s.position === 'unit_head');
  who.townshipCadre = await app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre');
  who.waterHead = await app.staffOf('双清区水利局', (s) => s.position === 'unit_head');
  who.waterCadre = await app.staffOf('双清区水利局', (s) => s.role === 'cadre');
  who.countyLeader = (await app.ds.manager.find(Staff, { where: { unitId: unit.county.id, position: 'county_leader' } })).find((s) =>
    (s.categories ?? []).includes('infrastructure'),
  )!;
  Object.assign(tok, await app.tokensOf(who));
});
afterAll(() => app.close());

const outbox = (ticketId: number, kind?: string) =>
  app.ds.manager.find(OutboxMessage, { where: { ticketId, ...(kind ? { kind } : {}) }, order: { id: 'ASC' } });
const events = (ticketId: number) => app.ds.manager.find(TicketEvent, { where: { ticketId }, order: { id: 'ASC' } });
const reload = (id: number) => app.ds.manager.findOneByOrFail(Ticket, { id });

describe('不予受理', () => {
  it('the township declines within 15 days; the villager is told where to go instead; the clocks and the ladder stop', async () => {
    const me = await app.villagerToken({ name: '王桂芳', phone: '13700001111', wechatId: 'wxid_wanggf' });
    const filed = await app.call('POST', '/api/v1/tickets', {
      token: me.token,
      body: { text: '我跟隔壁老刘家宅基地界线扯皮，法院已经立案了，想让乡里给评评理', villageCode: LIANHE, category: 'dispute', channel: 'wechat_private' },
    });
    expect(filed.status).toBe(201);
    expect(filed.body.handlingUnit.name).toBe('火车站乡人民政府');

    const res = await app.call('POST', `/api/v1/tickets/${filed.body.id}/decline`, {
      token: tok.townshipHead,
      body: { reason: 'litigation', text: '该纠纷已由双清区人民法院立案审理' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: 'declined', statusName: '不予受理' });

    const [notice] = await outbox(filed.body.id, 'declined').then((rows) => rows.filter((r) => r.channel === 'wechat_contact'));
    expect(notice.target).toBe('wxid_wanggf');
    expect(String(notice.payload.text)).toMatch(/不予受理.*诉讼.*人民法院/);

    // The villager reads the decision in their history.
    const mine = await app.call('GET', `/api/v1/tickets/${filed.body.id}`, { token: me.token });
    expect(mine.body.history.find((e: any) => e.type === 'declined')).toBeTruthy();

    // Nothing climbs the ladder any more, however late it gets.
    const sweep = await runEscalation(app.ds, addCalendarDays(NOW, 40));
    expect(sweep.fired.filter((f) => f.ticketId === filed.body.id)).toEqual([]);
    const again = await app.call('POST', `/api/v1/tickets/${filed.body.id}/decline`, { token: tok.townshipHead, body: { reason: 'litigation' } });
    expect(again.status).toBe(409);
  });

  it('is refused after the 15-day notice clock, once accepted, to a villager, and with a reason not in the regulation', async () => {
    const late = await file(app.ds, daysAgo(20), { category: 'infrastructure', text: '莲荷村村口的路灯坏了一个月了' });
    const r1 = await app.call('POST', `/api/v1/tickets/${late.id}/decline`, { token: tok.townshipHead, body: { reason: 'arbitration' } });
    expect(r1.status).toBe(409);
    expect(r1.body.error).toMatchObject({ code: 'notice_period_passed', message: '已超过 15 日受理告知期限，不能再作不予受理决定' });

    // Day 14 of the 15 is still in time.
    const inTime = await file(app.ds, daysAgo(14), { category: 'wages', text: '在镇上砖厂干了半年活，老板欠了三万块工钱不给' });
    const ok = await app.call('POST', `/api/v1/tickets/${inTime.id}/decline`, { token: admin, body: { reason: 'arbitration' } });
    expect(ok.status).toBe(200);
    expect(String((await outbox(inTime.id, 'declined'))[0].payload.text)).toContain('劳动人事争议仲裁委员会');

    const accepted = await file(app.ds, daysAgo(2), { category: 'infrastructure', text: '莲荷村二组的水渠堵了' });
    await acceptTicket(app.ds, SYSTEM, accepted.id, {});
    expect((await app.call('POST', `/api/v1/tickets/${accepted.id}/decline`, { token: tok.townshipHead, body: { reason: 'litigation' } })).status).toBe(409);
    // Accepted, then handed on: still a matter that was accepted.
    await app.call('POST', `/api/v1/tickets/${accepted.id}/transfer`, { token: admin, body: { unitId: unit.water.id, reason: '属水利' } });
    const moved = await app.call('POST', `/api/v1/tickets/${accepted.id}/decline`, { token: admin, body: { reason: 'litigation' } });
    expect(moved.body.error.code).toBe('already_accepted');

    const fresh = await file(app.ds, NOW, { category: 'infrastructure', text: '莲荷村桥头的护栏被车撞坏了' });
    const bad = await app.call('POST', `/api/v1/tickets/${fresh.id}/decline`, { token: tok.townshipHead, body: { reason: '不想管' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('reason');
    const me = await app.villagerToken({ phone: '13700002222' });
    expect((await app.call('POST', `/api/v1/tickets/${fresh.id}/decline`, { token: me.token, body: { reason: 'litigation' } })).status).toBe(403);
    // The co-handling or an unrelated unit cannot decline someone else's ticket.
    expect([403, 404]).toContain(
      (await app.call('POST', `/api/v1/tickets/${fresh.id}/decline`, { token: tok.waterHead, body: { reason: 'litigation' } })).status,
    );
    expect((await reload(fresh.id)).status).toBe('assigned');
  });
});

describe('复查 and 复核', () => {
  // Monday 2026-06-01 09:00: the petition; the township answers on 06-11.
  const t0 = at(2026, 6, 1, 9);
  let petition: Ticket;
  let review: Ticket;
  let recheck: Ticket;
  let petitionerId: number;

  beforeAll(async () => {
    petition = await file(app.ds, t0, {
      category: 'infrastructure',
      text: '莲荷村到火车站乡的路坑坑洼洼，一下雨根本走不了，娃娃上学都难',
      contact: { name: '赵老三', phone: '13911112222', wechatId: 'wxid_zhaolaosan' },
    });
    petitionerId = petition.petitionerId!;
    expect(petition.handlingUnitId).toBe(unit.township.id);
    const cadre = await staffActor(app.ds, '火车站乡人民政府');
    await acceptTicket(app.ds, cadre, petition.id, {}, { now: at(2026, 6, 2, 9) });
    await resolveTicket(app.ds, cadre, petition.id, { text: '已安排施工队对坑洼路段进行修补' }, { now: at(2026, 6, 11, 16) });
  });

  it('a 复查 goes to the county government with a 30-day clock, told to the villager and to the leader in charge', async () => {
    review = await requestReview(app.ds, villager(petitionerId), petition.id, { reason: '只补了几个坑，还是走不了' }, { now: at(2026, 6, 21, 10) });
    expect(review).toMatchObject({ stage: 'review', reviewOfId: petition.id, handlingUnitId: unit.county.id, status: 'assigned', petitionerId });
    // 30 days from Sunday 06-21: 07-21 (a Tuesday), 24:00.
    expect(review.resolutionDueAt.toISOString()).toBe(at(2026, 7, 22).toISOString());
    expect(review.number).toMatch(/^430502-20260621-\d{4}$/);

    const original = await reload(petition.id);
    expect(original.status).toBe('closed');
    expect((await events(petition.id)).filter((e) => e.type === 'review_requested').map((e) => [e.visibility, e.data?.reviewNumber])).toEqual([
      ['public', review.number],
    ]);
    // Filed by phone: told by SMS.
    const told = (await outbox(petition.id, 'review')).find((o) => o.channel === 'sms' && o.target === '13911112222')!;
    expect(String(told.payload.text)).toContain(`复查工单号 ${review.number}，由双清区人民政府办理`);
    const leader = (await outbox(review.id, 'review')).map((o) => o.target);
    expect(leader).toEqual([String(who.countyLeader.id)]);
    expect(review.assigneeId).toBe(who.countyLeader.id);

    // The villager follows both: the review in their list, the step in the petition's history.
    const me = await app.token('villager', { petitionerId });
    const mine = await app.call('GET', `/api/v1/tickets/${review.id}`, { token: me });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ stage: 'review', stageName: '复查' });
    expect(mine.body.history.map((e: any) => e.type)).toEqual(expect.arrayContaining(['review_opened', 'assigned']));
    expect(mine.body.history.find((e: any) => e.type === 'review_opened').data.answer).toBe('已安排施工队对坑洼路段进行修补');
  });

  it('the petition is not reopened while under review, nor a second 复查 opened', async () => {
    const back = await reopenTicket(app.ds, villager(petitionerId), petition.id, { reason: '还是没修好' }).catch((e) => e);
    expect(back.code).toBe('under_review');
    const twice = await requestReview(app.ds, villager(petitionerId), petition.id, { reason: '再申请一次' }, { now: at(2026, 6, 22, 10) }).catch((e) => e);
    expect(twice.code).toBe('review_exists');
  });

  it('an overdue 复查 climbs its own ladder (never the 15-day acceptance clock)', async () => {
    // Due 07-22 00:00; one working day past it the county leader in charge is told.
    const fired = (await runEscalation(app.ds, at(2026, 7, 23, 10))).fired.filter((f) => f.ticketId === review.id);
    expect(new Set(fired.map((f) => f.clock))).toEqual(new Set(['response', 'resolution']));
    const resolutionSteps = fired.filter((f) => f.clock === 'resolution').map((f) => f.step);
    expect(resolutionSteps).toEqual(expect.arrayContaining(['unit_head', 'county_leader']));
    expect(fired.find((f) => f.clock === 'resolution' && f.step === 'county_leader')!.recipientId).toBe(who.countyLeader.id);
    expect(fired.find((f) => f.clock === 'resolution')!.dueAt.toISOString()).toBe(at(2026, 7, 22).toISOString());
  });

  it('a 复核 of the 复查 answer goes one level higher (the city), 30 days; its answer makes the matter final', async () => {
    const leader = { kind: 'leader', staff: who.countyLeader, unit: unit.county, unitChain: [unit.county.id, unit.city.id], tokenId: 0 } as Actor;
    await acceptTicket(app.ds, leader, review.id, {}, { now: at(2026, 7, 24, 9) });
    expect((await reload(review.id)).legalResolutionDueAt).toBeNull();
    await resolveTicket(app.ds, leader, review.id, { text: '经复查，乡政府已修补主要路段，维持原处理意见' }, { now: at(2026, 7, 27, 15) });
    // A 复查 answer is contested by 复核, not by reopening it at the county.
    expect(((await reopenTicket(app.ds, villager(petitionerId), review.id, { reason: '不服' }).catch((e) => e)) as any).code).toBe('review_not_reopenable');

    recheck = await requestReview(app.ds, villager(petitionerId), review.id, { reason: '复查没到现场看' }, { now: at(2026, 8, 3, 9) });
    expect(recheck).toMatchObject({ stage: 'recheck', reviewOfId: review.id, handlingUnitId: unit.city.id });
    // The city government's leaders are not registered: its petition office is told (not assigned: not its unit).
    const cityOffice = await app.ds.manager.findOneByOrFail(Unit, { kind: 'petition_office', jurisdictionCode: '4305' });
    expect((await outbox(recheck.id, 'review')).map((o) => o.target)).toEqual([String(cityOffice.headStaffId)]);
    expect(recheck.assigneeId).toBeNull();
    // 30 days from 08-03: 09-02 (Wednesday) 24:00.
    expect(recheck.resolutionDueAt.toISOString()).toBe(at(2026, 9, 3).toISOString());
    expect((await events(review.id)).some((e) => e.type === 'review_requested' && e.data?.stage === 'recheck')).toBe(true);

    await acceptTicket(app.ds, SYSTEM, recheck.id, {}, { now: at(2026, 8, 4, 9) });
    await resolveTicket(app.ds, SYSTEM, recheck.id, { text: '经复核，维持复查意见' }, { now: at(2026, 8, 20, 10) });
    for (const id of [petition.id, review.id, recheck.id]) {
      expect((await reload(id)).finalAt?.toISOString()).toBe(at(2026, 8, 20, 10).toISOString());
      expect((await events(id)).filter((e) => e.type === 'final').map((e) => e.visibility)).toEqual(['public']);
    }
  });

  it('after 复核: no 复查 again, no reopening, a "not solved" rating does not reopen, and a later petition is linked and reported, not reopened', async () => {
    expect(
      ((await requestReview(app.ds, villager(petitionerId), recheck.id, { reason: '还不服' }, { now: at(2026, 8, 21) }).catch((e) => e)) as any).code,
    ).toBe('final');
    expect(((await reopenTicket(app.ds, SYSTEM, petition.id, { reason: '再办' }).catch((e) => e)) as any).code).toBe('final');
    const rated = await rateTicket(
      app.ds,
      villager(petitionerId),
      recheck.id,
      { contactedInTime: true, solved: false, satisfied: false },
      { now: at(2026, 8, 22) },
    );
    expect(rated.status).toBe('closed');

    const again = await file(app.ds, at(2026, 9, 1, 9), {
      category: 'infrastructure',
      text: '莲荷村到火车站乡的路还是坑坑洼洼，一下雨根本走不了',
      contact: { name: '赵老三', phone: '13911112222', wechatId: 'wxid_zhaolaosan' },
    });
    expect(again.repeatOfId).toBe(petition.id);
    expect(again.status).toBe('assigned');
    expect((await events(again.id)).find((e) => e.type === 'final_matter')).toMatchObject({
      visibility: 'internal',
      data: { repeatOfNumber: petition.number },
    });
    expect(String((await outbox(again.id, 'ticket_assigned'))[0].payload.text)).toContain('复核终结');
    const original = await reload(petition.id);
    expect([original.status, original.reopenCount]).toEqual(['closed', 0]);
    // The unit may now 不予受理 it for that reason.
    const declined = await declineTicket(app.ds, SYSTEM, again.id, { reason: 'final_after_recheck' }, { now: at(2026, 9, 2) });
    expect(declined.status).toBe('declined');
  });

  it('the 30-day request window follows the period rule and is then closed', async () => {
    const t = await file(app.ds, at(2026, 6, 1, 9), { category: 'infrastructure', text: '莲荷村三组的排水沟塌了' });
    await acceptTicket(app.ds, SYSTEM, t.id, {}, { now: at(2026, 6, 2) });
    // Answered Thursday 06-11: the 30th day is Saturday 07-11, so the window runs to Monday 07-13 24:00.
    await resolveTicket(app.ds, SYSTEM, t.id, { text: '已清理' }, { now: at(2026, 6, 11, 16) });
    const late = await requestReview(app.ds, villager(t.petitionerId!), t.id, { reason: '不服' }, { now: at(2026, 7, 14, 0, 1) }).catch((e) => e);
    expect(late).toMatchObject({ code: 'review_window_passed' });
    expect(late.message).toContain('7月13日 24:00');
    const inTime = await requestReview(app.ds, villager(t.petitionerId!), t.id, { reason: '不服' }, { now: at(2026, 7, 13, 23) });
    expect(inTime.stage).toBe('review');
  });

  it('not before a written answer, and a villager never on someone else’s ticket (404, nothing written)', async () => {
    const owner = await app.villagerToken({ phone: '13600003333', wechatId: 'wxid_owner' });
    const filed = await app.call('POST', '/api/v1/tickets', {
      token: owner.token,
      body: { text: '莲荷村的桥栏杆松了，小孩过桥危险', villageCode: LIANHE, category: 'infrastructure', channel: 'wechat_private' },
    });
    const early = await app.call('POST', `/api/v1/tickets/${filed.body.id}/review`, { token: owner.token, body: { reason: '不服' } });
    expect(early.status).toBe(409);
    await acceptTicket(app.ds, SYSTEM, filed.body.id, {});
    await resolveTicket(app.ds, SYSTEM, filed.body.id, { text: '已加固' });

    const stranger = await app.villagerToken({ phone: '13600004444' });
    const theirs = await app.call('POST', `/api/v1/tickets/${filed.body.id}/review`, { token: stranger.token, body: { reason: '我替他申请' } });
    expect(theirs.status).toBe(404);
    expect(await app.ds.manager.countBy(Ticket, { reviewOfId: filed.body.id })).toBe(0);
    // Cadres do not file reviews for the petitioner; the petition office registers them.
    expect((await app.call('POST', `/api/v1/tickets/${filed.body.id}/review`, { token: tok.townshipHead, body: { reason: '代为申请' } })).status).toBe(403);
    const bad = await app.call('POST', `/api/v1/tickets/${filed.body.id}/review`, { token: owner.token, body: { reason: '' } });
    expect([bad.status, bad.body.error.field]).toEqual([400, 'reason']);

    const mine = await app.call('POST', `/api/v1/tickets/${filed.body.id}/review`, { token: owner.token, body: { reason: '栏杆还是晃' } });
    expect(mine.status).toBe(201);
    expect(mine.body).toMatchObject({ stage: 'review', stageName: '复查', handlingUnit: { name: '双清区人民政府' } });
  });
});

describe('复查 from the mini-program', () => {
  it('offers it while the window is open, files it, then no longer offers it', async () => {
    const me = await app.villagerToken({ openid: 'o_mp_review_1', name: '钱大哥' });
    const filed = await app.call('POST', '/api/v1/tickets', {
      token: me.token,
      body: { text: '莲荷村四组的路灯全黑了，晚上出门摔了好几个人', villageCode: LIANHE, category: 'infrastructure', channel: 'miniprogram' },
    });
    const id = filed.body.id;
    expect((await app.call('GET', `/api/v1/mp/tickets/${id}`, { token: me.token })).body.canRequestReview).toBe(false);
    await acceptTicket(app.ds, SYSTEM, id, {});
    await resolveTicket(app.ds, SYSTEM, id, { text: '已更换灯泡' });
    expect((await app.call('GET', `/api/v1/mp/tickets/${id}`, { token: me.token })).body.canRequestReview).toBe(true);

    const res = await app.call('POST', `/api/v1/mp/tickets/${id}/review`, { token: me.token, body: { reason: '只换了一个，其他还是黑的' } });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ stage: 'review', stageName: '复查', handlingUnit: { name: '双清区人民政府' } });
    expect(res.body.history.find((e: any) => e.type === 'review_opened').title).toContain('复查申请已登记');
    const petitionView = await app.call('GET', `/api/v1/mp/tickets/${id}`, { token: me.token });
    expect(petitionView.body.history.find((e: any) => e.type === 'review_requested').title).toBe(`已申请复查（工单 ${res.body.number}，由双清区人民政府办理）`);
    const told = (await outbox(id, 'review')).map((o) => [o.channel, o.target]);
    expect(told).toEqual([['mp_subscribe', 'o_mp_review_1']]);
    expect((await app.call('GET', `/api/v1/mp/tickets/${id}`, { token: me.token })).body.canRequestReview).toBe(false);
    const other = await app.villagerToken({ openid: 'o_mp_review_2' });
    expect((await app.call('POST', `/api/v1/mp/tickets/${id}/review`, { token: other.token, body: { reason: '不服' } })).status).toBe(404);
  });
});

describe('a 复查 of a misconduct report stays on the discipline line', () => {
  let report: Ticket;
  let review: Ticket;
  beforeAll(async () => {
    report = await file(app.ds, daysAgo(20), {
      category: undefined,
      text: '火车站乡的副乡长把我家的低保名额给了他亲戚',
      contact: { name: '孙大娘', phone: '13522223333', wechatId: 'wxid_sundaniang' },
    });
    expect([report.handlingUnitId, report.accusedUnitId]).toEqual([unit.discipline.id, unit.township.id]);
    await acceptTicket(app.ds, SYSTEM, report.id, {}, { now: daysAgo(19) });
    await resolveTicket(app.ds, SYSTEM, report.id, { text: '经核查，已对相关人员作出处理' }, { now: daysAgo(5) });
    const me = await app.token('villager', { petitionerId: report.petitionerId! });
    const res = await app.call('POST', `/api/v1/tickets/${report.id}/review`, { token: me, body: { reason: '处理太轻，名额还是没给我家' } });
    expect(res.status).toBe(201);
    review = await reload(res.body.id);
  });

  it('goes to the city’s discipline commission, never to a government above the accused', async () => {
    expect(review).toMatchObject({ stage: 'review', handlingUnitId: unit.cityDiscipline.id, accusedUnitId: unit.township.id, category: 'misconduct' });
    expect(review.number).toMatch(/-J\d{4,6}$/);
    const told = (await outbox(review.id, 'review')).map((o) => o.target);
    expect(told).toEqual([String(unit.cityDiscipline.headStaffId)]);
  });

  it('the accused township and the county government learn nothing of it: no read, no list, no notice, no request', async () => {
    for (const token of [tok.townshipHead, tok.townshipCadre]) {
      for (const id of [report.id, review.id]) expect((await app.call('GET', `/api/v1/tickets/${id}`, { token })).status).toBe(404);
      const list = await app.call('GET', '/api/v1/tickets?limit=100', { token });
      expect(list.body.items.map((i: any) => i.id)).not.toEqual(expect.arrayContaining([review.id]));
      expect(list.body.items.map((i: any) => i.id)).not.toContain(report.id);
      const asked = await app.call('POST', `/api/v1/tickets/${report.id}/review`, { token, body: { reason: '申请复查' } });
      expect([403, 404]).toContain(asked.status);
      for (const path of ['decline', 'urgency']) {
        const r = await app.call('POST', `/api/v1/tickets/${review.id}/${path}`, {
          token,
          body: path === 'decline' ? { reason: 'litigation' } : { urgency: 'complex', reason: '情况复杂' },
        });
        expect(r.status).toBe(404);
      }
    }
    const countyLeader = await app.token('leader', { staffId: who.countyLeader.id });
    expect((await app.call('GET', `/api/v1/tickets/${review.id}`, { token: countyLeader })).status).toBe(404);
    const accused = await app.ds.manager.find(Staff, { where: { unitId: unit.township.id } });
    const notices = await app.ds.manager.find(OutboxMessage, { where: { ticketId: In([report.id, review.id]), channel: 'staff' } });
    expect(notices.filter((n) => accused.some((s) => String(s.id) === n.target))).toEqual([]);
    expect(notices.every((n) => !String(n.payload.text).includes('孙大娘') && !String(n.payload.text).includes('13522223333'))).toBe(true);
  });

  it('a 复核 would need the province’s commission, which is not registered: refused clearly, nothing opened', async () => {
    await acceptTicket(app.ds, SYSTEM, review.id, {});
    await resolveTicket(app.ds, SYSTEM, review.id, { text: '经复查，维持原处理' });
    const res = await requestReview(app.ds, villager(report.petitionerId!), review.id, { reason: '不服复查' }).catch((e) => e);
    expect(res).toMatchObject({ code: 'no_higher_level' });
    expect(await app.ds.manager.countBy(Ticket, { reviewOfId: review.id })).toBe(0);
  });
});

describe('urgency', () => {
  it('staff change it: an event, service clocks recomputed from creation, a new ladder; an emergency tells the unit and the township head at once', async () => {
    // Whole seconds: MySQL DATETIME keeps no milliseconds.
    const created = new Date(Math.floor(addHours(NOW, -0.5).getTime() / 1000) * 1000);
    const t = await file(app.ds, created, {
      category: 'water',
      text: '莲荷村自来水总管裂了，水冲进好几户人家',
      contact: { name: '周婶', phone: '13833334444', wechatId: 'wxid_zhoushen' },
    });
    expect(t.handlingUnitId).toBe(unit.water.id);
    const res = await app.call('POST', `/api/v1/tickets/${t.id}/urgency`, {
      token: tok.waterCadre,
      body: { urgency: 'emergency', reason: '水已经淹进屋里，有老人被困' },
    });
    expect(res.status).toBe(200);
    expect(res.body.urgency).toBe('emergency');
    const row = await reload(t.id);
    expect([row.responseDueAt.toISOString(), row.resolutionDueAt.toISOString()]).toEqual([
      addHours(created, 1).toISOString(),
      addHours(created, 2).toISOString(),
    ]);
    expect(row.nextEscalationAt).toBeNull();
    expect((await events(t.id)).find((e) => e.type === 'urgency_changed')).toMatchObject({
      visibility: 'internal',
      data: { from: 'ordinary', to: 'emergency' },
    });

    const urgent = await outbox(t.id, 'emergency');
    const targets = urgent.map((o) => o.target);
    expect(targets).toEqual(expect.arrayContaining([String(who.waterHead.id), String(who.townshipHead.id)]));
    expect(urgent.every((o) => o.nextAttemptAt.getTime() <= Date.now() && String(o.payload.text).startsWith('【紧急】'))).toBe(true);

    // Two hours on, the ladder already fires against the new deadline.
    const fired = (await runEscalation(app.ds, addHours(created, 3))).fired.filter((f) => f.ticketId === t.id && f.clock === 'resolution');
    expect(fired.map((f) => f.step)).toContain('unit_head');

    // Back to ordinary: 7 days from creation again (a last day on a rest day runs on to the next working day, so the test does not
    // depend on the weekday it runs on); changing to the same urgency changes nothing.
    const back = await changeUrgency(app.ds, SYSTEM, t.id, { urgency: 'ordinary', reason: '人员已转移，管道已关阀' });
    expect(back.resolutionDueAt.toISOString()).toBe(addDuration(created, { value: 7, unit: 'calendar_days' }).toISOString());
    expect(back.resolutionDueAt.getTime()).toBeGreaterThanOrEqual(addCalendarDays(created, 7).getTime());
    const same = await changeUrgency(app.ds, SYSTEM, t.id, { urgency: 'ordinary', reason: '重复提交' });
    expect(same.version).toBe(back.version);
  });

  it('on a Saturday night with quiet hours on, emergency notices still go at once; an ordinary one waits for Monday 08:00', async () => {
    const was = process.env.OUTBOX_QUIET_HOURS;
    process.env.OUTBOX_QUIET_HOURS = '1';
    try {
      const night = at(2026, 12, 5, 23);
      const urgent = await file(app.ds, night, { category: 'water', urgency: 'emergency', text: '莲荷村村口变压器冒火花了，电线掉在路上' });
      const told = await outbox(urgent.id, 'emergency');
      expect(told.map((o) => o.target)).toEqual(expect.arrayContaining([String(who.townshipHead.id)]));
      expect(told.map((o) => o.nextAttemptAt.toISOString())).toEqual(told.map(() => night.toISOString()));

      const calm = await file(app.ds, night, { category: 'water', text: '莲荷村三组自来水这两天有点浑' });
      const [assigned] = await outbox(calm.id, 'ticket_assigned');
      expect(assigned.nextAttemptAt.toISOString()).toBe(at(2026, 12, 7, 8).toISOString());
      // Raised to an emergency in the night: told at once as well.
      const later = addHours(night, 0.5);
      await changeUrgency(app.ds, SYSTEM, calm.id, { urgency: 'emergency', reason: '水管爆了，水往屋里灌' }, { now: later });
      const raised = await outbox(calm.id, 'emergency');
      expect(raised.length).toBeGreaterThanOrEqual(2);
      expect(raised.map((o) => o.nextAttemptAt.toISOString())).toEqual(raised.map(() => later.toISOString()));
    } finally {
      if (was === undefined) delete process.env.OUTBOX_QUIET_HOURS;
      else process.env.OUTBOX_QUIET_HOURS = was;
    }
  });

  it('only the handling unit or the petition office; the field is named when wrong', async () => {
    const t = await file(app.ds, NOW, { category: 'water', text: '莲荷村水井的水有股怪味' });
    const me = await app.villagerToken({ phone: '13800005555' });
    expect((await app.call('POST', `/api/v1/tickets/${t.id}/urgency`, { token: me.token, body: { urgency: 'emergency', reason: '很急' } })).status).toBe(403);
    // The co-handling township reads it but does not set its clocks.
    expect(
      (await app.call('POST', `/api/v1/tickets/${t.id}/urgency`, { token: tok.townshipHead, body: { urgency: 'emergency', reason: '很急' } })).status,
    ).toBe(403);
    const bad = await app.call('POST', `/api/v1/tickets/${t.id}/urgency`, { token: tok.waterHead, body: { urgency: 'asap', reason: '很急' } });
    expect([bad.status, bad.body.error.field]).toEqual([400, 'urgency']);
    expect((await app.call('POST', `/api/v1/tickets/${t.id}/urgency`, { token: admin, body: { urgency: 'complex', reason: '涉及多个部门' } })).status).toBe(
      200,
    );
  });

  it('an emergency at intake: the unit and the township head are told at once, the receipt names 110/119/120', async () => {
    const relay = await app.token('channel');
    const res = await app.call('POST', '/api/v1/tickets', {
      token: relay,
      body: {
        text: '莲荷村有人掉进水塘了快来人',
        villageCode: LIANHE,
        category: 'water',
        urgency: 'emergency',
        channel: 'hotline',
        externalId: 'EMG-1',
        contact: { phone: '13900006666' },
      },
    });
    expect(res.status).toBe(201);
    expect(res.body.emergencyAdvice).toMatch(/110.*119.*120/);
    const urgent = await outbox(res.body.id, 'emergency');
    expect(urgent.map((o) => o.target)).toEqual(expect.arrayContaining([String(who.waterHead.id), String(who.townshipHead.id)]));
    expect(urgent.every((o) => o.nextAttemptAt.getTime() === o.createdAt.getTime())).toBe(true);
    expect(await outbox(res.body.id, 'ticket_assigned')).toEqual([]);
  });
});

describe('the OpenAPI document', () => {
  it('describes the new routes from the same schemas that validate them', async () => {
    const doc = (await app.call('GET', '/api/v1/openapi.json')).body;
    for (const p of ['/api/v1/tickets/{id}/decline', '/api/v1/tickets/{id}/review', '/api/v1/tickets/{id}/urgency', '/api/v1/mp/tickets/{id}/review'])
      expect([p, !!doc.paths[p]?.post]).toEqual([p, true]);
    const decline = JSON.stringify(doc.paths['/api/v1/tickets/{id}/decline'].post);
    expect(decline).toContain('administrative_review');
  });
});
