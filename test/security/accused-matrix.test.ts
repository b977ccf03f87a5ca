/**
 * The accused dimension of the route × role matrix (issue 9, rules 1, 2 and 9).
 *
 * Two demo counties (双清区 430502, 双辽市 220382). Misconduct reports accuse a township's party
 * secretary (火车站乡), a village cadre (so the township 220382006 is the accused unit), a county
 * bureau (双辽市水利局), the county petition office itself (双清区信访局, whose head is the county
 * admin) and the county government (双清区区长: every unit of the county lies under it). Then
 * the people of each accused unit, in every role (cadre, head, the county admin, a system-wide
 * admin whose staff record is there, staff of a unit under the accused one), call every GET
 * route of the OpenAPI document (native API and Open311) and the bot's answers, and nothing of
 * a report they are accused in may come back: no ticket id or number, no petitioner, no text,
 * no misconduct count. A route that is neither exercised here nor listed as carrying no ticket
 * fails the test, so a new read path cannot slip past it. A 双清区 county admin gets the same
 * treatment for 双辽市's tickets.
 */
import * as XLSX from '@e965/xlsx';
import { DataSource } from 'typeorm';
import { wireFeatures } from '../../src/wiring';
import { Attachment } from '../../src/entities/Attachment';
import { ChatTarget } from '../../src/entities/ChatTarget';
import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { Unit } from '../../src/entities/Unit';
import { runEscalation } from '../../src/escalation/sweep';
import { runDailySummaries } from '../../src/jobs/summary';
import { handleInbound } from '../../src/channels/chat/handler';
import { wechatKey } from '../../src/channels/chat/identity';
import { DAY_MS, shanghaiYmd } from '../../src/clocks/time';
import type { Actor } from '../../src/tickets/actor';
import { startTestApp, TestApp } from '../support/app';
import { villageCommittee } from '../support/factories';

jest.setTimeout(300_000);

const HCZ = '火车站乡人民政府';
const LIANHE = '430502202205'; // 双清区火车站乡莲荷村
const YISHUN = '220382006200'; // 双辽市 township 220382006
const BOT = 'bot-accused';

interface Report {
  key: string;
  text: string;
  /** A phrase of the text that nothing else contains. */
  fragment: string;
  name: string;
  phone: string;
  villageCode: string;
  category: string;
}

/** Distinctive petitioners; the seed's staff names are checked not to contain them. */
const REPORTS: Report[] = [
  {
    key: 'township',
    text: '火车站乡党委书记克扣我家低保金，我叫张三电话13907312345',
    fragment: '克扣我家低保金',
    name: '张三',
    phone: '13907312345',
    villageCode: LIANHE,
    category: 'misconduct',
  },
  {
    key: 'village',
    text: '义顺村村主任把低保名额给了自家亲戚，我叫甄有才电话13907310001',
    fragment: '低保名额给了自家亲戚',
    name: '甄有才',
    phone: '13907310001',
    villageCode: YISHUN,
    category: 'misconduct',
  },
  {
    key: 'bureau',
    text: '双辽市水利局局长收了包工头的好处费，水井工程偷工减料，我叫郝运来电话13907310002',
    fragment: '收了包工头的好处费',
    name: '郝运来',
    phone: '13907310002',
    villageCode: YISHUN,
    category: 'misconduct',
  },
  {
    key: 'petitionOffice',
    text: '双清区信访局局长推诿扯皮，压着我的信访件不办，我叫尤乐乐电话13907310003',
    fragment: '压着我的信访件不办',
    name: '尤乐乐',
    phone: '13907310003',
    villageCode: LIANHE,
    category: 'misconduct',
  },
  {
    key: 'county',
    text: '双清区区长的小舅子承包了村里的道路工程，区长打招呼不让查，我叫钱多多电话13907310004',
    fragment: '区长打招呼不让查',
    name: '钱多多',
    phone: '13907310004',
    villageCode: LIANHE,
    category: 'misconduct',
  },
  // Misconduct whose accused unit is not known (say, filed before accusations were recorded): it
  // accuses nobody here, and still only a county-level summary may count it (rule 9).
  {
    key: 'unaccused',
    text: '莲荷村有干部在危房改造中优亲厚友，我叫甘霖电话13907310007',
    fragment: '危房改造中优亲厚友',
    name: '甘霖',
    phone: '13907310007',
    villageCode: LIANHE,
    category: 'misconduct',
  },
  // Ordinary tickets: the controls a reader may see, and 双辽市's, which 双清区's admin may not.
  {
    key: 'water双清',
    text: '莲荷村自来水停了三天一直没人来修，我叫谷雨晴电话13907310005',
    fragment: '停了三天一直没人来修',
    name: '谷雨晴',
    phone: '13907310005',
    villageCode: LIANHE,
    category: 'water',
  },
  {
    key: 'water双辽',
    text: '义顺村的自来水管冻裂了半个月没人管，我叫贾宝林电话13907310006',
    fragment: '冻裂了半个月没人管',
    name: '贾宝林',
    phone: '13907310006',
    villageCode: YISHUN,
    category: 'water',
  },
];

interface Reader {
  name: string;
  token: string;
  staff: Staff;
  /** Tickets nothing of which may reach this reader. */
  barred: string[];
  /** A ticket this reader does see in the list (shows that the checks can see a leak). */
  sees?: string;
  /** A system-wide token for a staff record: in chat the person acts as their staff role instead. */
  tokenOnly?: boolean;
  /** May be told the misconduct count of the county (discipline, county leaders, administration). */
  told: boolean;
}

let app: TestApp;
const ds = (): DataSource => app.ds;
const t: Record<string, Ticket> = {};
const attachmentOf: Record<string, number> = {};
const readers: Reader[] = [];
let today: string;
let committeeId: number;
let chatSeq = 0;

const unitNamed = (name: string) => app.unit(name);
const firstStaff = async (unitName: string, pick: (s: Staff) => boolean) => app.staffOf(unitName, pick);
const tokenFor = (s: Staff) => app.token(s.role as 'cadre' | 'leader' | 'admin', { staffId: s.id });

beforeAll(async () => {
  wireFeatures();
  app = await startTestApp({ areas: ['430502', '220382'] });
  const m = ds().manager;
  today = shanghaiYmd(new Date());

  // A village committee under the accused township: its people are on the accused side too.
  const hcz = await unitNamed(HCZ);
  const { unit: committee, clerk: committeeCadre } = await villageCommittee(m, hcz, LIANHE);
  committeeId = committee.id;

  // The targets the evening summary goes to.
  const target = (purpose: 'village_group' | 'work_group', jurisdictionCode: string, topic: string) =>
    m.save(
      m.create(ChatTarget, {
        kind: 'wechat_room',
        purpose,
        jurisdictionCode,
        topic,
        roomId: null,
        botAccount: BOT,
        webhookUrl: null,
        boundByStaffId: null,
        active: true,
        createdAt: new Date(),
      }),
    );
  await target('work_group', '430502', '双清区督办群');
  await target('work_group', '430502202', '火车站乡干部群');
  await target('village_group', LIANHE, '莲荷村村民群');
  await target('work_group', '220382', '双辽市督办群');
  await target('work_group', '220382006', '双辽市乡镇干部群');

  const channel = await app.token('channel');
  for (const r of REPORTS) {
    const res = await app.call('POST', '/api/v1/tickets', {
      token: channel,
      body: {
        text: r.text,
        category: r.category,
        villageCode: r.villageCode,
        channel: 'hotline',
        externalId: `accused-${r.key}`,
        contact: { name: r.name, phone: r.phone },
      },
    });
    expect(res.status).toBe(201);
    t[r.key] = await m.findOneByOrFail(Ticket, { id: res.body.id });
    // A location on every ticket: /attachments/{id} is a read path too.
    const att = await m.save(
      m.create(Attachment, {
        ticketId: t[r.key].id,
        kind: 'location',
        storageKey: 'geo:27.240000,111.470000',
        mime: 'application/geo+json',
        size: 0,
        uploaderKind: 'channel',
        uploaderId: null,
        createdAt: new Date(),
      }),
    );
    attachmentOf[r.key] = att.id;
  }

  // The routing this test relies on: who handles each report, and which unit it accuses.
  const unitName = async (id: number | null) => (id === null ? null : (await m.findOneByOrFail(Unit, { id })).name);
  const routing: Record<string, [string | null, string | null]> = {};
  for (const r of REPORTS) routing[r.key] = [await unitName(t[r.key].handlingUnitId), await unitName(t[r.key].accusedUnitId)];
  const yishunTownship = (await m.findOneByOrFail(Unit, { kind: 'township_gov', jurisdictionCode: YISHUN.slice(0, 9) })).name;
  expect(routing).toEqual({
    township: ['双清区纪委监委', HCZ],
    village: ['双辽市纪委监委', yishunTownship],
    bureau: ['四平市纪委监委', '双辽市水利局'],
    petitionOffice: ['邵阳市纪委监委', '双清区信访局'],
    county: ['邵阳市纪委监委', '双清区人民政府'],
    unaccused: ['双清区纪委监委', HCZ],
    water双清: ['双清区水利局', null],
    water双辽: ['双辽市水利局', null],
  });

  await m.update(Ticket, { id: t.unaccused.id }, { accusedUnitId: null });
  t.unaccused.accusedUnitId = null;

  // Every clock far overdue: the ladder reaches the leaders' inboxes and the overdue lists.
  await runEscalation(ds(), new Date(Date.now() + 40 * DAY_MS));
  await runDailySummaries(ds(), new Date());

  // The accused side, in every role.
  const all双清 = ['county'];
  const officeHead = await m.findOneByOrFail(Staff, { id: (await unitNamed('双清区信访局')).headStaffId! });
  expect([officeHead.role, officeHead.jurisdictionCode]).toEqual(['admin', '430502']);
  const add = async (name: string, staff: Staff, barred: string[], o: { sees?: string; token?: string; told?: boolean } = {}) =>
    readers.push({ name, staff, barred, sees: o.sees, token: o.token ?? (await tokenFor(staff)), tokenOnly: !!o.token, told: !!o.told });
  await add('火车站乡 head (leader)', await firstStaff(HCZ, (s) => s.position === 'unit_head'), ['township', 'unaccused', ...all双清], { sees: 'water双清' });
  await add('火车站乡 cadre', await firstStaff(HCZ, (s) => s.role === 'cadre'), ['township', 'unaccused', ...all双清], { sees: 'water双清' });
  await add('莲荷村委会 cadre (unit under the township)', committeeCadre, ['township', 'unaccused', ...all双清]);
  await add(`${yishunTownship} head`, await firstStaff(yishunTownship, (s) => s.position === 'unit_head'), ['village'], { sees: 'water双辽' });
  await add(`${yishunTownship} cadre`, await firstStaff(yishunTownship, (s) => s.role === 'cadre'), ['village'], { sees: 'water双辽' });
  await add('双辽市水利局 head', await firstStaff('双辽市水利局', (s) => s.position === 'unit_head'), ['bureau'], { sees: 'water双辽' });
  await add('双辽市水利局 cadre', await firstStaff('双辽市水利局', (s) => s.role === 'cadre'), ['bureau'], { sees: 'water双辽' });
  // The county admin: its own office accused, its county government accused, and 双辽市 not its county.
  await add('双清区信访局 head (county admin)', officeHead, ['petitionOffice', 'county', 'village', 'bureau', 'water双辽'], { sees: 'township', told: true });
  await add('双清区信访局 cadre', await firstStaff('双清区信访局', (s) => s.role === 'cadre'), ['petitionOffice', 'county', 'unaccused']);
  await add('system-wide admin with a staff record in 双清区信访局', officeHead, ['petitionOffice', 'county'], {
    sees: 'bureau',
    told: true,
    token: await app.token('sysadmin', { staffId: officeHead.id }),
  });
  await add('双清区 county leader (the accused government)', await firstStaff('双清区人民政府', (s) => s.position === 'county_leader'), ['county'], {
    sees: 'water双清',
    told: true,
  });
  await add('双清区水利局 cadre (unit under the accused government)', await firstStaff('双清区水利局', (s) => s.role === 'cadre'), ['county', 'unaccused'], {
    sees: 'water双清',
  });

  // The reports' petitioners are distinctive: no seeded name contains theirs.
  const names = (await m.find(Staff)).map((s) => s.name);
  for (const r of REPORTS) expect(names.filter((n) => n.includes(r.name))).toEqual([]);

  // Staff talk to the bot privately once bound.
  for (const r of readers) await m.update(Staff, { id: r.staff.id }, { wechatId: wechatKey(BOT, `wx-staff-${r.staff.id}`) });
});
afterAll(() => app?.close());

// ---------------------------------------------------------------------------------------------
// What must not leak

const idKeys = ['id', 'ticketId', 'repeatOfId', 'duplicateOfId', 'intoId', 'fromId'];

/** Everything of the barred tickets found in a response body (empty when nothing leaked). */
function leaksIn(body: unknown, barred: string[]): string[] {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  const found: string[] = [];
  for (const key of barred) {
    const r = REPORTS.find((x) => x.key === key)!;
    const tk = t[key];
    for (const s of [tk.number, r.fragment, r.name, r.phone, r.phone.slice(3)]) if (text.includes(s)) found.push(`${key}: "${s}"`);
  }
  const ids = new Map(barred.map((k) => [t[k].id, k]));
  const walk = (v: unknown, path: string) => {
    if (Array.isArray(v)) {
      for (const [i, x] of v.entries()) walk(x, `${path}[${i}]`);
      return;
    }
    if (!v || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    // A ticket object (it has a number), or anything pointing at one.
    for (const k of idKeys) {
      if (typeof o[k] !== 'number' || !ids.has(o[k] as number)) continue;
      if (k !== 'id' || 'number' in o) found.push(`${ids.get(o[k] as number)}: ${path}.${k}`);
    }
    for (const [k, x] of Object.entries(o)) walk(x, `${path}.${k}`);
  };
  if (typeof body === 'object') walk(body, '$');
  return found;
}

const isConfidential = (tk: Ticket) => tk.category === 'misconduct' || tk.accusedUnitId !== null;
const reportsIn = (code: string) => REPORTS.map((r) => t[r.key]).filter((tk) => (tk.villageCode ?? tk.countyCode ?? '').startsWith(code));

/** Counts: stats rows, summary figures and queue totals may not include a barred ticket. */
function countLeaks(path: string, body: any, reader: Reader): string[] {
  const out: string[] = [];
  const barred = reader.barred.map((k) => t[k]);
  if (path.startsWith('/api/v1/stats/rates')) {
    for (const row of body.units ?? []) {
      if (!row.unit) continue;
      const handled = REPORTS.map((r) => t[r.key]).filter((tk) => tk.handlingUnitId === row.unit.id);
      const hidden = barred.filter((tk) => tk.handlingUnitId === row.unit.id);
      // Only the reports this test filed exist, so a unit's total is bounded by what is not barred.
      if (hidden.length && row.total > handled.length - hidden.length) out.push(`${row.unit.name} counts ${row.total}`);
    }
  }
  if (path.startsWith('/api/v1/summaries')) {
    for (const item of body.items ?? []) {
      const here = reportsIn(item.jurisdictionCode);
      const general = here.filter((tk) => !isConfidential(tk)).length;
      // Misconduct is in no general figure (rule 9) ...
      if (item.stats.created > general) out.push(`created ${item.stats.created} > ${general}`);
      const m = item.stats.misconduct;
      const line = item.text.includes('纪检监察');
      if (m === null || m === undefined) {
        if (line) out.push(`misconduct line without figures`);
        continue;
      }
      // Rule 9: only county-level summaries, and only for the county's leaders, discipline and administration.
      if (item.jurisdictionCode.length > 6 || item.chatTarget.purpose === 'village_group')
        out.push(`misconduct figures in a ${item.jurisdictionCode} ${item.chatTarget.purpose} summary`);
      if (!reader.told) out.push(`misconduct figures for a reader not told of them`);
      // ... and its own count leaves out every report the reader is accused in.
      const countable = here.filter((tk) => isConfidential(tk) && !barred.includes(tk)).length;
      if (m.today > countable) out.push(`misconduct today ${m.today} > ${countable}`);
    }
  }
  if (path.startsWith('/api/v1/mp/workbench/queue') && body.total !== body.items.length) out.push(`total ${body.total} but ${body.items.length} items`);
  if (path.startsWith('/api/v1/dashboard')) {
    for (const row of body.ratesByUnit ?? []) {
      if (!row.unit) continue;
      const handled = REPORTS.map((r) => t[r.key]).filter((tk) => tk.handlingUnitId === row.unit.id);
      const hidden = barred.filter((tk) => tk.handlingUnitId === row.unit.id);
      if (hidden.length && row.total > handled.length - hidden.length) out.push(`${row.unit.name} counts ${row.total}`);
    }
    // Every figure of the period counts the same tickets as the rates, which leave the barred out.
    const intake = (body.intakeByChannel?.series ?? []).reduce((n: number, x: any) => n + x.total, 0);
    if (intake !== body.overall.total) out.push(`intake ${intake} but rates count ${body.overall.total}`);
    const readable = REPORTS.filter((r) => !reader.barred.includes(r.key)).length;
    if (body.overall.total > readable) out.push(`counts ${body.overall.total} > ${readable} readable`);
  }
  if (path.startsWith('/api/v1/ledger')) {
    // Only what is listed is counted: the total is the rows (all on one page), and each facet adds up to it.
    if (body.total !== body.items.length) out.push(`total ${body.total} but ${body.items.length} items`);
    const plain = !/[?&](status|category|urgency|channel|unitId|township)=/.test(path);
    for (const facet of ['status', 'category', 'urgency', 'channel', 'unit']) {
      const sum = (body.facets?.[facet] ?? []).reduce((n: number, x: any) => n + x.count, 0);
      if (plain && sum !== body.total) out.push(`facet ${facet} counts ${sum} but total ${body.total}`);
    }
    const misconduct = (body.facets?.category ?? []).find((x: any) => x.value === 'misconduct')?.count ?? 0;
    const visible = REPORTS.filter((r) => r.category === 'misconduct' && !reader.barred.includes(r.key)).length;
    if (misconduct > visible) out.push(`misconduct facet ${misconduct} > ${visible}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Every GET route, from the OpenAPI document

const ticketKeys = () => REPORTS.map((r) => r.key);
const ids = () => ticketKeys().map((k) => t[k].id);
const formats = ['json', 'xml'];
const CODES = ['430502', '430502202', LIANHE, '220382', '220382006', YISHUN];

/** The concrete requests made for each ticket-bearing GET route (reader's token added). */
const EXERCISED: Record<string, (r: Reader) => string[]> = {
  'GET /api/v1/tickets': () => [
    '/api/v1/tickets?limit=100',
    '/api/v1/tickets?limit=100&category=misconduct',
    '/api/v1/tickets?limit=100&overdue=true',
    ...CODES.map((c) => `/api/v1/tickets?limit=100&area=${c}`),
    ...ids().map((id) => `/api/v1/tickets?limit=100&unitId=${REPORTS.map((r) => t[r.key]).find((x) => x.id === id)!.handlingUnitId}`),
  ],
  'GET /api/v1/tickets/{id}': () => ids().map((id) => `/api/v1/tickets/${id}`),
  'GET /api/v1/tickets/{id}/duplicates': () => ids().map((id) => `/api/v1/tickets/${id}/duplicates`),
  'GET /api/v1/attachments/{id}': () => ticketKeys().map((k) => `/api/v1/attachments/${attachmentOf[k]}`),
  'GET /api/v1/mp/tickets': () => ['/api/v1/mp/tickets?limit=50'],
  'GET /api/v1/mp/tickets/{id}': () => ids().map((id) => `/api/v1/mp/tickets/${id}`),
  'GET /api/v1/mp/workbench/queue': () => ['/api/v1/mp/workbench/queue?limit=100'],
  'GET /api/v1/mp/workbench/tickets/{id}': () => ids().map((id) => `/api/v1/mp/workbench/tickets/${id}`),
  'GET /api/v1/leader/inbox': () => ['/api/v1/leader/inbox?open=false&limit=100', '/api/v1/leader/inbox?limit=100'],
  'GET /api/v1/stats/rates': () => [
    '/api/v1/stats/rates',
    ...CODES.map((c) => `/api/v1/stats/rates?area=${c}`),
    ...ids().map((id) => `/api/v1/stats/rates?unitId=${REPORTS.map((r) => t[r.key]).find((x) => x.id === id)!.handlingUnitId}`),
  ],
  'GET /api/v1/summaries': () => [
    ...CODES.map((c) => `/api/v1/summaries?jurisdiction=${c}&date=${today}`),
    ...CODES.map((c) => `/api/v1/summaries?jurisdiction=${c}&from=${today}&to=${today}`),
  ],
  // The console (issue 13): the 台账 with its counts, searches for the reports' own words and
  // people, the export, the ticket page, the dashboard and saved views.
  'GET /api/v1/ledger': () => [
    '/api/v1/ledger?pageSize=100&facets=true',
    '/api/v1/ledger?pageSize=100&facets=true&category=misconduct',
    '/api/v1/ledger?pageSize=100&facets=true&overdue=true&escalated=true',
    ...CODES.map((c) => `/api/v1/ledger?pageSize=100&facets=true&area=${c}`),
    ...REPORTS.flatMap((r) => [r.fragment, r.name, r.phone, t[r.key].number].map((q) => `/api/v1/ledger?pageSize=100&facets=true&q=${encodeURIComponent(q)}`)),
    ...ids().map((id) => `/api/v1/ledger?pageSize=100&facets=true&unitId=${REPORTS.map((r) => t[r.key]).find((x) => x.id === id)!.handlingUnitId}`),
  ],
  'GET /api/v1/tickets/export.xlsx': () => [
    '/api/v1/tickets/export.xlsx',
    '/api/v1/tickets/export.xlsx?category=misconduct',
    ...CODES.map((c) => `/api/v1/tickets/export.xlsx?area=${c}`),
    ...REPORTS.flatMap((r) => [r.fragment, r.phone].map((q) => `/api/v1/tickets/export.xlsx?q=${encodeURIComponent(q)}`)),
  ],
  'GET /api/v1/tickets/{id}/console': () => ids().map((id) => `/api/v1/tickets/${id}/console`),
  'GET /api/v1/dashboard': () => ['/api/v1/dashboard', ...CODES.map((c) => `/api/v1/dashboard?area=${c}`)],
  'GET /api/v1/views': () => ['/api/v1/views'],
  'GET /api/v1/outbox': () => ['/api/v1/outbox?limit=200', ...ids().map((id) => `/api/v1/outbox?limit=200&ticketId=${id}`)],
  'GET /open311/v2/requests.{format}': () =>
    formats.flatMap((f) =>
      [
        '',
        '?jurisdiction_id=430502',
        '?jurisdiction_id=220382',
        '?service_code=misconduct',
        '?service_code=welfare,water',
        `?service_request_id=${ticketKeys()
          .map((k) => t[k].number)
          .join(',')}`,
      ].map((q) => `/open311/v2/requests.${f}${q}`),
    ),
  'GET /open311/v2/requests/{id}.{format}': () => formats.flatMap((f) => ticketKeys().map((k) => `/open311/v2/requests/${t[k].number}.${f}`)),
  // The key a client sent when filing (ours filed through the native API; a reader's own token as api_key).
  'GET /open311/v2/tokens/{token}.{format}': (r) => ticketKeys().map((k) => `/open311/v2/tokens/accused-${k}.json?api_key=${r.token}`),
};

/** GET routes that carry nothing of any ticket, and why. */
const NOT_TICKET_BEARING: Record<string, string> = {
  'GET /api/v1/categories': 'the category list (reference data)',
  'GET /api/v1/me': 'who the caller is: their own name, unit and area',
  'GET /api/v1/vocabulary': 'the words for statuses, categories, channels (reference data)',
  'GET /api/v1/divisions': 'administrative divisions (reference data)',
  'GET /api/v1/units': 'unit names and kinds for the transfer picker (reference data)',
  'GET /api/v1/admin/routing-rules': 'routing configuration',
  'GET /api/v1/admin/deadline-policies': 'deadline configuration',
  'GET /api/v1/admin/calendar': 'the national working-day calendar; coverage in years only',
  'GET /api/v1/admin/org/template': 'an empty spreadsheet template with one made-up example row per sheet',
  'GET /api/v1/chat/bindings': 'which chat groups are bound to which area',
  'GET /open311/v2/services.{format}': 'the Open311 service (category) list',
  'GET /open311/v2/services/{code}.{format}': 'one Open311 service definition',
  'GET /open311/discovery.{format}': 'the Open311 discovery document (endpoint and formats)',
};

/** The export as the rows of its sheet (a zipped workbook shows nothing to a text search). */
async function sheetCall(path: string, token: string) {
  const res = await fetch(app.url + path, { headers: { authorization: `Bearer ${token}` } });
  if (res.status !== 200) return { status: res.status, body: await res.json() };
  const wb = XLSX.read(Buffer.from(await res.arrayBuffer()), { type: 'buffer' });
  return { status: 200, body: wb.SheetNames.map((n) => XLSX.utils.sheet_to_json(wb.Sheets[n], { header: 1 })) };
}

describe('the read paths', () => {
  it('every GET route of the OpenAPI document is exercised here or carries no ticket', async () => {
    const doc = (await app.call('GET', '/api/v1/openapi.json')).body;
    const gets = Object.entries<any>(doc.paths).flatMap(([p, ops]) => (ops.get ? [`GET ${p}`] : []));
    expect(gets.length).toBeGreaterThan(15);
    expect(gets.filter((g) => g.startsWith('GET /open311/')).length).toBeGreaterThan(0);
    const unaccounted = gets.filter((g) => !(g in EXERCISED) && !(g in NOT_TICKET_BEARING));
    expect(unaccounted).toEqual([]);
    // And nothing listed here is stale.
    expect(Object.keys({ ...EXERCISED, ...NOT_TICKET_BEARING }).filter((k) => !gets.includes(k))).toEqual([]);
  });
});

describe('the accused side, on every read path', () => {
  it('is set up: each reader sees an ordinary ticket of theirs, so the checks can see a leak', async () => {
    expect(readers.length).toBe(12);
    for (const r of readers.filter((x) => x.sees)) {
      const list = await app.call('GET', '/api/v1/tickets?limit=100', { token: r.token });
      expect([r.name, list.status]).toEqual([r.name, 200]);
      expect([r.name, list.body.items.map((i: any) => i.id)]).toEqual([r.name, expect.arrayContaining([t[r.sees!].id])]);
      expect([r.name, leaksIn(list.body, [r.sees!]).length > 0]).toEqual([r.name, true]);
      // The console's list and export show it too (the export read as its sheet's rows).
      const ledger = await app.call('GET', '/api/v1/ledger?pageSize=100&facets=true', { token: r.token });
      expect([r.name, leaksIn(ledger.body, [r.sees!]).length > 0]).toEqual([r.name, true]);
      const sheet = await sheetCall('/api/v1/tickets/export.xlsx', r.token);
      expect([r.name, leaksIn(sheet.body, [r.sees!]).length > 0]).toEqual([r.name, true]);
    }
  });

  it.each(Object.keys(EXERCISED))('%s', async (route) => {
    const problems: string[] = [];
    for (const r of readers) {
      for (const path of EXERCISED[route](r)) {
        const res = path.includes('.xlsx') ? await sheetCall(path, r.token) : await app.call('GET', path, { token: r.token });
        if (res.status >= 500) problems.push(`${r.name} ${path}: ${res.status}`);
        if (res.status !== 200) continue;
        // Open311 reads are public: an ordinary ticket of another county is anybody's to read there.
        const barred = path.startsWith('/open311/') ? r.barred.filter((k) => isConfidential(t[k])) : r.barred;
        for (const l of [...leaksIn(res.body, barred), ...countLeaks(path, res.body, r)]) problems.push(`${r.name} ${path}: ${l}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('a barred ticket answers exactly as a missing one (404, same message) on every per-ticket route', async () => {
    const problems: string[] = [];
    for (const r of readers) {
      for (const key of r.barred) {
        for (const [path, ghost] of [
          [`/api/v1/tickets/${t[key].id}`, '/api/v1/tickets/99999999'],
          [`/api/v1/tickets/${t[key].id}/duplicates`, '/api/v1/tickets/99999999/duplicates'],
          [`/api/v1/tickets/${t[key].id}/console`, '/api/v1/tickets/99999999/console'],
          [`/api/v1/attachments/${attachmentOf[key]}`, '/api/v1/attachments/99999999'],
        ]) {
          const [a, b] = [await app.call('GET', path, { token: r.token }), await app.call('GET', ghost, { token: r.token })];
          if (a.status !== 404 || a.body?.error?.message !== b.body?.error?.message) problems.push(`${r.name} ${path}: ${a.status} ${a.body?.error?.message}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('the bot answers 查询 and 待办 as if the barred tickets did not exist', async () => {
    const bot: Actor = { kind: 'bot', name: 'wechat-bot', tokenId: 0 } as Actor;
    const say = async (r: Reader, text: string) => {
      const res = await handleInbound(
        ds(),
        bot,
        { botAccount: BOT, messageId: `m-${++chatSeq}`, roomId: null, from: { id: `wx-staff-${r.staff.id}`, name: r.staff.name }, type: 'text', text } as any,
        new Date(),
      );
      return res.replies.map((x: any) => x.text).join('\n');
    };
    const problems: string[] = [];
    // The control: what a reader may read, the bot does show (a misconduct number for the county admin).
    const asked = (reply: string, n: string) => reply.split(n).join('<n>');
    const people = readers.filter((x) => !x.tokenOnly);
    for (const r of people.filter((x) => x.sees)) {
      const n = t[r.sees!].number;
      const ghost = n.replace(/\d{4}$/, '9999');
      const [shown, none] = [await say(r, `查询 ${n}`), await say(r, `查询 ${ghost}`)];
      if (asked(shown, n) === asked(none, ghost)) problems.push(`${r.name} 查询 ${n} finds nothing: ${shown}`);
    }
    for (const r of people) {
      const todo = await say(r, '我的待办');
      for (const l of leaksIn(todo, r.barred)) problems.push(`${r.name} 我的待办: ${l}`);
      for (const key of r.barred) {
        const n = t[key].number;
        const ghost = n.replace(/\d{4}$/, '9999');
        // The reply may repeat the number asked about, and nothing else: the same as for no such ticket.
        const [full, none] = [await say(r, `查询 ${n}`), await say(r, `查询 ${ghost}`)];
        if (asked(full, n) !== asked(none, ghost)) problems.push(`${r.name} 查询 ${n}: ${full}`);
        for (const l of leaksIn(asked(full, n), r.barred)) problems.push(`${r.name} 查询 ${n}: ${l}`);
        const tail = await say(r, `查询 #${n.slice(-4)}`);
        for (const l of leaksIn(tail, r.barred)) problems.push(`${r.name} 查询 #${n.slice(-4)}: ${l}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('attacks (regression)', () => {
  const officeHead = () => readers.find((r) => r.name.startsWith('双清区信访局 head'))!;

  it('the head of 双清区信访局 (county admin) cannot read the report accusing his own office: 404, absent from lists and stats', async () => {
    const head = officeHead();
    const one = await app.call('GET', `/api/v1/tickets/${t.petitionOffice.id}`, { token: head.token });
    expect(one.status).toBe(404);
    const list = await app.call('GET', '/api/v1/tickets?limit=100&category=misconduct', { token: head.token });
    expect(list.status).toBe(200);
    const listed = list.body.items.map((i: any) => i.id);
    expect(listed).toContain(t.township.id); // his county's other misconduct report, which he may read
    expect(listed).not.toContain(t.petitionOffice.id);
    const stats = await app.call('GET', `/api/v1/stats/rates?unitId=${t.petitionOffice.handlingUnitId}`, { token: head.token });
    expect(stats.status).toBe(200);
    expect(stats.body.overall.total).toBe(0);
  });

  it('a 双清区 county admin sees nothing of 双辽市: 404, absent from lists and counts', async () => {
    const head = officeHead();
    for (const key of ['water双辽', 'village', 'bureau']) {
      expect((await app.call('GET', `/api/v1/tickets/${t[key].id}`, { token: head.token })).status).toBe(404);
    }
    const list = await app.call('GET', '/api/v1/tickets?limit=100&area=220382', { token: head.token });
    expect(list.body.items).toEqual([]);
    const stats = await app.call('GET', '/api/v1/stats/rates?area=220382', { token: head.token });
    expect(stats.body.overall.total).toBe(0);
    expect((await app.call('GET', '/api/v1/summaries?jurisdiction=220382', { token: head.token })).status).toBe(403);
  });

  it('a misconduct report filed under another category is not the co-handling township’s to read', async () => {
    const head = readers.find((r) => r.name.startsWith('火车站乡 head'))!;
    const cadre = readers.find((r) => r.name.startsWith('火车站乡 cadre'))!;
    const text = '火车站乡党委书记克扣我家低保金，我叫张小三电话13907319876';
    const api = await app.call('POST', '/open311/v2/requests.json', {
      form: {
        api_key: await app.token('channel'),
        jurisdiction_id: '430502',
        service_code: 'welfare',
        description: text,
        address_string: '双清区火车站乡莲荷村',
        first_name: '小三',
        last_name: '张',
        phone: '13907319876',
      },
    });
    expect(api.status).toBe(201);
    const filed = await ds().manager.findOneByOrFail(Ticket, { number: api.body[0].service_request_id });
    for (const r of [head, cadre]) {
      expect((await app.call('GET', `/api/v1/tickets/${filed.id}`, { token: r.token })).status).toBe(404);
      const bodies = [
        (await app.call('GET', '/api/v1/tickets?limit=100', { token: r.token })).body,
        (await app.call('GET', '/api/v1/mp/workbench/queue?limit=100', { token: r.token })).body,
        (await app.call('GET', `/api/v1/mp/workbench/tickets/${filed.id}`, { token: r.token })).body,
      ];
      const s = JSON.stringify(bodies);
      for (const x of [filed.number, '克扣我家低保金', '张小三', '13907319876']) expect(s).not.toContain(x);
    }
    const pub = await app.call('GET', '/open311/v2/requests.json?jurisdiction_id=430502&service_code=welfare');
    expect(JSON.stringify(pub.body)).not.toContain(filed.number);
  });
});

describe('attacks on the accused unit’s side of the tree', () => {
  it('the report cannot be transferred to a unit under the accused township (it would land there, notice and all)', async () => {
    const discipline = await firstStaff('双清区纪委监委', (s) => s.role === 'cadre');
    const before = await ds().manager.findOneByOrFail(Ticket, { id: t.township.id });
    const res = await app.call('POST', `/api/v1/tickets/${t.township.id}/transfer`, {
      token: await tokenFor(discipline),
      body: { unitId: committeeId, reason: '请村委会核实' },
    });
    expect([res.status, res.body.error?.code]).toEqual([409, 'accused_unit']);
    const after = await ds().manager.findOneByOrFail(Ticket, { id: t.township.id });
    expect([after.handlingUnitId, after.version]).toEqual([before.handlingUnitId, before.version]);
  });
});

describe('the demo seed', () => {
  it('makes each county petition office head an admin of that county only, and no nationwide admin', async () => {
    const admins = await ds().manager.find(Staff, { where: { role: 'admin' } });
    expect(admins.length).toBe(2);
    for (const a of admins) {
      const unit = await ds().manager.findOneByOrFail(Unit, { id: a.unitId! });
      expect([unit.kind, unit.headStaffId, a.jurisdictionCode]).toEqual(['petition_office', a.id, unit.jurisdictionCode]);
      expect(a.jurisdictionCode).toMatch(/^\d{6}$/);
    }
  });
});
