import type { Ticket } from '../entities/Ticket';
import type { Unit } from '../entities/Unit';
import { isOpenStatus } from '../vocabulary';
import type { Actor } from './actor';
import type { TicketScope } from './policies';
import { commandAllows, type Command } from './commands/pipeline';
import { acceptTicket } from './commands/accept';
import { addNote } from './commands/note';
import { transferTicket } from './commands/transfer';
import { objectTicket } from './commands/object';
import { decideObjection } from './commands/decide-objection';
import { resolveTicket } from './commands/resolve';
import { reopenTicket } from './commands/reopen';
import { rateTicket } from './commands/rate';
import { closeTicket } from './commands/close';
import { mergeTicket } from './commands/merge';
import { splitTicket } from './commands/split';
import { recategoriseTicket } from './commands/recategorise';
import { declineTicket } from './commands/decline';
import { changeUrgency } from './commands/change-urgency';
import { correctPlace } from './commands/correct-place';
import { requestReview } from './commands/review';
import { takeCharge } from './commands/take-charge';
import { superviseTicket } from './commands/supervise';
import { approveExtension } from './commands/extend';

type Kind = Actor['kind'];
const STAFF: Kind[] = ['admin', 'sysadmin', 'cadre', 'leader'];
const ADMIN: Kind[] = ['admin', 'sysadmin'];
const LEADERS: Kind[] = ['admin', 'sysadmin', 'leader'];

interface ActionDef {
  action: string;
  name: string;
  command: Command<any>;
  /** Who the HTTP route takes (its `roles`). */
  roles: Kind[];
  /** What the command's own decide step checks beyond its policy, where the ticket shows it. */
  also?: (t: Ticket, a: Actor, c: { handlingUnit: Unit | null }) => boolean;
}

const me = (a: Actor) => ('staff' in a ? (a.staff?.id ?? null) : null);

/** The work routes of `POST /api/v1/tickets/:id/<action>`, in the order the console shows them. */
const ACTIONS: ActionDef[] = [
  { action: 'accept', name: '受理', command: acceptTicket, roles: STAFF },
  { action: 'notes', name: '办理记录', command: addNote, roles: STAFF },
  { action: 'resolve', name: '办结', command: resolveTicket, roles: STAFF },
  { action: 'transfer', name: '转办', command: transferTicket, roles: STAFF },
  { action: 'object', name: '提出异议', command: objectTicket, roles: STAFF },
  { action: 'decline', name: '不予受理', command: declineTicket, roles: STAFF },
  { action: 'urgency', name: '调整紧急程度', command: changeUrgency, roles: STAFF },
  { action: 'recategorise', name: '更正类别', command: recategoriseTicket, roles: STAFF },
  { action: 'place', name: '更正地点', command: correctPlace, roles: STAFF },
  { action: 'merge', name: '合并重复', command: mergeTicket, roles: STAFF, also: (t) => t.duplicateOfId === null },
  { action: 'split', name: '拆分', command: splitTicket, roles: STAFF, also: (t) => t.duplicateOfId !== null },
  { action: 'objection', name: '裁定异议', command: decideObjection, roles: LEADERS },
  { action: 'take-charge', name: '包案', command: takeCharge, roles: LEADERS, also: (t, a) => isOpenStatus(t.status) && t.ownerLeaderId !== me(a) },
  { action: 'supervise', name: '挂牌督办', command: superviseTicket, roles: LEADERS, also: (t) => isOpenStatus(t.status) },
  {
    action: 'extension',
    name: '批准延期',
    command: approveExtension,
    roles: LEADERS,
    also: (t, a, c) =>
      isOpenStatus(t.status) &&
      t.stage === 'petition' &&
      t.extensionDays === 0 &&
      !!t.legalResolutionDueAt &&
      t.legalResolutionDueAt > new Date() &&
      c.handlingUnit?.headStaffId === me(a),
  },
  { action: 'rate', name: '回访', command: rateTicket, roles: ADMIN },
  { action: 'reopen', name: '重新办理', command: reopenTicket, roles: ADMIN },
  { action: 'close', name: '销号', command: closeTicket, roles: ADMIN },
  { action: 'review', name: '申请复查（复核）', command: requestReview, roles: ADMIN, also: (t) => !!t.resolvedAt && !t.finalAt },
];

/**
 * The actions this viewer may take on this ticket now, from the same policies and status rules
 * the commands check (commandAllows) and the route's roles. A command may still refuse on what
 * only it computes (an objection window, a deadline passing meanwhile): the console shows its error.
 */
export function allowedActions(a: Actor, t: Ticket, scope: TicketScope, c: { handlingUnit: Unit | null }) {
  return ACTIONS.filter((d) => d.roles.includes(a.kind) && commandAllows(d.command, a, t, scope) && (!d.also || d.also(t, a, c))).map((d) => ({
    action: d.action,
    name: d.name,
    method: 'POST' as const,
    path: `/api/v1/tickets/${t.id}/${d.action}`,
  }));
}
