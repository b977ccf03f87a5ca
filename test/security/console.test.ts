/**
 * The console as an attacker from the accused unit uses it (issue 13): logged in by password
 * (a session cookie, not a token), the staff of a county bureau accused in a misconduct report
 * look for it everywhere the console reaches — the 台账 and its counts, searches for its words
 * and people, saved views, the dashboard, the export, the ticket page and the work routes — and
 * find nothing. The discipline commission handling it does find it (the checks can see a leak).
 */
import * as XLSX from '@e965/xlsx';
import { wireFeatures } from '../../src/wiring';
import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { startTestApp, TestApp } from '../support/app';
import { Login, sessionFor, withSession } from '../support/session';

const REPORT = {
  text: '双清区水利局局长收了包工头的好处费，水井工程偷工减料，我叫郝运来电话13907310002',
  fragment: '收了包工头的好处费',
  name: '郝运来',
  phone: '13907310002',
};
const CONTROL = { text: '莲荷村自来水停了三天一直没人来修，我叫谷雨晴电话13907310005', name: '谷雨晴', phone: '13907310005' };

let app: TestApp;
let report: Ticket;
let control: Ticket;
const accused: { name: string; s: Login }[] = [];
let discipline: Login;

beforeAll(async () => {
  wireFeatures();
  app = await startTestApp({ areas: ['430502'] });
  const channel = await app.token('channel');
  const file = async (text: string, name: string, phone: string, category: string, key: string) => {
    const r = await app.call('POST', '/api/v1/tickets', {
      token: channel,
      body: { text, category, villageCode: '430502202205', channel: 'hotline', externalId: key, contact: { name, phone } },
    });
    expect(r.status).toBe(201);
    return app.ds.manager.findOneByOrFail(Ticket, { id: r.body.id });
  };
  report = await file(REPORT.text, REPORT.name, REPORT.phone, 'misconduct', 'console-report');
  control = await file(CONTROL.text, CONTROL.name, CONTROL.phone, 'water', 'console-control');
  const bureau = await app.unit('双清区水利局');
  expect(report.accusedUnitId).toBe(bureau.id);
  const m = app.ds.manager;
  const head = await m.findOneByOrFail(Staff, { id: bureau.headStaffId! });
  accused.push({ name: 'bureau head', s: await sessionFor(app, head) });
  accused.push({ name: 'bureau cadre', s: await sessionFor(app, await app.staffOf('双清区水利局', (x) => x.role === 'cadre')) });
  const handler = await m.findOneByOrFail(Staff, { unitId: report.handlingUnitId });
  discipline = await sessionFor(app, handler);
});
afterAll(() => app.close());

/** Whatever of the report is in a body (text of a JSON answer or a sheet's rows). */
function leaks(body: unknown): string[] {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const found = [report.number, REPORT.fragment, REPORT.name, REPORT.phone, REPORT.phone.slice(3)].filter((x) => text.includes(x));
  const walk = (v: unknown) => {
    if (Array.isArray(v)) return v.forEach(walk);
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    if (o.id === report.id && 'number' in o) found.push(`ticket id ${report.id}`);
    Object.values(o).forEach(walk);
  };
  walk(body);
  return found;
}

async function sheet(s: Login, qs = '') {
  const res = await fetch(`${app.url}/api/v1/tickets/export.xlsx${qs}`, { headers: { cookie: s.cookie } });
  expect(res.status).toBe(200);
  const wb = XLSX.read(Buffer.from(await res.arrayBuffer()), { type: 'buffer' });
  return XLSX.utils.sheet_to_json(wb.Sheets[wb.SheetNames[0]], { header: 1 });
}

const SEARCHES = [
  '',
  'category=misconduct',
  `q=${encodeURIComponent(REPORT.fragment)}`,
  `q=${REPORT.phone}`,
  `q=${encodeURIComponent(REPORT.name)}`,
  'q=好处费',
];

it('the control: the discipline commission sees the report in every one of these places', async () => {
  const list = await withSession(app, discipline, 'GET', `/api/v1/ledger?facets=true&q=${encodeURIComponent(REPORT.fragment)}`);
  expect(leaks(list.body).length).toBeGreaterThan(0);
  expect(list.body.facets.category).toEqual([{ value: 'misconduct', name: '干部作风', count: 1 }]);
  expect(leaks(await sheet(discipline)).length).toBeGreaterThan(0);
  expect((await withSession(app, discipline, 'GET', `/api/v1/tickets/${report.id}/console`)).status).toBe(200);
  const dash = await withSession(app, discipline, 'GET', '/api/v1/dashboard');
  expect(dash.body.intakeByCategory.series.map((x: any) => x.value)).toContain('misconduct');
});

it('the accused unit, by session: nothing in the 台账, its counts, searches or saved views', async () => {
  for (const { name, s } of accused) {
    const seen: string[] = [];
    for (const qs of SEARCHES) {
      const r = await withSession(app, s, 'GET', `/api/v1/ledger?facets=true&pageSize=100&${qs}`);
      expect([name, qs, r.status]).toEqual([name, qs, 200]);
      for (const l of leaks(r.body)) seen.push(`${qs}: ${l}`);
      if (r.body.facets.category.some((x: any) => x.value === 'misconduct')) seen.push(`${qs}: misconduct facet`);
      if (r.body.total !== r.body.items.length) seen.push(`${qs}: total ${r.body.total}`);
    }
    // A view saved to look for it runs within the same scope.
    const v = await withSession(app, s, 'POST', '/api/v1/views', { body: { name: '找举报', filters: { category: 'misconduct', q: REPORT.fragment } } });
    expect(v.status).toBe(201);
    const views = await withSession(app, s, 'GET', '/api/v1/views');
    const run = await withSession(app, s, 'GET', `/api/v1/ledger?${new URLSearchParams(views.body.items[0].filters)}&facets=true`);
    expect(run.body.total).toBe(0);
    for (const l of leaks(run.body)) seen.push(`view: ${l}`);
    expect([name, seen]).toEqual([name, []]);
  }
  // They do see their own unit's ordinary work (the list is not simply empty).
  const own = await withSession(app, accused[1].s, 'GET', '/api/v1/ledger?pageSize=100');
  expect(own.body.items.map((i: any) => i.id)).toContain(control.id);
});

it('the accused unit, by session: nothing in the dashboard or the export', async () => {
  for (const { name, s } of accused) {
    const dash = await withSession(app, s, 'GET', '/api/v1/dashboard');
    expect([name, leaks(dash.body)]).toEqual([name, []]);
    expect(dash.body.intakeByCategory.series.map((x: any) => x.value)).not.toContain('misconduct');
    const ledger = await withSession(app, s, 'GET', '/api/v1/ledger?pageSize=100');
    expect(dash.body.overall.total).toBe(ledger.body.total);
    for (const qs of ['', '?category=misconduct', `?q=${REPORT.phone}`]) {
      const rows = await sheet(s, qs);
      expect([name, qs, leaks(rows)]).toEqual([name, qs, []]);
    }
    const withControl = await sheet(s);
    expect(JSON.stringify(withControl)).toContain(control.number);
  }
});

it('the accused unit, by session: the ticket page and every work route answer as for a missing ticket', async () => {
  for (const { name, s } of accused) {
    const [a, b] = [
      await withSession(app, s, 'GET', `/api/v1/tickets/${report.id}/console`),
      await withSession(app, s, 'GET', '/api/v1/tickets/99999999/console'),
    ];
    expect([name, a.status, a.body.error.message]).toEqual([name, 404, b.body.error.message]);
    for (const [action, body] of [
      ['notes', { text: '看看' }],
      ['accept', {}],
      ['transfer', { unitId: 1, reason: '转走吧' }],
    ] as const) {
      const [x, y] = [
        await withSession(app, s, 'POST', `/api/v1/tickets/${report.id}/${action}`, { body }),
        await withSession(app, s, 'POST', `/api/v1/tickets/99999999/${action}`, { body }),
      ];
      expect([name, action, x.status, x.body.error?.message]).toEqual([name, action, y.status, y.body.error?.message]);
    }
  }
});
