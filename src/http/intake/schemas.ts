import { z } from 'zod';
import { CATEGORY_CODES } from '../../vocabulary';

/** Unix seconds (number or digits) or an ISO 8601 date-time with offset. */
const time = z.union([z.number().int().positive(), z.string().trim().min(1)]).transform((v, ctx) => {
  const d = typeof v === 'number' || /^\d{9,11}$/.test(v) ? new Date(Number(v) * 1000) : new Date(v);
  if (Number.isNaN(d.getTime()) || (typeof v === 'string' && !/^\d+$/.test(v) && !/^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/.test(v))) {
    ctx.addIssue({ code: 'custom', message: '时间应为 Unix 秒数或带时区的 ISO 8601 时间' });
    return z.NEVER;
  }
  return d;
});

const id = (label: string) => z.string().trim().min(1, `${label}不能为空`).max(128, `${label}不超过 128 个字符`);
const phone = z.string().trim().max(32, '号码过长');
const code = (lens: number[], label: string) =>
  z.string().regex(new RegExp(`^(${lens.map((l) => `\\d{${l}}`).join('|')})$`), `${label}应为 ${lens.join('/')} 位数字代码`);

/**
 * Call-centre record. Unknown extra fields (recording URL, callee, duration…) are ignored, so a
 * vendor's richer payload is accepted as it is.
 */
export const HotlineCall = z
  .object({
    callId: id('callId'),
    caller: phone.nullable().optional(),
    transcript: z.string().trim().max(20000, '转写文本过长').optional(),
    summary: z.string().trim().max(2000, '摘要不超过 2000 字').optional(),
    time: time.optional(),
    place: z.string().trim().min(1).max(200).optional(),
    villageCode: code([12], '村（社区）代码').optional(),
    area: code([6, 9, 12], '区域代码').optional(),
    category: z.enum(CATEGORY_CODES).optional(),
  })
  .superRefine((v, ctx) => {
    const text = (v.summary || v.transcript || '').trim();
    if (text.length < 2)
      ctx.addIssue({ code: 'custom', path: [v.summary !== undefined ? 'summary' : 'transcript'], message: '通话内容（summary 或 transcript）至少 2 个字' });
  });

export const InboundSms = z.object({
  messageId: id('messageId'),
  sender: phone.min(5, '发送号码不正确'),
  text: z.string().trim().min(1, '短信内容不能为空').max(2000, '短信内容不超过 2000 字'),
  time: time.optional(),
  area: code([6, 9, 12], '区域代码').optional(),
});
