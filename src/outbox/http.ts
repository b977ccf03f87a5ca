/** Outbound HTTP for senders: JSON POST with a timeout, errors that say whether to retry. */
import { redactForLog } from '../privacy/redact';

export class SendError extends Error {
  constructor(
    message: string,
    /** Retrying cannot help (bad target, rejected content): dead now. */
    readonly permanent = false,
    /** The far end asked us to wait at least this long. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/**
 * Webhook URLs and gateway keys are credentials, and a gateway may echo the phone number: keep
 * both out of errors (which the admin API shows) and logs.
 */
export function redact(s: string): string {
  // Phones the gateway quotes spaced, dotted or fullwidth are masked by the shared redaction.
  return redactForLog(
    s
      .replace(/https?:\/\/\S+/g, '<url>')
      .replace(/(key|token|secret|access_token)=[^&\s"']+/gi, '$1=***')
      .replace(/\+?\d[\d-]{6,}\d/g, '***'),
  );
}

export interface HttpResult {
  status: number;
  text: string;
  json: any;
}

export async function postJson(
  url: string,
  body: unknown,
  opts: { headers?: Record<string, string>; timeoutMs: number; rawBody?: string },
): Promise<HttpResult> {
  const payload = opts.rawBody ?? JSON.stringify(body);
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', ...(opts.headers ?? {}) },
      body: payload,
      signal: AbortSignal.timeout(opts.timeoutMs),
    });
  } catch (e: any) {
    const code = e?.cause?.code ?? e?.name ?? 'error';
    throw new SendError(code === 'TimeoutError' ? `网关超时（${opts.timeoutMs} ms）` : `网络错误：${redact(String(code))}`);
  }
  const text = await res.text().catch(() => '');
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    /* not JSON */
  }
  return { status: res.status, text, json };
}

/** An HTTP status as a send failure: 4xx (but 408/429) will not get better by retrying. */
export function httpFailure(what: string, r: HttpResult): SendError {
  const permanent = r.status >= 400 && r.status < 500 && r.status !== 408 && r.status !== 429;
  return new SendError(`${what}返回 HTTP ${r.status}${r.text ? `：${redact(r.text.slice(0, 200))}` : ''}`, permanent, r.status === 429 ? 60_000 : undefined);
}

/** Cuts a string to at most `maxBytes` of UTF-8 without splitting a character; marks the cut. */
export function truncateUtf8(s: string, maxBytes: number, mark = '…'): string {
  if (Buffer.byteLength(s, 'utf8') <= maxBytes) return s;
  const room = maxBytes - Buffer.byteLength(mark, 'utf8');
  let bytes = 0;
  let out = '';
  for (const ch of s) {
    const n = Buffer.byteLength(ch, 'utf8');
    if (bytes + n > room) break;
    bytes += n;
    out += ch;
  }
  return out + mark;
}
