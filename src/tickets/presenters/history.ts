import type { EntityManager } from 'typeorm';
import type { Ticket } from '../../entities/Ticket';
import { TicketEvent } from '../../entities/TicketEvent';
import { Petitioner } from '../../entities/Petitioner';
import { KnownPerson, redactForViewer } from '../../privacy/redact';
import type { Actor } from '../actor';
import { canSeePetitioner } from '../policies';
import { presentEvent } from './event';
import { coUnitIdsOf } from './many';

/** Free-text fields of history entries that can quote the petitioner. */
const TEXT_FIELDS = ['text', 'reason', 'note', 'comment'];
/**
 * What an intake client sent beside the complaint (Open311 email, account and device ids,
 * attributes): the petitioner's contact and identifiers, so only for who may see the petitioner.
 * Others keep the channel and the client's address id (a place, not a person).
 */
const INTAKE_DETAILS_SHOWN_MASKED = ['channel', 'addressId'];

/**
 * A ticket's history for one viewer who may read the ticket: villagers see public entries only;
 * staff who may not see the petitioner (co-handlers, leaders of the area on confidential work)
 * get the free text without the petitioner's name, phone or other personal numbers in it.
 */
export async function presentHistory(m: EntityManager, actor: Actor, t: Ticket) {
  const villager = actor.kind === 'villager';
  const events = await m.find(TicketEvent, { where: villager ? { ticketId: t.id, visibility: 'public' } : { ticketId: t.id }, order: { id: 'ASC' } });
  const shown = villager || canSeePetitioner(actor, { ticket: t, units: [t.handlingUnitId, ...(await coUnitIdsOf(m, t))] });
  let people: KnownPerson[] = [];
  if (!shown) {
    const p = t.petitionerId ? await m.findOne(Petitioner, { where: { id: t.petitionerId } }) : null;
    people = [p ?? {}, { name: t.contactName, phone: t.contactPhone }];
  }
  return events.map((e) => {
    const out = presentEvent(e, villager);
    if (shown) return out;
    if (e.type === 'intake_details') for (const k of Object.keys(out.data)) if (!INTAKE_DETAILS_SHOWN_MASKED.includes(k)) delete out.data[k];
    for (const k of TEXT_FIELDS) if (typeof out.data[k] === 'string') out.data[k] = redactForViewer(out.data[k] as string, people);
    return out;
  });
}
