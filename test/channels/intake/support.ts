import { sign } from '../../../src/auth/hmac';
import { intakeRoutes } from '../../../src/http/intake/routes';
import { startTestApp, TestApp } from '../../support/app';

/**
 * A signed SMS gateway for the SMS tests: a test app with the intake routes and SMS_SECRET set
 * for the file, and `sms(sender, text)` posting an inbound message the way the gateway does (each
 * delivery signed afresh with its own timestamp, as gateways do on retries; the same message id
 * for a redelivery).
 */
export function smsGateway(opts: { secret: string; areas: string[]; idPrefix: string }) {
  let app: TestApp;
  let seq = 0;
  let calls = 0;
  beforeAll(async () => {
    process.env.SMS_SECRET = opts.secret;
    app = await startTestApp({ areas: opts.areas, mounts: [intakeRoutes] });
  });
  afterAll(async () => {
    delete process.env.SMS_SECRET;
    await app.close();
  });
  async function sms(sender: string, text: string, messageId = `${opts.idPrefix}-${++seq}`) {
    // One clock reading per delivery: read twice, a second ticking between the body and the
    // timestamp could sign a redelivery exactly as the first delivery (a 409 'replayed').
    const now = Math.floor(Date.now() / 1000);
    const raw = JSON.stringify({ messageId, sender, text, time: now - 5 });
    const ts = String(now - (++calls % 60));
    const res = await app.call('POST', '/api/v1/intake/sms', {
      body: raw,
      headers: { 'content-type': 'application/json', 'X-Cunsheng-Timestamp': ts, 'X-Cunsheng-Signature': sign(opts.secret, ts, raw) },
    });
    expect(res.status).toBe(200);
    return { ...res.body, messageId };
  }
  return { app: () => app, sms };
}
