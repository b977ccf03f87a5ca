#!/usr/bin/env node
// `npm run build`, and `prepare` (run by every `npm install` / `npm ci` of this project): compile to
// dist/ once, so `npm start`, `npm run cli` and `npm run bot` run plain JavaScript with no compiler.
// dist/ is emptied first: a compiled migration or entity whose source was renamed or removed would
// otherwise stay there and still be loaded (src/db/datasource.ts reads them by glob).
// A production install (`npm ci --omit=dev`, or NODE_ENV=production) never compiles: it keeps the
// dist/ that a full install built (CI checks that such a tree starts). npm keeps TypeScript in that
// tree all the same (typeorm's optional peer ts-node pulls it in), so its presence decides nothing.
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const built = fs.existsSync(path.join(root, 'dist', 'src', 'main.js'));
const omitDev = (process.env.npm_config_omit || '').split(/[\s,]+/).includes('dev') || process.env.NODE_ENV === 'production';

function keepDist(why) {
  if (built) console.log(`cunsheng: ${why}: using the dist/ built before`);
  else console.warn(`cunsheng: ${why} and dist/ is missing: build it with a full \`npm ci\` (dev dependencies included), then install for production`);
  process.exit(0);
}

if (omitDev && !process.argv.includes('--force')) keepDist('production install (dev dependencies omitted)');
let tsc;
try {
  tsc = require.resolve('typescript/bin/tsc', { paths: [root] });
} catch {
  keepDist('no TypeScript compiler');
}
const started = Date.now();
fs.rmSync(path.join(root, 'dist'), { recursive: true, force: true });
const r = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { cwd: root, stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
console.log(`cunsheng: built dist/ in ${((Date.now() - started) / 1000).toFixed(1)} s`);
// The browser console (Vite, a dev dependency like the compiler): dist/console/.
let vite = true;
try {
  require.resolve('vite', { paths: [root] });
} catch {
  vite = false;
  console.warn('cunsheng: no Vite: dist/console/ not built (the console at /console/ answers 503)');
}
if (vite) {
  require('./build-console')
    .buildConsole()
    .catch((err) => {
      console.error(err);
      process.exit(1);
    });
}
