import { DataSource } from 'typeorm';
import { fromShanghai } from '../../src/clocks/time';
import { EscalationStep } from '../../src/entities/EscalationStep';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { TicketEvent } from '../../src/entities/TicketEvent';
import { Unit } from '../../src/entities/Unit';
import { Actor, SYSTEM } from '../../src/tickets/actor';
import { acceptTicket, createTicket, CreateTicketInput } from '../../src/tickets';

/** Shanghai wall time: at(2026, 10, 5, 9) = 2026-10-05 09:00 in the county. */
export const at = (y: number, m: number, d: number, hh = 0, mm = 0) => fromShanghai(y, m, d, hh, mm);

export const LIANHE = '430502202205'; // 双清区火车站乡莲荷村
export const VILLAGER = { name: '李大爷', phone: '13800000001', wechatId: 'wxid_lidaye_8848' };

let seq = 0;
export async function file(ds: DataSource, now: Date, input: Partial<CreateTicketInput> = {}): Promise<Ticket> {
  const { ticket } = await createTicket(
    ds,
    SYSTEM,
    {
      text: '莲荷村自来水管子坏了好几天了，一直没人来修',
      villageCode: LIANHE,
      category: 'water',
      urgency: 'ordinary',
      channel: 'hotline',
      externalId: `t-${++seq}-${now.getTime()}`,
      // A different villager each time unless the caller passes a contact (repeat petitions), each
      // a case of its own (not linked as another villager's duplicate).
      linkDuplicates: false,
      contact: { name: VILLAGER.name, phone: `1390000${String(1000 + seq).slice(-4)}`, wechatId: `wxid_v${seq}` },
      ...input,
    },
    { now },
  );
  return ticket;
}

export async function staffActor(ds: DataSource, unitName: string, pick: (s: Staff) => boolean = (s) => s.role === 'cadre'): Promise<Actor & { staff: Staff }> {
  const unit = await ds.manager.findOneByOrFail(Unit, { name: unitName });
  const staff = (await ds.manager.find(Staff, { where: { unitId: unit.id }, order: { id: 'ASC' } })).find(pick)!;
  const kind = staff.role === 'leader' ? 'leader' : staff.role === 'admin' ? 'admin' : 'cadre';
  return { kind, staff, unit, tokenId: 0 } as any;
}

export async function acceptBy(ds: DataSource, ticket: Ticket, unitName: string, now: Date) {
  const cadre = await staffActor(ds, unitName);
  await acceptTicket(ds, cadre, ticket.id, {}, { now });
  return cadre.staff;
}

export async function stepsOf(ds: DataSource, ticketId: number, clock?: string) {
  const rows = await ds.manager.find(EscalationStep, { where: { ticketId, ...(clock ? { clock: clock as any } : {}) }, order: { id: 'ASC' } });
  return rows;
}

export const stepNames = async (ds: DataSource, ticketId: number, clock = 'resolution') => (await stepsOf(ds, ticketId, clock)).map((s) => s.step);

export async function escalationMessages(ds: DataSource, ticketId: number) {
  const rows = await ds.manager.find(OutboxMessage, { where: { ticketId }, order: { id: 'ASC' } });
  return rows.filter((r) => r.kind.startsWith('escalation'));
}

export async function escalatedEvents(ds: DataSource, ticketId: number) {
  return ds.manager.find(TicketEvent, { where: { ticketId, type: 'escalated' }, order: { id: 'ASC' } });
}

export const reload = (ds: DataSource, id: number) => ds.manager.findOneByOrFail(Ticket, { id });

export async function staffByPosition(ds: DataSource, position: string, pick: (s: Staff) => boolean = () => true): Promise<Staff> {
  return (await ds.manager.find(Staff, { where: { position: position as any, jurisdictionCode: '430502' }, order: { id: 'ASC' } })).filter(pick)[0];
}
