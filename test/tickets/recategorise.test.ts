import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { TicketEvent } from '../../src/entities/TicketEvent';
import { Unit } from '../../src/entities/Unit';
import { exportCorrections } from '../../src/cli/commands/classify-export-corrections';
import { runCli } from '../../src/cli';
import { startTestApp, TestApp } from '../support/app';

/**
 * Staff correct a category: the ticket is routed again by the rules, with an event; the
 * misconduct line holds (attackers: the accused township, the petition office downgrading a
 * report); corrections come out as labelled examples without the petitioner.
 */
let app: TestApp;
let hotline: string;
const tok: Record<string, string> = {};
const who: Record<string, Staff> = {};
let seq = 0;

const file = async (text: string, extra: Record<string, unknown> = {}) => {
  const res = await app.call('POST', '/api/v1/tickets', {
    token: hotline,
    body: { text, channel: 'hotline', externalId: `rc-${++seq}`, contact: { phone: `1380000${String(seq).padStart(4, '0')}`, name: '王秀英' }, ...extra },
  });
  expect(res.status).toBe(201);
  return app.ds.manager.findOneByOrFail(Ticket, { id: res.body.id });
};
const recat = (token: string, id: number, body: Record<string, unknown>) => app.call('POST', `/api/v1/tickets/${id}/recategorise`, { token, body });
const unitName = async (id: number) => (await app.ds.manager.findOneByOrFail(Unit, { id })).name;

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502'] });
  hotline = await app.token('channel');
  who.township = await app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre');
  who.townshipHead = await app.staffOf('火车站乡人民政府', (s) => s.position === 'unit_head');
  who.otherTownship = await app.staffOf('渡头桥镇人民政府', (s) => s.role === 'cadre');
  who.water = await app.staffOf('双清区水利局', (s) => s.role === 'cadre');
  who.discipline = await app.staffOf('双清区纪委监委', (s) => s.role === 'cadre');
  Object.assign(tok, await app.tokensOf(who));
  tok.admin = await app.token('admin');
});
afterAll(() => app.close());

describe('recategorise', () => {
  it('the township corrects a drinking-water complaint filed as other: it goes to the water bureau, with an event and a notice', async () => {
    const t = await file('火车站乡莲荷村 我们组那口井打上来的水浑得很 烧开了还有股怪味', { category: 'other' });
    expect(await unitName(t.handlingUnitId)).toBe('火车站乡人民政府');
    const res = await recat(tok.township, t.id, { category: 'water', reason: '饮水安全问题，应由水利局办理' });
    expect(res.status).toBe(200);
    const after = await app.ds.manager.findOneByOrFail(Ticket, { id: t.id });
    expect([after.category, after.status, await unitName(after.handlingUnitId)]).toEqual(['water', 'transferred', '双清区水利局']);
    const ev = await app.ds.manager.findOneByOrFail(TicketEvent, { ticketId: t.id, type: 'recategorised' });
    expect(ev.data).toMatchObject({ from: 'other', to: 'water', source: 'staff' });
    const notices = await app.ds.manager.find(OutboxMessage, { where: { ticketId: t.id, channel: 'staff' } });
    expect(notices.some((n) => String(n.payload.text).includes('双清区水利局'))).toBe(true);
    // The water bureau can now work it.
    expect((await app.call('GET', `/api/v1/tickets/${t.id}`, { token: tok.water })).status).toBe(200);
  });

  it('bad input names the field; another township gets 404; a villager 403', async () => {
    const t = await file('火车站乡莲荷村的路灯不亮了', { category: 'infrastructure' });
    expect((await recat(tok.township, t.id, { category: 'weather', reason: '试试' })).body.error.field).toBe('category');
    expect((await recat(tok.township, t.id, { category: 'water' })).body.error.field).toBe('reason');
    expect((await recat(tok.township, t.id, { category: 'infrastructure', reason: '没变' })).status).toBe(409);
    expect((await recat(tok.otherTownship, t.id, { category: 'water', reason: '不归你们' })).status).toBe(404);
    const v = await app.villagerToken({ name: '赵四', phone: '13800009999' });
    expect((await recat(v.token, t.id, { category: 'water', reason: '我改一下' })).status).toBe(403);
  });

  it('attacker: the township recategorising a complaint about its own cadre to misconduct loses it at once, and learns nothing more', async () => {
    // Reads as a road complaint; calling back, the township hears it is about one of its own.
    const t = await file('火车站乡莲荷村 村里修路的事 想问问到底啥时候修', { category: 'infrastructure' });
    expect(await unitName(t.handlingUnitId)).toBe('火车站乡人民政府');
    const res = await recat(tok.township, t.id, { category: 'misconduct', reason: '回访得知反映的是乡干部收了修路钱，转纪委' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: t.id, readable: false });
    expect(JSON.stringify(res.body)).not.toMatch(/王秀英|1380000|纪委监委/);
    const after = await app.ds.manager.findOneByOrFail(Ticket, { id: t.id });
    expect(after.category).toBe('misconduct');
    expect(await unitName(after.handlingUnitId)).toBe('双清区纪委监委');
    const township = await app.ds.manager.findOneByOrFail(Unit, { name: '火车站乡人民政府' });
    expect(after.accusedUnitId).toBe(township.id);
    for (const k of ['township', 'townshipHead']) expect((await app.call('GET', `/api/v1/tickets/${t.id}`, { token: tok[k] })).status).toBe(404);
    // No notice about it to anyone in the township after the move.
    const notices = await app.ds.manager.find(OutboxMessage, { where: { ticketId: t.id, channel: 'staff' } });
    const townshipStaff = (await app.ds.manager.find(Staff, { where: { unitId: township.id } })).map((s) => String(s.id));
    const late = notices.filter((n) => townshipStaff.includes(n.target) && n.kind === 'ticket_assigned' && String(n.payload.text).includes('更正'));
    expect(late).toEqual([]);
    expect((await app.call('GET', `/api/v1/tickets/${t.id}`, { token: tok.discipline })).status).toBe(200);
  });

  it('attacker: the petition office cannot take a report away from the commission; the commission can re-file it, still confidential', async () => {
    const t = await file('火车站乡莲荷村 村主任把低保名额给了他小舅子 家里有小车有楼房');
    expect(t.category).toBe('misconduct');
    const admin = await recat(tok.admin, t.id, { category: 'welfare', reason: '低保问题归民政' });
    expect([403, 404]).toContain(admin.status);
    expect((await app.ds.manager.findOneByOrFail(Ticket, { id: t.id })).category).toBe('misconduct');
    expect((await recat(tok.township, t.id, { category: 'welfare', reason: '低保问题' })).status).toBe(404);
    const ok = await recat(tok.discipline, t.id, { category: 'welfare', reason: '经核实为低保评定问题，仍由纪委监督' });
    expect(ok.status).toBe(200);
    const after = await app.ds.manager.findOneByOrFail(Ticket, { id: t.id });
    expect(after.category).toBe('welfare');
    expect(await unitName(after.handlingUnitId)).toBe('双清区纪委监委');
    expect(after.accusedUnitId).not.toBeNull();
    expect((await app.call('GET', `/api/v1/tickets/${t.id}`, { token: tok.township })).status).toBe(404);
  });
});

describe('classify:export-corrections', () => {
  it('writes corrected tickets as labelled examples in the corpus format, without the petitioner', async () => {
    const t = await file('火车站乡莲荷村 我叫王秀英 电话13800001234 我家老人的养老金三个月没到账了', { category: 'wages' });
    expect((await recat(tok.admin, t.id, { category: 'welfare', reason: '养老金属民政社保' })).status).toBe(200);
    const { examples, skippedConfidential } = await exportCorrections(app.ds);
    const mine = examples.find((x) => x.text.includes('养老金'))!;
    expect(mine).toMatchObject({ category: 'welfare', urgency: t.urgency, complaint: true, place: '莲荷村', channel: 'hotline' });
    expect(Object.keys(mine).sort()).toEqual(['category', 'channel', 'complaint', 'place', 'text', 'urgency']);
    expect(JSON.stringify(examples)).not.toMatch(/王秀英|13800001234/);
    // The two reports corrected above stay out unless asked for.
    expect(skippedConfidential).toBe(2);
    expect(examples.some((x) => x.category === 'misconduct')).toBe(false);
    expect((await exportCorrections(app.ds, { includeConfidential: true })).examples.length).toBe(examples.length + 2);
    expect((await exportCorrections(app.ds, { since: new Date(Date.now() + 86_400_000) })).examples).toEqual([]);
  });

  it('a bad --since is a usage error', async () => {
    const err: string[] = [];
    const code = await runCli(['classify:export-corrections', '--since', '2026-02-30'], { out: () => undefined, err: (l) => err.push(l) });
    expect(code).toBe(2);
    expect(err.join('\n')).toMatch(/--since/);
  });
});
