/**
 * Red team, third round: insiders after the day's changes (held notices and their digest, the
 * leader inbox, per-key rate limits) and through follow-up doors (复查/复核).
 */
import { Ticket } from '../../src/entities/Ticket';
import { Staff } from '../../src/entities/Staff';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { ChatTarget } from '../../src/entities/ChatTarget';
import { Dispatcher } from '../../src/outbox/dispatcher';
import { loadOutboxSettings } from '../../src/outbox/config';
import { staffSender } from '../../src/outbox/senders/staff';
import { claimForBot } from '../../src/channels/chat/outbox';
import { releaseHeldNotices } from '../../src/outbox/held';
import { intakeSms } from '../../src/channels/intake/service';
import { handleInbound } from '../../src/channels/chat/handler';
import { acceptTicket, requestReview, resolveTicket } from '../../src/tickets';
import { startTestApp, TestApp } from '../support/app';
import { at, DAY, filers, seatDesks } from '../support/shuangqing-desks';
import { wireFeatures } from '../../src/wiring';

jest.setTimeout(120_000);

let app: TestApp;
const who: Record<string, Staff> = {};
const tok: Record<string, string> = {};

const { sms, reload, actorOf } = filers(() => app, 'red-team-3');

beforeAll(async () => {
  wireFeatures();
  app = await startTestApp({ areas: ['430502'] });
  await seatDesks(app, who, tok);
});
afterAll(() => app?.close());

describe('a 复查 whose reason accuses the township', () => {
  it('is filed as a report: the township reads neither the review nor the reason and name in the petition’s history', async () => {
    const filed = await sms('火车站乡莲荷村今年的低保评定我家没评上 家里困难', '13900004001', at(0), { category: 'welfare' });
    const t = await reload(filed.ticket.id);
    expect(t.accusedUnitId).toBeNull();
    // The township works the petition beside the bureau: it reads the petition and its history.
    expect((await app.call('GET', `/api/v1/tickets/${t.id}`, { token: tok.townshipHead })).status).toBe(200);
    const office = await actorOf(who.officeHead);
    await acceptTicket(app.ds, office, t.id, {}, { now: at(10) });
    await resolveTicket(app.ds, office, t.id, { text: '经核查，你家不符合条件' }, { now: at(DAY) });

    // The villager does not accept the answer, and says why: the township head took money.
    const reason = '火车站乡的乡长收了别人的钱，把我家的低保名额给了他亲戚，我叫孙小红';
    const review = await requestReview(app.ds, { kind: 'villager', petitionerId: t.petitionerId!, tokenId: 0 }, t.id, { reason }, { now: at(DAY + 60) });
    expect(review.reviewOfId).toBe(t.id);
    expect(review.accusedUnitId).toBe(who.townshipHead.unitId);
    expect(review.handlingUnitId).toBe(who.discipline.unitId);
    expect(review.number).toMatch(/-J\d{4,6}$/);

    // The accused township: the review is not there, and the petition's history says only that one was asked.
    for (const token of [tok.townshipHead, tok.townshipCadre]) {
      expect((await app.call('GET', `/api/v1/tickets/${review.id}`, { token })).status).toBe(404);
      const petition = await app.call('GET', `/api/v1/tickets/${t.id}`, { token });
      expect(petition.status).toBe(200);
      const seen = JSON.stringify(petition.body);
      expect(seen).toContain('review_requested');
      for (const leak of ['孙小红', '收了别人的钱', review.number, '纪委']) expect(seen).not.toContain(leak);
      const listed = await app.call('GET', '/api/v1/tickets?limit=100', { token });
      expect(JSON.stringify(listed.body)).not.toContain('孙小红');
    }
    // The commission has it, reason and all; the villager is told its number.
    const disc = await app.call('GET', `/api/v1/tickets/${review.id}`, { token: tok.discipline });
    expect(disc.status).toBe(200);
    expect(disc.body.text).toContain('收了别人的钱');
    const receipts = await app.ds.manager.find(OutboxMessage, { where: { channel: 'sms', target: '13900004001', kind: 'review' } });
    expect(receipts.map((r) => [r.ticketId, String(r.payload?.text).includes(review.number)])).toEqual([[review.id, true]]);
  });

  it('a reason with no accusation is reviewed by the level above as before (the control)', async () => {
    const filed = await sms('火车站乡莲荷村五组的低保评定我家没评上 家里有病人', '13900004002', at(2 * DAY), { category: 'welfare' });
    const office = await actorOf(who.officeHead);
    await acceptTicket(app.ds, office, filed.ticket.id, {}, { now: at(2 * DAY + 10) });
    await resolveTicket(app.ds, office, filed.ticket.id, { text: '经核查，你家不符合条件' }, { now: at(3 * DAY) });
    const review = await requestReview(
      app.ds,
      { kind: 'villager', petitionerId: filed.ticket.petitionerId!, tokenId: 0 },
      filed.ticket.id,
      { reason: '家里有病人，收入也低，应该评上' },
      { now: at(3 * DAY + 60) },
    );
    expect(review.category).toBe('welfare');
    expect(review.accusedUnitId).toBeNull();
    expect(review.number).not.toMatch(/-J\d+$/);
    const petition = await app.call('GET', `/api/v1/tickets/${filed.ticket.id}`, { token: tok.townshipHead });
    expect(JSON.stringify(petition.body)).toContain(review.number);
  });
});

describe('a commission cadre’s held notices, when the cadre is moved into the accused township', () => {
  const drain = (min: number) =>
    new Dispatcher(app.ds, {
      senders: [staffSender()],
      settings: loadOutboxSettings({ ...process.env, OUTBOX_QUIET_HOURS: '0' }),
      clock: () => at(min),
    }).drain();
  /** What the bot is handed to send to the cadre's WeChat. */
  const botGets = async (min: number) => JSON.stringify(await claimForBot(app.ds, { botAccount: 'bot1', worker: 'rt3', limit: 100 }, at(min)));

  /** A report on the township whose 新工单 notice is held for a commission cadre without WeChat. */
  async function heldReport(text: string, phone: string, min: number) {
    const m = app.ds.manager;
    const report = (await sms(text, phone, at(min))).ticket;
    expect(report.accusedUnitId).toBe(who.townshipHead.unitId);
    const [notice] = await m.find(OutboxMessage, { where: { channel: 'staff', ticketId: report.id } });
    const cadre = await m.findOneByOrFail(Staff, { id: Number(notice.target) });
    expect(cadre.unitId).toBe(who.discipline.unitId);
    await m.update(Staff, { id: cadre.id }, { wechatId: null });
    await drain(min + 1);
    expect((await m.findOneByOrFail(OutboxMessage, { id: notice.id })).status).toBe('held');
    return { report, cadre };
  }
  const moveTo = (s: Staff, unitId: number | null) => app.ds.manager.update(Staff, { id: s.id }, { unitId });

  it('moved before binding: the digest carries nothing of the report (tried: safe)', async () => {
    const { cadre } = await heldReport('火车站乡乡长把救灾款发给了他小舅子家，我叫周小梅', '13900004101', 10 * DAY);
    await moveTo(cadre, who.townshipHead.unitId);
    await app.ds.manager.update(Staff, { id: cadre.id }, { wechatId: 'bot1:wxid_rt3_a' });
    expect(await releaseHeldNotices(app.ds.manager, cadre.id, at(10 * DAY + 2))).toBe(0);
    await drain(10 * DAY + 3);
    expect(await botGets(10 * DAY + 4)).not.toContain('周小梅');
    await moveTo(cadre, who.discipline.unitId);
  });

  it('moved after binding, before the digest went out: it is not delivered, on the server’s sender nor through the bot', async () => {
    const m = app.ds.manager;
    // The server's sender has not run yet when the cadre is moved.
    const first = await heldReport('火车站乡副乡长把修路的钱装进了自己腰包，我叫吴大勇', '13900004111', 11 * DAY);
    await m.update(Staff, { id: first.cadre.id }, { wechatId: 'bot1:wxid_rt3_b' });
    expect(await releaseHeldNotices(m, first.cadre.id, at(11 * DAY + 2))).toBe(1);
    await moveTo(first.cadre, who.townshipHead.unitId);
    await drain(11 * DAY + 3);
    expect(await botGets(11 * DAY + 4)).not.toContain('吴大勇');
    const [digest] = await m.find(OutboxMessage, { where: { kind: 'notice_digest', target: String(first.cadre.id) } });
    expect(digest.status).toBe('dead');
    await moveTo(first.cadre, who.discipline.unitId);

    // Routed to the cadre's WeChat, but the bot (offline) had not taken it yet.
    await heldReport('火车站乡党委书记吃拿卡要，我叫郑秀兰', '13900004121', 12 * DAY);
    await m.update(Staff, { id: first.cadre.id }, { wechatId: 'bot1:wxid_rt3_c' });
    expect(await releaseHeldNotices(m, first.cadre.id, at(12 * DAY + 2))).toBe(1);
    await drain(12 * DAY + 3);
    await moveTo(first.cadre, who.townshipHead.unitId);
    expect(await botGets(12 * DAY + 4)).not.toContain('郑秀兰');
    // The control: the same digest, the cadre still in the commission, is delivered.
    await moveTo(first.cadre, who.discipline.unitId);
    await heldReport('火车站乡乡长的亲戚占了我家的宅基地还打人，我叫冯春生', '13900004131', 13 * DAY);
    await m.update(Staff, { id: first.cadre.id }, { wechatId: 'bot1:wxid_rt3_d' });
    expect(await releaseHeldNotices(m, first.cadre.id, at(13 * DAY + 2))).toBe(1);
    await drain(13 * DAY + 3);
    expect(await botGets(13 * DAY + 4)).toContain('冯春生');
  });

  it('a digest whose member lost the binding before it went out is not posted in clear to the county’s work group', async () => {
    const m = app.ds.manager;
    const { cadre } = await heldReport('火车站乡乡长把危房改造款给了自己亲戚，我叫褚桂香', '13900004141', 14 * DAY);
    await m.update(Staff, { id: cadre.id }, { wechatId: 'bot1:wxid_rt3_e' });
    expect(await releaseHeldNotices(m, cadre.id, at(14 * DAY + 2))).toBe(1);
    // A work group for the county is bound meanwhile, and the WeChat bound to another account
    // before the digest leaves (src/channels/chat/binding.ts).
    await m.save(
      m.create(ChatTarget, {
        kind: 'wechat_room',
        purpose: 'work_group',
        jurisdictionCode: '430502',
        topic: '双清区工作群',
        roomId: 'room-rt3-county',
        botAccount: 'bot1',
        webhookUrl: null,
        boundByStaffId: null,
        active: true,
        createdAt: new Date(),
      }),
    );
    await m.update(Staff, { id: cadre.id }, { wechatId: null });
    await drain(14 * DAY + 3);
    const posted = await botGets(14 * DAY + 4);
    expect(posted).toContain('双清区工作群');
    expect(posted).not.toContain('褚桂香');
    expect(posted).not.toContain('危房改造款');
  });
});

describe('an answer to the 回访 that accuses the township head', () => {
  it('is filed as a report, not written into the township’s ticket as the villager’s comment (nor reopened there)', async () => {
    const filed = await sms('火车站乡莲荷村村头的路灯坏了三个月了 晚上走路看不见', '13900004201', at(20 * DAY), { category: 'infrastructure' });
    const t = await reload(filed.ticket.id);
    expect(t.handlingUnitId).toBe(who.townshipHead.unitId);
    const office = await actorOf(who.officeHead);
    await acceptTicket(app.ds, office, t.id, {}, { now: at(20 * DAY + 10) });
    await resolveTicket(app.ds, office, t.id, { text: '路灯已修好' }, { now: at(21 * DAY) });

    const answer = '不满意，路灯根本没修，修路灯的钱被乡长贪污了，我叫蒋玉兰';
    const r = await intakeSms(app.ds, { messageId: 'rt3-fu-1', sender: '13900004201', text: answer }, at(21 * DAY + 60));
    expect(r.created).toBe(true);
    const report = await reload(r.ticket!.id);
    expect(report.category).toBe('misconduct');
    expect(report.number).toMatch(/-J\d{4,6}$/);

    const seen = await app.call('GET', `/api/v1/tickets/${t.id}`, { token: tok.townshipHead });
    expect(seen.status).toBe(200);
    expect(seen.body.status).toBe('resolved');
    for (const leak of ['蒋玉兰', '贪污']) expect(JSON.stringify(seen.body)).not.toContain(leak);
    expect((await app.call('GET', `/api/v1/tickets/${report.id}`, { token: tok.townshipHead })).status).toBe(404);
  });

  it('in 1:1 chat likewise: a report to the commission, nothing in the township’s ticket', async () => {
    const bot = { kind: 'bot', name: 'rt3', tokenId: 0 } as const;
    let n = 0;
    const say = async (text: string, min: number) =>
      (
        await handleInbound(
          app.ds,
          bot,
          { botAccount: 'bot-rt3', messageId: `rt3-chat-${++n}`, from: { id: 'wx-rt3-fu', name: '村民' }, type: 'text', text } as any,
          at(min),
        )
      ).replies
        .map((r) => r.text)
        .join('\n');
    await say('火车站乡莲荷村三组的路灯坏了三个月了 晚上走路看不见', 30 * DAY);
    const t = await app.ds.manager.findOneOrFail(Ticket, { where: { channel: 'wechat_private' }, order: { id: 'DESC' } });
    expect(t.handlingUnitId).toBe(who.townshipHead.unitId);
    const office = await actorOf(who.officeHead);
    await acceptTicket(app.ds, office, t.id, {}, { now: at(30 * DAY + 10) });
    await resolveTicket(app.ds, office, t.id, { text: '路灯已修好' }, { now: at(31 * DAY) });

    const answer = await say('不满意，路灯根本没修，修路灯的钱被乡长贪污了，我叫韩冬梅', 31 * DAY + 60);
    const report = await app.ds.manager.findOneOrFail(Ticket, { where: { channel: 'wechat_private' }, order: { id: 'DESC' } });
    expect(report.id).not.toBe(t.id);
    expect(report.category).toBe('misconduct');
    expect(answer).toContain(report.number);
    const seen = await app.call('GET', `/api/v1/tickets/${t.id}`, { token: tok.townshipHead });
    expect(seen.body.status).toBe('resolved');
    for (const leak of ['韩冬梅', '贪污']) expect(JSON.stringify(seen.body)).not.toContain(leak);
    expect((await app.call('GET', `/api/v1/tickets/${report.id}`, { token: tok.townshipHead })).status).toBe(404);
    // The control: 不满意 with what is wrong still rates and reopens it.
    expect(await say('不满意，路灯还是不亮', 31 * DAY + 90)).toContain(t.number);
    expect((await reload(t.id)).status).toBe('reopened');
  });
});

describe('a 回访 comment or a reason to reopen, typed in a form, that accuses the township head', () => {
  it('is refused (400 naming the field) with nothing written to the township’s ticket; a plain one still rates and reopens', async () => {
    const { token } = await app.villagerToken({ phone: '13900004301', name: '卫春花' });
    const filed = await app.call('POST', '/api/v1/tickets', {
      token,
      body: { text: '火车站乡莲荷村六组的路灯坏了三个月了 晚上走路看不见', channel: 'miniprogram', category: 'infrastructure', villageCode: '430502202205' },
    });
    expect(filed.status).toBe(201);
    const t = await reload(filed.body.id);
    expect(t.handlingUnitId).toBe(who.townshipHead.unitId);
    const office = await actorOf(who.officeHead);
    await acceptTicket(app.ds, office, t.id, {}, { now: at(40 * DAY + 10) });
    await resolveTicket(app.ds, office, t.id, { text: '路灯已修好' }, { now: at(41 * DAY) });

    const accusation = '路灯根本没修，修路灯的钱被乡长贪污了';
    const rated = await app.call('POST', `/api/v1/tickets/${t.id}/rate`, {
      token,
      body: { contactedInTime: true, solved: false, satisfied: false, comment: accusation },
    });
    expect(rated.status).toBe(400);
    expect(rated.body.error.field).toBe('comment');
    const reopened = await app.call('POST', `/api/v1/tickets/${t.id}/reopen`, { token: tok.officeHead, body: { reason: accusation } });
    expect(reopened.status).toBe(400);
    expect(reopened.body.error.field).toBe('reason');
    const seen = await app.call('GET', `/api/v1/tickets/${t.id}`, { token: tok.townshipHead });
    expect(seen.body.status).toBe('resolved');
    expect(JSON.stringify(seen.body)).not.toContain('贪污');

    const plain = await app.call('POST', `/api/v1/tickets/${t.id}/rate`, {
      token,
      body: { contactedInTime: true, solved: false, satisfied: false, comment: '路灯还是不亮' },
    });
    expect(plain.status).toBe(200);
    expect(plain.body.status).toBe('reopened');
  });
});

describe('an accusation told beside a rumour or a posted prohibition (round 33’s chatter forms), sent by SMS with a relay’s category', () => {
  it.each([
    ['有人造谣说火车站乡莲荷村的村主任收了红包 我看是真的 我叫周小梅', '周小梅', '收了红包', 40],
    ['选举前严禁拉票贿选，发现请举报。昨天火车站乡莲荷村的村主任挨家发了五十块 我叫吴小兰', '吴小兰', '挨家发了五十块', 41],
  ])('%s goes to the commission: the accused township reads none of it', async (text, name, fragment, day) => {
    const filed = await sms(text, `139000043${day}`, at(day * DAY), { category: 'welfare' });
    const t = await reload(filed.ticket.id);
    expect([t.category, t.handlingUnitId]).toEqual(['misconduct', who.discipline.unitId]);
    for (const token of [tok.townshipHead, tok.townshipCadre]) {
      expect((await app.call('GET', `/api/v1/tickets/${t.id}`, { token })).status).toBe(404);
      const listed = JSON.stringify((await app.call('GET', '/api/v1/tickets?limit=100', { token })).body);
      for (const leak of [name, fragment]) expect(listed).not.toContain(leak);
    }
  });
});
