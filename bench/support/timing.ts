/** Milliseconds since `t0` (a `process.hrtime.bigint()`). */
export const ms = (t0: bigint) => Number(process.hrtime.bigint() - t0) / 1e6;

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return { ms: ms(t0), value };
}

/** Best of `n` (for read-only, repeatable work such as the bare SELECTs). */
export async function best<T>(n: number, fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  let out = await timed(fn);
  for (let i = 1; i < n; i++) {
    const r = await timed(fn);
    if (r.ms < out.ms) out = r;
  }
  return out;
}
