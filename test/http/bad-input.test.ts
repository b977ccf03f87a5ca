/**
 * Bad input on every native ticket route gets a 4xx naming the field, never a 5xx: malformed
 * JSON, wrong types, unknown fields, out-of-range ids, overlong strings, and (fast-check) any
 * JSON body at all.
 */
import fc from 'fast-check';
import { startTestApp, TestApp } from '../support/app';
import { SYSTEM } from '../../src/tickets/actor';
import { acceptTicket, createTicket, objectTicket, resolveTicket } from '../../src/tickets';
import { Ticket } from '../../src/entities/Ticket';
import { CHANNELS, CATEGORY_CODES } from '../../src/http/tickets/schemas';

let app: TestApp;
let admin: string;
let channel: string;
let unitId: number;
let seq = 0;

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502', '220382'] });
  admin = await app.token('admin');
  channel = await app.token('channel');
  unitId = (await app.unit('双清区住房和城乡建设局')).id;
});
afterAll(() => app.close());

async function ticket(state: 'assigned' | 'accepted' | 'objected' | 'resolved' = 'assigned'): Promise<Ticket> {
  seq++;
  let { ticket: t } = await createTicket(app.ds, SYSTEM, { text: `莲荷村村口的路坏了第${seq}回`, villageCode: '430502202205', channel: 'api' });
  if (state === 'objected') t = await objectTicket(app.ds, SYSTEM, t.id, { reason: '不归我们管' });
  if (state === 'accepted' || state === 'resolved') t = await acceptTicket(app.ds, SYSTEM, t.id, {});
  if (state === 'resolved') t = await resolveTicket(app.ds, SYSTEM, t.id, { text: '修好了' });
  return t;
}

async function expect4xx(res: { status: number; body: any }, field: string | RegExp, status = 400) {
  expect(res.status).toBe(status);
  expect(res.body.error.status).toBe(status);
  if (typeof field === 'string') expect(res.body.error.field).toBe(field);
  else expect(res.body.error.field).toMatch(field);
  expect(res.body.error.message).toBeTruthy();
}

const long = (n: number) => '长'.repeat(n);

/** Each action with a valid body (to isolate one bad part) and its own bad bodies. */
const ACTIONS: Record<
  string,
  { state: 'assigned' | 'accepted' | 'objected' | 'resolved'; valid: () => Record<string, unknown>; bad: [Record<string, unknown>, string][] }
> = {
  accept: {
    state: 'assigned',
    valid: () => ({}),
    bad: [
      [{ note: 12 }, 'note'],
      [{ note: long(501) }, 'note'],
    ],
  },
  notes: {
    state: 'assigned',
    valid: () => ({ text: '已联系' }),
    bad: [
      [{}, 'text'],
      [{ text: '   ' }, 'text'],
      [{ text: ['a'] }, 'text'],
      [{ text: long(2001) }, 'text'],
      [{ text: '好的', public: 'yes' }, 'public'],
    ],
  },
  transfer: {
    state: 'assigned',
    valid: () => ({ unitId, reason: '职责不符' }),
    bad: [
      [{ reason: '职责不符' }, 'unitId'],
      [{ unitId: 0, reason: '职责不符' }, 'unitId'],
      [{ unitId: -1, reason: '职责不符' }, 'unitId'],
      [{ unitId: 1e20, reason: '职责不符' }, 'unitId'],
      [{ unitId: 'abc', reason: '职责不符' }, 'unitId'],
      [{ unitId: 1.5, reason: '职责不符' }, 'unitId'],
      [{ unitId: 2_147_483_647, reason: '职责不符' }, 'unitId'],
      [{ unitId: 1, reason: 'x' }, 'reason'],
      [{ unitId: 1, reason: long(501) }, 'reason'],
    ],
  },
  object: {
    state: 'assigned',
    valid: () => ({ reason: '不属于本单位' }),
    bad: [
      [{}, 'reason'],
      [{ reason: 7 }, 'reason'],
      [{ reason: long(501) }, 'reason'],
    ],
  },
  objection: {
    state: 'objected',
    valid: () => ({ accept: false }),
    bad: [
      [{}, 'accept'],
      [{ accept: 'true' }, 'accept'],
      [{ accept: true, unitId: 0 }, 'unitId'],
      [{ accept: true }, 'unitId'],
      [{ accept: false, reason: long(501) }, 'reason'],
    ],
  },
  resolve: {
    state: 'accepted',
    valid: () => ({ text: '已修复' }),
    bad: [
      [{}, 'text'],
      [{ text: long(2001) }, 'text'],
      [{ text: '已修复', attachmentIds: 'a' }, 'attachmentIds'],
      [{ text: '已修复', attachmentIds: [0] }, 'attachmentIds.0'],
      [{ text: '已修复', attachmentIds: [1e20] }, 'attachmentIds.0'],
      [{ text: '已修复', attachmentIds: Array.from({ length: 10 }, (_, i) => i + 1) }, 'attachmentIds'],
    ],
  },
  reopen: {
    state: 'resolved',
    valid: () => ({ reason: '没修好' }),
    bad: [
      [{}, 'reason'],
      [{ reason: null }, 'reason'],
      [{ reason: long(501) }, 'reason'],
    ],
  },
  rate: {
    state: 'resolved',
    valid: () => ({ contactedInTime: true, solved: true, satisfied: true }),
    bad: [
      [{ solved: true, satisfied: true }, 'contactedInTime'],
      [{ contactedInTime: 1, solved: true, satisfied: true }, 'contactedInTime'],
      [{ contactedInTime: true, solved: 'yes', satisfied: true }, 'solved'],
      [{ contactedInTime: true, solved: true, satisfied: true, comment: long(501) }, 'comment'],
    ],
  },
  close: {
    state: 'resolved',
    valid: () => ({}),
    bad: [
      [{ reason: 5 }, 'reason'],
      [{ reason: long(501) }, 'reason'],
    ],
  },
  merge: {
    state: 'assigned',
    valid: () => ({ intoId: 1 }),
    bad: [
      [{}, 'intoId'],
      [{ intoId: 0 }, 'intoId'],
      [{ intoId: -1 }, 'intoId'],
      [{ intoId: 1e20 }, 'intoId'],
      [{ intoId: 'abc' }, 'intoId'],
      [{ intoId: 99_999_999 }, 'intoId'],
    ],
  },
};

const BAD_IDS = ['0', '-1', '1e20', 'abc', '99999999999', '1.5', '%20'];
const BAD_VERSIONS: unknown[] = [0, -1, 1e20, '1', 1.5];

describe.each(Object.keys(ACTIONS))('POST /tickets/:id/%s', (name) => {
  const spec = ACTIONS[name];
  const path = (id: number | string) => `/api/v1/tickets/${id}/${name}`;

  it.each(spec.bad)('rejects %j naming %s', async (body, field) => {
    const t = await ticket(spec.state);
    await expect4xx(await app.call('POST', path(t.id), { token: admin, body }), field);
    expect((await app.ds.manager.findOneByOrFail(Ticket, { id: t.id })).version).toBe(t.version);
  });

  it('rejects merging a ticket into itself naming intoId', async () => {
    if (name !== 'merge') return;
    const t = await ticket();
    await expect4xx(await app.call('POST', path(t.id), { token: admin, body: { intoId: t.id } }), 'intoId');
  });

  it.each(BAD_VERSIONS)('rejects version %j', async (version) => {
    const t = await ticket(spec.state);
    await expect4xx(await app.call('POST', path(t.id), { token: admin, body: { ...spec.valid(), version } }), 'version');
  });

  it('rejects unknown fields, naming them in the message', async () => {
    const t = await ticket(spec.state);
    const res = await app.call('POST', path(t.id), { token: admin, body: { ...spec.valid(), assigneeId: 1 } });
    await expect4xx(res, 'body');
    expect(res.body.error.message).toContain('assigneeId');
  });

  it.each([
    ['malformed JSON', '{"text":', 'application/json'],
    ['a JSON array', '[1,2]', 'application/json'],
    ['a JSON string', '"accept"', 'application/json'],
    ['plain text', 'accept it', 'text/plain'],
  ])('rejects %s naming body', async (_what, raw, type) => {
    const t = await ticket(spec.state);
    await expect4xx(await app.call('POST', path(t.id), { token: admin, body: raw, headers: { 'content-type': type } }), 'body');
  });

  it.each(BAD_IDS)('rejects the path id %s naming id', async (id) => {
    await expect4xx(await app.call('POST', path(id), { token: admin, body: spec.valid() }), 'id');
  });
});

describe('POST /tickets', () => {
  it.each([
    [{}, 'text'],
    [{ text: 42 }, 'text'],
    [{ text: ' 路 ' }, 'text'],
    [{ text: long(2001) }, 'text'],
    [{ text: '路坏了', category: 3 }, 'category'],
    [{ text: '路坏了', category: 'roads' }, 'category'],
    [{ text: '路坏了', urgency: 'asap' }, 'urgency'],
    [{ text: '路坏了', villageCode: '4305022022' }, 'villageCode'],
    [{ text: '路坏了', villageCode: 430502202205 }, 'villageCode'],
    [{ text: '路坏了', villageCode: '430502999999' }, 'villageCode'],
    [{ text: '路坏了', place: '' }, 'place'],
    [{ text: '路坏了', place: long(201) }, 'place'],
    [{ text: '路坏了', contextJurisdiction: 'abc' }, 'contextJurisdiction'],
    [{ text: '路坏了', contextJurisdiction: '999999' }, 'contextJurisdiction'],
    [{ text: '路坏了', contact: '13800000000' }, 'contact'],
    [{ text: '路坏了', contact: { phone: 'abc' } }, 'contact.phone'],
    [{ text: '路坏了', contact: { name: long(33) } }, 'contact.name'],
    [{ text: '路坏了', contact: { wechatId: 'w'.repeat(129) } }, 'contact.wechatId'],
    [{ text: '路坏了', contact: { email: 'a@b.c' } }, 'contact'],
    [{ text: '路坏了', channel: 'fax' }, 'channel'],
    [{ text: '路坏了', externalId: '' }, 'externalId'],
    [{ text: '路坏了', externalId: 'e'.repeat(129) }, 'externalId'],
    [{ text: '路坏了', attachmentIds: [0] }, 'attachmentIds.0'],
    [{ text: '路坏了', attachmentIds: [-1] }, 'attachmentIds.0'],
    [{ text: '路坏了', attachmentIds: [1e20] }, 'attachmentIds.0'],
    [{ text: '路坏了', attachmentIds: 'a' }, 'attachmentIds'],
    [{ text: '路坏了', status: 'closed' }, 'body'],
  ])('rejects %j naming %s', async (body, field) => {
    await expect4xx(await app.call('POST', '/api/v1/tickets', { token: channel, body }), field);
  });

  it.each([
    ['malformed JSON', '{"text":"路坏了",', 'application/json'],
    ['JSON null', 'null', 'application/json'],
    ['a JSON array', '[{"text":"路坏了"}]', 'application/json'],
    ['plain text', '路坏了', 'text/plain'],
  ])('rejects %s naming body', async (_what, raw, type) => {
    await expect4xx(await app.call('POST', '/api/v1/tickets', { token: channel, body: raw, headers: { 'content-type': type } }), 'body');
  });

  it('rejects a body over the size limit with a 4xx', async () => {
    const res = await app.call('POST', '/api/v1/tickets', { token: channel, body: { text: 'x'.repeat(1_100_000) } });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(res.body.error.field).toBe('body');
  });
});

describe('GET /tickets', () => {
  it.each([
    ['limit=0', 'limit'],
    ['limit=101', 'limit'],
    ['limit=abc', 'limit'],
    ['limit=1e20', 'limit'],
    ['limit=1&limit=2', 'limit'],
    ['cursor=-1', 'cursor'],
    ['cursor=abc', 'cursor'],
    ['cursor=1e20', 'cursor'],
    ['cursor=99999999999', 'cursor'],
    ['status=open', /^status\.0$/],
    ['status=accepted,nope', /^status\.1$/],
    ['category=roads', 'category'],
    ['area=abc', 'area'],
    ['area=4', 'area'],
    ['unitId=0', 'unitId'],
    ['unitId=-1', 'unitId'],
    ['unitId=abc', 'unitId'],
    ['unitId=1e20', 'unitId'],
    ['overdue=maybe', 'overdue'],
    ['sort=id', 'query'],
  ] as [string, string | RegExp][])('rejects ?%s naming %s', async (qs, field) => {
    await expect4xx(await app.call('GET', `/api/v1/tickets?${qs}`, { token: admin }), field);
  });
});

describe.each(['', '/duplicates'])('GET /tickets/:id%s', (suffix) => {
  it.each(BAD_IDS)('rejects the id %s naming id', async (id) => {
    await expect4xx(await app.call('GET', `/api/v1/tickets/${id}${suffix}`, { token: admin }), 'id');
  });
});

// ---------------------------------------------------------------------------------------------
// Properties: whatever JSON arrives, the answer is never a 5xx.

const junk = fc.jsonValue({ maxDepth: 2 });
const anyText = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 2100 }), junk);
const place = fc.oneof(fc.constantFrom('火车站乡莲荷村', '莲荷村委会', '太平村', '双辽市义顺村', '', '村'), anyText);
const code = (valid: string[], len: number) => fc.oneof(fc.constantFrom(...valid), fc.stringMatching(new RegExp(`^\\d{${len}}$`)), junk);

const createBody = fc.oneof(
  junk,
  fc.record(
    {
      text: fc.oneof(fc.constantFrom('莲荷村自来水停了三天', '义顺村村书记把低保给了亲戚', '路坏了'), anyText),
      category: fc.oneof(fc.constantFrom(...CATEGORY_CODES), junk),
      urgency: fc.oneof(fc.constantFrom('emergency', 'utilities', 'ordinary', 'complex'), junk),
      villageCode: code(['430502202205', '220382006200', '430502999999'], 12),
      place,
      contextJurisdiction: code(['430502', '220382', '43', '430502202', '999999'], 6),
      contact: fc.oneof(
        fc.record({ name: anyText, phone: fc.oneof(fc.stringMatching(/^1[3-9]\d{9}$/), anyText), wechatId: anyText, openid: anyText }, { requiredKeys: [] }),
        junk,
      ),
      channel: fc.oneof(fc.constantFrom(...CHANNELS), junk),
      externalId: fc.oneof(fc.string({ minLength: 1, maxLength: 20 }), junk),
      attachmentIds: fc.oneof(fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 3 }), junk),
    },
    { requiredKeys: [] },
  ),
);

function noServerError(res: { status: number; body: unknown }, what: string) {
  if (res.status >= 500) throw new Error(`${what} → ${res.status} ${JSON.stringify(res.body)}`);
}

describe('properties', () => {
  it('POST /tickets never answers 5xx, whoever sends whatever JSON', async () => {
    const villager = (await app.villagerToken({ phone: '13600000000' })).token;
    await fc.assert(
      fc.asyncProperty(createBody, fc.constantFrom(channel, admin, villager), async (body, token) => {
        noServerError(await app.call('POST', '/api/v1/tickets', { token, body: JSON.stringify(body) ?? 'null' }), JSON.stringify(body));
      }),
      { numRuns: 150 },
    );
  });

  it('the actions never answer 5xx, in any state, with any JSON body', async () => {
    const tickets = [await ticket('assigned'), await ticket('accepted'), await ticket('objected'), await ticket('resolved'), await ticket('resolved')];
    const ids = tickets.map((t) => t.id);
    const field = {
      note: anyText,
      text: anyText,
      reason: anyText,
      comment: anyText,
      public: fc.oneof(fc.boolean(), junk),
      accept: fc.oneof(fc.boolean(), junk),
      contactedInTime: fc.oneof(fc.boolean(), junk),
      solved: fc.oneof(fc.boolean(), junk),
      satisfied: fc.oneof(fc.boolean(), junk),
      unitId: fc.oneof(fc.constantFrom(unitId, 1, 2, 3), fc.integer(), junk),
      intoId: fc.oneof(fc.constantFrom(...ids), fc.integer(), junk),
      attachmentIds: fc.oneof(fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 3 }), junk),
      version: fc.oneof(fc.integer({ min: -1, max: 8 }), junk),
    };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(ACTIONS)),
        fc.constantFrom(...ids),
        fc.oneof(junk, fc.record(field, { requiredKeys: [] })),
        async (action, id, body) => {
          noServerError(
            await app.call('POST', `/api/v1/tickets/${id}/${action}`, { token: admin, body: JSON.stringify(body) ?? 'null' }),
            `${action} ${JSON.stringify(body)}`,
          );
        },
      ),
      { numRuns: 250 },
    );
  });

  it('ids and query strings never answer 5xx', async () => {
    const segment = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 10 }), fc.integer().map(String), fc.double().map(String));
    const query = fc.dictionary(
      fc.constantFrom('limit', 'cursor', 'status', 'category', 'area', 'unitId', 'overdue', 'x'),
      fc.oneof(fc.string({ maxLength: 20 }), fc.integer().map(String)),
    );
    await fc.assert(
      fc.asyncProperty(segment, fc.constantFrom('', '/duplicates', '/accept'), query, async (id, suffix, q) => {
        const method = suffix === '/accept' ? 'POST' : 'GET';
        const res = await app.call(method, `/api/v1/tickets/${encodeURIComponent(id)}${suffix}?${new URLSearchParams(q)}`, {
          token: admin,
          body: method === 'POST' ? {} : undefined,
        });
        noServerError(res, `${method} ${id}${suffix}`);
        const list = await app.call('GET', `/api/v1/tickets?${new URLSearchParams(q)}`, { token: admin });
        noServerError(list, `list ${JSON.stringify(q)}`);
      }),
      { numRuns: 150 },
    );
  });
});
