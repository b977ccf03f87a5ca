import { z } from 'zod';
import { ymdDayIndex } from '../../clocks/time';
import { periodInstants } from '../../stats/rates';
import { badRequest } from '../../errors';
import { LEDGER_SORTS, LedgerFilters } from '../../tickets/ledger';
import { areaCode, ymd } from '../schemas';
import { CATEGORY_CODES, CHANNELS, TICKET_STATUSES, URGENCIES } from '../../vocabulary';

/** Comma-separated values of a vocabulary list; an unknown one is a 400 naming the parameter. */
const csvOf = <T extends readonly [string, ...string[]]>(values: T, field: string) =>
  z
    .string()
    .max(500)
    .transform((s, ctx) => {
      const parts = [
        ...new Set(
          s
            .split(',')
            .map((x) => x.trim())
            .filter(Boolean),
        ),
      ];
      const bad = parts.filter((p) => !(values as readonly string[]).includes(p));
      if (bad.length) ctx.addIssue({ code: 'custom', message: `${field} 应为 ${values.join('/')} 中的一个或多个（逗号分隔），没有「${bad.join('，')}」` });
      return parts as T[number][];
    });

const flag = (field: string) => z.enum(['true', 'false'], { error: `${field} 应为 true 或 false` }).transform((v) => v === 'true');

/** The 台账's filters (also what a saved view stores, and the export's query). */
export const LedgerFilterFields = {
  status: csvOf(TICKET_STATUSES, 'status').optional(),
  category: csvOf(CATEGORY_CODES, 'category').optional(),
  urgency: csvOf(URGENCIES, 'urgency').optional(),
  channel: csvOf(CHANNELS, 'channel').optional(),
  unitId: z
    .string()
    .regex(/^\d{1,10}(,\d{1,10}){0,49}$/, 'unitId 应为单位编号（可逗号分隔多个）')
    .transform((s) => s.split(',').map(Number))
    .optional(),
  township: z
    .string()
    .regex(/^\d{9}$/, 'township 应为 9 位乡镇（街道）代码')
    .optional(),
  village: z
    .string()
    .regex(/^\d{12}$/, 'village 应为 12 位村（社区）代码')
    .optional(),
  area: areaCode.optional(),
  overdue: flag('overdue').optional(),
  escalated: flag('escalated').optional(),
  supervised: flag('supervised').optional(),
  repeat: flag('repeat').optional(),
  open: flag('open').optional(),
  from: ymd.optional(),
  to: ymd.optional(),
  q: z.string().trim().max(100, '搜索词不超过 100 字').optional(),
  sort: z.enum(LEDGER_SORTS, { error: `sort 应为 ${LEDGER_SORTS.join('/')} 之一` }).default('-createdAt'),
};

export const LedgerQuery = z.strictObject({
  ...LedgerFilterFields,
  page: z.coerce.number({ error: 'page 应为正整数' }).int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number({ error: 'pageSize 应为 1–100' }).int().min(1).max(100).default(20),
  facets: flag('facets').default(false),
});

export const ExportQuery = z.strictObject(LedgerFilterFields);

/** A saved view's filters: the ledger's query parameters as strings, checked like the query. */
export const ViewFilters = z
  .record(z.string(), z.string().max(500))
  .refine((r) => Object.keys(r).length <= 20, '筛选条件过多')
  .superRefine((r, ctx) => {
    const res = z.strictObject(LedgerFilterFields).safeParse(r);
    if (!res.success) for (const i of res.error.issues) ctx.addIssue({ code: 'custom', message: i.message, path: i.path });
  });

export const CreateView = z.strictObject({
  name: z.string({ error: '请填写名称' }).trim().min(1, '请填写名称').max(40, '名称不超过 40 字'),
  filters: ViewFilters,
});
export const UpdateView = z.strictObject({
  name: z.string().trim().min(1, '请填写名称').max(40, '名称不超过 40 字').optional(),
  filters: ViewFilters.optional(),
});

type Parsed = z.infer<typeof ExportQuery>;

/** The query as the ledger's filters: Shanghai dates to instants (`to` inclusive). */
export function toFilters(q: Parsed): LedgerFilters {
  const fromDay = q.from ? ymdDayIndex(q.from) : undefined;
  const toDay = q.to ? ymdDayIndex(q.to) : undefined;
  if (fromDay !== undefined && toDay !== undefined && fromDay > toDay) throw badRequest('from 不能晚于 to', 'from');
  return {
    status: q.status,
    category: q.category,
    urgency: q.urgency,
    channel: q.channel,
    unitId: q.unitId,
    township: q.township,
    village: q.village,
    area: q.area,
    overdue: q.overdue,
    escalated: q.escalated,
    supervised: q.supervised,
    repeat: q.repeat,
    open: q.open,
    from: fromDay !== undefined ? periodInstants({ fromDay, toDay: fromDay }).from : undefined,
    to: toDay !== undefined ? periodInstants({ fromDay: toDay, toDay }).to : undefined,
    q: q.q || undefined,
  };
}
