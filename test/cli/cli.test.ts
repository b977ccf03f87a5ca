import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hashToken } from '../../src/auth/tokens';
import { commands, findCommand } from '../../src/cli/commands';
import { runCli } from '../../src/cli';
import { parseDatabaseUrl } from '../../src/config';
import { createDataSource } from '../../src/db/datasource';
import { ApiToken } from '../../src/entities/ApiToken';
import { Jurisdiction } from '../../src/entities/Jurisdiction';
import { Staff } from '../../src/entities/Staff';
import { Unit } from '../../src/entities/Unit';
import { createTestDb, onMysql, TestDb } from '../support/db';

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function cli(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('cli', () => {
  let dir: string;
  let db: TestDb;
  const savedUrl = process.env.DATABASE_URL;

  // The CLI opens its own connection from DATABASE_URL; this one only checks the results.
  const query = async <T>(fn: (ds: import('typeorm').DataSource) => Promise<T>): Promise<T> => {
    const ds = createDataSource(parseDatabaseUrl(db.url));
    await ds.initialize();
    try {
      return await fn(ds);
    } finally {
      await ds.destroy();
    }
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-cli-'));
    // An empty database (not migrated): the CLI must migrate it itself.
    if (onMysql()) {
      db = await createTestDb();
      await db.ds.query('SET FOREIGN_KEY_CHECKS = 0');
      const tables: { t: string }[] = await db.ds.query('SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE()');
      for (const { t } of tables) await db.ds.query(`DROP TABLE \`${t}\``);
    } else {
      const file = path.join(dir, 'cli.sqlite');
      db = { ds: undefined as any, url: `sqlite:${file}`, close: async () => undefined };
    }
    process.env.DATABASE_URL = db.url;
  });
  afterAll(async () => {
    if (savedUrl === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = savedUrl;
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('has a registry of commands, each with name, summary, usage and run', () => {
    expect(commands.map((c) => c.name)).toEqual(
      expect.arrayContaining(['migrate', 'seed:demo', 'gazetteer:import', 'token:issue', 'token:list', 'token:revoke']),
    );
    for (const c of commands) {
      expect(c.summary).toBeTruthy();
      expect(c.usage.startsWith(c.name)).toBe(true);
      expect(typeof c.run).toBe('function');
    }
  });

  it('help lists the commands; unknown commands exit 2', async () => {
    const h = await cli('help');
    expect(h.code).toBe(0);
    for (const c of commands) expect(h.out.join('\n')).toContain(c.name);
    expect((await cli('help', 'token:issue')).out[0]).toContain('--role');
    expect((await cli()).code).toBe(2);
    const u = await cli('frobnicate');
    expect(u).toMatchObject({ code: 2, out: [] });
    expect(u.err.join('')).toMatch(/unknown command 'frobnicate'/);
    expect((await cli('migrate', '--help')).code).toBe(0);
  });

  it('migrate applies the migrations and then has nothing to do', async () => {
    const first = await cli('migrate');
    expect(first.code).toBe(0);
    expect(first.out.join('\n')).toMatch(/applied Init1764000000000/);
    const again = await cli('migrate');
    expect(again).toMatchObject({ code: 0, out: ['no pending migrations'] });
  });

  it('gazetteer:import validates codes and imports counties', async () => {
    const bad = async (args: string[], re: RegExp) => {
      const r = await cli('gazetteer:import', ...args);
      expect(r.code).toBe(2);
      expect(r.out).toEqual([]);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(re);
    };
    await bad([], /missing --areas CODES or --all/);
    await bad(['--areas'], /--areas/);
    await bad(['--areas', '22038'], /not a 6-digit county code: 22038/);
    await bad(['--areas', '220382,999999'], /unknown county code: 999999/);
    await bad(['--areas', '220382', '--all'], /either --areas or --all/);
    await bad(['--bogus'], /unknown option '--bogus'/);
    await bad(['220382'], /unexpected argument '220382'/);

    const ok = await cli('gazetteer:import', '--areas', '220302');
    expect(ok.code).toBe(0);
    expect(ok.out).toHaveLength(1);
    expect(ok.out[0]).toMatch(/^inserted 70 divisions \(province 1, city 1, county 1, township 7, village 60\)/);
    const again = await cli('gazetteer:import', '--areas', '220302');
    expect(again.out[0]).toMatch(/^inserted 0 divisions/);
    expect(await query((ds) => ds.getRepository(Jurisdiction).findOneBy({ code: '220302200215' }))).toMatchObject({ name: '西八大村' });
  });

  it('seed:demo seeds the given counties once', async () => {
    expect((await cli('seed:demo', '--areas', '430502,12')).code).toBe(2);
    const r = await cli('seed:demo', '--areas', '430502');
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('counties seeded: 430502; already seeded: -');
    const again = await cli('seed:demo', '--areas', '430502');
    expect(again.out[0]).toBe('counties seeded: -; already seeded: 430502');
    expect(again.out.join('\n')).toContain('units +0, staff +0, village assignments +0');
    expect(await query((ds) => ds.getRepository(Unit).findOneBy({ name: '双清区水利局' }))).not.toBeNull();
  });

  it('token:issue prints only the token, stored hashed', async () => {
    const r = await cli('token:issue', '--role', 'sysadmin', '--name', '初始管理员');
    expect(r.code).toBe(0);
    expect(r.out).toHaveLength(1);
    expect(r.out[0]).toMatch(/^cs_[A-Za-z0-9_-]{43}$/);
    const rec = await query((ds) => ds.getRepository(ApiToken).findOneBy({ tokenHash: hashToken(r.out[0]) }));
    expect(rec).toMatchObject({ role: 'sysadmin', name: '初始管理员', staffId: null });

    const cadre = await query((ds) => ds.getRepository(Staff).findOneByOrFail({ role: 'cadre' }));
    const c = await cli('token:issue', '--role', 'cadre', '--person', String(cadre.id));
    expect(c.code).toBe(0);
    const crec = await query((ds) => ds.getRepository(ApiToken).findOneBy({ tokenHash: hashToken(c.out[0]) }));
    expect(crec).toMatchObject({ role: 'cadre', staffId: cadre.id, name: cadre.name });
    // Staff tokens expire in 90 days by default.
    expect(crec!.expiresAt!.getTime() - crec!.createdAt.getTime()).toBeGreaterThan(90 * 86_400_000 - 2000);
    expect(crec!.expiresAt!.getTime() - crec!.createdAt.getTime()).toBeLessThan(90 * 86_400_000 + 2000);
    expect(c.err[0]).toMatch(/expires 20\d\d-/);
  });

  it('token:issue: a county admin names its staff member; bot and channel tokens a name, and expire only when told', async () => {
    const head = await query((ds) => ds.getRepository(Staff).findOneByOrFail({ role: 'admin' }));
    const a = await cli('token:issue', '--role', 'admin', '--staff', String(head.id));
    expect(a.code).toBe(0);
    expect(await query((ds) => ds.getRepository(ApiToken).findOneBy({ tokenHash: hashToken(a.out[0]) }))).toMatchObject({ role: 'admin', staffId: head.id });
    const b = await cli('token:issue', '--role', 'bot', '--name', 'wechat-bot');
    expect(b.code).toBe(0);
    expect(await query((ds) => ds.getRepository(ApiToken).findOneBy({ tokenHash: hashToken(b.out[0]) }))).toMatchObject({
      role: 'bot',
      name: 'wechat-bot',
      expiresAt: null,
    });
    const week = await cli('token:issue', '--role', 'channel', '--name', 'hotline', '--expires-in-days', '7');
    const rec = await query((ds) => ds.getRepository(ApiToken).findOneByOrFail({ tokenHash: hashToken(week.out[0]) }));
    expect(Math.round((rec.expiresAt!.getTime() - Date.now()) / 86_400_000)).toBe(7);
  });

  it('token:list shows who holds which token until when, never a token or hash; token:revoke stops one', async () => {
    const issued = await cli('token:issue', '--role', 'bot', '--name', 'to-revoke');
    const rec = await query((ds) => ds.getRepository(ApiToken).findOneByOrFail({ tokenHash: hashToken(issued.out[0]) }));
    const list = await cli('token:list');
    expect(list.code).toBe(0);
    expect(list.out[0].split(/\s+/)).toEqual(['id', 'role', 'name', 'holder', 'created', 'expires', 'revoked']);
    const line = list.out.find((l) => l.split(/\s+/)[0] === String(rec.id))!;
    expect(line.split(/\s+/)).toEqual([String(rec.id), 'bot', 'to-revoke', '-', expect.stringMatching(/^20\d\d-\d\d-\d\dT/), '-', '-']);
    const all = list.out.join('\n');
    expect(all).not.toContain(issued.out[0]);
    expect(all).not.toContain(rec.tokenHash);
    expect(all).toMatch(/staff:\d+/);

    const r = await cli('token:revoke', String(rec.id));
    expect(r).toEqual({ code: 0, out: [`token #${rec.id} revoked`], err: [] });
    expect((await query((ds) => ds.getRepository(ApiToken).findOneByOrFail({ id: rec.id }))).revokedAt).not.toBeNull();
    expect((await cli('token:revoke', String(rec.id))).out).toEqual([`token #${rec.id} was already revoked`]);
    const after = await cli('token:list', '--usable');
    expect(after.out.some((l) => l.split(/\s+/)[0] === String(rec.id))).toBe(false);
    expect((await cli('token:list', '--role', 'bot')).out.slice(1).every((l) => l.split(/\s+/)[1] === 'bot')).toBe(true);

    const missing = await cli('token:revoke', '999999');
    expect(missing.code).toBe(1);
    expect(missing.err[0]).toMatch(/#999999 does not exist/);
    for (const args of [[], ['abc'], ['0']]) {
      const bad = await cli('token:revoke', ...args);
      expect(bad.code).toBe(2);
    }
    expect((await cli('token:list', '--role', 'boss')).code).toBe(2);
  });

  it('token:issue rejects bad arguments with exit 2 and a message naming the problem', async () => {
    const cadre = await query((ds) => ds.getRepository(Staff).findOneByOrFail({ role: 'cadre' }));
    const cases: [string[], RegExp][] = [
      [[], /missing --role/],
      [['--role'], /--role/],
      [['--role', 'boss'], /--role must be one of .*'boss'/],
      [['--role', 'leader'], /--role leader needs --staff/],
      [['--role', 'admin'], /--role admin needs --staff/],
      [['--role', 'bot'], /--role bot needs --name/],
      [['--role', 'bot', '--name', 'b', '--staff', '3'], /--role bot takes no --staff/],
      [['--role', 'villager'], /--role must be one of/],
      [['--role', 'channel', '--name', 'x', '--expires-in-days', '0'], /--expires-in-days must be/],
      [['--role', 'sysadmin', '--staff', String(cadre.id)], /角色是 cadre/],
      [['--role', 'leader', '--person', 'x1'], /--person must be a staff id/],
      [['--role', 'leader', '--person', String(cadre.id)], /角色是 cadre/],
      [['--role', 'cadre', '--person', '999999'], /不存在/],
      [['--role', 'channel'], /--role channel needs --name/],
      [['--role', 'admin', '--expires', '3'], /unknown option '--expires'/],
    ];
    for (const [args, re] of cases) {
      const r = await cli('token:issue', ...args);
      expect({ args, code: r.code, out: r.out }).toEqual({ args, code: 2, out: [] });
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(re);
    }
  });

  it('commands run through the registry directly, without the dispatcher', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await findCommand('token:issue')!.run(['--role', 'channel', '--name', 'hotline'], { out: (l) => out.push(l), err: (l) => err.push(l) });
    expect(code).toBe(0);
    expect(out[0]).toMatch(/^cs_/);
  });

  it('reports a database it cannot open as a failure (exit 1), not a crash', async () => {
    process.env.DATABASE_URL = 'postgres://nope';
    try {
      const r = await cli('migrate');
      expect(r.code).toBe(1);
      expect(r.err[0]).toMatch(/DATABASE_URL/);
    } finally {
      process.env.DATABASE_URL = db.url;
    }
  });
});
