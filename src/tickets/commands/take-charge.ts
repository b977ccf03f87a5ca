import { conflict } from '../../errors';
import { isOpenStatus } from '../../vocabulary';
import { canLead } from '../policies';
import { leaderStaff, toUnit, who } from './leaders';
import { defineCommand, UNCHANGED } from './pipeline';

/** 包案: a leader who may read the ticket takes personal charge of it. */
export const takeCharge = defineCommand<{ note?: string }>({
  authorize: canLead,
  decide: async ({ m, actor, ticket: t, input }) => {
    const me = leaderStaff(actor);
    if (!isOpenStatus(t.status)) throw conflict('工单已办结或销号，不能执行此操作', 'invalid_transition');
    if (t.ownerLeaderId === me.id) return UNCHANGED;
    if (t.ownerLeaderId !== null && actor.kind !== 'admin' && actor.kind !== 'sysadmin') throw conflict('该工单已由其他领导包案', 'already_owned');
    const text = `【领导包案】工单 ${t.number} 已由${who(me)}包案，请及时向其汇报办理进展。${input.note ? `批示：${input.note.slice(0, 80)}` : ''}`;
    return {
      patch: { ownerLeaderId: me.id },
      events: [
        {
          type: 'leader_took_charge',
          visibility: 'internal',
          data: { leaderId: me.id, leaderName: me.name, title: me.title, previousLeaderId: t.ownerLeaderId, note: input.note ?? null },
        },
      ],
      notices: await toUnit(m, t, 'leader_took_charge', text, (to) => `owner:${t.id}:${me.id}:${to}`),
    };
  },
});
