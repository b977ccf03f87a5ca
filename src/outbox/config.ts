import { z } from 'zod';
import { parseEnv } from '../env';
import type { PaceLimits } from './pacing';

/**
 * Delivery settings from the environment (kept beside the outbox; the core Config has the
 * gateway URL and secrets). Every value has a working default.
 */
const Env = z.object({
  OUTBOX_ENABLED: z.enum(['0', '1', 'true', 'false']).default('1'),
  OUTBOX_POLL_MS: z.coerce.number().int().min(50).max(600_000).default(2000),
  OUTBOX_LEASE_MS: z.coerce.number().int().min(500).max(3_600_000).default(60_000),
  OUTBOX_BATCH: z.coerce.number().int().min(1).max(500).default(10),
  OUTBOX_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
  OUTBOX_HTTP_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
  OUTBOX_ACCOUNT_PER_MINUTE: z.coerce.number().int().min(0).default(20),
  OUTBOX_ACCOUNT_MIN_INTERVAL_MS: z.coerce.number().int().min(0).default(2000),
  OUTBOX_TARGET_PER_MINUTE: z.coerce.number().int().min(0).default(6),
  OUTBOX_TARGET_MIN_INTERVAL_MS: z.coerce.number().int().min(0).default(1000),
  OUTBOX_WECOM_PER_MINUTE: z.coerce.number().int().min(0).default(20),
});

export interface OutboxSettings {
  enabled: boolean;
  pollMs: number;
  leaseMs: number;
  batch: number;
  maxAttempts: number;
  httpTimeoutMs: number;
  limits: PaceLimits;
}

export function loadOutboxSettings(env: NodeJS.ProcessEnv = process.env): OutboxSettings {
  const e = parseEnv(Env, env);
  return {
    enabled: e.OUTBOX_ENABLED === '1' || e.OUTBOX_ENABLED === 'true',
    pollMs: e.OUTBOX_POLL_MS,
    leaseMs: e.OUTBOX_LEASE_MS,
    batch: e.OUTBOX_BATCH,
    maxAttempts: e.OUTBOX_MAX_ATTEMPTS,
    httpTimeoutMs: e.OUTBOX_HTTP_TIMEOUT_MS,
    limits: {
      accountPerMinute: e.OUTBOX_ACCOUNT_PER_MINUTE,
      accountMinIntervalMs: e.OUTBOX_ACCOUNT_MIN_INTERVAL_MS,
      targetPerMinute: e.OUTBOX_TARGET_PER_MINUTE,
      targetMinIntervalMs: e.OUTBOX_TARGET_MIN_INTERVAL_MS,
      wecomPerMinute: e.OUTBOX_WECOM_PER_MINUTE,
    },
  };
}
