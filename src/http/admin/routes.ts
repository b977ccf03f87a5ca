import { z } from 'zod';
import { Api } from '../api';
import { requireAdmin } from '../auth';
import { areaAncestors, requireWritableCode, rowAccess } from '../../auth/scope';
import { idParam } from '../validate';
import { RoutingRule } from '../../entities/RoutingRule';
import { DeadlinePolicyRow } from '../../entities/DeadlinePolicy';
import { Jurisdiction } from '../../entities/Jurisdiction';
import { Unit } from '../../entities/Unit';
import { inTransaction } from '../../db/tx';
import { invalidateReference } from '../../routing/reference';
import { bumpCacheVersion } from '../../db/cache-version';
import { badRequest, forbidden, notFound } from '../../errors';
import { CATEGORY_CODES, MISCONDUCT, UNIT_KINDS, URGENCIES } from '../../vocabulary';
import { Brackets, EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';

const area = z.string().regex(/^\d{2}(\d{2}(\d{2}(\d{3}(\d{3})?)?)?)?$/, '区域代码应为 2/4/6/9/12 位');
const unitKind = z.enum(UNIT_KINDS);

export const RoutingRuleBody = z
  .strictObject({
    category: z.enum(CATEGORY_CODES),
    jurisdictionCode: area.nullable().default(null),
    target: z.enum(['township', 'county_unit', 'discipline', 'petition_office', 'unit']),
    unitKind: unitKind.nullable().default(null),
    unitId: z.number().int().positive().nullable().default(null),
    coHandler: z.enum(['township']).nullable().default(null),
    priority: z.number().int().min(-100).max(100).default(0),
  })
  .refine((r) => r.target !== 'county_unit' || r.unitKind, { message: 'target=county_unit 时须指定 unitKind', path: ['unitKind'] })
  .refine((r) => r.target !== 'unit' || r.unitId, { message: 'target=unit 时须指定 unitId', path: ['unitId'] });

const duration = z.strictObject({ value: z.number().int().min(1).max(10_000), unit: z.enum(['hours', 'calendar_days', 'working_days']) });
export const DeadlinePolicyBody = z.strictObject({
  urgency: z.enum(URGENCIES),
  category: z.enum(CATEGORY_CODES).nullable().default(null),
  jurisdictionCode: area.nullable().default(null),
  responseWithin: duration,
  resolveWithin: duration,
});

async function checkArea(m: EntityManager, code: string | null) {
  if (code && !(await m.findOne(Jurisdiction, { where: { code } }))) throw badRequest(`区域代码 ${code} 不存在`, 'jurisdictionCode');
}

/** Rows a county admin sees: its county's, and the nationwide and higher ones that apply to it. */
function visibleTo<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, area: string): SelectQueryBuilder<T> {
  if (area === '') return qb;
  return qb.andWhere(
    new Brackets((w) => {
      w.where('r.jurisdictionCode IS NULL')
        .orWhere('r.jurisdictionCode IN (:...above)', { above: areaAncestors(area) })
        .orWhere('r.jurisdictionCode LIKE :own', { own: `${area}%` });
    }),
  );
}

/**
 * Deletes a row the admin may change. Another county's row answers 404 (it does not exist for
 * this admin); a nationwide or higher row it can see answers 403.
 */
async function deleteScoped(m: EntityManager, entity: typeof RoutingRule | typeof DeadlinePolicyRow, id: number, area: string, what: string) {
  const row: { jurisdictionCode: string | null } | null = await m.createQueryBuilder(entity, 'r').where('r.id = :id', { id }).getOne();
  const access = row ? rowAccess(row.jurisdictionCode, area) : 'none';
  if (access === 'none') throw notFound(what);
  if (access === 'read') throw forbidden(`全国或上级的${what}只能由系统管理员修改`);
  await m.delete(entity, { id });
}

const editable = (code: string | null, area: string) => rowAccess(code, area) === 'write';

const presentPolicy = (p: DeadlinePolicyRow, area = '') => ({
  id: p.id,
  editable: editable(p.jurisdictionCode, area),
  urgency: p.urgency,
  category: p.category,
  jurisdictionCode: p.jurisdictionCode,
  responseWithin: { value: p.responseValue, unit: p.responseUnit },
  resolveWithin: { value: p.resolveValue, unit: p.resolveUnit },
});

/**
 * Routing rules and clocks are data an admin changes per jurisdiction: a county admin its own
 * county's rows (it reads the nationwide and higher ones that apply there), the system-wide
 * admin every row.
 */
export function adminRoutes(api: Api): void {
  api.route({ method: 'get', path: '/admin/routing-rules', summary: '分派规则列表', tag: 'admin', roles: ['admin'] }, async (ctx) => {
    const { area } = requireAdmin(ctx);
    const rows = await visibleTo(ctx.state.ds.manager.createQueryBuilder(RoutingRule, 'r'), area)
      .orderBy('r.category', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .getMany();
    ctx.body = { items: rows.map((r) => ({ ...r, editable: editable(r.jurisdictionCode, area) })) };
  });

  api.route(
    { method: 'post', path: '/admin/routing-rules', summary: '新增分派规则（更具体的区域优先）', tag: 'admin', body: RoutingRuleBody, roles: ['admin'] },
    async (ctx, { body }) => {
      const { area } = requireAdmin(ctx);
      requireWritableCode(body.jurisdictionCode, area);
      const saved = await inTransaction(ctx.state.ds, async ({ manager: m, afterCommit }) => {
        afterCommit(() => invalidateReference(ctx.state.ds));
        await bumpCacheVersion(m, 'reference');
        await checkArea(m, body.jurisdictionCode);
        // A county's complaints go to a unit of that county (never routed into another county).
        const unit = body.unitId ? await m.findOne(Unit, { where: { id: body.unitId } }) : null;
        if (body.unitId && (!unit || (area !== '' && !unit.jurisdictionCode.startsWith(area)))) throw badRequest('单位不存在', 'unitId');
        // A commission takes reports only (routed by whom they accuse, never by a rule): an ordinary
        // category sent there stays readable by the leaders over the place, with what it writes.
        if (body.category !== MISCONDUCT && (body.target === 'discipline' || body.unitKind === 'discipline' || unit?.kind === 'discipline'))
          throw badRequest(
            '纪委监委只办理干部作风类诉求，不能作为其他类别的承办单位',
            unit?.kind === 'discipline' ? 'unitId' : body.unitKind === 'discipline' ? 'unitKind' : 'target',
          );
        return m.save(m.create(RoutingRule, body));
      });
      ctx.body = { ...saved, editable: true };
      ctx.status = 201;
    },
  );

  api.route({ method: 'delete', path: '/admin/routing-rules/:id', summary: '删除分派规则', tag: 'admin', roles: ['admin'] }, async (ctx) => {
    const { area } = requireAdmin(ctx);
    const id = idParam(ctx.params.id);
    await inTransaction(ctx.state.ds, async ({ manager: m, afterCommit }) => {
      afterCommit(() => invalidateReference(ctx.state.ds));
      await bumpCacheVersion(m, 'reference');
      await deleteScoped(m, RoutingRule, id, area, '分派规则');
    });
    ctx.status = 204;
  });

  api.route({ method: 'get', path: '/admin/deadline-policies', summary: '时限规则列表', tag: 'admin', roles: ['admin'] }, async (ctx) => {
    const { area } = requireAdmin(ctx);
    const rows = await visibleTo(ctx.state.ds.manager.createQueryBuilder(DeadlinePolicyRow, 'r'), area).orderBy('r.id', 'ASC').getMany();
    ctx.body = { items: rows.map((p) => presentPolicy(p, area)) };
  });

  api.route(
    {
      method: 'post',
      path: '/admin/deadline-policies',
      summary: '新增时限规则（按紧急程度，可限定类别和区域）',
      tag: 'admin',
      body: DeadlinePolicyBody,
      roles: ['admin'],
    },
    async (ctx, { body }) => {
      const { area } = requireAdmin(ctx);
      requireWritableCode(body.jurisdictionCode, area);
      const row = await inTransaction(ctx.state.ds, async ({ manager: m, afterCommit }) => {
        afterCommit(() => invalidateReference(ctx.state.ds));
        await bumpCacheVersion(m, 'reference');
        await checkArea(m, body.jurisdictionCode);
        return m.save(
          m.create(DeadlinePolicyRow, {
            urgency: body.urgency,
            category: body.category,
            jurisdictionCode: body.jurisdictionCode,
            responseValue: body.responseWithin.value,
            responseUnit: body.responseWithin.unit,
            resolveValue: body.resolveWithin.value,
            resolveUnit: body.resolveWithin.unit,
          }),
        );
      });
      ctx.status = 201;
      ctx.body = presentPolicy(row, area);
    },
  );

  api.route({ method: 'delete', path: '/admin/deadline-policies/:id', summary: '删除时限规则', tag: 'admin', roles: ['admin'] }, async (ctx) => {
    const { area } = requireAdmin(ctx);
    const id = idParam(ctx.params.id);
    await inTransaction(ctx.state.ds, async ({ manager: m, afterCommit }) => {
      afterCommit(() => invalidateReference(ctx.state.ds));
      await bumpCacheVersion(m, 'reference');
      await deleteScoped(m, DeadlinePolicyRow, id, area, '时限规则');
    });
    ctx.status = 204;
  });
}
