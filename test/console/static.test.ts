/**
 * The console's files as Koa serves them under /console/ (no browser): cache headers, the
 * Content-Security-Policy, the single-page app's deep links, and nothing outside dist/console/.
 */
import { startTestApp, TestApp } from '../support/app';
import { ensureBundle } from './browser';
import { CONSOLE_CSP } from '../../src/http/console/static';

jest.setTimeout(120_000);
let app: TestApp;

beforeAll(async () => {
  await ensureBundle();
  app = await startTestApp({ areas: ['430502'] });
});
afterAll(() => app?.close());

const raw = (path: string, init: RequestInit = {}) => fetch(app.url + path, { redirect: 'manual', ...init });

test('index.html: no-cache with an ETag (304 when unchanged), the CSP, no inline script', async () => {
  const res = await raw('/console/');
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  expect(res.headers.get('cache-control')).toBe('no-cache');
  expect(res.headers.get('content-security-policy')).toBe(CONSOLE_CSP);
  expect(res.headers.get('x-frame-options')).toBe('DENY');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  const html = await res.text();
  expect(html).toContain('<div id="app">');
  // Every script is a file of ours: the policy admits no inline script and no eval.
  const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const attrs of scripts) expect(attrs).toMatch(/\bsrc="\/console\/assets\/[^"]+\.js"/);
  expect(CONSOLE_CSP).toMatch(/script-src 'self'(;|$)/);
  expect(CONSOLE_CSP).not.toMatch(/unsafe-eval/);
  expect(CONSOLE_CSP).toMatch(/frame-ancestors 'none'/);

  const again = await raw('/console/', { headers: { 'if-none-match': res.headers.get('etag')! } });
  expect(again.status).toBe(304);
});

test('hashed assets are immutable for a year and gzipped; an unknown asset is a 404, never the page', async () => {
  const html = await (await raw('/console/')).text();
  const js = html.match(/src="(\/console\/assets\/[^"]+\.js)"/)![1];
  const css = html.match(/href="(\/console\/assets\/[^"]+\.css)"/)![1];
  for (const [p, type] of [
    [js, /^text\/javascript/],
    [css, /^text\/css/],
  ] as const) {
    const res = await raw(p, { headers: { 'accept-encoding': 'gzip' } });
    expect([p, res.status]).toEqual([p, 200]);
    expect(res.headers.get('content-type')).toMatch(type);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect((await res.text()).length).toBeGreaterThan(1000);
  }
  const missing = await raw('/console/assets/index-00000000.js');
  expect(missing.status).toBe(404);
  expect(missing.headers.get('cache-control')).toBe('no-store');
});

test('deep links get the app; /console redirects; other methods are refused; nothing outside dist/console', async () => {
  for (const p of ['/console/ledger', '/console/tickets/12?x=1', '/console/admin/routing', '/console/%E5%8F%B0%E8%B4%A6']) {
    const res = await raw(p);
    expect([p, res.status, res.headers.get('content-type')]).toEqual([p, 200, 'text/html; charset=utf-8']);
    expect(await res.text()).toContain('<div id="app">');
  }
  const r = await raw('/console?next=1');
  expect(r.status).toBe(302);
  expect(r.headers.get('location')).toBe('/console/?next=1');
  expect((await raw('/console/', { method: 'POST' })).status).toBe(405);
  for (const p of ['/console/..%2f..%2fpackage.json', '/console/%2e%2e/%2e%2e/package.json', '/console/assets/..%2f..%2f..%2fpackage.json', '/console/%00']) {
    const res = await raw(p);
    const text = await res.text();
    expect([p, text.includes('"dependencies"')]).toEqual([p, false]);
  }
  // The API and the rest are untouched.
  expect((await raw('/consoles')).status).toBe(404);
  expect((await raw('/api/v1/categories')).status).toBe(200);
});
