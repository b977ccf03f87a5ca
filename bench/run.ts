/**
 * `npm run bench [-- name …] [-- --seconds N …]`: every benchmark in bench/, one child process
 * each (so one bench's heap, JIT state and pinned CPUs do not colour the next), their output as
 * it comes, then one table of the figures with their baselines and ratios.
 *
 * Every bench/*.ts file is a bench (helpers live in bench/support/): one that exports `run()` is
 * called (it guards its own start with `require.main === module`), a script runs when loaded.
 * Figures come from `FIGURE {json}` lines (bench/support/report.ts); for a bench that prints
 * none, its lines mentioning a baseline or ratio are quoted in the summary instead.
 * Arguments other than bench names are passed on to every bench.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import type { Figure } from './support/report';
import { fmt } from './support/report';

const DIR = __dirname;
const ONLY_WHEN_NAMED = ['province.ts'];
const ROOT = path.resolve(DIR, '..');

function benches(): string[] {
  return fs
    .readdirSync(DIR)
    .filter((f) => f.endsWith('.ts') && f !== 'run.ts' && !f.startsWith('_'))
    .sort();
}

interface Outcome {
  name: string;
  code: number | null;
  seconds: number;
  figures: Figure[];
  quoted: string[];
}

function runOne(file: string, args: string[]): Promise<Outcome> {
  const name = file.replace(/\.ts$/, '');
  const started = Date.now();
  const child = spawn(
    process.execPath,
    ['--expose-gc', '-r', 'ts-node/register/transpile-only', path.join(DIR, 'support', 'child.ts'), path.join(DIR, file), ...args],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const figures: Figure[] = [];
  const quoted: string[] = [];
  readline.createInterface({ input: child.stdout! }).on('line', (line) => {
    if (line.startsWith('FIGURE ')) {
      try {
        figures.push(JSON.parse(line.slice('FIGURE '.length)));
        return;
      } catch {
        // not ours: print it like any line
      }
    }
    if (/baseline|ratio/i.test(line)) quoted.push(line.trim());
    process.stdout.write(`  ${line}\n`);
  });
  return new Promise((resolve) => child.on('exit', (code) => resolve({ name, code, seconds: (Date.now() - started) / 1000, figures, quoted })));
}

const num = (v: number, unit: string) => (unit.startsWith('ms') ? `${fmt(v, 1)} ${unit}` : `${fmt(v)}${unit}`);

async function main() {
  const all = benches();
  const argv = process.argv.slice(2);
  const wanted = argv.filter((a) => all.includes(`${a}.ts`) || all.includes(a));
  const passOn = argv.filter((a) => !wanted.includes(a));
  // The province bench builds millions of rows (minutes to an hour): only when named.
  const list = wanted.length
    ? all.filter((f) => wanted.includes(f) || wanted.includes(f.replace(/\.ts$/, '')))
    : all.filter((f) => !ONLY_WHEN_NAMED.includes(f));
  console.log(`benchmarks: ${list.map((f) => f.replace(/\.ts$/, '')).join(', ')}`);

  const results: Outcome[] = [];
  for (const f of list) {
    console.log(`\n### ${f.replace(/\.ts$/, '')}`);
    results.push(await runOne(f, passOn));
  }

  console.log('\n=== summary (ratio = 村声 / baseline, same machine, same run) ===');
  for (const r of results) {
    console.log(`\n${r.name}${r.code === 0 ? '' : `  — FAILED (exit ${r.code})`}  [${fmt(r.seconds)} s]`);
    for (const f of r.figures) {
      const base = f.baseline ? `  baseline ${f.baseline.name}: ${num(f.baseline.value, f.baseline.unit)}` : '';
      const ratio = f.ratio !== undefined ? `  ratio ${f.ratio.toFixed(2)}` : '';
      const target = f.target ? `  target ${f.target}: ${f.met ? 'met' : 'MISSED'}` : '';
      console.log(`  ${f.name}: ${num(f.value, f.unit)}${base}${ratio}${target}${f.note ? `  (${f.note})` : ''}`);
    }
    if (!r.figures.length) for (const q of r.quoted) console.log(`  ${q}`);
  }
  process.exit(results.every((r) => r.code === 0) ? 0 : 1);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
