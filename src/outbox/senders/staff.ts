import { EntityManager, In } from 'typeorm';
import { ChatTarget } from '../../entities/ChatTarget';
import type { OutboxMessage } from '../../entities/OutboxMessage';
import { Petitioner } from '../../entities/Petitioner';
import { Staff } from '../../entities/Staff';
import { Ticket } from '../../entities/Ticket';
import { Unit } from '../../entities/Unit';
import { Deferred, type Sender, type SendContext } from '../dispatcher';
import { SendError } from '../http';
import { hold, reroute } from '../store';
import { isUrgentNotice, quietHoursOn } from '../enqueue';
import { NO_CHANNEL_ERROR } from '../held';
import { nextNoticeTime } from '../../clocks/notice';
import { KnownPerson, redact } from '../../privacy/redact';
import { mayBeToldOf } from '../../tickets/staff-actor';
import { isConfidential } from '../../tickets/policies';

/** Why a staff notice is dropped at delivery: its ticket became one this member may not know of. */
export const NOT_TOLD_ERROR = '工单现为保密件（涉及干部作风），该工作人员无权获知，不再发送';

/**
 * Whether a staff notice queued earlier may still go out: a ticket made a report after the notice
 * was queued (更正类别, a new accused unit) is not the old unit's to hear of, whatever the notice
 * said when it was written. Rows without a ticket or a member of staff are not this rule's.
 */
export async function stillTellable(
  m: EntityManager,
  msg: Pick<OutboxMessage, 'ticketId' | 'payload' | 'channel' | 'target'>,
  staff?: Staff | null,
): Promise<boolean> {
  // A digest (held.ts) quotes several tickets: each must still be the member's to hear of.
  const listed = msg.ticketId === null && Array.isArray(msg.payload?.ticketIds) ? msg.payload.ticketIds.filter((x): x is number => typeof x === 'number') : [];
  if (msg.ticketId === null && !listed.length) return true;
  // Whom it is for: given, or recorded when a 'staff' row was routed to a channel, or a 'staff' row's own target.
  const staffId =
    staff?.id ??
    (typeof msg.payload?.staffId === 'number' ? msg.payload.staffId : msg.channel === 'staff' && /^\d{1,10}$/.test(msg.target) ? Number(msg.target) : null);
  if (staffId === null) return true;
  const who = staff ?? (await m.findOne(Staff, { where: { id: staffId } }));
  if (listed.length) {
    if (!who) return false;
    if (msg.channel === 'wechat_room' || msg.channel === 'wecom') return msg.payload?.masked === true;
    for (const t of await m.find(Ticket, { where: { id: In(listed) } })) if (!(await mayBeToldOf(m, who, t))) return false;
    return true;
  }
  const ticket = await m.findOne(Ticket, { where: { id: msg.ticketId! } });
  if (!who || !ticket) return true;
  // In a work group the text was written for the group when the notice was routed: unmasked if
  // the ticket was ordinary then, and the group is not the member alone.
  if ((msg.channel === 'wechat_room' || msg.channel === 'wecom') && isConfidential(ticket) && msg.payload?.masked !== true) return false;
  return mayBeToldOf(m, who, ticket);
}

/** The area codes from a code up to its province: 430502202205 → 430502202205, 430502202, 430502, 4305, 43. */
export function jurisdictionChain(code: string): string[] {
  return [12, 9, 6, 4, 2]
    .filter((n) => n <= code.length)
    .map((n) => code.slice(0, n))
    .filter((c, i, a) => a.indexOf(c) === i);
}

/**
 * Misconduct cases are confidential (信访工作条例 Art. 46): a work group sees only the number.
 * Other notices quote the complaint, where villagers often write their own name and number:
 * the petitioner's name, phone and WeChat id (and anything phone-like) are masked for the group.
 */
function groupText(staff: Staff, text: string, ticket: Ticket | null, petitioner: KnownPerson | null, digest: boolean): string {
  // A digest quotes the member's notices of several tickets: in a group, only that it exists.
  if (digest) return `@${staff.name} 您有绑定微信前未送达的工作通知汇总，请登录村声查看。`;
  // A confidential ticket in a group shows neither its number (a J number tells the group that a
  // report against an official came in, and when) nor that it is confidential: only a notice to read.
  const confidential = ticket && isConfidential(ticket);
  const body = confidential ? '您有一条新的工作通知，请登录村声查看。' : redact(text, petitioner);
  return `@${staff.name} ${body}`;
}

/**
 * 'staff' notices (target = staff id) are routed to a real channel and the row rewritten in place
 * (same id, same dedupe key): the member's bound WeChat (delivered by the bot), else a WeCom robot
 * in a work group of their area, else a WeChat work group the bot is in, else held until they bind
 * (then sent as one digest). Outside 08:00–20:00 and on rest days only urgent notices go.
 */
export function staffSender(): Sender {
  return {
    channel: 'staff',
    async send(msg: OutboxMessage, ctx: SendContext) {
      const m = ctx.ds.manager;
      const staff = /^\d{1,10}$/.test(msg.target) ? await m.findOne(Staff, { where: { id: Number(msg.target) } }) : null;
      if (!staff || !staff.active) throw new SendError(`no channel: 工作人员 ${msg.target} 不存在或已停用`, true);
      const text = String(msg.payload?.text ?? '').trim();
      if (!text) throw new SendError('消息内容为空', true);
      if (!(await stillTellable(m, msg, staff))) throw new SendError(NOT_TOLD_ERROR, true);
      // Quiet hours hold for every staff notice, however it was enqueued (the escalation sweep
      // writes its rows directly): not an attempt, it goes back until the working morning.
      if (quietHoursOn()) {
        const slot = nextNoticeTime(ctx.now);
        if (slot > ctx.now && !(await isUrgentNotice(m, msg))) throw new Deferred(slot, 'quiet_hours');
      }
      const payload = { ...msg.payload, staffId: staff.id };

      if (staff.wechatId) {
        const i = staff.wechatId.indexOf(':');
        await reroute(
          ctx.ds,
          msg.id,
          ctx.worker,
          { channel: 'wechat_contact', target: staff.wechatId, account: i > 0 ? staff.wechatId.slice(0, i) : null, payload },
          ctx.now,
        );
        return 'handled';
      }

      const unit = staff.unitId ? await m.findOne(Unit, { where: { id: staff.unitId } }) : null;
      const code = staff.jurisdictionCode ?? unit?.jurisdictionCode ?? null;
      if (code) {
        const chain = jurisdictionChain(code);
        const groups = (await m.find(ChatTarget, { where: { purpose: 'work_group', active: true, jurisdictionCode: In(chain) } })).sort(
          (a, b) => b.jurisdictionCode.length - a.jurisdictionCode.length || a.id - b.id,
        );
        const robot = groups.find((g) => g.kind === 'wecom_webhook' && g.webhookUrl);
        const room = groups.find((g) => g.kind === 'wechat_room');
        const ticket = msg.ticketId ? await m.findOne(Ticket, { where: { id: msg.ticketId } }) : null;
        const digest = msg.kind === 'notice_digest';
        // Read only to mask them in the group text; never sent.
        const petitioner = ticket?.petitionerId
          ? await m.findOne(Petitioner, { select: { id: true, name: true, phone: true, wechatId: true }, where: { id: ticket.petitionerId } })
          : null;
        if (robot) {
          await reroute(
            ctx.ds,
            msg.id,
            ctx.worker,
            {
              channel: 'wecom',
              target: String(robot.id),
              payload: {
                ...payload,
                text: groupText(staff, text, ticket, petitioner, digest),
                masked: digest || (!!ticket && isConfidential(ticket)),
                ...(staff.phone ? { mentionedMobiles: [staff.phone] } : {}),
              },
            },
            ctx.now,
          );
          return 'handled';
        }
        if (room) {
          await reroute(
            ctx.ds,
            msg.id,
            ctx.worker,
            {
              channel: 'wechat_room',
              target: String(room.id),
              account: room.botAccount,
              payload: { ...payload, text: groupText(staff, text, ticket, petitioner, digest), masked: digest || (!!ticket && isConfidential(ticket)) },
            },
            ctx.now,
          );
          return 'handled';
        }
      }
      // Not dead: held until the member binds WeChat, then delivered as one digest (held.ts).
      await hold(ctx.ds, msg.id, ctx.worker, NO_CHANNEL_ERROR, ctx.now);
      return 'handled';
    },
  };
}
