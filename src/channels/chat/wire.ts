/**
 * What the bot and the core say to each other (HTTP JSON or an in-process call). Types only, so
 * the bot process can import them without pulling in the core.
 */

export type InboundType = 'text' | 'voice' | 'image' | 'location' | 'other';

export interface InboundMessageDto {
  /** The bot's stable account name (config BOT_ACCOUNT): puppet ids change across logins. */
  botAccount: string;
  /** The bot's display name, for "@<name>" in the text. */
  botName?: string;
  messageId: string;
  roomId?: string | null;
  roomTopic?: string | null;
  from: { id: string; name?: string | null };
  type: InboundType;
  text?: string;
  mentionSelf?: boolean;
  /** Transcript of a voice message, when the puppet gives one. */
  voiceText?: string | null;
  location?: { name?: string | null; address?: string | null; latitude?: number | null; longitude?: number | null } | null;
  /** When the message was sent (ISO); defaults to now. */
  sentAt?: string | null;
}

export type ReplyTarget = { room: { roomId: string | null; topic: string | null } } | { contact: { contactId: string } };

export interface Reply {
  to: ReplyTarget;
  text: string;
}

export interface InboundResult {
  replies: Reply[];
  /** The core wants the image of this message: upload it with `uploadImage`. */
  wantImage?: boolean;
  /** A replay of a message already handled: the stored replies, resend only if never delivered. */
  replay?: boolean;
  ticketNumber?: string | null;
  /**
   * Room messages only: the room's binding as the core sees it now (null: not bound). The bot
   * keeps its local cache of bound rooms from this and from `resolveRooms`.
   */
  binding?: ResolvedRoom | null;
  /** Room messages in a bound room: what the bot must forward from this sender here (see Follow). */
  follow?: Follow | null;
}

/**
 * The core tells the bot which of a sender's group messages it needs besides mentions and
 * triggers: everything until `until` (an open question), photos and locations until `mediaUntil`
 * (a ticket just filed). Messages dated before `since` are not answers (replays of older talk).
 */
export interface Follow {
  until: string | null;
  mediaUntil: string | null;
  since: string;
}

/** An open question in a room, for a bot that (re)starts: forward that sender's answers. */
export interface RoomFollow extends Follow {
  roomId: string | null;
  topic: string | null;
  contactId: string;
}

/**
 * Complaint-like group chatter the bot counted locally (未诉先办), per room and Shanghai day.
 * The core adds a flush once: a retried flush with the same id counts nothing twice.
 */
export interface ChatterFlush {
  botAccount: string;
  flushId: string;
  counts: Array<{ roomId: string | null; topic: string | null; date: string; count: number; categories: Record<string, number> }>;
}

export interface RoomInfo {
  id: string;
  topic: string;
}

export interface ResolvedRoom {
  chatTargetId: number;
  jurisdictionCode: string;
  purpose: 'village_group' | 'work_group';
  topic: string | null;
  roomId: string | null;
}

export interface ResolveResult {
  bound: ResolvedRoom[];
  missing: ResolvedRoom[];
  /** Open questions in bound rooms (absent from older cores). */
  follows?: RoomFollow[];
}

export interface OutboxItem {
  id: number;
  kind: string;
  to: ReplyTarget;
  text: string;
}

export interface AckInput {
  worker: string;
  ok: boolean;
  error?: string;
  /** Can never be delivered as it is (room gone, contact unknown). */
  permanent?: boolean;
  /** Not sent because of pacing: try again at this time, not counted as an attempt. */
  deferUntil?: string;
}

/** The core as the bot sees it: over HTTP (bot process) or in-process (inside `npm start`). */
export interface ChatApi {
  message(msg: InboundMessageDto): Promise<InboundResult>;
  uploadImage(input: { botAccount: string; messageId: string; mime: string; data: Buffer }): Promise<{ attachmentId: number | null }>;
  resolveRooms(input: { botAccount: string; rooms: RoomInfo[] }): Promise<ResolveResult>;
  chatter(input: ChatterFlush): Promise<{ counted: number; replay: boolean }>;
  claimOutbox(input: { botAccount: string; worker: string; limit: number }): Promise<OutboxItem[]>;
  ackOutbox(id: number, input: AckInput): Promise<void>;
}
