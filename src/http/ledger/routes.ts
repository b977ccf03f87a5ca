import type { EntityManager } from 'typeorm';
import { Api } from '../api';
import type { Mount } from '../app';
import { requireActor } from '../auth';
import type { Ctx } from '../context';
import { idParam } from '../validate';
import { SavedView } from '../../entities/SavedView';
import { AppError, badRequest, conflict, forbidden, notFound } from '../../errors';
import { shanghaiCompactYmd } from '../../clocks/time';
import { loadReadable } from '../../tickets';
import type { Actor } from '../../tickets/actor';
import { ledgerFacets, ledgerPage, ledgerTickets } from '../../tickets/ledger';
import { presentConsoleTicket } from '../../tickets/presenters/console';
import { presentSheetRows, sheetWorkbook } from '../../tickets/presenters/sheet';
import * as S from './schemas';

const STAFF: Actor['kind'][] = ['admin', 'cadre', 'leader'];
/** More rows than this is not a 台账 to print or file: the caller narrows the filter. (An object: tests lower it.) */
export const EXPORT_LIMIT = { rows: 5000 };
export const MAX_VIEWS = 50;

/** The member of staff behind the caller (saved views are theirs); a staff-less sysadmin has none. */
function staffIdOf(a: Actor): number {
  if ((a.kind === 'admin' || a.kind === 'cadre' || a.kind === 'leader' || a.kind === 'sysadmin') && a.staff) return a.staff.id;
  throw forbidden('保存的视图属于工作人员本人，此令牌没有对应的工作人员');
}

const presentView = (v: SavedView) => ({
  id: v.id,
  name: v.name,
  filters: v.filters,
  createdAt: v.createdAt.toISOString(),
  updatedAt: v.updatedAt.toISOString(),
});

/** Someone else's view answers exactly as a missing one. */
async function ownView(m: EntityManager, staffId: number, id: number): Promise<SavedView> {
  const v = await m.findOne(SavedView, { where: { id, staffId } });
  if (!v) throw notFound('视图');
  return v;
}

const isDuplicate = (e: any) => /UNIQUE|Duplicate entry|ER_DUP_ENTRY/i.test(String(e?.message ?? e?.code ?? e?.driverError?.code));

/**
 * Routes under /tickets that must be registered before `GET /tickets/:id` (which would otherwise
 * take `export.xlsx` for an id), and the console's ticket page.
 */
export function ledgerTicketRoutes(api: Api): void {
  api.route(
    {
      method: 'get',
      path: '/tickets/export.xlsx',
      summary: `导出台账（Excel；筛选条件同 /ledger；北京时间；信访人信息仅对有权查看者导出；最多 ${EXPORT_LIMIT.rows} 条）`,
      tag: 'ledger',
      query: S.ExportQuery,
      roles: STAFF,
    },
    async (ctx, { query }) => {
      const actor = requireActor(ctx, ...STAFF);
      const m = ctx.state.ds.manager;
      const now = new Date();
      const cap = EXPORT_LIMIT.rows;
      const { rows, total } = await ledgerTickets(m, actor, S.toFilters(query), { sort: query.sort, offset: 0, limit: cap + 1 }, now);
      if (total > cap) throw new AppError(400, 'too_many_rows', `符合条件的工单共 ${total} 条，超过导出上限 ${cap} 条，请缩小筛选范围`, 'q');
      const body = sheetWorkbook(await presentSheetRows(m, actor, rows, now));
      const day = shanghaiCompactYmd(now);
      ctx.set('Content-Disposition', `attachment; filename="tickets-${day}.xlsx"; filename*=UTF-8''${encodeURIComponent(`台账-${day}.xlsx`)}`);
      ctx.set('Cache-Control', 'no-store');
      ctx.type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      ctx.body = body;
    },
  );

  api.route(
    {
      method: 'get',
      path: '/tickets/:id/console',
      summary: '控制台工单页：工单、办理记录、两个时限及剩余时间、附件、关联工单（仅有权查看的）、当前用户可执行的操作',
      tag: 'ledger',
      roles: STAFF,
    },
    async (ctx) => {
      const actor = requireActor(ctx, ...STAFF);
      const m = ctx.state.ds.manager;
      const { ticket, scope } = await loadReadable(m, actor, idParam(ctx.params.id));
      ctx.body = await presentConsoleTicket(m, actor, ticket, scope);
    },
  );
}

export const ledgerMount: Mount = ({ v1: api }) => {
  api.route(
    {
      method: 'get',
      path: '/ledger',
      summary: '台账：筛选、搜索、排序、分页（含总数）及各筛选值的计数（facets=true），均限于本人可见范围',
      tag: 'ledger',
      query: S.LedgerQuery,
      roles: STAFF,
    },
    async (ctx, { query }) => {
      const actor = requireActor(ctx, ...STAFF);
      const m = ctx.state.ds.manager;
      const now = new Date();
      const filters = S.toFilters(query);
      const page = await ledgerPage(m, actor, filters, { sort: query.sort, page: query.page, pageSize: query.pageSize }, now);
      ctx.body = query.facets ? { ...page, facets: await ledgerFacets(m, actor, filters, now) } : page;
    },
  );

  api.route({ method: 'get', path: '/views', summary: '我保存的台账视图', tag: 'ledger', roles: STAFF }, async (ctx) => {
    const staffId = staffIdOf(requireActor(ctx, ...STAFF));
    const rows = await ctx.state.ds.manager.find(SavedView, { where: { staffId }, order: { name: 'ASC', id: 'ASC' } });
    ctx.body = { items: rows.map(presentView) };
  });

  api.route(
    { method: 'post', path: '/views', summary: '保存台账视图（名称 + 筛选条件）', tag: 'ledger', body: S.CreateView, roles: STAFF },
    async (ctx, { body }) => {
      const staffId = staffIdOf(requireActor(ctx, ...STAFF));
      const m = ctx.state.ds.manager;
      if ((await m.count(SavedView, { where: { staffId } })) >= MAX_VIEWS) throw badRequest(`最多保存 ${MAX_VIEWS} 个视图`, 'name');
      const now = new Date();
      try {
        const v = await m.save(m.create(SavedView, { staffId, name: body.name, filters: body.filters, createdAt: now, updatedAt: now }));
        ctx.status = 201;
        ctx.body = presentView(v);
      } catch (e) {
        if (isDuplicate(e)) throw conflict(`已有名为「${body.name}」的视图`);
        throw e;
      }
    },
  );

  api.route({ method: 'put', path: '/views/:id', summary: '修改台账视图', tag: 'ledger', body: S.UpdateView, roles: STAFF }, async (ctx: Ctx, { body }) => {
    const staffId = staffIdOf(requireActor(ctx, ...STAFF));
    const m = ctx.state.ds.manager;
    const v = await ownView(m, staffId, idParam(ctx.params.id));
    if (body.name !== undefined) v.name = body.name;
    if (body.filters !== undefined) v.filters = body.filters;
    v.updatedAt = new Date();
    try {
      ctx.body = presentView(await m.save(v));
    } catch (e) {
      if (isDuplicate(e)) throw conflict(`已有名为「${v.name}」的视图`);
      throw e;
    }
  });

  api.route({ method: 'delete', path: '/views/:id', summary: '删除台账视图', tag: 'ledger', roles: STAFF }, async (ctx) => {
    const staffId = staffIdOf(requireActor(ctx, ...STAFF));
    const m = ctx.state.ds.manager;
    const v = await ownView(m, staffId, idParam(ctx.params.id));
    await m.delete(SavedView, { id: v.id });
    ctx.status = 204;
  });
};
