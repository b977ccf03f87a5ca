import { EntityManager, In } from 'typeorm';
import { Staff } from '../../entities/Staff';
import { Ticket } from '../../entities/Ticket';
import { Unit } from '../../entities/Unit';
import { OPEN_STATUSES } from '../../vocabulary';
import type { Actor } from '../actor';
import { loadScope } from '../load';
import { canRead, isConfidential } from '../policies';
import { staffActor } from '../staff-actor';
import { applyChange } from './pipeline';

export interface HandOverResult {
  ticketId: number;
  /** The member of staff who now has it, or null: back in the handling unit's queue. */
  toStaffId: number | null;
  /** Whether `actor` (the one who ran the import) may read this ticket, i.e. may be told of it. */
  visibleToActor: boolean;
}

export interface HandOverOptions {
  /** 离岗 (deactivated) or 调岗 (moved to another unit, role or area; still active). */
  reason?: 'staff_left' | 'staff_moved';
  /**
   * For a member of staff who moved: their new placement. A ticket their new unit also works,
   * or a 包案 their new post may still oversee, stays with them; the rest is handed over.
   */
  movedTo?: Staff;
}

/**
 * 人员离岗 or 调岗: the open tickets a member of staff who left (or moved) was working (as assignee or as the
 * leader who took charge, 包案) go to the head of their unit, else the head of the ticket's
 * handling unit, each with an internal history entry. The handling unit never changes, so a
 * misconduct report stays with its discipline unit, and nobody gets a ticket they may not read:
 * a head on the accused side is skipped and the ticket waits unassigned in its unit's queue.
 * Runs inside the caller's transaction (the organisation import deactivates and hands over in
 * one). Events are the system's: the change is the organisation's, not a reading by the importer.
 */
export async function handOverOpenTickets(
  m: EntityManager,
  leaver: Pick<Staff, 'id' | 'name' | 'unitId'>,
  importer: Actor,
  now: Date,
  opts: HandOverOptions = {},
): Promise<HandOverResult[]> {
  const reason = opts.reason ?? 'staff_left';
  const stays = opts.movedTo ? await staffActor(m, opts.movedTo) : null;
  const tickets = await m.find(Ticket, {
    select: { id: true },
    where: [
      { assigneeId: leaver.id, status: In(OPEN_STATUSES) },
      { ownerLeaderId: leaver.id, status: In(OPEN_STATUSES) },
    ],
    order: { id: 'ASC' },
  });
  const out: HandOverResult[] = [];
  for (const { id } of tickets) {
    const { ticket, scope } = await loadScope(m, id);
    // Moved, not gone: a ticket the new unit also works stays theirs to work, and a 包案 the new
    // post still oversees stays theirs to oversee. Reading a ticket in a leader's area is not working it.
    const keepsWork = !!stays && canRead(stays, scope) && stays.staff.unitId !== null && scope.units.includes(stays.staff.unitId);
    const keepsCharge = !!stays && stays.kind === 'leader' && canRead(stays, scope);
    const handsWork = ticket.assigneeId === leaver.id && !keepsWork;
    const handsCharge = ticket.ownerLeaderId === leaver.id && !keepsCharge;
    if (!handsWork && !handsCharge) continue;
    const target = await successor(m, leaver, ticket, scope.units);
    const patch: Partial<Ticket> = {};
    if (handsWork) patch.assigneeId = target?.id ?? null;
    // 包案 is a leader's: a cadre head cannot hold it, so it lapses back to the unit.
    if (handsCharge) patch.ownerLeaderId = target && target.role !== 'cadre' ? target.id : null;
    const text = ticket.text.length > 60 ? `${ticket.text.slice(0, 60)}…` : ticket.text;
    await applyChange(
      m,
      { kind: 'system' },
      ticket,
      {
        patch,
        events: [
          {
            type: 'handed_over',
            visibility: 'internal',
            data: {
              reason,
              fromStaffId: leaver.id,
              fromStaffName: leaver.name,
              toStaffId: target?.id ?? null,
              toStaffName: target?.name ?? null,
            },
          },
        ],
        notices: target
          ? [
              {
                to: 'staff',
                staffId: target.id,
                kind: 'ticket_assigned',
                text: `工单 ${ticket.number} 原承办人${leaver.name}已${reason === 'staff_moved' ? '调离' : '离岗'}，现转由您负责：${text}`,
                key: `handover:${ticket.id}:${leaver.id}`,
              },
            ]
          : [],
      },
      now,
    );
    out.push({ ticketId: ticket.id, toStaffId: target?.id ?? null, visibleToActor: canRead(importer, scope) });
  }
  return out;
}

/** The head of the leaver's unit, else of the handling unit: active, not the leaver, and allowed to read the ticket. */
async function successor(m: EntityManager, leaver: Pick<Staff, 'id' | 'unitId'>, t: Ticket, units: number[]): Promise<Staff | null> {
  const unitIds = [...new Set([leaver.unitId, t.handlingUnitId].filter((u): u is number => u != null))];
  for (const unitId of unitIds) {
    const unit = await m.findOne(Unit, { where: { id: unitId } });
    if (!unit?.headStaffId || unit.headStaffId === leaver.id) continue;
    const head = await m.findOne(Staff, { where: { id: unit.headStaffId, active: true } });
    if (!head) continue;
    const actor = await staffActor(m, head);
    if (!actor) continue;
    // Confidential tickets only to someone in the handling unit itself (the discipline unit).
    if (isConfidential(t) && head.unitId !== t.handlingUnitId) continue;
    if (canRead(actor, { ticket: t, units })) return head;
  }
  return null;
}
