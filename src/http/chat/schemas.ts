import { z } from 'zod';

const id = (max: number, label: string) => z.string().trim().min(1, `${label}不能为空`).max(max, `${label}不超过 ${max} 个字符`);
const area = z.string().regex(/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/, '区域代码应为 2/4/6/9/12 位');

export const BotAccount = id(64, 'botAccount');

export const Inbound = z.strictObject({
  botAccount: BotAccount,
  botName: z.string().trim().max(32).optional(),
  messageId: id(64, 'messageId'),
  roomId: z.string().trim().max(128).nullable().optional(),
  roomTopic: z.string().trim().max(100).nullable().optional(),
  from: z.strictObject({ id: id(100, 'from.id'), name: z.string().max(64).nullable().optional() }),
  type: z.enum(['text', 'voice', 'image', 'location', 'other']),
  text: z.string().max(5000, '消息不超过 5000 字').optional(),
  mentionSelf: z.boolean().optional(),
  voiceText: z.string().max(5000).nullable().optional(),
  location: z
    .strictObject({
      name: z.string().max(200).nullable().optional(),
      address: z.string().max(300).nullable().optional(),
      latitude: z.number().min(-90).max(90).nullable().optional(),
      longitude: z.number().min(-180).max(180).nullable().optional(),
    })
    .nullable()
    .optional(),
  sentAt: z.string().datetime({ offset: true }).nullable().optional(),
});

export const ImageQuery = z.strictObject({ botAccount: BotAccount, messageId: id(64, 'messageId') });

export const ResolveRooms = z.strictObject({
  botAccount: BotAccount,
  rooms: z.array(z.strictObject({ id: id(128, 'rooms.id'), topic: z.string().max(100).default('') })).max(5000),
});

const ymd = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 yyyy-mm-dd');

export const Chatter = z.strictObject({
  botAccount: BotAccount,
  flushId: id(64, 'flushId'),
  counts: z
    .array(
      z
        .strictObject({
          roomId: z.string().trim().max(128).nullable().default(null),
          topic: z.string().trim().max(100).nullable().default(null),
          date: ymd,
          count: z.number().int().min(1).max(1_000_000),
          categories: z.record(z.string().max(32), z.number().int().min(0).max(1_000_000)).default({}),
        })
        .refine((c) => c.roomId || c.topic, { message: '须给出 roomId 或 topic', path: ['roomId'] }),
    )
    .max(5000),
});

export const Claim = z.strictObject({
  botAccount: BotAccount,
  worker: id(64, 'worker'),
  limit: z.number().int().min(1).max(50).default(5),
});

export const Ack = z
  .strictObject({
    worker: id(64, 'worker'),
    ok: z.boolean(),
    error: z.string().max(1000).optional(),
    permanent: z.boolean().optional(),
    deferUntil: z.string().datetime({ offset: true }).optional(),
  })
  .refine((a) => a.ok || a.error || a.deferUntil, { message: '失败时须说明原因（error）或推迟时间（deferUntil）', path: ['error'] });

export const BindCodeBody = z.strictObject({
  staffId: z.number().int().positive(),
});

export const BindingBody = z.strictObject({
  jurisdictionCode: area,
  topic: id(100, 'topic'),
  purpose: z.enum(['village_group', 'work_group']).default('village_group'),
  botAccount: BotAccount.nullable().default(null),
});
