import { normalizeText, type PlaceIndex, readDivisions, shortName } from '../../src/gazetteer';
import type { CorpusRow } from '../../src/classify/evaluate';

/**
 * Where the text resolver (no group or caller context) puts a labelled corpus's complaints,
 * against the place the writer labelled (the most specific name as written). Only labels the
 * gazetteer knows are judged; a name several villages share is "asked" (the bot lists them, a
 * bound group or the caller's county settles it in service); a village the writer made up in a
 * real township, given that township, counts as placed.
 */
export interface PlaceTally {
  judged: number;
  right: number;
  asked: number;
  township: number;
  wrong: number;
  none: number;
  /** Complaints labelled with no village that the resolver gave a village anyway. */
  invented: number;
  /** Complaints labelled with no village that name a township or county, routed to it (the routing rule: county and township named
   * without a village go to the township, a county alone to its 信访局). Round 52: counted apart from `invented`, which counted them too. */
  areaNamed: number;
  unlabelled: number;
  misses: string[];
}

export async function namesOf(areas: string[]): Promise<Map<string, string[]>> {
  const byName = new Map<string, string[]>();
  for await (const r of readDivisions({ areas })) {
    for (const n of new Set([r.name, shortName(r.name, r.level), normalizeText(r.name)])) byName.set(n, [...(byName.get(n) ?? []), r.code]);
  }
  return byName;
}

export function placeTally(rows: CorpusRow[], index: PlaceIndex, byName: Map<string, string[]>): PlaceTally {
  const t: PlaceTally = { judged: 0, right: 0, asked: 0, township: 0, wrong: 0, none: 0, invented: 0, areaNamed: 0, unlabelled: 0, misses: [] };
  for (const row of rows.filter((r) => r.complaint)) {
    const r = index.resolve(row.text);
    const area = r.status === 'resolved' ? null : index.resolveArea(row.text);
    const got = r.status === 'resolved' ? r.village.code : (area?.code ?? null);
    if (!row.place) {
      t.unlabelled++;
      if (r.status === 'resolved') t.invented++;
      else if (got) t.areaNamed++;
      continue;
    }
    const codes = byName.get(row.place) ?? byName.get(normalizeText(row.place)) ?? [];
    if (!codes.length) continue;
    t.judged++;
    if (got && codes.includes(got)) t.right++;
    else if (r.status === 'ambiguous' && (!got || got.length < 9)) t.asked++;
    else if (got && got.length <= 9 && !codes.some((c) => c.startsWith(got)) && row.text.includes(index.lookup(got)?.name ?? '\u0000')) t.township++;
    else {
      if (got) t.wrong++;
      else t.none++;
      t.misses.push(`${row.place} -> ${got ? index.lookup(got)?.path : 'nothing'}: ${row.text.slice(0, 60)}`);
    }
  }
  return t;
}
