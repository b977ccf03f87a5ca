import type { Mount } from '../app';
import type { Ctx } from '../context';
import { parse } from '../validate';
import { AppError, conflict } from '../../errors';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER, verify } from '../../auth/hmac';
import { forgetSignature, intakeHotline, intakeSms, IntakeSource, rememberSignature } from '../../channels/intake/service';
import { HotlineCall, InboundSms } from './schemas';

/**
 * Checks a vendor webhook before anything else: configured, signed, fresh, not seen before.
 * Returns the parsed JSON body and the accepted signature.
 */
async function authenticate(ctx: Ctx, source: IntakeSource, secret: string | undefined, now: Date): Promise<{ json: unknown; signature: string }> {
  // Without a secret we cannot tell a vendor from anyone: refuse rather than accept unsigned.
  if (!secret)
    throw new AppError(
      503,
      'not_configured',
      `${source === 'hotline' ? '热线' : '短信'}接入未配置（缺少 ${source === 'hotline' ? 'HOTLINE_SECRET' : 'SMS_SECRET'}）`,
    );
  const raw = (ctx.request as any).rawBody as string | undefined;
  if (raw === undefined) throw new AppError(415, 'unsupported_media_type', '请求体应为 JSON（Content-Type: application/json）');
  const v = verify(secret, ctx.get(TIMESTAMP_HEADER) || undefined, ctx.get(SIGNATURE_HEADER) || undefined, raw, now);
  if (!v.ok) throw new AppError(401, v.reason === 'stale' ? 'stale' : v.reason === 'forged' ? 'bad_signature' : 'signature_required', v.message);
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new AppError(400, 'bad_request', '请求体不是合法的 JSON', 'body');
  }
  if (!(await rememberSignature(ctx.state.ds, source, v.signature, v.timestamp, now))) {
    throw conflict('重复的请求（相同签名已处理过）：重发请使用新的时间戳重新签名', 'replayed');
  }
  return { json, signature: v.signature };
}

/**
 * Declares a webhook route whose body is validated after the signature (Api.route would validate
 * first). The body schema is attached to the OpenAPI entry only, as a copy: the live route keeps
 * the spec without it.
 */
function webhook(
  v1: Parameters<Mount>[0]['v1'],
  path: string,
  summary: string,
  body: typeof HotlineCall | typeof InboundSms,
  handler: (ctx: Ctx) => Promise<void>,
) {
  v1.route({ method: 'post', path, summary, tag: 'intake', roles: [] }, handler);
  const i = v1.routes.length - 1;
  v1.routes[i] = { ...v1.routes[i], spec: { ...v1.routes[i].spec, body } };
}

/** Runs the intake; if it fails, forgets the signature so the vendor's identical retry is not called a replay. */
async function processOnce<T>(ctx: Ctx, source: IntakeSource, signature: string, fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    await forgetSignature(ctx.state.ds, source, signature);
    throw e;
  }
}

const SIGNED = `签名：${TIMESTAMP_HEADER}（Unix 秒）与 ${SIGNATURE_HEADER} = hex HMAC-SHA256(secret, "<timestamp>.<原始请求体>")，时差 ≤ 5 分钟`;

/** Signed webhooks for the call centre and the SMS gateway. */
export const intakeRoutes: Mount = ({ v1 }) => {
  webhook(v1, '/intake/hotline', `热线来电记录转工单（callId 幂等；${SIGNED}）`, HotlineCall, async (ctx) => {
    const now = new Date();
    const { json, signature } = await authenticate(ctx, 'hotline', ctx.state.config.HOTLINE_SECRET, now);
    const call = processOnce(ctx, 'hotline', signature, async () =>
      intakeHotline(ctx.state.ds, parse(HotlineCall, json, 'body'), now, { limiter: ctx.state.limiter }),
    );
    ctx.body = { code: 0, ...(await call) };
  });

  webhook(v1, '/intake/sms', `上行短信转工单（messageId 幂等；${SIGNED}）`, InboundSms, async (ctx) => {
    const now = new Date();
    const { json, signature } = await authenticate(ctx, 'sms', ctx.state.config.SMS_SECRET, now);
    const sms = processOnce(ctx, 'sms', signature, async () => intakeSms(ctx.state.ds, parse(InboundSms, json, 'body'), now, { limiter: ctx.state.limiter }));
    ctx.body = { code: 0, ...(await sms) };
  });
};
