import type { DataSource, EntityManager } from 'typeorm';
import { inTransaction } from '../../db/tx';
import { insertRows } from '../../db/rows';
import { Petitioner } from '../../entities/Petitioner';
import { Ticket } from '../../entities/Ticket';
import { TicketEvent } from '../../entities/TicketEvent';
import { conflict, forbidden, notFound } from '../../errors';
import { notifyPetitioner, notifyStaff } from '../../outbox/enqueue';
import type { MessageType } from '../../vocabulary';
import { Actor, actorRef } from '../actor';
import { loadScope } from '../load';
import { canRead, TicketScope, transitionError } from '../policies';
import { mayBeToldOf } from '../staff-actor';
import { Staff } from '../../entities/Staff';

/**
 * Every change to a ticket runs the same pipeline, in one transaction:
 *   load → read policy (404) → command policy (403) → version (409) → transition (409)
 *   → decide (the command's own logic; reads only) → save (one UPDATE, optimistic version)
 *   → other rows → events → outbox.
 * Notices are rows in the outbox, delivered after commit; nothing is sent from inside.
 */

export interface CommandOpts {
  /** The version the client last saw; a mismatch is a concurrent update (409). */
  version?: number;
  now?: Date;
}

export interface EventSpec {
  type: string;
  visibility: 'public' | 'internal';
  data: Record<string, unknown> | null;
  /** Another ticket's history (merge writes on both); default: the changed ticket. */
  ticketId?: number;
}

export type Notice =
  | { to: 'staff'; staffId: number | null | undefined; kind: MessageType; text: string; key?: string }
  | { to: 'petitioner'; kind: MessageType; text: string; key?: string };

export interface Change {
  patch: Partial<Ticket>;
  events: EventSpec[];
  notices?: Notice[];
  /** Writes to other rows that belong to this change (co-handlers, the ticket merged into). */
  alsoWrite?: (m: EntityManager, saved: Ticket) => Promise<void>;
}

/** Nothing to do (e.g. taking charge of a ticket one already owns): answered as is, no version bump. */
export const UNCHANGED = Symbol('unchanged');

export interface Decide<I> {
  m: EntityManager;
  actor: Actor;
  ticket: Ticket;
  scope: TicketScope;
  input: I;
  now: Date;
}

export interface CommandDef<I> {
  /** The lifecycle action checked against the status table in policies (omit: any open status). */
  transition?: Parameters<typeof transitionError>[0];
  authorize: (a: Actor, s: TicketScope) => boolean;
  decide: (c: Decide<I>) => Promise<Change | typeof UNCHANGED> | Change | typeof UNCHANGED;
}

export type Command<I> = (ds: DataSource, actor: Actor, id: number, input: I, opts?: CommandOpts) => Promise<Ticket>;

/** Deadlines the escalation sweep plans from: changing one means a new ladder. */
const CLOCK_FIELDS: (keyof Ticket)[] = ['responseDueAt', 'resolutionDueAt', 'legalNoticeDueAt', 'legalResolutionDueAt', 'status'];

/** Each command's own policy and status rule, so the console's action list asks exactly what the command checks. */
const policies = new WeakMap<object, Pick<CommandDef<unknown>, 'authorize' | 'transition'>>();

/**
 * Whether the command's read policy, command policy and status rule let this actor run it on
 * this ticket now. (Its `decide` may still refuse on finer grounds: a window passed, a deadline.)
 */
export function commandAllows(cmd: Command<any>, actor: Actor, ticket: Ticket, scope: TicketScope): boolean {
  const p = policies.get(cmd);
  if (!p || !canRead(actor, scope) || !p.authorize(actor, scope)) return false;
  return !p.transition || transitionError(p.transition, ticket.status) === null;
}

export function defineCommand<I>(def: CommandDef<I>): Command<I> {
  const command: Command<I> = (ds, actor, id, input, opts = {}) =>
    inTransaction(ds, async ({ manager: m }) => {
      const now = opts.now ?? new Date();
      const { ticket, scope } = await loadScope(m, id);
      if (!canRead(actor, scope)) throw notFound('工单');
      if (!def.authorize(actor, scope)) throw forbidden('无权对该工单执行此操作');
      if (opts.version !== undefined && opts.version !== ticket.version) throw conflict('工单已被他人修改，请刷新后重试', 'stale');
      if (def.transition) {
        const err = transitionError(def.transition, ticket.status);
        if (err) throw conflict(err, 'invalid_transition');
      }
      const change = await def.decide({ m, actor, ticket, scope, input, now });
      if (change === UNCHANGED) return ticket;
      return applyChange(m, actor, ticket, change, now);
    });
  policies.set(command, { authorize: def.authorize, transition: def.transition });
  return command;
}

/** Writes a decided change: the one place a ticket row is updated after it was created. */
export async function applyChange(m: EntityManager, actor: Actor, ticket: Ticket, change: Change, now: Date): Promise<Ticket> {
  const clocksChanged = CLOCK_FIELDS.some((f) => f in change.patch && !sameValue(change.patch[f], ticket[f]));
  const set: Partial<Ticket> = { ...change.patch, updatedAt: now, version: ticket.version + 1 };
  if (clocksChanged) set.nextEscalationAt = null;
  const res = await m
    .createQueryBuilder()
    .update(Ticket)
    .set(set as any)
    .where('id = :id AND version = :version', { id: ticket.id, version: ticket.version })
    .execute();
  if (!res.affected) throw conflict('工单已被他人修改，请刷新后重试', 'stale');
  const saved = { ...ticket, ...set } as Ticket;
  if (change.alsoWrite) await change.alsoWrite(m, saved);
  const ref = actorRef(actor);
  await insertRows(
    m,
    TicketEvent,
    change.events.map((e) => ({ ticketId: e.ticketId ?? saved.id, type: e.type, visibility: e.visibility, data: e.data, at: now, ...ref })),
  );
  let petitioner: Petitioner | null | undefined;
  for (const n of change.notices ?? []) {
    if (n.to === 'staff') {
      if (n.staffId && (await mayBeTold(m, n.staffId, saved)))
        await notifyStaff(m, n.staffId, n.kind, n.text, saved.id, now, n.key, { urgent: saved.urgency === 'emergency' });
    } else {
      if (petitioner === undefined) petitioner = saved.petitionerId ? await m.findOne(Petitioner, { where: { id: saved.petitionerId } }) : null;
      await notifyPetitioner(m, saved, petitioner, n.kind, n.text, now, n.key);
    }
  }
  return saved;
}

/** A notice about a confidential ticket goes only to someone who may read it (nobody, if the office asked to rule is the accused). */
async function mayBeTold(m: EntityManager, staffId: number, t: Ticket): Promise<boolean> {
  const staff = await m.findOne(Staff, { where: { id: staffId } });
  return !!staff && mayBeToldOf(m, staff, t);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return a === b;
}
