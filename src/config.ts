import path from 'node:path';
import { z } from 'zod';
import { type DbHost, splitHosts } from './db/hosts';

/**
 * Every setting of the server, the CLI and the bot, in one registry: its type, range, default
 * and meaning. Modules read their settings through readSettings/readSetting (never
 * process.env.X directly), so a bad value fails with one clear line naming the variable
 * ("PORT: expected an integer 0–65535, got 'abc'") instead of becoming NaN somewhere.
 * The README's Configuration table lists the same settings (test/ops/settings.test.ts checks).
 */

const clip = (v: unknown) => {
  const s = String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
};
const rangeText = (min: number, max: number) => (max === Infinity ? `≥ ${min}` : `${min}–${max}`);

/** An integer in [min, max]; an empty value counts as unset. */
const int = (min: number, max = Infinity) =>
  z.unknown().transform((raw, ctx) => {
    const s = String(raw).trim();
    const n = Number(s);
    if (!/^-?\d+$/.test(s) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: `expected an integer ${rangeText(min, max)}, got '${clip(raw)}'` });
      return z.NEVER;
    }
    return n;
  });

/** A decimal number in [min, max]. */
const dec = (min: number, max: number) =>
  z.unknown().transform((raw, ctx) => {
    const s = String(raw).trim();
    const n = Number(s);
    if (!s || !Number.isFinite(n) || n < min || n > max) {
      ctx.addIssue({ code: 'custom', message: `expected a number ${rangeText(min, max)}, got '${clip(raw)}'` });
      return z.NEVER;
    }
    return n;
  });

const FLAG_VALUES = ['0', '1', 'true', 'false'] as const;
type FlagText = (typeof FLAG_VALUES)[number];
const flagIssue = (raw: unknown) => `expected one of 0, 1, true, false, got '${clip(raw)}'`;
/** 0/1/true/false, kept as the text (older settings' type). */
const flagText = () =>
  z.unknown().transform((raw, ctx): FlagText => {
    const s = String(raw).trim().toLowerCase();
    if (!(FLAG_VALUES as readonly string[]).includes(s)) {
      ctx.addIssue({ code: 'custom', message: flagIssue(raw) });
      return z.NEVER;
    }
    return s as FlagText;
  });
/** 0/1/true/false as a boolean. */
const flag = () => flagText().transform((s) => s === '1' || s === 'true');

const oneOf = <T extends string>(values: readonly T[]) =>
  z.unknown().transform((raw, ctx): T => {
    const s = String(raw).trim();
    if (!(values as readonly string[]).includes(s)) {
      ctx.addIssue({ code: 'custom', message: `expected one of ${values.join(', ')}, got '${clip(raw)}'` });
      return z.NEVER;
    }
    return s as T;
  });

/** Free text (secrets included: never echoed in an error). */
const text = () => z.string({ error: 'expected text' });
const url = () =>
  z.unknown().transform((raw, ctx) => {
    const s = String(raw).trim();
    try {
      const u = new URL(s);
      if (u.protocol === 'http:' || u.protocol === 'https:') return s;
    } catch {
      // falls through to the issue
    }
    // The value is not echoed: a URL can carry credentials.
    ctx.addIssue({ code: 'custom', message: 'expected an http(s) URL' });
    return z.NEVER;
  });

interface Setting<S extends z.ZodType> {
  schema: S;
  /** The default as shown in the README ('' = unset). */
  shown: string;
  doc: string;
  group: 'server' | 'database' | 'jobs' | 'channels' | 'outbox' | 'chat' | 'bot' | 'operations';
}
const def = <S extends z.ZodType>(group: Setting<S>['group'], schema: S, shown: string, doc: string): Setting<S> => ({ schema, shown, doc, group });

export const SETTINGS = {
  // server
  PORT: def('server', int(0, 65535).default(3000), '3000', 'HTTP port (0: any free port, said in the "listening" log line).'),
  HOST: def('server', text().default('0.0.0.0'), '0.0.0.0', 'Address to listen on.'),
  LOG_LEVEL: def(
    'server',
    oneOf(['debug', 'info', 'warn', 'error', 'silent'] as const).default('info'),
    'info',
    'debug, info, warn, error or silent. Access log lines are info (health probes and scrapes: debug).',
  ),
  UPLOAD_DIR: def('server', text().default('./data/uploads'), './data/uploads', 'Where photos from the mini-program and chat are stored.'),
  STAFF_TOKEN_TTL_DAYS: def(
    'server',
    int(1, 3650).default(90),
    '90',
    'Staff tokens (cadre, leader, admin, sysadmin) expire this many days after issue (older ones without an expiry: after they were created); villager, channel and bot tokens only when issued with an expiry.',
  ),
  SESSION_TTL_HOURS: def(
    'server',
    int(1, 720).default(12),
    '12',
    'A console login (session cookie) ends this many hours after it began, whatever the activity.',
  ),
  SESSION_IDLE_MINUTES: def('server', int(1, 1440).default(30), '30', 'A console login ends after this many minutes without a request.'),
  RATE_LIMIT_SENDER_PER_MIN: def(
    'server',
    dec(0, Infinity).default(10),
    '10',
    'New tickets per sender (phone, WeChat id, openid, petitioner) per minute; 0 = off.',
  ),
  RATE_LIMIT_CHANNEL_PER_MIN: def('server', dec(0, Infinity).default(600), '600', 'New tickets per channel/bot token and per webhook per minute; 0 = off.'),
  OPEN311_READS_PER_MIN: def(
    'server',
    dec(0, Infinity).default(1000),
    '1000',
    'Public Open311 reads (GET requests, requests/{id}): tickets returned per minute per client (its api_key or bearer token, else its address); a bucket holds ten minutes of them; over it: 429 with Retry-After; 0 = off.',
  ),
  WORKERS: def(
    'server',
    int(1, 64).default(1),
    '1',
    'Server processes on this machine (node:cluster, sharing PORT): the primary migrates, forks them, restarts one that dies (backoff 1–30 s) and passes SIGTERM on; 1 = a single process.',
  ),
  REFERENCE_CACHE_MS: def(
    'server',
    int(0, 3_600_000).default(10_000),
    '10000',
    'Longest time routing rules, deadline policies and units stay cached; a change through the API or CLI reaches every process within ~250 ms (cache_version), this bounds a change made by hand in SQL.',
  ),
  TRUST_PROXY: def(
    'server',
    flag().default(false),
    '0',
    '1: a reverse proxy on this host (nginx …) sets X-Forwarded-For/-Proto: the client address (login lockout per address, logs) and https are read from its entry; 0: from the connection, forwarded headers ignored (anyone could forge them).',
  ),
  SEED_DEMO: def(
    'server',
    flag().default(true),
    '1',
    '1: an empty database gets the demo counties and their fake staff; 0 (production): reference data only, load the county with org:import.',
  ),
  // operations
  SHUTDOWN_TIMEOUT_MS: def(
    'operations',
    int(100, 600_000).default(10_000),
    '10000',
    'On SIGTERM/SIGINT: time allowed for in-flight requests, a running job and the outbox to finish; past it the process exits with code 1.',
  ),
  METRICS_TOKEN: def(
    'operations',
    text().min(16, 'expected at least 16 characters').optional(),
    '',
    'Bearer token that may read /metrics. Unset: /metrics answers only direct connections from this machine (no proxy headers).',
  ),
  // database
  DATABASE_URL: def(
    'database',
    text().optional(),
    '',
    'Unset: embedded SQLite at ./data/cunsheng.sqlite; sqlite:<path>; mysql://user:pass@host:port/db (MariaDB, MySQL, TiDB); a Galera cluster: mysql://user:pass@node1:3306,node2:3306,node3:3306/db (first preferred, the others on failure).',
  ),
  DB_POOL_SIZE: def(
    'database',
    int(1, 1000).default(10),
    '10',
    'MariaDB/MySQL connections per process (per node and process when DATABASE_URL lists several hosts).',
  ),
  DB_CONNECT_TIMEOUT_MS: def('database', int(100, 600_000).default(5000), '5000', 'MariaDB/MySQL: give up connecting after this long.'),
  DB_QUERY_TIMEOUT_MS: def(
    'database',
    int(100, 3_600_000).default(30_000),
    '30000',
    'MariaDB/MySQL: a query with no answer fails after this long; its connection is dropped and its session ended on the server.',
  ),
  // jobs
  JOBS_ENABLED: def(
    'jobs',
    flagText().default('1'),
    '1',
    'Run the escalation sweep and the evening summary in this process (0 on extra instances is allowed; a lease keeps each run single anyway).',
  ),
  ESCALATION_CRON: def('jobs', text().default('*/10 * * * *'), '*/10 * * * *', 'Escalation sweep schedule (cron, Asia/Shanghai).'),
  SUMMARY_CRON: def('jobs', text().default('0 20 * * *'), '0 20 * * *', 'Evening summary to the village groups (cron, Asia/Shanghai).'),
  // channels
  HOTLINE_SECRET: def('channels', text().optional(), '', 'HMAC secret of the call-centre (12345 hotline) webhook (unset: that endpoint answers 503).'),
  SMS_SECRET: def('channels', text().optional(), '', 'HMAC secret of the SMS webhook (unset: it answers 503) and of requests to the SMS gateway.'),
  SMS_GATEWAY_URL: def('channels', url().optional(), '', 'Outbound SMS gateway (unset: SMS replies are not sent).'),
  WECHAT_API_BASE: def(
    'channels',
    url().default('https://api.weixin.qq.com'),
    'https://api.weixin.qq.com',
    'WeChat API base URL (the mini-program login and subscribe messages).',
  ),
  MP_APPID: def('channels', text().optional(), '', 'Mini-program AppID.'),
  MP_SECRET: def('channels', text().optional(), '', 'Mini-program AppSecret.'),
  MP_TEMPLATE_STATUS: def('channels', text().optional(), '', 'Subscribe-message template id for status changes (unset: none sent).'),
  OPEN311_MEDIA_HOSTS: def(
    'channels',
    text().optional(),
    '',
    'Hosts (comma-separated, `host` or `host:port`) whose Open311 `media_url` images are fetched into attachments (5 s, no redirects, checked as uploads); unset: links are only kept.',
  ),
  WECHATY_PUPPET: def(
    'channels',
    text().optional(),
    '',
    'Server: set to run the WeChat bot inside the server process with this puppet. Bot process: its puppet (default wechaty-puppet-wechat4u).',
  ),
  // outbox
  OUTBOX_ENABLED: def('outbox', flagText().default('1'), '1', 'Run the outbox dispatcher in this process.'),
  OUTBOX_QUIET_HOURS: def(
    'outbox',
    flag().default(true),
    '1',
    "Staff notices outside 08:00–20:00 or on a rest day wait for the next working morning unless urgent (villagers' messages never wait); 0 = off.",
  ),
  OUTBOX_POLL_MS: def('outbox', int(50, 600_000).default(2000), '2000', 'How often the dispatcher looks for due messages (a commit nudges it sooner).'),
  OUTBOX_LEASE_MS: def('outbox', int(500, 3_600_000).default(60_000), '60000', "A claimed message is someone else's to retry after this long."),
  OUTBOX_BATCH: def('outbox', int(1, 500).default(10), '10', 'Messages claimed per poll.'),
  OUTBOX_MAX_ATTEMPTS: def('outbox', int(1, 100).default(8), '8', 'Attempts before a message is dead.'),
  OUTBOX_HTTP_TIMEOUT_MS: def('outbox', int(100, 120_000).default(10_000), '10000', 'Timeout of a delivery HTTP call (SMS gateway, WeCom, WeChat).'),
  OUTBOX_ACCOUNT_PER_MINUTE: def('outbox', int(0).default(20), '20', 'WeChat messages per bot account per minute (0 = no cap).'),
  OUTBOX_ACCOUNT_MIN_INTERVAL_MS: def('outbox', int(0).default(2000), '2000', 'Minimum gap between two messages of one bot account.'),
  OUTBOX_TARGET_PER_MINUTE: def('outbox', int(0).default(6), '6', 'Messages per group or contact per minute (0 = no cap).'),
  OUTBOX_TARGET_MIN_INTERVAL_MS: def('outbox', int(0).default(1000), '1000', 'Minimum gap between two messages to one group or contact.'),
  OUTBOX_WECOM_PER_MINUTE: def('outbox', int(0).default(20), '20', 'WeCom group-robot messages per robot per minute (0 = no cap).'),
  // chat
  CHAT_QUESTION_TTL_MS: def(
    'chat',
    int(1000, 24 * 3600_000).default(10 * 60_000),
    '600000',
    'How long the bot waits for the answer to its one question before filing as it stands.',
  ),
  CHAT_CHATTER_MIN_CONFIDENCE: def(
    'chat',
    dec(0, 1).default(0.5),
    '0.5',
    'Group messages that read like a complaint with at least this classifier confidence are counted (server and bot).',
  ),
  CHAT_DEDUPE_DAYS: def('chat', int(1, 365).default(14), '14', 'How long inbound message ids are kept for replay detection.'),
  CHAT_SWEEP_MS: def('chat', int(1000, 3600_000).default(60_000), '60000', 'How often unanswered questions are filed and old message ids pruned.'),
  CHAT_IMAGE_MAX_BYTES: def('chat', int(1024, 50 * 1024 * 1024).default(10 * 1024 * 1024), '10485760', 'Largest photo accepted from chat.'),
  // bot (bot/main.ts, `npm run bot`)
  CUNSHENG_API_URL: def('bot', url().default('http://127.0.0.1:3000'), 'http://127.0.0.1:3000', 'Bot process: the server it talks to.'),
  CUNSHENG_TOKEN: def('bot', text().optional(), '', 'Bot process: a `bot` token (token:issue --role bot --name wechat-bot).'),
  BOT_NAME: def(
    'bot',
    text().min(1, 'expected 1–32 characters').max(32, 'expected 1–32 characters').default('村声'),
    '村声',
    'The name villagers @ in groups.',
  ),
  BOT_ACCOUNT: def(
    'bot',
    z
      .string()
      .regex(/^[\w.-]{1,64}$/, 'expected letters, digits, . _ - (≤ 64)')
      .optional(),
    'cunsheng',
    'Stable name of this WeChat account in the core (puppet user ids change across logins).',
  ),
  BOT_MIN_INTERVAL_MS: def('bot', int(0).default(2000), '2000', 'Minimum gap between two sends of the account (plus jitter).'),
  BOT_JITTER_MS: def('bot', int(0).default(1000), '1000', 'Up to this much random extra gap between sends.'),
  BOT_PER_MINUTE: def('bot', int(0).default(20), '20', 'Sends per minute of the account (0 = no cap).'),
  BOT_TARGET_PER_MINUTE: def('bot', int(0).default(6), '6', 'Sends per minute to one group or contact (0 = no cap).'),
  BOT_TARGET_MIN_INTERVAL_MS: def('bot', int(0).default(3000), '3000', 'Minimum gap between two sends to one group or contact.'),
  BOT_DAILY_LIMIT: def('bot', int(0).default(1000), '1000', 'Sends per Shanghai day of the account (0 = unlimited).'),
  BOT_POLL_MS: def('bot', int(0).default(5000), '5000', 'How often the bot asks the server for messages to send.'),
  BOT_CLAIM_LIMIT: def('bot', int(1, 50).default(5), '5', 'Messages claimed per poll.'),
  BOT_CHATTER_FLUSH_MS: def(
    'bot',
    int(1000, 3600_000).default(30_000),
    '30000',
    'Counted group chatter goes to the server (and failed messages are retried) this often.',
  ),
  BOT_ROOMS_REFRESH_MS: def('bot', int(0, 24 * 3600_000).default(10 * 60_000), '600000', 'Bound rooms are re-read this often; 0 = only at login.'),
} as const;

type Settings = typeof SETTINGS;
export type SettingName = keyof Settings;
export type SettingValues<K extends SettingName> = { [P in K]: z.output<Settings[P]['schema']> };

/** Unset and empty are the same (`PORT=` in a unit file means "the default"). */
const present = (env: NodeJS.ProcessEnv, k: string) => {
  const v = env[k];
  return v === undefined || (typeof v === 'string' && v.trim() === '') ? undefined : v;
};

/**
 * The one parser: reads `keys` from `env`, and on any bad value throws one error naming every bad
 * variable and what was expected.
 */
export function readSettings<K extends SettingName>(keys: readonly K[], env: NodeJS.ProcessEnv = process.env, label = 'configuration'): SettingValues<K> {
  const out: Record<string, unknown> = {};
  const problems: string[] = [];
  for (const k of keys) {
    const r = SETTINGS[k].schema.safeParse(present(env, k));
    if (r.success) out[k] = r.data;
    else problems.push(...r.error.issues.map((i) => `${k}: ${i.message}`));
  }
  if (problems.length) throw new Error(`Invalid ${label}: ${problems.join('; ')}`);
  return out as SettingValues<K>;
}

export function readSetting<K extends SettingName>(key: K, env: NodeJS.ProcessEnv = process.env): SettingValues<K>[K] {
  return readSettings([key], env)[key];
}

/** The core's settings (the server and the CLI). */
const CORE = [
  'DATABASE_URL',
  'PORT',
  'HOST',
  'LOG_LEVEL',
  'UPLOAD_DIR',
  'SUMMARY_CRON',
  'ESCALATION_CRON',
  'JOBS_ENABLED',
  'WECHATY_PUPPET',
  'HOTLINE_SECRET',
  'SMS_SECRET',
  'SMS_GATEWAY_URL',
  'WECHAT_API_BASE',
  'MP_APPID',
  'MP_SECRET',
  'MP_TEMPLATE_STATUS',
  'OPEN311_MEDIA_HOSTS',
  'STAFF_TOKEN_TTL_DAYS',
  'SEED_DEMO',
  'TRUST_PROXY',
  'SHUTDOWN_TIMEOUT_MS',
  'METRICS_TOKEN',
] as const satisfies readonly SettingName[];

export type Config = SettingValues<(typeof CORE)[number]> & { database: DatabaseConfig };

/** `hosts`: a cluster's nodes in order of preference (DATABASE_URL with comma-separated hosts); `url` names the first. */
export type DatabaseConfig = { type: 'better-sqlite3'; database: string } | { type: 'mysql'; url: string; hosts?: DbHost[] };

export const DEFAULT_SQLITE_PATH = './data/cunsheng.sqlite';

/** Unset → embedded SQLite file; `sqlite:<path>` (or `sqlite::memory:`); `mysql://…` → MySQL/MariaDB/TiDB. */
export function parseDatabaseUrl(url: string | undefined): DatabaseConfig {
  if (!url) return { type: 'better-sqlite3', database: path.resolve(DEFAULT_SQLITE_PATH) };
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!file) throw new Error('DATABASE_URL sqlite:<path> needs a path');
    return { type: 'better-sqlite3', database: file === ':memory:' ? file : path.resolve(file) };
  }
  if (/^(mysql|mariadb|tidb):\/\//.test(url)) {
    const { url: first, hosts } = splitHosts(url.replace(/^(mariadb|tidb):/, 'mysql:'));
    return hosts.length > 1 ? { type: 'mysql', url: first, hosts } : { type: 'mysql', url: first };
  }
  throw new Error(`DATABASE_URL must be unset, sqlite:<path> or mysql://user:pass@host:port/db (got ${url.split(':')[0]}:…)`);
}

/**
 * The core's configuration. Every other setting of the process is checked here too (outbox, chat,
 * rate limits, database, cache): a typo in any of them stops the start with its name, not later.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const core = readSettings(CORE, env);
  readSettings(SERVER_ONLY, env);
  return { ...core, database: parseDatabaseUrl(core.DATABASE_URL) };
}

const SERVER_ONLY = (Object.keys(SETTINGS) as SettingName[]).filter((k) => SETTINGS[k].group !== 'bot' && !(CORE as readonly string[]).includes(k));
