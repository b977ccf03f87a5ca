import { z } from 'zod';
import { AppError, badRequest, forbidden } from '../../errors';
import { buildTemplate, importOrganisation, XLSX_MIME } from '../../org';
import type { Mount } from '../app';
import { requireAdmin } from '../auth';
import type { Ctx } from '../context';

const MAX_BYTES = 5 * 1024 * 1024;

const ImportQuery = z.strictObject({
  county: z
    .string()
    .regex(/^\d{6}$/, '县级区划代码应为 6 位')
    .optional(),
  dryRun: z
    .enum(['0', '1', 'true', 'false'])
    .default('0')
    .transform((v) => v === '1' || v === 'true'),
  /** For a CSV body: which sheet it is (单位, 人员, 包村, 群). */
  sheet: z.string().min(1).max(20).optional(),
});

/** The upload as sent: the workbook or CSV bytes are the request body (no multipart needed). */
async function uploadBody(ctx: Ctx): Promise<Buffer> {
  const declared = Number(ctx.get('content-length') || 0);
  if (declared > MAX_BYTES) throw new AppError(413, 'payload_too_large', '文件过大（最大 5 MB）');
  // A text/plain body was read by the body parser already (as UTF-8).
  const parsed = (ctx.request as any).body;
  if (typeof parsed === 'string' && parsed.length) return Buffer.from(parsed, 'utf8');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of ctx.req) {
    size += (c as Buffer).length;
    if (size > MAX_BYTES) throw new AppError(413, 'payload_too_large', '文件过大（最大 5 MB）');
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The county's organisation by upload: the template to download, and the import (dryRun=1 to
 * preview). A county admin imports into its own county only; a system-wide admin names any.
 */
export const orgMount: Mount = ({ v1 }) => {
  v1.route(
    {
      method: 'get',
      path: '/admin/org/template',
      summary: '下载组织架构导入模板（Excel：说明、单位、人员、包村、群）',
      tag: 'admin',
      roles: ['sysadmin', 'admin'],
    },
    async (ctx) => {
      requireAdmin(ctx);
      ctx.set('Content-Type', XLSX_MIME);
      ctx.set('Content-Disposition', `attachment; filename="org-template.xlsx"; filename*=UTF-8''${encodeURIComponent('村声组织架构导入模板.xlsx')}`);
      ctx.body = buildTemplate();
    },
  );

  v1.route(
    {
      method: 'post',
      path: '/admin/org/import',
      summary:
        '导入本县的单位、人员、包村干部和群（请求体为 Excel 文件或某一张表的 CSV；dryRun=1 只检查并列出将发生的变化）；有任何一行出错则整份不写入，返回 422 和逐条问题',
      tag: 'admin',
      query: ImportQuery,
      roles: ['sysadmin', 'admin'],
    },
    async (ctx, { query }) => {
      const { actor, area } = requireAdmin(ctx);
      if (area !== '' && query.county && query.county !== area) throw forbidden(`只能导入本县（区）（${area}）的组织架构`);
      const county = area === '' ? query.county : area;
      const data = await uploadBody(ctx);
      if (!data.length) throw badRequest('请求体为空：请上传 Excel 文件或 CSV', 'body');
      const type = ctx.get('content-type');
      const isCsv = /^text\/(csv|plain)/i.test(type);
      if (isCsv && !query.sheet) throw badRequest('上传 CSV 时须用 sheet 参数说明是哪张表（单位、人员、包村、群）', 'sheet');
      const r = await importOrganisation(ctx.state.ds, [{ name: isCsv ? `${query.sheet}.csv` : 'upload.xlsx', data, sheet: query.sheet }], {
        county,
        dryRun: query.dryRun,
        actor,
      });
      const problems = r.problems.map((p, i) => ({ ...p, text: r.problemLines[i] }));
      if (r.problems.length) {
        const first = r.problems[0];
        throw new AppError(
          422,
          'invalid_rows',
          `共 ${r.problems.length} 个问题，没有写入任何数据：${r.problemLines[0]}`,
          [first.sheet, first.row !== null ? `第${first.row}行` : null, first.column].filter(Boolean).join('.') || 'body',
          { problems, warnings: r.warnings },
        );
      }
      ctx.body = {
        county: r.county,
        countyName: r.countyName,
        dryRun: r.dryRun,
        applied: r.applied,
        changes: r.changes,
        counts: r.counts,
        handedOver: r.handedOver,
        warnings: r.warnings,
      };
    },
  );
};
