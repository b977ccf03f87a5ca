#!/usr/bin/env node
// Starts the built service (dist/, no compiler) on a free port with a fresh SQLite file, waits for
// /health/ready, prints how long that took, then stops it with SIGTERM and expects a clean exit.
// .ci/run runs it in a production tree (`npm ci --omit=dev`); by hand:
//   node scripts/start-check.js            (SEED_DEMO=0: an empty organisation)
//   SEED_DEMO=1 node scripts/start-check.js (the demo counties seeded into the empty database)
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const main = path.join(root, 'dist', 'src', 'main.js');
const deadlineMs = Number(process.env.START_CHECK_TIMEOUT_MS || 120_000);
if (!fs.existsSync(main)) fail(`${main} is missing: build first (npm run build)`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cunsheng-start-'));
const env = {
  ...process.env,
  NODE_ENV: 'production',
  DATABASE_URL: `sqlite:${path.join(dir, 'cunsheng.sqlite')}`,
  PORT: '0',
  HOST: '127.0.0.1',
  SEED_DEMO: process.env.SEED_DEMO ?? '0',
};
const started = process.hrtime.bigint();
const ms = () => Number((process.hrtime.bigint() - started) / 1_000_000n);
const child = spawn(process.execPath, [main], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
let port = null;
let exited = null;
child.on('exit', (code, signal) => {
  exited = { code, signal };
});
child.stderr.on('data', (b) => {
  output += b;
});
child.stdout.on('data', (b) => {
  output += b;
  if (port) return;
  // The "listening" log line names the port the kernel chose (PORT=0).
  const m = /"msg":"村声 listening".*?"port":(\d+)/.exec(output);
  if (m) port = Number(m[1]);
});

function get(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 5000 }, (res) => {
      let body = '';
      res.on('data', (c) => {
        body += c;
      });
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('error', () => resolve(null));
    req.on('timeout', () => req.destroy());
  });
}

function fail(message) {
  process.stderr.write(`start check FAILED: ${message}\n`);
  if (output) process.stderr.write(`--- service output ---\n${output.slice(-4000)}\n`);
  if (child && exited === null) child.kill('SIGKILL');
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  process.exit(1);
}

const sleep = (t) => new Promise((r) => setTimeout(r, t));

(async () => {
  let listeningMs = null;
  let ready = null;
  while (ms() < deadlineMs) {
    if (exited) fail(`the service exited (${JSON.stringify(exited)}) before it was ready`);
    if (port && listeningMs === null) listeningMs = ms();
    if (port) {
      const r = await get(`http://127.0.0.1:${port}/health/ready`);
      if (r && r.status === 200) {
        ready = r;
        break;
      }
    }
    await sleep(50);
  }
  if (!ready) fail(`not ready within ${deadlineMs} ms`);
  const readyMs = ms();
  const health = await get(`http://127.0.0.1:${port}/health`);
  if (!health || health.status !== 200) fail(`/health answered ${health ? health.status : 'nothing'}`);
  // The browser console: the dist/console/ a full install built, served with no Vite present.
  const consolePage = await get(`http://127.0.0.1:${port}/console/`);
  if (!consolePage || consolePage.status !== 200 || !consolePage.body.includes('<div id="app">'))
    fail(`/console/ answered ${consolePage ? `${consolePage.status} ${consolePage.body.slice(0, 200)}` : 'nothing'}`);
  child.kill('SIGTERM');
  const stopStarted = ms();
  while (!exited && ms() - stopStarted < 30_000) await sleep(20);
  if (!exited) fail('no exit within 30 s of SIGTERM');
  if (exited.code !== 0) fail(`exit ${JSON.stringify(exited)} after SIGTERM`);
  fs.rmSync(dir, { recursive: true, force: true });
  process.stdout.write(
    `start check: SEED_DEMO=${env.SEED_DEMO}, listening after ${listeningMs} ms, /health/ready 200 after ${readyMs} ms, /console/ 200, stopped cleanly in ${ms() - stopStarted} ms\n`,
  );
})().catch((e) => fail(e && e.stack ? e.stack : String(e)));
