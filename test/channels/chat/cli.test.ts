import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../../src/cli';
import { redeemBindCode } from '../../../src/channels/chat/binding';
import { Staff } from '../../../src/entities/Staff';
import { createTestDb, TestDb } from '../../support/db';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

describe('bind:code and chat:sweep', () => {
  let dir: string;
  let db: TestDb;
  let staff: Staff;
  const saved = process.env.DATABASE_URL;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-chat-cli-'));
    db = await createTestDb({ file: path.join(dir, 'chat.sqlite') });
    staff = await db.ds.manager.save(
      db.ds.manager.create(Staff, {
        name: '刘干部',
        role: 'cadre',
        position: null,
        title: null,
        unitId: null,
        jurisdictionCode: null,
        categories: null,
        phone: null,
        wechatId: null,
        openid: null,
        active: true,
      }),
    );
    process.env.DATABASE_URL = db.url;
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('prints a code that binds the member of staff once', async () => {
    const r = await cli('bind:code', '--staff', String(staff.id));
    expect(r.code).toBe(0);
    expect(r.out).toEqual([expect.stringMatching(/^\d{6}$/)]);
    expect(r.err[0]).toMatch(/刘干部/);
    // Valid for 10 minutes.
    const until = Date.parse(/valid until (\S+):/.exec(r.err[0])![1]);
    expect(until - Date.now()).toBeGreaterThan(9 * 60_000);
    expect(until - Date.now()).toBeLessThanOrEqual(10 * 60_000);
    const bound = await redeemBindCode(db.ds, r.out[0], 'acct', 'wxid_liu', new Date());
    expect(bound?.wechatId).toBe('acct:wxid_liu');
    expect(await redeemBindCode(db.ds, r.out[0], 'acct', 'wxid_other', new Date())).toBeNull();
  });

  it.each([
    [[], /missing --staff/],
    [['--staff', 'abc'], /--staff must be a staff id/],
    [['--staff', '1', '--hours', '72'], /hours/],
    [['--staff', '999999'], /工作人员 999999 不存在/],
  ])('%j is a usage error', async (args, msg) => {
    const r = await cli('bind:code', ...(args as string[]));
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(msg);
  });

  it('chat:sweep reports what it did', async () => {
    const r = await cli('chat:sweep', '--at', '2026-11-24T20:00:00+08:00');
    expect(r).toMatchObject({ code: 0, out: ['filed 0, dropped 0, forgot 0 message ids'] });
    expect((await cli('chat:sweep', '--at', 'yesterday')).code).toBe(2);
  });
});
