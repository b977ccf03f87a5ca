import fs from 'node:fs';
import path from 'node:path';
import { buildTemplate, importOrganisation, reportLines } from '../../org';
import { defineCommand, EXIT_FAILED, parseCountyCodes, UsageError, withDatabase } from '../command';

export const orgImportCommand = defineCommand({
  name: 'org:import',
  summary:
    "Load a county's own units, staff, leaders, 包村 assignments and chat groups from the template workbook (one sheet per kind) or one CSV per kind (单位.csv, 人员.csv, 包村.csv, 群.csv). Every problem is listed by sheet, row and column and nothing is written; re-importing the same file changes nothing; people missing from 人员 are deactivated and their open tickets go to their unit head. --dry-run prints what would change.",
  usage: 'org:import FILE.xlsx|FILE.csv… [--county 220382] [--dry-run]',
  options: { 'dry-run': { type: 'boolean' }, county: { type: 'string' } },
  positionals: true,
  async handler({ values, positionals, io }) {
    if (!positionals.length) throw new UsageError('missing FILE');
    const county = values.county === undefined ? undefined : parseCountyCodes(values.county, '--county');
    if (county && county.length !== 1) throw new UsageError('--county: one county at a time');
    const files = positionals.map((f) => {
      try {
        return { name: path.basename(f), data: fs.readFileSync(f) };
      } catch (e: any) {
        throw new UsageError(`cannot read ${f}: ${e?.code ?? e?.message ?? e}`);
      }
    });
    const r = await withDatabase((ds) => importOrganisation(ds, files, { county: county?.[0], dryRun: !!values['dry-run'] }));
    const lines = reportLines(r);
    for (const l of lines.out) io.out(l);
    for (const l of lines.err) io.err(l);
    return r.problems.length ? EXIT_FAILED : undefined;
  },
});

export const orgTemplateCommand = defineCommand({
  name: 'org:template',
  summary: 'Write the organisation import template (说明 sheet, then 单位/人员/包村/群 with their headings and an example row).',
  usage: 'org:template [--out FILE.xlsx]',
  options: { out: { type: 'string' } },
  async handler({ values, io }) {
    const out = values.out ?? '村声组织架构导入模板.xlsx';
    if (!/\.xlsx$/i.test(out)) throw new UsageError('--out: the template is an .xlsx file');
    try {
      fs.writeFileSync(out, buildTemplate());
    } catch (e: any) {
      throw new UsageError(`cannot write ${out}: ${e?.code ?? e?.message ?? e}`);
    }
    io.out(`template written to ${out}`);
  },
});
