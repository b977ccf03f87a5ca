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
  /** Paced load only: the server fell more than two seconds behind and sending stopped early. */
  overloaded?: boolean;
}

/**
 * POSTs JSON bodies from `next()` with autocannon: a fixed number of connections, optionally at
 * a fixed overall rate (then latencies are corrected for coordinated omission, autocannon's
 * default: a slow answer counts for the requests that should have been sent meanwhile).
 */
export async function postLoad(o: {
  url: string;
  path: string;
  token: string;
  next: () => unknown;
  seconds: number;
  connections: number;
  overallRate?: number;
}): Promise<LoadResult> {
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

/**
 * Open-loop load at an even rate: every 5 ms the requests due by then are sent (so at most a few
 * at once, unlike autocannon's overallRate, which lets each connection send its whole per-second
 * allowance at the start of every second and so measures bursts). Latency counts from when a
 * request was due, not from when it could be sent, so a server that falls behind is not excused
 * (no coordinated omission). Keep-alive sockets, up to `sockets` at once.
 */
export async function pacedLoad(o: {
  url: string;
  path: string;
  token: string;
  next: () => unknown;
  seconds: number;
  rate: number;
  sockets?: number;
}): Promise<LoadResult> {
  const http = await import('node:http');
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.sockets ?? 128 });
  const target = new URL(o.path, o.url);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let errors = 0;
  let ok = 0;
  const total = Math.round(o.seconds * o.rate);
  const start = performance.now();
  const pending: Promise<void>[] = [];
  const send = (due: number) =>
    new Promise<void>((resolve) => {
      const body = JSON.stringify(o.next());
      const req = http.request(
        target,
        {
          method: 'POST',
          agent,
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${o.token}` },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            latencies.push(performance.now() - due);
            statuses[res.statusCode!] = (statuses[res.statusCode!] ?? 0) + 1;
            if (res.statusCode! >= 200 && res.statusCode! < 300) ok++;
            resolve();
          });
        },
      );
      req.on('error', () => {
        errors++;
        resolve();
      });
      req.end(body);
    });
  let sent = 0;
  let overloaded = false;
  await new Promise<void>((resolve) => {
    const tick = () => {
      const now = performance.now();
      const dueCount = Math.min(total, Math.floor(((now - start) / 1000) * o.rate) + 1);
      for (; sent < dueCount; sent++) pending.push(send(start + (sent / o.rate) * 1000));
      // More than two seconds of requests unanswered: the rate is beyond this server; stop
      // offering more rather than measure an ever-growing queue for minutes.
      if (sent - latencies.length - errors > 2 * o.rate) overloaded = true;
      if (sent >= total || overloaded) resolve();
      else setTimeout(tick, 5);
    };
    tick();
  });
  await Promise.all(pending);
  const seconds = (performance.now() - start) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] : 0);
  return { perSec: ok / seconds, ok, non2xx: latencies.length - ok, errors, p50: pct(50), p99: pct(99), seconds, statuses, overloaded };
}
