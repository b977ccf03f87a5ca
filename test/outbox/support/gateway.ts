import http from 'node:http';
import { AddressInfo } from 'node:net';

export interface Hit {
  path: string;
  headers: http.IncomingHttpHeaders;
  raw: string;
  body: any;
}

/**
 * A local stand-in for an SMS gateway or a WeCom robot: records every request and answers with
 * whatever `respond` says (status + JSON), or lets `respond` take over the response itself.
 */
export interface FakeGateway {
  url: string;
  hits: Hit[];
  respond: (hit: Hit, res: http.ServerResponse) => { status: number; body?: unknown } | 'handled';
  close(): Promise<void>;
}

export async function startGateway(respond: FakeGateway['respond'] = () => ({ status: 200, body: { code: 0 } })): Promise<FakeGateway> {
  const gw: FakeGateway = { url: '', hits: [], respond, close: async () => undefined };
  const server = http.createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      let body: any = null;
      try {
        body = JSON.parse(raw);
      } catch {
        /* not JSON */
      }
      const hit: Hit = { path: req.url ?? '', headers: req.headers, raw, body };
      gw.hits.push(hit);
      const r = gw.respond(hit, res);
      if (r === 'handled') return;
      res.writeHead(r.status, { 'content-type': 'application/json' });
      res.end(r.body === undefined ? '' : JSON.stringify(r.body));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  gw.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  gw.close = () =>
    new Promise<void>((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return gw;
}

export async function waitFor(cond: () => boolean | Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
