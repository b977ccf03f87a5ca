// One place for presenting a ticket to a viewer: the fields that leave, petitioner visibility,
// redaction for those who may not see the petitioner, and the public-events rule.
export { presentTicket, presentReceipt, petitionerOf } from './ticket';
export type { PresentOpts } from './ticket';
export { presentEvent } from './event';
export { presentHistory } from './history';
export { presentMany, rememberFresh } from './many';
export { presentFor } from './view';
