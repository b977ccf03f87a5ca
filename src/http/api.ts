import Router from '@koa/router';
import { z, ZodType } from 'zod';
import type { Ctx } from './context';
import { parse } from './validate';
import { forbidden } from '../errors';

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

export interface RouteSpec<B extends ZodType | undefined, Q extends ZodType | undefined> {
  method: Method;
  /** koa-router path, e.g. /tickets/:id/accept */
  path: string;
  summary: string;
  tag: string;
  body?: B;
  query?: Q;
  /** Roles allowed; empty = public. Shown in the OpenAPI document. */
  roles: string[];
}

type Infer<S> = S extends ZodType ? z.infer<S> : undefined;

export interface Registered {
  spec: RouteSpec<ZodType | undefined, ZodType | undefined>;
  prefix: string;
}

/** Routes are declared once: the zod schemas validate requests and generate the OpenAPI document. */
export class Api {
  readonly routes: Registered[] = [];

  constructor(
    readonly router: Router,
    readonly prefix: string,
  ) {}

  route<B extends ZodType | undefined = undefined, Q extends ZodType | undefined = undefined>(
    spec: RouteSpec<B, Q>,
    handler: (ctx: Ctx, input: { body: Infer<B>; query: Infer<Q> }) => Promise<void>,
  ): void {
    this.routes.push({ spec: spec as any, prefix: this.prefix });
    this.router[spec.method](spec.path, async (ctx: any) => {
      // A caller whose role the route does not take is told so before its input is examined.
      const actor = ctx.state.actor as { kind: string } | undefined;
      if (actor && spec.roles.length && !spec.roles.includes(actor.kind) && !(actor.kind === 'sysadmin' && spec.roles.includes('admin'))) throw forbidden();
      const body = spec.body ? parse(spec.body, ctx.request.body, 'body') : undefined;
      const query = spec.query ? parse(spec.query, ctx.query, 'query') : undefined;
      await handler(ctx as Ctx, { body: body as Infer<B>, query: query as Infer<Q> });
    });
  }
}

/** OpenAPI 3.1 from the registered routes (zod 4's own JSON Schema output). */
export function openApiDocument(apis: Api[], info = { title: '村声 API', version: '1' }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const api of apis) {
    for (const { spec, prefix } of api.routes) {
      const p = (prefix + spec.path).replace(/:(\w+)/g, '{$1}');
      const params = [...spec.path.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
      const op: Record<string, unknown> = {
        summary: spec.summary,
        tags: [spec.tag],
        ...(spec.roles.length ? { security: [{ bearer: [] }], 'x-roles': spec.roles } : {}),
        parameters: params,
        responses: {
          '200': { description: 'OK' },
          '400': { description: '输入有误（字段见 error.field）' },
          '401': { description: '未认证' },
          '404': { description: '不存在或无权查看' },
          '409': { description: '状态冲突' },
        },
      };
      if (spec.query) {
        const js = z.toJSONSchema(spec.query as ZodType, { io: 'input', unrepresentable: 'any' }) as any;
        for (const [name, schema] of Object.entries(js.properties ?? {})) {
          (op.parameters as unknown[]).push({ name, in: 'query', required: (js.required ?? []).includes(name), schema });
        }
      }
      if (spec.body) {
        op.requestBody = {
          required: true,
          content: { 'application/json': { schema: z.toJSONSchema(spec.body as ZodType, { io: 'input', unrepresentable: 'any' }) } },
        };
      }
      (paths[p] ??= {})[spec.method] = op;
    }
  }
  return {
    openapi: '3.1.0',
    info,
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    paths,
  };
}
