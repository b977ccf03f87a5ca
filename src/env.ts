import type { z, ZodType } from 'zod';

/** Parses environment variables with a zod schema; one readable error naming every bad variable. */
export function parseEnv<S extends ZodType>(schema: S, env: NodeJS.ProcessEnv, label = 'configuration'): z.infer<S> {
  const r = schema.safeParse(env);
  if (!r.success) throw new Error(`Invalid ${label}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}
