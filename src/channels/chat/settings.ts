import { z } from 'zod';
import { parseEnv } from '../../env';

/** Chat-side settings from the environment; every value has a working default. */
const Env = z.object({
  /** How long the bot waits for the answer to its one question before filing as it stands. */
  CHAT_QUESTION_TTL_MS: z.coerce.number().int().min(1000).max(24 * 3600_000).default(10 * 60_000),
  /** Group messages that read like a complaint with at least this classifier confidence are counted. */
  CHAT_CHATTER_MIN_CONFIDENCE: z.coerce.number().min(0).max(1).default(0.5),
  /** How long inbound message ids are kept for replay detection. */
  CHAT_DEDUPE_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  CHAT_SWEEP_MS: z.coerce.number().int().min(1000).max(3600_000).default(60_000),
  CHAT_IMAGE_MAX_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(10 * 1024 * 1024),
});

export interface ChatSettings {
  questionTtlMs: number;
  chatterMinConfidence: number;
  dedupeDays: number;
  sweepMs: number;
  imageMaxBytes: number;
}

export function loadChatSettings(env: NodeJS.ProcessEnv = process.env): ChatSettings {
  const e = parseEnv(Env, env);
  return {
    questionTtlMs: e.CHAT_QUESTION_TTL_MS,
    chatterMinConfidence: e.CHAT_CHATTER_MIN_CONFIDENCE,
    dedupeDays: e.CHAT_DEDUPE_DAYS,
    sweepMs: e.CHAT_SWEEP_MS,
    imageMaxBytes: e.CHAT_IMAGE_MAX_BYTES,
  };
}
