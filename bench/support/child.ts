/**
 * Runs one bench file in its own process for bench/run.ts: a file that exports `run()` (and
 * guards its own start with `require.main === module`) is called; a file without it runs when
 * loaded (its top-level code starts it).
 */
import path from 'node:path';

const file = process.argv[2];
const mod = require(path.resolve(file));
if (typeof mod.run === 'function') {
  Promise.resolve(mod.run()).then(
    () => process.exit(0),
    (e: unknown) => {
      console.error(e);
      process.exit(1);
    },
  );
}
