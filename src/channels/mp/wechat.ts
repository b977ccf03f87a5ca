import type { Config } from '../../config';
import { TokenCache } from './token-cache';

/** WeChat answered with an errcode. */
export class WeChatError extends Error {
  constructor(
    readonly errcode: number,
    readonly errmsg: string,
    readonly api: string,
  ) {
    super(`${api}: errcode ${errcode} ${errmsg}`);
  }
}

/** WeChat could not be reached, timed out, or answered with something that is not its JSON. */
export class WeChatUnavailable extends Error {
  constructor(
    readonly api: string,
    cause: string,
  ) {
    super(`${api}: ${cause}`);
  }
}

export const ERR = {
  BUSY: -1,
  INVALID_TOKEN: 40001,
  INVALID_OPENID: 40003,
  INVALID_CODE: 40029,
  INVALID_TEMPLATE: 40037,
  CODE_USED: 40163,
  HIGH_RISK: 40226,
  TOKEN_EXPIRED: 42001,
  REFUSED: 43101,
  RATE_LIMITED: 45011,
  BAD_FIELDS: 47003,
} as const;

/** Errcodes that mean "the access_token is no good": refresh once and retry. */
const TOKEN_ERRORS = new Set<number>([ERR.INVALID_TOKEN, ERR.TOKEN_EXPIRED]);

export interface Session {
  openid: string;
  unionid: string | null;
}

export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page?: string;
  data: Record<string, { value: string }>;
  miniprogramState?: 'developer' | 'trial' | 'formal';
}

export interface WeChatClientOptions {
  baseUrl: string;
  appid: string;
  secret: string;
  timeoutMs?: number;
  tokenMarginSec?: number;
  now?: () => number;
}

/**
 * The few WeChat server APIs the mini-program needs. The base URL is configuration, so tests
 * point it at a local fake. `session_key` is read and dropped here: nothing else ever sees it.
 */
export class WeChatClient {
  readonly tokens: TokenCache;
  private readonly base: string;

  constructor(private readonly o: WeChatClientOptions) {
    this.base = o.baseUrl.replace(/\/+$/, '');
    this.tokens = new TokenCache(() => this.fetchToken(), { marginSec: o.tokenMarginSec ?? 300, now: o.now });
  }

  /** `wx.login` code → openid (and unionid when the app is bound to an Open Platform account). */
  async code2Session(code: string): Promise<Session> {
    const q = new URLSearchParams({ appid: this.o.appid, secret: this.o.secret, js_code: code, grant_type: 'authorization_code' });
    const r = await this.call('jscode2session', `/sns/jscode2session?${q}`, { method: 'GET' });
    if (typeof r.openid !== 'string' || !r.openid) throw new WeChatUnavailable('jscode2session', 'no openid in answer');
    return { openid: r.openid, unionid: typeof r.unionid === 'string' && r.unionid ? r.unionid : null };
  }

  /** The stable access_token: fetching it does not invalidate the one other instances hold. */
  private async fetchToken(): Promise<{ token: string; expiresIn: number }> {
    const r = await this.call('stable_token', '/cgi-bin/stable_token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credential', appid: this.o.appid, secret: this.o.secret, force_refresh: false }),
    });
    if (typeof r.access_token !== 'string' || !r.access_token) throw new WeChatUnavailable('stable_token', 'no access_token in answer');
    const expiresIn = Number(r.expires_in);
    return { token: r.access_token, expiresIn: Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 7200 };
  }

  accessToken(): Promise<string> {
    return this.tokens.get();
  }

  /** subscribeMessage.send; a rejected token is refreshed once and the send retried once. */
  async sendSubscribe(msg: SubscribeMessage): Promise<void> {
    const body = JSON.stringify({
      touser: msg.touser,
      template_id: msg.templateId,
      ...(msg.page ? { page: msg.page } : {}),
      data: msg.data,
      ...(msg.miniprogramState ? { miniprogram_state: msg.miniprogramState } : {}),
      lang: 'zh_CN',
    });
    for (let attempt = 1; ; attempt++) {
      const token = await this.accessToken();
      try {
        await this.call('subscribe_send', `/cgi-bin/message/subscribe/send?access_token=${encodeURIComponent(token)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
        });
        return;
      } catch (e) {
        if (attempt === 1 && e instanceof WeChatError && TOKEN_ERRORS.has(e.errcode)) {
          this.tokens.invalidate(token);
          continue;
        }
        throw e;
      }
    }
  }

  private async call(api: string, pathAndQuery: string, init: RequestInit): Promise<any> {
    let res: Response;
    try {
      res = await fetch(this.base + pathAndQuery, { ...init, signal: AbortSignal.timeout(this.o.timeoutMs ?? 5000) });
    } catch (e: any) {
      throw new WeChatUnavailable(api, e?.name === 'TimeoutError' ? 'timed out' : `network: ${e?.cause?.code ?? e?.message ?? e}`);
    }
    const text = await res.text().catch(() => '');
    let json: any;
    try {
      json = JSON.parse(text);
    } catch {
      throw new WeChatUnavailable(api, `HTTP ${res.status}, not JSON`);
    }
    if (json && typeof json.errcode === 'number' && json.errcode !== 0) throw new WeChatError(json.errcode, String(json.errmsg ?? ''), api);
    if (!res.ok) throw new WeChatUnavailable(api, `HTTP ${res.status}`);
    return json;
  }
}

const clients = new Map<string, WeChatClient>();

/** True when the app id and secret are set: otherwise login and subscription messages are off. */
export const mpConfigured = (c: Pick<Config, 'MP_APPID' | 'MP_SECRET'>) => !!(c.MP_APPID && c.MP_SECRET);

/**
 * One client (and so one token cache) per app per process, shared by the login route and the
 * subscription sender.
 */
export function wechatFor(c: Pick<Config, 'WECHAT_API_BASE' | 'MP_APPID' | 'MP_SECRET'>): WeChatClient | null {
  if (!c.MP_APPID || !c.MP_SECRET) return null;
  const key = `${c.WECHAT_API_BASE}\n${c.MP_APPID}\n${c.MP_SECRET}`;
  let client = clients.get(key);
  if (!client) {
    client = new WeChatClient({ baseUrl: c.WECHAT_API_BASE, appid: c.MP_APPID, secret: c.MP_SECRET });
    clients.set(key, client);
  }
  return client;
}
