import { canHandle } from '../policies';
import { attachOwned } from './attachments';
import { defineCommand } from './pipeline';
import { finality } from './review';
import { resolveDuplicatesOf } from '../duplicates';
import { actorRef } from '../actor';

/** 办结: the answer, with photos the resolver uploaded; the petitioner is asked the three 回访 questions. */
export const resolveTicket = defineCommand<{ text: string; attachmentIds?: number[] }>({
  transition: 'resolve',
  authorize: canHandle,
  decide: async ({ m: mm, actor, ticket: t, input, now }) => {
    // Answering a 复核 makes the matter final (终结) on every ticket of it.
    const final = await finality(mm, t, now);
    return {
      patch: { status: 'resolved', resolvedAt: now, ...(final ? { finalAt: now } : {}) },
      alsoWrite: async (m) => {
        if (input.attachmentIds?.length) await attachOwned(m, actor, t.id, input.attachmentIds);
        if (final) await final.alsoWrite(m);
        // Other villagers' tickets merged into this one are answered with it.
        await resolveDuplicatesOf(m, t, input.text, actorRef(actor), now);
      },
      events: [{ type: 'resolved', visibility: 'public', data: { text: input.text, attachmentIds: input.attachmentIds ?? [] } }, ...(final?.events ?? [])],
      notices: [
        {
          to: 'petitioner',
          kind: 'followup',
          text: `【村声】工单 ${t.number} 已办结：${input.text.slice(0, 60)}。请回复：1.是否及时联系您（是/否）2.问题是否解决（已解决/未解决）3.是否满意（满意/不满意）`,
          key: `followup:${t.id}:${t.reopenCount}`,
        },
      ],
    };
  },
});
