/**
 * jest globalSetup: builds this run's seeded template databases (test/support/templates.ts) in a
 * child process and hands their manifest to the workers through CS_TEST_TEMPLATES. Runs for a
 * single file too (`npx jest test/x.test.ts`).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT, tsRegister } from '../../bench/support/server';
import { MANIFEST_ENV, newRunId, runIsStale } from './templates';

const SCRATCH_PREFIX = 'cs-jest-';

/** Scratch directories of interrupted runs (their teardown never came). */
function removeStaleScratch(): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (name.startsWith(SCRATCH_PREFIX) && runIsStale(name.slice(SCRATCH_PREFIX.length))) {
      fs.rmSync(path.join(os.tmpdir(), name), { recursive: true, force: true });
    }
  }
}

export default async function globalSetup(): Promise<void> {
  removeStaleScratch();
  const run = newRunId();
  const dir = path.join(os.tmpdir(), `${SCRATCH_PREFIX}${run}`);
  fs.mkdirSync(dir);
  const env: NodeJS.ProcessEnv = { ...process.env, CS_TEMPLATE_RUN: run, CS_TEMPLATE_DIR: dir, LOG_LEVEL: 'warn' };
  const child = spawn(process.execPath, ['-r', tsRegister(), path.join(__dirname, 'build-templates.ts')], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  let err = '';
  child.stderr.on('data', (d) => (err += d));
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', resolve);
  });
  if (code !== 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw new Error(`building the test template databases failed (exit ${code}):\n${err}`);
  }
  // Workers start after the global setup and inherit this.
  process.env[MANIFEST_ENV] = path.join(dir, 'templates.json');
}
