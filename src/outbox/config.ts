import { readSettings } from '../config';
import type { PaceLimits } from './pacing';

/** Delivery settings (kept beside the outbox; the core Config has the gateway URL and secrets), read through the one settings parser in src/config.ts. */
const KEYS = [
  'OUTBOX_ENABLED',
  'OUTBOX_POLL_MS',
  'OUTBOX_LEASE_MS',
  'OUTBOX_BATCH',
  'OUTBOX_MAX_ATTEMPTS',
  'OUTBOX_HTTP_TIMEOUT_MS',
  'OUTBOX_ACCOUNT_PER_MINUTE',
  'OUTBOX_ACCOUNT_MIN_INTERVAL_MS',
  'OUTBOX_TARGET_PER_MINUTE',
  'OUTBOX_TARGET_MIN_INTERVAL_MS',
  'OUTBOX_WECOM_PER_MINUTE',
] as const;

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
  const e = readSettings(KEYS, env);
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
