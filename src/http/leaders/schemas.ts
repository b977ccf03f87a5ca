import { z } from 'zod';
import { LEGAL_MAX_EXTENSION_DAYS } from '../../clocks/deadlines';
import { MAX_SUPERVISION_DAYS } from '../../tickets';

const version = z.number().int().min(1).optional();

export const Inbox = z.strictObject({
  open: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .default(true),
  cursor: z
    .string()
    .regex(/^\d{1,10}$/, 'cursor 无效')
    .transform(Number)
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const TakeCharge = z.strictObject({ note: z.string().trim().max(500).optional(), version });

export const Supervise = z.strictObject({
  days: z
    .number({ error: '请填写督办期限（天）' })
    .int('督办期限应为整数天')
    .min(1, '督办期限至少 1 天')
    .max(MAX_SUPERVISION_DAYS, `督办期限不超过 ${MAX_SUPERVISION_DAYS} 天`),
  reason: z.string({ error: '请填写督办意见' }).trim().min(2, '请填写督办意见').max(500),
  version,
});

export const Extension = z.strictObject({
  days: z
    .number({ error: '请填写延期天数' })
    .int('延期天数应为整数')
    .min(1, '延期至少 1 天')
    .max(LEGAL_MAX_EXTENSION_DAYS, `延期不超过 ${LEGAL_MAX_EXTENSION_DAYS} 天`),
  reason: z.string({ error: '请填写延期理由' }).trim().min(2, '请填写延期理由').max(500),
  version,
});
