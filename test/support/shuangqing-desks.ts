/**
 * The desks the insider red-team tests play in 双清区 (430502): the township a report accuses
 * (火车站乡: its head and a cadre), the commission's cadre and the petition office's head; a
 * working morning in Shanghai (10:00) so quiet hours hold nothing back; and a villager's SMS.
 */
import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { createTicket, SYSTEM } from '../../src/tickets';
import { staffActor } from '../../src/tickets/staff-actor';
import type { TestApp } from './app';

export const T0 = new Date('2026-11-30T02:00:00Z');
export const at = (min: number) => new Date(T0.getTime() + min * 60_000);
/** Minutes in a day, for at(). */
export const DAY = 24 * 60;

export type Desk = 'townshipHead' | 'townshipCadre' | 'discipline' | 'officeHead';

/** Seats the four desks in `who` and their API tokens in `tok`. */
export async function seatDesks(app: TestApp, who: Partial<Record<Desk, Staff>>, tok: Partial<Record<Desk, string>>): Promise<void> {
  const seats: Record<Desk, Staff> = {
    townshipHead: await app.staffOf('火车站乡人民政府', (s) => s.position === 'unit_head'),
    townshipCadre: await app.staffOf('火车站乡人民政府', (s) => s.role === 'cadre'),
    discipline: await app.staffOf('双清区纪委监委', (s) => s.role === 'cadre'),
    officeHead: await app.staffOf('双清区信访局', (s) => s.role === 'admin'),
  };
  Object.assign(who, seats);
  Object.assign(tok, await app.tokensOf(seats));
}

/** Filing and reading back as the tests do; `app` is read when called (it is started in beforeAll). */
export function filers(app: () => TestApp, prefix: string) {
  let seq = 0;
  return {
    /** A villager's SMS complaint, with its own gateway message id. */
    sms: (text: string, phone: string, now: Date, extra: Record<string, unknown> = {}) =>
      createTicket(app().ds, SYSTEM, { text, channel: 'sms', externalId: `${prefix}-${++seq}`, contact: { phone }, ...extra }, { now }),
    reload: (id: number) => app().ds.manager.findOneByOrFail(Ticket, { id }),
    actorOf: async (s: Staff) => (await staffActor(app().ds.manager, s))!,
  };
}
