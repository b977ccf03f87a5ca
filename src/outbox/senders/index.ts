import type { Config } from '../../config';
import { log } from '../../log';
import type { OutboxSettings } from '../config';
import { registeredSenders, Sender } from '../dispatcher';
import { smsSender } from './sms';
import { staffSender } from './staff';
import { wecomSender } from './wecom';

/**
 * The channels this process delivers: SMS (when a gateway is configured), WeCom robots, staff
 * notices, plus whatever other features registered (mp_subscribe). WeChat rooms and contacts are
 * the bot's: it claims them itself with `claimBatch`.
 */
export function inProcessSenders(config: Config, settings: OutboxSettings): Sender[] {
  const list: Sender[] = [wecomSender({ timeoutMs: settings.httpTimeoutMs }), staffSender()];
  if (config.SMS_GATEWAY_URL) {
    if (!config.SMS_SECRET) log.warn('SMS_SECRET is not set: SMS gateway requests go out unsigned');
    list.push(smsSender({ url: config.SMS_GATEWAY_URL, secret: config.SMS_SECRET, timeoutMs: settings.httpTimeoutMs }));
  } else {
    log.info('SMS_GATEWAY_URL is not set: SMS replies wait in the outbox until it is');
  }
  for (const s of registeredSenders()) if (!list.some((x) => x.channel === s.channel)) list.push(s);
  return list;
}

export { smsSender, staffSender, wecomSender };
