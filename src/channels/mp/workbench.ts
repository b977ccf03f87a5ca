import { AWAITING_RESPONSE_STATUSES } from '../../vocabulary';
import { Brackets, EntityManager } from 'typeorm';
import { OPEN_STATUSES, Ticket } from '../../entities/Ticket';
import { describeClock } from '../../clocks/deadlines';
import { forbidden } from '../../errors';
import { Actor, isStaff } from '../../tickets';
import { presentMany, scopeQuery } from '../../tickets';

/** Statuses where the unit still owes a first response: their clock is the response deadline. */
const AWAITING_RESPONSE = AWAITING_RESPONSE_STATUSES;

const dueOf = (t: Ticket) => (AWAITING_RESPONSE.includes(t.status) ? t.responseDueAt : t.resolutionDueAt);

/**
 * The cadre's queue: open tickets their unit leads or co-handles, the ones whose clock ran out
 * (or runs out) first. Offset paging, because the order is by deadline, not by id.
 */
export async function workQueue(m: EntityManager, actor: Actor, page: { offset: number; limit: number }, now = new Date()) {
  if (!isStaff(actor) || actor.staff.unitId === null) throw forbidden('只有所属单位的工作人员可以查看待办');
  const unitId = actor.staff.unitId;
  const qb = scopeQuery(m.createQueryBuilder(Ticket, 't'), actor)
    .andWhere('t.status IN (:...open)', { open: OPEN_STATUSES })
    .andWhere(
      new Brackets((w) => {
        w.where('t.handlingUnitId = :qunit', { qunit: unitId }).orWhere('t.id IN (SELECT qtu.ticketId FROM ticket_unit qtu WHERE qtu.unitId = :qunit)', {
          qunit: unitId,
        });
      }),
    );
  const total = Number(await qb.clone().getCount());
  const overdue = Number(
    await qb
      .clone()
      .andWhere(
        new Brackets((w) => {
          w.where(`(t.status IN ('${AWAITING_RESPONSE.join("','")}') AND t.responseDueAt < :qnow)`, { qnow: now }).orWhere(
            `(t.status NOT IN ('${AWAITING_RESPONSE.join("','")}') AND t.resolutionDueAt < :qnow)`,
            { qnow: now },
          );
        }),
      )
      .getCount(),
  );
  const rows = await qb
    .orderBy(`CASE WHEN t.status IN ('${AWAITING_RESPONSE.join("','")}') THEN t.responseDueAt ELSE t.resolutionDueAt END`, 'ASC')
    .addOrderBy('t.id', 'ASC')
    .offset(page.offset)
    .limit(page.limit)
    .getMany();
  const presented = await presentMany(m, actor, rows, now);
  const items = presented.map((p, i) => {
    const t = rows[i];
    const due = dueOf(t);
    return {
      ...p,
      lead: t.handlingUnitId === unitId,
      clock: {
        kind: AWAITING_RESPONSE.includes(t.status) ? 'response' : 'resolution',
        dueAt: due.toISOString(),
        words: describeClock(now, due),
        overdue: due < now,
      },
    };
  });
  return { total, overdue, items, nextOffset: page.offset + rows.length < total ? page.offset + rows.length : null };
}
