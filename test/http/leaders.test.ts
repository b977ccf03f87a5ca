import { ChatTarget } from '../../src/entities/ChatTarget';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { TicketEvent } from '../../src/entities/TicketEvent';
import { addCalendarDays, dayIndexStart, shanghaiDayIndex } from '../../src/clocks/time';
import { runEscalation } from '../../src/escalation/sweep';
import { leadersMount } from '../../src/http/leaders/routes';
import { summariesMount } from '../../src/http/summaries/routes';
import { runDailySummaries } from '../../src/jobs/summary';
import { acceptTicket } from '../../src/tickets';
import { startTestApp, TestApp } from '../support/app';
import { file, staffActor } from '../jobs/helpers';

// Leader actions use the wall clock (no `now` over HTTP), so tickets are filed relative to it.
const NOW = new Date();
const daysAgo = (n: number) => addCalendarDays(NOW, -n);

let app: TestApp;
let admin: string;
const tok: Record<string, string> = {};
const who: Record<string, Staff> = {};
let late: Ticket;

const leader = (pick: (s: Staff) => boolean) => app.ds.manager.find(Staff, { where: { jurisdictionCode: '430502' } }).then((rows) => rows.filter(pick)[0]);

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502'], mounts: [leadersMount, summariesMount] });
  admin = await app.token('admin');
  who.water = await leader((s) => s.position === 'county_leader' && (s.categories ?? []).includes('water'));
  who.education = await leader((s) => s.position === 'county_leader' && (s.categories ?? []).includes('education'));
  who.head = await app.staffOf('双清区水利局', (s) => s.position === 'unit_head');
  who.cadre = await app.staffOf('双清区水利局', (s) => s.role === 'cadre');
  who.township = await app.staffOf('渡头桥镇人民政府', (s) => s.position === 'unit_head');
  who.hcz = await app.staffOf('火车站乡人民政府', (s) => s.position === 'unit_head');
  Object.assign(tok, await app.tokensOf(who));

  // Filed 20 days ago, ordinary (7 days): well past one working day overdue.
  late = await file(app.ds, daysAgo(20));
  await acceptTicket(app.ds, (await staffActor(app.ds, '双清区水利局')) as any, late.id, {}, { now: daysAgo(19) });
  await runEscalation(app.ds, NOW);
});
afterAll(() => app.close());

describe('GET /api/v1/leader/inbox', () => {
  it('shows the county leader in charge of water what the ladder sent them', async () => {
    const res = await app.call('GET', '/api/v1/leader/inbox', { token: tok.water });
    expect(res.status).toBe(200);
    const mine = res.body.items.filter((i: any) => i.ticket.id === late.id);
    expect(mine.map((i: any) => i.step)).toEqual(['county_leader']);
    expect(mine[0]).toMatchObject({ clock: 'resolution', clockName: '办理时限', stepName: '超期督办（分管区领导）', level: 3 });
    expect(mine[0].ticket.number).toBe(late.number);
  });

  it('shows the unit head their rung, and other leaders nothing of it', async () => {
    const head = await app.call('GET', '/api/v1/leader/inbox', { token: tok.head });
    expect(head.body.items.filter((i: any) => i.ticket.id === late.id).map((i: any) => i.step)).toEqual(['unit_head']);
    const other = await app.call('GET', '/api/v1/leader/inbox', { token: tok.education });
    expect(other.body.items).toEqual([]);
  });

  it('is for leaders only and validates its query', async () => {
    expect((await app.call('GET', '/api/v1/leader/inbox', { token: tok.cadre })).status).toBe(403);
    expect((await app.call('GET', '/api/v1/leader/inbox')).status).toBe(401);
    const bad = await app.call('GET', '/api/v1/leader/inbox?limit=0', { token: tok.water });
    expect(bad.status).toBe(400);
    expect(bad.body.error.field).toBe('limit');
  });
});

describe('POST /api/v1/tickets/:id/take-charge (包案)', () => {
  it('makes the leader the owner of record, tells the unit, and refuses a second leader', async () => {
    const res = await app.call('POST', `/api/v1/tickets/${late.id}/take-charge`, { token: tok.water, body: { note: '三天内恢复供水' } });
    expect(res.status).toBe(200);
    expect(res.body.ownerLeaderId).toBe(who.water.id);
    const ev = await app.ds.manager.findOneByOrFail(TicketEvent, { ticketId: late.id, type: 'leader_took_charge' });
    expect(ev).toMatchObject({ visibility: 'internal', actorId: who.water.id });
    const notice = await app.ds.manager.findOneByOrFail(OutboxMessage, { ticketId: late.id, kind: 'leader_took_charge', target: String(who.head.id) });
    expect(String(notice.payload.text)).toContain('包案');

    const again = await app.call('POST', `/api/v1/tickets/${late.id}/take-charge`, { token: tok.education, body: {} });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_owned');
  });

  it('answers 404 to a leader outside the ticket’s area and 403 to a cadre', async () => {
    expect((await app.call('POST', `/api/v1/tickets/${late.id}/take-charge`, { token: tok.township, body: {} })).status).toBe(404);
    expect((await app.call('POST', `/api/v1/tickets/${late.id}/take-charge`, { token: tok.cadre, body: {} })).status).toBe(403);
  });
});

describe('POST /api/v1/tickets/:id/supervise (挂牌督办)', () => {
  it('sets a new deadline, tells the unit and restarts the ladder against it', async () => {
    const t = await file(app.ds, daysAgo(12));
    await runEscalation(app.ds, NOW);
    const before = await app.call('GET', `/api/v1/tickets/${t.id}`, { token: admin });
    const res = await app.call('POST', `/api/v1/tickets/${t.id}/supervise`, {
      token: tok.water,
      body: { days: 3, reason: '限期恢复供水', version: before.body.version },
    });
    expect(res.status).toBe(200);
    const due = dayIndexStart(shanghaiDayIndex(NOW) + 4);
    expect(res.body).toMatchObject({ supervised: true, dueAt: due.toISOString() });
    const notice = await app.ds.manager.findOneByOrFail(OutboxMessage, { ticketId: t.id, kind: 'supervised' });
    expect(String(notice.payload.text)).toContain('挂牌督办');

    // The old deadline's rungs are done; the new deadline gets its own ladder.
    await runEscalation(app.ds, NOW);
    const r = await runEscalation(app.ds, due);
    expect(r.fired.filter((f) => f.ticketId === t.id && f.clock === 'resolution').map((f) => [f.clock, f.step, f.dueAt.toISOString()])).toEqual([
      ['resolution', 'unit_head', due.toISOString()],
    ]);
  });

  it('names the field on bad input and refuses a stale version', async () => {
    const cases: [unknown, string][] = [
      [{ reason: '快办' }, 'days'],
      [{ days: 0, reason: '快办' }, 'days'],
      [{ days: 2.5, reason: '快办' }, 'days'],
      [{ days: 3 }, 'reason'],
      [{ days: 3, reason: '快办', extra: 1 }, ''],
    ];
    for (const [body, field] of cases) {
      const res = await app.call('POST', `/api/v1/tickets/${late.id}/supervise`, { token: tok.water, body });
      expect(res.status).toBe(400);
      if (field) expect(res.body.error.field).toBe(field);
    }
    const stale = await app.call('POST', `/api/v1/tickets/${late.id}/supervise`, { token: tok.water, body: { days: 3, reason: '快办', version: 1 } });
    expect(stale.status).toBe(409);
    expect((await app.call('POST', '/api/v1/tickets/999999/supervise', { token: tok.water, body: { days: 3, reason: '快办' } })).status).toBe(404);
  });
});

describe('POST /api/v1/tickets/:id/extension', () => {
  // 信访工作条例 Art. 33: 经本机关、单位负责人批准 — the handling unit's head, nobody else.
  it('extends the 60-day legal clock once, tells the petitioner, and refuses a second time', async () => {
    const t = await file(app.ds, daysAgo(2));
    expect(
      (await app.call('POST', `/api/v1/tickets/${t.id}/extension`, { token: tok.head, body: { days: 30, reason: '涉及水利工程改造' } })).body.error.code,
    ).toBe('not_accepted');
    await acceptTicket(app.ds, (await staffActor(app.ds, '双清区水利局')) as any, t.id, {}, { now: daysAgo(1) });
    const before = await app.ds.manager.findOneByOrFail(Ticket, { id: t.id });

    const tooLong = await app.call('POST', `/api/v1/tickets/${t.id}/extension`, { token: tok.head, body: { days: 31, reason: '工程量大' } });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.field).toBe('days');

    // Not the leader the rule names: the county leader in charge, a cadre of the unit, another unit's head.
    for (const other of [tok.water, tok.cadre, tok.township]) {
      const refused = await app.call('POST', `/api/v1/tickets/${t.id}/extension`, { token: other, body: { days: 30, reason: '涉及水利工程改造' } });
      expect([403, 404]).toContain(refused.status);
    }
    expect((await app.ds.manager.findOneByOrFail(Ticket, { id: t.id })).extensionDays).toBe(0);

    const res = await app.call('POST', `/api/v1/tickets/${t.id}/extension`, { token: tok.head, body: { days: 30, reason: '涉及水利工程改造' } });
    expect(res.status).toBe(200);
    expect(res.body.extensionDays).toBe(30);
    expect(new Date(res.body.legalResolutionDueAt).getTime()).toBeGreaterThanOrEqual(before.legalResolutionDueAt!.getTime() + 30 * 86400_000);
    const sms = await app.ds.manager.findOneByOrFail(OutboxMessage, { ticketId: t.id, kind: 'extension', channel: 'sms' });
    expect(String(sms.payload.text)).toContain('延期 30 日');
    const history = await app.call('GET', `/api/v1/tickets/${t.id}`, { token: admin });
    expect(history.body.history.find((e: any) => e.type === 'extension_approved')).toMatchObject({ visibility: 'public', data: { days: 30 } });

    const twice = await app.call('POST', `/api/v1/tickets/${t.id}/extension`, { token: tok.head, body: { days: 5, reason: '再延' } });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe('already_extended');
  });

  it('is refused once the legal deadline has passed, even by the head (an overdue case is not cured)', async () => {
    const t = await file(app.ds, daysAgo(70));
    await acceptTicket(app.ds, (await staffActor(app.ds, '双清区水利局')) as any, t.id, {}, { now: daysAgo(69) });
    const row = await app.ds.manager.findOneByOrFail(Ticket, { id: t.id });
    expect(row.legalResolutionDueAt!.getTime()).toBeLessThan(NOW.getTime());
    const late = await app.call('POST', `/api/v1/tickets/${t.id}/extension`, { token: tok.head, body: { days: 30, reason: '情况复杂' } });
    expect(late.status).toBe(409);
    expect(late.body.error).toMatchObject({ code: 'deadline_passed', message: '办理期限已过，不能再批准延期' });
    const after = await app.ds.manager.findOneByOrFail(Ticket, { id: t.id });
    expect([after.extensionDays, after.legalResolutionDueAt!.getTime()]).toEqual([0, row.legalResolutionDueAt!.getTime()]);
    expect(await app.ds.manager.countBy(OutboxMessage, { ticketId: t.id, kind: 'extension' })).toBe(0);
  });
});

describe('GET /api/v1/summaries', () => {
  beforeAll(async () => {
    await app.ds.manager.insert(ChatTarget, {
      kind: 'wecom_webhook',
      purpose: 'work_group',
      jurisdictionCode: '430502',
      topic: '双清区督办群',
      roomId: null,
      botAccount: null,
      webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=SECRET',
      boundByStaffId: null,
      active: true,
      createdAt: NOW,
    });
    await runDailySummaries(app.ds, NOW);
  });

  it('returns the stored summary of an area and day to those who cover it', async () => {
    for (const token of [admin, tok.water, tok.cadre]) {
      const res = await app.call('GET', '/api/v1/summaries?jurisdiction=430502', { token });
      expect(res.status).toBe(200);
      expect(res.body.items).toHaveLength(1);
      expect(res.body.items[0].text).toContain('【双清区每日自查】');
      expect(res.body.items[0].text).toContain(late.number);
      expect(res.body.items[0].chatTarget).toEqual({ id: expect.any(Number), kind: 'wecom_webhook', purpose: 'work_group', topic: '双清区督办群' });
      expect(JSON.stringify(res.body)).not.toContain('SECRET');
    }
  });

  it('refuses an area above the caller and names bad fields', async () => {
    expect((await app.call('GET', '/api/v1/summaries?jurisdiction=430502', { token: tok.hcz })).status).toBe(403);
    const own = await app.call('GET', '/api/v1/summaries?jurisdiction=430502202&date=2026-01-01', { token: tok.hcz });
    expect(own.status).toBe(200);
    expect(own.body.items).toEqual([]);
    const missing = await app.call('GET', '/api/v1/summaries', { token: admin });
    expect([missing.status, missing.body.error.field]).toEqual([400, 'jurisdiction']);
    const badDate = await app.call('GET', '/api/v1/summaries?jurisdiction=430502&date=2026-02-30', { token: admin });
    expect([badDate.status, badDate.body.error.field]).toEqual([400, 'date']);
  });

  it('is in the OpenAPI document with the leader routes', async () => {
    const doc = (await app.call('GET', '/api/v1/openapi.json')).body;
    for (const p of [
      '/api/v1/summaries',
      '/api/v1/leader/inbox',
      '/api/v1/tickets/{id}/take-charge',
      '/api/v1/tickets/{id}/supervise',
      '/api/v1/tickets/{id}/extension',
    ])
      expect(doc.paths[p]).toBeDefined();
  });
});
