import { z } from 'zod';
import { Api } from '../api';
import { requireActor } from '../auth';
import { idParam } from '../validate';
import { RoutingRule } from '../../entities/RoutingRule';
import { DeadlinePolicyRow } from '../../entities/DeadlinePolicy';
import { Jurisdiction } from '../../entities/Jurisdiction';
import { Unit } from '../../entities/Unit';
import { inTransaction } from '../../db/tx';
import { invalidateReference } from '../../routing/reference';
import { badRequest, notFound } from '../../errors';
import { CATEGORY_CODES, UNIT_KINDS, URGENCIES } from '../../vocabulary';
import type { EntityManager } from 'typeorm';

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

const presentPolicy = (p: DeadlinePolicyRow) => ({
  id: p.id, urgency: p.urgency, category: p.category, jurisdictionCode: p.jurisdictionCode,
  responseWithin: { value: p.responseValue, unit: p.responseUnit }, resolveWithin: { value: p.resolveValue, unit: p.resolveUnit },
});

/** Routing rules and clocks are data an admin changes per jurisdiction. */
export function adminRoutes(api: Api): void {
  api.route({ method: 'get', path: '/admin/routing-rules', summary: '分派规则列表', tag: 'admin', roles: ['admin'] }, async (ctx) => {
    requireActor(ctx, 'admin');
    ctx.body = { items: await ctx.state.ds.manager.find(RoutingRule, { order: { category: 'ASC', id: 'ASC' } }) };
  });

  api.route({ method: 'post', path: '/admin/routing-rules', summary: '新增分派规则（更具体的区域优先）', tag: 'admin', body: RoutingRuleBody, roles: ['admin'] }, async (ctx, { body }) => {
    requireActor(ctx, 'admin');
    ctx.body = await inTransaction(ctx.state.ds, async ({ manager: m, afterCommit }) => {
      afterCommit(() => invalidateReference(ctx.state.ds));
      await checkArea(m, body.jurisdictionCode);
      if (body.unitId && !(await m.findOne(Unit, { where: { id: body.unitId } }))) throw badRequest('单位不存在', 'unitId');
      return m.save(m.create(RoutingRule, body));
    });
    ctx.status = 201;
  });

  api.route({ method: 'delete', path: '/admin/routing-rules/:id', summary: '删除分派规则', tag: 'admin', roles: ['admin'] }, async (ctx) => {
    requireActor(ctx, 'admin');
    const id = idParam(ctx.params.id);
    await inTransaction(ctx.state.ds, async ({ manager: m, afterCommit }) => {
      afterCommit(() => invalidateReference(ctx.state.ds));
      const res = await m.delete(RoutingRule, { id });
      if (!res.affected) throw notFound('分派规则');
    });
    ctx.status = 204;
  });

  api.route({ method: 'get', path: '/admin/deadline-policies', summary: '时限规则列表', tag: 'admin', roles: ['admin'] }, async (ctx) => {
    requireActor(ctx, 'admin');
    ctx.body = { items: (await ctx.state.ds.manager.find(DeadlinePolicyRow, { order: { id: 'ASC' } })).map(presentPolicy) };
  });

  api.route({ method: 'post', path: '/admin/deadline-policies', summary: '新增时限规则（按紧急程度，可限定类别和区域）', tag: 'admin', body: DeadlinePolicyBody, roles: ['admin'] }, async (ctx, { body }) => {
    requireActor(ctx, 'admin');
    const row = await inTransaction(ctx.state.ds, async ({ manager: m, afterCommit }) => {
      afterCommit(() => invalidateReference(ctx.state.ds));
      await checkArea(m, body.jurisdictionCode);
      return m.save(
        m.create(DeadlinePolicyRow, {
          urgency: body.urgency, category: body.category, jurisdictionCode: body.jurisdictionCode,
          responseValue: body.responseWithin.value, responseUnit: body.responseWithin.unit,
          resolveValue: body.resolveWithin.value, resolveUnit: body.resolveWithin.unit,
        }),
      );
    });
    ctx.status = 201;
    ctx.body = presentPolicy(row);
  });

  api.route({ method: 'delete', path: '/admin/deadline-policies/:id', summary: '删除时限规则', tag: 'admin', roles: ['admin'] }, async (ctx) => {
    requireActor(ctx, 'admin');
    const id = idParam(ctx.params.id);
    await inTransaction(ctx.state.ds, async ({ manager: m, afterCommit }) => {
      afterCommit(() => invalidateReference(ctx.state.ds));
      const res = await m.delete(DeadlinePolicyRow, { id });
      if (!res.affected) throw notFound('时限规则');
    });
    ctx.status = 204;
  });
}
