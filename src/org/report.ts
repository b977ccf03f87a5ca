import type { OrgImportReport } from './import';
import { SHEETS } from './sheets';

const ACTION_WORDS = { create: '新增', update: '更新', reactivate: '恢复', deactivate: '停用', remove: '撤销' } as const;

/** The report as the CLI prints it: the problems, or each change and a summary per sheet. */
export function reportLines(r: OrgImportReport): { out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  for (const w of r.warnings) err.push(`提示：${w}`);
  if (r.problems.length) {
    for (const p of r.problemLines) err.push(p);
    err.push(`共 ${r.problems.length} 个问题，没有写入任何数据`);
    return { out, err };
  }
  for (const c of r.changes) {
    const where = c.row !== null ? `${c.sheet} 第${c.row}行` : c.sheet;
    out.push(`${where} ${ACTION_WORDS[c.action]}：${c.what}${c.fields?.length ? `（${c.fields.join('、')}）` : ''}`);
  }
  const parts = SHEETS.map((s) => {
    const n = r.counts[s.kind];
    const moved = (Object.keys(ACTION_WORDS) as (keyof typeof ACTION_WORDS)[]).filter((a) => n[a]).map((a) => `${ACTION_WORDS[a]}${n[a]}`);
    return `${s.name}：${moved.length ? moved.join('、') : '无变化'}${n.unchanged ? `，未变${n.unchanged}` : ''}`;
  });
  out.push(`${r.countyName ?? ''}（${r.county}）${parts.join('；')}`);
  if (r.handedOver) out.push(`离岗人员的在办工单 ${r.handedOver} 件已转给所在单位负责人`);
  out.push(r.dryRun ? '预览（--dry-run）：没有写入任何数据' : r.changes.length ? '已导入' : '与系统中一致，没有变化');
  return { out, err };
}
