import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import crypto from 'node:crypto';
import type Koa from 'koa';

/**
 * The browser console: the Vite bundle in dist/console/ (scripts/build-console.js) under /console/.
 * Hashed assets are immutable for a year; index.html (and any other unhashed file) is revalidated
 * every time, so a new build is picked up at once. Any other path under /console/ is a deep link
 * into the single-page app and gets index.html. The console talks to /api/v1 on the same origin
 * only: the policy allows no inline script, no other origin, no framing.
 */
export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  // Element Plus and ECharts set style attributes from script (CSSOM: allowed); ECharts' tooltip
  // writes style="" in HTML, which only style-src-attr admits. No <style> element is allowed.
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.svg', '.json', '.txt']);

interface Cached {
  raw: Buffer;
  gz: Buffer | null;
  etag: string;
  type: string;
  mtimeMs: number;
}

/** dist/console beside the compiled tree (dist/src/http/console) or the sources run by ts-node/jest. */
export function consoleDir(): string {
  const candidates = [path.resolve(__dirname, '../../../../dist/console'), path.resolve(__dirname, '../../../dist/console')];
  return candidates.find((d) => fs.existsSync(path.join(d, 'index.html'))) ?? candidates[candidates.length - 1];
}

export function consoleStatic(dir: string = consoleDir()): Koa.Middleware {
  // Files of one build never change; a rebuild changes the mtime (and the tests rebuild in place).
  const cache = new Map<string, Cached>();
  const load = (file: string): Cached | null => {
    let st: fs.Stats;
    try {
      st = fs.statSync(file);
    } catch {
      return null;
    }
    if (!st.isFile()) return null;
    const hit = cache.get(file);
    if (hit && hit.mtimeMs === st.mtimeMs) return hit;
    const raw = fs.readFileSync(file);
    const ext = path.extname(file).toLowerCase();
    const entry: Cached = {
      raw,
      gz: COMPRESSIBLE.has(ext) && raw.length > 1024 ? zlib.gzipSync(raw, { level: 9 }) : null,
      etag: `"${crypto.createHash('sha1').update(raw).digest('base64url')}"`,
      type: TYPES[ext] ?? 'application/octet-stream',
      mtimeMs: st.mtimeMs,
    };
    cache.set(file, entry);
    return entry;
  };

  return async (ctx, next) => {
    if (ctx.path !== '/console' && !ctx.path.startsWith('/console/')) return next();
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') {
      ctx.status = 405;
      ctx.set('Allow', 'GET, HEAD');
      return;
    }
    if (ctx.path === '/console') {
      ctx.redirect(`/console/${ctx.querystring ? `?${ctx.querystring}` : ''}`);
      return;
    }
    ctx.set('Content-Security-Policy', CONSOLE_CSP);
    ctx.set('X-Frame-Options', 'DENY');
    ctx.set('Referrer-Policy', 'same-origin');

    let rel: string;
    try {
      rel = decodeURIComponent(ctx.path.slice('/console/'.length));
    } catch {
      rel = '';
    }
    // Only plain relative names: no "..", no NUL, no backslash; anything else is a deep link.
    const safe = rel !== '' && !rel.includes('\0') && !rel.includes('\\') && rel.split('/').every((s) => s !== '' && s !== '.' && s !== '..');
    const isAsset = rel.startsWith('assets/');
    let file = safe ? load(path.join(dir, rel)) : null;
    if (!file && isAsset) {
      // A hashed file of another build: say so plainly, never answer it with the page.
      ctx.status = 404;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = '未找到';
      return;
    }
    const isIndex = !file;
    if (!file) file = load(path.join(dir, 'index.html'));
    if (!file) {
      ctx.status = 503;
      ctx.type = 'text/plain; charset=utf-8';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = '控制台尚未构建：请运行 npm run build（需开发依赖）';
      return;
    }
    ctx.set('Cache-Control', isAsset ? 'public, max-age=31536000, immutable' : 'no-cache');
    ctx.set('ETag', file.etag);
    ctx.set('Vary', 'Accept-Encoding');
    ctx.type = file.type;
    if (isIndex || rel === 'index.html') ctx.type = TYPES['.html'];
    if (ctx.get('If-None-Match') === file.etag) {
      ctx.status = 304;
      return;
    }
    ctx.status = 200;
    if (file.gz && ctx.acceptsEncodings('gzip', 'identity') === 'gzip') {
      ctx.set('Content-Encoding', 'gzip');
      ctx.body = file.gz;
    } else {
      ctx.body = file.raw;
    }
  };
}
