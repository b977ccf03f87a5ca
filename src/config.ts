import path from 'node:path';
import { z } from 'zod';

/** Configuration comes only from the environment; every value has a working default for the demo. */
const Env = z.object({
  DATABASE_URL: z.string().optional(),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error', 'silent']).default('info'),
  UPLOAD_DIR: z.string().default('./data/uploads'),
  SUMMARY_CRON: z.string().default('0 20 * * *'),
  ESCALATION_CRON: z.string().default('*/10 * * * *'),
  JOBS_ENABLED: z.enum(['0', '1', 'true', 'false']).default('1'),
  WECHATY_PUPPET: z.string().optional(),
  HOTLINE_SECRET: z.string().optional(),
  SMS_SECRET: z.string().optional(),
  SMS_GATEWAY_URL: z.string().optional(),
  WECHAT_API_BASE: z.string().default('https://api.weixin.qq.com'),
  MP_APPID: z.string().optional(),
  MP_SECRET: z.string().optional(),
  MP_TEMPLATE_STATUS: z.string().optional(),
  /** Staff tokens (cadre, leader, admin, sysadmin) expire this many days after issue unless given an expiry. */
  STAFF_TOKEN_TTL_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
});

export type Config = z.infer<typeof Env> & { database: DatabaseConfig };

export type DatabaseConfig =
  | { type: 'better-sqlite3'; database: string }
  | { type: 'mysql'; url: string };

export const DEFAULT_SQLITE_PATH = './data/cunsheng.sqlite';

/** Unset → embedded SQLite file; `sqlite:<path>` (or `sqlite::memory:`); `mysql://…` → MySQL/MariaDB/TiDB. */
export function parseDatabaseUrl(url: string | undefined): DatabaseConfig {
  if (!url) return { type: 'better-sqlite3', database: path.resolve(DEFAULT_SQLITE_PATH) };
  if (url.startsWith('sqlite:')) {
    const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (!file) throw new Error('DATABASE_URL sqlite:<path> needs a path');
    return { type: 'better-sqlite3', database: file === ':memory:' ? file : path.resolve(file) };
  }
  if (/^(mysql|mariadb|tidb):\/\//.test(url)) return { type: 'mysql', url: url.replace(/^(mariadb|tidb):/, 'mysql:') };
  throw new Error(`DATABASE_URL must be unset, sqlite:<path> or mysql://user:pass@host:port/db (got ${url.split(':')[0]}:…)`);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const msg = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${msg}`);
  }
  return { ...parsed.data, database: parseDatabaseUrl(parsed.data.DATABASE_URL) };
}
