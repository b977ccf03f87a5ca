import { readSettings } from '../../config';

/** Chat-side settings, read through the one settings parser (src/config.ts, where each is described). */
const KEYS = ['CHAT_QUESTION_TTL_MS', 'CHAT_CHATTER_MIN_CONFIDENCE', 'CHAT_DEDUPE_DAYS', 'CHAT_SWEEP_MS', 'CHAT_IMAGE_MAX_BYTES'] as const;

export interface ChatSettings {
  questionTtlMs: number;
  chatterMinConfidence: number;
  dedupeDays: number;
  sweepMs: number;
  imageMaxBytes: number;
}

export function loadChatSettings(env: NodeJS.ProcessEnv = process.env): ChatSettings {
  const e = readSettings(KEYS, env);
  return {
    questionTtlMs: e.CHAT_QUESTION_TTL_MS,
    chatterMinConfidence: e.CHAT_CHATTER_MIN_CONFIDENCE,
    dedupeDays: e.CHAT_DEDUPE_DAYS,
    sweepMs: e.CHAT_SWEEP_MS,
    imageMaxBytes: e.CHAT_IMAGE_MAX_BYTES,
  };
}
