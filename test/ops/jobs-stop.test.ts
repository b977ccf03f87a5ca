/**
 * Shutdown and the scheduled jobs: stop() returns only when a running job has finished AND its
 * slot's lease is released, so main.ts may close the database right after. (Closing it between
 * the job and the release left the lease held for 30 minutes: the next start skipped its
 * escalation slots until then.) The job body is slowed down here so the stop lands mid-run.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, parseDatabaseUrl } from '../../src/config';
import { createDataSource } from '../../src/db/datasource';
import { JobLease } from '../../src/entities/JobLease';
import { metrics } from '../../src/http/metrics';
import { startJobs } from '../../src/jobs/scheduler';
import { createTestDb, onMysql, TestDb } from '../support/db';

const calls = { started: 0, finished: 0 };
jest.mock('../../src/escalation/sweep', () => ({
  ...jest.requireActual('../../src/escalation/sweep'),
  runEscalation: async () => {
    calls.started++;
    await new Promise((r) => setTimeout(r, 700));
    calls.finished++;
    return { examined: 3, fired: [{}, {}], errors: [] };
  },
}));

jest.setTimeout(60_000);

let dir: string;
let db: TestDb;
beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cs-jobs-stop-'));
  db = await createTestDb({ file: path.join(dir, 'jobs.sqlite') });
});
afterAll(async () => {
  // Always: the test destroys db.ds itself, and on MySQL close() also ends the admin connection
  // and drops the test database (skipping it left a mysql2 socket open and the worker hanging).
  await db?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('stop() waits for the running escalation sweep and releases its lease before the database closes; the run is counted', async () => {
  const config = {
    ...loadConfig({ ...process.env, DATABASE_URL: onMysql() ? db.url : undefined }),
    JOBS_ENABLED: '1' as const,
    ESCALATION_CRON: '* * * * * *',
  };
  const runsBefore = metrics.jobRuns.get({ job: 'escalate', outcome: 'ok' });
  const firedBefore = metrics.escalationsFired.get();
  const jobs = (await startJobs(db.ds, config))!;
  const end = Date.now() + 20_000;
  while (calls.started === 0 && Date.now() < end) await new Promise((r) => setTimeout(r, 20));
  expect(calls.started).toBe(1);
  expect(calls.finished).toBe(0);

  await jobs.stop();
  // What main.ts does next.
  await db.ds.destroy();
  expect(calls.finished).toBe(1);

  const check = createDataSource(parseDatabaseUrl(db.url));
  await check.initialize();
  try {
    const lease = await check.getRepository(JobLease).findOneByOrFail({ name: 'escalate' });
    expect(lease.expiresAt.getTime()).toBeLessThanOrEqual(Date.now());
  } finally {
    await check.destroy();
  }
  // No later slot started after stop().
  await new Promise((r) => setTimeout(r, 1500));
  expect(calls.started).toBe(1);
  expect(metrics.jobRuns.get({ job: 'escalate', outcome: 'ok' })).toBe(runsBefore + 1);
  expect(metrics.escalationsFired.get()).toBe(firedBefore + 2);
});
