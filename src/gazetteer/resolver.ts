/**
 * In-memory place index over the division tree, and free-text village resolution.
 *
 * Built to hold all 620k villages: one node per division in parallel typed arrays, names as
 * plain strings, villages with the same short name chained through `nextSameName` (laid out
 * contiguously by `seal()` before queries) instead of per-name arrays. Only non-village codes
 * are in a Map; a village is found under its township.
 */
import { readDivisions, type DivisionRow, type ReadDivisionsOptions } from './divisions';
import { coreName, PLACEHOLDER_NAMES, shortName, type DivisionLevel } from './normalize';

export type PlaceCandidate = { code: string; name: string; path: string };

export type PlaceResult =
  | { status: 'resolved'; village: PlaceCandidate; matchedText: string }
  | { status: 'ambiguous'; candidates: PlaceCandidate[]; total: number; commonAncestor: string | null }
  | { status: 'unknown' };

export interface PlaceInfo {
  code: string;
  /** Spoken form (莲荷村); `officialName` is the statistical name (莲荷村委会). */
  name: string;
  officialName: string;
  level: DivisionLevel;
  parentCode: string | null;
  path: string;
}

export interface ResolveOptions {
  /** Any-level code: the group's or caller's area. */
  context?: string;
  /** Cap on listed candidates when ambiguous (default 20). */
  limit?: number;
}

const LEVELS: readonly DivisionLevel[] = ['province', 'city', 'county', 'township', 'village'];
const LEVEL_NUM: Record<DivisionLevel, number> = { province: 1, city: 2, county: 3, township: 4, village: 5 };
const VILLAGE = 5;
const TOWNSHIP = 4;
const COUNTY = 3;
/** Longest name that can be matched in text; longer official names are indexed but never typed. */
const MAX_KEY = 32;

/**
 * Real village names that are also ordinary words (中心村 = a planning term, 新农村, 隔壁村 …).
 * They only count when the text or the context also places them (see `weak`).
 */
const GENERIC_NAMES: ReadonlySet<string> = new Set([
  '新村',
  '新农村',
  '中心村',
  '中心社区',
  '城中村',
  '自然村',
  '行政村',
  '示范村',
  '移民村',
  '山村',
  '老村',
  '全村',
  '外村',
  '生活区',
  '集镇社区',
  '城郊村',
  '美丽村',
  '文明村',
  '先进村',
  '后进村',
  '农业村',
  '渔村',
  '工业村',
  '街道社区',
  '新区社区',
  '园区社区',
  '老家村',
  '隔壁村',
]);

// What people write for the committee is folded into the spoken form before matching, the
// same way shortName() treats official names (团结村居委会 → 团结村, 于村村民委员会 → 于村).
const TEXT_FOLDS: ReadonlyArray<readonly [RegExp, (m: string, pre?: string) => string]> = [
  [/社区居民委员会|社区居委会|社区居委/g, () => '社区'],
  [/(村)?(?:居民委员会|居委会)/g, (_m, pre) => (pre ? '村' : '社区')],
  [/嘎查村?委员?会/g, () => '嘎查'],
  [/(村|社区)?(?:村民委员会|村委会|村委)/g, (_m, pre) => pre ?? '村'],
  [/街道办事处/g, () => '街道'],
];

export function normalizeText(text: string): string {
  let t = text.normalize('NFKC').replace(/\s+/g, '');
  for (const [re, to] of TEXT_FOLDS) t = t.replace(re, to as (m: string, ...rest: string[]) => string);
  return t;
}

/** Stored strings must not be slices of a whole CSV line (V8 keeps the parent alive). */
function own(s: string): string {
  return s.length < 13 ? s : Buffer.from(s, 'utf8').toString('utf8');
}

interface Mention {
  start: number;
  end: number;
  kind: 'area' | 'core' | 'village';
  /** Area ids (area/core); for villages `head` chains the name, `ids` lists chain matches. */
  ids: number[];
  head: number;
  weak: boolean;
  valid: boolean;
  /** A county's core said as a place (双辽这边, 俺们泌阳): valid on its own. */
  spoken?: boolean;
}

// 双辽这边, 泌阳那块, 伊通这嘎达, 双清的人: a county's core right before these is the place, not a word.
const SPOKEN_AFTER = /这边|那边|这块|那块|这嘎达|那嘎达|这旮|那旮|这疙瘩|那疙瘩|这里|那里|这儿|那儿|这片|那片|县城|城里|乡下|农村|老家|地界|的人|人/g;
// 俺们双辽, 咱泌阳, 住伊通, 是双辽的: right after these.
const SPOKEN_BEFORE = /俺们|我们|咱们|俺|咱|住在|住|家在|是/g;

export class PlaceIndex {
  private size = 0;
  private cap = 0;
  private codeNum = new Float64Array(0);
  private parent = new Int32Array(0);
  private level = new Uint8Array(0);
  private firstChild = new Int32Array(0);
  private lastChild = new Int32Array(0);
  private nextSibling = new Int32Array(0);
  private nextSameName = new Int32Array(0);
  private names: string[] = [];
  /** Only where it differs from the short name. */
  private official: (string | undefined)[] = [];
  private readonly roots: number[] = [];
  private readonly pathCache = new Map<number, string>();
  private sealed = false;
  private groups = new Int32Array(0);
  private groupOf = new Int32Array(0);
  private readonly levelCounts = [0, 0, 0, 0, 0, 0];

  private readonly areaByCode = new Map<string, number>();
  private readonly villageByName = new Map<string, number>();
  /** Area names: full (火车站乡, 伊通县) anywhere in text, cores (邵阳, 火车站) only before a mention. */
  private readonly areaFull = new Map<string, number[]>();
  private readonly areaCore = new Map<string, number[]>();
  private maxCore = 0;
  private readonly areaCodes: string[] = [];
  /**
   * Per first/last UTF-16 unit: bit L-1 set when some key of length L starts/ends with it.
   * Checking both ends of a substring skips almost every Map lookup on ordinary text.
   */
  private readonly villageEnds = new Uint32Array(65536);
  private readonly villageStarts = new Uint32Array(65536);
  private readonly areaEnds = new Uint32Array(65536);
  private readonly areaStarts = new Uint32Array(65536);

  static async fromDivisions(opts: ReadDivisionsOptions): Promise<PlaceIndex> {
    const index = new PlaceIndex();
    for await (const row of readDivisions(opts)) index.add(row);
    return index;
  }

  /** Add one division; parents must be added before their children. Re-adding a code is a no-op. */
  add(row: DivisionRow): void {
    const lv = LEVEL_NUM[row.level];
    if (!lv) throw new Error(`unknown level ${row.level} for ${row.code}`);
    let parentId = -1;
    if (lv > 1) {
      const pc = row.parentCode ?? row.code.slice(0, [0, 0, 2, 4, 6, 9][lv]);
      const p = this.areaByCode.get(pc);
      if (p === undefined) throw new Error(`PlaceIndex.add: parent ${pc} of ${row.code} must be added first`);
      parentId = p;
    }
    const num = Number(row.code);
    if (lv < VILLAGE) {
      if (this.areaByCode.has(row.code)) return;
    } else {
      for (let c = this.firstChild[parentId]; c >= 0; c = this.nextSibling[c]) if (this.codeNum[c] === num) return;
    }

    if (this.size === this.cap) this.grow();
    const id = this.size++;
    const short = own(shortName(row.name, row.level));
    this.codeNum[id] = num;
    this.parent[id] = parentId;
    this.level[id] = lv;
    this.firstChild[id] = -1;
    this.lastChild[id] = -1;
    this.nextSibling[id] = -1;
    this.nextSameName[id] = -1;
    this.names[id] = short;
    this.official[id] = row.name === short ? undefined : own(row.name);
    this.levelCounts[lv]++;
    if (parentId < 0) this.roots.push(id);
    else if (this.lastChild[parentId] < 0) this.firstChild[parentId] = this.lastChild[parentId] = id;
    else this.lastChild[parentId] = this.nextSibling[this.lastChild[parentId]] = id;

    if (lv === VILLAGE) {
      this.sealed = false;
      const head = this.villageByName.get(short);
      if (head !== undefined) this.nextSameName[id] = head;
      this.villageByName.set(short, id);
      mark(this.villageStarts, this.villageEnds, short);
    } else {
      this.areaByCode.set(row.code, id);
      this.areaCodes[id] = own(row.code);
      this.indexArea(id, row.name, short, lv);
    }
  }

  private indexArea(id: number, official: string, short: string, lv: number): void {
    if (PLACEHOLDER_NAMES.has(short)) return;
    const full = new Set([own(official), short]);
    const core = coreName(short);
    // 伊通满族自治县 is said 伊通县, 延边朝鲜族自治州 延边州.
    const auto = /自治([县州旗])$/.exec(short);
    if (auto && core.length >= 2) full.add(own(core + auto[1]));
    for (const k of full) {
      const ids = this.areaFull.get(k);
      if (!ids) this.areaFull.set(k, [id]);
      else if (!ids.includes(id)) ids.push(id);
      mark(this.areaStarts, this.areaEnds, k);
    }
    if (core.length >= 2 && core.length <= MAX_KEY && !full.has(core)) {
      const ids = this.areaCore.get(core);
      if (!ids) this.areaCore.set(own(core), [id]);
      else if (!ids.includes(id)) ids.push(id);
      this.maxCore = Math.max(this.maxCore, core.length);
    }
  }

  private grow(): void {
    this.resize(Math.max(1024, Math.ceil(this.cap * 1.5)));
  }

  private resize(cap: number): void {
    const g = <T extends Float64Array | Int32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
      const b = make(cap);
      b.set((a.length > cap ? a.subarray(0, cap) : a) as never);
      return b;
    };
    this.codeNum = g(this.codeNum, (n) => new Float64Array(n));
    this.parent = g(this.parent, (n) => new Int32Array(n));
    this.level = g(this.level, (n) => new Uint8Array(n));
    this.firstChild = g(this.firstChild, (n) => new Int32Array(n));
    this.lastChild = g(this.lastChild, (n) => new Int32Array(n));
    this.nextSibling = g(this.nextSibling, (n) => new Int32Array(n));
    this.nextSameName = g(this.nextSameName, (n) => new Int32Array(n));
    this.cap = cap;
  }

  stats(): {
    provinces: number;
    cities: number;
    counties: number;
    townships: number;
    villages: number;
    villageNames: number;
    areaKeys: number;
  } {
    const c = this.levelCounts;
    return {
      provinces: c[1],
      cities: c[2],
      counties: c[3],
      townships: c[4],
      villages: c[5],
      villageNames: this.villageByName.size,
      areaKeys: this.areaFull.size + this.areaCore.size,
    };
  }

  // ---- lookups ----------------------------------------------------------------------------

  private idOf(code: string): number {
    if (code.length < 12) return this.areaByCode.get(code) ?? -1;
    if (code.length !== 12 || !/^\d+$/.test(code)) return -1;
    const t = this.areaByCode.get(code.slice(0, 9));
    if (t === undefined) return -1;
    const num = Number(code);
    for (let c = this.firstChild[t]; c >= 0; c = this.nextSibling[c]) if (this.codeNum[c] === num) return c;
    return -1;
  }

  /** Village codes are built from the township's: number-to-string of 12 digits is slow. */
  private code(id: number): string {
    if (this.level[id] !== VILLAGE) return this.areaCodes[id];
    const p = this.parent[id];
    return this.areaCodes[p] + String(this.codeNum[id] - this.codeNum[p] * 1000).padStart(3, '0');
  }

  /** Short names from the province down, placeholders (市辖区 …) left out. Area paths are cached. */
  private path(id: number): string {
    if (id < 0) return '';
    const name = PLACEHOLDER_NAMES.has(this.names[id]) ? '' : this.names[id];
    if (this.level[id] === VILLAGE) return this.path(this.parent[id]) + name;
    let p = this.pathCache.get(id);
    if (p === undefined) this.pathCache.set(id, (p = this.path(this.parent[id]) + name));
    return p;
  }

  private candidate(id: number): PlaceCandidate {
    return { code: this.code(id), name: this.names[id], path: this.path(id) };
  }

  lookup(code: string): PlaceInfo | null {
    const id = this.idOf(code);
    if (id < 0) return null;
    const p = this.parent[id];
    return {
      code: this.code(id),
      name: this.names[id],
      officialName: this.official[id] ?? this.names[id],
      level: LEVELS[this.level[id] - 1],
      parentCode: p < 0 ? null : this.code(p),
      path: this.path(id),
    };
  }

  /** Direct children in code order; provinces when `code` is omitted. [] for unknown codes. */
  children(code?: string | null): Array<{ code: string; name: string; level: DivisionLevel }> {
    let ids: number[];
    if (code == null) ids = this.roots.slice();
    else {
      const id = this.idOf(code);
      if (id < 0) return [];
      ids = [];
      for (let c = this.firstChild[id]; c >= 0; c = this.nextSibling[c]) ids.push(c);
    }
    ids.sort((a, b) => this.codeNum[a] - this.codeNum[b]);
    return ids.map((c) => ({ code: this.code(c), name: this.names[c], level: LEVELS[this.level[c] - 1] }));
  }

  private isWithin(id: number, anc: number): boolean {
    const al = this.level[anc];
    let x = id;
    while (x >= 0 && this.level[x] > al) x = this.parent[x];
    return x === anc;
  }

  /** Depth (1..5) of the deepest division containing both; 0 if none. */
  private sharedDepth(a: number, b: number): number {
    while (a >= 0 && this.level[a] > this.level[b]) a = this.parent[a];
    while (b >= 0 && this.level[b] > this.level[a]) b = this.parent[b];
    while (a !== b && a >= 0 && b >= 0) {
      a = this.parent[a];
      b = this.parent[b];
    }
    return a >= 0 && a === b ? this.level[a] : 0;
  }

  // ---- resolution -------------------------------------------------------------------------

  /**
   * Find the village a free-text message is about.
   *
   * Rules: a village is mentioned by its spoken name (莲荷村, folded from 莲荷村委会 …), or by its
   * core right after a township's full name (火车站乡莲荷). Area names in the text narrow the
   * candidates to those under the most mentioned areas; a core-only area name (邵阳, 火车站)
   * counts only when immediately followed by another place mention. Names that are ordinary
   * words (新村, 东村, 隔壁村) count only when the text or context places them. Then the context
   * narrows, from the context code up to its county, the first level with a match winning;
   * nothing inside means the wider result stands. Two or more left → ambiguous, never a guess.
   * A village context with no village named in the text resolves to that village. Unknown
   * context codes are ignored.
   */
  resolve(text: string, opts: ResolveOptions = {}): PlaceResult {
    if (!this.sealed) this.seal();
    const t = normalizeText(text);
    const ctx = opts.context ? this.idOf(opts.context) : -1;
    const mentions = this.prune(this.scan(t));
    const areas = mentions.filter((m) => m.kind !== 'village' && m.valid);
    const villages = mentions.filter((m) => m.kind === 'village');

    // Context scopes, narrowest first: the context itself, then up to its county.
    const scopes: number[] = [];
    for (let x = ctx; x >= 0; x = this.parent[x]) {
      scopes.push(x);
      if (this.level[x] <= COUNTY) break;
    }
    const widest = scopes.length ? scopes[scopes.length - 1] : -1;

    // Score = number of area mentions (spans) containing the village, walked from its township.
    const areaBits = new Map<number, number>();
    areas.forEach((m, i) => {
      for (const id of m.ids) areaBits.set(id, (areaBits.get(id) ?? 0) | (1 << Math.min(i, 30)));
    });
    const score = (tw: number): number => {
      let bits = 0;
      for (let x = tw; x >= 0; x = this.parent[x]) bits |= areaBits.get(x) ?? 0;
      let n = 0;
      for (; bits; bits &= bits - 1) n++;
      return n;
    };

    // Candidates in reusable typed arrays (village, its township, score, mention index): common
    // names have hundreds, and per-query arrays or objects cost more than the matching itself.
    let need = 0;
    for (const m of villages) need += m.ids.length + (m.head >= 0 ? this.groups[this.groupOf[m.head]] : 0);
    const S = this.scratchFor(need);
    const { ids, tws, scores, from } = S;
    let n = 0;
    const overlap = villages.length > 1 || villages.some((m) => m.ids.length && m.head >= 0);
    const seen = overlap ? new Set<number>() : null;
    const consider = (id: number, tw: number, mi: number): void => {
      if (seen) {
        if (seen.has(id)) return;
        seen.add(id);
      }
      const s = areas.length ? score(tw) : 0;
      if (villages[mi].weak && s === 0 && !(widest >= 0 && this.within(id, tw, widest))) return;
      ids[n] = id;
      tws[n] = tw;
      scores[n] = s;
      from[n++] = mi;
    };
    const g = this.groups;
    for (let mi = 0; mi < villages.length; mi++) {
      const m = villages[mi];
      for (const id of m.ids) consider(id, this.parent[id], mi);
      if (m.head < 0) continue;
      const off = this.groupOf[m.head];
      for (let k = off + 1, end = off + 2 * g[off]; k <= end; k += 2) consider(g[k], g[k + 1], mi);
    }

    if (n === 0) {
      if (ctx >= 0 && this.level[ctx] === VILLAGE) {
        return { status: 'resolved', village: this.candidate(ctx), matchedText: '' };
      }
      return { status: 'unknown' };
    }
    let best = 0;
    for (let i = 0; i < n; i++) if (scores[i] > best) best = scores[i];
    let keep = S.keep;
    let kn = 0;
    for (let i = 0; i < n; i++) if (scores[i] === best) keep[kn++] = i;
    for (const scope of scopes) {
      const inside = keep === S.keep ? S.keep2 : S.keep;
      let inN = 0;
      for (let j = 0; j < kn; j++) if (this.within(ids[keep[j]], tws[keep[j]], scope)) inside[inN++] = keep[j];
      if (inN) {
        keep = inside;
        kn = inN;
        break;
      }
    }

    if (kn === 1) {
      const i = keep[0];
      const m = villages[from[i]];
      // Extend over the address written right before the village (双清区火车站乡莲荷村).
      let start = m.start;
      for (let moved = true; moved; ) {
        moved = false;
        for (const a of areas) {
          if (a.end === start && a.ids.some((x) => this.isWithin(tws[i], x))) {
            start = a.start;
            moved = true;
          }
        }
      }
      return { status: 'resolved', village: this.candidate(ids[i]), matchedText: t.slice(start, m.end) };
    }

    // Index order (code order when built from readDivisions); nearest the context first.
    let order: ArrayLike<number> = keep.subarray(0, kn);
    let sortedOk = true;
    for (let j = 1; j < kn && sortedOk; j++) sortedOk = ids[keep[j]] > ids[keep[j - 1]];
    if (!sortedOk) order = Array.from(order).sort((x, y) => ids[x] - ids[y]);
    if (ctx >= 0) {
      const byDepth: number[][] = [[], [], [], [], [], []];
      for (let j = 0; j < kn; j++) byDepth[this.sharedDepth(tws[order[j]], ctx)].push(order[j]);
      order = byDepth.reverse().flat();
    }
    let common = tws[order[0]];
    for (let j = 0; j < kn && common >= 0; j++) {
      while (common >= 0 && !this.isWithin(tws[order[j]], common)) common = this.parent[common];
    }
    const limit = Math.min(kn, opts.limit ?? 20);
    const candidates: PlaceCandidate[] = [];
    for (let j = 0; j < limit; j++) candidates.push(this.candidate(ids[order[j]]));
    return {
      status: 'ambiguous',
      candidates,
      total: kn,
      commonAncestor: common >= 0 ? this.code(common) : null,
    };
  }

  /**
   * The township or county a message names when it names no village ("我是双辽市茂林镇的 我们屯里…"):
   * the deepest area (township, else county) that every area mention agrees with, or null. Two
   * townships of the same name in different counties with nothing to tell them apart give their
   * common county when they share one, else null; never a guess. A context (the group's area)
   * keeps only areas inside its county when some are, and is itself the answer when the text
   * names no area at all and the context is a township or county.
   */
  resolveArea(text: string, opts: Pick<ResolveOptions, 'context'> = {}): { code: string; level: 'township' | 'county'; path: string } | null {
    const t = normalizeText(text);
    const mentions = this.prune(this.scan(t)).filter((m) => m.kind !== 'village' && m.valid);
    const ctx = opts.context ? this.idOf(opts.context) : -1;
    let ctxCounty = ctx;
    while (ctxCounty >= 0 && this.level[ctxCounty] > COUNTY) ctxCounty = this.parent[ctxCounty];
    const answer = (id: number) => {
      const lv = this.level[id];
      return lv === TOWNSHIP || lv === COUNTY
        ? { code: this.code(id), level: lv === TOWNSHIP ? ('township' as const) : ('county' as const), path: this.path(id) }
        : null;
    };
    if (!mentions.length) {
      if (ctx < 0) return null;
      let x = ctx;
      while (x >= 0 && this.level[x] > TOWNSHIP) x = this.parent[x];
      return x >= 0 ? answer(x) : null;
    }
    // Each candidate counts the mentions it lies within (itself or an ancestor named).
    const cands = new Set<number>();
    for (const m of mentions) for (const id of m.ids) if (this.level[id] >= COUNTY && this.level[id] <= TOWNSHIP) cands.add(id);
    let list = [...cands];
    if (ctxCounty >= 0 && this.level[ctxCounty] === COUNTY) {
      const inside = list.filter((id) => this.isWithin(id, ctxCounty));
      if (inside.length) list = inside;
    }
    if (!list.length) return null;
    const score = (id: number) => mentions.filter((m) => m.ids.some((a) => this.isWithin(id, a))).length;
    const scores = list.map(score);
    const best = Math.max(...scores);
    list = list.filter((_, i) => scores[i] === best);
    const deepest = Math.max(...list.map((id) => this.level[id]));
    const at = list.filter((id) => this.level[id] === deepest);
    if (at.length === 1) return answer(at[0]);
    // Same-named townships: their county if they share one.
    let common = at[0];
    while (common >= 0 && !at.every((id) => this.isWithin(id, common))) common = this.parent[common];
    return common >= 0 && this.level[common] === COUNTY ? answer(common) : null;
  }

  private scratch = PlaceIndex.buffers(0);

  private static buffers(c: number) {
    const a = () => new Int32Array(c);
    return { ids: a(), tws: a(), scores: a(), from: a(), keep: a(), keep2: a() };
  }

  /** resolve() is synchronous, so one set of buffers serves every call. */
  private scratchFor(n: number): PlaceIndex['scratch'] {
    if (this.scratch.ids.length < n) this.scratch = PlaceIndex.buffers(Math.max(256, n * 2));
    return this.scratch;
  }

  /** Village `id` (township `tw`) lies in `scope`; villages' own slots stay untouched. */
  private within(id: number, tw: number, scope: number): boolean {
    return this.level[scope] === VILLAGE ? id === scope : this.isWithin(tw, scope);
  }

  /**
   * Lay each village name's chain out contiguously, [count, id, township, id, township …] in id
   * order: walking 400 太平村 through the linked chain is 400 cache misses. Redone after adds.
   */
  private seal(): void {
    const next = this.nextSameName;
    const groups = new Int32Array(this.villageByName.size + 2 * this.levelCounts[VILLAGE]);
    if (this.groupOf.length < this.size) this.groupOf = new Int32Array(this.size);
    let off = 0;
    for (const head of this.villageByName.values()) {
      let n = 0;
      for (let id = head; id >= 0; id = next[id]) n++;
      groups[off] = n;
      // The chain runs newest first; fill from the back to get ascending ids.
      let k = off + 2 * n - 1;
      for (let id = head; id >= 0; id = next[id], k -= 2) {
        groups[k] = id;
        groups[k + 1] = this.parent[id];
      }
      this.groupOf[head] = off;
      off += 2 * n + 1;
    }
    this.groups = groups;
    this.sealed = true;
    if (this.cap > this.size * 1.05) this.resize(this.size);
  }

  /**
   * Place-name occurrences in normalized text: every village name, the longest full area name
   * ending at each position, township-then-core villages, and cores right before a mention.
   */
  private scan(t: string): Mention[] {
    const out: Mention[] = [];
    const n = t.length;
    for (let e = 1; e <= n; e++) {
      const ch = t.charCodeAt(e - 1);
      const vm = this.villageEnds[ch];
      if (vm) {
        for (let len = Math.min(MAX_KEY, e); len >= 1; len--) {
          const bit = 1 << (len - 1);
          if (!(vm & bit) || !(this.villageStarts[t.charCodeAt(e - len)] & bit)) continue;
          const key = t.slice(e - len, e);
          const head = this.villageByName.get(key);
          // Every length, not just the longest: prune() decides between 镇西堡村 and 西堡村.
          if (head === undefined) continue;
          out.push({ start: e - len, end: e, kind: 'village', ids: [], head, weak: isWeak(key), valid: true });
        }
      }
      const am = this.areaEnds[ch];
      if (am) {
        for (let len = Math.min(MAX_KEY, e); len >= 1; len--) {
          const bit = 1 << (len - 1);
          if (!(am & bit) || !(this.areaStarts[t.charCodeAt(e - len)] & bit)) continue;
          const ids = this.areaFull.get(t.slice(e - len, e));
          if (!ids) continue;
          out.push({ start: e - len, end: e, kind: 'area', ids, head: -1, weak: false, valid: true });
          break;
        }
      }
    }
    // 火车站乡莲荷: a village's core right after its township's full name.
    for (const m of out.slice()) {
      if (m.kind !== 'area') continue;
      for (const tid of m.ids) {
        if (this.level[tid] !== TOWNSHIP) continue;
        const first = t.charCodeAt(m.end);
        for (let c = this.firstChild[tid]; c >= 0; c = this.nextSibling[c]) {
          const name = this.names[c];
          if (name.charCodeAt(0) !== first) continue;
          let len = 0;
          if (t.startsWith(name, m.end)) len = name.length;
          else {
            const core = villageCore(name);
            if (core.length >= 2 && t.startsWith(core, m.end)) len = core.length;
          }
          if (!len) continue;
          out.push({ start: m.end, end: m.end + len, kind: 'village', ids: [c], head: -1, weak: false, valid: true });
        }
      }
    }
    // Cores (邵阳, 双清, 火车站) are ordinary words too often to match anywhere: look for them
    // only right before another mention, walking back along the address (湖南邵阳双清区…).
    const starts = new Set<number>();
    const work: number[] = [];
    for (const m of out) if (!starts.has(m.start)) starts.add(m.start), work.push(m.start);
    while (work.length) {
      const p = work.pop()!;
      for (let len = Math.min(this.maxCore, p); len >= 2; len--) {
        const ids = this.areaCore.get(t.slice(p - len, p));
        if (!ids) continue;
        out.push({ start: p - len, end: p, kind: 'core', ids, head: -1, weak: false, valid: false });
        if (!starts.has(p - len)) starts.add(p - len), work.push(p - len);
        break;
      }
    }
    this.spokenCounties(t, out);
    return out;
  }

  /**
   * A county is often said by its core alone (双辽, not 双辽市): it counts where the words around it
   * make it a place (这边 after it, 俺们 before it), and a township's core right after a county
   * mention is that township (双辽茂林那边). Only counties: township cores (红旗, 胜利, 光明) are
   * ordinary words far too often.
   */
  private spokenCounties(t: string, out: Mention[]): void {
    if (!this.maxCore) return;
    const found: Mention[] = [];
    const county = (start: number, end: number): boolean => {
      const ids = this.areaCore.get(t.slice(start, end))?.filter((id) => this.level[id] === COUNTY);
      if (!ids?.length) return false;
      found.push({ start, end, kind: 'core', ids, head: -1, weak: false, valid: true, spoken: true });
      return true;
    };
    // 双辽茂林那边: a township core before the marker counts when its county's core is right before it.
    const countyThenTown = (start: number, end: number): boolean => {
      for (const tw of this.areaCore.get(t.slice(start, end)) ?? []) {
        const c = this.parent[tw];
        if (this.level[tw] !== TOWNSHIP || c < 0 || this.level[c] !== COUNTY) continue;
        const core = coreName(this.names[c]);
        if (core.length >= 2 && t.startsWith(core, start - core.length)) return county(start - core.length, start);
      }
      return false;
    };
    // Only around the marker words: most texts have none, and cost nothing more.
    for (const m of t.matchAll(SPOKEN_AFTER))
      for (let len = Math.min(this.maxCore, m.index); len >= 2 && !county(m.index - len, m.index) && !countyThenTown(m.index - len, m.index); len--);
    for (const m of t.matchAll(SPOKEN_BEFORE)) {
      const at = m.index + m[0].length;
      for (let len = Math.min(this.maxCore, t.length - at); len >= 2 && !county(at, at + len); len--);
    }
    for (const m of out) if (m.kind === 'area' && m.ids.some((id) => this.level[id] === COUNTY)) found.push(m);
    // A township by its core right after a county mention (双辽茂林, 双辽市茂林那边).
    const towns: Mention[] = [];
    for (const m of found) {
      const tw = this.townshipAfter(t, m.end, m.ids);
      if (tw) towns.push(tw);
    }
    out.push(...found.filter((m) => m.spoken), ...towns);
  }

  /** 双辽茂林: a township of one of `counties` said by its core right at `at`. */
  private townshipAfter(t: string, at: number, counties: number[]): Mention | null {
    for (const cid of counties) {
      if (this.level[cid] !== COUNTY) continue;
      for (let c = this.firstChild[cid]; c >= 0; c = this.nextSibling[c]) {
        if (this.level[c] !== TOWNSHIP) continue;
        const core = coreName(this.names[c]);
        if (core.length >= 2 && core !== this.names[c] && t.startsWith(core, at) && !t.startsWith(this.names[c], at))
          return { start: at, end: at + core.length, kind: 'core', ids: [c], head: -1, weak: false, valid: true, spoken: true };
      }
    }
    return null;
  }

  /** Settle overlapping mentions into one reading of the text, then validate core-only names. */
  private prune(ms: Mention[]): Mention[] {
    // Same span and kind: one mention (a chain match joins the name match, weakness lifted).
    const merged: Mention[] = [];
    for (const m of ms) {
      const same = merged.find((k) => k.start === m.start && k.end === m.end && k.kind === m.kind);
      if (!same) merged.push(m);
      else if (m.kind === 'village') {
        same.ids.push(...m.ids); // village ids arrays are per query, never the index's
        if (same.head < 0) same.head = m.head;
        same.weak = same.weak && m.weak;
      }
    }
    // Villages against full area names: 潞城镇西堡村 is 潞城镇 + 西堡村, not 潞城 + 镇西堡村; a
    // village spelled exactly like an area (莲花社区 the township) needs support like 新村 does.
    // Villages starting inside an area name go first, so that 县南村 (广灵县南村镇) cannot then
    // knock out 南村镇; a surviving village running into an area name wins over it.
    const dropped = new Set<Mention>();
    const villages = merged.filter((m) => m.kind === 'village');
    const areas: Mention[] = [];
    // Area names read left to right: 谭坊镇西镇武村 has 谭坊镇, not 镇西镇.
    for (const a of merged.filter((m) => m.kind === 'area').sort((x, y) => x.start - y.start)) {
      if (areas.some((b) => b.start < a.start && a.start < b.end && b.end < a.end)) dropped.add(a);
      else areas.push(a);
    }
    for (const v of villages) {
      for (const a of areas) {
        if (a.start === v.start && a.end === v.end) v.weak = true;
        else if (a.start < v.start && v.start < a.end && a.end < v.end) dropped.add(v);
      }
    }
    for (const v of villages) {
      if (dropped.has(v)) continue;
      for (const a of areas) if (v.start < a.start && a.start < v.end && v.end < a.end) dropped.add(a);
    }
    // Then anything inside a longer mention goes (东风村 inside 红东风村, 双辽 inside 双辽市).
    const rest = merged.filter((m) => !dropped.has(m));
    const isVillage = (m: Mention) => (m.kind === 'village' ? 1 : 0);
    rest.sort((a, b) => b.end - b.start - (a.end - a.start) || isVillage(a) - isVillage(b));
    const kept: Mention[] = [];
    for (const m of rest) {
      const inside = kept.some((k) => k.start <= m.start && m.end <= k.end && !(k.start === m.start && k.end === m.end && isVillage(k) !== isVillage(m)));
      if (!inside) kept.push(m);
    }
    // A core-only name (邵阳, 火车站) counts only as part of an address: followed by a mention.
    kept.sort((a, b) => b.start - a.start);
    for (const m of kept) {
      if (m.kind === 'core') m.valid = !!m.spoken || kept.some((k) => k !== m && k.valid && k.start === m.end);
    }
    kept.sort((a, b) => a.start - b.start);
    return kept;
  }
}

/** coreName for spoken village names, without the regex work on the hot path. */
function villageCore(name: string): string {
  if (name.endsWith('村')) return name.slice(0, -1);
  if (name.endsWith('社区') || name.endsWith('嘎查')) return name.slice(0, -2);
  return coreName(name);
}

/** Needs support from the text or context: 新村, 东村 (one-character core), 村西村 (in 东村西村). */
function isWeak(name: string): boolean {
  return GENERIC_NAMES.has(name) || name.startsWith('村') || villageCore(name).length < 2;
}

function mark(starts: Uint32Array, ends: Uint32Array, key: string): void {
  if (key.length > MAX_KEY) return;
  starts[key.charCodeAt(0)] |= 1 << (key.length - 1);
  ends[key.charCodeAt(key.length - 1)] |= 1 << (key.length - 1);
}
