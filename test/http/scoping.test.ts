/**
 * Route × role matrix for the native ticket API: who may read, list and change which ticket.
 * Reads of a ticket that is not yours answer 404 (exactly as for an id that does not exist: no id
 * guessing); actions your role may never take answer 403; lists never carry others' tickets; and a
 * refused action leaves the ticket untouched.
 */
import { Res, startTestApp, TestApp } from '../support/app';
import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { TicketEvent } from '../../src/entities/TicketEvent';
import { TicketUnit } from '../../src/entities/TicketUnit';
import { Unit } from '../../src/entities/Unit';
import { SYSTEM } from '../../src/tickets/actor';
import { acceptTicket, createTicket, objectTicket, resolveTicket, transferTicket } from '../../src/tickets';

type Kind = 'water' | 'misconduct';
type State = 'assigned' | 'accepted' | 'objected' | 'resolved';
type Role =
  | 'admin'
  | 'channel'
  | 'none'
  | 'cadreHandling'
  | 'cadreCo'
  | 'cadreUnrelated'
  | 'cadreAccused'
  | 'leaderAccused'
  | 'leaderCounty'
  | 'leaderOther'
  | 'villagerOwner'
  | 'villagerOther';

const ROLES: Record<Kind, Role[]> = {
  water: ['admin', 'channel', 'none', 'cadreHandling', 'cadreCo', 'cadreUnrelated', 'leaderCounty', 'leaderOther', 'villagerOwner', 'villagerOther'],
  // Misconduct has no co-handler; the accused township's cadre and head are the ones to test.
  misconduct: [
    'admin',
    'channel',
    'none',
    'cadreHandling',
    'cadreUnrelated',
    'cadreAccused',
    'leaderAccused',
    'leaderCounty',
    'leaderOther',
    'villagerOwner',
    'villagerOther',
  ],
};

let app: TestApp;
const tokens = {} as Record<Kind, Record<Role, string | undefined>>;
let owner: number;
let otherOwner: number;
let transferTo: Record<Kind, number>;
let seq = 0;

/** Who may read the ticket at all (everything else: 404, or 403/401 first when the role is never allowed). */
function reader(kind: Kind, r: Role): boolean {
  if (['admin', 'cadreHandling', 'villagerOwner'].includes(r)) return true;
  return kind === 'water' && (r === 'cadreCo' || r === 'leaderCounty');
}

const STAFF_ROLES: Role[] = ['admin', 'cadreHandling', 'cadreCo', 'cadreUnrelated', 'cadreAccused', 'leaderAccused', 'leaderCounty', 'leaderOther'];
const LEADERS: Role[] = ['admin', 'leaderAccused', 'leaderCounty', 'leaderOther'];
const FOLLOW_UP: Role[] = ['admin', 'villagerOwner', 'villagerOther'];

interface RouteCase {
  name: string;
  method: 'GET' | 'POST';
  path: (id: number) => string;
  state: State;
  /** Roles the route admits at all (others: 403, no token: 401). */
  roles: Role[];
  /** Among readers, who may do it (others who can read: 403). */
  may: (kind: Kind, r: Role) => boolean;
  body?: (kind: Kind, t: Ticket) => Promise<unknown> | unknown;
}

const ROUTES: RouteCase[] = [
  {
    name: 'GET one',
    method: 'GET',
    path: (id) => `/api/v1/tickets/${id}`,
    state: 'assigned',
    roles: [...STAFF_ROLES, 'villagerOwner', 'villagerOther'],
    may: () => true,
  },
  { name: 'GET duplicates', method: 'GET', path: (id) => `/api/v1/tickets/${id}/duplicates`, state: 'assigned', roles: STAFF_ROLES, may: () => true },
  {
    name: 'accept',
    method: 'POST',
    path: (id) => `/api/v1/tickets/${id}/accept`,
    state: 'assigned',
    roles: STAFF_ROLES,
    may: (_k, r) => r === 'admin' || r === 'cadreHandling',
    body: () => ({}),
  },
  {
    name: 'notes',
    method: 'POST',
    path: (id) => `/api/v1/tickets/${id}/notes`,
    state: 'assigned',
    roles: STAFF_ROLES,
    may: (_k, r) => ['admin', 'cadreHandling', 'cadreCo'].includes(r),
    body: () => ({ text: '已电话联系反映人' }),
  },
  {
    name: 'transfer',
    method: 'POST',
    path: (id) => `/api/v1/tickets/${id}/transfer`,
    state: 'assigned',
    roles: STAFF_ROLES,
    may: (_k, r) => r === 'admin' || r === 'cadreHandling',
    body: (k) => ({ unitId: transferTo[k], reason: '不属于本单位职责' }),
  },
  {
    name: 'object',
    method: 'POST',
    path: (id) => `/api/v1/tickets/${id}/object`,
    state: 'assigned',
    roles: STAFF_ROLES,
    may: (_k, r) => r === 'admin' || r === 'cadreHandling',
    body: () => ({ reason: '不属于本单位职责' }),
  },
  {
    name: 'objection',
    method: 'POST',
    path: (id) => `/api/v1/tickets/${id}/objection`,
    state: 'objected',
    roles: LEADERS,
    may: (_k, r) => r === 'admin' || r === 'leaderCounty',
    body: () => ({ accept: false, reason: '维持原交办' }),
  },
  {
    name: 'resolve',
    method: 'POST',
    path: (id) => `/api/v1/tickets/${id}/resolve`,
    state: 'accepted',
    roles: STAFF_ROLES,
    may: (_k, r) => r === 'admin' || r === 'cadreHandling',
    body: () => ({ text: '已处理完毕' }),
  },
  {
    name: 'reopen',
    method: 'POST',
    path: (id) => `/api/v1/tickets/${id}/reopen`,
    state: 'resolved',
    roles: FOLLOW_UP,
    may: () => true,
    body: () => ({ reason: '问题没有解决' }),
  },
  {
    name: 'rate',
    method: 'POST',
    path: (id) => `/api/v1/tickets/${id}/rate`,
    state: 'resolved',
    roles: FOLLOW_UP,
    may: () => true,
    body: () => ({ contactedInTime: true, solved: true, satisfied: true }),
  },
  {
    name: 'close',
    method: 'POST',
    path: (id) => `/api/v1/tickets/${id}/close`,
    state: 'resolved',
    roles: ['admin'],
    may: () => true,
    body: () => ({ reason: '已办结' }),
  },
  {
    name: 'merge',
    method: 'POST',
    path: (id) => `/api/v1/tickets/${id}/merge`,
    state: 'assigned',
    roles: STAFF_ROLES,
    may: (_k, r) => r === 'admin' || r === 'cadreHandling',
    body: async (k) => ({ intoId: (await makeTicket(k, 'assigned', otherOwner)).id }),
  },
];

/** null = the route answers 2xx. */
function expectedStatus(route: RouteCase, kind: Kind, r: Role): number | null {
  if (r === 'none') return 401;
  if (r === 'channel') return 403;
  if (!route.roles.includes(r)) return 403;
  if (!reader(kind, r)) return 404;
  return route.may(kind, r) ? null : 403;
}

async function makeTicket(kind: Kind, state: State, petitionerId = owner): Promise<Ticket> {
  seq++;
  const input =
    kind === 'water'
      ? { text: `莲荷村自来水停了三天没人管（第${seq}次反映）`, category: 'water', villageCode: '430502202205' }
      : { text: `义顺村村书记把低保给了自己亲戚（第${seq}次反映）`, category: 'misconduct', villageCode: '220382006200' };
  let { ticket } = await createTicket(app.ds, SYSTEM, { ...input, channel: 'miniprogram', petitionerId });
  if (state === 'objected') ticket = await objectTicket(app.ds, SYSTEM, ticket.id, { reason: '不属于本单位职责' });
  if (state === 'accepted' || state === 'resolved') ticket = await acceptTicket(app.ds, SYSTEM, ticket.id, {});
  if (state === 'resolved') ticket = await resolveTicket(app.ds, SYSTEM, ticket.id, { text: '已处理' });
  expect(ticket.status).toBe(state);
  return ticket;
}

async function staffToken(s: Staff) {
  return app.token(s.role as 'cadre' | 'leader', { staffId: s.id });
}

async function countyLeader(county: string) {
  return app.ds.manager.findOneOrFail(Staff, { where: { position: 'county_leader', jurisdictionCode: county }, order: { id: 'ASC' } });
}

const cadre = (s: Staff) => s.role === 'cadre';

/** Every page of the caller's list. */
async function listAll(token: string): Promise<any[]> {
  const items: any[] = [];
  for (let cursor: string | null = ''; cursor !== null; ) {
    const res: Res = await app.call('GET', `/api/v1/tickets?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { token });
    expect(res.status).toBe(200);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
  }
  return items;
}
const fixtures = {} as Record<Kind, Ticket>;

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502', '220382'] });
  const a = await app.villagerToken({ phone: '13700000001', name: '赵村民' });
  const b = await app.villagerToken({ phone: '13700000002', name: '钱村民' });
  owner = a.petitioner.id;
  otherOwner = b.petitioner.id;

  fixtures.water = await makeTicket('water', 'assigned');
  fixtures.misconduct = await makeTicket('misconduct', 'assigned');
  const m = app.ds.manager;
  const units = new Map((await m.find(Unit)).map((u) => [u.id, u]));
  expect(units.get(fixtures.water.handlingUnitId)!.name).toBe('双清区水利局');
  const co = await m.find(TicketUnit, { where: { ticketId: fixtures.water.id } });
  expect(co.map((c) => units.get(c.unitId)!.name)).toEqual(['火车站乡人民政府']);
  expect(units.get(fixtures.misconduct.handlingUnitId)!.name).toBe('双辽市纪委监委');
  expect(await m.count(TicketUnit, { where: { ticketId: fixtures.misconduct.id } })).toBe(0);
  const accused = units.get(fixtures.misconduct.accusedUnitId!)!;
  expect(accused.jurisdictionCode).toBe('220382006');

  const common = { admin: await app.token('admin'), channel: await app.token('channel'), none: undefined, villagerOwner: a.token, villagerOther: b.token };
  tokens.water = {
    ...common,
    cadreHandling: await staffToken(await app.staffOf('双清区水利局', cadre)),
    cadreCo: await staffToken(await app.staffOf('火车站乡人民政府', cadre)),
    cadreUnrelated: await staffToken(await app.staffOf('双清区教育局', cadre)),
    cadreAccused: undefined,
    leaderAccused: undefined,
    leaderCounty: await staffToken(await countyLeader('430502')),
    leaderOther: await staffToken(await countyLeader('220382')),
  };
  tokens.misconduct = {
    ...common,
    cadreHandling: await staffToken(await app.staffOf('双辽市纪委监委', cadre)),
    cadreCo: undefined,
    cadreUnrelated: await staffToken(await app.staffOf('双辽市水利局', cadre)),
    cadreAccused: await staffToken(await app.staffOf(accused.name, cadre)),
    leaderAccused: await staffToken(await m.findOneByOrFail(Staff, { id: accused.headStaffId! })),
    leaderCounty: await staffToken(await countyLeader('220382')),
    leaderOther: await staffToken(await countyLeader('430502')),
  };
  transferTo = {
    water: (await app.unit('双清区住房和城乡建设局')).id,
    misconduct: (await app.unit('四平市纪委监委')).id,
  };
});
afterAll(() => app.close());

const cells = (['water', 'misconduct'] as Kind[]).flatMap((kind) =>
  ROUTES.flatMap((route) => ROLES[kind].map((role) => [route.name, kind, role, route] as const)),
);

describe.each(['water', 'misconduct'] as Kind[])('GET /tickets (list) for a %s ticket', (kind) => {
  it.each(ROLES[kind])('%s', async (role) => {
    if (role === 'none' || role === 'channel') {
      const res = await app.call('GET', '/api/v1/tickets?limit=100', { token: tokens[kind][role] });
      return expect(res.status).toBe(role === 'none' ? 401 : 403);
    }
    const items = await listAll(tokens[kind][role]!);
    const ids = items.map((t: any) => t.id);
    expect(ids.includes(fixtures[kind].id)).toBe(reader(kind, role));
    // Whatever is listed, a get would show too (the list never leaks beyond canRead).
    for (const t of items.slice(0, 5)) {
      expect((await app.call('GET', `/api/v1/tickets/${t.id}`, { token: tokens[kind][role] })).status).toBe(200);
    }
  });
});

describe('route × role', () => {
  it.each(cells)('%s on a %s ticket as %s', async (_name, kind, role, route) => {
    const expected = expectedStatus(route, kind, role);
    // A refused call runs on a shared ticket (it must not change it); an allowed one on its own.
    const t = expected === null || route.state !== 'assigned' ? await makeTicket(kind, route.state) : fixtures[kind];
    const before = await app.ds.manager.findOneByOrFail(Ticket, { id: t.id });
    const events = await app.ds.manager.count(TicketEvent, { where: { ticketId: t.id } });
    const body = route.body ? await route.body(kind, t) : undefined;
    const res = await app.call(route.method, route.path(t.id), { token: tokens[kind][role], body });
    if (expected === null) {
      expect([200, 201]).toContain(res.status);
      if (route.name !== 'GET duplicates') expect(res.body.id).toBe(t.id);
      return;
    }
    expect(res.status).toBe(expected);
    expect(res.body.error.status).toBe(expected);
    const after = await app.ds.manager.findOneByOrFail(Ticket, { id: t.id });
    expect(after.version).toBe(before.version);
    expect(after.status).toBe(before.status);
    expect(await app.ds.manager.count(TicketEvent, { where: { ticketId: t.id } })).toBe(events);
    if (expected === 404) {
      // Indistinguishable from an id that does not exist.
      const ghost = await app.call(route.method, route.path(99_999_999), { token: tokens[kind][role], body });
      expect(ghost.status).toBe(404);
      expect(ghost.body.error.message).toBe(res.body.error.message);
    }
  });
});

describe('who sees the petitioner', () => {
  it.each([
    ['water', 'admin', true],
    ['water', 'cadreHandling', true],
    ['water', 'cadreCo', false],
    ['water', 'leaderCounty', true],
    ['water', 'villagerOwner', true],
    ['misconduct', 'admin', true],
    ['misconduct', 'cadreHandling', true],
    ['misconduct', 'villagerOwner', true],
  ] as [Kind, Role, boolean][])('%s ticket, %s: %s', async (kind, role, shown) => {
    const one = await app.call('GET', `/api/v1/tickets/${fixtures[kind].id}`, { token: tokens[kind][role] });
    expect(one.status).toBe(200);
    expect(one.body.petitioner?.phone ?? null).toBe(shown ? '13700000001' : null);
    const item = (await listAll(tokens[kind][role]!)).find((t: any) => t.id === fixtures[kind].id);
    expect(item.petitioner?.phone ?? null).toBe(shown ? '13700000001' : null);
  });

  it('keeps internal history from the villager', async () => {
    const t = await makeTicket('water', 'objected');
    const res = await app.call('GET', `/api/v1/tickets/${t.id}`, { token: tokens.water.villagerOwner });
    expect(res.status).toBe(200);
    const types = res.body.history.map((e: any) => e.type);
    expect(types).toContain('assigned');
    expect(types).not.toContain('objected');
    const staffView = await app.call('GET', `/api/v1/tickets/${t.id}`, { token: tokens.water.cadreHandling });
    expect(staffView.body.history.map((e: any) => e.type)).toContain('objected');
  });
});

describe('duplicate suggestions', () => {
  it('never list a ticket the caller cannot read', async () => {
    // The same matter reported by another villager, since transferred away from the water bureau.
    const elsewhere = await makeTicket('water', 'assigned', otherOwner);
    await transferTicket(app.ds, SYSTEM, elsewhere.id, { unitId: transferTo.water, reason: '房屋供水管道属住建' });
    const mine = await makeTicket('water', 'assigned');
    const asAdmin = await app.call('GET', `/api/v1/tickets/${mine.id}/duplicates`, { token: tokens.water.admin });
    expect(asAdmin.body.items.map((t: any) => t.id)).toContain(elsewhere.id);
    const res = await app.call('GET', `/api/v1/tickets/${mine.id}/duplicates`, { token: tokens.water.cadreHandling });
    expect(res.status).toBe(200);
    const ids = res.body.items.map((t: any) => t.id);
    expect(ids).not.toContain(elsewhere.id);
    for (const id of ids) expect((await app.call('GET', `/api/v1/tickets/${id}`, { token: tokens.water.cadreHandling })).status).toBe(200);
  });
});

describe('ids that are not positive integers', () => {
  it.each(['0', '-1', 'abc', '1e20', '99999999999'])('GET /tickets/%s is a 400 naming id, for everyone', async (id) => {
    for (const role of ['admin', 'cadreUnrelated'] as Role[]) {
      const res = await app.call('GET', `/api/v1/tickets/${id}`, { token: tokens.water[role] });
      expect(res.status).toBe(400);
      expect(res.body.error.field).toBe('id');
    }
  });
});
