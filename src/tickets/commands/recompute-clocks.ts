import type { DataSource, EntityManager } from 'typeorm';
import { Calendar, withCalendar } from '../../clocks/calendar';
import { exec } from '../../db/sql';
import {
  DeadlinePolicy,
  LEGAL_NOTICE_DAYS,
  LEGAL_RESOLUTION_DAYS,
  addDuration,
  extendLegalResolution,
  legalPeriodFrom,
  serviceClocks,
} from '../../clocks/deadlines';
import { Ticket } from '../../entities/Ticket';
import { TicketEvent } from '../../entities/TicketEvent';
import { OPEN_STATUSES } from '../../vocabulary';
import type { Actor } from '../actor';
import { policyFor } from '../deadlines';
import { Change, CommandOpts, defineCommand, UNCHANGED } from './pipeline';

/** The stored clocks that depend on the working-day calendar. */
export const RECOMPUTED_CLOCKS = ['responseDueAt', 'resolutionDueAt', 'legalNoticeDueAt', 'legalResolutionDueAt'] as const;
type ClockField = (typeof RECOMPUTED_CLOCKS)[number];
/** The 30 日 of a 复查/复核 answer (信访工作条例 Art. 35). */
const REVIEW_DAYS = 30;

export interface RecomputeInput {
  /** The calendar the stored clocks were computed with (before an import); default: built-in. */
  before?: Calendar;
  /** Why, for the history (machine word): e.g. 'calendar_import:2027'. */
  cause: string;
}

/**
 * Ways a stored clock can have been computed: each a function of the ticket that deadline code
 * uses (computeClocks, accept, extend, transfer, reopen, 复查/复核). Which one made the stored
 * value is found by recomputing each under the calendar of the time (`before`, or the old
 * Mon–Fri fallback for years beyond the data); the first that gives the stored value is rerun
 * under the current calendar. A clock no formula reproduces (a 挂牌督办 deadline, a policy row
 * edited since) is left as it is: we move deadlines only because the calendar moved them.
 */
function candidates(t: Ticket, policy: DeadlinePolicy, reopenedAt: Date | null): Record<ClockField, (() => Date)[]> {
  const serviceFrom = reopenedAt ?? t.createdAt;
  const legalResolution: (() => Date)[] = [];
  if (t.acceptedAt) {
    const accepted = t.acceptedAt;
    legalResolution.push(() => {
      const base = legalPeriodFrom(accepted, LEGAL_RESOLUTION_DAYS);
      return t.extensionDays > 0 ? extendLegalResolution(base, t.extensionDays) : base;
    });
  }
  return {
    // From the last (re)assignment (filing, transfer, reopening, a review), or from filing (an
    // urgency change recomputes from there).
    responseDueAt: [
      () => addDuration(t.assignedAt, policy.responseWithin),
      () => addDuration(t.assignedAt, { value: 1, unit: 'working_days' }),
      () => addDuration(t.createdAt, policy.responseWithin),
    ],
    resolutionDueAt: [
      () => serviceClocks(serviceFrom, policy).resolutionDueAt,
      () => addDuration(serviceFrom, policy.resolveWithin),
      () => serviceClocks(t.assignedAt, policy).resolutionDueAt,
      () => legalPeriodFrom(t.createdAt, REVIEW_DAYS),
    ],
    legalNoticeDueAt: [() => legalPeriodFrom(t.createdAt, LEGAL_NOTICE_DAYS), () => legalPeriodFrom(t.createdAt, REVIEW_DAYS)],
    legalResolutionDueAt: legalResolution,
  };
}

const sameTime = (a: Date | null, b: Date | null) => (a === null || b === null ? a === b : a.getTime() === b.getTime());

/** The clocks as the current calendar has them, for the clocks whose making we can tell. */
// Building a calendar takes ~15 ms: once per `before`, not once per ticket.
const legacyOf = new WeakMap<Calendar, Calendar>();
let builtin: Calendar | null = null;

export function recomputedClocks(t: Ticket, policy: DeadlinePolicy, reopenedAt: Date | null, before: Calendar): Partial<Record<ClockField, Date>> {
  let legacy = legacyOf.get(before);
  if (!legacy) legacyOf.set(before, (legacy = new Calendar(before.overlay, { provisional: false })));
  const out: Partial<Record<ClockField, Date>> = {};
  const forms = candidates(t, policy, reopenedAt);
  for (const field of RECOMPUTED_CLOCKS) {
    const stored = t[field];
    if (!stored) continue;
    for (const f of forms[field]) {
      const was = (cal: Calendar) => {
        try {
          return withCalendar(cal, f);
        } catch {
          return null;
        }
      };
      if (sameTime(was(before), stored) || sameTime(was(legacy), stored)) {
        out[field] = f();
        break;
      }
    }
  }
  return out;
}

/**
 * Recompute a ticket's stored deadlines under the current calendar (after calendar:import): each
 * moved clock is recorded in one 'deadlines_recomputed' event, public when a legal deadline the
 * petitioner was told of moved. Nothing changed → no event (safe to run twice). Changing a clock
 * resets nextEscalationAt (pipeline), so the sweep plans the ladder again.
 */
export const recomputeClocks = defineCommand<RecomputeInput>({
  authorize: (a) => a.kind === 'system' || a.kind === 'sysadmin',
  decide: async ({ m, ticket: t, input }) => {
    if (!OPEN_STATUSES.includes(t.status)) return UNCHANGED;
    const policy = await policyFor(m, t.category, t.urgency, t.villageCode ?? t.countyCode);
    const reopened = await m.findOne(TicketEvent, { where: { ticketId: t.id, type: 'reopened' }, order: { id: 'DESC' } });
    const next = recomputedClocks(t, policy, reopened?.at ?? null, input.before ?? (builtin ??= new Calendar()));
    const moved: Record<string, { from: string; to: string }> = {};
    const patch: Partial<Ticket> = {};
    for (const [field, to] of Object.entries(next) as [ClockField, Date][]) {
      const from = t[field];
      if (from && !sameTime(from, to)) {
        moved[field] = { from: from.toISOString(), to: to.toISOString() };
        patch[field] = to;
      }
    }
    if (!Object.keys(moved).length) return UNCHANGED;
    const legal = 'legalNoticeDueAt' in moved || 'legalResolutionDueAt' in moved;
    const change: Change = {
      patch,
      events: [{ type: 'deadlines_recomputed', visibility: legal ? 'public' : 'internal', data: { cause: input.cause, ...moved } }],
    };
    return change;
  },
});

export interface RecomputeReport {
  /** Open tickets looked at. */
  tickets: number;
  /** Tickets whose deadlines moved (one event each). */
  changed: number;
}

/**
 * Every open ticket, one transaction each (a stale version is retried on the next run: the job
 * is idempotent). Also clears every open ticket's nextEscalationAt: ladder rungs are working
 * days after the deadlines, so they move with the calendar even when a deadline does not.
 */
export async function recomputeOpenTickets(ds: DataSource, actor: Actor, input: RecomputeInput, opts: CommandOpts = {}): Promise<RecomputeReport> {
  const ids: number[] = (
    await ds
      .getRepository(Ticket)
      .createQueryBuilder('t')
      .select('t.id', 'id')
      .where('t.status IN (:...open)', { open: OPEN_STATUSES })
      .orderBy('t.id')
      .getRawMany()
  ).map((r) => Number(r.id));
  let changed = 0;
  for (const id of ids) {
    const before = await ds.getRepository(Ticket).findOne({ where: { id }, select: { id: true, version: true } });
    if (!before) continue;
    const after = await recomputeClocks(ds, actor, id, input, opts);
    if (after.version !== before.version) changed++;
  }
  await clearEscalationPlans(ds);
  return { tickets: ids.length, changed };
}

// A planning cache, not a change to the ticket: no version bump, no event (as the sweep does it).
async function clearEscalationPlans(m: DataSource | EntityManager): Promise<void> {
  await exec(m, 'UPDATE ticket SET nextEscalationAt = NULL WHERE status IN (:...open)', { open: OPEN_STATUSES });
}
