import { z, ZodType } from 'zod';
import { zodToAppError } from './errors';
import { badRequest } from '../errors';

/** Parses with a zod schema; failures become a 400 naming the field. */
export function parse<S extends ZodType>(schema: S, value: unknown, where: 'body' | 'query' | 'params' = 'body'): z.infer<S> {
  const r = schema.safeParse(value ?? {});
  if (!r.success) throw zodToAppError(r.error, where);
  return r.data;
}

export function idParam(raw: string | undefined, name = 'id'): number {
  const n = Number(raw);
  if (!raw || !/^\d{1,10}$/.test(raw) || !Number.isSafeInteger(n) || n <= 0) throw badRequest(`${name} 必须是正整数`, name);
  return n;
}
