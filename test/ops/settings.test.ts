import fs from 'node:fs';
import path from 'node:path';
import { loadConfig, readSetting, readSettings, SETTINGS } from '../../src/config';
import { loadOutboxSettings } from '../../src/outbox/config';
import { loadChatSettings } from '../../src/channels/chat/settings';
import { loadRateLimits } from '../../src/http/ratelimit';
import { loadBotConfig } from '../../bot/config';
import { quietHoursOn } from '../../src/outbox/enqueue';

const ROOT = path.resolve(__dirname, '..', '..');

test('a bad value stops the start with one line naming the variable, what was expected and what was given', () => {
  expect(() => loadConfig({ PORT: 'abc' })).toThrow("Invalid configuration: PORT: expected an integer 0–65535, got 'abc'");
  expect(() => loadConfig({ PORT: '70000' })).toThrow("PORT: expected an integer 0–65535, got '70000'");
  expect(() => loadConfig({ PORT: '80.5' })).toThrow(/PORT: expected an integer/);
  expect(() => loadConfig({ LOG_LEVEL: 'verbose' })).toThrow("LOG_LEVEL: expected one of debug, info, warn, error, silent, got 'verbose'");
  expect(() => loadConfig({ JOBS_ENABLED: 'yes please' })).toThrow("JOBS_ENABLED: expected one of 0, 1, true, false, got 'yes please'");
  // Every bad variable at once, not one per restart.
  expect(() => loadConfig({ PORT: 'x', STAFF_TOKEN_TTL_DAYS: '0' })).toThrow(/PORT: .*; STAFF_TOKEN_TTL_DAYS: expected an integer 1–3650, got '0'/);
});

test('the four settings that used to become NaN silently are checked at start', () => {
  expect(() => loadConfig({ DB_POOL_SIZE: 'ten' })).toThrow("DB_POOL_SIZE: expected an integer 1–1000, got 'ten'");
  expect(() => loadConfig({ DB_CONNECT_TIMEOUT_MS: '5s' })).toThrow("DB_CONNECT_TIMEOUT_MS: expected an integer 100–600000, got '5s'");
  expect(() => loadConfig({ DB_QUERY_TIMEOUT_MS: '' + 'abc' })).toThrow(/DB_QUERY_TIMEOUT_MS: expected an integer/);
  expect(() => loadConfig({ REFERENCE_CACHE_MS: '10 秒' })).toThrow("REFERENCE_CACHE_MS: expected an integer 0–3600000, got '10 秒'");
  // …and the outbox, chat and rate-limit settings of the same process, which used to fail only when their module started.
  expect(() => loadConfig({ OUTBOX_POLL_MS: '0' })).toThrow("OUTBOX_POLL_MS: expected an integer 50–600000, got '0'");
  expect(() => loadConfig({ CHAT_CHATTER_MIN_CONFIDENCE: '80%' })).toThrow("CHAT_CHATTER_MIN_CONFIDENCE: expected a number 0–1, got '80%'");
  expect(() => loadConfig({ RATE_LIMIT_SENDER_PER_MIN: '-1' })).toThrow(/RATE_LIMIT_SENDER_PER_MIN: expected a number ≥ 0/);
  expect(() => loadConfig({ OUTBOX_QUIET_HOURS: 'off' })).toThrow("OUTBOX_QUIET_HOURS: expected one of 0, 1, true, false, got 'off'");
  expect(() => loadConfig({ SHUTDOWN_TIMEOUT_MS: '10s' })).toThrow("SHUTDOWN_TIMEOUT_MS: expected an integer 100–600000, got '10s'");
});

test('defaults are working values; empty means unset; module loaders read through the same parser', () => {
  const c = loadConfig({});
  expect(c).toMatchObject({ PORT: 3000, HOST: '0.0.0.0', JOBS_ENABLED: '1', SEED_DEMO: true, SHUTDOWN_TIMEOUT_MS: 10_000, STAFF_TOKEN_TTL_DAYS: 90 });
  expect(c.database.type).toBe('better-sqlite3');
  expect(loadConfig({ PORT: '', SEED_DEMO: '0', SHUTDOWN_TIMEOUT_MS: ' 2500 ' })).toMatchObject({ PORT: 3000, SEED_DEMO: false, SHUTDOWN_TIMEOUT_MS: 2500 });
  expect(readSettings(['DB_POOL_SIZE', 'DB_QUERY_TIMEOUT_MS'], { DB_POOL_SIZE: '25' })).toEqual({ DB_POOL_SIZE: 25, DB_QUERY_TIMEOUT_MS: 30_000 });
  expect(readSetting('REFERENCE_CACHE_MS', {})).toBe(10_000);
  expect(loadOutboxSettings({ OUTBOX_BATCH: '3', OUTBOX_ENABLED: 'false' })).toMatchObject({ batch: 3, enabled: false, pollMs: 2000 });
  expect(loadChatSettings({ CHAT_DEDUPE_DAYS: '30' }).dedupeDays).toBe(30);
  expect(loadRateLimits({ RATE_LIMIT_CHANNEL_PER_MIN: '0' })).toEqual({ senderPerMin: 10, channelPerMin: 0 });
  expect(quietHoursOn({ OUTBOX_QUIET_HOURS: '0' })).toBe(false);
  expect(quietHoursOn({})).toBe(true);
  expect(() => quietHoursOn({ OUTBOX_QUIET_HOURS: 'nope' })).toThrow(/OUTBOX_QUIET_HOURS/);
  expect(loadBotConfig({}).puppet).toBe('wechaty-puppet-wechat4u');
  expect(() => loadBotConfig({ BOT_CLAIM_LIMIT: '500' })).toThrow("Invalid bot configuration: BOT_CLAIM_LIMIT: expected an integer 1–50, got '500'");
});

test('secrets and URLs are never echoed in the error', () => {
  const run = (env: NodeJS.ProcessEnv) => {
    try {
      loadConfig(env);
    } catch (e: any) {
      return String(e.message);
    }
    return '';
  };
  const msg = run({ SMS_GATEWAY_URL: 'ftp://user:hunter2@gw.example' });
  expect(msg).toMatch(/SMS_GATEWAY_URL: expected an http\(s\) URL/);
  expect(msg).not.toContain('hunter2');
  expect(run({ METRICS_TOKEN: 'shortsecret' })).not.toContain('shortsecret');
  expect(run({ DATABASE_URL: 'postgres://u:hunter2@h/db' })).not.toContain('hunter2');
});

test('the README Configuration table lists every setting with its default, and nothing the code does not read', () => {
  const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('## Configuration');
  expect(start).toBeGreaterThanOrEqual(0);
  const section = readme.slice(start, readme.indexOf('\n## ', start + 5));
  const rows = new Map([...section.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \| ([^|]*) \|/gm)].map((m) => [m[1], m[2].trim()]));
  for (const [name, s] of Object.entries(SETTINGS)) {
    expect({ name, listed: rows.has(name) }).toEqual({ name, listed: true });
    const shown = rows.get(name)!.replace(/^`|`$/g, '');
    expect({ name, shown }).toEqual({ name, shown: s.shown || '—' });
  }
  expect([...rows.keys()].filter((k) => !(k in SETTINGS))).toEqual([]);
});

test('no module reads a setting from process.env behind the parser', () => {
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        // bot/ is a workspace package: its own dependencies are not ours to check.
        if (e.name !== 'node_modules' && e.name !== 'dist') walk(p);
      } else if (p.endsWith('.ts')) {
        const rel = path.relative(ROOT, p);
        // config.ts is the parser; log.ts reads LOG_LEVEL per line (validated at start by loadConfig).
        if (rel === path.join('src', 'config.ts') || rel === path.join('src', 'log.ts')) continue;
        const text = fs.readFileSync(p, 'utf8');
        for (const m of text.matchAll(/process\.env\.([A-Z][A-Z0-9_]*)|process\.env\[['"]([A-Z][A-Z0-9_]*)['"]\]/g)) offenders.push(`${rel}: ${m[1] ?? m[2]}`);
      }
    }
  };
  walk(path.join(ROOT, 'src'));
  walk(path.join(ROOT, 'bot'));
  expect(offenders).toEqual([]);
});
