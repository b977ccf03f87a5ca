#!/usr/bin/env node
// The browser console (console/: Vue 3 + Element Plus + ECharts) bundled by Vite into dist/console/,
// which Koa serves under /console/ (src/http/console/static.ts). Run by scripts/build.js after the
// compiler, and by the browser tests when the bundle is missing or older than its sources.
// Vite is a dev dependency: a production install keeps the dist/console/ a full install built.
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const src = path.join(root, 'console');
const out = path.join(root, 'dist', 'console');

async function buildConsole({ quiet = false } = {}) {
  const started = Date.now();
  const { build } = await import('vite');
  const vue = (await import('@vitejs/plugin-vue')).default;
  // Built beside the target and renamed into place: a server (or a parallel test) never serves half a bundle.
  const tmp = `${out}.tmp-${process.pid}`;
  fs.rmSync(tmp, { recursive: true, force: true });
  await build({
    root: src,
    base: '/console/',
    configFile: false,
    logLevel: quiet ? 'warn' : 'info',
    plugins: [vue()],
    build: { outDir: tmp, emptyOutDir: true, chunkSizeWarningLimit: 1200, reportCompressedSize: !quiet },
  });
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.renameSync(tmp, out);
  const bytes = sizeOf(out);
  if (!quiet) console.log(`cunsheng: built dist/console/ in ${((Date.now() - started) / 1000).toFixed(1)} s (${(bytes / 1024).toFixed(0)} KiB)`);
}

function sizeOf(dir) {
  let n = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true }))
    n += e.isDirectory() ? sizeOf(path.join(dir, e.name)) : fs.statSync(path.join(dir, e.name)).size;
  return n;
}

/** Newest modification time among the console's sources (the tests rebuild when it is newer than the bundle). */
function newestSource(dir = src) {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newestSource(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

module.exports = { buildConsole, newestSource, out };

if (require.main === module) {
  buildConsole().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
