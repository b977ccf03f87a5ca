import type { EntityManager } from 'typeorm';
import type { Ticket } from '../entities/Ticket';
import { Unit } from '../entities/Unit';
import { deadlineText } from '../clocks/time';
import { Staff } from '../entities/Staff';
import { notifyStaff } from '../outbox/enqueue';
import { mayBeToldOf } from './staff-actor';

/**
 * Danger to life or property: the handling unit and the township head (乡镇长) of the place are
 * told at once, as notices of kind 'emergency' that no quiet hours hold back
 * (IMMEDIATE_MESSAGE_TYPES), and the villager is told to call the emergency numbers.
 */

/** What a villager filing an emergency is told, whatever the channel answers them with. */
export const EMERGENCY_ADVICE = '如有人员生命危险，请立即拨打 110（报警）、119（火警、救援）、120（急救），不要等待回复。';

/**
 * Who must hear of an emergency at once: the assignee, the handling unit's head and the head of
 * the township government where it happens (in that order, each once). A confidential ticket's
 * notices are filtered further by the pipeline (mayBeToldOf).
 */
export async function emergencyRecipients(m: EntityManager, t: Pick<Ticket, 'handlingUnitId' | 'assigneeId' | 'villageCode'>): Promise<number[]> {
  const unit = await m.findOne(Unit, { where: { id: t.handlingUnitId } });
  const township = t.villageCode ? await m.findOne(Unit, { where: { kind: 'township_gov', jurisdictionCode: t.villageCode.slice(0, 9) } }) : null;
  return [...new Set([t.assigneeId, unit?.headStaffId, township?.headStaffId].filter((x): x is number => typeof x === 'number'))];
}

export const emergencyText = (t: Pick<Ticket, 'number' | 'text' | 'resolutionDueAt'>, unitName: string | null) =>
  `【紧急】工单 ${t.number}${unitName ? `（${unitName}办理）` : ''}涉及人身财产安全：${t.text.slice(0, 80)}。请立即组织处置，限 ${deadlineText(t.resolutionDueAt)} 前办结。`;

/** The emergency notices of a new ticket, straight to the outbox (create.ts writes outside the pipeline). */
export async function notifyEmergency(m: EntityManager, t: Ticket, unitName: string | null, now: Date): Promise<void> {
  const text = emergencyText(t, unitName);
  for (const id of await emergencyRecipients(m, t)) {
    const staff = await m.findOne(Staff, { where: { id } });
    if (staff && staff.active && (await mayBeToldOf(m, staff, t))) await notifyStaff(m, id, 'emergency', text, t.id, now, `emergency:${t.id}:0:${id}`);
  }
}
