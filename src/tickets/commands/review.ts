import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { addDuration, legalPeriodFrom } from '../../clocks/deadlines';
import { formatShanghai } from '../../clocks/time';
import { insertRow, insertRows } from '../../db/rows';
import { Staff } from '../../entities/Staff';
import { Ticket } from '../../entities/Ticket';
import { TicketEvent } from '../../entities/TicketEvent';
import { Unit } from '../../entities/Unit';
import { conflict } from '../../errors';
import { Petitioner } from '../../entities/Petitioner';
import { notifyPetitioner, notifyStaff } from '../../outbox/enqueue';
import { unitChain } from '../../routing/reference';
import { routeTicket } from '../../routing/route';
import { MISCONDUCT, TICKET_STAGE_NAMES, TicketStage } from '../../vocabulary';
import { Actor, actorRef } from '../actor';
import { ensureTicketCounter, nextTicketNumber, seriesOfTicket } from '../numbering';
import { canFollowUp, isConfidential } from '../policies';
import { mayBeToldOf } from '../staff-actor';
import { Change, CommandOpts, defineCommand, EventSpec } from './pipeline';
import { deadlineText } from '../../clocks/time';
import { categoryFor } from './create';

/**
 * A reason that accuses an official (乡长收了钱…) makes the review of an ordinary answer a report:
 * filed as it would be on any intake, else the unit of the place would read the accusation and
 * the name under it in the review and in the petition's history.
 */
const accuses = (t: Pick<Ticket, 'category' | 'accusedUnitId'>, reason: string): boolean =>
  !isConfidential(t) && categoryFor(reason.trim(), null).category === MISCONDUCT;

/**
 * 复查 and 复核 (信访工作条例 Art. 35). A petitioner who does not accept the written answer may,
 * within 30 days of receiving it, ask the level above the unit that answered for a 复查; the
 * reviewing organ answers within 30 days. Within 30 days of the 复查 answer, a 复核 goes one level
 * higher again, also 30 days. After the 复核 answer the matter is final (终结).
 *
 * A review is a ticket of its own (stage 'review' / 'recheck', reviewOfId → the ticket answered),
 * handled by the reviewing unit: its inbox, its clocks (response 1 working day, answer by the
 * 30-day legal period), its escalation ladder, its place in the summaries and rates, all as for
 * any ticket. The petitioner follows each step in both histories.
 */

export const REVIEW_WINDOW_DAYS = 30;
export const REVIEW_ANSWER_DAYS = 30;

/** N days as the law counts periods (start day not counted, 24:00 of the last day, past rest days). */
export const legalDaysAfter = (from: Date, days: number): Date => legalPeriodFrom(from, days);

/** The last instant a 复查/复核 of an answer given at `answeredAt` may be asked for. */
export const reviewWindowEnd = (answeredAt: Date): Date => legalDaysAfter(answeredAt, REVIEW_WINDOW_DAYS);

const NEXT_STAGE: Record<TicketStage, TicketStage | null> = { petition: 'review', review: 'recheck', recheck: null };

/** A 复查 of the unit's answer goes one level up: the discipline line for confidential matters. */
export async function reviewingUnit(m: EntityManager, t: Ticket): Promise<Unit> {
  const lead = await m.findOne(Unit, { where: { id: t.handlingUnitId } });
  if (!lead) throw conflict('原办理单位不存在，请联系信访局', 'no_higher_level');
  let target: Unit | null = null;
  if (isConfidential(t)) {
    // A report on an official is reviewed by the discipline commission one level above the one
    // that answered it, never by a government (the accused's superior) or the accused.
    const code = lead.jurisdictionCode;
    const up = code.length > 9 ? 9 : code.length > 6 ? 6 : code.length > 4 ? 4 : code.length > 2 ? 2 : 0;
    target = up ? await m.findOne(Unit, { where: { kind: 'discipline', jurisdictionCode: code.slice(0, up) } }) : null;
  } else if (lead.parentUnitId !== null) {
    target = await m.findOne(Unit, { where: { id: lead.parentUnitId } });
  }
  if (!target) throw conflict('系统中未登记上一级机关，暂不能办理复查（复核）申请，请联系信访局', 'no_higher_level');
  if (t.accusedUnitId !== null && (await unitChain(m, target.id)).includes(t.accusedUnitId)) {
    throw conflict('上一级机关为被反映单位，请联系信访局另行办理', 'accused_unit');
  }
  return target;
}

/**
 * Who is told of a new review: the reviewing unit's head, else its leader in charge of the
 * category, else its secretary; a government with none of them registered (a city government
 * whose leaders are not in the system) is reached through its petition office (信访工作机构).
 */
async function reviewer(m: EntityManager, unit: Unit, category: string): Promise<Staff | null> {
  const head = async (u: Unit | null) => (u?.headStaffId ? await m.findOne(Staff, { where: { id: u.headStaffId, active: true } }) : null);
  const own = await head(unit);
  if (own) return own;
  const leaders = await m.find(Staff, { where: { unitId: unit.id, active: true, position: In(['county_leader', 'county_secretary']) }, order: { id: 'ASC' } });
  const leader =
    leaders.find((s) => s.position === 'county_leader' && (s.categories ?? []).includes(category)) ?? leaders.find((s) => s.position === 'county_secretary');
  if (leader) return leader;
  return head(await m.findOne(Unit, { where: { kind: 'petition_office', jurisdictionCode: unit.jurisdictionCode } }));
}

/** The first ticket of the matter (the petition) from any of its reviews. */
export async function petitionRoot(m: EntityManager, t: Ticket): Promise<Ticket> {
  let cur = t;
  for (let i = 0; i < 3 && cur.reviewOfId !== null; i++) {
    const up = await m.findOne(Ticket, { where: { id: cur.reviewOfId } });
    if (!up) break;
    cur = up;
  }
  return cur;
}

async function lastAnswer(m: EntityManager, ticketId: number): Promise<string | null> {
  const e = await m.findOne(TicketEvent, { where: { ticketId, type: 'resolved' }, order: { id: 'DESC' } });
  return typeof e?.data?.text === 'string' ? e.data.text : null;
}

const command = defineCommand<{ reason: string }>({
  transition: 'request_review',
  authorize: canFollowUp,
  decide: async ({ m, actor, ticket: t, input, now }): Promise<Change> => {
    const stage = NEXT_STAGE[t.stage];
    if (t.finalAt || !stage) throw conflict('该信访事项已经复核终结，不再受理复查、复核请求', 'final');
    if (!t.resolvedAt) throw conflict('尚未作出书面答复，不能申请复查', 'not_answered');
    const windowEnd = reviewWindowEnd(t.resolvedAt);
    const stageName = TICKET_STAGE_NAMES[stage];
    if (now >= windowEnd)
      throw conflict(`已超过收到答复之日起 ${REVIEW_WINDOW_DAYS} 日的${stageName}申请期限（${deadlineText(windowEnd)}）`, 'review_window_passed');
    if (await m.existsBy(Ticket, { reviewOfId: t.id })) throw conflict(`已经申请过${stageName}，不能重复申请`, 'review_exists');

    const reason = input.reason.trim();
    // An accusation in the reason goes where reports go (the commission above the accused).
    const report = accuses(t, reason)
      ? await routeTicket(m, { category: MISCONDUCT, villageCode: t.villageCode, countyCode: t.countyCode, text: reason })
      : null;
    const unit = report ? report.lead : await reviewingUnit(m, t);
    const category = report ? MISCONDUCT : t.category;
    const accusedUnitId = report ? report.accusedUnitId : t.accusedUnitId;
    const person = await reviewer(m, unit, category);
    const answeredBy = await m.findOne(Unit, { where: { id: t.handlingUnitId } });
    const answer = await lastAnswer(m, t.id);
    const dueAt = legalDaysAfter(now, REVIEW_ANSWER_DAYS);
    const number = await nextTicketNumber(m, t.countyCode, now, seriesOfTicket({ category, accusedUnitId }));
    const review: Partial<Ticket> = {
      number,
      channel: t.channel,
      externalId: null,
      // The petitioner as the petition knows them (a contact typed by staff stays a claim).
      origin: t.origin,
      contactName: t.contactName,
      contactPhone: t.contactPhone,
      petitionerId: t.petitionerId,
      villageCode: t.villageCode,
      countyCode: t.countyCode,
      placeText: t.placeText,
      placeCandidates: null,
      category,
      categoryConfidence: report ? 1 : t.categoryConfidence,
      // Review clocks are the law's, not the service's: an emergency was dealt with long ago.
      urgency: t.urgency === 'complex' ? 'complex' : 'ordinary',
      text: `【${stageName}申请】${reason}\n原工单 ${t.number}（${answeredBy?.name ?? ''}）：${t.text}`.slice(0, 4000),
      status: 'assigned',
      handlingUnitId: unit.id,
      // Only someone of the unit works it; a notice alone goes elsewhere.
      assigneeId: person && person.unitId === unit.id ? person.id : null,
      ownerLeaderId: null,
      accusedUnitId,
      escalationLevel: 0,
      supervised: false,
      assignedAt: now,
      responseDueAt: addDuration(now, { value: 1, unit: 'working_days' }),
      // One answer deadline: the 30 days of Art. 35 (the 15-day acceptance notice has no place in a review).
      resolutionDueAt: dueAt,
      legalNoticeDueAt: dueAt,
      legalResolutionDueAt: null,
      extensionDays: 0,
      acceptedAt: null,
      resolvedAt: null,
      closedAt: null,
      reopenCount: 0,
      contactedInTime: null,
      solved: null,
      satisfied: null,
      ratedAt: null,
      repeatOfId: null,
      repeatCount: 0,
      duplicateOfId: null,
      stage,
      reviewOfId: t.id,
      finalAt: null,
      nextEscalationAt: null,
      createdAt: now,
      updatedAt: now,
      version: 1,
    };
    const dueText = deadlineText(dueAt);
    const receipt = `【村声】您对工单 ${t.number} 答复的${stageName}申请已登记，${stageName}工单号 ${number}，由${unit.name}办理，将于 ${dueText} 前作出${stageName}意见。`;
    const events: EventSpec[] = [
      {
        type: 'review_requested',
        visibility: 'public',
        // The petition's history is read by its own units and, in part, the public: of a review
        // become a report it keeps only that one was asked (no reason, number or commission).
        data: report
          ? { stage, stageName, dueAt: dueAt.toISOString() }
          : { stage, stageName, reason, reviewNumber: number, unitId: unit.id, unitName: unit.name, dueAt: dueAt.toISOString() },
      },
    ];
    // A resolved answer the petitioner formally contests is no longer waiting for a 回访.
    const patch: Partial<Ticket> = t.status === 'resolved' ? { status: 'closed', closedAt: now } : {};
    if (patch.status) events.push({ type: 'closed', visibility: 'public', data: { by: stage } });
    return {
      patch,
      events,
      alsoWrite: async (mm) => {
        const id = await insertRow(mm, Ticket, review);
        const ref = actorRef(actor);
        const ev = (type: string, data: Record<string, unknown>) => ({ ticketId: id, type, visibility: 'public' as const, data, at: now, ...ref });
        await insertRows(mm, TicketEvent, [
          ev('created', { channel: t.channel, category, urgency: review.urgency, stage }),
          ev('review_opened', {
            stage,
            stageName,
            reason,
            reviewOfId: t.id,
            reviewOfNumber: t.number,
            answeredBy: answeredBy?.name ?? null,
            answer,
            dueAt: dueAt.toISOString(),
          }),
          ev('assigned', { unitId: unit.id, unitName: unit.name, coUnits: [], reason: stage, assigneeId: review.assigneeId }),
        ]);
        const saved = { ...review, id } as Ticket;
        // A report's receipt is filed under the report, not under the petition its units read.
        if (report && t.petitionerId !== null) {
          const petitioner = await mm.findOne(Petitioner, { where: { id: t.petitionerId } });
          await notifyPetitioner(mm, saved, petitioner, 'review', receipt, now, `review:${t.id}`);
        }
        if (person && (await mayBeToldOf(mm, person, saved))) {
          await notifyStaff(
            mm,
            person.id,
            'review',
            `【${stageName}】工单 ${number}：信访人对${answeredBy?.name ?? '原办理单位'}的答复（工单 ${t.number}）申请${stageName}，请于 ${dueText} 前作出${stageName}意见。理由：${reason.slice(0, 60)}`,
            id,
            now,
            `review:${id}:${person.id}`,
          );
        }
      },
      notices: report ? [] : [{ to: 'petitioner', kind: 'review', text: receipt, key: `review:${t.id}` }],
    };
  },
});

/**
 * Requests the 复查 of a petition's answer or the 复核 of a 复查 answer (the stage follows from the
 * ticket). The day's number counter is made outside the transaction, as for any new ticket.
 */
export async function requestReview(ds: DataSource, actor: Actor, id: number, input: { reason: string }, opts: CommandOpts = {}): Promise<Ticket> {
  const t = await ds.manager.findOne(Ticket, { where: { id } });
  if (t) await ensureTicketCounter(ds, t.countyCode, opts.now ?? new Date(), accuses(t, input.reason) ? 'misconduct' : seriesOfTicket(t));
  await command(ds, actor, id, input, opts);
  const review = await ds.manager.findOne(Ticket, { where: { reviewOfId: id } });
  // The caller gets the new review ticket: it is theirs to follow.
  return review!;
}

/**
 * What answering a 复核 adds (resolve.ts): the matter becomes final (终结) on every ticket of it, and
 * the petitioner is told so in the history.
 */
export async function finality(
  m: EntityManager,
  t: Ticket,
  now: Date,
): Promise<{ events: EventSpec[]; alsoWrite: (m: EntityManager) => Promise<void> } | null> {
  if (t.stage !== 'recheck') return null;
  const chain: number[] = [];
  for (let cur: Ticket | null = t; cur && chain.length < 3; cur = cur.reviewOfId !== null ? await m.findOne(Ticket, { where: { id: cur.reviewOfId } }) : null)
    chain.push(cur.id);
  const text = `复核意见已作出，该信访事项终结（${formatShanghai(now)}）。信访人以同一事实和理由再次提出的，不再受理。`;
  return {
    events: chain.map((ticketId) => ({ ticketId, type: 'final', visibility: 'public' as const, data: { recheckId: t.id, recheckNumber: t.number, text } })),
    alsoWrite: async (mm) => {
      await mm.update(Ticket, { id: In(chain) }, { finalAt: now });
    },
  };
}
