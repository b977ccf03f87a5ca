import { z } from 'zod';
import { Brackets, IsNull } from 'typeorm';
import { areaAncestors } from '../../auth/scope';
import { Api } from '../api';
import { requireActor } from '../auth';
import { Category } from '../../entities/Category';
import { Jurisdiction } from '../../entities/Jurisdiction';
import { Unit } from '../../entities/Unit';
import { notFound } from '../../errors';

export const DivisionsQuery = z.strictObject({
  parent: z
    .string()
    .regex(/^\d{2,9}$/, 'parent 应为 2/4/6/9 位区域代码')
    .optional(),
});
export const UnitsQuery = z.strictObject({
  area: z
    .string()
    .regex(/^(\d{2,12}|root)$/, 'area 应为区域代码')
    .optional(),
});

export function metaRoutes(api: Api): void {
  api.route({ method: 'get', path: '/categories', summary: '诉求类别', tag: 'meta', roles: [] }, async (ctx) => {
    const rows = await ctx.state.ds.manager.find(Category, { order: { sortOrder: 'ASC' } });
    ctx.body = { items: rows.map((c) => ({ code: c.code, name: c.name, description: c.description })) };
  });

  // Cascading place picker: provinces with no parent, else the children of `parent`.
  api.route({ method: 'get', path: '/divisions', summary: '行政区划（级联选择）', tag: 'meta', query: DivisionsQuery, roles: [] }, async (ctx, { query }) => {
    const m = ctx.state.ds.manager;
    if (query.parent && !(await m.findOne(Jurisdiction, { where: { code: query.parent } }))) throw notFound('区划');
    const rows = await m.find(Jurisdiction, { where: { parentCode: query.parent ?? IsNull() }, order: { code: 'ASC' } });
    ctx.body = { items: rows.map((j) => ({ code: j.code, name: j.name, shortName: j.shortName, level: j.level })) };
  });

  api.route(
    { method: 'get', path: '/units', summary: '承办单位（转办时选择）', tag: 'meta', query: UnitsQuery, roles: ['admin', 'cadre', 'leader'] },
    async (ctx, { query }) => {
      const actor = requireActor(ctx, 'admin', 'cadre', 'leader');
      const m = ctx.state.ds.manager;
      const qb = m.createQueryBuilder(Unit, 'u').orderBy('u.id', 'ASC').limit(500);
      if (query.area) qb.where('u.jurisdictionCode LIKE :a', { a: `${query.area}%` });
      // A county admin works within its county (and with the city and province above it).
      if (actor.kind === 'admin') {
        qb.andWhere(
          new Brackets((w) =>
            w
              .where('u.jurisdictionCode LIKE :own', { own: `${actor.area}%` })
              .orWhere('u.jurisdictionCode IN (:...above)', { above: areaAncestors(actor.area) }),
          ),
        );
      }
      const rows = await qb.getMany();
      ctx.body = { items: rows.map((u) => ({ id: u.id, name: u.name, kind: u.kind, jurisdictionCode: u.jurisdictionCode })) };
    },
  );
}
