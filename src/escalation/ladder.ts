import { AWAITING_RESPONSE_STATUSES, OPEN_STATUSES } from '../vocabulary';
import { areaTitles } from '../stats/titles';
import type { ClockName, EscalationRecipient } from '../entities/EscalationRule';
import type { Ticket, TicketStatus } from '../entities/Ticket';
import { addWorkingDays } from '../clocks/calendar';

/**
 * The escalation ladder as pure functions: which clocks of a ticket are running, when each rung
 * is due, which rungs fire now and when to look at the ticket next. No I/O, `now` is a parameter.
 */

export interface Rung {
  clock: ClockName;
  step: string;
  level: number;
  atFraction: number | null;
  overdueWorkingDays: number | null;
  recipient: EscalationRecipient;
  repeatOnly: boolean;
  category: string | null;
  urgency: string | null;
  active: boolean;
}

export type LadderTicket = Pick<
  Ticket,
  | 'id'
  | 'status'
  | 'category'
  | 'urgency'
  | 'assignedAt'
  | 'createdAt'
  | 'acceptedAt'
  | 'responseDueAt'
  | 'resolutionDueAt'
  | 'legalNoticeDueAt'
  | 'legalResolutionDueAt'
  | 'reopenCount'
  | 'repeatOfId'
  | 'repeatCount'
  | 'duplicateOfId'
> &
  Partial<Pick<Ticket, 'stage'>>;

export interface ClockWindow {
  clock: ClockName;
  start: Date;
  due: Date;
  /** Service clocks restart on reopening; the legal ones do not. */
  round: number;
}

const OPEN: TicketStatus[] = OPEN_STATUSES;
/** Waiting for the handling unit to accept (受理): the response clock runs. */
const AWAITING_RESPONSE: TicketStatus[] = AWAITING_RESPONSE_STATUSES;

/** A far-future instant stored as "nothing left to escalate" (NULL means "not computed yet"). */
export const NEVER = new Date(Date.UTC(9999, 0, 1));

export const CLOCK_NAMES: Record<ClockName, string> = {
  response: '响应（受理）时限',
  resolution: '办理时限',
  legal_notice: '信访受理告知期限（15日）',
  legal_resolution: '信访办理期限（60日）',
};

/** A rung as leaders read it, with the titles of the ticket's county (分管区领导 in a 区, 市委书记 in a county-level 市). */
export function stepName(step: string, countyCode: string | null): string {
  const t = areaTitles(countyCode);
  const names: Record<string, string> = {
    warning: '临期预警',
    unit_head: '超期督办（单位负责人）',
    county_leader: `超期督办（${t.leaderInCharge}）`,
    secretary: `超期督办（${t.secretary}）`,
  };
  return names[step] ?? step;
}

/**
 * 重复信访: the later ticket of the same person and matter. Only the new ticket is a repeat; the
 * original's repeatCount says how often it was petitioned again but does not make it one (else one
 * repeat put both tickets on the repeat rungs and in the summary's repeat count).
 */
export const isRepeat = (t: Pick<Ticket, 'repeatOfId'>) => t.repeatOfId !== null;

export function runningClocks(t: LadderTicket): ClockWindow[] {
  if (!OPEN.includes(t.status) || t.duplicateOfId !== null) return [];
  const out: ClockWindow[] = [];
  if (AWAITING_RESPONSE.includes(t.status)) out.push({ clock: 'response', start: t.assignedAt, due: t.responseDueAt, round: t.reopenCount });
  out.push({ clock: 'resolution', start: t.assignedAt, due: t.resolutionDueAt, round: t.reopenCount });
  // The 15-day acceptance notice is a petition's; a 复查/复核 has its one 30-day answer clock.
  if (!t.acceptedAt && (t.stage ?? 'petition') === 'petition') out.push({ clock: 'legal_notice', start: t.createdAt, due: t.legalNoticeDueAt, round: 0 });
  if (t.legalResolutionDueAt) out.push({ clock: 'legal_resolution', start: t.acceptedAt ?? t.createdAt, due: t.legalResolutionDueAt, round: 0 });
  return out;
}

/**
 * SQL mirror of runningClocks(t) having one past due at :ovNow, over alias `t`: the 台账's
 * "overdue" filter means what the ladder and the daily summary mean.
 */
export const OVERDUE_SQL = `(t.status IN (:...ovOpen) AND t.duplicateOfId IS NULL AND (t.resolutionDueAt < :ovNow
  OR (t.status IN (:...ovAwaiting) AND t.responseDueAt < :ovNow)
  OR (t.acceptedAt IS NULL AND t.stage = 'petition' AND t.legalNoticeDueAt < :ovNow)
  OR (t.legalResolutionDueAt IS NOT NULL AND t.legalResolutionDueAt < :ovNow)))`;
export const overdueParams = (now: Date) => ({ ovOpen: OPEN, ovAwaiting: AWAITING_RESPONSE, ovNow: now });

const specificity = (r: Rung) => (r.category ? 2 : 0) + (r.urgency ? 1 : 0);

/**
 * The rungs that apply to a category and urgency: per (clock, step, repeatOnly) the most
 * specific row wins (category+urgency > category > urgency > default), then inactive ones drop.
 */
export function rungsFor(rules: Rung[], category: string, urgency: string): Rung[] {
  const best = new Map<string, Rung>();
  for (const r of rules) {
    if ((r.category && r.category !== category) || (r.urgency && r.urgency !== urgency)) continue;
    const key = `${r.clock}|${r.step}|${r.repeatOnly ? 1 : 0}`;
    const cur = best.get(key);
    if (!cur || specificity(r) > specificity(cur)) best.set(key, r);
  }
  return [...best.values()].filter((r) => r.active);
}

/** When a rung becomes due on a clock window. */
export function rungDueAt(r: Rung, w: ClockWindow): Date {
  if (r.atFraction !== null) return new Date(w.start.getTime() + Math.max(0, r.atFraction) * (w.due.getTime() - w.start.getTime()));
  const n = r.overdueWorkingDays ?? 0;
  return n === 0 ? w.due : addWorkingDays(w.due, n);
}

export const stepKey = (ticketId: number, clock: string, step: string, round: number, dueAt: Date) =>
  `${ticketId}|${clock}|${step}|${round}|${Math.floor(dueAt.getTime() / 1000)}`;

export interface Firing {
  window: ClockWindow;
  rung: Rung;
  at: Date;
}

export interface Plan {
  fire: Firing[];
  /** Earliest future rung, or NEVER. */
  next: Date;
}

/**
 * What to do for one ticket at `now`, given which rungs already fired (`done`, by stepKey).
 * Several rules for one step (e.g. the secretary at 3 working days, or for a repeat petition as
 * soon as the 分管 leader) fire once, at the earliest. A pre-deadline warning is dropped once the deadline has
 * passed: the overdue rungs say more.
 */
export function planTicket(t: LadderTicket, rules: Rung[], done: Set<string>, now: Date): Plan {
  const fire: Firing[] = [];
  let next = NEVER;
  const repeat = isRepeat(t);
  const rungs = rungsFor(rules, t.category, t.urgency).filter((r) => !r.repeatOnly || repeat);
  for (const w of runningClocks(t)) {
    const byStep = new Map<string, { rung: Rung; at: Date }>();
    for (const r of rungs) {
      if (r.clock !== w.clock) continue;
      const at = rungDueAt(r, w);
      const cur = byStep.get(r.step);
      if (!cur || at < cur.at) byStep.set(r.step, { rung: r, at });
    }
    // Overdue rungs climb strictly in order (unit head → 分管 leader → secretary): a rung that is
    // due earlier than a lower one (the repeat petition's secretary at the deadline) waits for it
    // and then fires with it, after it. Warnings stand apart.
    let floor = 0;
    for (const x of [...byStep.values()]
      .filter((v) => v.rung.atFraction === null)
      .sort((a, b) => a.rung.level - b.rung.level || a.at.getTime() - b.at.getTime())) {
      if (x.at.getTime() < floor) x.at = new Date(floor);
      floor = x.at.getTime();
    }
    for (const [step, { rung, at }] of byStep) {
      if (done.has(stepKey(t.id, w.clock, step, w.round, w.due))) continue;
      if (rung.atFraction !== null && now >= w.due) continue;
      if (at <= now) fire.push({ window: w, rung, at });
      else if (at < next) next = at;
    }
  }
  fire.sort((a, b) => a.rung.level - b.rung.level || a.at.getTime() - b.at.getTime());
  return { fire, next };
}
