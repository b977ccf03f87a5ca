/**
 * The privacy sweep for disguised numbers (issue 9, rule 10): a phone typed in fullwidth digits
 * and one written with dots, filed through the native API and Open311, must not come out —
 * even after normalisation — in what goes to the work groups (staff notices, escalations, the
 * WeCom robot's HTTP bodies), in daily summaries, in log lines, or in public Open311 reads.
 */
import { open311Mount } from '../../src/http/open311/routes';
import { ChatTarget } from '../../src/entities/ChatTarget';
import { DailySummary } from '../../src/entities/DailySummary';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Ticket } from '../../src/entities/Ticket';
import { DAY_MS } from '../../src/clocks/time';
import { escalateJob, summaryJob } from '../../src/jobs/jobs';
import { loadOutboxSettings } from '../../src/outbox/config';
import { Dispatcher } from '../../src/outbox/dispatcher';
import { staffSender, wecomSender } from '../../src/outbox/senders';
import { canonical } from '../../src/privacy/redact';
import { startTestApp, TestApp } from '../support/app';
import { captureLogs, LogCapture } from '../support/log-capture';
import { FakeGateway, startGateway } from '../outbox/support/gateway';
import { countyWorkGroupRobot } from '../support/factories';

jest.setTimeout(60_000);

const LIANHE = '430502202205';
const FULLWIDTH = { digits: '13912345621', written: '１３９１２３４５６２１' };
const DOTTED = { digits: '13912345622', written: '139.1234.5622' };
const SPACED_ZW = { digits: '13912345623', written: '139 1234\u200b5623' };
const PHONES = [FULLWIDTH, DOTTED, SPACED_ZW];

/** The phones whose digits can be read out of `haystack` once normalised (fullwidth folded, separators and invisibles dropped). */
function leaks(haystack: string): string[] {
  const plain = canonical(haystack);
  return PHONES.filter((p) => plain.includes(p.digits) || haystack.includes(p.written)).map((p) => p.written);
}

let app: TestApp;
let robot: FakeGateway;
let logs: LogCapture;

beforeAll(async () => {
  robot = await startGateway(() => ({ status: 200, body: { errcode: 0, errmsg: 'ok' } }));
  logs = captureLogs();
  app = await startTestApp({ areas: ['430502'], mounts: [open311Mount] });
  const channel = await app.token('channel');
  await app.ds.manager.insert(ChatTarget, countyWorkGroupRobot(`${robot.url}/cgi-bin/webhook/send?key=k430502`));

  const api = await app.call('POST', '/api/v1/tickets', {
    token: channel,
    body: {
      text: `火车站乡莲荷村自来水停了三天，有事打我电话${FULLWIDTH.written}，或者${SPACED_ZW.written}`,
      villageCode: LIANHE,
      channel: 'api',
      externalId: 'disguise-api-1',
    },
  });
  expect(api.status).toBeLessThan(300);
  const o311 = await app.call('POST', '/open311/v2/requests.json', {
    form: {
      api_key: channel,
      jurisdiction_id: '430502',
      service_code: 'infrastructure',
      description: `莲荷村的桥裂了，手机${DOTTED.written}`,
      address_string: '火车站乡莲荷村',
    },
  });
  expect(o311.status).toBeLessThan(300);

  const later = new Date(Date.now() + 40 * DAY_MS);
  expect(await escalateJob(app.ds, later)).toMatchObject({ ran: true });
  expect(await summaryJob(app.ds, new Date())).toMatchObject({ ran: true });
  const settings = loadOutboxSettings({ OUTBOX_WECOM_PER_MINUTE: '0', OUTBOX_BATCH: '100' });
  await new Dispatcher(app.ds, {
    senders: [staffSender(), wecomSender({ timeoutMs: 5000 })],
    settings,
    clock: () => new Date(later.getTime() + 60_000),
  }).drain();
});

afterAll(async () => {
  logs?.restore();
  await app?.close();
  await robot?.close();
});

it('the complaints were stored as typed (so the sweep can find a leak)', async () => {
  const texts = (await app.ds.manager.find(Ticket)).map((t) => t.text).join('\n');
  expect(leaks(texts).sort()).toEqual(PHONES.map((p) => p.written).sort());
});

it('nothing toward the work groups carries them: outbox rows and what the robot received', async () => {
  expect(robot.hits.length).toBeGreaterThan(0);
  const bodies = JSON.stringify(robot.hits.map((h) => h.body));
  // The complaint text itself went to the groups (new-ticket notices, escalation excerpts), masked.
  expect(bodies).toContain('自来水停了三天');
  expect(bodies).toContain('桥裂了');
  expect(leaks(bodies)).toEqual([]);
  const rows = (await app.ds.manager.find(OutboxMessage)).filter((r) => r.channel === 'wecom' || r.channel === 'wechat_room' || r.channel === 'staff');
  expect(leaks(JSON.stringify(rows.map((r) => r.payload)))).toEqual([]);
});

it('daily summaries', async () => {
  const rows = await app.ds.manager.find(DailySummary);
  expect(rows.length).toBeGreaterThan(0);
  expect(leaks(JSON.stringify(rows.map((r) => [r.text, r.stats])))).toEqual([]);
});

it('log lines', () => {
  expect(logs.lines.length).toBeGreaterThan(0);
  expect(leaks(logs.text())).toEqual([]);
});

it('public Open311 reads, list and single, JSON and XML', async () => {
  const bodies: string[] = [];
  for (const ext of ['json', 'xml']) {
    const list = await app.call('GET', `/open311/v2/requests.${ext}?jurisdiction_id=430502`);
    expect(list.status).toBe(200);
    bodies.push(typeof list.body === 'string' ? list.body : JSON.stringify(list.body));
    for (const t of await app.ds.manager.find(Ticket)) {
      const one = await app.call('GET', `/open311/v2/requests/${t.number}.${ext}`);
      bodies.push(typeof one.body === 'string' ? one.body : JSON.stringify(one.body));
    }
  }
  const all = bodies.join('\n');
  expect(all).toMatch(/自来水停了三天/);
  expect(all).toMatch(/桥裂了/);
  expect(leaks(all)).toEqual([]);
});
