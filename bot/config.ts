import { readSettings } from '../src/config';

/**
 * The bot's own configuration (it may run in a process of its own, without the core's config),
 * read through the one settings parser (src/config.ts describes each). Pacing defaults follow the
 * conservative rules for personal accounts: about one message per 2–3 s per account with jitter,
 * a per-chat cap, and a daily ceiling.
 */
const KEYS = [
  'WECHATY_PUPPET',
  'CUNSHENG_API_URL',
  'CUNSHENG_TOKEN',
  'BOT_NAME',
  'BOT_ACCOUNT',
  'BOT_MIN_INTERVAL_MS',
  'BOT_JITTER_MS',
  'BOT_PER_MINUTE',
  'BOT_TARGET_PER_MINUTE',
  'BOT_TARGET_MIN_INTERVAL_MS',
  'BOT_DAILY_LIMIT',
  'BOT_POLL_MS',
  'BOT_CLAIM_LIMIT',
  'BOT_CHATTER_FLUSH_MS',
  'BOT_ROOMS_REFRESH_MS',
  'CHAT_CHATTER_MIN_CONFIDENCE',
] as const;

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
  const e = readSettings(KEYS, env, 'bot configuration');
  return {
    puppet: e.WECHATY_PUPPET ?? 'wechaty-puppet-wechat4u',
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
