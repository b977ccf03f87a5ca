import { loadConfig, type Config } from '../../config';
import type { OutboxMessage } from '../../entities/OutboxMessage';
import { Deferred, type Sender } from '../../outbox/dispatcher';
import { SendError } from '../../outbox/http';
import { statusTemplateData } from './templates';
import { ERR, WeChatClient, WeChatError, WeChatUnavailable, wechatFor } from './wechat';

/** Errcodes after which the same message will never go through: dead now, with the reason. */
const PERMANENT: Record<number, string> = {
  [ERR.REFUSED]: '用户拒收或订阅次数已用完 (43101)',
  [ERR.INVALID_OPENID]: 'openid 无效 (40003)',
  [ERR.INVALID_TEMPLATE]: '订阅模板 id 无效 (40037)',
  [ERR.BAD_FIELDS]: '模板字段不符合规则 (47003)',
  41030: '跳转页面不存在 (41030)',
};

export interface MpSenderOptions {
  templateId: string;
  /** The mini-program page a tap on the notice opens; gets `?id=<ticketId>`. */
  page?: string;
  miniprogramState?: 'developer' | 'trial' | 'formal';
}

/** Delivers 'mp_subscribe' outbox rows (target = openid) as subscription messages with the status template. */
export function createMpSubscribeSender(client: WeChatClient, opts: MpSenderOptions): Sender {
  return {
    channel: 'mp_subscribe',
    async send(msg: OutboxMessage) {
      const p = (msg.payload ?? {}) as { text?: unknown; ticketNumber?: unknown; status?: unknown };
      if (!msg.target) throw new SendError('缺少 openid', true);
      const data = statusTemplateData({
        ticketNumber: String(p.ticketNumber ?? ''),
        status: String(p.status ?? ''),
        text: String(p.text ?? ''),
        at: msg.createdAt,
      });
      try {
        await client.sendSubscribe({
          touser: msg.target,
          templateId: opts.templateId,
          page: `${opts.page ?? 'pages/ticket/detail'}${msg.ticketId ? `?id=${msg.ticketId}` : ''}`,
          data,
          miniprogramState: opts.miniprogramState,
        });
      } catch (e) {
        if (e instanceof WeChatError) {
          if (PERMANENT[e.errcode]) throw new SendError(PERMANENT[e.errcode], true);
          // 45009: the day's quota for the API; trying again in minutes is pointless.
          throw new SendError(`微信返回 ${e.errcode}`, false, e.errcode === 45009 ? 3600_000 : undefined);
        }
        if (e instanceof WeChatUnavailable) throw new SendError(`微信接口不可用（${e.api}）`);
        throw e;
      }
    },
  };
}

/**
 * The sender registered at wiring time, before configuration is read: it builds the real one on
 * first use. Without MP_APPID / MP_SECRET / MP_TEMPLATE_STATUS messages wait (deferred, not
 * attempted) rather than die, and go out once the mini-program is configured.
 */
export function mpSubscribeSender(getConfig: () => Config = () => loadConfig()): Sender {
  let real: Sender | null = null;
  return {
    channel: 'mp_subscribe',
    async send(msg, ctx) {
      if (!real) {
        const config = getConfig();
        const client = wechatFor(config);
        if (!client || !config.MP_TEMPLATE_STATUS) throw new Deferred(new Date(ctx.now.getTime() + 3600_000), 'mp_not_configured');
        real = createMpSubscribeSender(client, { templateId: config.MP_TEMPLATE_STATUS });
      }
      return real.send(msg, ctx);
    },
  };
}
