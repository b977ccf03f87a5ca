import http from 'node:http';
import { AddressInfo } from 'node:net';
import { DataSource } from 'typeorm';
import { loadConfig } from '../../src/config';
import { createApp, Mount, SERVER_OPTIONS } from '../../src/http/app';
import { issueSystemToken, issueToken } from '../../src/auth/tokens';
import { invalidatePlaceIndex } from '../../src/gazetteer/store';
import { forgetTokens } from '../../src/auth/actor';
import { inTransaction } from '../../src/db/tx';
import { Staff } from '../../src/entities/Staff';
import { Unit } from '../../src/entities/Unit';
import { Petitioner } from '../../src/entities/Petitioner';
import { createTestDb, TestDb } from './db';

export interface Res<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** A running app on a fresh database seeded with the given demo counties. */
export interface TestApp {
  db: TestDb;
  ds: DataSource;
  url: string;
  call<T = any>(
    method: string,
    path: string,
    opts?: { token?: string; body?: unknown; form?: Record<string, string>; headers?: Record<string, string> },
  ): Promise<Res<T>>;
  token(role: 'sysadmin' | 'admin' | 'bot' | 'channel' | 'cadre' | 'leader' | 'villager', who?: { staffId?: number; petitionerId?: number }): Promise<string>;
  staffOf(unitName: string, pick?: (s: Staff) => boolean): Promise<Staff>;
  /** An API token for each named staff member, under the same names (each with the staff's own role). */
  tokensOf<K extends string>(who: Record<K, Staff>): Promise<Record<K, string>>;
  unit(name: string): Promise<Unit>;
  villagerToken(contact: Partial<Petitioner>): Promise<{ token: string; petitioner: Petitioner }>;
  close(): Promise<void>;
}

export async function startTestApp(opts: { areas?: string[]; mounts?: Mount[]; dbFile?: string } = {}): Promise<TestApp> {
  invalidatePlaceIndex();
  forgetTokens();
  // A copy of the run's template seeded with these counties (test/support/templates.ts); a file
  // (not in-memory) SQLite database when another connection, e.g. the CLI's, must see it.
  const db = await createTestDb({ file: opts.dbFile, seed: opts.areas ?? ['430502', '220382'] });
  const ds = db.ds;
  const config = loadConfig({ ...process.env, DATABASE_URL: db.url.startsWith('sqlite') ? undefined : db.url });
  const app = createApp(ds, config, opts.mounts ?? []);
  const server = http.createServer(SERVER_OPTIONS, app.callback());
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const t: TestApp = {
    db,
    ds,
    url,
    async call(method, path, o = {}) {
      const headers: Record<string, string> = { ...(o.headers ?? {}) };
      if (o.token) headers.authorization = `Bearer ${o.token}`;
      let body: string | Uint8Array<ArrayBuffer> | undefined;
      if (o.form) {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        body = new URLSearchParams(o.form).toString();
      } else if (o.body !== undefined) {
        headers['content-type'] ??= 'application/json';
        // Bytes (an image) go as they are.
        body = typeof o.body === 'string' ? o.body : Buffer.isBuffer(o.body) ? new Uint8Array(o.body) : JSON.stringify(o.body);
      }
      const res = await fetch(url + path, { method, headers, body });
      const text = await res.text();
      let parsed: any = text;
      try {
        parsed = JSON.parse(text);
      } catch {
        /* XML or text */
      }
      return { status: res.status, body: parsed, headers: res.headers };
    },
    async token(role, who = {}) {
      // An anonymous admin is the system-wide administrator (as the CLI issues it).
      const r = role === 'admin' && !who.staffId ? 'sysadmin' : role;
      return inTransaction(ds, async ({ manager }) =>
        r === 'sysadmin'
          ? (await issueSystemToken(manager, { name: `test-${role}`, staffId: who.staffId })).token
          : (await issueToken(manager, { role: r, name: `test-${role}`, staffId: who.staffId, petitionerId: who.petitionerId })).token,
      );
    },
    async unit(name) {
      const u = await ds.manager.findOne(Unit, { where: { name } });
      if (!u) throw new Error(`no unit ${name}`);
      return u;
    },
    async tokensOf(who) {
      const out = {} as Record<keyof typeof who, string>;
      for (const [k, s] of Object.entries(who) as [keyof typeof who, Staff][]) out[k] = await t.token(s.role as any, { staffId: s.id });
      return out;
    },
    async staffOf(unitName, pick = () => true) {
      const u = await t.unit(unitName);
      const staff = (await ds.manager.find(Staff, { where: { unitId: u.id }, order: { id: 'ASC' } })).filter(pick);
      if (!staff.length) throw new Error(`no staff in ${unitName}`);
      return staff[0];
    },
    async villagerToken(contact) {
      const p = await ds.manager.save(
        ds.manager.create(Petitioner, {
          name: null,
          phone: null,
          wechatId: null,
          openid: null,
          unionid: null,
          villageCode: null,
          createdAt: new Date(),
          ...contact,
        }),
      );
      return { token: await t.token('villager', { petitionerId: p.id }), petitioner: p };
    },
    async close() {
      await new Promise<void>((r) => server.close(() => r()));
      await db.close();
    },
  };
  return t;
}
