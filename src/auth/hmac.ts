import crypto from 'node:crypto';

/**
 * Webhook signatures, both ways (vendors calling our intake, and our calls to the SMS gateway):
 * `X-Cunsheng-Timestamp` = unix seconds, `X-Cunsheng-Signature` = hex HMAC-SHA256(secret,
 * `${timestamp}.${rawBody}`). The timestamp bounds replays to the skew window; within it, the
 * intake remembers signatures it has accepted.
 */
export const TIMESTAMP_HEADER = 'X-Cunsheng-Timestamp';
export const SIGNATURE_HEADER = 'X-Cunsheng-Signature';
export const MAX_SKEW_SECONDS = 300;

export function sign(secret: string, timestamp: string | number, rawBody: string): string {
  return crypto.createHmac('sha256', secret).update(`${timestamp}.${rawBody}`, 'utf8').digest('hex');
}

export function signedHeaders(secret: string, rawBody: string, now: Date): Record<string, string> {
  const ts = String(Math.floor(now.getTime() / 1000));
  return { [TIMESTAMP_HEADER]: ts, [SIGNATURE_HEADER]: sign(secret, ts, rawBody) };
}

export type Verdict = { ok: true; timestamp: number; signature: string } | { ok: false; reason: 'missing' | 'malformed' | 'stale' | 'forged'; message: string };

export function verify(
  secret: string,
  timestamp: string | undefined,
  signature: string | undefined,
  rawBody: string,
  now: Date,
  maxSkewSeconds = MAX_SKEW_SECONDS,
): Verdict {
  if (!timestamp || !signature) return { ok: false, reason: 'missing', message: `缺少签名头 ${TIMESTAMP_HEADER} 或 ${SIGNATURE_HEADER}` };
  if (!/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'malformed', message: `${TIMESTAMP_HEADER} 应为 Unix 秒数` };
  const sig = signature.trim().toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(sig)) return { ok: false, reason: 'malformed', message: `${SIGNATURE_HEADER} 应为 64 位十六进制 HMAC-SHA256` };
  const ts = Number(timestamp);
  const skew = Math.abs(now.getTime() / 1000 - ts);
  if (skew > maxSkewSeconds)
    return { ok: false, reason: 'stale', message: `请求时间戳与服务器时间相差 ${Math.round(skew)} 秒，超过 ${maxSkewSeconds} 秒：请校准时钟并重新签名` };
  const expected = Buffer.from(sign(secret, timestamp, rawBody), 'hex');
  if (!crypto.timingSafeEqual(expected, Buffer.from(sig, 'hex'))) return { ok: false, reason: 'forged', message: '签名不正确' };
  return { ok: true, timestamp: ts, signature: sig };
}
