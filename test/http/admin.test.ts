import { startTestApp, TestApp } from '../support/app';

let app: TestApp;
let admin: string;
let channel: string;

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502'] });
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
  const t = await app.call('POST', '/api/v1/tickets', { token: channel, body: { text: '火车站乡莲荷村的路灯坏了一个月', villageCode: '430502202205', category: 'infrastructure' } });
  expect(t.body.handlingUnit.name).toBe('双清区信访局');
  // Elsewhere in the county the default still applies.
  expect((await app.call('DELETE', `/api/v1/admin/routing-rules/${rule.body.id}`, { token: admin })).status).toBe(204);
  const t2 = await app.call('POST', '/api/v1/tickets', { token: channel, body: { text: '莲荷村的路灯坏了', villageCode: '430502202205', category: 'infrastructure' } });
  expect(t2.body.handlingUnit.name).toBe('火车站乡人民政府');
});

it('lets an admin shorten the ordinary clock for a county', async () => {
  const p = await app.call('POST', '/api/v1/admin/deadline-policies', {
    token: admin,
    body: { urgency: 'ordinary', jurisdictionCode: '430502', responseWithin: { value: 1, unit: 'working_days' }, resolveWithin: { value: 5, unit: 'calendar_days' } },
  });
  expect(p.status).toBe(201);
  const t = await app.call('POST', '/api/v1/tickets', { token: channel, body: { text: '孩子上学的营养餐好久没发了', villageCode: '430502202205', category: 'education', urgency: 'ordinary' } });
  expect(new Date(t.body.dueAt).getTime() - new Date(t.body.createdAt).getTime()).toBe(5 * 24 * 3600_000);
});

it('refuses rule changes from anyone but an admin, and names bad fields', async () => {
  const cadre = await app.staffOf('火车站乡人民政府');
  const ct = await app.token(cadre.role as any, { staffId: cadre.id });
  expect((await app.call('GET', '/api/v1/admin/routing-rules', { token: ct })).status).toBe(403);
  const bad = await app.call('POST', '/api/v1/admin/routing-rules', { token: admin, body: { category: 'water', target: 'county_unit' } });
  expect(bad.status).toBe(400);
  expect(bad.body.error.field).toBe('unitKind');
  const badArea = await app.call('POST', '/api/v1/admin/routing-rules', { token: admin, body: { category: 'water', target: 'township', jurisdictionCode: '999999' } });
  expect(badArea.status).toBe(400);
  expect(badArea.body.error.field).toBe('jurisdictionCode');
  expect((await app.call('DELETE', '/api/v1/admin/routing-rules/999999', { token: admin })).status).toBe(404);
});
