import { z } from 'zod';
import { CATEGORY_CODES } from '../tickets/schemas';

export const Login = z.strictObject({
  code: z.string({ error: '缺少登录凭证 code' }).trim().min(1, '缺少登录凭证 code').max(128, 'code 过长'),
});

export const BindCodeIssue = z.strictObject({ staffId: z.number({ error: 'staffId 必须是正整数' }).int().positive() });
export const Bind = z.strictObject({ code: z.string({ error: '请输入绑定码' }).trim().min(4, '请输入绑定码').max(32) });

const photoIds = z.array(z.number().int().positive(), { error: 'photoIds 应为照片 id 数组' }).max(9, '最多 9 张照片');

export const Report = z
  .strictObject({
    clientId: z
      .string({ error: '缺少 clientId（客户端生成的唯一 id，用于防止重复提交）' })
      .trim()
      .regex(/^[\w.:-]{8,64}$/, 'clientId 应为 8–64 位字母、数字或 _.:-'),
    text: z.string({ error: '请填写诉求内容' }).trim().min(2, '诉求内容至少 2 个字').max(2000, '诉求内容不超过 2000 字'),
    category: z.enum(CATEGORY_CODES).optional(),
    villageCode: z
      .string()
      .regex(/^\d{12}$/, '村（社区）代码应为 12 位数字')
      .optional(),
    place: z.string().trim().min(1).max(200, '地点不超过 200 字').optional(),
    location: z.strictObject({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).optional(),
    photoIds: photoIds.optional(),
  })
  .refine((b) => !(b.villageCode && b.place), { message: 'villageCode 与 place 只能填一个', path: ['place'] });

export const MyTickets = z.strictObject({
  cursor: z
    .string()
    .regex(/^\d{1,10}$/, 'cursor 无效')
    .transform(Number)
    .optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

export const Rate = z.strictObject({
  contactedInTime: z.boolean({ error: '请回答：是否及时联系您' }),
  solved: z.boolean({ error: '请回答：问题是否解决' }),
  satisfied: z.boolean({ error: '请回答：是否满意' }),
  comment: z.string().trim().max(500, '意见不超过 500 字').optional(),
});

export const Queue = z.strictObject({
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});

const version = z.number().int().min(1).optional();
export const Text = z.strictObject({ text: z.string().trim().min(1, '内容不能为空').max(2000), version });
export const Resolve = z.strictObject({ text: z.string().trim().min(2, '请填写办理结果').max(2000), photoIds: photoIds.optional(), version });
