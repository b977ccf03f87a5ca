import { DataSource, EntityManager, In } from 'typeorm';
import { isMysql } from '../db/datasource';
import { inTransaction } from '../db/tx';
import { EscalationRule } from '../entities/EscalationRule';
import { EscalationStep } from '../entities/EscalationStep';
import { JobState } from '../entities/JobState';
import { OPEN_STATUSES, Ticket } from '../entities/Ticket';
import { workingDaysBetween } from '../clocks/calendar';
import { exec, insertIgnore } from '../db/sql';
import { log } from '../log';
import { OutboxMessage } from '../entities/OutboxMessage';
import { TicketEvent } from '../entities/TicketEvent';
import { flagEnqueued } from '../outbox/nudge';
import { actorRef, SYSTEM } from '../tickets/actor';
import { villagePaths } from '../routing/reference';
import { NEVER, planTicket, Rung, stepKey } from './ladder';
import { escalationText, RungNotice } from './messages';
import { Directory } from './recipients';

/**
 * The escalation sweep. Which tickets it looks at, each an index range:
 *  - open tickets whose stored next rung is due (status, nextEscalationAt <= now);
 *  - open tickets never looked at (nextEscalationAt IS NULL: new tickets, or after a migration);
 *  - tickets that changed since the last sweep, read from the append-only event log by id, since
 *    other code (reopen, transfer, accept) changes clocks without touching nextEscalationAt.
 * Each ticket's rungs are decided by the pure ladder; each fired rung is one escalation_step row
 * (unique), one 'escalated' event, the raised level and one outbox message, in one transaction
 * per batch, so a crash leaves nothing half-done and the next run finishes the rest.
 */

export interface FiredStep {
  ticketId: number;
  number: string;
  clock: string;
  step: string;
  level: number;
  dueAt: Date;
  recipientId: number | null;
  recipientName: string | null;
  countyCode: string | null;
}

export interface SweepReport {
  now: Date;
  examined: number;
  fired: FiredStep[];
  errors: { ticketId: number; message: string }[];
}

export interface SweepOptions {
  batchSize?: number;
  /** Upper bound of tickets looked at in one run; the rest waits for the next run. */
  maxTickets?: number;
  /** Called between batches (the job runner renews its lease there). */
  renew?: () => Promise<void>;
  /** Forget stored next instants first (after editing escalation_rule or deadline policies). */
  recompute?: boolean;
}

export const EVENT_CURSOR = 'escalation.eventCursor';
// MySQL may make a lower auto-increment id visible after a higher one (commit order is not id
// order), so there each sweep re-reads the events the previous sweep read: nothing a sweep
// missed while another transaction was committing is lost, and an idle sweep reads nothing.
export const EVENT_CURSOR_PREV = 'escalation.eventCursor.prev';
const FEED_PAGE = 5000;

export async function loadRungs(m: EntityManager): Promise<Rung[]> {
  const rows = await m.find(EscalationRule, { order: { id: 'ASC' } });
  return rows.map((r) => ({ ...r, atFraction: r.atFraction === null ? null : Number(r.atFraction) }));
}

export async function runEscalation(ds: DataSource, now: Date, opts: SweepOptions = {}): Promise<SweepReport> {
  const batchSize = opts.batchSize ?? 100;
  const maxTickets = opts.maxTickets ?? 50_000;
  const report: SweepReport = { now, examined: 0, fired: [], errors: [] };
  if (opts.recompute) {
    await inTransaction(ds, ({ manager }) => exec(manager, 'UPDATE ticket SET nextEscalationAt = NULL WHERE status IN (:...open)', { open: OPEN_STATUSES }));
  }
  const rungs = await loadRungs(ds.manager);
  const feed = await changedSinceLastSweep(ds);

  const due = await exec(
    ds,
    `SELECT id FROM ticket WHERE status IN (:...open) AND nextEscalationAt <= :now ORDER BY nextEscalationAt LIMIT ${Math.floor(maxTickets)}`,
    { open: OPEN_STATUSES, now },
  );
  const fresh = await exec(ds, `SELECT id FROM ticket WHERE status IN (:...open) AND nextEscalationAt IS NULL LIMIT ${Math.floor(maxTickets)}`, {
    open: OPEN_STATUSES,
  });
  const ids = [...new Set([...due.rows.map((r) => Number(r.id)), ...feed.ticketIds, ...fresh.rows.map((r) => Number(r.id))])]
    .slice(0, maxTickets)
    .sort((a, b) => a - b);

  const dir = new Directory();
  for (let i = 0; i < ids.length; i += batchSize) {
    const chunk = ids.slice(i, i + batchSize);
    try {
      const fired = await inTransaction(ds, ({ manager }) => processBatch(manager, chunk, rungs, dir, now));
      report.fired.push(...fired);
    } catch {
      // One bad ticket must not hold back the others: retry this batch one ticket at a time.
      for (const id of chunk) {
        try {
          report.fired.push(...(await inTransaction(ds, ({ manager }) => processBatch(manager, [id], rungs, dir, now))));
        } catch (err: any) {
          report.errors.push({ ticketId: id, message: String(err?.message ?? err) });
          log.error('escalation failed for ticket', { ticketId: id, error: String(err?.message ?? err) });
        }
      }
    }
    report.examined += chunk.length;
    if (opts.renew) await opts.renew();
  }
  await advanceCursor(ds, feed);
  return report;
}

interface Feed {
  ticketIds: number[];
  /** The new cursor (highest event id read) and the one this read started after, to store. */
  cursor: number;
  read: number;
}

async function changedSinceLastSweep(ds: DataSource): Promise<Feed> {
  const states = await ds.manager.find(JobState, { where: { name: In([EVENT_CURSOR, EVENT_CURSOR_PREV]) } });
  const cur = states.find((s) => s.name === EVENT_CURSOR);
  if (!cur) {
    // First sweep: tickets from before it have nextEscalationAt NULL and are all looked at anyway.
    const { rows } = await exec(ds, 'SELECT MAX(id) AS maxId FROM ticket_event');
    const max = Number(rows[0]?.maxId ?? 0);
    return { ticketIds: [], cursor: max, read: max };
  }
  const prev = states.find((s) => s.name === EVENT_CURSOR_PREV);
  const read = isMysql(ds) ? Math.min(Number(cur.value), Number(prev?.value ?? cur.value)) : Number(cur.value);
  const ids = new Set<number>();
  let from = read;
  let cursor = Number(cur.value);
  for (;;) {
    const { rows } = await exec(ds, `SELECT id, ticketId FROM ticket_event WHERE id > :from AND type <> :own ORDER BY id LIMIT ${FEED_PAGE}`, {
      from,
      own: 'escalated',
    });
    for (const r of rows) ids.add(Number(r.ticketId));
    if (rows.length) {
      from = Number(rows[rows.length - 1].id);
      cursor = Math.max(cursor, from);
    }
    if (rows.length < FEED_PAGE) break;
  }
  return { ticketIds: [...ids], cursor, read: Number(cur.value) };
}

/** Moves both cursors forward only (two sweeps may race): prev ← the cursor this sweep started from. */
async function advanceCursor(ds: DataSource, feed: Feed): Promise<void> {
  await inTransaction(ds, async ({ manager }) => {
    const wall = new Date();
    for (const [name, value] of [
      [EVENT_CURSOR, feed.cursor],
      [EVENT_CURSOR_PREV, feed.read],
    ] as const) {
      const upd = await exec(manager, 'UPDATE job_state SET value = :value, updatedAt = :wall WHERE name = :name AND value < :value', { value, wall, name });
      if (!upd.affected)
        await exec(manager, `${insertIgnore(manager)} job_state (name, value, updatedAt) VALUES (:name, :value, :wall)`, { value, wall, name });
    }
  });
}

async function processBatch(m: EntityManager, ids: number[], rungs: Rung[], dir: Directory, now: Date): Promise<FiredStep[]> {
  const qb = m.createQueryBuilder(Ticket, 't').where('t.id IN (:...ids)', { ids }).orderBy('t.id', 'ASC');
  // Lock the rows (MySQL) so a concurrent sweep or a reopen waits; SQLite transactions are serial.
  if (isMysql(m.connection)) qb.setLock('pessimistic_write');
  const tickets = await qb.getMany();
  const steps = await m.find(EscalationStep, { where: { ticketId: In(ids) } });
  const done = new Set(steps.map((s) => stepKey(s.ticketId, s.clock, s.step, s.round, s.dueAt)));
  const places = await villagePaths(
    m,
    tickets.map((t) => t.villageCode).filter((c): c is string => !!c),
  );
  const fired: FiredStep[] = [];
  // Events and notices are written once per batch (multi-row inserts), same transaction.
  const events: Partial<TicketEvent>[] = [];
  const outboxRows: Partial<OutboxMessage>[] = [];

  for (const t of tickets) {
    const plan = planTicket(t, rungs, done, now);
    let level = 0;
    const notices = new Map<number, { keys: string[]; items: RungNotice[] }>();
    for (const f of plan.fire) {
      const who = await dir.resolve(m, t, f.rung.recipient);
      const ins = await exec(
        m,
        `${insertIgnore(m)} escalation_step (ticketId, clock, step, round, dueAt, level, recipientStaffId, firedAt) VALUES (:ticketId, :clock, :step, :round, :dueAt, :level, :to, :now)`,
        {
          ticketId: t.id,
          clock: f.window.clock,
          step: f.rung.step,
          round: f.window.round,
          dueAt: f.window.due,
          level: f.rung.level,
          to: who.to?.id ?? null,
          now,
        },
      );
      done.add(stepKey(t.id, f.window.clock, f.rung.step, f.window.round, f.window.due));
      if (!ins.affected) continue; // another runner fired it first
      level = Math.max(level, f.rung.level);
      const overdueWorkingDays = now > f.window.due ? workingDaysBetween(f.window.due, now) : 0;
      events.push({
        ticketId: t.id,
        type: 'escalated',
        visibility: 'internal',
        at: now,
        ...actorRef(SYSTEM),
        data: {
          clock: f.window.clock,
          step: f.rung.step,
          level: f.rung.level,
          dueAt: f.window.due.toISOString(),
          round: f.window.round,
          overdueWorkingDays,
          recipientId: who.to?.id ?? null,
          recipientName: who.to?.name ?? null,
          recipientTitle: who.to?.title ?? null,
          cc: who.cc.map((s) => s.id),
          note: who.note ?? null,
        },
      });
      const key = `${t.id}:${f.window.clock}:${f.rung.step}:${f.window.round}:${Math.floor(f.window.due.getTime() / 1000)}`;
      for (const s of [who.to, ...who.cc]) {
        if (!s) continue;
        const n = notices.get(s.id) ?? { keys: [], items: [] };
        n.keys.push(key);
        n.items.push({ window: f.window, rung: f.rung, overdueWorkingDays });
        notices.set(s.id, n);
      }
      if (!who.to) log.warn('escalation rung has no recipient', { ticketId: t.id, clock: f.window.clock, step: f.rung.step, note: who.note });
      fired.push({
        ticketId: t.id,
        number: t.number,
        clock: f.window.clock,
        step: f.rung.step,
        level: f.rung.level,
        dueAt: f.window.due,
        recipientId: who.to?.id ?? null,
        recipientName: who.to?.name ?? null,
        countyCode: t.countyCode,
      });
    }
    if (notices.size) {
      const unit = await dir.unit(m, t.handlingUnitId);
      const place = t.villageCode ? (places.get(t.villageCode) ?? null) : null;
      for (const [staffId, n] of notices) {
        const kind = n.items.every((i) => i.rung.atFraction !== null) ? 'escalation_warning' : 'escalation';
        // Each rung fires once (escalation_step is unique), so its first key identifies the notice.
        outboxRows.push({
          channel: 'staff',
          target: String(staffId),
          kind,
          account: null,
          payload: { text: escalationText(t, n.items, { place, unitName: unit?.name ?? '—' }) },
          dedupeKey: `esc:${n.keys[0]}:${n.items.length}:${staffId}`,
          status: 'pending',
          attempts: 0,
          nextAttemptAt: now,
          lockedBy: null,
          lockedUntil: null,
          lastError: null,
          ticketId: t.id,
          createdAt: now,
          sentAt: null,
        });
      }
    }
    // No version bump: an automatic escalation is not an edit a cadre's pending action conflicts with.
    await exec(
      m,
      level > 0
        ? 'UPDATE ticket SET escalationLevel = CASE WHEN escalationLevel < :level THEN :level ELSE escalationLevel END, nextEscalationAt = :next WHERE id = :id'
        : 'UPDATE ticket SET nextEscalationAt = :next WHERE id = :id',
      { level, next: plan.next ?? NEVER, id: t.id },
    );
  }
  for (let i = 0; i < events.length; i += 200) {
    await m
      .createQueryBuilder()
      .insert()
      .into(TicketEvent)
      .values(events.slice(i, i + 200) as any)
      .updateEntity(false)
      .execute();
  }
  for (let i = 0; i < outboxRows.length; i += 200) {
    // Like outbox/enqueue: idempotent on dedupeKey, and the senders get nudged after commit.
    await m
      .createQueryBuilder()
      .insert()
      .into(OutboxMessage)
      .values(outboxRows.slice(i, i + 200) as any)
      .orIgnore()
      .updateEntity(false)
      .execute();
  }
  if (outboxRows.length) flagEnqueued(m);
  return fired;
}
