import { canNote } from '../policies';
import { defineCommand } from './pipeline';

/** A progress note (internal), or with `public` an answer the petitioner sees and is told of. */
export const addNote = defineCommand<{ text: string; public?: boolean }>({
  transition: 'note',
  authorize: canNote,
  decide: ({ ticket: t, input }) => ({
    patch: {},
    events: [{ type: input.public ? 'reply' : 'note', visibility: input.public ? 'public' : 'internal', data: { text: input.text } }],
    notices: input.public ? [{ to: 'petitioner', kind: 'ticket_reply', text: `【村声】工单 ${t.number} 有新的答复：${input.text.slice(0, 80)}` }] : [],
  }),
});
