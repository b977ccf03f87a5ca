/**
 * Runs one bench file in its own process for bench/run.ts: a file that exports `run()` (and
 * guards its own start with `require.main === module`) is called; a file without it runs when
 * loaded (its top-level code starts it).
 */
import path from 'node:path';

const file = process.argv[2];
const mod = require(path.resolve(file));
// stdout is a pipe to bench/run.ts, written asynchronously: exiting at once dropped whatever was
// still queued (the classify bench lost its last figures behind ~200 printed misses). Exit once
// everything written so far has been handed over.
const exit = (code: number) => process.stdout.write('', () => process.exit(code));
if (typeof mod.run === 'function') {
  Promise.resolve(mod.run()).then(
    () => exit(0),
    (e: unknown) => {
      console.error(e);
      exit(1);
    },
  );
}
