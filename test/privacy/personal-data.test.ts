/**
 * The privacy sweep: distinctive personal data goes in through every intake (native API, hotline,
 * SMS, Open311, mini-program, the bot in a village group and 1:1), including two misconduct
 * complaints against a township, with villagers typing their own name and number into the text.
 * Then the escalation and summary jobs run and the outbox is delivered to a WeCom robot stand-in.
 * Everything that leaves toward groups (outbox rows for rooms and robots, the robot's HTTP
 * bodies, the bot's group replies), every daily summary, every log line, every public Open311
 * read, and everything the accused township's cadres and leaders can fetch is searched for the
 * seeded names, phones and WeChat ids.
 */
import { chatMount } from '../../src/http/chat/routes';
import { intakeRoutes } from '../../src/http/intake/routes';
import { leadersMount } from '../../src/http/leaders/routes';
import { mpMount } from '../../src/http/mp/routes';
import { open311Mount } from '../../src/http/open311/routes';
import { summariesMount } from '../../src/http/summaries/routes';
import { outboxRoutes } from '../../src/http/outbox/routes';
import { sign } from '../../src/auth/hmac';
import { ChatTarget } from '../../src/entities/ChatTarget';
import { DailySummary } from '../../src/entities/DailySummary';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { escalateJob, summaryJob } from '../../src/jobs/jobs';
import { Dispatcher } from '../../src/outbox/dispatcher';
import { loadOutboxSettings } from '../../src/outbox/config';
import { staffSender, wecomSender } from '../../src/outbox/senders';
import { DAY_MS } from '../../src/clocks/time';
import { startTestApp, TestApp } from '../support/app';
import { startFakeWeChat, FakeWeChat } from '../support/fake-wechat';
import { startGateway, FakeGateway } from '../outbox/support/gateway';
import { captureLogs, LogCapture } from '../support/log-capture';

jest.setTimeout(120_000);

const HOTLINE_SECRET = 'privacy-hotline-secret';
const SMS_SECRET = 'privacy-sms-secret';
const TOWNSHIP = '火车站乡人民政府';
const LIANHE = '430502202205';

interface Person {
  name: string;
  phone: string;
  /** The WeChat contact id as the bot sees it (stored as `<account>:<id>`), or an openid. */
  wechat?: string;
}

/** One distinctive person per intake; misconduct petitioners are the ones the accused must never see. */
const P: Record<string, Person> = {
  api: { name: '测试人甲', phone: '13912345601', wechat: 'wxid_csapi0001' },
  hotline: { name: '测试人乙', phone: '13912345602' },
  sms: { name: '测试人丙', phone: '13912345603' },
  open311: { name: '测试人丁', phone: '13912345604' },
  mp: { name: '测试人戊', phone: '13912345605', wechat: 'oCsTestOpenid0005' },
  group: { name: '测试人己', phone: '13912345606', wechat: 'wxid_csgroup0006' },
  dm: { name: '测试人庚', phone: '13912345607', wechat: 'wxid_csdm0007' },
  misconductApi: { name: '测试人辛', phone: '13912345608', wechat: 'wxid_csmisc0008' },
  misconductDm: { name: '测试人壬', phone: '13912345609', wechat: 'wxid_csmisc0009' },
};
const MISCONDUCT = [P.misconductApi, P.misconductDm];

/** Every way a seeded value could show up: the phone also with separators. */
function needles(people: Person[]): string[] {
  return people.flatMap((p) => [
    p.name,
    p.phone,
    `${p.phone.slice(0, 3)}-${p.phone.slice(3, 7)}-${p.phone.slice(7)}`,
    `${p.phone.slice(0, 3)} ${p.phone.slice(3, 7)} ${p.phone.slice(7)}`,
    ...(p.wechat ? [p.wechat] : []),
  ]);
}

/** The seeded values found in `haystack` (empty = clean), with a little context for the failure message. */
function leaks(haystack: string, people: Person[]): string[] {
  const found: string[] = [];
  for (const n of needles(people)) {
    const i = haystack.indexOf(n);
    if (i >= 0) found.push(`${n} in …${haystack.slice(Math.max(0, i - 60), i + n.length + 20)}…`);
  }
  return found;
}

let app: TestApp;
let wx: FakeWeChat;
let robot: FakeGateway;
let logs: LogCapture;
let channel: string;
let bot: string;
let admin: string;
/** Bodies of the bot's replies that went to a group. */
const groupReplies: unknown[] = [];
const ticketNumbers: string[] = [];

const unix = () => String(Math.floor(Date.now() / 1000));
function signed(body: unknown, secret: string) {
  const raw = JSON.stringify(body);
  const ts = unix();
  return { body: raw, headers: { 'content-type': 'application/json', 'X-Cunsheng-Timestamp': ts, 'X-Cunsheng-Signature': sign(secret, ts, raw) } };
}

async function ok<T = any>(p: Promise<{ status: number; body: T }>, what: string): Promise<T> {
  const res = await p;
  if (res.status >= 300) throw new Error(`${what}: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
  return res.body;
}

let seq = 0;
/** Talks to the bot until the complaint is filed (answering its questions with 跳过). */
async function chat(from: Person, text: string, room?: { roomId: string; roomTopic: string }): Promise<void> {
  let say = text;
  for (let i = 0; i < 4; i++) {
    const body = await ok(
      app.call('POST', '/api/v1/chat/messages', {
        token: bot,
        body: { botAccount: 'acct', messageId: `priv-${++seq}`, from: { id: from.wechat, name: from.name }, type: 'text', text: say, ...(room ?? {}) },
      }),
      'chat message',
    );
    for (const r of body.replies ?? []) if (r.to?.room) groupReplies.push(r);
    const all = (body.replies ?? []).map((r: any) => r.text).join('\n');
    if (/已登记|已按原内容登记|登记过/.test(all)) return;
    if (/私聊/.test(all) && room) return; // misconduct in a group goes private: not filed here
    say = '跳过';
  }
  throw new Error(`the bot did not file: ${text}`);
}

beforeAll(async () => {
  wx = await startFakeWeChat();
  robot = await startGateway(() => ({ status: 200, body: { errcode: 0, errmsg: 'ok' } }));
  Object.assign(process.env, { HOTLINE_SECRET, SMS_SECRET, WECHAT_API_BASE: wx.url, MP_APPID: wx.appid, MP_SECRET: wx.secret });
  logs = captureLogs();
  app = await startTestApp({
    areas: ['430502', '220382'],
    mounts: [open311Mount, intakeRoutes, mpMount, chatMount, leadersMount, summariesMount, outboxRoutes],
  });
  channel = await app.token('channel');
  bot = await app.token('bot');
  admin = await app.token('admin');

  // Groups: a village group the bot is in, and WeCom robots in the county work groups.
  const village = await ok(
    app.call('POST', '/api/v1/chat/bindings', { token: admin, body: { jurisdictionCode: LIANHE, topic: '莲荷村村民群' } }),
    'bind village group',
  );
  await ok(
    app.call('POST', '/api/v1/chat/rooms/resolve', { token: bot, body: { botAccount: 'acct', rooms: [{ id: 'lianhe@chatroom', topic: '莲荷村村民群' }] } }),
    'resolve rooms',
  );
  expect(village.id).toBeGreaterThan(0);
  for (const code of ['430502', '220382']) {
    await app.ds.manager.insert(ChatTarget, {
      kind: 'wecom_webhook',
      purpose: 'work_group',
      jurisdictionCode: code,
      topic: `${code}工作群`,
      roomId: null,
      botAccount: null,
      webhookUrl: `${robot.url}/cgi-bin/webhook/send?key=k${code}`,
      boundByStaffId: null,
      active: true,
      createdAt: new Date(),
    });
  }

  // 1. Native API, with a contact and the villager's own name and number in the text.
  const api = await ok(
    app.call('POST', '/api/v1/tickets', {
      token: channel,
      body: {
        text: `我是${P.api.name}，电话${P.api.phone}，火车站乡莲荷村村口的路塌了一个大坑，车都过不去`,
        villageCode: LIANHE,
        channel: 'api',
        externalId: 'priv-api-1',
        contact: { name: P.api.name, phone: P.api.phone, wechatId: P.api.wechat },
      },
    }),
    'native intake',
  );
  ticketNumbers.push(api.number);

  // 2. Hotline: the caller's number, and a summary that repeats name and number.
  const hot = await ok(
    app.call(
      'POST',
      '/api/v1/intake/hotline',
      signed(
        {
          callId: 'PRIV-C1',
          caller: `+86 ${P.hotline.phone}`,
          summary: `${P.hotline.name}来电（${P.hotline.phone.slice(0, 3)}-${P.hotline.phone.slice(3, 7)}-${P.hotline.phone.slice(7)}）：火车站乡莲荷村自来水停了三天`,
          transcript: `我叫${P.hotline.name}，莲荷村的，自来水停了三天了`,
          time: new Date(Date.now() - 60_000).toISOString(),
        },
        HOTLINE_SECRET,
      ),
    ),
    'hotline intake',
  );
  ticketNumbers.push(hot.ticket.number);

  // 3. SMS.
  const sms = await ok(
    app.call(
      'POST',
      '/api/v1/intake/sms',
      signed(
        {
          messageId: 'PRIV-S1',
          sender: P.sms.phone,
          text: `双辽市义顺村危房改造补贴一直没发，我是${P.sms.name}，${P.sms.phone}`,
          time: Math.floor(Date.now() / 1000) - 30,
        },
        SMS_SECRET,
      ),
    ),
    'sms intake',
  );
  ticketNumbers.push(sms.ticket.number);

  // 4. Open311 (form, as GeoReport clients send it).
  const o311 = await ok(
    app.call('POST', '/open311/v2/requests.json', {
      form: {
        api_key: channel,
        jurisdiction_id: '430502',
        service_code: 'infrastructure',
        description: `莲荷村的桥裂了，联系人${P.open311.name}，手机${P.open311.phone}`,
        last_name: P.open311.name.slice(0, 1),
        first_name: P.open311.name.slice(1),
        phone: P.open311.phone,
        address_string: '火车站乡莲荷村',
      },
    }),
    'open311 intake',
  );
  expect(Array.isArray(o311)).toBe(true);

  // 5. Mini-program: WeChat login, then a report typed with name and number.
  const login = await ok(app.call('POST', '/api/v1/mp/login', { body: { code: wx.code(P.mp.wechat!) } }), 'mp login');
  const mp = await ok(
    app.call('POST', '/api/v1/mp/tickets', {
      token: login.token,
      body: { clientId: 'priv-mp-000001', text: `莲荷村小学门口的路灯坏了一个月，我是${P.mp.name}，电话${P.mp.phone}`, villageCode: LIANHE },
    }),
    'mp intake',
  );
  ticketNumbers.push(mp.number ?? mp.ticket?.number);

  // 6. The bot: a report in the village group, and one in a 1:1 chat.
  await chat(P.group, `反映 村里垃圾好几天没人清运了，我是${P.group.name}，有事打${P.group.phone}`, { roomId: 'lianhe@chatroom', roomTopic: '莲荷村村民群' });
  await chat(P.dm, `反映 火车站乡莲荷村的水渠堵了，田里灌不上水。我叫${P.dm.name}，电话 ${P.dm.phone}`);

  // 7. Misconduct against the township, by API and by the bot 1:1.
  await ok(
    app.call('POST', '/api/v1/tickets', {
      token: channel,
      body: {
        text: `举报火车站乡莲荷村低保评定中乡干部优亲厚友，把低保给了自己亲戚。我是${P.misconductApi.name}，电话${P.misconductApi.phone}`,
        villageCode: LIANHE,
        channel: 'api',
        externalId: 'priv-misc-1',
        contact: { name: P.misconductApi.name, phone: P.misconductApi.phone, wechatId: P.misconductApi.wechat },
      },
    }),
    'misconduct intake',
  );
  await chat(P.misconductDm, `反映 火车站乡莲荷村，乡干部办事吃拿卡要，不给好处不办。我叫${P.misconductDm.name}，手机 ${P.misconductDm.phone}`);

  // The jobs: escalation 40 days on (every clock overdue), summaries today and that day.
  const later = new Date(Date.now() + 40 * DAY_MS);
  const esc = await escalateJob(app.ds, later);
  expect(esc).toMatchObject({ ran: true });
  expect(await summaryJob(app.ds, new Date())).toMatchObject({ ran: true });
  expect(await summaryJob(app.ds, later)).toMatchObject({ ran: true });

  // Deliver: staff notices are routed to the work groups, then posted to the robot.
  const settings = loadOutboxSettings({ OUTBOX_WECOM_PER_MINUTE: '0', OUTBOX_BATCH: '100' });
  const d = new Dispatcher(app.ds, { senders: [staffSender(), wecomSender({ timeoutMs: 5000 })], settings, clock: () => new Date(later.getTime() + 60_000) });
  await d.drain();
});

afterAll(async () => {
  logs?.restore();
  for (const k of ['HOTLINE_SECRET', 'SMS_SECRET', 'WECHAT_API_BASE', 'MP_APPID', 'MP_SECRET']) delete process.env[k];
  await app?.close();
  await robot?.close();
  await wx?.close();
});

describe('the setup is what the sweep needs', () => {
  it('filed a ticket from every intake, two of them misconduct against the township, and escalated and summarised them', async () => {
    const tickets = await app.ds.manager.find(Ticket);
    expect([...new Set(tickets.map((t) => t.channel))].sort()).toEqual(['api', 'hotline', 'miniprogram', 'open311', 'sms', 'wechat_group', 'wechat_private']);
    expect(tickets.length).toBeGreaterThanOrEqual(9);
    const township = await app.unit(TOWNSHIP);
    const accused = tickets.filter((t) => t.accusedUnitId === township.id);
    expect(accused).toHaveLength(2);
    for (const t of accused) {
      expect(t.category).toBe('misconduct');
      expect(t.handlingUnitId).not.toBe(township.id);
    }
    expect(Number(await app.ds.manager.count(DailySummary))).toBeGreaterThanOrEqual(4);
    // Staff notices reached the robots (that is where the complaint text could leak).
    expect(robot.hits.length).toBeGreaterThan(5);
    expect(Number(await app.ds.manager.count(OutboxMessage, { where: { channel: 'staff' } }))).toBe(0);
    expect(logs.text().length).toBeGreaterThan(0);
  });
});

describe('nothing toward groups carries a petitioner', () => {
  it('outbox rows for WeChat rooms and WeCom robots', async () => {
    const rows = await app.ds.manager.find(OutboxMessage);
    const toGroups = rows.filter((r) => r.channel === 'wechat_room' || r.channel === 'wecom');
    expect(toGroups.length).toBeGreaterThan(5);
    expect(leaks(JSON.stringify(toGroups.map((r) => [r.target, r.payload])), Object.values(P))).toEqual([]);
  });

  it('what the WeCom robot received over HTTP', () => {
    expect(leaks(JSON.stringify(robot.hits.map((h) => h.body)), Object.values(P))).toEqual([]);
  });

  it('the bot’s replies in the village group', () => {
    expect(groupReplies.length).toBeGreaterThan(0);
    expect(leaks(JSON.stringify(groupReplies), Object.values(P))).toEqual([]);
  });

  it('group notices still say which ticket they are about', async () => {
    const texts = robot.hits.map((h) => String(h.body?.text?.content ?? ''));
    expect(texts.some((t) => ticketNumbers.some((n) => t.includes(n)))).toBe(true);
  });
});

describe('daily summaries', () => {
  it('stored texts and figures', async () => {
    const rows = await app.ds.manager.find(DailySummary);
    expect(leaks(JSON.stringify(rows.map((r) => [r.text, r.stats])), Object.values(P))).toEqual([]);
  });

  it('through the API for a leader', async () => {
    const leader = await app.staffOf('双清区人民政府', (s) => s.position === 'county_secretary');
    const token = await app.token('leader', { staffId: leader.id });
    const bodies: unknown[] = [];
    for (const date of [new Date(), new Date(Date.now() + 40 * DAY_MS)].map((d) => d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }))) {
      const res = await app.call('GET', `/api/v1/summaries?jurisdiction=430502&date=${date}`, { token });
      expect(res.status).toBe(200);
      bodies.push(res.body);
    }
    expect(JSON.stringify(bodies)).toContain('每日自查');
    expect(leaks(JSON.stringify(bodies), Object.values(P))).toEqual([]);
  });
});

describe('logs', () => {
  it('every line written while the intakes, jobs and senders ran', () => {
    expect(leaks(logs.text(), Object.values(P))).toEqual([]);
  });
});

describe('public Open311 reads', () => {
  it('lists and single requests, JSON and XML', async () => {
    const bodies: string[] = [];
    for (const ext of ['json', 'xml']) {
      const list = await app.call('GET', `/open311/v2/requests.${ext}?jurisdiction_id=430502`);
      expect(list.status).toBe(200);
      bodies.push(typeof list.body === 'string' ? list.body : JSON.stringify(list.body));
      bodies.push(JSON.stringify((await app.call('GET', `/open311/v2/requests.${ext}?jurisdiction_id=220382`)).body));
    }
    for (const t of await app.ds.manager.find(Ticket)) {
      const res = await app.call('GET', `/open311/v2/requests/${t.number}.json`);
      expect([200, 404]).toContain(res.status);
      bodies.push(JSON.stringify(res.body));
    }
    expect(bodies.join('\n')).toContain('莲荷村');
    expect(leaks(bodies.join('\n'), Object.values(P))).toEqual([]);
  });
});

describe('the accused township', () => {
  async function everythingReadableBy(staff: Staff): Promise<{ statuses: Record<string, number>; text: string }> {
    const token = await app.token(staff.role === 'leader' ? 'leader' : 'cadre', { staffId: staff.id });
    const bodies: unknown[] = [];
    const statuses: Record<string, number> = {};
    const get = async (path: string) => {
      const res = await app.call('GET', path, { token });
      statuses[path] = res.status;
      bodies.push(res.body);
      return res;
    };
    let cursor: string | undefined;
    do {
      const res = await get(`/api/v1/tickets?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
      cursor = res.body?.nextCursor ?? undefined;
    } while (cursor);
    await get('/api/v1/tickets?overdue=true&limit=100');
    const ids = (await app.ds.manager.find(Ticket, { select: { id: true } })).map((t) => t.id);
    for (const id of ids) {
      await get(`/api/v1/tickets/${id}`);
      await get(`/api/v1/tickets/${id}/duplicates`);
      await get(`/api/v1/mp/workbench/tickets/${id}`);
    }
    await get('/api/v1/mp/workbench/queue?limit=50');
    await get('/api/v1/leader/inbox?open=false&limit=100');
    await get('/api/v1/stats/rates');
    await get('/api/v1/stats/rates?area=430502202');
    for (const date of [new Date(), new Date(Date.now() + 40 * DAY_MS)].map((d) => d.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }))) {
      await get(`/api/v1/summaries?jurisdiction=430502202&date=${date}`);
      await get(`/api/v1/summaries?jurisdiction=430502&date=${date}`);
    }
    return { statuses, text: JSON.stringify(bodies) };
  }

  it('its head and cadres never see a misconduct petitioner, nor the misconduct tickets', async () => {
    const township = await app.unit(TOWNSHIP);
    const staff = await app.ds.manager.find(Staff, { where: { unitId: township.id } });
    expect(staff.some((s) => s.role === 'leader')).toBe(true);
    expect(staff.some((s) => s.role === 'cadre')).toBe(true);
    const accused = await app.ds.manager.find(Ticket, { where: { accusedUnitId: township.id } });
    for (const s of staff) {
      const { statuses, text } = await everythingReadableBy(s);
      // The reads worked (this is not a sweep of 403s) ...
      expect(statuses['/api/v1/tickets?limit=100']).toBe(200);
      expect(text).toContain('莲荷村');
      // ... the misconduct tickets are not found, not even by number ...
      for (const t of accused) {
        expect(statuses[`/api/v1/tickets/${t.id}`]).toBe(404);
        expect(text).not.toContain(t.number);
      }
      // ... and nothing names the people who complained about them.
      expect(leaks(text, MISCONDUCT)).toEqual([]);
    }
  });
});
