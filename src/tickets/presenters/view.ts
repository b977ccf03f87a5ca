import type { EntityManager } from 'typeorm';
import type { Ticket } from '../../entities/Ticket';
import { notFound } from '../../errors';
import { cachedUnits } from '../../routing/reference';
import type { Actor } from '../actor';
import { originOf } from '../commands/create';
import { canRead } from '../policies';
import { coUnitIdsOf, presentMany } from './many';
import { presentReceipt } from './ticket';

/**
 * One ticket for one viewer: the full view where the policy lets them read it, the filing receipt
 * to the caller who filed it but may not read it (a relay, a cadre reporting another unit), and
 * nothing (404) to anyone else, whatever door they came in by (a replayed key included).
 */
export async function presentFor(m: EntityManager, actor: Actor, t: Ticket, now = new Date()) {
  // Reading needs the units working the ticket, not the ones above (only directing it does).
  const scope = { ticket: t, units: [t.handlingUnitId, ...(await coUnitIdsOf(m, t))] };
  if (actor.kind !== 'channel' && actor.kind !== 'bot' && canRead(actor, scope)) return (await presentMany(m, actor, [t], now))[0];
  if (t.origin === originOf(actor)) return presentReceipt(t, await cachedUnits(m, scope.units), scope.units.slice(1));
  throw notFound('工单');
}
