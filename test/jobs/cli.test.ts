import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli';
import { parseAt } from '../../src/cli/commands/job-at';
import { ChatTarget } from '../../src/entities/ChatTarget';
import { DailySummary } from '../../src/entities/DailySummary';
import { EscalationStep } from '../../src/entities/EscalationStep';
import { createTestDb, onMysql, TestDb } from '../support/db';
import { at, file } from './helpers';

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out, err };
}

let db: TestDb;
let dir: string;
const savedUrl = process.env.DATABASE_URL;
let number: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-jobs-cli-'));
  db = await createTestDb({ seed: ['430502'], file: onMysql() ? undefined : path.join(dir, 'jobs.sqlite') });
  number = (await file(db.ds, at(2026, 10, 9, 9))).number; // due 16 Oct 09:00
  await db.ds.manager.insert(ChatTarget, {
    kind: 'wecom_webhook',
    purpose: 'work_group',
    jurisdictionCode: '430502',
    topic: null,
    roomId: null,
    botAccount: null,
    webhookUrl: 'https://example.invalid/hook?key=k',
    boundByStaffId: null,
    active: true,
    createdAt: at(2026, 10, 1),
  });
  process.env.DATABASE_URL = db.url;
});
afterAll(async () => {
  if (savedUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = savedUrl;
  await db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('job:escalate', () => {
  it('prints the rungs it fired, and fires nothing the second time for the same time', async () => {
    const first = await cli('job:escalate', '--at', '2026-10-20T09:00:00+08:00');
    expect(first.err).toEqual([]);
    expect(first.code).toBe(0);
    expect(first.out[0]).toMatch(
      /^escalation sweep at 2026-10-20 09:00 \(Asia\/Shanghai\): examined \d+ ticket\(s\), fired [1-9]\d* rung\(s\) on 1 ticket\(s\)$/,
    );
    expect(first.out.join('\n')).toContain(`${number}  办理时限 → 超期督办（分管区领导）`);
    const steps = Number(await db.ds.manager.count(EscalationStep));

    const second = await cli('job:escalate', '--at', '2026-10-20T09:00:00+08:00');
    expect(second.code).toBe(0);
    expect(second.out[0]).toMatch(/fired 0 rung\(s\) on 0 ticket\(s\)$/);
    expect(Number(await db.ds.manager.count(EscalationStep))).toBe(steps);
  });

  it.each([['tomorrow'], ['2026-02-30T09:00'], ['2026-10-20T25:00'], ['']])('rejects --at %j with exit 2', async (bad) => {
    const r = await cli('job:escalate', '--at', bad);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toMatch(/--at must be a date-time like 2026-12-01T09:00:00\+08:00/);
  });
});

describe('job:summary', () => {
  it('stores, queues and prints the summary once per target and day', async () => {
    const r = await cli('job:summary', '--at', '2026-10-20T20:00:00+08:00', '--jurisdiction', '430502');
    expect(r.code).toBe(0);
    const text = r.out.join('\n');
    expect(r.out[0]).toBe('daily summaries for 2026-10-20 at 2026-10-20 20:00 (Asia/Shanghai): 1 target(s), 1 new, 0 already stored');
    expect(text).toContain('【双清区每日自查】2026-10-20（周二）');
    expect(text).toContain(number);
    expect(text).not.toContain('key=k');

    const again = await cli('job:summary', '--at', '2026-10-20T20:30:00+08:00');
    expect(again.out[0]).toMatch(/1 target\(s\), 0 new, 1 already stored$/);
    expect(Number(await db.ds.manager.count(DailySummary))).toBe(1);
  });

  it('previews an area with no bound group without storing it', async () => {
    const r = await cli('job:summary', '--at', '2026-10-20T20:00:00+08:00', '--jurisdiction', '430502101');
    expect(r.code).toBe(0);
    expect(r.out.join('\n')).toContain('preview (no chat target bound under 430502101)');
    expect(Number(await db.ds.manager.count(DailySummary))).toBe(1);
  });

  it('rejects a malformed jurisdiction with exit 2', async () => {
    const r = await cli('job:summary', '--jurisdiction', '4305x');
    expect(r.code).toBe(2);
    expect(r.err[0]).toContain('--jurisdiction must be');
  });

  it('is listed in help', async () => {
    const r = await cli('help');
    expect(r.out.join('\n')).toMatch(/job:escalate[\s\S]*job:summary/);
  });
});

describe('--at', () => {
  it('reads a time without offset as Shanghai time and keeps an explicit offset', () => {
    expect(parseAt('2026-12-01T09:00')).toEqual(at(2026, 12, 1, 9));
    expect(parseAt('2026-12-01 09:00:00')).toEqual(at(2026, 12, 1, 9));
    expect(parseAt('2026-12-01')).toEqual(at(2026, 12, 1));
    expect(parseAt('2026-12-01T01:00:00Z')).toEqual(at(2026, 12, 1, 9));
    expect(parseAt('2026-12-01T09:00:00+08:00')).toEqual(at(2026, 12, 1, 9));
  });
});
