import http from 'node:http';
import { AddressInfo } from 'node:net';
import { loadConfig, parseDatabaseUrl } from '../../src/config';
import { createApp } from '../../src/http/app';
import { createDataSource } from '../../src/db/datasource';
import { startTestApp, TestApp } from '../support/app';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ areas: ['430502'] });
});
afterAll(() => app.close());

async function serve(ds: TestApp['ds']) {
  const server = http.createServer(createApp(ds, loadConfig({ ...process.env, DATABASE_URL: undefined })).callback());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((r) => server.close(r)) };
}

test('/health/live answers without the database; /health/ready says database, migrations and calendar', async () => {
  const live = await app.call('GET', '/health/live');
  expect(live.status).toBe(200);
  expect(live.body).toEqual({ status: 'ok' });
  const ready = await app.call('GET', '/health/ready');
  expect(ready.status).toBe(200);
  expect(ready.body).toMatchObject({ status: 'ready', db: 'ok', migrations: 'ok' });
  expect(['ok', 'provisional']).toContain(ready.body.calendar.status);
  expect(Array.isArray(ready.body.calendar.official)).toBe(true);
  // Public: years only, never the latest open deadline (a fact about one ticket).
  expect(ready.body.calendar.openClocksUntil).toBeUndefined();
  // /health stays as existing monitors know it.
  const old = await app.call('GET', '/health');
  expect(old.status).toBe(200);
  expect(old.body).toMatchObject({ status: 'ok', db: 'ok' });
});

test('an instance whose code has a migration the database has not run is not ready (but alive)', async () => {
  const [last] = await app.ds.query('SELECT id, timestamp, name FROM migrations ORDER BY id DESC LIMIT 1');
  await app.ds.query('DELETE FROM migrations WHERE id = ?', [last.id]);
  // A fresh app: the one above has seen "no pending" and remembers it (the list of a process is fixed).
  const fresh = await serve(app.ds);
  try {
    const r = await fetch(`${fresh.url}/health/ready`);
    expect(r.status).toBe(503);
    expect(await r.json()).toMatchObject({ status: 'not_ready', db: 'ok', migrations: 'pending' });
    expect((await fetch(`${fresh.url}/health/live`)).status).toBe(200);
  } finally {
    await app.ds.query('INSERT INTO migrations (id, timestamp, name) VALUES (?, ?, ?)', [last.id, last.timestamp, last.name]);
  }
  const again = await fetch(`${fresh.url}/health/ready`);
  expect(again.status).toBe(200);
  await fresh.close();
});

test('with the database gone: live 200, ready 503, /health 503', async () => {
  const ds = createDataSource(parseDatabaseUrl(app.db.url));
  await ds.initialize();
  const s = await serve(ds);
  try {
    expect((await fetch(`${s.url}/health/live`)).status).toBe(200);
    await ds.destroy();
    expect((await fetch(`${s.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${s.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not_ready', db: 'down' });
    expect((await fetch(`${s.url}/health`)).status).toBe(503);
    // Metrics still answer (the process's own series), and say the database is down.
    const m = await fetch(`${s.url}/metrics`);
    expect(m.status).toBe(200);
    const text = await m.text();
    expect(text).toMatch(/^cunsheng_db_up 0$/m);
    expect(text).toContain('cunsheng_http_requests_total');
    expect(text).not.toContain('cunsheng_outbox_messages{');
  } finally {
    await s.close();
  }
});
