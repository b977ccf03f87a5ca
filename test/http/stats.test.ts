import { shanghaiYmd } from '../../src/clocks/time';
import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { acceptTicket, declineTicket, rateTicket, resolveTicket } from '../../src/tickets';
import { startTestApp, TestApp } from '../support/app';
import { at, file, staffActor } from '../jobs/helpers';

/**
 * GET /api/v1/stats/rates (issue 10): explicit Shanghai dates (to inclusive), the villager's
 * "contacted in time?" answer, tickets still inside their response window, groupings, scoping.
 */

const JILONG = '430502101211'; // 渡头桥镇鸡笼村
let app: TestApp;
let admin: string;
const tok: Record<string, string> = {};
const t: Record<string, Ticket> = {};

const villager = (x: Ticket) => ({ kind: 'villager' as const, petitionerId: x.petitionerId!, tokenId: 0 });

async function closeOut(x: Ticket, acceptAt: Date, rating: { contactedInTime: boolean; solved: boolean; satisfied: boolean }) {
  const cadre = await staffActor(app.ds, '双清区水利局');
  await acceptTicket(app.ds, cadre, x.id, {}, { now: acceptAt });
  await resolveTicket(app.ds, cadre, x.id, { text: '已修复，恢复供水' }, { now: new Date(acceptAt.getTime() + 3600_000) });
  await rateTicket(app.ds, villager(x), x.id, rating, { now: new Date(acceptAt.getTime() + 7200_000) });
}

const get = (path: string, token = admin) => app.call('GET', path, { token });

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502'] });
  admin = await app.token('admin');
  const tokenOf = async (s: Staff) => app.token(s.role as any, { staffId: s.id });
  tok.hczHead = await tokenOf(await app.staffOf('火车站乡人民政府', (s) => s.position === 'unit_head'));
  tok.hczCadre = await tokenOf(await app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre'));
  tok.discipline = await tokenOf(await app.staffOf('双清区纪委监委'));

  // October: answered in time; answered "not in time" though accepted in time; never accepted.
  t.inTime = await file(app.ds, at(2026, 10, 9, 9), { text: '莲荷村自来水停了两天了' });
  await closeOut(t.inTime, at(2026, 10, 9, 10), { contactedInTime: true, solved: true, satisfied: true });
  t.saidLate = await file(app.ds, at(2026, 10, 20, 9), { text: '莲荷村二组水管漏水，到处是水' });
  await closeOut(t.saidLate, at(2026, 10, 20, 9, 30), { contactedInTime: false, solved: true, satisfied: false });
  // 2026-10-31 23:30 Shanghai = 15:30 UTC: October's, not November's.
  t.halloween = await file(app.ds, at(2026, 10, 31, 23, 30), {
    villageCode: JILONG,
    category: 'infrastructure',
    text: '鸡笼村村口的路塌了一半，晚上看不见很危险',
  });
  t.misconduct = await file(app.ds, at(2026, 10, 15, 10), { category: 'misconduct', text: '火车站乡莲荷村村书记把低保给了自己亲戚' });
  // November: ten minutes in (31 Oct 16:10 UTC); accepted late, but the villager says they were called in time.
  t.november = await file(app.ds, at(2026, 11, 1, 0, 10), { text: '莲荷村停水了，老人没水做饭' });
  await closeOut(t.november, new Date(t.november.responseDueAt.getTime() + 3600_000), { contactedInTime: true, solved: false, satisfied: false });
  // Filed a minute ago: its response clock is still running.
  t.fresh = await file(app.ds, new Date(Date.now() - 60_000), { text: '莲荷村小学门口的自来水管爆了' });
});
afterAll(() => app.close());

describe('explicit dates', () => {
  it('answers for a Shanghai calendar month, to inclusive, with the ticket of 31 October 23:30', async () => {
    const res = await get('/api/v1/stats/rates?from=2026-10-01&to=2026-10-31');
    expect(res.status).toBe(200);
    expect(res.body.period).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect([res.body.from, res.body.to]).toEqual(['2026-09-30T16:00:00.000Z', '2026-10-31T16:00:00.000Z']);
    expect(res.body.overall.total).toBe(4);
    const nov = await get('/api/v1/stats/rates?from=2026-11-01&to=2026-11-30&groupBy=township');
    expect(nov.status).toBe(200);
    // 鸡笼村's road (31 Oct 23:30) is not November's; 莲荷村's November ticket (1 Nov 00:10) is.
    expect(nov.body.groups.map((g: any) => g.key)).not.toContain('430502101');
    const oneDay = await get('/api/v1/stats/rates?from=2026-10-31&to=2026-10-31&groupBy=township');
    expect(oneDay.body.groups.map((g: any) => [g.key, g.label, g.total])).toEqual([['430502101', '渡头桥镇', 1]]);
    const first = await get('/api/v1/stats/rates?from=2026-11-01&to=2026-11-01');
    expect(first.body.overall.total).toBe(1);
  });

  it('takes the villager’s answer where given, else acceptance within the clock, and leaves out tickets still inside it', async () => {
    const oct = (await get('/api/v1/stats/rates?from=2026-10-01&to=2026-10-31')).body.overall;
    // inTime (said yes) in time; saidLate (said no, though accepted in time) not; the road and the report never accepted.
    expect(oct).toMatchObject({ total: 4, responseDecided: 4, respondedInTime: 1, responseRate: 0.25 });
    expect(oct).toMatchObject({ rated: 2, solved: 2, satisfied: 1, resolutionRate: 1, satisfactionRate: 0.5 });
    const nov = (await get('/api/v1/stats/rates?from=2026-11-01&to=2026-11-01')).body.overall;
    // Accepted an hour late, but the villager says they were contacted in time: their answer counts.
    expect(nov).toMatchObject({ total: 1, responseDecided: 1, respondedInTime: 1, responseRate: 1, rated: 1, solved: 0, resolutionRate: 0 });
    const today = shanghaiYmd(new Date());
    const now = (await get(`/api/v1/stats/rates?from=${today}&to=${today}`)).body.overall;
    expect(now.total).toBeGreaterThanOrEqual(1);
    expect(now.responseDecided).toBe(now.total - 1);
    if (now.responseDecided === 0) expect(now.responseRate).toBeNull();
  });

  it('counts a written 不予受理 decision within the response clock as a response in time, a late one as not', async () => {
    const cadre = await staffActor(app.ds, '双清区水利局');
    const early = await file(app.ds, at(2026, 8, 3, 9), { text: '莲荷村的水费和自来水公司打官司了' });
    await declineTicket(app.ds, cadre, early.id, { reason: 'litigation' }, { now: at(2026, 8, 3, 15) });
    const late = await file(app.ds, at(2026, 8, 10, 9), { text: '莲荷村自来水公司的合同纠纷已经在法院了' });
    await declineTicket(app.ds, cadre, late.id, { reason: 'litigation' }, { now: at(2026, 8, 14, 9) });
    const aug = (await get('/api/v1/stats/rates?from=2026-08-01&to=2026-08-31')).body.overall;
    expect(aug).toMatchObject({ total: 2, responseDecided: 2, respondedInTime: 1, responseRate: 0.5 });
  });

  it('defaults to the 30 days up to today, and takes `to` alone', async () => {
    const res = await get('/api/v1/stats/rates');
    expect(res.status).toBe(200);
    expect(res.body.period.to).toBe(shanghaiYmd(new Date()));
    const onlyTo = await get('/api/v1/stats/rates?to=2026-10-31');
    expect(onlyTo.body.period).toEqual({ from: '2026-10-02', to: '2026-10-31' });
    expect(onlyTo.body.overall.total).toBe(4);
  });

  it('names the field of bad input', async () => {
    for (const [q, field] of [
      ['from=2026-02-30', 'from'],
      ['to=2026-13-01', 'to'],
      ['from=2026/10/01', 'from'],
      ['from=2026-11-02&to=2026-11-01', 'from'],
      ['from=2020-01-01&to=2026-11-01', 'to'],
      ['groupBy=week', 'groupBy'],
      ['category=gossip', 'category'],
      ['unitId=-3', 'unitId'],
      ['area=双清区', 'area'],
    ]) {
      const res = await get(`/api/v1/stats/rates?${q}`);
      expect([q, res.status, res.body.error?.field]).toEqual([q, 400, field]);
    }
    expect((await get('/api/v1/stats/rates?from=2026-10-01&evil=1')).status).toBe(400);
  });
});

describe('groupings', () => {
  it('by month: every Shanghai month of the period, empty ones too', async () => {
    const res = await get('/api/v1/stats/rates?from=2026-09-01&to=2026-11-30&groupBy=month');
    expect(res.status).toBe(200);
    expect(res.body.groups.map((g: any) => g.key)).toEqual(['2026-09', '2026-10', '2026-11']);
    expect(res.body.groups.map((g: any) => g.total).slice(0, 2)).toEqual([0, 4]);
    expect(res.body.groups[1]).toMatchObject({ responseRate: 0.25, satisfactionRate: 0.5 });
    // The months add up to the whole.
    expect(res.body.groups.reduce((s: number, g: any) => s + g.total, 0)).toBe(res.body.overall.total);
  });

  it('a period starting mid-month is labelled by its months', async () => {
    const res = await get('/api/v1/stats/rates?from=2026-10-31&to=2026-11-01&groupBy=month');
    expect(res.body.groups.map((g: any) => [g.key, g.total])).toEqual([
      ['2026-10', 1],
      ['2026-11', 1],
    ]);
  });

  it('by unit (also as `units`), township and category', async () => {
    const unit = (await get('/api/v1/stats/rates?from=2026-10-01&to=2026-11-30&groupBy=unit')).body;
    expect(unit.units).toEqual(unit.groups);
    const water = unit.groups.find((g: any) => g.label === '双清区水利局');
    expect(water).toMatchObject({ unit: { name: '双清区水利局' }, rated: 3 });
    const cat = (await get('/api/v1/stats/rates?from=2026-10-01&to=2026-10-31&groupBy=category')).body;
    expect(Object.fromEntries(cat.groups.map((g: any) => [g.key, g.total]))).toMatchObject({ water: 2, misconduct: 1 });
    expect(cat.groups.find((g: any) => g.key === 'water').label).toBe('饮水安全');
    const onlyWater = (await get('/api/v1/stats/rates?from=2026-10-01&to=2026-10-31&category=water&groupBy=township')).body;
    expect(onlyWater.groups.map((g: any) => [g.key, g.total])).toEqual([['430502202', 2]]);
  });
});

describe('scoping (attacker)', () => {
  it('the accused township’s head and cadre see no misconduct count for themselves, however they group', async () => {
    expect(t.misconduct.accusedUnitId).toBe((await app.unit('火车站乡人民政府')).id);
    for (const token of [tok.hczHead, tok.hczCadre]) {
      for (const groupBy of ['category', 'unit', 'township', 'month']) {
        const res = await get(`/api/v1/stats/rates?from=2026-10-01&to=2026-10-31&groupBy=${groupBy}`, token);
        expect(res.status).toBe(200);
        expect(JSON.stringify(res.body)).not.toContain('misconduct');
        expect(JSON.stringify(res.body)).not.toContain('纪委');
        for (const g of res.body.groups) expect(g.key).not.toBe('misconduct');
      }
      const asked = await get('/api/v1/stats/rates?from=2026-10-01&to=2026-10-31&category=misconduct', token);
      expect(asked.body.overall.total).toBe(0);
      const unitOf = await get(`/api/v1/stats/rates?from=2026-10-01&to=2026-10-31&unitId=${t.misconduct.handlingUnitId}`, token);
      expect(unitOf.body.overall.total).toBe(0);
    }
  });

  it('the discipline commission and the county office count it', async () => {
    for (const token of [tok.discipline, admin]) {
      const cat = (await get('/api/v1/stats/rates?from=2026-10-01&to=2026-10-31&groupBy=category', token)).body;
      expect(cat.groups.find((g: any) => g.key === 'misconduct')?.total).toBe(1);
    }
  });

  it('refuses villagers and channels', async () => {
    const v = await app.villagerToken({ phone: '13900001111' });
    expect((await get('/api/v1/stats/rates', v.token)).status).toBe(403);
    expect((await get('/api/v1/stats/rates', await app.token('channel'))).status).toBe(403);
    expect((await app.call('GET', '/api/v1/stats/rates')).status).toBe(401);
  });
});
