import { z } from 'zod';
import { CATEGORY_CODES, CHANNELS, DECLINE_REASON_CODES, TICKET_STATUSES, URGENCIES } from '../../vocabulary';
import { areaCode } from '../schemas';

const code = (len: number[], label: string) =>
  z.string().regex(new RegExp(`^(${len.map((l) => `\\d{${l}}`).join('|')})$`), `${label}应为 ${len.join('/')} 位数字代码`);

export { CATEGORY_CODES, CHANNELS } from '../../vocabulary';

const phone = z.string().regex(/^\+?\d[\d-]{4,19}$/, '电话号码格式不正确');

export const CreateTicket = z.strictObject({
  text: z.string().trim().min(2, '诉求内容至少 2 个字').max(2000, '诉求内容不超过 2000 字'),
  category: z.enum(CATEGORY_CODES).optional(),
  urgency: z.enum(URGENCIES).optional(),
  villageCode: code([12], '村（社区）代码').optional(),
  place: z.string().trim().min(1).max(200).optional(),
  contextJurisdiction: code([2, 4, 6, 9, 12], '区域代码').optional(),
  contact: z
    .strictObject({
      name: z.string().trim().min(1).max(32).optional(),
      phone: phone.optional(),
      wechatId: z.string().min(1).max(128).optional(),
      openid: z.string().min(1).max(64).optional(),
      unionid: z.string().min(1).max(64).optional(),
    })
    .optional(),
  channel: z.enum(CHANNELS).default('api'),
  externalId: z.string().trim().min(1).max(128).optional(),
  attachmentIds: z.array(z.number().int().positive()).max(9, '最多 9 个附件').optional(),
});

const csv = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .transform((s) =>
      s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)));

export const ListTickets = z.strictObject({
  status: csv(TICKET_STATUSES).optional(),
  category: z.enum(CATEGORY_CODES).optional(),
  area: areaCode.optional(),
  unitId: z.coerce.number().int().positive().optional(),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  cursor: z
    .string()
    .regex(/^\d{1,10}$/, 'cursor 无效')
    .transform(Number)
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

const version = z.number().int().min(1).optional();

export const Accept = z.strictObject({ note: z.string().trim().max(500).optional(), version });
export const Note = z.strictObject({ text: z.string().trim().min(1, '内容不能为空').max(2000), public: z.boolean().default(false), version });
export const Transfer = z.strictObject({ unitId: z.number().int().positive(), reason: z.string().trim().min(2, '请说明转办理由').max(500), version });
export const ObjectTo = z.strictObject({ reason: z.string().trim().min(2, '请说明异议理由').max(500), version });
export const DecideObjection = z.strictObject({
  accept: z.boolean(),
  unitId: z.number().int().positive().optional(),
  reason: z.string().trim().max(500).optional(),
  version,
});
export const Resolve = z.strictObject({
  text: z.string().trim().min(2, '请填写办理结果').max(2000),
  attachmentIds: z.array(z.number().int().positive()).max(9).optional(),
  version,
});
export const Reopen = z.strictObject({ reason: z.string().trim().min(2, '请说明原因').max(500), version });
export const Rate = z.strictObject({
  contactedInTime: z.boolean(),
  solved: z.boolean(),
  satisfied: z.boolean(),
  comment: z.string().trim().max(500).optional(),
  version,
});
export const Close = z.strictObject({ reason: z.string().trim().max(500).optional(), version });
export const Merge = z.strictObject({ intoId: z.number().int().positive(), version });
/** 拆分: a ticket merged into another (by hand or at intake) is a problem of its own. */
export const Split = z.strictObject({ reason: z.string().trim().min(2, '请说明拆分理由').max(500), version });
/** 更正类别: the new category and why (exported as a labelled example). */
export const Recategorise = z.strictObject({ category: z.enum(CATEGORY_CODES), reason: z.string().trim().min(2, '请说明更正理由').max(500), version });

/** 不予受理: one of the regulation's reasons (the notice names the legal route) and an optional explanation. */
export const Decline = z.strictObject({ reason: z.enum(DECLINE_REASON_CODES), text: z.string().trim().max(500).optional(), version });
/** 复查 of a petition's answer, or 复核 of a 复查 answer (the stage follows from the ticket). */
export const RequestReview = z.strictObject({ reason: z.string().trim().min(2, '请说明不服答复的理由').max(1000), version });
/** 更正地点: the village (12 digits) the ticket is about, optionally the place as said, and why. */
export const CorrectPlace = z.strictObject({
  villageCode: code([12], '村（社区）代码'),
  place: z.string().trim().max(200).optional(),
  reason: z.string().trim().min(2, '请说明更正理由').max(500),
  version,
});
export const ChangeUrgency = z.strictObject({ urgency: z.enum(URGENCIES), reason: z.string().trim().min(2, '请说明调整理由').max(500), version });
