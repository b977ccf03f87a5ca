import { redactForLog } from './privacy/redact';

/**
 * Structured one-line logs. Never pass petitioner names, phones or WeChat ids here; as a last
 * line of defence (error messages can quote input), mobiles, landlines, ID numbers and wxids are
 * masked, in the disguises the shared redaction sees through (fullwidth, spaced, zero-width…).
 */
const LEVELS = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const;
type Level = keyof typeof LEVELS;

function threshold(): number {
  const env = (process.env.LOG_LEVEL ?? (process.env.JEST_WORKER_ID ? 'silent' : 'info')) as Level;
  return LEVELS[env] ?? LEVELS.info;
}

function emit(level: Exclude<Level, 'silent'>, msg: string, fields?: Record<string, unknown>) {
  if (LEVELS[level] < threshold()) return;
  const line = redactForLog(JSON.stringify({ t: new Date().toISOString(), level, msg, ...fields }));
  (level === 'error' || level === 'warn' ? process.stderr : process.stdout).write(line + '\n');
}

export const log = {
  debug: (m: string, f?: Record<string, unknown>) => emit('debug', m, f),
  info: (m: string, f?: Record<string, unknown>) => emit('info', m, f),
  warn: (m: string, f?: Record<string, unknown>) => emit('warn', m, f),
  error: (m: string, f?: Record<string, unknown>) => emit('error', m, f),
};
