import * as XLSX from '@e965/xlsx';
import { CATEGORY_NAMES, UNIT_KIND_NAMES } from '../vocabulary';

/**
 * The organisation workbook: one sheet per kind, Chinese sheet and column names (what a county
 * office types), or one CSV per kind. The same definitions build the template, read the upload
 * and name the place of every problem.
 */

export type SheetKind = 'units' | 'staff' | 'assignments' | 'chats';

export interface ColumnDef {
  key: string;
  header: string;
  /** Other headings accepted for this column (English for scripts, the words offices use). */
  aliases?: string[];
  required?: boolean;
  example: string;
  help: string;
}

export interface SheetDef {
  kind: SheetKind;
  name: string;
  aliases: string[];
  columns: ColumnDef[];
}

const kindNames = Object.values(UNIT_KIND_NAMES).join('、');
const categoryNames = Object.values(CATEGORY_NAMES).join('、');

export const SHEETS: SheetDef[] = [
  {
    kind: 'units',
    name: '单位',
    aliases: ['units', 'unit', '单位表', '机构'],
    columns: [
      {
        key: 'name',
        header: '单位名称',
        aliases: ['名称', '单位', 'name'],
        required: true,
        example: '双辽市水利局',
        help: '全称，县内不重名；人员表、上级单位都按这个名称对应',
      },
      { key: 'kind', header: '类型', aliases: ['单位类型', 'kind'], required: true, example: '水利局', help: `填其中之一：${kindNames}` },
      {
        key: 'jurisdiction',
        header: '辖区代码',
        aliases: ['区划代码', '行政区划代码', 'jurisdiction', 'jurisdictionCode'],
        required: true,
        example: '220382',
        help: '统计用区划代码：县直单位填县代码（6位），乡镇填乡镇代码（9位），村委会填村代码（12位）',
      },
      {
        key: 'parent',
        header: '上级单位',
        aliases: ['上级', 'parent'],
        example: '双辽市人民政府',
        help: '上级单位的名称（本表中的单位，或系统中已有的市级单位）；县政府可留空',
      },
      {
        key: 'headPhone',
        header: '负责人手机号',
        aliases: ['负责人', 'head', 'headPhone'],
        example: '13904340001',
        help: '单位负责人的手机号（须在人员表中）；也可在人员表的岗位列填“单位负责人”',
      },
    ],
  },
  {
    kind: 'staff',
    name: '人员',
    aliases: ['staff', 'people', '人员表', '工作人员'],
    columns: [
      { key: 'name', header: '姓名', aliases: ['name'], required: true, example: '王建国', help: '真实姓名' },
      {
        key: 'phone',
        header: '手机号',
        aliases: ['手机', '手机号码', '联系电话', 'phone'],
        required: true,
        example: '13904340001',
        help: '11位手机号；同一人以手机号为准，重复导入会更新而不是新增',
      },
      {
        key: 'unit',
        header: '所在单位',
        aliases: ['单位', '单位名称', 'unit'],
        required: true,
        example: '双辽市水利局',
        help: '单位表中的单位名称（或系统中本县已有的单位）',
      },
      { key: 'role', header: '角色', aliases: ['role'], example: '领导', help: '干部（默认）、领导、管理员（县信访局负责系统维护的人）' },
      { key: 'title', header: '职务', aliases: ['职称', 'title'], example: '局长', help: '如 局长、副县长、包村干部，通知和督办里显示' },
      {
        key: 'position',
        header: '岗位',
        aliases: ['层级', 'position'],
        example: '单位负责人',
        help: '逐级提醒时的位置：单位负责人、分管县领导、县委书记；普通干部留空',
      },
      {
        key: 'categories',
        header: '分管领域',
        aliases: ['分管', '分管类别', 'categories'],
        example: '饮水安全、道路水电设施',
        help: `分管县领导分管的诉求类别，用顿号分隔：${categoryNames}`,
      },
      {
        key: 'jurisdiction',
        header: '辖区代码',
        aliases: ['区划代码', 'jurisdiction'],
        example: '',
        help: '领导、管理员的管辖范围，留空则取所在单位的辖区；干部一般留空',
      },
      { key: 'wechat', header: '微信号', aliases: ['微信', 'wechat'], example: '', help: '可留空；本人仍须在微信里用绑定码绑定' },
      { key: 'wecom', header: '企业微信账号', aliases: ['企业微信', 'wecom', 'userid'], example: '', help: '可留空；企业微信通讯录里的账号（userid）' },
    ],
  },
  {
    kind: 'assignments',
    name: '包村',
    aliases: ['assignments', 'villages', '包村表', '包村干部'],
    columns: [
      { key: 'phone', header: '手机号', aliases: ['干部手机号', 'phone'], required: true, example: '13904340002', help: '包村干部的手机号（须在人员表中）' },
      { key: 'name', header: '姓名', aliases: ['干部姓名', 'name'], example: '李秀英', help: '可留空；填了会与人员表核对' },
      {
        key: 'village',
        header: '村代码',
        aliases: ['村区划代码', '村委会代码', 'village', 'villageCode'],
        required: true,
        example: '220382100001',
        help: '12位统计用区划代码',
      },
      { key: 'villageName', header: '村名', aliases: ['村', '村委会', 'villageName'], example: '', help: '可留空；填了会与村代码核对，防止代码填错' },
    ],
  },
  {
    kind: 'chats',
    name: '群',
    aliases: ['chats', 'groups', '群聊', '微信群'],
    columns: [
      {
        key: 'topic',
        header: '群名称',
        aliases: ['群名', 'topic'],
        required: true,
        example: '新立村村民群',
        help: '微信群的群名（机器人登录后按群名找群）；企业微信机器人填一个好认的名字',
      },
      {
        key: 'jurisdiction',
        header: '辖区代码',
        aliases: ['区划代码', 'jurisdiction'],
        required: true,
        example: '220382100001',
        help: '群所属的村、乡镇或县的代码',
      },
      {
        key: 'purpose',
        header: '用途',
        aliases: ['purpose'],
        required: true,
        example: '村民群',
        help: '村民群（收诉求、发每日小结）或 工作群（干部群：小结和督办提醒）',
      },
      { key: 'type', header: '类型', aliases: ['kind', 'type'], example: '微信群', help: '微信群（默认）或 企业微信机器人' },
      {
        key: 'webhook',
        header: '机器人地址',
        aliases: ['webhook', 'Webhook地址'],
        example: '',
        help: '企业微信机器人的 Webhook 地址（https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…）',
      },
      { key: 'bot', header: '机器人微信号', aliases: ['botAccount', '机器人'], example: '', help: '可留空；多个机器人微信时指定由哪个号管这个群' },
    ],
  },
];

export const sheetDef = (kind: SheetKind): SheetDef => SHEETS.find((s) => s.kind === kind)!;

/** A problem at a place in the upload: "人员 第7行 手机号：格式不对". */
export interface Problem {
  sheet: string | null;
  row: number | null;
  column: string | null;
  message: string;
}

export const problemText = (p: Problem): string =>
  [p.sheet, p.row !== null ? `第${p.row}行` : null, p.column].filter(Boolean).join(' ') + (p.sheet || p.column ? '：' : '') + p.message;

export interface SheetRow {
  /** The row number the office sees in its spreadsheet (the heading is row 1). */
  row: number;
  cells: Record<string, string>;
}

export interface ReadSheet {
  def: SheetDef;
  rows: SheetRow[];
}

export interface ReadResult {
  sheets: ReadSheet[];
  problems: Problem[];
  /** Things ignored that the office may want to know about (an unknown sheet or column). */
  warnings: string[];
}

export interface UploadFile {
  /** File name (decides the kind of a CSV: 人员.csv, staff.csv …). */
  name?: string;
  data: Buffer;
  /** For a CSV: which sheet it is, when the file name does not say. */
  sheet?: string;
}

/** Header text as offices write it: "手机号*", "手机号（必填）", " 姓 名 " all mean the column. */
const normHeader = (s: string) =>
  s
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/[*＊\s]/g, '')
    .toLowerCase();

export function sheetFor(name: string): SheetDef | null {
  const n = normHeader(name);
  return SHEETS.find((s) => normHeader(s.name) === n || s.aliases.some((a) => normHeader(a) === n)) ?? null;
}

/** "双辽市-人员.csv", "staff.csv" → 人员: the sheet named in the file name. */
function sheetFromFileName(fileName: string): SheetDef | null {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const exact = sheetFor(base);
  if (exact) return exact;
  const parts = base.split(/[-_\s.—（）()]+/).filter(Boolean);
  const found = new Set(parts.map(sheetFor).filter((d): d is SheetDef => !!d));
  return found.size === 1 ? [...found][0] : null;
}

const isZip = (b: Buffer) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b;
const isOle = (b: Buffer) => b.length > 8 && b.readUInt32BE(0) === 0xd0cf11e0;

/** Reads workbooks (.xlsx/.xls) and CSVs (UTF-8 or the GBK that Excel saves in China). */
export function readUpload(files: UploadFile[]): ReadResult {
  const out: ReadResult = { sheets: [], problems: [], warnings: [] };
  const seen = new Map<SheetKind, string>();
  const add = (def: SheetDef, grid: unknown[][], firstRow: number, source: string) => {
    if (seen.has(def.kind)) {
      out.problems.push({ sheet: def.name, row: null, column: null, message: `出现了两次（${seen.get(def.kind)}、${source}），请合并为一个` });
      return;
    }
    seen.set(def.kind, source);
    const sheet = readGrid(def, grid, firstRow, out);
    if (sheet) out.sheets.push(sheet);
  };
  for (const f of files) {
    const label = f.name ?? '上传的文件';
    if (isZip(f.data) || isOle(f.data)) {
      let wb: XLSX.WorkBook;
      try {
        wb = XLSX.read(f.data, { type: 'buffer', cellDates: false, cellFormula: false, cellHTML: false });
      } catch {
        out.problems.push({ sheet: null, row: null, column: null, message: `${label} 不是有效的 Excel 文件` });
        continue;
      }
      for (const name of wb.SheetNames) {
        const def = sheetFor(name);
        if (!def) {
          if (normHeader(name) !== '说明') out.warnings.push(`工作表「${name}」不认识，已忽略（应为 ${SHEETS.map((s) => s.name).join('、')}）`);
          continue;
        }
        const ws = wb.Sheets[name];
        const ref = ws['!ref'];
        const start = ref ? XLSX.utils.decode_range(ref).s.r + 1 : 1;
        const grid = XLSX.utils.sheet_to_json<unknown[]>(ws, { header: 1, raw: true, defval: '', blankrows: true });
        add(def, grid, start, name);
      }
    } else {
      const def = (f.sheet ? sheetFor(f.sheet) : null) ?? (f.name ? sheetFromFileName(f.name) : null);
      if (!def) {
        out.problems.push({
          sheet: null,
          row: null,
          column: null,
          message: `${label}：看不出是哪张表，请把文件命名为 ${SHEETS.map((s) => `${s.name}.csv`).join('、')}`,
        });
        continue;
      }
      add(def, parseCsv(decodeText(f.data)), 1, label);
    }
  }
  if (!out.sheets.length && !out.problems.length)
    out.problems.push({ sheet: null, row: null, column: null, message: `没有可导入的表（应有 ${SHEETS.map((s) => s.name).join('、')} 中的至少一张）` });
  return out;
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  // Codes and phone numbers typed into Excel become numbers: integers up to 2^53 print exactly.
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v).toString() : String(v);
  return String(v)
    .replace(/\u00a0/g, ' ')
    .trim();
}

function readGrid(def: SheetDef, grid: unknown[][], firstRow: number, out: ReadResult): ReadSheet | null {
  let h = 0;
  while (h < grid.length && grid[h].every((c) => cellText(c) === '')) h++;
  if (h >= grid.length) return { def, rows: [] };
  const headers = grid[h].map(cellText);
  const keyAt = new Map<number, string>();
  headers.forEach((text, i) => {
    if (!text) return;
    const n = normHeader(text);
    const col = def.columns.find((c) => normHeader(c.header) === n || (c.aliases ?? []).some((a) => normHeader(a) === n));
    if (!col) {
      out.warnings.push(`${def.name} 第${firstRow + h}行：列「${text}」不认识，已忽略`);
      return;
    }
    if ([...keyAt.values()].includes(col.key)) {
      out.problems.push({ sheet: def.name, row: firstRow + h, column: col.header, message: '这一列出现了两次' });
      return;
    }
    keyAt.set(i, col.key);
  });
  const missing = def.columns.filter((c) => c.required && ![...keyAt.values()].includes(c.key));
  for (const c of missing) out.problems.push({ sheet: def.name, row: firstRow + h, column: c.header, message: '缺少这一列' });
  if (missing.length) return null;
  const rows: SheetRow[] = [];
  for (let i = h + 1; i < grid.length; i++) {
    const cells: Record<string, string> = {};
    let any = false;
    for (const [idx, key] of keyAt) {
      const v = cellText(grid[i][idx]);
      cells[key] = v;
      if (v) any = true;
    }
    if (any) rows.push({ row: firstRow + i, cells });
  }
  return { def, rows };
}

/** UTF-8 (with or without BOM), else GB18030: Excel "CSV" in a Chinese Windows is GBK. */
export function decodeText(b: Buffer): string {
  let s: string;
  try {
    s = new TextDecoder('utf-8', { fatal: true }).decode(b);
  } catch {
    s = new TextDecoder('gb18030').decode(b);
  }
  return s.replace(/^\uFEFF/, '');
}

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// --- The template -------------------------------------------------------------------------------

const README_LINES = [
  '村声：县级组织架构导入模板',
  '',
  '一个县（市、区）一份文件。每张表一类数据：单位、人员、包村、群；不需要更新的表可以删掉整张表。',
  '第一行是列名，不要改；第二行起每行一条。带 * 的列必填。示例行请改成本县的内容或删除。',
  '',
  '同一条数据以固定的键对应：单位 = 辖区代码 + 单位名称；人员 = 手机号；包村 = 手机号 + 村代码；群 = 辖区代码 + 群名称。',
  '重复导入同一文件不会产生任何变化；改了哪一行，就只更新那一条。',
  '',
  '文件中包含“人员”表时，它就是本县在岗人员的完整名单：系统中本县有、而表中没有的人会被停用，',
  '他们手上未办结的工单自动转给所在单位负责人（工单记录里留痕；干部作风类工单仍留在纪委监委办理）。',
  '“包村”“群”表同理，是本县的完整名单。单位不会被删除：不再使用的单位请联系系统管理员。',
  '',
  '任何一行有错，整份文件都不会写入，系统会列出每个问题的表名、行号和列名，例如：人员 第7行 手机号：格式不对。',
  '建议先用“预览”（命令行 --dry-run，网页上的“只检查不导入”）看将要发生的变化。',
  '',
  '也可以每张表存成一个 CSV 文件（UTF-8 或 Excel 默认的 GBK 编码均可），文件名用表名：单位.csv、人员.csv、包村.csv、群.csv。',
  '',
  '各列说明：',
];

/** The downloadable template: a 说明 sheet, then one sheet per kind with its headings and an example row. */
export function buildTemplate(): Buffer {
  const wb = XLSX.utils.book_new();
  const help: string[][] = README_LINES.map((l) => [l]);
  for (const s of SHEETS) {
    help.push([], [`【${s.name}】`]);
    for (const c of s.columns) help.push([`${c.header}${c.required ? '*' : ''}`, c.help]);
  }
  const helpSheet = XLSX.utils.aoa_to_sheet(help);
  helpSheet['!cols'] = [{ wch: 16 }, { wch: 90 }];
  XLSX.utils.book_append_sheet(wb, helpSheet, '说明');
  for (const s of SHEETS) {
    const ws = XLSX.utils.aoa_to_sheet([s.columns.map((c) => `${c.header}${c.required ? '*' : ''}`), s.columns.map((c) => c.example)]);
    // Codes and phone numbers as text, so Excel keeps every digit and no leading zero is lost.
    for (let col = 0; col < s.columns.length; col++) {
      const addr = XLSX.utils.encode_cell({ r: 1, c: col });
      if (ws[addr]) ws[addr].t = 's';
    }
    ws['!cols'] = s.columns.map((c) => ({ wch: Math.max(12, c.header.length * 2 + 4, c.example.length + 4) }));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
