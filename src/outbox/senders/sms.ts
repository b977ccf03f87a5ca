import type { OutboxMessage } from '../../entities/OutboxMessage';
import { signedHeaders } from '../../auth/hmac';
import type { Sender, SendContext } from '../dispatcher';
import { httpFailure, postJson, redact, SendError } from '../http';
import { targetKey } from '../pacing';

export const SMS_MAX_CHARS = 500;

/**
 * SMS through the configured gateway: POST JSON `{id, phone, text, kind}` to SMS_GATEWAY_URL,
 * signed like our intake webhooks (X-Cunsheng-Timestamp / X-Cunsheng-Signature with SMS_SECRET)
 * and with `Idempotency-Key: cunsheng-outbox-<id>` so the gateway can drop the one repeat a crash
 * can cause. 2xx is delivered unless the JSON answer carries a non-zero `code`.
 */
export function smsSender(opts: { url: string; secret?: string; timeoutMs: number }): Sender {
  return {
    channel: 'sms',
    async send(msg: OutboxMessage, ctx: SendContext) {
      const phone = msg.target.trim();
      if (!/^\+?\d[\d-]{4,19}$/.test(phone)) throw new SendError('手机号码格式不正确', true);
      const text = String(msg.payload?.text ?? '').trim();
      if (!text) throw new SendError('短信内容为空', true);
      await ctx.pace([targetKey('sms', phone, ctx.settings.limits)]);
      const body = JSON.stringify({ id: `outbox-${msg.id}`, phone, text: text.slice(0, SMS_MAX_CHARS), kind: msg.kind });
      const headers: Record<string, string> = {
        'Idempotency-Key': `cunsheng-outbox-${msg.id}`,
        ...(opts.secret ? signedHeaders(opts.secret, body, ctx.now) : {}),
      };
      const r = await postJson(opts.url, null, { rawBody: body, headers, timeoutMs: opts.timeoutMs });
      if (r.status < 200 || r.status >= 300) throw httpFailure('短信网关', r);
      const code = r.json && typeof r.json === 'object' ? r.json.code : undefined;
      if (code !== undefined && code !== 0 && code !== '0' && code !== 'OK') {
        throw new SendError(`短信网关拒绝：code ${redact(String(code))}${r.json.message ? `，${redact(String(r.json.message)).slice(0, 200)}` : ''}`);
      }
    },
  };
}
