import type { Actor } from './actor';
import type { Contact } from './commands/create';

/**
 * Rate limits on new tickets, as an explicit argument: the HTTP app makes one limiter
 * (src/http/ratelimit.ts) and every intake passes it to createTicket, which asks it after its
 * idempotency check, so a replay of a known externalId never counts and is never refused.
 * Callers that pass none (jobs, CLI, the sweeps) are not limited.
 */
export interface Limiter {
  /**
   * Counts one new ticket against its sender(s) and its relay, or throws 429 (TooManyRequests,
   * Chinese message, Retry-After) taking nothing; returns the undo for a submission that fails.
   */
  claim(actor: Actor, input: AdmissionInput): (() => void) | Promise<() => void>;
}

/** What the limiter looks at in a createTicket input. */
export interface AdmissionInput {
  contact?: Contact | null;
  petitionerId?: number | null;
  channel: string;
}

/** The buckets one submission counts against: its sender's identities and its relay. */
export interface Claim {
  senders: string[];
  relay: string | null;
}

/**
 * "13900001111", "+86 139-0000-1111", "008613900001111", "013900001111", "１３９ ０００ １１１１", "139.0000.1111":
 * one sender. NFKC folds fullwidth digits and signs; everything but the digits goes (separators,
 * zero-width and bidi characters); a mainland country code before a mobile number goes too.
 */
export function phoneKey(raw: string): string {
  const d = raw.normalize('NFKC').replace(/[^0-9]/g, '');
  // Switches dial a mobile outside its home area with a trunk 0 ("013900001111"): still one sender.
  if (/^(86|0086|0)1[3-9]\d{9}$/.test(d)) return d.slice(d.length - 11);
  return d || raw.normalize('NFKC').trim().toLowerCase();
}

/**
 * The buckets for one submission, by who is asking:
 * - senders: the phone, WeChat id and openid the input names, and the petitioner (a villager's
 *   own token, the mini-program). Identities the relay established (the caller number of a signed
 *   webhook, the WeChat id the bot saw, a villager's own sign-in) count in one bucket per person
 *   whatever brings them. A contact *typed* by someone else (a channel or Open311 key, staff
 *   entering a call) counts only within that key's or that staff member's buckets: otherwise an
 *   accused cadre typing a whistleblower's number ten times a minute would shut that villager's
 *   own SMS and chat out.
 * - relay: a channel or bot token as a whole (rotating phones does not get around it), and for
 *   the system actor the intake channel (hotline, SMS webhooks); people signed in as themselves
 *   (villagers, staff entering a call) have no relay budget.
 * Null when there is nothing to count against.
 */
export function claimFor(actor: Actor, input: AdmissionInput): Claim | null {
  const typedBy =
    actor.kind === 'channel'
      ? `token:${actor.tokenId}|`
      : actor.kind === 'system' || actor.kind === 'bot' || actor.kind === 'villager'
        ? ''
        : `staff:${actor.staff?.id ?? `t${actor.tokenId}`}|`;
  const senders: string[] = [];
  const c = input.contact;
  if (c?.phone?.trim()) senders.push(`${typedBy}phone:${phoneKey(c.phone)}`);
  if (c?.wechatId?.trim()) senders.push(`${typedBy}wechat:${c.wechatId.trim()}`);
  if (c?.openid?.trim()) senders.push(`${typedBy}openid:${c.openid.trim()}`);
  const pid = input.petitionerId ?? (actor.kind === 'villager' ? actor.petitionerId : null);
  if (pid) senders.push(`${actor.kind === 'villager' ? '' : typedBy}petitioner:${pid}`);
  const relay = actor.kind === 'channel' || actor.kind === 'bot' ? `token:${actor.tokenId}` : actor.kind === 'system' ? `intake:${input.channel}` : null;
  return senders.length || relay ? { senders: [...new Set(senders)], relay } : null;
}
