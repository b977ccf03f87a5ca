import type { DataSource } from 'typeorm';
import type { Actor } from './actor';
import type { Contact } from './service';

/**
 * Who a new ticket counts against before it is opened: the sender's identities (phone, WeChat
 * id, openid, petitioner) and the channel token that relays it. The HTTP app installs a limiter
 * for its DataSource (src/http/ratelimit.ts); without one nothing is limited (CLI, jobs).
 * Only callers holding an API token are limited (channels, villagers, staff entering a call):
 * the system actor (internal callers, signed vendor webhooks, the service-level tests) is not.
 * createTicket asks only after its idempotency check, so a replay of a known externalId never
 * counts and is never refused.
 */
export interface Claim {
  senders: string[];
  channel: string | null;
}

export interface Admission {
  /** Takes one submission from every bucket of the claim or throws (429); returns the undo. */
  claim(c: Claim): () => void;
}

const gates = new WeakMap<DataSource, Admission>();

export function setAdmission(ds: DataSource, a: Admission | null): void {
  if (a) gates.set(ds, a);
  else gates.delete(ds);
}

// Phone numbers arrive as 13800000000, +86 138-0000-0000, 8613800000000: one sender.
const phoneKey = (p: string) => {
  const d = p.replace(/\D/g, '');
  return d.length === 13 && d.startsWith('86') ? d.slice(2) : d;
};

export function claimFor(actor: Actor, input: { contact?: Contact | null; petitionerId?: number | null; channel: string }): Claim | null {
  if (actor.kind === 'system') return null;
  const senders: string[] = [];
  const c = input.contact;
  if (c?.phone) senders.push(`phone:${phoneKey(c.phone)}`);
  if (c?.wechatId) senders.push(`wechat:${c.wechatId}`);
  if (c?.openid) senders.push(`openid:${c.openid}`);
  const pid = input.petitionerId ?? (actor.kind === 'villager' ? actor.petitionerId : null);
  if (pid) senders.push(`petitioner:${pid}`);
  // Relays are limited as a whole; people signed in as themselves (villagers, staff) are not.
  const channel = actor.kind === 'channel' ? `token:${actor.tokenId}` : null;
  return senders.length || channel ? { senders, channel } : null;
}

const NOTHING = () => undefined;

/** Called by createTicket just before it opens a new ticket. */
export function admit(ds: DataSource, actor: Actor, input: Parameters<typeof claimFor>[1]): () => void {
  const gate = gates.get(ds);
  const claim = gate ? claimFor(actor, input) : null;
  return gate && claim ? gate.claim(claim) : NOTHING;
}
