/**
 * The browser tests' harness: Debian's Chromium driven by playwright-core, one browser per test
 * file, a fresh profile, 1366×768 (the county's desk PCs), Beijing time. The console bundle is
 * (re)built first when missing or older than its sources. In CI a missing Chromium fails the run;
 * elsewhere the browser tests are skipped with a message saying so.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const hasChromium = fs.existsSync(CHROMIUM);
const ROOT = path.resolve(__dirname, '../..');
export const SHOTS = path.join(ROOT, 'test-output', 'screenshots');

if (!hasChromium) {
  if (process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}: the browser tests cannot run (CI installs it with apt-get install chromium)`);
  console.warn(`⚠ ${CHROMIUM} missing: the console's browser tests are SKIPPED (apt-get install chromium to run them)`);
}

/** `describe`, or `describe.skip` outside CI without a browser. */
export const describeBrowser = hasChromium ? describe : describe.skip;

/** dist/console/ up to date with console/ (and src/vocabulary.ts, which it bundles). */
export async function ensureBundle(): Promise<void> {
  const { newestSource, out } = require('../../scripts/build-console.js');
  const index = path.join(out, 'index.html');
  const newest = Math.max(newestSource(), fs.statSync(path.join(ROOT, 'src', 'vocabulary.ts')).mtimeMs);
  if (fs.existsSync(index) && fs.statSync(index).mtimeMs >= newest) return;
  // Two test files may find it stale at once: one builds, the other waits for it.
  const lock = path.join(ROOT, 'dist', '.console-build.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  for (let i = 0; ; i++) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // A lock left by a run that was killed mid-build (a build takes seconds, not minutes).
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      if (i > 600) throw new Error(`console build lock ${lock} held for 60 s`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  try {
    // A process of its own: Vite is ESM, which jest's module loader does not import.
    if (!fs.existsSync(index) || fs.statSync(index).mtimeMs < newest)
      execFileSync(process.execPath, [path.join(ROOT, 'scripts', 'build-console.js')], { cwd: ROOT, stdio: 'pipe' });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

export interface Session {
  browser: Browser;
  /** Messages the pages logged as errors (CSP violations included), per context. */
  problems: string[];
  context(baseURL: string): Promise<{ context: BrowserContext; page: Page }>;
  close(): Promise<void>;
}

export async function launch(): Promise<Session> {
  await ensureBundle();
  // playwright's launch gives the browser a fresh temporary profile (user-data-dir) and removes it on close.
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const problems: string[] = [];
  const contexts: BrowserContext[] = [];
  return {
    browser,
    problems,
    async context(baseURL) {
      const context = await browser.newContext({
        baseURL,
        viewport: { width: 1366, height: 768 },
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        acceptDownloads: true,
      });
      contexts.push(context);
      // Every page of the context, the first and any opened later.
      context.on('page', (page) => {
        // A page that has not answered in 10 s is broken, not slow: fail fast with the locator named.
        page.setDefaultTimeout(10_000);
        page.on('console', (msg) => {
          // 401 before login and the 4xx a test provokes on purpose are the API's answers, not faults.
          if (msg.type() === 'error' && !/status of (401|403|404|409|429|400)/.test(msg.text())) problems.push(msg.text());
        });
        page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
      });
      const page = await context.newPage();
      return { context, page };
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
    },
  };
}

export async function shot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SHOTS, { recursive: true });
  const file = path.join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Logs in through the form (Enter submits) and waits for the 台账. */
export async function login(page: Page, who: string, password: string): Promise<void> {
  await page.goto('/console/login');
  await page.locator('#login').fill(who);
  await page.locator('#password').fill(password);
  await page.locator('#password').press('Enter');
  await page.waitForURL(/\/console\/ledger/);
  await page.locator('[data-test=ledger][data-state=ready]').waitFor();
}
