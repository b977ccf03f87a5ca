/**
 * The tickets module's public face: the only way to create, read or change a ticket. Channel
 * adapters (chat, mini-program, Open311, hotline/SMS) and HTTP handlers call these and nothing
 * below them. Every change is a command (src/tickets/commands/) run through one pipeline; every
 * ticket leaves through a presenter (src/tickets/presenters/).
 */
export type { Actor } from './actor';
export { SYSTEM, isStaff, hasUnit } from './actor';
export type { Limiter } from './admission';
export { canRead, isConfidential, statusName } from './policies';
export { createTicket, originOf, duplicateText, accusesOfficial } from './commands/create';
export type { Contact, CreateTicketInput, CreateOpts, CreateResult } from './commands/create';
export { acceptTicket } from './commands/accept';
export { addNote } from './commands/note';
export { transferTicket } from './commands/transfer';
export { objectTicket, OBJECTION_WINDOW_WORKING_DAYS } from './commands/object';
export { decideObjection } from './commands/decide-objection';
export { resolveTicket } from './commands/resolve';
export { reopenTicket } from './commands/reopen';
export { rateTicket } from './commands/rate';
export type { Rating } from './commands/rate';
export { closeTicket } from './commands/close';
export { mergeTicket } from './commands/merge';
export { splitTicket } from './commands/split';
export { recategoriseTicket, canRecategorise } from './commands/recategorise';
export { takeCharge } from './commands/take-charge';
export { superviseTicket, MAX_SUPERVISION_DAYS } from './commands/supervise';
export { approveExtension } from './commands/extend';
export { recomputeClocks, recomputeOpenTickets } from './commands/recompute-clocks';
export type { RecomputeReport } from './commands/recompute-clocks';
export { declineTicket } from './commands/decline';
export { requestReview, REVIEW_WINDOW_DAYS, REVIEW_ANSWER_DAYS } from './commands/review';
export { readReviewRequest, reviewTarget } from './review-request';
export type { ReviewRequestWords } from './review-request';
export { changeUrgency } from './commands/change-urgency';
export { correctPlace } from './commands/correct-place';
export { handOverOpenTickets } from './commands/hand-over';
export type { HandOverResult } from './commands/hand-over';
export { EMERGENCY_ADVICE } from './emergency';
export type { Command, CommandOpts } from './commands/pipeline';
export { loadReadable, loadScope } from './load';
export { listTickets, onlyReadable, scopeQuery, withoutConfidential } from './queries';
export { villagePaths } from '../routing/reference';
export { duplicateSuggestions } from './duplicates';
export { leaderInbox } from './inbox';
export type { InboxQuery } from './inbox';
export { presentTicket, presentReceipt, presentEvent, presentHistory, presentMany, presentFor } from './presenters';
