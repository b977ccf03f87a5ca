import type { EntityManager } from 'typeorm';
import { Attachment } from '../../entities/Attachment';
import { Ticket } from '../../entities/Ticket';
import { Unit } from '../../entities/Unit';
import { describeClock } from '../../clocks/deadlines';
import { CATEGORY_NAMES, EVENT_NAMES, TICKET_STATUS_NAMES, isOpenStatus } from '../../vocabulary';
import type { Actor } from '../actor';
import { allowedActions } from '../actions';
import type { TicketScope } from '../policies';
import { onlyReadable } from '../queries';
import { presentHistory } from './history';
import { presentMany } from './many';

/** One clock of a ticket as the console shows it: when due, whether it stopped, and the time left. */
function clock(due: Date | null, doneAt: Date | null, open: boolean, now: Date) {
  if (!due) return null;
  const running = !doneAt && open;
  return {
    dueAt: due.toISOString(),
    done: !!doneAt,
    doneAt: doneAt?.toISOString() ?? null,
    overdue: doneAt ? doneAt > due : open && due < now,
    left: running ? describeClock(now, due) : null,
    leftMs: running ? due.getTime() - now.getTime() : null,
  };
}

/** Another ticket named on this one: which, and where it stands; nothing of its content. */
const ref = (t: Ticket) => ({
  id: t.id,
  number: t.number,
  status: t.status,
  statusName: TICKET_STATUS_NAMES[t.status],
  category: t.category,
  categoryName: CATEGORY_NAMES[t.category as keyof typeof CATEGORY_NAMES] ?? t.category,
  createdAt: t.createdAt.toISOString(),
});

/**
 * The console's ticket page for a viewer who may read the ticket (loadReadable): the presented
 * ticket and history, both clocks, the files, the tickets linked to it that the viewer may read
 * (the others are left out, not even counted), and the actions the viewer may take.
 */
export async function presentConsoleTicket(m: EntityManager, a: Actor, t: Ticket, scope: TicketScope, now = new Date()) {
  const [ticket] = await presentMany(m, a, [t], now);
  const history = (await presentHistory(m, a, t)).map((e) => ({ ...e, typeName: EVENT_NAMES[e.type] ?? e.type }));
  const open = isOpenStatus(t.status);
  // A written 不予受理 decision answers the petitioner as acceptance would.
  const answered = t.acceptedAt ?? (t.status === 'declined' ? t.closedAt : null);
  const files = await m.find(Attachment, { where: { ticketId: t.id }, order: { id: 'ASC' } });

  const ids = [t.repeatOfId, t.duplicateOfId, t.reviewOfId].filter((x): x is number => x !== null);
  const linked = await m
    .createQueryBuilder(Ticket, 'l')
    .where('l.repeatOfId = :id OR l.duplicateOfId = :id OR l.reviewOfId = :id', { id: t.id })
    .orWhere(ids.length ? 'l.id IN (:...ids)' : '1 = 0', { ids })
    .orderBy('l.id', 'ASC')
    .limit(200)
    .getMany();
  const readable = await onlyReadable(
    m,
    a,
    linked.filter((x) => x.id !== t.id),
  );
  const one = (id: number | null) => (id === null ? null : ((x) => (x ? ref(x) : null))(readable.find((x) => x.id === id)));
  const handlingUnit = await m.findOne(Unit, { where: { id: t.handlingUnitId } });

  return {
    ticket,
    history,
    clocks: {
      response: clock(t.responseDueAt, answered, open, now),
      resolution: clock(t.resolutionDueAt, t.resolvedAt, open, now),
      legalNotice: clock(t.legalNoticeDueAt, answered, open, now),
      legalResolution: clock(t.legalResolutionDueAt, t.resolvedAt, open, now),
    },
    attachments: files.map((f) => ({
      id: f.id,
      kind: f.kind,
      mime: f.mime,
      size: f.size,
      url: `/api/v1/attachments/${f.id}`,
      createdAt: f.createdAt.toISOString(),
    })),
    links: {
      repeatOf: one(t.repeatOfId),
      repeats: readable.filter((x) => x.repeatOfId === t.id).map(ref),
      duplicateOf: one(t.duplicateOfId),
      duplicates: readable.filter((x) => x.duplicateOfId === t.id).map(ref),
      reviewOf: one(t.reviewOfId),
      reviews: readable.filter((x) => x.reviewOfId === t.id).map(ref),
    },
    actions: allowedActions(a, t, scope, { handlingUnit }),
  };
}
