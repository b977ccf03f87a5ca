import autocannon from 'autocannon';

export interface LoadResult {
  /** Answered 2xx per second of the run. */
  perSec: number;
  ok: number;
  non2xx: number;
  errors: number;
  p50: number;
  p99: number;
  seconds: number;
  statuses: Record<string, number>;
}

/**
 * POSTs JSON bodies from `next()` with autocannon: a fixed number of connections, optionally at
 * a fixed overall rate (then latencies are corrected for coordinated omission, autocannon's
 * default: a slow answer counts for the requests that should have been sent meanwhile).
 */
export async function postLoad(o: { url: string; path: string; token: string; next: () => unknown; seconds: number; connections: number; overallRate?: number }): Promise<LoadResult> {
  const started = Date.now();
  const r = await autocannon({
    url: o.url,
    connections: o.connections,
    duration: o.seconds,
    ...(o.overallRate ? { overallRate: o.overallRate } : {}),
    timeout: 30,
    requests: [
      {
        method: 'POST',
        path: o.path,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${o.token}` },
        setupRequest: (req: any) => ({ ...req, body: JSON.stringify(o.next()) }),
      },
    ],
  } as autocannon.Options);
  const seconds = (Date.now() - started) / 1000;
  const statuses: Record<string, number> = {};
  for (const [code, s] of Object.entries((r as any).statusCodeStats ?? {})) statuses[code] = (s as { count: number }).count;
  return {
    perSec: r['2xx'] / seconds,
    ok: r['2xx'],
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
    p50: r.latency.p50,
    p99: r.latency.p99,
    seconds,
    statuses,
  };
}
