import { EVENT_NAMES, FINISHED_STATUSES, MISCONDUCT, PUBLIC_EVENT_TYPES } from '../../vocabulary';
import { DataSource, EntityManager, In, SelectQueryBuilder } from 'typeorm';
import { KnownPeople, redact as redactPersonal, redactForViewer } from '../../privacy/redact';
import { Category } from '../../entities/Category';
import { Jurisdiction } from '../../entities/Jurisdiction';
import { Petitioner } from '../../entities/Petitioner';
import { Ticket, TicketStatus } from '../../entities/Ticket';
import { TicketEvent } from '../../entities/TicketEvent';
import { Unit } from '../../entities/Unit';
import { AppError } from '../../errors';
import { addCalendarDays, deadlineText, fromShanghai, shanghaiParts } from '../../clocks/time';
import { createTicket, originOf } from '../../tickets';
import { villagePaths } from '../../tickets';
import { statusName } from '../../tickets';
import type { Actor } from '../../tickets';
import type { Limiter } from '../../tickets';
import { locatePoint } from '../../gazetteer/boundaries';
import { placeIndex } from '../../gazetteer/store';
import { normalizePhone } from '../intake/service';

/**
 * Open311 GeoReport v2 on top of the ticket core. Categories are the services; tickets are the
 * service requests, identified by their human number. The public side never shows who
 * complained, and never lists misconduct (干部作风) tickets at all.
 */

export const MAX_RESULTS = 1000;
/** The shape of our ticket numbers (county-date-serial; misconduct has its J series). */
export const TICKET_ID = /^\d{6}-\d{8}-J?\d{4,6}$/;
export const DEFAULT_WINDOW_DAYS = 90;
/**
 * Ids one poll may name. FixMyStreet's update poll sends every open report of a body in one GET;
 * the server takes request lines up to 256 kB (about 11,000 ticket numbers), and the answer is one
 * query for the tickets plus a fixed handful for their units and latest events, whatever the count.
 */
export const MAX_IDS = 10_000;

/** An Open311 error: rendered as `[{code, description}]` with the status as code. */
export const open311Error = (status: 400 | 403 | 404, description: string, field?: string) =>
  new AppError(status, status === 403 ? 'forbidden' : status === 404 ? 'not_found' : 'bad_request', description, field);

/** `2026-11-24T09:00:00+08:00`: business time is Asia/Shanghai. */
export function isoShanghai(d: Date): string {
  const p = shanghaiParts(d);
  const z = (n: number) => String(n).padStart(2, '0');
  return `${p.y}-${z(p.m)}-${z(p.d)}T${z(p.hh)}:${z(p.mm)}:${z(p.ss)}+08:00`;
}

/**
 * W3C datetime as Open311 asks (zone required), or a bare date meaning 00:00 in Shanghai.
 * Returns null for anything else.
 */
export function parseW3cDate(s: string): Date | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = fromShanghai(y, mo, d);
    const p = shanghaiParts(date);
    return p.y === y && p.m === mo && p.d === d ? date : null;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.exec(s);
  if (!m) return null;
  const [mo, d, hh, mi, ss] = [Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || hh > 23 || mi > 59 || ss > 59) return null;
  const t = Date.parse(s);
  return Number.isFinite(t) ? new Date(t) : null;
}

// ---------------------------------------------------------------------------------------------
// Services

/** Chinese descriptions and groups for the built-in categories (the table's are for staff). */
const SERVICE_TEXT: Record<string, { description: string; group: string }> = {
  water: { description: '自来水停水、水质浑浊有异味、水井水管损坏、饮水工程等饮水安全问题', group: '两不愁三保障' },
  housing: { description: '危房、房屋开裂漏雨、危房改造等住房安全问题', group: '两不愁三保障' },
  education: { description: '学费、辍学、校车、营养餐、助学资助等教育问题', group: '两不愁三保障' },
  medical: { description: '医保报销、大病救助、看病就医等医疗保障问题', group: '两不愁三保障' },
  welfare: { description: '低保、五保特困供养、临时救助、残疾人补贴等', group: '民生保障' },
  wages: { description: '拖欠农民工工资、就业、公益性岗位、社保等', group: '民生保障' },
  poverty_policy: { description: '帮扶政策、小额信贷、产业补贴、防返贫监测等', group: '民生保障' },
  infrastructure: { description: '道路、路灯、桥梁、供电、排水等村内设施', group: '基层治理' },
  dispute: { description: '宅基地、地界、土地承包、邻里家庭等矛盾纠纷', group: '基层治理' },
  misconduct: { description: '反映干部作风、优亲厚友、贪污侵占等问题（由纪检监察机关办理，反映人信息严格保密）', group: '纪检监察' },
  other: { description: '环境卫生、户籍证明、咨询建议等其他诉求', group: '其他' },
};

const KEYWORDS_SHOWN = 20;

export interface Open311Service {
  service_code: string;
  service_name: string;
  description: string;
  metadata: boolean;
  type: 'realtime';
  keywords: string;
  group: string;
}

function presentService(c: Category): Open311Service {
  const text = SERVICE_TEXT[c.code];
  return {
    service_code: c.code,
    service_name: c.name,
    description: text?.description ?? c.description,
    // No extra attributes are asked for: the ticket is made from the description and place.
    metadata: false,
    type: 'realtime',
    // `private`: clients with a public front end (FixMyStreet) keep such reports off their pages.
    keywords: [...(c.code === MISCONDUCT ? ['private'] : []), ...(c.keywords ?? []).slice(0, KEYWORDS_SHOWN)].join(','),
    group: text?.group ?? '其他',
  };
}

/** `jurisdiction_id` is a county code (the endpoint serves several counties). */
export async function requireCounty(m: EntityManager, code: string | undefined, required: boolean): Promise<Jurisdiction | null> {
  if (code === undefined || code === '') {
    if (required) throw open311Error(400, 'jurisdiction_id: 缺少辖区代码（县级区划代码，6 位数字）', 'jurisdiction_id');
    return null;
  }
  if (!/^\d{6}$/.test(code)) throw open311Error(400, 'jurisdiction_id: 辖区代码应为 6 位县级区划代码', 'jurisdiction_id');
  const j = await m.findOne(Jurisdiction, { where: { code } });
  if (!j || j.level !== 'county') throw open311Error(404, `jurisdiction_id: 辖区 ${code} 不存在`, 'jurisdiction_id');
  return j;
}

export async function listServices(m: EntityManager): Promise<Open311Service[]> {
  const rows = await m.find(Category, { order: { sortOrder: 'ASC', code: 'ASC' } });
  return rows.map(presentService);
}

export async function serviceDefinition(m: EntityManager, code: string) {
  const c = await m.findOne(Category, { where: { code } });
  if (!c) throw open311Error(404, `service_code: 服务类别 ${code} 不存在`, 'service_code');
  return { service_code: c.code, attributes: [] as unknown[] };
}

// ---------------------------------------------------------------------------------------------
// Filing a request

export interface SubmitInput {
  /** From the form or the query string (node-open311 puts it in the query of its POST). */
  jurisdiction_id?: string;
  service_code: string;
  description?: string;
  address_string?: string;
  /** A division code (county, township or village); anything else (`#NOTPINPOINTED#`) is kept as given. */
  address_id?: string;
  lat?: number;
  long?: number;
  email?: string;
  phone?: string;
  first_name?: string;
  last_name?: string;
  device_id?: string;
  account_id?: string;
  media_url?: string[];
  /** `attribute[code]=value` pairs. */
  attributes?: Record<string, string>;
  /** Client's idempotency key (Idempotency-Key header or `idempotency_key`). */
  idempotencyKey?: string;
  /** The caller's stored uploads (multipart photos, fetched media) to put on the ticket. */
  attachmentIds?: number[];
  /** Notes from reading the request (dropped files), added to the answer's notice. */
  notes?: string[];
}

export interface SubmitResult {
  created: boolean;
  ticket: Ticket;
  response: { service_request_id: string; service_notice: string; account_id: string | null };
}

export const MAX_DESCRIPTION = 4000;
const MAX_MEDIA_URLS = 9;
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
const DIVISION_CODE = /^\d{6}(\d{3}){0,2}$/;

/** Which county a posted request belongs to, and where in it: the point, the address id, the text. */
async function placeRequest(
  ds: DataSource,
  input: SubmitInput,
  notes: string[],
): Promise<{ county: Jurisdiction; context: string; villageCode: string | null; point: { lat: number; long: number } | null }> {
  const m = ds.manager;
  let county = await requireCounty(m, input.jurisdiction_id, false);
  let point: { lat: number; long: number } | null = null;
  if ((input.lat === undefined) !== (input.long === undefined)) {
    const missing = input.lat === undefined ? 'lat' : 'long';
    if (!input.address_string && !input.address_id) throw open311Error(400, `${missing}: 经纬度须同时提供 lat 和 long`, missing);
    notes.push(`只收到${missing === 'lat' ? '经度' : '纬度'}，位置按地址登记`);
  } else if (input.lat !== undefined && input.long !== undefined) {
    point = { lat: input.lat, long: input.long };
    const at = await locatePoint(ds, point.lat, point.long);
    const shown = `${point.lat},${point.long}`;
    if (at.status === 'county') {
      if (county && at.code !== county.code) throw open311Error(400, `lat: 位置 ${shown} 在${at.name}，不在${county.name}辖区内`, 'lat');
      county ??= await m.findOneOrFail(Jurisdiction, { where: { code: at.code } });
    } else if (!county || !at.unchecked.includes(county.code)) {
      // Outside every county whose boundary we have (or outside China): never filed by guess.
      throw open311Error(400, `lat: 位置 ${shown} 不在${county ? `${county.name}辖区内` : '本平台服务的辖区内'}`, 'lat');
    }
  }
  if (!county) throw open311Error(400, 'jurisdiction_id: 缺少辖区代码（县级区划代码，6 位数字），或请提供经纬度', 'jurisdiction_id');

  // address_id: a division code inside the county narrows the place; any other id is the client's own.
  let context = county.code;
  let villageCode: string | null = null;
  const addressId = input.address_id?.trim();
  let usableId = false;
  if (addressId && DIVISION_CODE.test(addressId)) {
    const j = await m.findOne(Jurisdiction, { where: { code: addressId } });
    if (j && (j.level === 'county' || j.level === 'township' || j.level === 'village')) {
      if (!j.code.startsWith(county.code)) throw open311Error(400, `address_id: ${j.name}（${j.code}）不在${county.name}辖区内`, 'address_id');
      usableId = true;
      if (j.level === 'village') villageCode = j.code;
      else if (j.level === 'township') context = j.code;
    }
  }
  if (!point && !input.address_string && !usableId) {
    throw open311Error(400, 'address_string: 请提供地址（address_string）、区划代码（address_id）或经纬度（lat 和 long）', 'address_string');
  }

  // A place written in another county is refused rather than filed where the client cannot read it back.
  if (input.address_string && !villageCode) {
    const index = await placeIndex(ds);
    const r = index.resolve(input.address_string, { context });
    const elsewhere =
      r.status === 'resolved'
        ? r.village.code.startsWith(county.code)
          ? null
          : r.village.path
        : r.status === 'ambiguous' && !r.candidates.some((c) => c.code.startsWith(county.code))
          ? r.candidates[0]?.path
          : null;
    const area = r.status === 'unknown' ? index.resolveArea(input.address_string, { context }) : null;
    const where = elsewhere ?? (area && !area.code.startsWith(county.code) ? area.path : null);
    if (where) throw open311Error(400, `address_string: 地址「${input.address_string.slice(0, 40)}」在${where}，不在${county.name}辖区内`, 'address_string');
  }
  return { county, context, villageCode, point };
}

/** Name as the petitioner record keeps it: each part cut to 16 characters, Chinese order. */
function contactName(first: string | undefined, last: string | undefined): string | undefined {
  const name = `${(last ?? '').slice(0, 16)}${(first ?? '').slice(0, 16)}`.trim();
  return name || undefined;
}

/**
 * Files a request as a ticket on channel `open311`. Idempotency: a key the client sends is scoped
 * to its api_key (externalId `<tokenId>:<key>`), so a retried POST returns the first ticket.
 * Contact details go to the petitioner record and are never echoed. A map point is checked
 * against the county boundaries and kept on the ticket; the address text then finds the village
 * inside that county. What the ticket has no field for (email, device and account ids,
 * attributes, an address id that is not a division code) is kept in its internal history.
 */
export async function submitRequest(
  ds: DataSource,
  actor: Extract<Actor, { kind: 'channel' | 'admin' | 'sysadmin' }>,
  input: SubmitInput,
  opts: { now?: Date; limiter?: Limiter | null } = {},
): Promise<SubmitResult> {
  const now = opts.now ?? new Date();
  const m = ds.manager;
  const notes = [...(input.notes ?? [])];
  // The jurisdiction is checked before the service, as a client reading the errors expects.
  if (input.jurisdiction_id !== undefined) await requireCounty(m, input.jurisdiction_id, false);
  const category = await m.findOne(Category, { where: { code: input.service_code } });
  if (!category) throw open311Error(404, `service_code: 服务类别 ${input.service_code} 不存在`, 'service_code');
  const place = await placeRequest(ds, input, notes);

  let text = input.description?.trim() ?? '';
  if (text.length > MAX_DESCRIPTION) {
    text = text.slice(0, MAX_DESCRIPTION);
    notes.push(`问题描述超过 ${MAX_DESCRIPTION} 字，已截取前 ${MAX_DESCRIPTION} 字`);
  }
  // No description: the service's name stands in (the spec makes it optional).
  if (!text) text = [category.name, input.address_string].filter(Boolean).join('：');

  const phone = input.phone ? normalizePhone(input.phone) : null;
  if (input.phone && !phone) notes.push('电话号码无法识别，已忽略');
  let email: string | null = null;
  if (input.email) {
    if (EMAIL.test(input.email)) email = input.email;
    else notes.push('邮箱格式不正确，已忽略');
  }
  const name = contactName(input.first_name, input.last_name);
  const contact = name || phone ? { name, phone } : undefined;
  const media: string[] = [];
  for (const u of input.media_url ?? []) {
    const url = u.trim();
    if (!url) continue;
    if (url.length <= 500 && /^https?:\/\/[^\s<>"]+$/i.test(url) && URL.canParse(url)) media.push(url);
    else notes.push('media_url 不是有效的 http(s) 地址，已忽略');
  }
  if (media.length > MAX_MEDIA_URLS) notes.push(`media_url 最多保存 ${MAX_MEDIA_URLS} 个`);
  const addressId = input.address_id && !(place.villageCode === input.address_id || place.context === input.address_id) ? input.address_id : undefined;
  const details = Object.fromEntries(
    Object.entries({
      email,
      deviceId: input.device_id,
      accountId: input.account_id,
      addressId,
      attributes: input.attributes && Object.keys(input.attributes).length ? input.attributes : undefined,
    }).filter(([, v]) => v !== undefined && v !== null),
  );

  const { ticket, created } = await createTicket(
    ds,
    actor,
    {
      text,
      category: input.service_code,
      villageCode: place.villageCode,
      place: input.address_string ?? null,
      contextJurisdiction: place.context,
      confineToContext: true,
      contact,
      channel: 'open311',
      externalId: input.idempotencyKey ? `${actor.tokenId}:${input.idempotencyKey}` : null,
      location: place.point ? { ...place.point, source: 'open311' } : null,
      mediaUrls: media.slice(0, MAX_MEDIA_URLS),
      details: Object.keys(details).length ? details : null,
      attachmentIds: input.attachmentIds?.length ? input.attachmentIds : undefined,
    },
    { now, limiter: opts.limiter ?? null },
  );
  const unit = await m.findOne(Unit, { where: { id: ticket.handlingUnitId } });
  const notice = [
    `已登记，工单号 ${ticket.number}，由${unit?.name ?? '有关单位'}办理，预计 ${deadlineText(ticket.resolutionDueAt)} 前办结。`,
    ...(created ? notes.map((n) => `${n}。`) : []),
  ].join('');
  return { created, ticket, response: { service_request_id: ticket.number, service_notice: notice, account_id: null } };
}

/** The ticket a client's idempotency key made, for GET tokens/{token}. */
export async function findByToken(m: EntityManager, actor: Extract<Actor, { kind: 'channel' | 'admin' | 'sysadmin' }>, token: string) {
  // Within the caller's own origin: another relay may have filed (via the native API) a ticket
  // whose externalId spells this key; that one is not this caller's.
  const t = await m.findOne(Ticket, { where: { channel: 'open311', origin: originOf(actor), externalId: `${actor.tokenId}:${token}` } });
  if (!t) throw open311Error(404, `token: ${token} 不存在`, 'token');
  return { service_request_id: t.number, token };
}

// ---------------------------------------------------------------------------------------------
// Reading requests (public)

export interface Open311Request {
  service_request_id: string;
  status: 'open' | 'closed';
  status_notes: string | null;
  service_name: string;
  service_code: string;
  description: string;
  agency_responsible: string | null;
  service_notice: string | null;
  requested_datetime: string;
  updated_datetime: string;
  expected_datetime: string | null;
  address: string | null;
  address_id: string | null;
  zipcode: string | null;
  lat: number | null;
  long: number | null;
  media_url: string | null;
}

const CLOSED: TicketStatus[] = FINISHED_STATUSES;
const openStatus = (s: TicketStatus): 'open' | 'closed' => (CLOSED.includes(s) ? 'closed' : 'open');

export interface RequestFilters {
  jurisdictionId?: string;
  ids?: string[];
  serviceCodes?: string[];
  start?: Date;
  end?: Date;
  status?: ('open' | 'closed')[];
}

/** The public never sees misconduct tickets, whoever asks. */
function publicScope<Q extends SelectQueryBuilder<Ticket>>(qb: Q): Q {
  return qb.andWhere("t.category <> 'misconduct'").andWhere('t.accusedUnitId IS NULL');
}

export async function listRequests(m: EntityManager, f: RequestFilters, now = new Date()): Promise<Open311Request[]> {
  const qb = m.createQueryBuilder(Ticket, 't');
  publicScope(qb);
  if (f.jurisdictionId) qb.andWhere('t.countyCode = :county', { county: f.jurisdictionId });
  if (f.ids?.length) {
    // The spec: with service_request_id the other filters are ignored.
    if (f.ids.length > MAX_IDS) throw open311Error(400, `service_request_id: 一次最多查询 ${MAX_IDS} 个`, 'service_request_id');
    // Only our numbers can match; other shapes are simply not found (no bound parameter spent on them).
    const ids = f.ids.filter((id) => TICKET_ID.test(id));
    if (!ids.length) return [];
    qb.andWhere('t.number IN (:...ids)', { ids });
    return presentRequests(m, await qb.orderBy('t.id', 'DESC').getMany(), now);
  } else {
    let { start, end } = f;
    if (!start && !end) {
      end = now;
      start = addCalendarDays(now, -DEFAULT_WINDOW_DAYS);
    } else if (!end) end = addCalendarDays(start!, DEFAULT_WINDOW_DAYS);
    else if (!start) start = addCalendarDays(end, -DEFAULT_WINDOW_DAYS);
    if (start! > end!) throw open311Error(400, 'end_date: 结束时间不能早于开始时间', 'end_date');
    if (end!.getTime() - start!.getTime() > DEFAULT_WINDOW_DAYS * 86_400_000)
      throw open311Error(400, `end_date: 查询时间跨度不能超过 ${DEFAULT_WINDOW_DAYS} 天`, 'end_date');
    qb.andWhere('t.createdAt >= :start AND t.createdAt <= :end', { start, end });
    if (f.serviceCodes?.length) qb.andWhere('t.category IN (:...codes)', { codes: f.serviceCodes });
    if (f.status?.length === 1) {
      qb.andWhere(`t.status ${f.status[0] === 'open' ? 'NOT IN' : 'IN'} (:...closed)`, { closed: CLOSED });
    }
  }
  const rows = await qb.orderBy('t.id', 'DESC').limit(MAX_RESULTS).getMany();
  return presentRequests(m, rows, now);
}

export async function getRequest(m: EntityManager, number: string, jurisdictionId: string | undefined, now = new Date()): Promise<Open311Request> {
  // Whatever its shape, an id that is no ticket of ours is not found.
  if (!TICKET_ID.test(number)) throw open311Error(404, `service_request_id: 工单 ${number.slice(0, 40)} 不存在`, 'service_request_id');
  const qb = m.createQueryBuilder(Ticket, 't').where('t.number = :n', { n: number });
  publicScope(qb);
  if (jurisdictionId) qb.andWhere('t.countyCode = :county', { county: jurisdictionId });
  const t = await qb.getOne();
  if (!t) throw open311Error(404, `service_request_id: 工单 ${number} 不存在`, 'service_request_id');
  return (await presentRequests(m, [t], now))[0];
}

/**
 * Public text: the petitioner's own name, phone and WeChat id are masked wherever they appear,
 * and so is anything that looks like a phone or ID number (shared with the group paths).
 */
export const redact = (text: string, p?: Pick<Petitioner, 'name' | 'phone' | 'wechatId'> | null): string => redactPersonal(text, p);

/** A short public note from an event: what the villager would be told, nothing internal. */
function noteFor(e: TicketEvent, people: KnownPeople): string {
  const d = (e.data ?? {}) as Record<string, any>;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? redactForViewer(v.trim(), people).slice(0, 500) : null);
  switch (e.type) {
    case 'created':
      return '已登记';
    case 'assigned':
      return d.unitName ? `已交办${d.unitName}` : '已交办';
    case 'accepted':
      return '已受理，承办人员将与反映人联系';
    case 'transferred':
      return d.unitName ? `已转至${d.unitName}办理` : '已转办';
    case 'reply':
      return text(d.text) ?? '有新的答复';
    case 'resolved':
      return text(d.text) ? `已办结：${text(d.text)}` : '已办结';
    case 'reopened':
      return '已重新办理';
    case 'rated':
      return '已回访';
    case 'closed':
      return '已销号';
    case 'merged':
      return d.intoNumber ? `与工单 ${d.intoNumber} 合并办理` : '已合并办理';
    case 'declined':
      return [`不予受理：${d.reasonName ?? ''}`, d.route, text(d.text)].filter(Boolean).join('。');
    case 'review_requested':
      return `已申请${d.stageName ?? '复查'}，由${d.unitName ?? '上一级机关'}办理`;
    case 'final':
      return text(d.text) ? `复核终结：${text(d.text)}` : '复核终结，不再重新办理';
    case 'extension_approved':
      return typeof d.days === 'number' ? `办理期限延长 ${d.days} 日` : EVENT_NAMES.extension_approved;
    default:
      return EVENT_NAMES[e.type] ?? '';
  }
}

async function presentRequests(m: EntityManager, rows: Ticket[], now: Date): Promise<Open311Request[]> {
  if (!rows.length) return [];
  const ids = rows.map((t) => t.id);
  const units = new Map((await m.find(Unit, { where: { id: In([...new Set(rows.map((t) => t.handlingUnitId))]) } })).map((u) => [u.id, u]));
  const pids = [...new Set(rows.map((t) => t.petitionerId).filter((x): x is number => x !== null))];
  // Read only to mask them in the text; never sent.
  const petitioners = new Map(
    pids.length
      ? (await m.find(Petitioner, { where: { id: In(pids) }, select: { id: true, name: true, phone: true, wechatId: true } })).map((p) => [p.id, p])
      : [],
  );
  const latest = await m
    .createQueryBuilder(TicketEvent, 'e')
    .select('MAX(e.id)', 'id')
    .where('e.ticketId IN (:...ids)', { ids })
    .andWhere("e.visibility = 'public'")
    .andWhere('e.type IN (:...types)', { types: [...PUBLIC_EVENT_TYPES] })
    .groupBy('e.ticketId')
    .getRawMany<{ id: number | string }>();
  const events = latest.length ? await m.find(TicketEvent, { where: { id: In(latest.map((r) => Number(r.id))) } }) : [];
  const eventBy = new Map(events.map((e) => [e.ticketId, e]));
  const paths = await villagePaths(
    m,
    rows.map((t) => t.villageCode).filter((c): c is string => !!c),
  );
  const counties = new Map(
    (await m.find(Jurisdiction, { where: { code: In([...new Set(rows.map((t) => t.countyCode).filter((c): c is string => !!c))].concat('-')) } })).map((j) => [
      j.code,
      j.name,
    ]),
  );
  const categories = new Map((await m.find(Category)).map((c) => [c.code, c.name]));
  return rows.map((t) => {
    // The record a contact matched and the contact as given (a relay's name may differ from the
    // record's that its phone matched): both stay out of public text.
    const people = [t.petitionerId ? petitioners.get(t.petitionerId) : null, { name: t.contactName, phone: t.contactPhone }];
    const ev = eventBy.get(t.id);
    const status = openStatus(t.status);
    return {
      service_request_id: t.number,
      status,
      status_notes: (ev && noteFor(ev, people)) || statusName(t.status),
      service_name: categories.get(t.category) ?? t.category,
      service_code: t.category,
      description: redactForViewer(t.text, people),
      agency_responsible: units.get(t.handlingUnitId)?.name ?? null,
      service_notice: null,
      requested_datetime: isoShanghai(t.createdAt),
      updated_datetime: isoShanghai(t.updatedAt),
      expected_datetime: status === 'open' ? isoShanghai(t.resolutionDueAt) : null,
      address: (t.villageCode && paths.get(t.villageCode)) || (t.countyCode && counties.get(t.countyCode)) || null,
      address_id: t.villageCode ?? null,
      zipcode: null,
      // The point and photo link an Open311 client gave for publication; never another channel's
      // (a mini-program location may be someone's home).
      lat: t.channel === 'open311' ? (t.lat ?? null) : null,
      long: t.channel === 'open311' ? (t.lng ?? null) : null,
      media_url: t.channel === 'open311' ? (t.mediaUrls?.[0] ?? null) : null,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Discovery

/** The date of the endpoint's last change that a client should notice (the spec's changeset). */
export const CHANGESET = '2026-11-30T00:00:00+08:00';

/** GeoReport's service discovery document: one production endpoint serving XML and JSON. */
export function discovery(endpointUrl: string) {
  return {
    changeset: CHANGESET,
    contact: '本平台由县信访局运行。接入、api_key 申请请联系所在县信访局。',
    key_service: '向所在县信访局申请渠道令牌（api_key），每个接入方一个。',
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: endpointUrl,
        changeset: CHANGESET,
        type: 'production',
        formats: ['text/xml', 'application/json'],
      },
    ],
  };
}
