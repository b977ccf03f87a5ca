import http from 'node:http';
import { AddressInfo } from 'node:net';

/**
 * A local stand-in for api.weixin.qq.com: jscode2session, stable_token (and the old token API),
 * subscribeMessage.send. Tests script errors per endpoint; nothing reaches the internet.
 */
export type Endpoint = 'jscode2session' | 'token' | 'send';
/** An errcode answer, a dropped connection, or an HTTP error without WeChat's JSON. */
export type Scripted = number | 'network' | { status: number };

export interface SentMessage {
  touser: string;
  template_id: string;
  page?: string;
  data: Record<string, { value: string }>;
  accessToken: string;
}

export interface FakeWeChat {
  url: string;
  appid: string;
  secret: string;
  /** Gives out a valid one-time login code for this user. */
  code(openid: string, unionid?: string): string;
  /** The next calls to `endpoint` answer with these, in order. */
  failNext(endpoint: Endpoint, ...outcomes: Scripted[]): void;
  /** Makes the current access_token invalid (as if another instance force-refreshed). */
  revokeToken(): void;
  /** Delay before answering token requests, to let concurrent fetches overlap. */
  tokenDelayMs: number;
  tokenFetches: number;
  currentToken: string | null;
  sent: SentMessage[];
  close(): Promise<void>;
}

export async function startFakeWeChat(opts: { appid?: string; secret?: string } = {}): Promise<FakeWeChat> {
  const appid = opts.appid ?? 'wx-test-app';
  const secret = opts.secret ?? 'test-secret';
  const codes = new Map<string, { openid: string; unionid?: string; used: boolean }>();
  const scripts: Record<Endpoint, Scripted[]> = { jscode2session: [], token: [], send: [] };
  let seq = 0;
  let tokenSeq = 0;

  const fake: FakeWeChat = {
    url: '',
    appid,
    secret,
    code(openid, unionid) {
      const c = `code-${++seq}-${Math.random().toString(36).slice(2, 8)}`;
      codes.set(c, { openid, unionid, used: false });
      return c;
    },
    failNext(endpoint, ...outcomes) {
      scripts[endpoint].push(...outcomes);
    },
    revokeToken() {
      fake.currentToken = null;
    },
    tokenDelayMs: 0,
    tokenFetches: 0,
    currentToken: null,
    sent: [],
    close: () => new Promise<void>((r) => server.close(() => r())),
  };

  const json = (res: http.ServerResponse, body: unknown) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  /** true when a scripted outcome was served */
  const scripted = (endpoint: Endpoint, req: http.IncomingMessage, res: http.ServerResponse): boolean => {
    const next = scripts[endpoint].shift();
    if (next === undefined) return false;
    if (next === 'network') req.socket.destroy();
    else if (typeof next === 'number') json(res, { errcode: next, errmsg: `scripted ${next}` });
    else {
      res.writeHead(next.status, { 'content-type': 'text/html' });
      res.end('<html>bad gateway</html>');
    }
    return true;
  };
  const readBody = async (req: http.IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    return text ? JSON.parse(text) : {};
  };

  const server = http.createServer(async (req, res) => {
    const u = new URL(req.url ?? '/', 'http://fake');
    try {
      if (u.pathname === '/sns/jscode2session' && req.method === 'GET') {
        if (scripted('jscode2session', req, res)) return;
        const q = u.searchParams;
        if (q.get('appid') !== appid || q.get('secret') !== secret) return json(res, { errcode: 40125, errmsg: 'invalid appsecret' });
        if (q.get('grant_type') !== 'authorization_code') return json(res, { errcode: 40002, errmsg: 'invalid grant_type' });
        const c = codes.get(q.get('js_code') ?? '');
        if (!c) return json(res, { errcode: 40029, errmsg: 'invalid code' });
        if (c.used) return json(res, { errcode: 40163, errmsg: 'code been used' });
        c.used = true;
        return json(res, { openid: c.openid, session_key: 'SECRET-SESSION-KEY', ...(c.unionid ? { unionid: c.unionid } : {}) });
      }
      if ((u.pathname === '/cgi-bin/stable_token' && req.method === 'POST') || (u.pathname === '/cgi-bin/token' && req.method === 'GET')) {
        fake.tokenFetches++;
        const body = req.method === 'POST' ? await readBody(req) : Object.fromEntries(u.searchParams);
        if (fake.tokenDelayMs) await new Promise((r) => setTimeout(r, fake.tokenDelayMs));
        if (scripted('token', req, res)) return;
        if (body.appid !== appid || body.secret !== secret) return json(res, { errcode: 40125, errmsg: 'invalid appsecret' });
        // Like stable_token without force_refresh: the same token while it is valid.
        if (!fake.currentToken || body.force_refresh) fake.currentToken = `ACCESS-${++tokenSeq}`;
        return json(res, { access_token: fake.currentToken, expires_in: 7200 });
      }
      if (u.pathname === '/cgi-bin/message/subscribe/send' && req.method === 'POST') {
        const body = await readBody(req);
        if (scripted('send', req, res)) return;
        const token = u.searchParams.get('access_token') ?? '';
        if (!fake.currentToken || token !== fake.currentToken)
          return json(res, { errcode: 40001, errmsg: 'invalid credential, access_token is invalid or not latest' });
        if (!body.touser) return json(res, { errcode: 40003, errmsg: 'invalid openid' });
        if (!body.template_id) return json(res, { errcode: 40037, errmsg: 'invalid template_id' });
        for (const [k, v] of Object.entries<any>(body.data ?? {})) {
          const value = String(v?.value ?? '');
          const len = [...value].length;
          const bad =
            (k.startsWith('thing') && (len === 0 || len > 20)) ||
            (k.startsWith('character_string') && (len === 0 || len > 32 || /[^\x21-\x7e]/.test(value))) ||
            (k.startsWith('phrase') && (len === 0 || len > 5 || /[^\u4e00-\u9fff]/.test(value))) ||
            (k.startsWith('time') && !/^\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}$/.test(value));
          if (bad) return json(res, { errcode: 47003, errmsg: `argument invalid! data.${k}.value invalid` });
        }
        fake.sent.push({ touser: body.touser, template_id: body.template_id, page: body.page, data: body.data, accessToken: token });
        return json(res, { errcode: 0, errmsg: 'ok' });
      }
      res.writeHead(404);
      res.end();
    } catch (e) {
      res.writeHead(500);
      res.end(String(e));
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return fake;
}
