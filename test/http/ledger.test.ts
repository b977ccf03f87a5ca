/**
 * The console's 台账 (issue 13): filters, search, sorting, paging with a total, facets, saved
 * views, the export and the ticket page — through a session cookie and bearer tokens alike.
 */
import * as XLSX from '@e965/xlsx';
import { ledgerMount, EXPORT_LIMIT } from '../../src/http/ledger/routes';
import { sessionMount } from '../../src/http/session/routes';
import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { TicketUnit } from '../../src/entities/TicketUnit';
import { acceptTicket, superviseTicket } from '../../src/tickets';
import { staffActor as officeActor } from '../../src/tickets/staff-actor';
import { startTestApp, TestApp } from '../support/app';
import { at, file, LIANHE, staffActor } from '../jobs/helpers';
import { Login, sessionFor, withSession } from '../support/session';

const JILONG = '430502101211'; // 渡头桥镇鸡笼村
let app: TestApp;
let admin: Login;
let cadre: Login;
let coCadre: Login;
let cadreStaff: Staff;
const t: Record<string, Ticket> = {};

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502'], mounts: [sessionMount, ledgerMount] });
  const office = await app.ds.manager.findOneByOrFail(Staff, { id: (await app.unit('双清区信访局')).headStaffId! });
  cadreStaff = await app.staffOf('双清区水利局', (s) => s.role === 'cadre');
  admin = await sessionFor(app, office);
  cadre = await sessionFor(app, cadreStaff);
  coCadre = await sessionFor(app, await app.staffOf('双清区住房和城乡建设局', (s) => s.role === 'cadre'));

  t.oct = await file(app.ds, at(2026, 10, 9, 9), {
    text: '莲荷村自来水停了两天了，我叫王大锤电话13907315555',
    contact: { name: '王大锤', phone: '13907315555' },
  });
  t.oct31 = await file(app.ds, at(2026, 10, 31, 23, 30), {
    villageCode: JILONG,
    category: 'infrastructure',
    text: '鸡笼村村口的路塌了一半，晚上很危险',
    channel: 'sms',
  });
  t.nov = await file(app.ds, at(2026, 11, 1, 0, 10), { text: '莲荷村二组水管漏水100%严重_急', urgency: 'emergency' });
  t.repeat = await file(app.ds, at(2026, 11, 2, 9), { text: '莲荷村停水的事还没解决', contact: { name: '王大锤', phone: '13907315555' } });
  await app.ds.manager.update(Ticket, { id: t.repeat.id }, { repeatOfId: t.oct.id });
  await app.ds.manager.update(Ticket, { id: t.oct.id }, { repeatCount: 1 });
  // The housing bureau co-handles the October ticket: it may read it, not see who filed it.
  await app.ds.manager.insert(TicketUnit, { ticketId: t.oct.id, unitId: (await app.unit('双清区住房和城乡建设局')).id, role: 'co' });
  const water = await staffActor(app.ds, '双清区水利局');
  await acceptTicket(app.ds, water, t.oct.id, {});
  await superviseTicket(app.ds, (await officeActor(app.ds.manager, office))!, t.nov.id, { days: 3, reason: '群众反映强烈' });
});
afterAll(() => app.close());

const ids = (body: any) => body.items.map((i: any) => i.id);

describe('GET /ledger', () => {
  it('pages with a total, sorts, and filters by every field', async () => {
    const all = await withSession(app, admin, 'GET', '/api/v1/ledger?pageSize=2&sort=createdAt');
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ total: 4, page: 1, pageSize: 2 });
    expect(ids(all.body)).toEqual([t.oct.id, t.oct31.id]);
    expect(all.body.items[0].township).toEqual({ code: '430502202', name: expect.any(String) });
    const p2 = await withSession(app, admin, 'GET', '/api/v1/ledger?pageSize=2&page=2&sort=createdAt');
    expect(ids(p2.body)).toEqual([t.nov.id, t.repeat.id]);
    expect((await withSession(app, admin, 'GET', '/api/v1/ledger?pageSize=2&page=9')).body).toMatchObject({ items: [], total: 4 });
    const q = async (qs: string) => ids((await withSession(app, admin, 'GET', `/api/v1/ledger?sort=createdAt&${qs}`)).body);
    expect(await q('status=accepted')).toEqual([t.oct.id]);
    expect(await q('category=infrastructure')).toEqual([t.oct31.id]);
    expect(await q('category=water,infrastructure')).toHaveLength(4);
    expect(await q('urgency=emergency')).toEqual([t.nov.id]);
    expect(await q('channel=sms')).toEqual([t.oct31.id]);
    expect(await q(`unitId=${t.oct.handlingUnitId}`)).toEqual([t.oct.id, t.nov.id, t.repeat.id]);
    expect(await q('township=430502101')).toEqual([t.oct31.id]);
    expect(await q(`village=${LIANHE}`)).toEqual([t.oct.id, t.nov.id, t.repeat.id]);
    expect(await q('supervised=true')).toEqual([t.nov.id]);
    expect(await q('escalated=true')).toEqual([t.nov.id]);
    expect(await q('repeat=true')).toEqual([t.oct.id, t.repeat.id]);
    expect(await q('repeat=false')).toEqual([t.oct31.id, t.nov.id]);
    // Shanghai dates: 31 October 23:30 is October's.
    expect(await q('from=2026-10-01&to=2026-10-31')).toEqual([t.oct.id, t.oct31.id]);
    expect(await q('from=2026-11-01')).toEqual([t.nov.id, t.repeat.id]);
    expect(await q('q=塌了一半')).toEqual([t.oct31.id]);
    expect(await q(`q=${t.nov.number}`)).toEqual([t.nov.id]);
    // LIKE wildcards are searched as text.
    expect(await q('q=100%25严重_急')).toEqual([t.nov.id]);
    expect(await q('q=%25')).toEqual([t.nov.id]);
    expect(await q('q=_')).toEqual([t.nov.id]);
    const urgent = await withSession(app, admin, 'GET', '/api/v1/ledger?sort=urgency');
    expect(urgent.body.items[0].id).toBe(t.nov.id);
    const due = await withSession(app, admin, 'GET', '/api/v1/ledger?sort=dueAt');
    const dues = due.body.items.map((i: any) => i.dueAt);
    expect([...dues].sort()).toEqual(dues);
  });

  it('facets: counts per value with the other filters applied, and the flags', async () => {
    const r = await withSession(app, admin, 'GET', '/api/v1/ledger?facets=true&category=water');
    expect(r.body.total).toBe(3);
    const f = r.body.facets;
    // Its own filter left out: infrastructure is counted so the user sees what choosing it gives.
    expect(f.category).toEqual([
      { value: 'water', name: '饮水安全', count: 3 },
      { value: 'infrastructure', name: '道路水电设施', count: 1 },
    ]);
    expect(f.urgency).toEqual(
      expect.arrayContaining([
        { value: 'ordinary', name: '一般', count: 2 },
        { value: 'emergency', name: '紧急', count: 1 },
      ]),
    );
    expect(f.unit).toEqual([{ value: t.oct.handlingUnitId, name: '双清区水利局', count: 3 }]);
    expect(f.township).toEqual([{ value: '430502202', name: expect.any(String), count: 3 }]);
    expect(f.flags).toEqual({ overdue: expect.any(Number), escalated: 1, supervised: 1, repeat: 2, open: 3 });
    expect(r.body.facets.status.reduce((s: number, x: any) => s + x.count, 0)).toBe(3);
  });

  it('bad input names the field', async () => {
    for (const [qs, field] of [
      ['status=nope', 'status'],
      ['category=water,nope', 'category'],
      ['unitId=abc', 'unitId'],
      ['township=43', 'township'],
      ['overdue=yes', 'overdue'],
      ['from=2026-02-30', 'from'],
      ['from=2026-11-02&to=2026-11-01', 'from'],
      ['sort=text', 'sort'],
      ['pageSize=500', 'pageSize'],
      ['page=0', 'page'],
      ['what=1', 'query'],
    ]) {
      const r = await withSession(app, admin, 'GET', `/api/v1/ledger?${qs}`);
      expect([qs, r.status, r.body.error.field]).toEqual([qs, 400, field]);
    }
  });

  it('a co-handling cadre’s search reads only its own unit’s texts (the petitioner is masked for it)', async () => {
    const own = await withSession(app, coCadre, 'GET', '/api/v1/ledger');
    expect(ids(own.body)).toEqual([t.oct.id]);
    expect(own.body.items[0].petitioner).toBeNull();
    expect(own.body.items[0].text).not.toContain('13907315555');
    expect((await withSession(app, coCadre, 'GET', '/api/v1/ledger?q=13907315555')).body.total).toBe(0);
    expect((await withSession(app, coCadre, 'GET', '/api/v1/ledger?q=王大锤')).body.total).toBe(0);
    expect((await withSession(app, coCadre, 'GET', `/api/v1/ledger?q=${t.oct.number}`)).body.total).toBe(1);
    // The lead unit's cadre finds it by the phone in the text.
    expect(ids((await withSession(app, cadre, 'GET', '/api/v1/ledger?q=13907315555')).body)).toEqual([t.oct.id]);
  });

  it('works with a bearer token as well', async () => {
    const token = await app.token('cadre', { staffId: cadreStaff.id });
    const r = await app.call('GET', '/api/v1/ledger?facets=true', { token });
    expect(r.status).toBe(200);
    expect(r.body.total).toBe(3);
  });
});

describe('saved views', () => {
  it('are the member of staff’s own: create, list, rename, delete; another’s answers 404', async () => {
    const made = await withSession(app, cadre, 'POST', '/api/v1/views', { body: { name: '本单位超期', filters: { overdue: 'true', sort: 'dueAt' } } });
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({ name: '本单位超期', filters: { overdue: 'true', sort: 'dueAt' } });
    expect((await withSession(app, cadre, 'POST', '/api/v1/views', { body: { name: '本单位超期', filters: {} } })).status).toBe(409);
    const bad = await withSession(app, cadre, 'POST', '/api/v1/views', { body: { name: '坏的', filters: { status: 'nope' } } });
    expect([bad.status, bad.body.error.field]).toEqual([400, 'filters.status']);
    const unknown = await withSession(app, cadre, 'POST', '/api/v1/views', { body: { name: '坏的', filters: { page: '2' } } });
    expect(unknown.status).toBe(400);
    expect((await withSession(app, cadre, 'GET', '/api/v1/views')).body.items.map((v: any) => v.name)).toEqual(['本单位超期']);
    expect((await withSession(app, admin, 'GET', '/api/v1/views')).body.items).toEqual([]);
    const theirs = `/api/v1/views/${made.body.id}`;
    expect((await withSession(app, admin, 'PUT', theirs, { body: { name: 'x' } })).status).toBe(404);
    expect((await withSession(app, admin, 'DELETE', theirs)).status).toBe(404);
    const renamed = await withSession(app, cadre, 'PUT', theirs, { body: { name: '超期（按时限）' } });
    expect(renamed.body).toMatchObject({ name: '超期（按时限）', filters: { overdue: 'true' } });
    // Without the CSRF token a cookie cannot change it.
    expect((await withSession(app, cadre, 'DELETE', theirs, { csrf: false })).status).toBe(403);
    expect((await withSession(app, cadre, 'DELETE', theirs)).status).toBe(204);
    expect((await withSession(app, cadre, 'GET', '/api/v1/views')).body.items).toEqual([]);
  });
});

async function download(path: string, s: Login) {
  const res = await fetch(app.url + path, { headers: { cookie: s.cookie } });
  const buf = Buffer.from(await res.arrayBuffer());
  return {
    res,
    rows: res.status === 200 ? (XLSX.utils.sheet_to_json(XLSX.read(buf, { type: 'buffer' }).Sheets['台账'], { header: 1 }) as string[][]) : [],
    buf,
  };
}

describe('GET /tickets/export.xlsx', () => {
  it('the list’s filters, Chinese headers, Shanghai times, petitioner only where the viewer may see it', async () => {
    const { res, rows } = await download('/api/v1/tickets/export.xlsx?sort=createdAt', admin);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="tickets-\d{8}\.xlsx"; filename\*=UTF-8''%E5%8F%B0%E8%B4%A6/);
    expect(rows[0].slice(0, 4)).toEqual(['编号', '状态', '类别', '紧急程度']);
    expect(rows).toHaveLength(5);
    const h = (name: string) => rows[0].indexOf(name);
    const oct31 = rows.find((r) => r[0] === t.oct31.number)!;
    expect(oct31[h('登记时间')]).toBe('2026-10-31 23:30');
    expect(oct31[h('渠道')]).toBe('短信');
    const oct = rows.find((r) => r[0] === t.oct.number)!;
    expect(oct[h('信访人')]).toBe('王大锤');
    expect(oct[h('联系电话')]).toBe('13907315555');
    expect(oct[h('协办单位')]).toContain('双清区住房和城乡建设局');
    expect(oct[h('重复信访')]).toBe('是');
    const filtered = await download('/api/v1/tickets/export.xlsx?category=infrastructure', admin);
    expect(filtered.rows.map((r) => r[0])).toEqual(['编号', t.oct31.number]);
  });

  it('a co-handling cadre’s export has no petitioner name or phone anywhere', async () => {
    const { rows, buf } = await download('/api/v1/tickets/export.xlsx', coCadre);
    expect(rows.map((r) => r[0])).toEqual(['编号', t.oct.number]);
    const h = (name: string) => rows[0].indexOf(name);
    expect(rows[1][h('信访人')] ?? '').toBe('');
    expect(rows[1][h('联系电话')] ?? '').toBe('');
    const text = JSON.stringify(rows);
    expect(text).not.toContain('13907315555');
    expect(text).not.toContain('王大锤');
    expect(buf.includes(Buffer.from('13907315555'))).toBe(false);
  });

  it('refuses more rows than the cap with a clear message, and bad filters like the list', async () => {
    const saved = EXPORT_LIMIT.rows;
    EXPORT_LIMIT.rows = 3;
    try {
      const r = await withSession(app, admin, 'GET', '/api/v1/tickets/export.xlsx');
      expect(r.status).toBe(400);
      expect(r.body.error).toMatchObject({ code: 'too_many_rows', message: '符合条件的工单共 4 条，超过导出上限 3 条，请缩小筛选范围' });
      expect((await download('/api/v1/tickets/export.xlsx?category=water&status=accepted', admin)).res.status).toBe(200);
    } finally {
      EXPORT_LIMIT.rows = saved;
    }
    const bad = await withSession(app, admin, 'GET', '/api/v1/tickets/export.xlsx?overdue=maybe');
    expect([bad.status, bad.body.error.field]).toEqual([400, 'overdue']);
    expect((await app.call('GET', '/api/v1/tickets/export.xlsx')).status).toBe(401);
    const token = await app.token('cadre', { staffId: cadreStaff.id });
    const byToken = await fetch(`${app.url}/api/v1/tickets/export.xlsx`, { headers: { authorization: `Bearer ${token}` } });
    expect(byToken.status).toBe(200);
  });
});

describe('GET /tickets/:id/console', () => {
  it('the ticket, both clocks with time left, history, links the viewer may read, and its actions', async () => {
    const r = await withSession(app, cadre, 'GET', `/api/v1/tickets/${t.repeat.id}/console`);
    expect(r.status).toBe(200);
    expect(r.body.ticket).toMatchObject({ id: t.repeat.id, number: t.repeat.number });
    expect(r.body.clocks.response).toMatchObject({ done: false, overdue: true, leftMs: expect.any(Number) });
    expect(r.body.clocks.response.left).toMatch(/已超期/);
    expect(r.body.clocks.resolution.dueAt).toBe(t.repeat.resolutionDueAt.toISOString());
    expect(r.body.history[0]).toMatchObject({ type: 'created', typeName: '已登记' });
    expect(r.body.links.repeatOf).toMatchObject({ id: t.oct.id, number: t.oct.number, statusName: '办理中' });
    expect(r.body.actions.map((x: any) => x.action)).toEqual(['accept', 'notes', 'transfer', 'object', 'decline', 'urgency', 'recategorise', 'place', 'merge']);
    expect(r.body.actions[0]).toEqual({ action: 'accept', name: '受理', method: 'POST', path: `/api/v1/tickets/${t.repeat.id}/accept` });
    const accepted = await withSession(app, cadre, 'GET', `/api/v1/tickets/${t.oct.id}/console`);
    expect(accepted.body.clocks.response).toMatchObject({ done: true, left: null });
    expect(accepted.body.links.repeats.map((x: any) => x.id)).toEqual([t.repeat.id]);
    expect(accepted.body.actions.map((x: any) => x.action)).toEqual(['notes', 'resolve', 'transfer', 'urgency', 'recategorise', 'place', 'merge']);
    // The co-handler may only add notes; the petition office directs from above.
    const co = await withSession(app, coCadre, 'GET', `/api/v1/tickets/${t.oct.id}/console`);
    expect(co.body.actions.map((x: any) => x.action)).toEqual(['notes']);
    expect(co.body.links.repeats).toEqual([]);
    const office = await withSession(app, admin, 'GET', `/api/v1/tickets/${t.oct.id}/console`);
    expect(office.body.actions.map((x: any) => x.action)).toEqual(expect.arrayContaining(['notes', 'resolve', 'transfer', 'take-charge', 'supervise']));
    // An action listed is one the command takes.
    const act = accepted.body.actions.find((x: any) => x.action === 'notes');
    const done = await withSession(app, cadre, act.method, act.path, { body: { text: '已联系村委会' } });
    expect(done.status).toBe(200);
    // Outside the scope: 404 as for any ticket.
    expect((await withSession(app, coCadre, 'GET', `/api/v1/tickets/${t.nov.id}/console`)).status).toBe(404);
  });
});

it('the console routes are in the OpenAPI document, with their query parameters', async () => {
  const doc = (await app.call('GET', '/api/v1/openapi.json')).body;
  expect(Object.keys(doc.paths['/api/v1/ledger'])).toEqual(['get']);
  expect(doc.paths['/api/v1/ledger'].get.parameters.map((p: any) => p.name)).toEqual(
    expect.arrayContaining(['status', 'q', 'sort', 'page', 'pageSize', 'facets', 'from', 'to']),
  );
  expect(Object.keys(doc.paths['/api/v1/views']).sort()).toEqual(['get', 'post']);
  expect(Object.keys(doc.paths['/api/v1/views/{id}']).sort()).toEqual(['delete', 'put']);
  expect(doc.paths['/api/v1/tickets/export.xlsx'].get.parameters.map((p: any) => p.name)).toContain('category');
  expect(doc.paths['/api/v1/tickets/{id}/console'].get['x-roles']).toEqual(['admin', 'cadre', 'leader']);
  for (const p of ['/api/v1/auth/login', '/api/v1/auth/logout', '/api/v1/auth/password', '/api/v1/admin/staff/{id}/password'])
    expect(doc.paths[p].post).toBeTruthy();
  expect(doc.paths['/api/v1/me'].get).toBeTruthy();
  expect(doc.paths['/api/v1/auth/login'].post.requestBody.content['application/json'].schema.required).toEqual(['login', 'password']);
});
