import { z, ZodType } from 'zod';

/**
 * Open311 parameters arrive form-encoded or multipart (all strings). Clients commonly send
 * optional fields empty (`email=`): an empty string counts as absent. `attribute[…]` is read by the
 * route from the raw body; other unknown parameters (zipcode …) are tolerated and dropped, as an
 * interoperable GeoReport server should.
 */
const opt = <S extends ZodType>(s: S) => z.preprocess((v) => (v === '' ? undefined : v), s.optional());

/**
 * A decimal degree in any notation a client's number formatting produces: as many decimals as it
 * likes, a sign, an exponent (`2.724e1`), or a JSON number. Out of range is refused.
 */
const degree = (label: string, limit: number) =>
  z
    .union([
      z.number(),
      z
        .string()
        .trim()
        .max(64, `${label}应为十进制度数`)
        .regex(/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d{1,3})?$/, `${label}应为十进制度数`)
        .transform(Number),
    ])
    .pipe(
      z
        .number()
        .refine(Number.isFinite, `${label}应为十进制度数`)
        .pipe(z.number().min(-limit, `${label}超出范围`).max(limit, `${label}超出范围`)),
    );

export const TICKET_NUMBER = /^\d{6}-\d{8}-J?\d{4,6}$/;
export const IDEMPOTENCY_KEY = /^[A-Za-z0-9_:-]{1,64}$/;

/** Free text a client may send longer than we keep: cut, never refused (the notice says so). */
const loose = (max: number) => z.union([z.string(), z.number()]).transform((v) => String(v).trim().slice(0, max));
/** One value or several (a field repeated in the form). */
const oneOrMany = z.union([z.string(), z.array(z.string())]).transform((v) => (Array.isArray(v) ? v : [v]));

/**
 * Only what a ticket cannot do without is refused: an unknown service, a point outside the
 * county, no place at all. Optional fields that are too long are cut, a phone is normalised, a
 * bad email or media link is dropped with a note in the answer: FixMyStreet resends a refused
 * report for ever. Lengths are in characters; `description` may be absent (the service name
 * stands in) and is kept to 4,000 characters, the spec's limit.
 */
export const SubmitRequest = z.object({
  api_key: opt(z.string().max(200)),
  jurisdiction_id: opt(z.string().max(64, '辖区代码应为 6 位县级区划代码')),
  service_code: z.string({ error: '缺少服务类别 service_code' }).trim().min(1, '缺少服务类别 service_code').max(24, '服务类别不存在'),
  description: opt(z.string().max(20_000, '问题描述过长（最多 4000 字）')),
  address_string: opt(loose(200)),
  address_id: opt(loose(64)),
  lat: opt(degree('纬度', 90)),
  long: opt(degree('经度', 180)),
  email: opt(loose(254)),
  phone: opt(loose(40)),
  first_name: opt(loose(64)),
  last_name: opt(loose(64)),
  device_id: opt(loose(128)),
  deviceid: opt(loose(128)),
  account_id: opt(loose(128)),
  media_url: opt(oneOrMany),
  idempotency_key: opt(z.string().regex(IDEMPOTENCY_KEY, '幂等键只能含字母、数字、_ - :，最长 64 位')),
});
export type SubmitBody = z.output<typeof SubmitRequest>;

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
  // Any shape: an id that is no ticket of ours is simply not found (a client's own ids, typos).
  service_request_id: opt(csv(/^[^\s]{1,64}$/, 'service_request_id 应为逗号分隔的工单号')),
  service_code: opt(csv(/^[A-Za-z0-9_]{1,24}$/, '未知的服务类别')),
  start_date: opt(z.string().max(40)),
  end_date: opt(z.string().max(40)),
  status: opt(csv(/^(open|closed)$/, 'status 只能是 open、closed 或 open,closed')),
});

export const OneRequestQuery = z.object({ jurisdiction_id: opt(z.string()) });
export const TokenQuery = z.object({ api_key: opt(z.string().max(200)), jurisdiction_id: opt(z.string()) });
