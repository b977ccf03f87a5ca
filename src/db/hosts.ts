/** One database server of a cluster (src/db/failover.ts). */
export interface DbHost {
  host: string;
  port: number;
}

/**
 * `mysql://user:pass@h1:3306,h2:3306,h3:3306/db?…` → the hosts and a URL naming the first (the
 * form TypeORM and everything else parse). A single host gives no list.
 */
export function splitHosts(url: string): { url: string; hosts: DbHost[] } {
  const m = /^([a-z]+:\/\/)([^@/]*@)?([^/?#]*)(.*)$/i.exec(url);
  if (!m) throw new Error('DATABASE_URL: expected mysql://user:pass@host:port[,host:port…]/db');
  const [, scheme, auth = '', hostList, rest] = m;
  // One host: the URL as given (TypeORM parses it).
  if (!hostList.includes(',')) return { url, hosts: [] };
  const hosts = hostList.split(',').map((h) => {
    const hm = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(h.trim());
    if (!hm) throw new Error(`DATABASE_URL: host "${h}" is not host or host:port`);
    const port = hm[2] ? Number(hm[2]) : 3306;
    if (port < 1 || port > 65535) throw new Error(`DATABASE_URL: port ${hm[2]} out of range`);
    return { host: hm[1].replace(/^\[|\]$/g, ''), port };
  });
  return { url: `${scheme}${auth}${hostList.split(',')[0].trim()}${rest}`, hosts };
}
