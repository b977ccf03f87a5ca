/** Deterministic PRNG (mulberry32): every run of a bench sends the same requests in the same order. */
export function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const picker =
  (rand: () => number) =>
  <T>(a: readonly T[]): T =>
    a[Math.floor(rand() * a.length)];
