import { EntityManager, In, MoreThan, Not } from 'typeorm';
import { Ticket } from '../entities/Ticket';
import { similarity, REPEAT_SIMILARITY } from '../classify';
import { addCalendarDays } from '../clocks/time';
import { OPEN_STATUSES } from '../vocabulary';

/**
 * Same village and category, other people, similar text, still open: suggested duplicates.
 * Callers keep only what the viewer may read (onlyReadable).
 */
export async function duplicateSuggestions(m: EntityManager, t: Ticket, limit = 10): Promise<Ticket[]> {
  if (!t.villageCode) return [];
  const since = addCalendarDays(t.createdAt, -30);
  const rows = await m.find(Ticket, {
    where: { villageCode: t.villageCode, category: t.category, id: Not(t.id), createdAt: MoreThan(since), status: In(OPEN_STATUSES) },
    order: { id: 'DESC' },
    take: 200,
  });
  return rows.filter((r) => r.petitionerId !== t.petitionerId && r.duplicateOfId === null && similarity(r.text, t.text) >= REPEAT_SIMILARITY).slice(0, limit);
}
