/**
 * The core side of the chat bot: one inbound message in, the reply actions out. The bot only
 * relays; every decision is made here (and is therefore the same over HTTP and in-process).
 *
 * Order of work for each message: read the context (binding, sender, open question), decide
 * whether it does anything at all (plain chatter does not, and leaves no trace), claim the
 * message id (a replay stops here with the stored replies), act, store the replies.
 */
import { DataSource, In, MoreThan } from 'typeorm';
import { AppError } from '../../errors';
import { log } from '../../log';
import { classify, readsAsComplaint, understand } from '../../classify';
import type { CategoryCode } from '../../classify';
import { ChatTarget } from '../../entities/ChatTarget';
import { ChatConversation } from '../../entities/ChatConversation';
import { Staff } from '../../entities/Staff';
import { Ticket } from '../../entities/Ticket';
import { placeIndex } from '../../gazetteer/store';
import type { PlaceIndex } from '../../gazetteer/resolver';
import type { Actor } from '../../tickets';
import type { Limiter } from '../../tickets';
import { accusesOfficial, acceptTicket, addNote, createTicket, objectTicket, rateTicket, resolveTicket, transferTicket } from '../../tickets';
import {
  addressed,
  asksAfterEarlier,
  Command,
  complaintText,
  FollowUpAnswers,
  isSkip,
  normalize,
  parseChoice,
  parseCommand,
  parseFollowUp,
  refText,
  smallTalk,
  TicketRef,
} from './parse';
import { BindTriesExceeded, bindRoom, findUnits, lookupArea, presentRoom, redeemBindCode, revokeBindCode, targetForRoom, unbindRoom } from './binding';
import { petitionerByWechat, staffActor, staffArea, staffByWechat, villagerActor, wechatKey } from './identity';
import { findTicket, lastStep, latestTicketsText, ownQuotedTicket, todoFor, unitName, villageLabel } from './lookup';
import { quotesReportNumber } from '../../tickets/numbering';
import { SAME_SENDER_WINDOW_MINUTES, sameSenderRecent } from '../../tickets/duplicates';
import { isConfidential, readReviewRequest, requestReview, reviewTarget, superviseTicket, takeCharge } from '../../tickets';
import type { ReviewRequestWords } from '../../tickets';
import { ChatSettings, loadChatSettings } from './settings';
import { claimInbound, DM, endConversation, finishInbound, getConversation, putConversation, releaseInbound, roomKey, countChatter } from './store';
import { atName, CATEGORY_CHOICES, emergencyCall, T } from './texts';
import type { InboundMessageDto, InboundResult, Reply } from './wire';

const MAX_CANDIDATES = 5;
const MAX_ASKS = 2;
const RECENT_TICKET_MS = 30 * 60_000;
/** The same complaint text from the same person within this long is one ticket (a resend, a redelivery). */
/** Villages listed in a township group's place question when the words match none. */
const MAX_LISTED = 12;

interface Outcome {
  replies: Reply[];
  ticketId?: number | null;
  ticketNumber?: string | null;
  attachTo?: { ticketId?: number; conversationId?: number } | null;
  wantImage?: boolean;
}

type Act = () => Promise<Outcome>;

interface Ctx {
  ds: DataSource;
  actor: Actor;
  /** The intake rate limiter for complaints filed from chat (null or absent: not limited). */
  limiter?: Limiter | null;
  settings: ChatSettings;
  now: Date;
  dto: InboundMessageDto;
  acct: string;
  contactId: string;
  text: string;
  type: InboundMessageDto['type'];
  inRoom: boolean;
  target: ChatTarget | null;
  chatKey: string;
  staff: Staff | null;
  conv: ChatConversation | null;
}

/** Handles one inbound chat message. `actor` is the channel (the bot's token). */
export async function handleInbound(
  ds: DataSource,
  actor: Actor,
  dto: InboundMessageDto,
  now = new Date(),
  settings: ChatSettings = loadChatSettings(),
  limiter: Limiter | null = null,
): Promise<InboundResult> {
  const ctx = { ...(await context(ds, actor, dto, now, settings)), limiter };
  const act = await plan(ctx);
  if (!act) return withRoomState(ctx, { replies: [] });

  const claim = await claimInbound(ds, ctx.acct, dto.messageId, now);
  if (claim.kind === 'replay') return withRoomState(ctx, { replies: claim.replies, replay: true });
  if (claim.kind === 'busy') return withRoomState(ctx, { replies: [], replay: true });
  let out: Outcome;
  try {
    out = await act();
  } catch (e: any) {
    if (e instanceof AppError && e.status < 500) {
      out = { replies: [here(ctx, T.failed(e.message))] };
    } else {
      await releaseInbound(ds, claim.row.id).catch(() => undefined);
      log.error('chat message failed', { messageId: dto.messageId, error: String(e?.message ?? e).slice(0, 300) });
      throw e;
    }
  }
  await finishInbound(ds, claim.row.id, { replies: out.replies, ticketId: out.ticketId ?? null, attachTo: out.attachTo ?? null }, now);
  return withRoomState(ctx, { replies: out.replies, wantImage: out.wantImage || undefined, ticketNumber: out.ticketNumber ?? null }, out);
}

/**
 * Adds what the bot needs to decide the room's next messages by itself: the binding as it stands
 * (a command may just have changed it) and whether this sender has an open question here or just
 * filed a ticket (their answers and photos must reach the core). Private chat needs neither.
 */
async function withRoomState(ctx: Ctx, result: InboundResult, acted?: Outcome): Promise<InboundResult> {
  if (!ctx.inRoom) return result;
  const m = ctx.ds.manager;
  const target = acted ? await targetForRoom(m, ctx.acct, ctx.dto.roomId, ctx.dto.roomTopic) : ctx.target;
  if (!target) return { ...result, binding: null, follow: null };
  const conv = acted ? await getConversation(m, ctx.acct, roomKey(target.id), ctx.contactId) : ctx.conv;
  const open = conv && conv.expiresAt > ctx.now ? conv : null;
  const filed = acted?.ticketId && acted.ticketNumber ? new Date(ctx.now.getTime() + RECENT_TICKET_MS) : null;
  const media = [open?.expiresAt, filed].filter((d): d is Date => !!d).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
  const follow =
    open || media
      ? { until: open ? open.expiresAt.toISOString() : null, mediaUntil: media ? media.toISOString() : null, since: (open?.createdAt ?? ctx.now).toISOString() }
      : null;
  return { ...result, binding: presentRoom(target), follow };
}

async function context(ds: DataSource, actor: Actor, dto: InboundMessageDto, now: Date, settings: ChatSettings): Promise<Ctx> {
  const m = ds.manager;
  const acct = dto.botAccount;
  const inRoom = !!(dto.roomId || dto.roomTopic);
  const target = inRoom ? await targetForRoom(m, acct, dto.roomId, dto.roomTopic) : null;
  const chatKey = target ? roomKey(target.id) : DM;
  let text = dto.text ?? '';
  let type = dto.type;
  if (type === 'voice') {
    text = (dto.voiceText ?? '').trim();
    if (text) type = 'text';
  }
  const conv = !inRoom || target ? await getConversation(m, acct, chatKey, dto.from.id) : null;
  return {
    ds,
    actor,
    settings,
    now,
    dto,
    acct,
    contactId: dto.from.id,
    text: text.trim(),
    type,
    inRoom,
    target,
    chatKey,
    // Staff act in private chat, or in groups by @-mentioning the bot: plain group talk skips the lookup.
    staff: !inRoom || dto.mentionSelf || text.includes('@') ? await staffByWechat(m, acct, dto.from.id) : null,
    // An expired question is the sweeper's; a late answer starts afresh.
    conv: conv && conv.expiresAt > now ? conv : null,
  };
}

// ---------------------------------------------------------------------------------------------
// Replies

function toRoom(ctx: Ctx, text: string): Reply {
  return { to: { room: { roomId: ctx.dto.roomId ?? null, topic: ctx.dto.roomTopic ?? ctx.target?.topic ?? null } }, text };
}
const toContact = (ctx: Ctx, text: string): Reply => ({ to: { contact: { contactId: ctx.contactId } }, text });
const here = (ctx: Ctx, text: string): Reply => (ctx.inRoom ? toRoom(ctx, text) : toContact(ctx, text));
const say =
  (ctx: Ctx, text: string): Act =>
  async () => ({ replies: [here(ctx, text)] });

// ---------------------------------------------------------------------------------------------
// Deciding

const STAFF_COMMANDS = new Set<Command['kind']>(['accept', 'progress', 'resolve', 'transfer', 'object', 'own', 'supervise', 'todo']);

async function plan(ctx: Ctx): Promise<Act | null> {
  if (ctx.type === 'other') return ctx.inRoom ? null : say(ctx, T.otherType);
  if (ctx.inRoom) return ctx.target ? planRoom(ctx) : planUnboundRoom(ctx);
  return planPrivate(ctx);
}

function addr(ctx: Ctx) {
  return addressed(ctx.text, { botName: ctx.dto.botName, mentionSelf: ctx.dto.mentionSelf });
}

/**
 * Commands in a group need the bot mentioned, except a bind code: a code posted in a group is
 * public and is burnt whether or not the bot was addressed.
 */
function roomCommand(a: ReturnType<typeof addr>): Command | null {
  const cmd = parseCommand(a.body);
  return a.mentioned || cmd?.kind === 'bind_code' ? cmd : null;
}

function planUnboundRoom(ctx: Ctx): Act | null {
  if (ctx.type !== 'text') return null;
  const a = addr(ctx);
  const cmd = roomCommand(a);
  if (!a.mentioned && cmd?.kind !== 'bind_code') return null;
  if (cmd?.kind === 'bind_group') return () => bindGroup(ctx, cmd);
  if (cmd?.kind === 'bind_code') return () => burnCode(ctx, cmd.code);
  return say(ctx, `${T.notBound}反映问题请私聊我。`);
}

async function planRoom(ctx: Ctx): Promise<Act | null> {
  const target = ctx.target!;
  const work = target.purpose === 'work_group';
  if (ctx.type === 'image') return planImage(ctx);
  if (ctx.type === 'location') return ctx.conv?.kind === 'place' ? () => answerPlace(ctx, ctx.conv!, placeFromLocation(ctx)) : null;
  if (ctx.type !== 'text' || !ctx.text) return null;

  const a = addr(ctx);
  const cmd = roomCommand(a);
  if (cmd) {
    switch (cmd.kind) {
      case 'bind_group':
        return () => bindGroup(ctx, cmd);
      case 'unbind_group':
        return () => unbindGroup(ctx);
      case 'bind_code':
        return () => burnCode(ctx, cmd.code);
      case 'help':
        return say(ctx, work ? T.helpStaff : T.helpGroup);
      default:
        // In a work group bound staff act as in private chat; in a villagers' group, never.
        if (work && ctx.staff) return () => staffCommand(ctx, cmd);
        return say(ctx, cmd.kind === 'query' ? T.queryInGroup : T.staffCommandInGroup);
    }
  }

  const conv = ctx.conv;
  // The group gate: a trigger word or a mention is not enough, the message must read as a
  // complaint ("投诉有啥用哦", "@村声 谢谢" file nothing and never file an open question).
  const complaint = (a.mentioned || a.trigger) && !!a.body && readsAsComplaint(a.body);
  if (conv && !complaint) {
    // This sender's answer to their own open question (people @ the bot to answer, too).
    const answer = a.body;
    if (conv.kind === 'place' && (parseChoice(answer, (conv.data.candidates ?? []).length) || isSkip(answer) || answer.length <= 30)) {
      return () => answerPlace(ctx, conv, answer);
    }
    if (conv.kind === 'category' && (parseChoice(answer, CATEGORY_CHOICES.length) || isSkip(answer) || classify(answer).category !== 'other')) {
      return () => answerCategory(ctx, conv, answer);
    }
  }

  if (complaint) {
    const text = complaintText(a);
    return async () => {
      // The same words again while their question is open: the question stands, nothing new.
      if (conv && sameText(conv.data?.text, text)) return { replies: [] };
      // A new complaint while a question is open: the earlier one is filed as it stands.
      const earlier = conv ? await fileFromConversation(ctx, conv, {}) : null;
      const out = await fileComplaint(ctx, text, { said: a.body });
      return earlier ? { ...out, replies: [...earlier.replies, ...out.replies] } : out;
    };
  }
  if (a.mentioned) {
    // Small talk with the bot: one short line at most, never a menu, never a ticket.
    if (work) return a.body ? null : say(ctx, T.helpStaff);
    const kind = smallTalk(a.body);
    if (kind === 'thanks' || kind === 'ack') return null;
    if (!smallTalkTurn(ctx, kind ?? 'other')) return null;
    return say(ctx, kind === 'about_bot' ? T.aboutBot : kind === 'greeting' ? T.greetGroup : T.helpGroup);
  }
  // A trigger word in ordinary talk ("反映了也没用", "举报电话12388"): silence.
  if (a.trigger || work) return null;
  const u = understand(ctx.text);
  // Danger to life or property needs no trigger word nor mention: "有人掉水塘里了快来人" in a
  // village group is filed at once (the unit and the township head are told, whatever the hour).
  if (u.emergency && u.complaint && a.body) return () => fileComplaint(ctx, complaintText(a), {});
  if (u.complaint && u.category !== 'other' && u.confidence >= ctx.settings.chatterMinConfidence) {
    return async () => {
      await countChatter(ctx.ds, target.id, u.category, ctx.now);
      return { replies: [] };
    };
  }
  return null;
}

/**
 * Small talk in a group is answered once per person, room and kind in SMALL_TALK_MS: "@村声 在吗"
 * ten times is one answer, not ten messages queued in front of real replies (and a WeChat
 * account that sends much gets restricted). Per process: a courtesy, not a guarantee.
 */
const SMALL_TALK_MS = 10 * 60_000;
const smallTalkAnswered = new Map<string, number>();
function smallTalkTurn(ctx: Ctx, kind: string): boolean {
  const key = `${ctx.acct}\u0001${ctx.chatKey}\u0001${ctx.contactId}\u0001${kind}`;
  const last = smallTalkAnswered.get(key);
  if (last !== undefined && ctx.now.getTime() - last < SMALL_TALK_MS) return false;
  smallTalkAnswered.delete(key);
  smallTalkAnswered.set(key, ctx.now.getTime());
  if (smallTalkAnswered.size > 10_000) smallTalkAnswered.delete(smallTalkAnswered.keys().next().value as string);
  return true;
}

/** Same words, whatever the spacing and punctuation ("路灯坏了！" and "路灯坏了"). */
function sameText(a: unknown, b: string): boolean {
  const flat = (s: string) => normalize(s).replace(/[\s\u2005\u3000\p{P}\p{S}]+/gu, '');
  return typeof a === 'string' && flat(a).length > 0 && flat(a) === flat(b);
}

/**
 * Whether a private message or an expired question holds something to file: it reads as a
 * complaint, or (private chat only, where the person is talking to the bot on purpose) it is a
 * longer description that is not small talk.
 */
function fileable(text: string, inRoom: boolean): boolean {
  if (readsAsComplaint(text)) return true;
  return !inRoom && text.replace(/[\s\p{P}\p{S}]+/gu, '').length >= 8 && !smallTalk(text);
}

async function planPrivate(ctx: Ctx): Promise<Act | null> {
  if (ctx.type === 'image') return planImage(ctx);
  if (ctx.type === 'location') {
    if (ctx.conv?.kind === 'place') return () => answerPlace(ctx, ctx.conv!, placeFromLocation(ctx));
    return say(ctx, T.locationNoContext);
  }
  if (ctx.type === 'voice') return say(ctx, T.voiceNoText);
  if (!ctx.text) return say(ctx, T.help);

  const a = addr(ctx);
  const cmd = parseCommand(a.body);
  if (cmd?.kind === 'bind_code') return () => bindStaff(ctx, cmd.code);
  if (cmd?.kind === 'help') return say(ctx, ctx.staff ? T.helpStaff : T.help);
  if (ctx.staff && cmd && cmd.kind !== 'bind_group' && cmd.kind !== 'unbind_group') return () => staffCommand(ctx, cmd);
  if (cmd && STAFF_COMMANDS.has(cmd.kind) && cmd.kind !== 'todo' && cmd.kind !== 'progress') return say(ctx, T.notStaff);

  const conv = ctx.conv;
  if (conv && !a.trigger) {
    switch (conv.kind) {
      case 'private_report':
        return () => fileFromConversation(ctx, conv, { extra: isSkip(ctx.text) ? null : ctx.text, messageId: ctx.dto.messageId });
      case 'place':
        return () => answerPlace(ctx, conv, ctx.text);
      case 'category':
        return () => answerCategory(ctx, conv, ctx.text);
      case 'pick_ticket': {
        const k = parseChoice(ctx.text, (conv.data.ticketIds ?? []).length);
        if (k) return () => rateChosen(ctx, conv, k);
        break;
      }
      default:
        break;
    }
  }

  const fu = parseFollowUp(a.body);
  // An accusation (不满意，修路的钱被乡长贪污了…) is filed as a report below, never made the 回访
  // comment in the history the unit of the place reads.
  if (fu && !ctx.staff && !accusesOfficial(fu.comment)) return () => rate(ctx, fu.answers, fu.ref, fu.comment);
  // 复查/复核 asked for in 1:1 ("申请复查 工单号 理由", "我要复核"): never a new complaint.
  const askReview = ctx.staff ? null : readReviewRequest(a.body);
  if (askReview) return () => villagerReview(ctx, askReview);

  if (cmd && (cmd.kind === 'query' || cmd.kind === 'todo' || cmd.kind === 'progress')) {
    return () => villagerQuery(ctx, 'ref' in cmd ? cmd.ref : null);
  }
  if (ctx.staff && !a.trigger) return say(ctx, T.helpStaff);
  const body = complaintText(a);
  if (!body) return say(ctx, T.help);
  const talk = smallTalk(a.body);
  if (talk && !readsAsComplaint(a.body)) {
    // A lone 是/否 to the three 回访 questions names none of them: ask for the words that do.
    if (talk === 'ack' && /^[是否对]|^不是/.test(normalize(a.body))) return () => bareAnswer(ctx);
    return say(ctx, talk === 'thanks' ? T.welcome : talk === 'ack' ? T.ackPrivate : talk === 'about_bot' ? T.aboutBot : T.help);
  }
  if (fileable(a.body, false)) {
    return async () => {
      const attachmentIds = conv?.kind === 'media' ? (conv.data.attachmentIds ?? []) : [];
      const earlier = conv && conv.kind !== 'media' && conv.kind !== 'pick_ticket' ? await fileFromConversation(ctx, conv, {}) : null;
      const out = await fileComplaint(ctx, body, { attachmentIds, said: a.body });
      if (conv?.kind === 'media' || conv?.kind === 'pick_ticket') await endConversation(ctx.ds, conv.id);
      return earlier ? { ...out, replies: [...earlier.replies, ...out.replies] } : out;
    };
  }
  return say(ctx, T.help);
}

// ---------------------------------------------------------------------------------------------
// Complaints

interface Pending {
  text: string;
  messageId: string;
  channel: 'wechat_group' | 'wechat_private';
  context: string | null;
  name: string | null;
  chatTargetId: number | null;
  candidates?: string[];
  asked?: number;
  attachmentIds?: number[];
}

const externalId = (acct: string, messageId: string) => `${acct}:${messageId}`.slice(0, 128);

/**
 * Candidates as the group reads them: a village of the group's own township by its name alone,
 * one elsewhere in the county with its township, one in another county with county and
 * township ("双辽市茂林镇靠山村").
 */
async function labels(index: PlaceIndex, codes: string[], context: string | null = null): Promise<string[]> {
  const ctxTownship = context && context.length >= 9 ? context.slice(0, 9) : null;
  const ctxCounty = context && context.length >= 6 ? context.slice(0, 6) : null;
  return codes.map((code) => {
    const v = index.lookup(code);
    const tw = v?.parentCode ? index.lookup(v.parentCode) : null;
    const county = tw?.parentCode ? index.lookup(tw.parentCode) : null;
    const name = v?.name ?? code;
    if (ctxTownship && code.startsWith(ctxTownship)) return name;
    if (ctxCounty && code.startsWith(ctxCounty)) return `${tw?.name ?? ''}${name}`;
    return `${county?.name ?? ''}${tw?.name ?? ''}${name}`;
  });
}

/** A village's name without its kind, the part people say ("二龙山村" → "二龙山"). */
const coreOf = (name: string) => name.replace(/(村民委员会|村委会|居委会|社区|村|屯|嘎查|组)$/, '') || name;

/** Length of the longest run of characters the two strings share. */
function sharedRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = i + best + 1; j <= a.length && b.includes(a.slice(i, j)); j++) best = j - i;
  }
  return best;
}

/**
 * A township group's unclear place: the township's villages whose name shares two or more
 * characters with the words ("二龙" → 二龙卜村, 二龙山村), best first; when none does, every
 * village of the township if there are few enough to list.
 */
function townshipCandidates(index: PlaceIndex, township: string, text: string): string[] {
  const villages = index.children(township).filter((c) => c.level === 'village');
  const t = normalize(text).replace(/\s+/g, '');
  const scored = villages
    .map((v) => ({ code: v.code, run: sharedRun(coreOf(v.name), t) }))
    .filter((v) => v.run >= 2)
    .sort((x, y) => y.run - x.run);
  if (scored.length) return scored.slice(0, MAX_CANDIDATES).map((v) => v.code);
  return villages.length <= MAX_LISTED ? villages.map((v) => v.code) : [];
}

async function fileComplaint(ctx: Ctx, text: string, opts: { attachmentIds?: number[]; said?: string }): Promise<Outcome> {
  // Asking after one's own ticket by its number is a query, never a new matter (ownQuotedTicket):
  // answered to the person alone; a group hears where to ask.
  const asker = await petitionerByWechat(ctx.ds.manager, ctx.acct, ctx.contactId);
  const own = asker ? await ownQuotedTicket(ctx.ds.manager, [asker.id], text) : null;
  // "我上次举报的事怎么样了" without a number: their tickets, never a ticket of its own (it would
  // bring their name to the unit of the place, the accused township among them).
  if (own || (asker && asksAfterEarlier(opts.said ?? text))) {
    const detail = await villagerQuery(ctx, own ? { full: own.number } : null);
    return ctx.inRoom ? { replies: [toRoom(ctx, T.queryInGroup), ...detail.replies] } : detail;
  }
  const u = understand(text);
  const inGroup = !!ctx.target;
  const pending: Pending = {
    text,
    messageId: ctx.dto.messageId,
    channel: inGroup ? 'wechat_group' : 'wechat_private',
    context: ctx.target?.jurisdictionCode ?? null,
    name: ctx.dto.from.name ?? null,
    chatTargetId: ctx.target?.id ?? null,
    attachmentIds: opts.attachmentIds ?? [],
  };
  const ttl = new Date(ctx.now.getTime() + ctx.settings.questionTtlMs);

  // Misconduct is never discussed in the group: take it to private chat (信访工作条例 Art. 46).
  // So is anything about a report by its number: a ticket of the report's series never in public.
  if (inGroup && (u.misconduct || quotesReportNumber(text))) return takePrivate(ctx, pending);
  if (!pending.context) {
    const p = await petitionerByWechat(ctx.ds.manager, ctx.acct, ctx.contactId);
    pending.context = p?.villageCode ?? (await accountCounty(ctx)) ?? null;
  }

  const index = await placeIndex(ctx.ds);
  const place = index.resolve(text, pending.context ? { context: pending.context } : undefined);
  // An emergency is filed at once: a question would only delay it.
  const emergency = u.emergency;
  const contextIsVillage = (pending.context ?? '').length === 12;
  if (!emergency && (place.status === 'ambiguous' || (place.status === 'unknown' && !contextIsVillage))) {
    let candidates = place.status === 'ambiguous' ? place.candidates.slice(0, MAX_CANDIDATES).map((c) => c.code) : [];
    // A township group: that township's villages, so "1" or a name answers.
    if (!candidates.length && pending.context?.length === 9) candidates = townshipCandidates(index, pending.context, text);
    const conv = await putConversation(
      ctx.ds,
      { botAccount: ctx.acct, chatKey: ctx.chatKey, contactId: ctx.contactId },
      'place',
      { ...pending, candidates, asked: 1 },
      ttl,
      ctx.now,
    );
    return {
      replies: [here(ctx, T.askPlace(await labels(index, candidates, pending.context), groupAt(ctx, pending.name, text)))],
      attachTo: { conversationId: conv.id },
    };
  }
  // The category menu only in private chat: in a group an unclear complaint is filed as 其他
  // with its place (a menu in public is noise, and chatter must never draw one).
  if (!emergency && u.category === 'other' && !inGroup) {
    await putConversation(ctx.ds, { botAccount: ctx.acct, chatKey: ctx.chatKey, contactId: ctx.contactId }, 'category', { ...pending, asked: 1 }, ttl, ctx.now);
    return { replies: [here(ctx, T.askCategory())] };
  }
  const villageCode = place.status === 'resolved' ? place.village.code : null;
  return file(ctx, pending, { villageCode });
}

/** Moves a group complaint to private chat: the group hears only that it continues there. */
async function takePrivate(ctx: Ctx, pending: Pending): Promise<Outcome> {
  await putConversation(
    ctx.ds,
    { botAccount: ctx.acct, chatKey: DM, contactId: ctx.contactId },
    'private_report',
    { ...pending, channel: 'wechat_private', candidates: undefined, asked: undefined },
    new Date(ctx.now.getTime() + 3 * ctx.settings.questionTtlMs),
    ctx.now,
  );
  return { replies: [toRoom(ctx, T.goPrivate), toContact(ctx, T.privateHello)] };
}

/**
 * The county this bot account serves, when all its bound groups lie in one: a private message
 * that names no place (an emergency filed at once, above all) goes to that county's office, not
 * the root office, and place questions look there first.
 */
async function accountCounty(ctx: Ctx): Promise<string | null> {
  const targets = await ctx.ds.manager.find(ChatTarget, { where: { botAccount: ctx.acct, active: true }, select: { jurisdictionCode: true }, take: 500 });
  const counties = new Set(targets.map((t) => t.jurisdictionCode.slice(0, 6)));
  return counties.size === 1 ? [...counties][0] : null;
}

/** "@昵称 " before a group reply (whose complaint it is), nothing in private chat. */
const groupAt = (ctx: Ctx, name: string | null | undefined, said: string) => (ctx.inRoom ? atName(name, said) : '');

/**
 * The same words from the same person a few minutes ago, already a ticket: a resend, or a
 * puppet's redelivery under a new message id. Compared without spacing and punctuation.
 */
async function sameRecent(ctx: Ctx, text: string): Promise<Ticket | null> {
  const p = await petitionerByWechat(ctx.ds.manager, ctx.acct, ctx.contactId);
  if (!p) return null;
  // Measured from when the message was sent: a gateway re-pushing it hours later under a new id
  // still carries its original time.
  const sent = ctx.dto.sentAt ? Date.parse(ctx.dto.sentAt) : NaN;
  const from = Math.min(ctx.now.getTime(), Number.isFinite(sent) ? sent : Infinity) - SAME_SENDER_WINDOW_MINUTES * 60_000;
  return sameSenderRecent(ctx.ds.manager, {
    origin: null,
    channels: ['wechat_group', 'wechat_private'],
    petitionerId: p.id,
    text,
    now: ctx.now,
    since: new Date(from),
  });
}

/** Creates the ticket (idempotent on the original message id) and answers with its number. */
async function file(
  ctx: Ctx,
  p: Pending,
  extra: { villageCode?: string | null; category?: string | null; text?: string },
  onTimeout = false,
): Promise<Outcome> {
  const at = groupAt(ctx, p.name, extra.text ?? p.text);
  const dup = await sameRecent(ctx, extra.text ?? p.text);
  if (dup) {
    if (ctx.inRoom && isConfidential(dup)) return { replies: [toRoom(ctx, T.goPrivate), toContact(ctx, T.filedAgain(dup))], ticketId: dup.id };
    return { replies: [here(ctx, T.filedAgain(dup, at))], ticketId: dup.id, ticketNumber: dup.number };
  }
  const { ticket, created, duplicateOf } = await createTicket(
    ctx.ds,
    ctx.actor,
    {
      text: extra.text ?? p.text,
      channel: p.channel,
      externalId: externalId(ctx.acct, p.messageId),
      villageCode: extra.villageCode ?? null,
      contextJurisdiction: extra.villageCode ? null : p.context,
      category: extra.category ?? null,
      contact: { wechatId: wechatKey(ctx.acct, ctx.contactId), name: p.name ? p.name.slice(0, 32) : null },
      attachmentIds: p.attachmentIds?.length ? p.attachmentIds : undefined,
    },
    { now: ctx.now, limiter: ctx.limiter ?? null },
  );
  const unit = await unitName(ctx.ds.manager, ticket.handlingUnitId);
  const call = ticket.urgency === 'emergency' || understand(ticket.text).emergency ? emergencyCall(ticket.text) : '';
  // A report on officials said in a group (not caught before filing): its number, category and
  // unit go to the person alone; the group hears what it hears for any such report.
  if (ctx.inRoom && isConfidential(ticket)) {
    const mine = !created ? T.filedAgain(ticket) : T.filed(ticket, unit, '', call);
    return { replies: [toRoom(ctx, T.goPrivate), toContact(ctx, mine)], ticketId: ticket.id };
  }
  // Linked to another villager's open ticket on the same problem: say so (its public number only).
  const first = created && duplicateOf ? await ctx.ds.manager.findOne(Ticket, { where: { id: duplicateOf.id } }) : null;
  const text = !created
    ? T.filedAgain(ticket, at)
    : first && !isConfidential(first)
      ? T.linked(first.number, ticket.number, at, call)
      : onTimeout
        ? `${T.filedOnTimeout(ticket, unit, at)}${call}`
        : T.filed(ticket, unit, at, call);
  return { replies: [here(ctx, text)], ticketId: ticket.id, ticketNumber: ticket.number };
}

async function fileFromConversation(ctx: Ctx, conv: ChatConversation, opts: { extra?: string | null; messageId?: string }): Promise<Outcome> {
  const p = conv.data as Pending;
  const text = opts.extra ? `${p.text}\n${opts.extra}` : p.text;
  const out = await file(ctx, { ...p, messageId: p.messageId }, { text });
  await endConversation(ctx.ds, conv.id);
  return out;
}

function placeFromLocation(ctx: Ctx): string {
  const l = ctx.dto.location;
  return [l?.address, l?.name].filter(Boolean).join(' ');
}

async function answerPlace(ctx: Ctx, conv: ChatConversation, answer: string): Promise<Outcome> {
  const p = conv.data as Pending;
  const candidates = p.candidates ?? [];
  const done = async (villageCode: string | null) => {
    const out = await file(ctx, p, { villageCode });
    await endConversation(ctx.ds, conv.id);
    return out;
  };
  const k = parseChoice(answer, candidates.length);
  if (k) return done(candidates[k - 1]);
  if (isSkip(answer)) return done(null);

  const index = await placeIndex(ctx.ds);
  // "那木乡的" / "火车站乡那个": the answer names one candidate's township or village.
  const said = answer.replace(/[的那个这是吧呀啊。.!！\s]/g, '');
  if (said && candidates.length) {
    const named = (await labels(index, candidates, p.context)).map((l, i) => ({ l, i })).filter(({ l }) => l.includes(said) || said.includes(l));
    if (named.length === 1) return done(candidates[named[0].i]);
    // "我们是莲荷的", "杨柳那边": a candidate's name without 村 inside the answer.
    const byCore = candidates.filter((c) => {
      const core = coreOf(index.lookup(c)?.name ?? '');
      return core.length >= 2 && said.includes(core);
    });
    if (byCore.length === 1) return done(byCore[0]);
  }
  const r = index.resolve(answer, p.context ? { context: p.context } : undefined);
  if (r.status === 'resolved' && r.matchedText) return done(r.village.code);
  const asked = p.asked ?? 1;
  if (r.status === 'ambiguous') {
    const codes = r.candidates.map((c) => c.code);
    const both = candidates.filter((c) => codes.includes(c));
    if (both.length === 1) return done(both[0]);
    if (asked >= MAX_ASKS) return done(null);
    const next = (both.length ? both : codes).slice(0, MAX_CANDIDATES);
    await putConversation(
      ctx.ds,
      { botAccount: conv.botAccount, chatKey: conv.chatKey, contactId: conv.contactId },
      'place',
      { ...p, candidates: next, asked: asked + 1 },
      conv.expiresAt,
      ctx.now,
    );
    return { replies: [here(ctx, T.askPlace(await labels(index, next, p.context), groupAt(ctx, p.name, p.text)))] };
  }
  // Not a place: in a group it was just talk; in private chat ask once more, then file.
  if (ctx.inRoom) return { replies: [] };
  if (asked >= MAX_ASKS) return done(null);
  await putConversation(
    ctx.ds,
    { botAccount: conv.botAccount, chatKey: conv.chatKey, contactId: conv.contactId },
    'place',
    { ...p, asked: asked + 1 },
    conv.expiresAt,
    ctx.now,
  );
  return { replies: [here(ctx, T.askPlaceAgain)] };
}

async function answerCategory(ctx: Ctx, conv: ChatConversation, answer: string): Promise<Outcome> {
  const p = conv.data as Pending;
  const done = async (category: string, text?: string) => {
    const out = await file(ctx, p, { category, text });
    await endConversation(ctx.ds, conv.id);
    return out;
  };
  const k = parseChoice(answer, CATEGORY_CHOICES.length);
  if (k) return done(CATEGORY_CHOICES[k - 1]);
  if (isSkip(answer)) return done('other');
  const combined = `${p.text}（补充：${answer}）`;
  const c = classify(combined);
  // The answer made it a misconduct complaint: it leaves the group like one raised there at once.
  if (c.category === 'misconduct' && ctx.inRoom) {
    const out = await takePrivate(ctx, { ...p, text: combined });
    await endConversation(ctx.ds, conv.id);
    return out;
  }
  if (c.category !== 'other') return done(c.category, combined);
  if (ctx.inRoom) return { replies: [] };
  const asked = p.asked ?? 1;
  if (asked >= MAX_ASKS) return done('other', combined);
  await putConversation(
    ctx.ds,
    { botAccount: conv.botAccount, chatKey: conv.chatKey, contactId: conv.contactId },
    'category',
    { ...p, asked: asked + 1 },
    conv.expiresAt,
    ctx.now,
  );
  return { replies: [here(ctx, T.askCategoryAgain)] };
}

// ---------------------------------------------------------------------------------------------
// Images: kept only when they belong to a complaint (open question or a ticket just filed)

async function planImage(ctx: Ctx): Promise<Act | null> {
  const conv = ctx.conv;
  if (conv && ['place', 'category', 'private_report', 'media'].includes(conv.kind)) {
    return async () => ({ replies: [], attachTo: { conversationId: conv.id }, wantImage: true });
  }
  const p = await petitionerByWechat(ctx.ds.manager, ctx.acct, ctx.contactId);
  const recent = p
    ? await ctx.ds.manager.findOne(Ticket, {
        where: {
          petitionerId: p.id,
          channel: ctx.inRoom ? 'wechat_group' : 'wechat_private',
          createdAt: MoreThan(new Date(ctx.now.getTime() - RECENT_TICKET_MS)),
        },
        order: { id: 'DESC' },
      })
    : null;
  if (recent) {
    return async () => ({
      replies: ctx.inRoom ? [] : [toContact(ctx, T.imageAdded(recent.number))],
      attachTo: { ticketId: recent.id },
      wantImage: true,
      ticketId: recent.id,
    });
  }
  if (ctx.inRoom) return null;
  return async () => {
    const c = await putConversation(
      ctx.ds,
      { botAccount: ctx.acct, chatKey: DM, contactId: ctx.contactId },
      'media',
      { attachmentIds: [], messageId: ctx.dto.messageId },
      new Date(ctx.now.getTime() + ctx.settings.questionTtlMs),
      ctx.now,
    );
    return { replies: [toContact(ctx, T.imageNoContext)], attachTo: { conversationId: c.id }, wantImage: true };
  };
}

// ---------------------------------------------------------------------------------------------
// Binding

async function bindGroup(ctx: Ctx, cmd: Extract<Command, { kind: 'bind_group' }>): Promise<Outcome> {
  const staff = ctx.staff;
  if (!staff) return { replies: [toRoom(ctx, T.bindGroupNotAllowed)] };
  const area = await staffArea(ctx.ds.manager, staff);
  if (area === null) return { replies: [toRoom(ctx, T.bindGroupNotAllowed)] };
  const found = await lookupArea(ctx.ds, cmd.place, area || null);
  if ('unknown' in found) return { replies: [toRoom(ctx, T.bindGroupUnknown(cmd.place))] };
  if ('ambiguous' in found) return { replies: [toRoom(ctx, T.bindGroupAmbiguous(found.ambiguous))] };
  if (area && !found.code.startsWith(area)) return { replies: [toRoom(ctx, T.bindGroupOutOfScope)] };
  await bindRoom(
    ctx.ds,
    {
      botAccount: ctx.acct,
      roomId: ctx.dto.roomId ?? null,
      topic: ctx.dto.roomTopic ?? null,
      jurisdictionCode: found.code,
      purpose: cmd.purpose,
      staffId: staff.id,
    },
    ctx.now,
  );
  return { replies: [toRoom(ctx, T.bindGroupOk(found.path, cmd.purpose))] };
}

async function unbindGroup(ctx: Ctx): Promise<Outcome> {
  const staff = ctx.staff;
  const area = staff ? await staffArea(ctx.ds.manager, staff) : null;
  if (area === null || !ctx.target!.jurisdictionCode.startsWith(area)) return { replies: [toRoom(ctx, T.bindGroupNotAllowed)] };
  await unbindRoom(ctx.ds, ctx.target!.id);
  return { replies: [toRoom(ctx, T.unbindOk)] };
}

async function burnCode(ctx: Ctx, code: string): Promise<Outcome> {
  await revokeBindCode(ctx.ds, code, ctx.now);
  return { replies: [toRoom(ctx, T.bindCodeInGroup)] };
}

async function bindStaff(ctx: Ctx, code: string): Promise<Outcome> {
  // Tries are limited per contact, per bot account and in total (src/chat/binding.ts).
  let staff;
  try {
    staff = await redeemBindCode(ctx.ds, code, ctx.acct, ctx.contactId, ctx.now);
  } catch (e) {
    if (e instanceof BindTriesExceeded) return { replies: [toContact(ctx, T.bindCodeTooMany)] };
    throw e;
  }
  if (!staff) return { replies: [toContact(ctx, T.bindCodeBad)] };
  const unit = staff.unitId ? await unitName(ctx.ds.manager, staff.unitId) : '';
  return { replies: [toContact(ctx, T.bindCodeOk(staff.name, [unit, staff.title].filter(Boolean).join(' ')))] };
}

// ---------------------------------------------------------------------------------------------
// Staff commands

async function staffCommand(ctx: Ctx, cmd: Command): Promise<Outcome> {
  const m = ctx.ds.manager;
  const reply = (text: string): Outcome => ({ replies: [here(ctx, text)] });
  const actor = await staffActor(m, ctx.staff!);
  if (!actor) return reply(T.staffWithoutCounty);
  const verbs: Record<string, string> = {
    accept: '接单',
    progress: '进展',
    resolve: '办结',
    transfer: '转办',
    object: '异议',
    own: '包案',
    supervise: '督办',
    query: '查询',
  };

  if (cmd.kind === 'todo' || (cmd.kind === 'query' && !cmd.ref)) {
    const { items, total } = await todoFor(m, actor, 10, { inGroup: ctx.inRoom });
    const index = await placeIndex(ctx.ds);
    return reply(
      T.todo(
        items.map((t, i) => `${i + 1}. ${T.ticketLine(t, ctx.now, villageLabel(index, t.villageCode))}`),
        total - items.length,
      ),
    );
  }
  if (!('ref' in cmd)) return reply(T.helpStaff);
  if (!cmd.ref) return reply(T.needRef(verbs[cmd.kind] ?? cmd.kind));
  const found = await findTicket(m, actor, cmd.ref);
  if ('reply' in found) return reply(found.reply);
  const t = found.ticket;
  // A report on officials is never spoken of in a group (the accused may be in it): the group
  // hears what it would for no such ticket, the sender is told privately.
  if (ctx.inRoom && isConfidential(t)) return { replies: [here(ctx, T.ticketNotFound(refText(cmd.ref))), toContact(ctx, T.confidentialInGroup(t.number))] };
  const opts = { now: ctx.now };
  switch (cmd.kind) {
    case 'query':
      return reply(T.ticketDetail(t, await unitName(m, t.handlingUnitId), ctx.now, await lastStep(m, actor, t)));
    case 'accept':
      await acceptTicket(ctx.ds, actor, t.id, { note: cmd.note || undefined }, opts);
      return reply(T.accepted(t.number));
    case 'progress':
      if (!cmd.text) return reply(T.needText('进展'));
      await addNote(ctx.ds, actor, t.id, { text: cmd.text, public: true }, opts);
      return reply(T.progressed(t.number));
    case 'resolve':
      if (!cmd.text) return reply(T.needText('办结'));
      await resolveTicket(ctx.ds, actor, t.id, { text: cmd.text }, opts);
      return reply(T.resolved(t.number));
    case 'transfer': {
      if (!cmd.unit) return reply(T.needUnit);
      const units = await findUnits(m, cmd.unit, t.countyCode);
      if (!units.length) return reply(T.unitNotFound(cmd.unit));
      if (units.length > 1) return reply(T.unitAmbiguous(units.slice(0, 5).map((u) => u.name)));
      await transferTicket(ctx.ds, actor, t.id, { unitId: units[0].id, reason: '微信转办' }, opts);
      return reply(T.transferred(t.number, units[0].name));
    }
    case 'object':
      if (!cmd.reason) return reply(T.needText('异议'));
      await objectTicket(ctx.ds, actor, t.id, { reason: cmd.reason }, opts);
      return reply(T.objected(t.number));
    case 'own':
      if (actor.kind !== 'leader' && actor.kind !== 'admin') return reply(T.noPermission);
      await takeCharge(ctx.ds, actor, t.id, {}, opts);
      return reply(T.owned(t.number));
    case 'supervise': {
      if (actor.kind !== 'leader' && actor.kind !== 'admin') return reply(T.noPermission);
      if (!cmd.days) return reply(T.needDays);
      const saved = await superviseTicket(ctx.ds, actor, t.id, { days: cmd.days, reason: cmd.note || '微信督办' }, opts);
      return reply(T.supervised(t.number, saved.resolutionDueAt));
    }
    default:
      return reply(T.helpStaff);
  }
}

// ---------------------------------------------------------------------------------------------
// Villagers: 查询 and 回访

async function villagerQuery(ctx: Ctx, ref: TicketRef | null): Promise<Outcome> {
  const m = ctx.ds.manager;
  const p = await petitionerByWechat(m, ctx.acct, ctx.contactId);
  const reply = (text: string): Outcome => ({ replies: [toContact(ctx, text)] });
  if (!p) return reply(T.noTickets);
  const actor = villagerActor(p.id);
  if (ref) {
    const found = await findTicket(m, actor, ref);
    if ('reply' in found) return reply(found.reply);
    const t = found.ticket;
    return reply(T.ticketDetail(t, await unitName(m, t.handlingUnitId), ctx.now, await lastStep(m, actor, t)));
  }
  return reply((await latestTicketsText(m, [p.id], ctx.now, await placeIndex(ctx.ds))) ?? T.noTickets);
}

/**
 * A villager's 复查/复核 request in 1:1. When it is registered the answer is the command's own
 * notice (through the outbox, like every notice to the petitioner), so nothing is said twice.
 */
async function villagerReview(ctx: Ctx, read: ReviewRequestWords): Promise<Outcome> {
  const m = ctx.ds.manager;
  const reply = (text: string): Outcome => ({ replies: [toContact(ctx, text)] });
  const p = await petitionerByWechat(m, ctx.acct, ctx.contactId);
  const t = p ? await reviewTarget(m, [p.id], read) : null;
  if (!p || !t) return reply(T.reviewNotFound);
  try {
    await requestReview(ctx.ds, villagerActor(p.id), t.id, { reason: read.reason }, { now: ctx.now });
    return { replies: [] };
  } catch (e) {
    if (!(e instanceof AppError) || e.status >= 500) throw e;
    // A redelivered request finds its review already open: nothing more to say.
    if (e.code === 'review_exists') return { replies: [] };
    return reply(T.reviewRefused(t.number, e.message));
  }
}

async function rate(ctx: Ctx, answers: FollowUpAnswers, ref: TicketRef | null, comment: string): Promise<Outcome> {
  const m = ctx.ds.manager;
  const p = await petitionerByWechat(m, ctx.acct, ctx.contactId);
  const reply = (text: string): Outcome => ({ replies: [toContact(ctx, text)] });
  if (!p) return reply(T.nothingToRate);
  const actor = villagerActor(p.id);
  let tickets: Ticket[];
  if (ref) {
    const found = await findTicket(m, actor, ref);
    if ('reply' in found) return reply(found.reply);
    tickets = [found.ticket];
  } else {
    tickets = await m.find(Ticket, {
      where: { petitionerId: p.id, status: In(['resolved']) },
      order: { resolvedAt: 'DESC', id: 'DESC' },
      take: MAX_CANDIDATES,
    });
  }
  if (!tickets.length) return reply(T.nothingToRate);
  if (tickets.length > 1) {
    await putConversation(
      ctx.ds,
      { botAccount: ctx.acct, chatKey: DM, contactId: ctx.contactId },
      'pick_ticket',
      { ticketIds: tickets.map((t) => t.id), answers, comment },
      new Date(ctx.now.getTime() + ctx.settings.questionTtlMs),
      ctx.now,
    );
    return reply(T.pickTicket(tickets.map((t) => t.number)));
  }
  return applyRating(ctx, actor, tickets[0], answers, comment);
}

/** 是/否 alone in private chat: with a 回访 waiting, the words that name the answers; else an acknowledgement. */
async function bareAnswer(ctx: Ctx): Promise<Outcome> {
  const p = await petitionerByWechat(ctx.ds.manager, ctx.acct, ctx.contactId);
  const waiting = p ? await ctx.ds.manager.count(Ticket, { where: { petitionerId: p.id, status: 'resolved' } }) : 0;
  return { replies: [toContact(ctx, waiting ? T.askRating : T.ackPrivate)] };
}

async function rateChosen(ctx: Ctx, conv: ChatConversation, k: number): Promise<Outcome> {
  const id = conv.data.ticketIds[k - 1];
  const p = await petitionerByWechat(ctx.ds.manager, ctx.acct, ctx.contactId);
  const t = id ? await ctx.ds.manager.findOne(Ticket, { where: { id } }) : null;
  await endConversation(ctx.ds, conv.id);
  if (!p || !t) return { replies: [toContact(ctx, T.nothingToRate)] };
  return applyRating(ctx, villagerActor(p.id), t, conv.data.answers ?? {}, conv.data.comment ?? '');
}

async function applyRating(ctx: Ctx, actor: Actor, t: Ticket, answers: FollowUpAnswers, comment: string): Promise<Outcome> {
  if (answers.solved === undefined && answers.satisfied === undefined) {
    return { replies: [toContact(ctx, T.askRating)] };
  }
  const solved = answers.solved ?? answers.satisfied!;
  // Not said: left unanswered (null), so 响应率 goes by the record, not by a made-up answer.
  const contactedInTime = answers.contactedInTime ?? null;
  const saved = await rateTicket(
    ctx.ds,
    actor,
    t.id,
    { solved, satisfied: answers.satisfied ?? solved, contactedInTime, comment: comment || (solved ? undefined : '群众微信回访：未解决') },
    { now: ctx.now },
  );
  return { replies: [toContact(ctx, T.rated(saved.number, solved))], ticketId: saved.id };
}

export type { CategoryCode };

// ---------------------------------------------------------------------------------------------
// Timeouts

/**
 * Files the complaint of a conversation whose question went unanswered, as it stands. Returns
 * the notice for the person (the sweeper queues it), or null for conversations that hold no
 * complaint (a ticket choice, pending photos, code attempts).
 */
export async function fileExpired(
  ds: DataSource,
  actor: Actor,
  conv: ChatConversation,
  now: Date,
  settings: ChatSettings = loadChatSettings(),
): Promise<{ text: string; ticketId: number } | null> {
  if (!['place', 'category', 'private_report'].includes(conv.kind) || !conv.data?.text) return null;
  const p = conv.data as Pending;
  // Chatter never becomes a ticket, not even by timing out (a question opened before the gate).
  if (!fileable(p.text, conv.chatKey !== DM)) return null;
  const target = p.chatTargetId && conv.chatKey !== DM ? await ds.manager.findOne(ChatTarget, { where: { id: p.chatTargetId } }) : null;
  const ctx: Ctx = {
    ds,
    actor,
    settings,
    now,
    dto: { botAccount: conv.botAccount, messageId: p.messageId, from: { id: conv.contactId, name: p.name }, type: 'text' },
    acct: conv.botAccount,
    contactId: conv.contactId,
    text: p.text,
    type: 'text',
    inRoom: !!target,
    target,
    chatKey: conv.chatKey,
    staff: null,
    conv,
  };
  const out = await file(ctx, p, {}, true);
  return { text: out.replies[0]?.text ?? '', ticketId: out.ticketId! };
}
