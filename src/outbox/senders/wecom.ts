import crypto from 'node:crypto';
import { ChatTarget } from '../../entities/ChatTarget';
import type { OutboxMessage } from '../../entities/OutboxMessage';
import type { Sender, SendContext } from '../dispatcher';
import { NOT_TOLD_ERROR, stillTellable } from './staff';
import { httpFailure, postJson, redact, SendError, truncateUtf8 } from '../http';
import { robotKey } from '../pacing';

export const WECOM_TEXT_MAX_BYTES = 2048;
export const WECOM_MARKDOWN_MAX_BYTES = 4096;
/** Over 20 a minute the robot answers 130101 and stays throttled for a while. */
export const WECOM_THROTTLE_PAUSE_MS = 60_000;
const THROTTLED = new Set([130101, 45009]);
/** Retrying will not help: bad webhook, bad message. */
const PERMANENT = new Set([93000, 93004, 40008, 40058, 44004]);

/**
 * The request body for a WeCom group robot. Payload: `text` (with optional `mentionedList` of
 * WeCom user ids and `mentionedMobiles`), or `markdown`. Cut on a UTF-8 boundary to fit.
 */
export function wecomBody(payload: Record<string, unknown>): Record<string, unknown> {
  if (typeof payload.markdown === 'string' && payload.markdown.trim()) {
    return { msgtype: 'markdown', markdown: { content: truncateUtf8(payload.markdown, WECOM_MARKDOWN_MAX_BYTES) } };
  }
  const text = String(payload.text ?? '').trim();
  if (!text) throw new SendError('消息内容为空', true);
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.length > 0).slice(0, 20) : []);
  const mentionedList = strings(payload.mentionedList);
  const mentionedMobiles = strings(payload.mentionedMobiles);
  return {
    msgtype: 'text',
    text: {
      content: truncateUtf8(text, WECOM_TEXT_MAX_BYTES),
      ...(mentionedList.length ? { mentioned_list: mentionedList } : {}),
      ...(mentionedMobiles.length ? { mentioned_mobile_list: mentionedMobiles } : {}),
    },
  };
}

/** A digest names the robot in pacing keys and logs; the URL (it holds the key) never appears. */
export const robotDigest = (webhookUrl: string) => crypto.createHash('sha256').update(webhookUrl).digest('hex').slice(0, 12);

/** WeCom group robots: target = id of a ChatTarget of kind wecom_webhook. */
export function wecomSender(opts: { timeoutMs: number }): Sender {
  return {
    channel: 'wecom',
    async send(msg: OutboxMessage, ctx: SendContext) {
      const id = /^\d{1,10}$/.test(msg.target) ? Number(msg.target) : NaN;
      const target = Number.isFinite(id) ? await ctx.ds.manager.findOne(ChatTarget, { where: { id } }) : null;
      if (!target || target.kind !== 'wecom_webhook' || !target.webhookUrl) throw new SendError(`企业微信群 ${msg.target} 不存在或未配置机器人`, true);
      if (!target.active) throw new SendError(`企业微信群 ${msg.target} 已停用`, true);
      // A staff notice routed to this group before its ticket became a report is not sent after all.
      if (!(await stillTellable(ctx.ds.manager, msg))) throw new SendError(NOT_TOLD_ERROR, true);
      const body = wecomBody(msg.payload ?? {});
      const key = robotKey(robotDigest(target.webhookUrl), ctx.settings.limits);
      await ctx.pace([key]);
      const r = await postJson(target.webhookUrl, body, { timeoutMs: opts.timeoutMs });
      if (r.status < 200 || r.status >= 300) throw httpFailure('企业微信机器人', r);
      const errcode = Number(r.json?.errcode ?? NaN);
      if (errcode === 0) return;
      const reason = `企业微信机器人返回 errcode ${Number.isNaN(errcode) ? '缺失' : errcode}${r.json?.errmsg ? `：${redact(String(r.json.errmsg)).slice(0, 200)}` : ''}`;
      if (THROTTLED.has(errcode)) {
        // Everything else for this robot waits too, rather than each message hitting the wall.
        await ctx.pacer.block(key.key, new Date(ctx.now.getTime() + WECOM_THROTTLE_PAUSE_MS));
        throw new SendError(`${reason}（限流，稍后重试）`, false, WECOM_THROTTLE_PAUSE_MS);
      }
      throw new SendError(reason, PERMANENT.has(errcode));
    },
  };
}
