import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { addCalendarDays } from '../../src/clocks/time';
import { runEscalation } from '../../src/escalation/sweep';
import { leadersMount } from '../../src/http/leaders/routes';
import { acceptTicket } from '../../src/tickets';
import { startTestApp, TestApp } from '../support/app';
import { file, staffActor } from '../jobs/helpers';

/**
 * The leader inbox pages over what the leader may read now: a ticket re-filed as a report after
 * the ladder reached the unit head leaves no trace (no empty page, no cursor pointing past it).
 */
const NOW = new Date();
const daysAgo = (n: number) => addCalendarDays(NOW, -n);

let app: TestApp;
const tok: Record<string, string> = {};
const who: Record<string, Staff> = {};
let older: Ticket;
let reported: Ticket;

const inbox = (q: string) => app.call('GET', `/api/v1/leader/inbox?${q}`, { token: tok.head });

beforeAll(async () => {
  app = await startTestApp({ areas: ['430502'], mounts: [leadersMount] });
  who.head = await app.staffOf('双清区水利局', (s) => s.position === 'unit_head');
  who.water = await app.staffOf('双清区水利局', (s) => s.role === 'cadre');
  Object.assign(tok, await app.tokensOf(who));
  const cadre = (await staffActor(app.ds, '双清区水利局')) as any;
  // Two late tickets reach the head in turn; the later one is then re-filed as a report.
  older = await file(app.ds, daysAgo(20));
  await acceptTicket(app.ds, cadre, older.id, {}, { now: daysAgo(19) });
  await runEscalation(app.ds, daysAgo(1));
  reported = await file(app.ds, daysAgo(20));
  await acceptTicket(app.ds, cadre, reported.id, {}, { now: daysAgo(19) });
  await runEscalation(app.ds, NOW);
});
afterAll(() => app.close());

describe('leader inbox after a ticket leaves the leader', () => {
  it('first shows both tickets, newest first, one a page', async () => {
    const first = await inbox('limit=1');
    expect(first.body.items.map((i: any) => i.ticket.id)).toEqual([reported.id]);
    const second = await inbox(`limit=1&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((i: any) => i.ticket.id)).toEqual([older.id]);
    expect(second.body.nextCursor).toBeNull();
  });

  it('then fills the page with what is still readable and points nowhere past the hidden report', async () => {
    const res = await app.call('POST', `/api/v1/tickets/${reported.id}/recategorise`, {
      token: tok.water,
      body: { category: 'misconduct', reason: '来电人反映的是水利局干部不作为' },
    });
    expect(res.status).toBe(200);
    for (const open of ['', '&open=false']) {
      const page = await inbox(`limit=1${open}`);
      expect(page.status).toBe(200);
      expect(page.body.items.map((i: any) => i.ticket.id)).toEqual([older.id]);
      expect(page.body.nextCursor).toBeNull();
      expect(JSON.stringify(page.body)).not.toContain(reported.number);
    }
  });
});
