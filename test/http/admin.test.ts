import { isWorkingDay } from '../../src/clocks/calendar';
import { shanghaiYmd } from '../../src/clocks/time';
import { startTestApp, TestApp } from '../support/app';
import { outboxRoutes } from '../../src/http/outbox/routes';
import { chatMount } from '../../src/http/chat/routes';
import { mpMount } from '../../src/http/mp/routes';
import { createTicket } from '../../src/tickets';
import { SYSTEM } from '../../src/tickets/actor';
import { inTransaction } from '../../src/db/tx';
import { enqueue } from '../../src/outbox/enqueue';
import { ChatTarget } from '../../src/entities/ChatTarget';
import { Jurisdiction } from '../../src/entities/Jurisdiction';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Ticket } from '../../src/entities/Ticket';
import { Like } from 'typeorm';

let app: TestApp;
let admin: string;
let channel: string;

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502', '220382'], mounts: [outboxRoutes, chatMount, mpMount] });
  admin = await app.token('admin');
  channel = await app.token('channel');
});
afterAll(() => app.close());

it('lets an admin re-route a category in one township, and the next complaint follows the new rule', async () => {
  const office = await app.unit('双清区信访局');
  const rule = await app.call('POST', '/api/v1/admin/routing-rules', {
    token: admin,
    body: { category: 'infrastructure', jurisdictionCode: '430502202', target: 'unit', unitId: office.id },
  });
  expect(rule.status).toBe(201);
  const t = await app.call('POST', '/api/v1/tickets', {
    token: channel,
    body: { text: '火车站乡莲荷村的路灯坏了一个月', villageCode: '430502202205', category: 'infrastructure' },
  });
  expect(t.body.handlingUnit.name).toBe('双清区信访局');
  // Elsewhere in the county the default still applies.
  expect((await app.call('DELETE', `/api/v1/admin/routing-rules/${rule.body.id}`, { token: admin })).status).toBe(204);
  const t2 = await app.call('POST', '/api/v1/tickets', {
    token: channel,
    body: { text: '莲荷村的路灯坏了', villageCode: '430502202205', category: 'infrastructure' },
  });
  expect(t2.body.handlingUnit.name).toBe('火车站乡人民政府');
});

it('lets an admin shorten the ordinary clock for a county', async () => {
  const p = await app.call('POST', '/api/v1/admin/deadline-policies', {
    token: admin,
    body: {
      urgency: 'ordinary',
      jurisdictionCode: '430502',
      responseWithin: { value: 1, unit: 'working_days' },
      resolveWithin: { value: 5, unit: 'calendar_days' },
    },
  });
  expect(p.status).toBe(201);
  const t = await app.call('POST', '/api/v1/tickets', {
    token: channel,
    body: { text: '孩子上学的营养餐好久没发了', villageCode: '430502202205', category: 'education', urgency: 'ordinary' },
  });
  // Five days on, moved to the same time of the next working day when the fifth day is a rest day
  // (the default would be seven).
  let due = new Date(new Date(t.body.createdAt).getTime() + 5 * 24 * 3600_000);
  while (!isWorkingDay(shanghaiYmd(due))) due = new Date(due.getTime() + 24 * 3600_000);
  expect(t.body.dueAt).toBe(due.toISOString());
});

it('refuses rule changes from anyone but an admin, and names bad fields', async () => {
  const cadre = await app.staffOf('火车站乡人民政府');
  const ct = await app.token(cadre.role as any, { staffId: cadre.id });
  expect((await app.call('GET', '/api/v1/admin/routing-rules', { token: ct })).status).toBe(403);
  const bad = await app.call('POST', '/api/v1/admin/routing-rules', { token: admin, body: { category: 'water', target: 'county_unit' } });
  expect(bad.status).toBe(400);
  expect(bad.body.error.field).toBe('unitKind');
  const badArea = await app.call('POST', '/api/v1/admin/routing-rules', {
    token: admin,
    body: { category: 'water', target: 'township', jurisdictionCode: '999999' },
  });
  expect(badArea.status).toBe(400);
  expect(badArea.body.error.field).toBe('jurisdictionCode');
  expect((await app.call('DELETE', '/api/v1/admin/routing-rules/999999', { token: admin })).status).toBe(404);
});

/**
 * Rule 1: a county admin (the head of 双清区信访局, 430502) administers its own county. 双辽市's
 * (220382) rows do not exist for it; nationwide rows it reads but only the system-wide admin
 * changes.
 */
describe('a county admin administers its own county only', () => {
  let shuangqing: string;
  let shuangliao: string;
  const v1 = '/api/v1';

  beforeAll(async () => {
    shuangqing = await app.token('admin', { staffId: (await app.staffOf('双清区信访局', (s) => s.role === 'admin')).id });
    shuangliao = await app.token('admin', { staffId: (await app.staffOf('双辽市信访局', (s) => s.role === 'admin')).id });
  });

  const ids = (res: { body: { items: { id: number }[] } }) => res.body.items.map((i) => i.id);

  it('routing rules: lists its own and the nationwide ones, never 双辽市\u2019s; cannot delete or add there (404/403)', async () => {
    const theirs = await app.call('POST', `${v1}/admin/routing-rules`, {
      token: shuangliao,
      body: { category: 'water', jurisdictionCode: '220382', target: 'petition_office', priority: 5 },
    });
    expect(theirs.status).toBe(201);
    const mine = await app.call('POST', `${v1}/admin/routing-rules`, {
      token: shuangqing,
      body: { category: 'water', jurisdictionCode: '430502', target: 'petition_office', priority: 5 },
    });
    expect(mine.status).toBe(201);
    expect(mine.body.editable).toBe(true);

    const seen = await app.call('GET', `${v1}/admin/routing-rules`, { token: shuangqing });
    expect(seen.status).toBe(200);
    expect(ids(seen)).toContain(mine.body.id);
    expect(ids(seen)).not.toContain(theirs.body.id);
    expect(
      seen.body.items.every((r: any) => r.jurisdictionCode === null || r.jurisdictionCode.startsWith('430502') || '430502'.startsWith(r.jurisdictionCode)),
    ).toBe(true);
    const nationwide = seen.body.items.find((r: any) => r.jurisdictionCode === null);
    expect(nationwide).toMatchObject({ editable: false });
    // The system-wide admin sees both counties.
    expect(ids(await app.call('GET', `${v1}/admin/routing-rules`, { token: admin }))).toEqual(expect.arrayContaining([mine.body.id, theirs.body.id]));

    // Attacks from 双清区: delete 双辽市's rule (404, as if absent), a nationwide one (403), write rules there.
    expect((await app.call('DELETE', `${v1}/admin/routing-rules/${theirs.body.id}`, { token: shuangqing })).status).toBe(404);
    expect((await app.call('DELETE', `${v1}/admin/routing-rules/${nationwide.id}`, { token: shuangqing })).status).toBe(403);
    const there = await app.call('POST', `${v1}/admin/routing-rules`, {
      token: shuangqing,
      body: { category: 'water', jurisdictionCode: '220382', target: 'township' },
    });
    expect(there.status).toBe(403);
    expect(there.body.error.field).toBe('jurisdictionCode');
    const everywhere = await app.call('POST', `${v1}/admin/routing-rules`, { token: shuangqing, body: { category: 'water', target: 'township' } });
    expect(everywhere.status).toBe(403);
    expect(everywhere.body.error.field).toBe('jurisdictionCode');
    // Nor route its own county's complaints to a unit of 双辽市.
    const foreignUnit = await app.unit('双辽市水利局');
    const routed = await app.call('POST', `${v1}/admin/routing-rules`, {
      token: shuangqing,
      body: { category: 'water', jurisdictionCode: '430502', target: 'unit', unitId: foreignUnit.id },
    });
    expect(routed.status).toBe(400);
    expect(routed.body.error.field).toBe('unitId');

    // 双辽市's rule is intact; its own admin and the system-wide admin may delete rules.
    expect((await app.call('DELETE', `${v1}/admin/routing-rules/${theirs.body.id}`, { token: shuangliao })).status).toBe(204);
    expect((await app.call('DELETE', `${v1}/admin/routing-rules/${mine.body.id}`, { token: admin })).status).toBe(204);
  });

  it('deadline policies: the same scoping', async () => {
    const body = (jurisdictionCode: string | null) => ({
      urgency: 'ordinary',
      jurisdictionCode,
      responseWithin: { value: 2, unit: 'working_days' },
      resolveWithin: { value: 20, unit: 'calendar_days' },
    });
    const theirs = await app.call('POST', `${v1}/admin/deadline-policies`, { token: shuangliao, body: body('220382') });
    expect(theirs.status).toBe(201);
    const global = await app.call('POST', `${v1}/admin/deadline-policies`, { token: admin, body: body(null) });
    expect(global.status).toBe(201);
    const list = await app.call('GET', `${v1}/admin/deadline-policies`, { token: shuangqing });
    expect(ids(list)).not.toContain(theirs.body.id);
    expect(list.body.items.find((p: any) => p.id === global.body.id)).toMatchObject({ editable: false });
    expect((await app.call('DELETE', `${v1}/admin/deadline-policies/${theirs.body.id}`, { token: shuangqing })).status).toBe(404);
    expect((await app.call('DELETE', `${v1}/admin/deadline-policies/${global.body.id}`, { token: shuangqing })).status).toBe(403);
    expect((await app.call('POST', `${v1}/admin/deadline-policies`, { token: shuangqing, body: body('220382') })).status).toBe(403);
    expect((await app.call('POST', `${v1}/admin/deadline-policies`, { token: shuangqing, body: body(null) })).status).toBe(403);
    const own = await app.call('POST', `${v1}/admin/deadline-policies`, { token: shuangqing, body: body('430502') });
    expect(own.status).toBe(201);
    for (const [id, token] of [
      [own.body.id, shuangqing],
      [theirs.body.id, shuangliao],
      [global.body.id, admin],
    ] as const) {
      expect((await app.call('DELETE', `${v1}/admin/deadline-policies/${id}`, { token })).status).toBe(204);
    }
  });

  it('outbox: lists, counts and retries only its county\u2019s messages; 双辽市\u2019s answer 404', async () => {
    const village = async (county: string) =>
      (await app.ds.manager.findOneOrFail(Jurisdiction, { where: { code: Like(`${county}%`), level: 'village' } as any, order: { code: 'ASC' } })).code;
    const ours = (
      await createTicket(app.ds, SYSTEM, { text: '村里自来水停了三天', villageCode: await village('430502'), channel: 'api', externalId: 'ob-430502' })
    ).ticket;
    const theirs = (
      await createTicket(app.ds, SYSTEM, { text: '屯里自来水停了三天', villageCode: await village('220382'), channel: 'api', externalId: 'ob-220382' })
    ).ticket;
    // In its county, but accusing its own unit (双清区信访局): the accused side sees none of it.
    const accusing = (
      await createTicket(app.ds, SYSTEM, { text: '村里低保评定不公开', villageCode: await village('430502'), channel: 'api', externalId: 'ob-accused' })
    ).ticket;
    await app.ds.manager.update(Ticket, { id: accusing.id }, { accusedUnitId: (await app.unit('双清区信访局')).id });
    const room = async (code: string, topic: string) =>
      app.ds.manager.save(
        app.ds.manager.create(ChatTarget, {
          kind: 'wechat_room',
          purpose: 'village_group',
          jurisdictionCode: code,
          topic,
          roomId: null,
          botAccount: 'acct',
          webhookUrl: null,
          boundByStaffId: null,
          active: true,
          createdAt: new Date(),
        }),
      );
    const ourRoom = await room(await village('430502'), '本村群');
    const theirRoom = await room(await village('220382'), '外县群');
    const theirStaff = await app.staffOf('双辽市水利局');
    const now = new Date();
    await inTransaction(app.ds, async ({ manager }) => {
      await enqueue(
        manager,
        { channel: 'wechat_room', target: String(theirRoom.id), kind: 'daily_summary', payload: { text: '双辽市日报' }, dedupeKey: 'ob-room-220382' },
        now,
      );
      await enqueue(
        manager,
        { channel: 'wechat_room', target: String(ourRoom.id), kind: 'daily_summary', payload: { text: '双清区日报' }, dedupeKey: 'ob-room-430502' },
        now,
      );
      await enqueue(
        manager,
        { channel: 'staff', target: String(theirStaff.id), kind: 'escalation', payload: { text: '双辽市督办' }, dedupeKey: 'ob-staff-220382' },
        now,
      );
      await enqueue(manager, { channel: 'sms', target: '13900001111', kind: 'followup_reply', payload: { text: '回复' }, dedupeKey: 'ob-sms' }, now);
    });
    const all = await app.ds.manager.find(OutboxMessage);
    const foreign = all.filter(
      (o) => o.ticketId === theirs.id || o.ticketId === accusing.id || ['ob-room-220382', 'ob-staff-220382', 'ob-sms'].includes(o.dedupeKey ?? ''),
    );
    expect(all.some((o) => o.ticketId === accusing.id)).toBe(true);
    const own = all.filter((o) => o.ticketId === ours.id || o.dedupeKey === 'ob-room-430502');
    expect(foreign.length).toBeGreaterThanOrEqual(5);
    expect(own.length).toBeGreaterThanOrEqual(2);

    const list = await app.call('GET', `${v1}/outbox?limit=200`, { token: shuangqing });
    expect(list.status).toBe(200);
    expect(ids(list)).toEqual(expect.arrayContaining(own.map((o) => o.id)));
    for (const o of foreign) expect(ids(list)).not.toContain(o.id);
    // The counts are its county's too.
    expect(Object.values<number>(list.body.counts).reduce((a, b) => a + b, 0)).toBe(list.body.items.length);
    // Filtering by 双辽市's ticket finds nothing.
    expect((await app.call('GET', `${v1}/outbox?ticketId=${theirs.id}`, { token: shuangqing })).body.items).toEqual([]);
    // The system-wide admin sees everything.
    expect(ids(await app.call('GET', `${v1}/outbox?limit=200`, { token: admin }))).toEqual(expect.arrayContaining(foreign.map((o) => o.id)));

    // Retrying 双辽市's dead message: 404, and it stays dead.
    await app.ds.manager.update(OutboxMessage, { id: foreign[0].id }, { status: 'dead', lastError: 'x' });
    const retry = await app.call('POST', `${v1}/outbox/${foreign[0].id}/retry`, { token: shuangqing });
    expect(retry.status).toBe(404);
    expect((await app.ds.manager.findOneByOrFail(OutboxMessage, { id: foreign[0].id })).status).toBe('dead');
    // Its own dead message it retries.
    await app.ds.manager.update(OutboxMessage, { id: own[0].id }, { status: 'dead', lastError: 'x' });
    expect((await app.call('POST', `${v1}/outbox/${own[0].id}/retry`, { token: shuangqing })).status).toBe(200);
    expect((await app.call('POST', `${v1}/outbox/${foreign[0].id}/retry`, { token: shuangliao })).status).toBe(200);
  });

  it('bind codes and group bindings: its county\u2019s staff and groups only', async () => {
    const theirCadre = await app.staffOf('双辽市水利局', (s) => s.role === 'cadre');
    const theirAdmin = await app.staffOf('双辽市信访局', (s) => s.role === 'admin');
    const ourCadre = await app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre');
    // A code is a way into that person's account: not for another county's staff, least of all its admin.
    for (const path of ['/chat/bind-codes', '/mp/bind-codes']) {
      for (const staffId of [theirCadre.id, theirAdmin.id]) {
        const res = await app.call('POST', `${v1}${path}`, { token: shuangqing, body: { staffId } });
        expect({ path, staffId, status: res.status, field: res.body.error?.field }).toEqual({ path, staffId, status: 400, field: 'staffId' });
        // The same answer as for a staff id that does not exist.
        expect(res.body.error.message).toBe(`工作人员 ${staffId} 不存在`);
      }
      expect((await app.call('POST', `${v1}${path}`, { token: shuangqing, body: { staffId: ourCadre.id } })).status).toBe(201);
      expect((await app.call('POST', `${v1}${path}`, { token: admin, body: { staffId: theirCadre.id } })).status).toBe(201);
    }

    const theirs = await app.call('POST', `${v1}/chat/bindings`, {
      token: shuangliao,
      body: { jurisdictionCode: '220382', topic: '双辽市工作群', purpose: 'work_group', botAccount: 'acct' },
    });
    expect(theirs.status).toBe(201);
    const mine = await app.call('POST', `${v1}/chat/bindings`, {
      token: shuangqing,
      body: { jurisdictionCode: '430502202205', topic: '莲荷村村民群', botAccount: 'acct' },
    });
    expect(mine.status).toBe(201);
    const listed = await app.call('GET', `${v1}/chat/bindings`, { token: shuangqing });
    expect(ids(listed)).toContain(mine.body.id);
    expect(ids(listed)).not.toContain(theirs.body.id);
    expect((await app.call('DELETE', `${v1}/chat/bindings/${theirs.body.id}`, { token: shuangqing })).status).toBe(404);
    const hijack = await app.call('POST', `${v1}/chat/bindings`, {
      token: shuangqing,
      body: { jurisdictionCode: '220382', topic: '双辽市工作群', purpose: 'work_group', botAccount: 'acct' },
    });
    expect(hijack.status).toBe(403);
    expect(hijack.body.error.field).toBe('jurisdictionCode');
    expect((await app.ds.manager.findOneByOrFail(ChatTarget, { id: theirs.body.id })).active).toBe(true);
    expect((await app.call('DELETE', `${v1}/chat/bindings/${mine.body.id}`, { token: shuangqing })).status).toBe(200);
  });

  it('units: lists its county\u2019s (and the city and province above), not 双辽市\u2019s', async () => {
    const res = await app.call('GET', `${v1}/units`, { token: shuangqing });
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(5);
    expect(res.body.items.every((u: any) => u.jurisdictionCode.startsWith('430502') || '430502'.startsWith(u.jurisdictionCode))).toBe(true);
    expect((await app.call('GET', `${v1}/units?area=220382`, { token: shuangqing })).body.items).toEqual([]);
    expect((await app.call('GET', `${v1}/units?area=220382`, { token: admin })).body.items.length).toBeGreaterThan(5);
  });
});
