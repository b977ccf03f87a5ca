import { z, ZodType } from 'zod';

/**
 * Open311 parameters arrive form-encoded (all strings). Clients commonly send optional fields
 * empty (`email=`): an empty string counts as absent. Unknown parameters (address_id, zipcode,
 * attribute[…]) are tolerated and dropped, as an interoperable GeoReport server should.
 */
const opt = <S extends ZodType>(s: S) => z.preprocess((v) => (v === '' ? undefined : v), s.optional());

const text = (label: string, min: number, max: number) =>
  z
    .string({ error: `缺少${label}` })
    .trim()
    .min(min, `${label}至少 ${min} 个字`)
    .max(max, `${label}不超过 ${max} 个字`);

/** A decimal degree, as a form string or a JSON number. */
const degree = (label: string, limit: number) =>
  z
    .union([
      z.number(),
      z
        .string()
        .trim()
        .regex(/^[+-]?\d{1,3}(\.\d{1,12})?$/, `${label}应为十进制度数`)
        .transform(Number),
    ])
    .pipe(z.number().min(-limit, `${label}超出范围`).max(limit, `${label}超出范围`));

export const TICKET_NUMBER = /^\d{6}-\d{8}-J?\d{4,6}$/;
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_:-]{1,64}$/;

export const SubmitRequest = z.object({
  api_key: opt(z.string().max(200)),
  jurisdiction_id: z.string({ error: '缺少辖区代码 jurisdiction_id' }).regex(/^\d{6}$/, '辖区代码应为 6 位县级区划代码'),
  service_code: z.string({ error: '缺少服务类别 service_code' }).trim().min(1, '缺少服务类别 service_code').max(24, '服务类别不存在'),
  description: text('问题描述', 2, 2000),
  address_string: opt(text('地址', 1, 200)),
  lat: opt(degree('纬度', 90)),
  long: opt(degree('经度', 180)),
  email: opt(
    z
      .string()
      .trim()
      .max(254)
      .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, '邮箱格式不正确'),
  ),
  phone: opt(
    z
      .string()
      .trim()
      .regex(/^\+?\d[\d-]{4,19}$/, '电话号码格式不正确'),
  ),
  first_name: opt(text('名', 1, 16)),
  last_name: opt(text('姓', 1, 16)),
  device_id: opt(z.string().max(128, 'device_id 过长')),
  account_id: opt(z.string().max(128, 'account_id 过长')),
  media_url: opt(
    z
      .string()
      .trim()
      .max(500)
      .regex(/^https?:\/\/\S+$/, 'media_url 应为 http(s) 地址'),
  ),
  idempotency_key: opt(z.string().regex(IDEMPOTENCY_KEY, '幂等键只能含字母、数字、_ - :，最长 64 位')),
});

export const ServicesQuery = z.object({ jurisdiction_id: opt(z.string()) });

const csv = (re: RegExp, message: string) =>
  z
    .string()
    .transform((s) => [
      ...new Set(
        s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ])
    .refine((xs) => xs.length > 0 && xs.every((x) => re.test(x)), message);

export const RequestsQuery = z.object({
  jurisdiction_id: opt(z.string()),
  service_request_id: opt(csv(TICKET_NUMBER, '工单号格式应为 县代码-日期-序号，多个用逗号分隔')),
  service_code: opt(csv(/^[A-Za-z0-9_]{1,24}$/, '未知的服务类别')),
  start_date: opt(z.string().max(40)),
  end_date: opt(z.string().max(40)),
  status: opt(csv(/^(open|closed)$/, 'status 只能是 open、closed 或 open,closed')),
});

export const OneRequestQuery = z.object({ jurisdiction_id: opt(z.string()) });
export const TokenQuery = z.object({ api_key: opt(z.string().max(200)), jurisdiction_id: opt(z.string()) });
