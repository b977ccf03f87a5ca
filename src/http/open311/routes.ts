import Router from '@koa/router';
import type Koa from 'koa';
import { ZodError } from 'zod';
import { Api } from '../api';
import type { Mount } from '../app';
import type { Ctx } from '../context';
import { malformedBody, registerErrorFormat, zodToAppError } from '../errors';
import { AppError } from '../../errors';
import { addressKey, RateLimited } from '../ratelimit';
import { actorForToken } from '../../auth/actor';
import { Category } from '../../entities/Category';
import type { Actor } from '../../tickets/actor';
import { toXml, XmlValue } from '../../channels/open311/xml';
import { discard, dropUnattached, fetchMedia, parseHostList, readMultipart, recordPhotos, type StoredPhoto } from '../../channels/open311/media';
import { storageFor } from '../../channels/mp/storage';
import {
  discovery,
  findByToken,
  getRequest,
  listRequests,
  listServices,
  MAX_IDS,
  MAX_RESULTS,
  open311Error,
  parseW3cDate,
  requireCounty,
  serviceDefinition,
  submitRequest,
} from '../../channels/open311/service';
import * as S from './schemas';

/**
 * Open311 GeoReport v2 under /open311/v2. The format is the extension (.json or .xml; none means
 * JSON), and errors are the spec's `[{code, description}]` in the same format, the description
 * starting with the parameter at fault.
 */
export const OPEN311_PREFIX = '/open311/v2';

type Client = Extract<Actor, { kind: 'channel' | 'admin' | 'sysadmin' }>;
type Format = 'json' | 'xml';

function formatOf(ctx: Koa.Context | Ctx): Format {
  const f = String((ctx as Ctx).params?.format ?? 'json').toLowerCase();
  if (f === 'json' || f === 'xml') return f;
  throw open311Error(400, `format: 不支持的格式「${f.slice(0, 16)}」，请用 .json 或 .xml`, 'format');
}

function send(ctx: Koa.Context | Ctx, format: Format, root: string, value: XmlValue, status = 200) {
  ctx.status = status;
  if (format === 'xml') {
    ctx.type = 'text/xml; charset=utf-8';
    ctx.body = toXml(root, value);
  } else {
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = JSON.stringify(value);
  }
}

/** A 4xx in GeoReport's `[{code, description}]`, in the request's format; the description starts with the field. */
function renderOpen311Error(ctx: Koa.Context, e: AppError) {
  // GeoReport knows 403 for a missing or bad api_key; the app's 401 means the same here.
  const code = e.status === 401 ? 403 : e.status;
  const description = e.field && !e.message.startsWith(e.field) ? `${e.field}: ${e.message}` : e.message;
  const ext = /\.([^./]+)$/.exec(ctx.path)?.[1]?.toLowerCase();
  if (e instanceof RateLimited) ctx.set('Retry-After', String(e.retryAfter));
  send(ctx, ext === 'xml' ? 'xml' : 'json', 'errors', [{ code, description }], code);
}

/** Renders 4xx errors the Open311 way; anything else goes on to the app's error handler. */
async function open311Errors(ctx: Koa.Context, next: Koa.Next) {
  try {
    await next();
  } catch (err: any) {
    let e: AppError | null = null;
    if (err instanceof AppError) e = err;
    else if (err instanceof ZodError) e = zodToAppError(err);
    else if (err?.status >= 400 && err.status < 500 && err.expose !== false) e = new AppError(err.status, 'bad_request', malformedBody(err));
    if (!e || e.status >= 500) throw err;
    renderOpen311Error(ctx, e);
  }
}

/** `api_key` (form or query) or a bearer token: a channel or admin token may file requests. */
async function clientOf(ctx: Ctx, key: unknown): Promise<Client> {
  let actor: Actor | null | undefined = ctx.state.actor;
  if (key !== undefined) {
    if (typeof key !== 'string' || !key) throw open311Error(403, 'api_key: api_key 无效', 'api_key');
    actor = await actorForToken(ctx.state.ds, key);
  }
  if (!actor) throw open311Error(403, 'api_key: 缺少或无效的 api_key', 'api_key');
  if (actor.kind !== 'channel' && actor.kind !== 'admin' && actor.kind !== 'sysadmin') throw open311Error(403, 'api_key: 该密钥无权提交诉求', 'api_key');
  return actor;
}

/**
 * Who a public read is counted against (OPEN311_READS_PER_MIN): the holder of a valid API token
 * (`api_key`, or a bearer token), else the address the request came from — ctx.ip, which reads
 * X-Forwarded-For only with TRUST_PROXY=1. An unknown key is no key: it counts under the address
 * (a made-up key per request must not buy a fresh bucket).
 */
async function readerOf(ctx: Ctx): Promise<string> {
  const key = ctx.query.api_key;
  if (typeof key === 'string' && key) {
    const a = await actorForToken(ctx.state.ds, key);
    if (a && 'tokenId' in a) return `key:${a.tokenId}`;
  }
  const a = ctx.state.actor;
  if (a && !ctx.state.session && 'tokenId' in a) return `key:${a.tokenId}`;
  return `ip:${addressKey(ctx.ip)}`;
}

/**
 * Admits a public read that may return up to `atMost` tickets (429 when the client's bucket is
 * empty); the returned function is called with what it did return and gives the rest back.
 */
async function admitRead(ctx: Ctx, atMost = 1): Promise<(returned: number) => Promise<void>> {
  const limiter = ctx.state.readLimiter;
  if (!limiter) return async () => undefined;
  return limiter.admit(await readerOf(ctx), atMost);
}

const clients = new WeakMap<object, Client>();
/** Photos a multipart POST carried, stored while it was read, and what was dropped from it. */
const uploads = new WeakMap<object, { photos: StoredPhoto[]; notes: string[] }>();

const MAX_ATTRIBUTES = 50;

/**
 * `attribute[code]=value` pairs: the form parser nests them (`attribute: {code: value}`),
 * multipart fields keep the bracketed name. Values are kept as text, cut to 500 characters.
 */
function attributesOf(raw: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  const put = (k: string, v: unknown) => {
    if (Object.keys(out).length >= MAX_ATTRIBUTES || !k) return;
    const value = Array.isArray(v) ? v.map(String).join(',') : typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v ?? '');
    out[k.slice(0, 64)] = value.slice(0, 500);
  };
  const nested = raw.attribute;
  if (nested && typeof nested === 'object' && !Array.isArray(nested)) for (const [k, v] of Object.entries(nested)) put(k, v);
  for (const [k, v] of Object.entries(raw)) {
    const m = /^attribute\[(.+)\]$/.exec(k);
    if (m) put(m[1], v);
  }
  return out;
}

/** The form's value, else the query string's (node-open311 sends jurisdiction_id in the query of its POST). */
function jurisdictionOf(ctx: Ctx, fromBody: string | undefined): string | undefined {
  const q = ctx.query.jurisdiction_id;
  const fromQuery = typeof q === 'string' && q !== '' ? q : undefined;
  if (Array.isArray(q)) throw open311Error(400, 'jurisdiction_id: 只能给一个辖区代码', 'jurisdiction_id');
  if (fromBody !== undefined && fromQuery !== undefined && fromBody !== fromQuery)
    throw open311Error(400, `jurisdiction_id: 表单（${fromBody.slice(0, 12)}）与查询参数（${fromQuery.slice(0, 12)}）中的辖区代码不一致`, 'jurisdiction_id');
  return fromBody ?? fromQuery;
}

function idempotencyKey(ctx: Ctx, fromBody: string | undefined): string | undefined {
  const header = ctx.get('idempotency-key');
  if (!header) return fromBody;
  if (!S.IDEMPOTENCY_KEY.test(header)) throw open311Error(400, 'Idempotency-Key: 只能含字母、数字、_ - :，最长 64 位', 'Idempotency-Key');
  return header;
}

function dateParam(raw: string | undefined, field: 'start_date' | 'end_date'): Date | undefined {
  if (raw === undefined) return undefined;
  const d = parseW3cDate(raw);
  if (!d) throw open311Error(400, `${field}: 时间格式应为 W3C 格式，如 2026-11-24T09:00:00+08:00 或 2026-11-24`, field);
  return d;
}

export const open311Mount: Mount = ({ root, apis }) => {
  // Errors raised before routing (a body the parser rejects, an oversized one) are Open311's too.
  registerErrorFormat(OPEN311_PREFIX, renderOpen311Error);
  registerErrorFormat('/open311/discovery', renderOpen311Error);
  const router = new Router({ prefix: OPEN311_PREFIX });
  router.use(open311Errors);
  const api = new Api(router, OPEN311_PREFIX);
  apis.push(api);

  api.route(
    { method: 'get', path: '/services.:format', summary: 'Open311：服务类别（诉求类别）列表', tag: 'open311', query: S.ServicesQuery, roles: [] },
    async (ctx, { query }) => {
      const format = formatOf(ctx);
      const m = ctx.state.ds.manager;
      await requireCounty(m, query.jurisdiction_id, false);
      send(ctx, format, 'services', (await listServices(m)) as unknown as XmlValue);
    },
  );

  api.route(
    { method: 'get', path: '/services/:code.:format', summary: 'Open311：服务定义', tag: 'open311', query: S.ServicesQuery, roles: [] },
    async (ctx, { query }) => {
      const format = formatOf(ctx);
      const m = ctx.state.ds.manager;
      await requireCounty(m, query.jurisdiction_id, false);
      send(ctx, format, 'service_definition', (await serviceDefinition(m, ctx.params.code)) as XmlValue);
    },
  );

  // The key is checked before the parameters: a client without a valid key learns nothing else.
  // A multipart POST (FixMyStreet sending photos) is read first, its files stored as they
  // stream in and deleted again if the key is refused.
  router.post('/requests.:format', async (ctx, next) => {
    formatOf(ctx);
    let photos: StoredPhoto[] = [];
    const storage = storageFor((ctx as unknown as Ctx).state.config.UPLOAD_DIR);
    if (/^multipart\/form-data\b/i.test(ctx.get('content-type'))) {
      const read = await readMultipart(ctx.req, ctx.req.headers, storage).catch((e) => {
        // The rest of an oversized body is not read: the connection ends with the answer.
        if (e instanceof AppError && e.status === 413) ctx.set('Connection', 'close');
        throw e;
      });
      (ctx.request as any).body = read.fields;
      photos = read.photos;
      uploads.set(ctx, { photos, notes: read.notes });
    }
    try {
      const body = (ctx.request as any).body;
      const key = body && typeof body === 'object' && 'api_key' in body ? body.api_key : ctx.query.api_key;
      clients.set(ctx, await clientOf(ctx as unknown as Ctx, key));
      await next();
    } catch (e) {
      // Photos not yet recorded as uploads go; recorded ones are left to the pruning of unused uploads.
      await discard(storage, uploads.get(ctx)?.photos ?? photos);
      throw e;
    }
  });
  api.route(
    {
      method: 'post',
      path: '/requests.:format',
      summary: 'Open311：提交诉求（表单编码；api_key 为渠道或管理员令牌；Idempotency-Key 头或 idempotency_key 参数防重复提交）',
      tag: 'open311',
      body: S.SubmitRequest,
      roles: ['channel', 'admin'],
    },
    async (ctx, { body }) => {
      const format = formatOf(ctx);
      const client = clients.get(ctx)!;
      const { idempotency_key, api_key: _key, jurisdiction_id, deviceid, device_id, ...rest } = body;
      const key = idempotencyKey(ctx, idempotency_key);
      const jurisdiction = jurisdictionOf(ctx, jurisdiction_id);
      const raw = ((ctx.request as any).body ?? {}) as Record<string, unknown>;
      const received = uploads.get(ctx) ?? { photos: [], notes: [] };
      const storage = storageFor(ctx.state.config.UPLOAD_DIR);
      // Links to allow-listed hosts are fetched into attachments; every link stays on the ticket.
      const hosts = parseHostList(ctx.state.config.OPEN311_MEDIA_HOSTS);
      const fetched = hosts.length && rest.media_url?.length && received.photos.length < 9 ? await fetchMedia(rest.media_url, hosts, storage) : [];
      const photos = [...received.photos, ...fetched].slice(0, 9);
      await discard(storage, [...received.photos, ...fetched].slice(9));
      const notes = [...received.notes];
      let attachmentIds: number[] = [];
      if (photos.length) {
        const ids = await recordPhotos(ctx.state.ds.manager, client, photos, new Date());
        if (ids) attachmentIds = ids;
        else {
          await discard(storage, photos);
          notes.push('该密钥不能上传照片，照片未保存');
        }
      }
      // Recorded photos are uploads now: the pruning of unused uploads owns them if filing fails.
      uploads.set(ctx, { photos: [], notes });
      const result = await submitRequest(
        ctx.state.ds,
        client,
        {
          ...rest,
          jurisdiction_id: jurisdiction,
          device_id: device_id ?? deviceid,
          attributes: attributesOf(raw),
          idempotencyKey: key,
          attachmentIds,
          notes,
        },
        { limiter: ctx.state.limiter },
      );
      if (!result.created) await dropUnattached(ctx.state.ds.manager, attachmentIds, storage);
      send(ctx, format, 'service_requests', [result.response], result.created ? 201 : 200);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/requests.:format',
      summary: 'Open311：公开查询诉求（不含个人信息和干部作风类）',
      tag: 'open311',
      query: S.RequestsQuery,
      roles: [],
    },
    async (ctx, { query }) => {
      const format = formatOf(ctx);
      // Taken up front at most what the request can return (the ids it names, or a list's cap),
      // settled at what it returned: a poll costs a ticket per ticket, and at least one per ten ids.
      const ids = query.service_request_id;
      const settle = await admitRead(ctx, ids ? Math.min(ids.length, MAX_IDS) : MAX_RESULTS);
      // A request refused for its parameters costs one.
      let cost = 1;
      let items: Awaited<ReturnType<typeof listRequests>>;
      try {
        const m = ctx.state.ds.manager;
        const county = await requireCounty(m, query.jurisdiction_id, !query.service_request_id);
        if (query.service_code) {
          const known = new Set((await m.find(Category, { select: { code: true } })).map((c) => c.code));
          const bad = query.service_code.find((c) => !known.has(c));
          if (bad) throw open311Error(400, `service_code: 未知的服务类别 ${bad}`, 'service_code');
        }
        items = await listRequests(m, {
          jurisdictionId: county?.code,
          ids,
          serviceCodes: query.service_code,
          start: dateParam(query.start_date, 'start_date'),
          end: dateParam(query.end_date, 'end_date'),
          status: query.status as ('open' | 'closed')[] | undefined,
        });
        cost = Math.max(items.length, ids ? Math.ceil(ids.length / 10) : 1);
      } finally {
        await settle(cost);
      }
      send(ctx, format, 'service_requests', items as unknown as XmlValue);
    },
  );

  api.route(
    { method: 'get', path: '/requests/:id.:format', summary: 'Open311：查询单个诉求（id 为工单号）', tag: 'open311', query: S.OneRequestQuery, roles: [] },
    async (ctx, { query }) => {
      const format = formatOf(ctx);
      // One, found or not (a 404 answers too: guessing numbers one by one is counted).
      await admitRead(ctx);
      const m = ctx.state.ds.manager;
      const county = await requireCounty(m, query.jurisdiction_id, false);
      const id = ctx.params.id;
      send(ctx, format, 'service_requests', [(await getRequest(m, id, county?.code)) as unknown as XmlValue]);
    },
  );

  api.route(
    {
      method: 'get',
      path: '/tokens/:token.:format',
      summary: 'Open311：按提交时的幂等键查询工单号（需 api_key）',
      tag: 'open311',
      query: S.TokenQuery,
      roles: ['channel', 'admin'],
    },
    async (ctx, { query }) => {
      const format = formatOf(ctx);
      const client = await clientOf(ctx, query.api_key);
      await requireCounty(ctx.state.ds.manager, query.jurisdiction_id, false);
      const token = ctx.params.token;
      if (!S.IDEMPOTENCY_KEY.test(token)) throw open311Error(400, 'token: 格式不正确', 'token');
      send(ctx, format, 'service_requests', [await findByToken(ctx.state.ds.manager, client, token)]);
    },
  );

  // No extension means JSON: re-dispatch as .json so each route is declared once.
  const asJson = (method: 'get' | 'post', path: string) =>
    router[method](path, (ctx, next) => {
      if (/\.[^/]*$/.test(ctx.path)) return next();
      ctx.path = `${ctx.path}.json`;
      return router.routes()(ctx as any, next);
    });
  asJson('get', '/services');
  asJson('get', '/services/:code');
  asJson('post', '/requests');
  asJson('get', '/requests');
  asJson('get', '/requests/:id');
  asJson('get', '/tokens/:token');
  router.all('/{*rest}', (ctx) => {
    throw open311Error(404, `没有这个接口：${ctx.method} ${ctx.path}`);
  });

  // Service discovery sits beside the versioned endpoint, as the spec places it.
  const disco = new Router({ prefix: '/open311' });
  disco.use(open311Errors);
  const discoApi = new Api(disco, '/open311');
  apis.push(discoApi);
  discoApi.route(
    { method: 'get', path: '/discovery.:format', summary: 'Open311：服务发现文档（端点、规范版本、格式）', tag: 'open311', roles: [] },
    async (ctx) => {
      const format = formatOf(ctx);
      send(ctx, format, 'discovery', discovery(`${ctx.protocol}://${ctx.host}${OPEN311_PREFIX}`) as unknown as XmlValue);
    },
  );
  disco.get('/discovery', (ctx, next) => {
    ctx.path = '/open311/discovery.json';
    return disco.routes()(ctx as any, next);
  });

  root.use(router.routes());
  root.use(disco.routes());
};
