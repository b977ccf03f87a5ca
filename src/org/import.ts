import { DataSource, EntityManager, In, Like } from 'typeorm';
import { inTransaction } from '../db/tx';
import { ChatTarget, ChatTargetKind } from '../entities/ChatTarget';
import { Staff, StaffRole, LeaderPosition } from '../entities/Staff';
import { Unit } from '../entities/Unit';
import { VillageAssignment } from '../entities/VillageAssignment';
import { readDivisions, DivisionRow } from '../gazetteer/divisions';
import { importDivisions } from '../gazetteer/import';
import { invalidatePlaceIndex } from '../gazetteer/store';
import { bumpCacheVersion } from '../db/cache-version';
import { countyOfCode, staffJurisdiction } from '../auth/scope';
import { mayIssueCredential } from '../auth/credentials';
import { handOverOpenTickets, SYSTEM } from '../tickets';
import type { Actor } from '../tickets';
import { CATEGORY_CODES, CATEGORY_NAMES, CategoryCode, UNIT_KIND_NAMES, UNIT_KINDS, UnitKind } from '../vocabulary';
import { Problem, problemText, readUpload, ReadSheet, SheetKind, SheetRow, sheetDef, UploadFile } from './sheets';

/**
 * org:import: a county's own units, staff, leaders, 包村 assignments and chat groups from the
 * template workbook. Everything is checked first (every problem named by sheet, row and column);
 * one invalid row and nothing is written. Rows are matched by stable keys (unit: jurisdiction
 * code + name; staff: phone; assignment: phone + village; group: jurisdiction + group name), so
 * importing the same file twice changes nothing. A staff sheet is the county's whole roster:
 * people missing from it are deactivated and their open tickets handed to their unit head.
 */

export interface OrgImportOptions {
  /** The county (6 digits). Inferred from the codes in the file when not given. */
  county?: string;
  dryRun?: boolean;
  /** Who imports (an admin of the county, a sysadmin, or the system for the CLI). */
  actor?: Actor;
  now?: Date;
}

export type ChangeAction = 'create' | 'update' | 'reactivate' | 'deactivate' | 'remove';

export interface OrgChange {
  sheet: string;
  row: number | null;
  action: ChangeAction;
  /** What changed, in the office's words: "双辽市水利局", "王建国（13904340001）". */
  what: string;
  /** For updates: the columns that differ. */
  fields?: string[];
}

export interface OrgImportReport {
  county: string | null;
  countyName: string | null;
  dryRun: boolean;
  /** True when the import was written (no problems, not a dry run). */
  applied: boolean;
  problems: Problem[];
  /** The problems as lines: "人员 第7行 手机号：格式不对". */
  problemLines: string[];
  warnings: string[];
  changes: OrgChange[];
  counts: Record<SheetKind, { create: number; update: number; reactivate: number; deactivate: number; remove: number; unchanged: number }>;
  /**
   * Open tickets handed over from people who left (only those the importer may read are counted:
   * a misconduct report is never revealed to the accused, not even as a number).
   */
  handedOver: number;
}

class Rollback extends Error {}

/** Whether a county admin could issue this person (as they would be placed) a credential. */
const mayCredential = (m: EntityManager, actor: Extract<Actor, { kind: 'admin' }>, target: Staff): Promise<boolean> =>
  mayIssueCredential(m, actor, actor.area, target, 'bind_code').then(
    () => true,
    () => false,
  );

/** Checks the upload and, unless it is a dry run or anything is wrong, applies it in one transaction. */
export async function importOrganisation(ds: DataSource, files: UploadFile[], opts: OrgImportOptions = {}): Promise<OrgImportReport> {
  const actor = opts.actor ?? SYSTEM;
  const now = opts.now ?? new Date();
  const dryRun = !!opts.dryRun;
  const read = readUpload(files);
  const report = emptyReport(dryRun, read.warnings);
  report.problems.push(...read.problems);

  const county = opts.county ?? (await inferCounty(ds, read.sheets, report.problems));
  if (!county) return finish(report);
  report.county = county;
  const divisions = await loadDivisions(county);
  if (!divisions.get(county)) {
    report.problems.push({ sheet: null, row: null, column: null, message: `县级区划代码 ${county} 不存在` });
    return finish(report);
  }
  report.countyName = divisions.get(county)!.name;
  if (report.problems.length) return finish(report);

  // The divisions are reference data (the same for every import): loaded before, outside the
  // import's transaction, and only when something is to be written.
  if (!dryRun) {
    const added = await importDivisions(ds, { areas: [county] });
    if (added.inserted) invalidatePlaceIndex();
  }

  try {
    const base = [...report.problems];
    await inTransaction(ds, async ({ manager }) => {
      // Units, staff and their tokens change with the import: every process's caches go with it.
      if (!dryRun) await bumpCacheVersion(manager, 'reference', 'tokens');
      // A deadlock retry runs this again: start the report afresh each time.
      Object.assign(report, { ...emptyReport(dryRun, [...read.warnings]), county: report.county, countyName: report.countyName, problems: [...base] });
      const ctx = await loadCounty(manager, county, divisions, actor);
      const plan = checkRows(ctx, read.sheets, report);
      if (report.problems.length) throw new Rollback();
      await apply(manager, ctx, plan, report, now);
      if (dryRun) throw new Rollback();
    });
    report.applied = !dryRun;
  } catch (e) {
    if (!(e instanceof Rollback)) throw e;
  }
  return finish(report);
}

function emptyReport(dryRun: boolean, warnings: string[]): OrgImportReport {
  const zero = () => ({ create: 0, update: 0, reactivate: 0, deactivate: 0, remove: 0, unchanged: 0 });
  return {
    county: null,
    countyName: null,
    dryRun,
    applied: false,
    problems: [],
    problemLines: [],
    warnings,
    changes: [],
    counts: { units: zero(), staff: zero(), assignments: zero(), chats: zero() },
    handedOver: 0,
  };
}

function finish(r: OrgImportReport): OrgImportReport {
  r.problemLines = r.problems.map(problemText);
  if (r.problems.length) {
    r.changes = [];
    r.handedOver = 0;
    for (const c of Object.values(r.counts)) for (const k of Object.keys(c) as (keyof typeof c)[]) c[k] = 0;
  }
  return r;
}

/** The one county all codes in the file belong to (a roster alone: the county of the units it names). */
async function inferCounty(ds: DataSource, sheets: ReadSheet[], problems: Problem[]): Promise<string | null> {
  const counties = new Set<string>();
  for (const s of sheets)
    for (const r of s.rows)
      for (const k of ['jurisdiction', 'village'] as const) {
        const c = r.cells[k];
        if (c && /^\d{6,12}$/.test(c)) counties.add(c.slice(0, 6));
      }
  if (!counties.size) {
    const names = [
      ...new Set(
        sheets
          .filter((s) => s.def.kind === 'staff')
          .flatMap((s) => s.rows.map((r) => r.cells.unit))
          .filter(Boolean),
      ),
    ];
    for (const u of await findChunked(ds.manager, Unit, 'name', names)) {
      const c = countyOfCode(u.jurisdictionCode);
      if (c) counties.add(c);
    }
  }
  if (counties.size === 1) return [...counties][0];
  problems.push({
    sheet: null,
    row: null,
    column: null,
    message: counties.size
      ? `文件中的辖区代码属于不止一个县（${[...counties].join('、')}），一次只能导入一个县`
      : '文件中没有辖区代码，无法确定是哪个县，请指定县代码',
  });
  return null;
}

async function loadDivisions(county: string): Promise<Map<string, DivisionRow>> {
  const m = new Map<string, DivisionRow>();
  if (!/^\d{6}$/.test(county)) return m;
  for await (const d of readDivisions({ areas: [county] })) m.set(d.code, d);
  return m;
}

// --- What the county has now ---------------------------------------------------------------------

interface CountyState {
  county: string;
  divisions: Map<string, DivisionRow>;
  actor: Actor;
  /** Units in the county, and the city/province units above it a county unit may hang under. */
  units: Unit[];
  above: Unit[];
  /** Staff who belong to the county (own jurisdiction, else their unit's). */
  staff: Staff[];
  assignments: VillageAssignment[];
  chats: ChatTarget[];
}

async function loadCounty(m: EntityManager, county: string, divisions: Map<string, DivisionRow>, actor: Actor): Promise<CountyState> {
  const units = await m.find(Unit, { where: { jurisdictionCode: Like(`${county}%`) }, order: { id: 'ASC' } });
  const above = await m.find(Unit, { where: { jurisdictionCode: In([county.slice(0, 2), county.slice(0, 4)]) }, order: { id: 'ASC' } });
  const unitIds = units.map((u) => u.id);
  const candidates = await m.find(Staff, {
    where: [...(unitIds.length ? [{ unitId: In(unitIds) }] : []), { jurisdictionCode: Like(`${county}%`) }],
    order: { id: 'ASC' },
  });
  const unitById = new Map([...units, ...above].map((u) => [u.id, u]));
  const staff = candidates.filter((s) => countyOfCode(staffJurisdiction(s, s.unitId ? unitById.get(s.unitId) : null)) === county);
  const villageCodes = [...divisions.values()].filter((d) => d.level === 'village').map((d) => d.code);
  const assignments = await findChunked(m, VillageAssignment, 'villageCode', villageCodes);
  const chats = await m.find(ChatTarget, { where: { jurisdictionCode: Like(`${county}%`) }, order: { id: 'ASC' } });
  return { county, divisions, actor, units, above, staff, assignments, chats };
}

async function findChunked<T extends object>(m: EntityManager, entity: new () => T, column: string, values: string[]): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < values.length; i += 500) out.push(...(await m.find(entity, { where: { [column]: In(values.slice(i, i + 500)) } as any })));
  return out;
}

// --- Checking the rows -----------------------------------------------------------------------------

interface UnitRow {
  row: number;
  name: string;
  kind: UnitKind;
  jurisdictionCode: string;
  parent: string | null;
  headPhone: string | null;
}

interface StaffRow {
  row: number;
  name: string;
  phone: string;
  unit: string;
  role: StaffRole;
  title: string | null;
  position: LeaderPosition;
  categories: CategoryCode[] | null;
  jurisdictionCode: string | null;
  wechatAccount: string | null;
  wecomUserId: string | null;
}

interface AssignmentRow {
  row: number;
  phone: string;
  villageCode: string;
}

interface ChatRow {
  row: number;
  topic: string;
  jurisdictionCode: string;
  purpose: 'village_group' | 'work_group';
  kind: ChatTargetKind;
  webhookUrl: string | null;
  botAccount: string | null;
}

interface Plan {
  units: UnitRow[] | null;
  staff: StaffRow[] | null;
  assignments: AssignmentRow[] | null;
  chats: ChatRow[] | null;
}

const KIND_ALIASES: Record<string, UnitKind> = {
  县政府: 'county_gov',
  县人民政府: 'county_gov',
  区政府: 'county_gov',
  区人民政府: 'county_gov',
  市人民政府: 'county_gov',
  县级政府: 'county_gov',
  旗人民政府: 'county_gov',
  乡镇政府: 'township_gov',
  乡政府: 'township_gov',
  镇政府: 'township_gov',
  乡人民政府: 'township_gov',
  镇人民政府: 'township_gov',
  街道: 'township_gov',
  街道办事处: 'township_gov',
  乡镇: 'township_gov',
  纪委: 'discipline',
  监委: 'discipline',
  纪委监委: 'discipline',
  纪检监察: 'discipline',
  纪委监委机关: 'discipline',
  信访办: 'petition_office',
  信访局: 'petition_office',
  信访: 'petition_office',
  村委会: 'village_committee',
  居委会: 'village_committee',
  村民委员会: 'village_committee',
  居民委员会: 'village_committee',
  村: 'village_committee',
  社区: 'village_committee',
  医疗保障局: 'medical_security_bureau',
  人力资源和社会保障局: 'hrss_bureau',
  人社局: 'hrss_bureau',
  住房和城乡建设局: 'housing_bureau',
  水务局: 'water_bureau',
};

function unitKindOf(text: string): UnitKind | null {
  const t = text.replace(/\s/g, '');
  if ((UNIT_KINDS as string[]).includes(t)) return t as UnitKind;
  const byName = (Object.entries(UNIT_KIND_NAMES) as [UnitKind, string][]).find(
    ([, n]) => n === t || n.replace(/[（）()]/g, '') === t.replace(/[（）()]/g, ''),
  );
  return byName?.[0] ?? KIND_ALIASES[t] ?? null;
}

const ROLE_WORDS: Record<string, StaffRole> = {
  干部: 'cadre',
  工作人员: 'cadre',
  科员: 'cadre',
  cadre: 'cadre',
  领导: 'leader',
  领导干部: 'leader',
  leader: 'leader',
  管理员: 'admin',
  系统管理员: 'admin',
  admin: 'admin',
};
const POSITION_WORDS: Record<string, Exclude<LeaderPosition, null>> = {
  单位负责人: 'unit_head',
  负责人: 'unit_head',
  主要负责人: 'unit_head',
  unit_head: 'unit_head',
  分管县领导: 'county_leader',
  分管领导: 'county_leader',
  县领导: 'county_leader',
  分管区领导: 'county_leader',
  分管市领导: 'county_leader',
  county_leader: 'county_leader',
  县委书记: 'county_secretary',
  区委书记: 'county_secretary',
  市委书记: 'county_secretary',
  旗委书记: 'county_secretary',
  书记: 'county_secretary',
  county_secretary: 'county_secretary',
};

function categoryOf(word: string): CategoryCode | null {
  if ((CATEGORY_CODES as string[]).includes(word)) return word as CategoryCode;
  return (Object.entries(CATEGORY_NAMES) as [CategoryCode, string][]).find(([, n]) => n === word)?.[0] ?? null;
}

/** 139 0434 0001, 139-0434-0001, +86 13904340001 → 13904340001; null when it is not a mobile number. */
export function normalizePhone(s: string): string | null {
  const d = s.replace(/[\s\-－—()（）]/g, '').replace(/^(\+?86)(?=1\d{10}$)/, '');
  return /^1[3-9]\d{9}$/.test(d) ? d : null;
}

const WECHAT_ID = /^[A-Za-z][-_A-Za-z0-9]{5,19}$/;
const WECOM_USERID = /^[A-Za-z0-9_.@-]{1,64}$/;
const WECOM_WEBHOOK = /^https:\/\/qyapi\.weixin\.qq\.com\/cgi-bin\/webhook\/send\?key=[A-Za-z0-9-]{8,100}$/;

function checkRows(ctx: CountyState, sheets: ReadSheet[], report: OrgImportReport): Plan {
  const sheet = (k: SheetKind) => sheets.find((s) => s.def.kind === k) ?? null;
  const problem = (k: SheetKind, r: SheetRow | number | null, key: string | null, message: string) => {
    const def = sheetDef(k);
    const col = key ? (def.columns.find((c) => c.key === key)?.header ?? key) : null;
    report.problems.push({ sheet: def.name, row: typeof r === 'number' || r === null ? r : r.row, column: col, message });
  };
  const { county, divisions } = ctx;
  const codeProblem = (code: string): string | null => {
    if (!/^\d{6}(\d{3}(\d{3})?)?$/.test(code)) return '应为6位（县）、9位（乡镇）或12位（村）区划代码';
    if (!code.startsWith(county)) return `不在本县（${county} ${divisions.get(county)?.name ?? ''}）范围内`;
    if (!divisions.has(code)) return '区划代码不存在';
    return null;
  };
  const len = (k: SheetKind, r: SheetRow, key: string, max: number): string | null => {
    const v = r.cells[key] ?? '';
    if (v.length > max) {
      problem(k, r, key, `太长（最多${max}个字）`);
      return null;
    }
    return v || null;
  };

  // 单位
  let units: UnitRow[] | null = null;
  const unitSheet = sheet('units');
  if (unitSheet) {
    units = [];
    const byName = new Map<string, number>();
    for (const r of unitSheet.rows) {
      const c = r.cells;
      const name = len('units', r, 'name', 64);
      if (!name) problem('units', r, 'name', '不能为空');
      const kind = c.kind ? unitKindOf(c.kind) : null;
      if (!c.kind) problem('units', r, 'kind', '不能为空');
      else if (!kind) problem('units', r, 'kind', `不认识「${c.kind}」，应为：${Object.values(UNIT_KIND_NAMES).join('、')}`);
      else if (kind === 'city_gov') problem('units', r, 'kind', '县里的导入不含市级单位');
      const code = c.jurisdiction ?? '';
      const codeErr = code ? codeProblem(code) : '不能为空';
      if (codeErr) problem('units', r, 'jurisdiction', codeErr);
      else if (kind) {
        const level = divisions.get(code)!.level;
        const want = kind === 'township_gov' ? 'township' : kind === 'village_committee' ? 'village' : 'county';
        const said = { county: '县（6位）', township: '乡镇（9位）', village: '村（12位）' }[want];
        if (level !== want) problem('units', r, 'jurisdiction', `${UNIT_KIND_NAMES[kind]}的辖区应是${said}代码`);
      }
      if (name) {
        if (byName.has(name)) problem('units', r, 'name', `与第${byName.get(name)}行重复`);
        else byName.set(name, r.row);
      }
      const headPhone = c.headPhone ? normalizePhone(c.headPhone) : null;
      if (c.headPhone && !headPhone) problem('units', r, 'headPhone', '格式不对（应为11位手机号）');
      if (name && kind && !codeErr) units.push({ row: r.row, name, kind, jurisdictionCode: code, parent: c.parent || null, headPhone });
    }
    // Parents: a unit of the file, else one the county (or its city/province) already has.
    for (const u of units) {
      if (!u.parent) continue;
      if (u.parent === u.name) problem('units', u.row, 'parent', '不能是自己');
      else if (!byName.has(u.parent) && !findUnit(ctx, u.parent, true))
        problem('units', u.row, 'parent', `找不到「${u.parent}」（应是本表中的单位或系统中已有的上级单位）`);
    }
    // A cycle (甲's parent 乙, 乙's parent 甲) would make every unit chain endless.
    const parentOf = new Map(units.map((u) => [u.name, u.parent]));
    for (const u of units) {
      const seen = new Set([u.name]);
      for (let p = parentOf.get(u.name); p && parentOf.has(p); p = parentOf.get(p)) {
        if (seen.has(p)) {
          problem('units', u.row, 'parent', '上级单位形成了循环');
          break;
        }
        seen.add(p);
      }
    }
  }
  const unitNamed = (name: string): boolean => (units ? units.some((u) => u.name === name) : false) || !!findUnit(ctx, name, false);

  // 人员
  let staff: StaffRow[] | null = null;
  const staffSheet = sheet('staff');
  if (staffSheet) {
    staff = [];
    const byPhone = new Map<string, number>();
    for (const r of staffSheet.rows) {
      const c = r.cells;
      const name = len('staff', r, 'name', 32);
      if (!name) problem('staff', r, 'name', '不能为空');
      const phone = c.phone ? normalizePhone(c.phone) : null;
      if (!c.phone) problem('staff', r, 'phone', '不能为空');
      else if (!phone) problem('staff', r, 'phone', '格式不对（应为11位手机号）');
      else if (byPhone.has(phone)) problem('staff', r, 'phone', `与第${byPhone.get(phone)}行重复`);
      else byPhone.set(phone, r.row);
      const unit = c.unit ?? '';
      if (!unit) problem('staff', r, 'unit', '不能为空');
      else if (!unitNamed(unit)) problem('staff', r, 'unit', `找不到「${unit}」（应是单位表中的单位或本县已有的单位）`);
      const position = c.position ? (POSITION_WORDS[c.position.replace(/\s/g, '')] ?? undefined) : null;
      if (position === undefined) problem('staff', r, 'position', `不认识「${c.position}」，应为：单位负责人、分管县领导、县委书记，或留空`);
      let role: StaffRole | undefined = c.role ? ROLE_WORDS[c.role.replace(/\s/g, '')] : position ? 'leader' : 'cadre';
      if (!role) problem('staff', r, 'role', `不认识「${c.role}」，应为：干部、领导、管理员`);
      if (role === 'cadre' && position) {
        problem('staff', r, 'role', `干部不能是${c.position}，请把角色填为“领导”`);
        role = undefined;
      }
      let categories: CategoryCode[] | null = null;
      if (c.categories) {
        const words = c.categories.split(/[、,，;；/\s]+/).filter(Boolean);
        const bad = words.filter((w) => !categoryOf(w));
        if (bad.length) problem('staff', r, 'categories', `不认识「${bad.join('、')}」，应为：${Object.values(CATEGORY_NAMES).join('、')}`);
        else categories = [...new Set(words.map((w) => categoryOf(w)!))];
      }
      const jur = c.jurisdiction || null;
      const jurErr = jur ? codeProblem(jur) : null;
      if (jurErr) problem('staff', r, 'jurisdiction', jurErr);
      const wechat = c.wechat || null;
      if (wechat && !WECHAT_ID.test(wechat) && !normalizePhone(wechat))
        problem('staff', r, 'wechat', '格式不对（微信号为6–20位字母、数字、下划线或减号，以字母开头）');
      const wecom = c.wecom || null;
      if (wecom && !WECOM_USERID.test(wecom)) problem('staff', r, 'wecom', '格式不对（企业微信账号为字母、数字和 _ . @ -）');
      const title = len('staff', r, 'title', 64);
      if (name && phone && unit && role && position !== undefined) {
        staff.push({ row: r.row, name, phone, unit, role, title, position, categories, jurisdictionCode: jur, wechatAccount: wechat, wecomUserId: wecom });
      }
    }
    // One head per unit, and it must agree with the unit sheet's 负责人手机号.
    const heads = new Map<string, StaffRow>();
    for (const s of staff) {
      if (s.position !== 'unit_head') continue;
      const prev = heads.get(s.unit);
      if (prev) problem('staff', s.row, 'position', `「${s.unit}」已有负责人（第${prev.row}行 ${prev.name}）`);
      else heads.set(s.unit, s);
    }
    for (const u of units ?? []) {
      const h = heads.get(u.name);
      if (h && u.headPhone && h.phone !== u.headPhone) problem('units', u.row, 'headPhone', `与人员表第${h.row}行的单位负责人（${h.name}）不一致`);
      if (u.headPhone && !byPhone.has(u.headPhone)) problem('units', u.row, 'headPhone', '人员表中没有这个手机号');
    }
    // An admin who imports a roster without themselves would lock themselves out.
    const me = ctx.actor.kind === 'admin' ? ctx.actor.staff : null;
    if (me && !staff.some((s) => s.phone === me.phone && s.role === 'admin')) {
      report.problems.push({
        sheet: sheetDef('staff').name,
        row: null,
        column: null,
        message: `名单中没有您本人（${me.name}）作为管理员，导入后您将无法再登录；请保留您这一行`,
      });
    }
  } else if (units) {
    for (const u of units) {
      if (u.headPhone && !ctx.staff.some((s) => s.active && s.phone === u.headPhone)) problem('units', u.row, 'headPhone', '本县在岗人员中没有这个手机号');
    }
  }
  const staffPhone = (phone: string): boolean => (staff ? staff.some((s) => s.phone === phone) : ctx.staff.some((s) => s.active && s.phone === phone));

  // 包村
  let assignments: AssignmentRow[] | null = null;
  const aSheet = sheet('assignments');
  if (aSheet) {
    assignments = [];
    const seen = new Map<string, number>();
    for (const r of aSheet.rows) {
      const c = r.cells;
      const phone = c.phone ? normalizePhone(c.phone) : null;
      if (!c.phone) problem('assignments', r, 'phone', '不能为空');
      else if (!phone) problem('assignments', r, 'phone', '格式不对（应为11位手机号）');
      else if (!staffPhone(phone)) problem('assignments', r, 'phone', '人员表中没有这个手机号');
      else if (c.name) {
        const person = staff ? staff.find((s) => s.phone === phone) : ctx.staff.find((s) => s.phone === phone);
        if (person && person.name !== c.name) problem('assignments', r, 'name', `与人员表不符（手机号 ${phone} 是 ${person.name}）`);
      }
      const v = c.village ?? '';
      let ok = false;
      if (!v) problem('assignments', r, 'village', '不能为空');
      else if (!/^\d{12}$/.test(v)) problem('assignments', r, 'village', '应为12位村级区划代码');
      else if (!v.startsWith(county)) problem('assignments', r, 'village', `不在本县（${county}）范围内`);
      else if (divisions.get(v)?.level !== 'village') problem('assignments', r, 'village', '区划代码不存在');
      else {
        ok = true;
        const d = divisions.get(v)!;
        if (c.villageName && !sameVillage(c.villageName, d.name)) problem('assignments', r, 'villageName', `与村代码不符（${v} 是 ${d.name}）`);
      }
      if (phone && ok) {
        const key = `${phone}|${v}`;
        if (seen.has(key)) problem('assignments', r, 'village', `与第${seen.get(key)}行重复`);
        else {
          seen.set(key, r.row);
          assignments.push({ row: r.row, phone, villageCode: v });
        }
      }
    }
  }

  // 群
  let chats: ChatRow[] | null = null;
  const cSheet = sheet('chats');
  if (cSheet) {
    chats = [];
    const seen = new Map<string, number>();
    for (const r of cSheet.rows) {
      const c = r.cells;
      const topic = len('chats', r, 'topic', 100);
      if (!topic) problem('chats', r, 'topic', '不能为空');
      const code = c.jurisdiction ?? '';
      const codeErr = code ? codeProblem(code) : '不能为空';
      if (codeErr) problem('chats', r, 'jurisdiction', codeErr);
      const p = (c.purpose ?? '').replace(/\s/g, '');
      const purpose = /^(村民群|村群|群众群|village_group)$/.test(p) ? 'village_group' : /^(工作群|干部群|work_group)$/.test(p) ? 'work_group' : null;
      if (!p) problem('chats', r, 'purpose', '不能为空');
      else if (!purpose) problem('chats', r, 'purpose', `不认识「${c.purpose}」，应为：村民群、工作群`);
      const t = (c.type ?? '').replace(/\s/g, '');
      const kind: ChatTargetKind | null =
        !t || /^(微信群|wechat_room)$/.test(t) ? 'wechat_room' : /^(企业微信机器人|企业微信群|企业微信|wecom_webhook)$/.test(t) ? 'wecom_webhook' : null;
      if (!kind) problem('chats', r, 'type', `不认识「${c.type}」，应为：微信群、企业微信机器人`);
      const webhook = c.webhook || null;
      if (kind === 'wecom_webhook' && !webhook) problem('chats', r, 'webhook', '企业微信机器人须填 Webhook 地址');
      else if (webhook && kind === 'wecom_webhook' && !WECOM_WEBHOOK.test(webhook))
        problem('chats', r, 'webhook', '格式不对（应为 https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…）');
      else if (webhook && kind === 'wechat_room') problem('chats', r, 'webhook', '微信群不用填机器人地址');
      if (purpose === 'village_group' && kind === 'wecom_webhook') problem('chats', r, 'type', '村民群只能是微信群（企业微信机器人只能发消息，不能收诉求）');
      const bot = len('chats', r, 'bot', 128);
      if (topic && !codeErr) {
        const key = `${code}|${topic}`;
        if (seen.has(key)) problem('chats', r, 'topic', `与第${seen.get(key)}行重复`);
        else seen.set(key, r.row);
      }
      if (topic && !codeErr && purpose && kind) chats.push({ row: r.row, topic, jurisdictionCode: code, purpose, kind, webhookUrl: webhook, botAccount: bot });
    }
  }
  return { units, staff, assignments, chats };
}

/** 新立村 matches 新立村村民委员会 and 新立村委会: offices write the short form. */
function sameVillage(given: string, official: string): boolean {
  const core = (s: string) => s.replace(/\s/g, '').replace(/(村民委员会|居民委员会|村委会|居委会|社区居委会)$/, '');
  const a = core(given);
  const b = core(official);
  return a === b || b.startsWith(a) || a.startsWith(b);
}

/** A unit by name among the county's (and, for parents, the city's or province's above it). */
function findUnit(ctx: CountyState, name: string, includeAbove: boolean): Unit | null {
  return ctx.units.find((u) => u.name === name) ?? (includeAbove ? (ctx.above.find((u) => u.name === name) ?? null) : null);
}

// --- Writing -------------------------------------------------------------------------------------

async function apply(m: EntityManager, ctx: CountyState, plan: Plan, report: OrgImportReport, now: Date): Promise<void> {
  const change = (kind: SheetKind, c: Omit<OrgChange, 'sheet'>) => {
    report.changes.push({ sheet: sheetDef(kind).name, ...c });
    report.counts[kind][c.action]++;
  };
  const unchanged = (kind: SheetKind) => report.counts[kind].unchanged++;

  // Units: create or update by (jurisdiction, name); parents after all exist.
  const unitByName = new Map(ctx.units.map((u) => [u.name, u]));
  const touched = new Map<number, { row: UnitRow; fields: string[]; created: boolean }>();
  for (const u of plan.units ?? []) {
    const existing = ctx.units.find((x) => x.name === u.name && x.jurisdictionCode === u.jurisdictionCode) ?? null;
    if (!existing) {
      const r = await m.insert(Unit, { name: u.name, kind: u.kind, jurisdictionCode: u.jurisdictionCode, parentUnitId: null, headStaffId: null });
      const created = {
        id: Number(r.identifiers[0].id),
        name: u.name,
        kind: u.kind,
        jurisdictionCode: u.jurisdictionCode,
        parentUnitId: null,
        headStaffId: null,
      } as Unit;
      ctx.units.push(created);
      unitByName.set(u.name, created);
      touched.set(created.id, { row: u, fields: [], created: true });
    } else {
      const fields: string[] = [];
      // A unit made a discipline commission (or one made something else) changes who reads reports
      // under the people already in it, with the ways in an admin gave them: the sysadmin's to do.
      if (existing.kind !== u.kind && ctx.actor.kind === 'admin' && (existing.kind === 'discipline' || u.kind === 'discipline')) {
        report.problems.push({ sheet: sheetDef('units').name, row: u.row, column: '类型', message: `不能更改${u.name}是否为纪委监委，请由系统管理员修改` });
        continue;
      }
      if (existing.kind !== u.kind) {
        existing.kind = u.kind;
        fields.push('类型');
        await m.update(Unit, { id: existing.id }, { kind: u.kind });
      }
      unitByName.set(u.name, existing);
      touched.set(existing.id, { row: u, fields, created: false });
    }
  }
  for (const [id, t] of touched) {
    const unit = ctx.units.find((x) => x.id === id)!;
    const parentId = t.row.parent ? (unitByName.get(t.row.parent) ?? findUnit(ctx, t.row.parent, true))!.id : null;
    // A blank parent on an existing unit keeps it: the county government hangs under the city's.
    if (parentId !== unit.parentUnitId && (parentId !== null || t.created)) {
      // Who is on the accused side of a report is the accused unit and every unit under it: moving
      // an existing unit elsewhere would let its people (the admin's own office, say, taken out from
      // under an accused county government) read reports against where they were. The sysadmin's to do.
      if (!t.created && ctx.actor.kind === 'admin') {
        report.problems.push({
          sheet: sheetDef('units').name,
          row: t.row.row,
          column: '上级单位',
          message: `不能更改已有单位「${unit.name}」的上级单位（会改变被反映单位一方包括哪些人），请由系统管理员修改`,
        });
        continue;
      }
      await m.update(Unit, { id }, { parentUnitId: parentId });
      unit.parentUnitId = parentId;
      if (!t.created) t.fields.push('上级单位');
    }
  }

  // Staff: upsert by phone.
  const leaving = new Set<number>();
  // Staff moved to another unit, role or area: old placement (for the successor) and new.
  const moving = new Map<number, { from: Staff; to: Staff }>();
  const staffByPhone = new Map<string, Staff>();
  for (const s of ctx.staff) if (s.phone) staffByPhone.set(s.phone, s);
  if (plan.staff) {
    const phones = plan.staff.map((s) => s.phone);
    const elsewhere = phones.length ? await findChunked(m, Staff, 'phone', phones) : [];
    for (const s of plan.staff) {
      const unit = unitByName.get(s.unit) ?? findUnit(ctx, s.unit, false)!;
      const jurisdictionCode = s.jurisdictionCode ?? (s.role === 'cadre' ? null : unit.jurisdictionCode);
      const want = {
        name: s.name,
        role: s.role,
        position: s.position,
        title: s.title,
        unitId: unit.id,
        jurisdictionCode,
        categories: s.categories,
        phone: s.phone,
        wechatAccount: s.wechatAccount,
        wecomUserId: s.wecomUserId,
      };
      let existing = staffByPhone.get(s.phone) ?? null;
      if (!existing) {
        const other = elsewhere.find((x) => x.phone === s.phone) ?? null;
        if (other?.active) {
          report.problems.push({ sheet: sheetDef('staff').name, row: s.row, column: '手机号', message: '已是其他县（区）的在岗人员，请先由该县停用' });
          continue;
        }
        existing = other; // someone who left another county and now works here
      }
      if (!existing) {
        const r = await m.insert(Staff, { ...want, wechatId: null, openid: null, active: true });
        const created = { ...want, id: Number(r.identifiers[0].id), wechatId: null, openid: null, active: true } as Staff;
        staffByPhone.set(s.phone, created);
        ctx.staff.push(created);
        change('staff', { row: s.row, action: 'create', what: `${s.name}（${s.phone}）` });
        continue;
      }
      const fields = staffDiff(existing, want);
      // An admin who moved itself (into the discipline commission, out of an accused office)
      // would read what the accused side must not: its own placement is the sysadmin's to change.
      const self = ctx.actor.kind === 'admin' && ctx.actor.staff.id === existing.id;
      const placement = fields.filter((f) => ['所在单位', '角色', '岗位', '辖区代码'].includes(f));
      if (self && placement.length) {
        report.problems.push({
          sheet: sheetDef('staff').name,
          row: s.row,
          column: placement[0],
          message: `不能修改您本人的${placement.join('、')}，请由系统管理员修改`,
        });
        continue;
      }
      // Nor anyone else into a place where it could not give them a way in (rule 16: a discipline
      // commission, an administrator's role): a password or bind code it gave them before, or the
      // WeChat they already bound, would go along and read what the admin's own side may not.
      if (ctx.actor.kind === 'admin' && placement.length && !(await mayCredential(m, ctx.actor, { ...existing, ...want } as Staff))) {
        report.problems.push({
          sheet: sheetDef('staff').name,
          row: s.row,
          column: placement[0],
          message: `不能将${s.name}调入纪委监委或设为管理员（其登录方式只能由系统管理员发放），请由系统管理员修改`,
        });
        continue;
      }
      if (!existing.active) {
        await m.update(Staff, { id: existing.id }, { ...want, active: true });
        change('staff', { row: s.row, action: 'reactivate', what: `${s.name}（${s.phone}）`, fields });
      } else if (fields.length) {
        await m.update(Staff, { id: existing.id }, want);
        change('staff', { row: s.row, action: 'update', what: `${s.name}（${s.phone}）`, fields });
      } else unchanged('staff');
      const updated = { ...existing, ...want, active: true } as Staff;
      if (existing.active && placement.some((f) => f !== '岗位')) moving.set(existing.id, { from: existing, to: updated });
      staffByPhone.set(s.phone, updated);
      if (!ctx.staff.includes(existing)) ctx.staff.push(updated);
      else ctx.staff[ctx.staff.indexOf(existing)] = updated;
    }
    const listed = new Set(phones);
    for (const s of ctx.staff) {
      if (!s.active || (s.phone && listed.has(s.phone))) continue;
      leaving.add(s.id);
      await m.update(Staff, { id: s.id }, { active: false });
      s.active = false;
      change('staff', { row: null, action: 'deactivate', what: `${s.name}（${s.phone ?? '无手机号'}）` });
    }
  }
  if (report.problems.length) throw new Rollback();

  // Heads: named in the file (unit sheet or 岗位 单位负责人), else kept unless the head left or moved.
  const headOf = new Map<number, number | null>();
  for (const s of plan.staff ?? []) {
    if (s.position === 'unit_head') headOf.set(unitByName.get(s.unit)!.id, staffByPhone.get(s.phone)!.id);
  }
  for (const u of plan.units ?? []) {
    if (u.headPhone) headOf.set(unitByName.get(u.name)!.id, staffByPhone.get(u.headPhone)!.id);
  }
  // A head who left, or moved to another unit, heads it no more: its notices would follow them.
  const gone = (staffId: number, unitId: number) => leaving.has(staffId) || (moving.has(staffId) && moving.get(staffId)!.to.unitId !== unitId);
  for (const unit of ctx.units) {
    const want = headOf.has(unit.id) ? headOf.get(unit.id)! : unit.headStaffId !== null && gone(unit.headStaffId, unit.id) ? null : unit.headStaffId;
    if (want !== unit.headStaffId) {
      await m.update(Unit, { id: unit.id }, { headStaffId: want });
      unit.headStaffId = want;
      const t = touched.get(unit.id);
      if (t && !t.created) t.fields.push('负责人');
      else if (!t) change('units', { row: null, action: 'update', what: unit.name, fields: ['负责人'] });
    }
  }
  for (const [, t] of touched) {
    if (t.created) change('units', { row: t.row.row, action: 'create', what: t.row.name });
    else if (t.fields.length) change('units', { row: t.row.row, action: 'update', what: t.row.name, fields: t.fields });
    else unchanged('units');
  }
  // Units the file leaves out stay: tickets and history point at them.
  if (plan.units) {
    const listed = new Set(plan.units.map((u) => u.name));
    const extra = ctx.units.filter((u) => !listed.has(u.name));
    if (extra.length)
      report.warnings.push(
        `本县另有 ${extra.length} 个单位不在单位表中，已保留不动（${extra
          .slice(0, 5)
          .map((u) => u.name)
          .join('、')}${extra.length > 5 ? '等' : ''}）`,
      );
  }

  // What routing and the ladder fall back on: say so now rather than when a complaint arrives.
  if (plan.units) {
    const county = ctx.units.filter((u) => u.jurisdictionCode === ctx.county);
    const missing: [UnitKind, string][] = [
      ['county_gov', '县级人民政府：逐级提醒找不到分管县领导和县委书记'],
      ['petition_office', '信访局：无法确定承办单位的诉求将转到市级或村声受理中心兜底'],
      ['discipline', '纪委监委：干部作风类诉求将交市纪委监委（没有时交信访局）'],
    ];
    for (const [kind, why] of missing) if (!county.some((u) => u.kind === kind)) report.warnings.push(`本县还没有${why}`);
  }

  // 包村: the file's pairs are the county's whole set; a leaver's go with them.
  const byId = new Map(ctx.staff.map((s) => [s.id, s]));
  if (plan.assignments || leaving.size) {
    const want = plan.assignments ? new Set(plan.assignments.map((a) => `${staffByPhone.get(a.phone)!.id}|${a.villageCode}`)) : null;
    const have = new Set<string>();
    for (const a of ctx.assignments) {
      const key = `${a.staffId}|${a.villageCode}`;
      have.add(key);
      if (want ? !want.has(key) : leaving.has(a.staffId)) {
        await m.delete(VillageAssignment, { id: a.id });
        const s = byId.get(a.staffId);
        change('assignments', {
          row: null,
          action: 'remove',
          what: `${s?.name ?? `#${a.staffId}`} ↔ ${ctx.divisions.get(a.villageCode)?.name ?? a.villageCode}`,
        });
      }
    }
    for (const a of plan.assignments ?? []) {
      const staffId = staffByPhone.get(a.phone)!.id;
      if (have.has(`${staffId}|${a.villageCode}`)) {
        unchanged('assignments');
        continue;
      }
      await m.insert(VillageAssignment, { staffId, villageCode: a.villageCode });
      change('assignments', {
        row: a.row,
        action: 'create',
        what: `${staffByPhone.get(a.phone)!.name} ↔ ${ctx.divisions.get(a.villageCode)?.name ?? a.villageCode}`,
      });
    }
  }

  // 群: by jurisdiction + name; the file is the county's whole list.
  if (plan.chats) {
    const listed = new Set<number>();
    const boundBy = ctx.actor.kind === 'admin' || ctx.actor.kind === 'sysadmin' ? (ctx.actor.staff?.id ?? null) : null;
    for (const c of plan.chats) {
      const existing = ctx.chats.find((x) => x.jurisdictionCode === c.jurisdictionCode && x.topic === c.topic) ?? null;
      if (!existing) {
        await m.insert(ChatTarget, {
          kind: c.kind,
          purpose: c.purpose,
          jurisdictionCode: c.jurisdictionCode,
          topic: c.topic,
          roomId: null,
          botAccount: c.botAccount,
          webhookUrl: c.webhookUrl,
          boundByStaffId: boundBy,
          active: true,
          createdAt: now,
        });
        change('chats', { row: c.row, action: 'create', what: c.topic });
        continue;
      }
      listed.add(existing.id);
      const patch: Partial<ChatTarget> = {};
      const fields: string[] = [];
      if (existing.kind !== c.kind) (patch.kind = c.kind), fields.push('类型');
      if (existing.purpose !== c.purpose) (patch.purpose = c.purpose), fields.push('用途');
      if ((existing.webhookUrl ?? null) !== c.webhookUrl) (patch.webhookUrl = c.webhookUrl), fields.push('机器人地址');
      // A blank bot account keeps the one the bot bound.
      if (c.botAccount && existing.botAccount !== c.botAccount) (patch.botAccount = c.botAccount), fields.push('机器人微信号');
      if (!existing.active) patch.active = true;
      if (Object.keys(patch).length) {
        await m.update(ChatTarget, { id: existing.id }, patch);
        change('chats', { row: c.row, action: existing.active ? 'update' : 'reactivate', what: c.topic, fields });
      } else unchanged('chats');
    }
    for (const t of ctx.chats) {
      if (!t.active || listed.has(t.id) || plan.chats.some((c) => c.jurisdictionCode === t.jurisdictionCode && c.topic === t.topic)) continue;
      await m.update(ChatTarget, { id: t.id }, { active: false });
      change('chats', { row: null, action: 'deactivate', what: t.topic ?? `#${t.id}` });
    }
  }

  // Last, with the new heads in place: the leavers' open tickets.
  for (const id of leaving) {
    const s = byId.get(id)!;
    const moved = await handOverOpenTickets(m, s, ctx.actor, now);
    report.handedOver += moved.filter((x) => x.visibleToActor).length;
  }
  // And the movers' tickets they can no longer read where they are now: to the old unit's head.
  for (const { from, to } of moving.values()) {
    const moved = await handOverOpenTickets(m, from, ctx.actor, now, { reason: 'staff_moved', movedTo: to });
    report.handedOver += moved.filter((x) => x.visibleToActor).length;
  }
}

function staffDiff(s: Staff, want: Record<string, unknown>): string[] {
  const label: Record<string, string> = {
    name: '姓名',
    role: '角色',
    position: '岗位',
    title: '职务',
    unitId: '所在单位',
    jurisdictionCode: '辖区代码',
    categories: '分管领域',
    wechatAccount: '微信号',
    wecomUserId: '企业微信账号',
  };
  const norm = (v: unknown) => (Array.isArray(v) ? JSON.stringify([...v].sort()) : (v ?? null));
  return Object.keys(label)
    .filter((k) => norm((s as any)[k]) !== norm(want[k]))
    .map((k) => label[k]);
}
