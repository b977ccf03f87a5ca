import { z } from 'zod';
import { parseEnv } from '../src/env';

/**
 * The bot's own configuration (it may run in a process of its own, without the core's config).
 * Pacing defaults follow the conservative rules for personal accounts: about one message per
 * 2–3 s per account with jitter, a per-chat cap, and a daily ceiling.
 */
const Env = z.object({
  WECHATY_PUPPET: z.string().default('wechaty-puppet-wechat4u'),
  CUNSHENG_API_URL: z.string().url().default('http://127.0.0.1:3000'),
  /** A `bot` token (`token:issue --role bot --name wechat-bot`): the only role the chat API accepts. */
  CUNSHENG_TOKEN: z.string().optional(),
  BOT_NAME: z.string().min(1).max(32).default('村声'),
  /** Stable name of this WeChat account in the core (puppet user ids change across logins). */
  BOT_ACCOUNT: z.string().regex(/^[\w.-]{1,64}$/, 'letters, digits, . _ - (≤ 64)').optional(),
  BOT_MIN_INTERVAL_MS: z.coerce.number().int().min(0).default(2000),
  BOT_JITTER_MS: z.coerce.number().int().min(0).default(1000),
  BOT_PER_MINUTE: z.coerce.number().int().min(0).default(20),
  BOT_TARGET_PER_MINUTE: z.coerce.number().int().min(0).default(6),
  BOT_TARGET_MIN_INTERVAL_MS: z.coerce.number().int().min(0).default(3000),
  BOT_DAILY_LIMIT: z.coerce.number().int().min(0).default(1000),
  BOT_POLL_MS: z.coerce.number().int().min(0).default(5000),
  BOT_CLAIM_LIMIT: z.coerce.number().int().min(1).max(50).default(5),
  /** Counted group chatter goes to the core (and failed messages are retried) this often. */
  BOT_CHATTER_FLUSH_MS: z.coerce.number().int().min(1000).max(3600_000).default(30_000),
  /** Bound rooms are re-read this often (groups bound through the API while the bot runs); 0 = only at login. */
  BOT_ROOMS_REFRESH_MS: z.coerce.number().int().min(0).max(24 * 3600_000).default(10 * 60_000),
  /** Same setting as the core's: chatter at or above this classifier confidence is counted. */
  CHAT_CHATTER_MIN_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.5),
});

export interface Pacing {
  /** Minimum gap between two sends of the account, plus up to `jitterMs` at random. */
  minIntervalMs: number;
  jitterMs: number;
  perMinute: number;
  targetPerMinute: number;
  targetMinIntervalMs: number;
  /** Sends per Shanghai day for the account (0: unlimited). */
  dailyLimit: number;
}

export const NO_PACING: Pacing = { minIntervalMs: 0, jitterMs: 0, perMinute: 0, targetPerMinute: 0, targetMinIntervalMs: 0, dailyLimit: 0 };

export interface BotConfig {
  puppet: string;
  apiUrl: string;
  token: string | undefined;
  name: string;
  account: string;
  pacing: Pacing;
  pollMs: number;
  claimLimit: number;
  flushMs: number;
  roomsRefreshMs: number;
  chatterMinConfidence: number;
}

export function loadBotConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  const e = parseEnv(Env, env, 'bot configuration');
  return {
    puppet: e.WECHATY_PUPPET,
    apiUrl: e.CUNSHENG_API_URL,
    token: e.CUNSHENG_TOKEN,
    name: e.BOT_NAME,
    account: e.BOT_ACCOUNT ?? 'cunsheng',
    pacing: {
      minIntervalMs: e.BOT_MIN_INTERVAL_MS,
      jitterMs: e.BOT_JITTER_MS,
      perMinute: e.BOT_PER_MINUTE,
      targetPerMinute: e.BOT_TARGET_PER_MINUTE,
      targetMinIntervalMs: e.BOT_TARGET_MIN_INTERVAL_MS,
      dailyLimit: e.BOT_DAILY_LIMIT,
    },
    pollMs: e.BOT_POLL_MS,
    claimLimit: e.BOT_CLAIM_LIMIT,
    flushMs: e.BOT_CHATTER_FLUSH_MS,
    roomsRefreshMs: e.BOT_ROOMS_REFRESH_MS,
    chatterMinConfidence: e.CHAT_CHATTER_MIN_CONFIDENCE,
  };
}
