/**
 * The bot's small in-memory state: which rooms are bound (from the core), whom the core is
 * waiting for in which room, message ids already dealt with, and the chatter counts not yet
 * flushed. All of it can be lost on restart: bindings and open questions are re-read on login,
 * and the core itself dedupes what reaches it.
 */
import crypto from 'node:crypto';
import type { ChatterFlush, Follow, ResolvedRoom, ResolveResult } from '../src/channels/chat/wire';

/** Bound rooms by this login's room id. */
export class RoomCache {
  private byId = new Map<string, ResolvedRoom>();

  get(roomId: string): ResolvedRoom | undefined {
    return this.byId.get(roomId);
  }

  get size(): number {
    return this.byId.size;
  }

  /** Everything the core reported after a login or a refresh: the cache becomes exactly that. */
  replace(bound: ResolvedRoom[]): void {
    this.byId = new Map(bound.filter((b) => b.roomId).map((b) => [b.roomId!, b]));
  }

  /** The core's word on one room (after a bind, an unbind, a topic change): null = not bound. */
  set(roomId: string, binding: ResolvedRoom | null): void {
    if (binding && binding.roomId && binding.roomId !== roomId) this.byId.delete(binding.roomId);
    if (binding) this.byId.set(roomId, { ...binding, roomId });
    else this.byId.delete(roomId);
  }
}

interface FollowEntry {
  until: number;
  mediaUntil: number;
  since: number;
}

/** Senders whose next room messages the core needs (an open question, photos after a report). */
export class Follows {
  private map = new Map<string, FollowEntry>();
  private static key = (roomId: string, contactId: string) => `${roomId}\u0001${contactId}`;

  get size(): number {
    return this.map.size;
  }

  /**
   * `sinceMs`: the WeChat time of the message the core answered with this follow (same clock as
   * the answers to come); without it, the core's `since` (a bot that starts and reads open questions).
   */
  set(roomId: string, contactId: string, f: Follow | null, sinceMs?: number): void {
    const key = Follows.key(roomId, contactId);
    const until = f?.until ? Date.parse(f.until) : 0;
    const mediaUntil = f?.mediaUntil ? Date.parse(f.mediaUntil) : 0;
    if (!f || (!until && !mediaUntil)) this.map.delete(key);
    else this.map.set(key, { until, mediaUntil: Math.max(until, mediaUntil), since: sinceMs ?? (f.since ? Date.parse(f.since) : 0) });
  }

  /** Whether a message of this sender, sent at `sentAt`, goes to the core ('text' or 'media'). */
  wants(roomId: string, contactId: string, kind: 'text' | 'media', sentAt: number, now: number): boolean {
    if (this.map.size === 0) return false;
    const key = Follows.key(roomId, contactId);
    const f = this.map.get(key);
    if (!f) return false;
    if (f.mediaUntil <= now) {
      this.map.delete(key);
      return false;
    }
    // Talk from before the question, replayed after a reconnect, is no answer to it.
    if (sentAt <= f.since) return false;
    return (kind === 'text' ? f.until : f.mediaUntil) > now;
  }

  /** Forgets expired entries (called now and then, so the map does not grow). */
  prune(now: number): void {
    for (const [k, f] of this.map) if (f.mediaUntil <= now) this.map.delete(k);
  }
}

/** The last `max` message ids dealt with: a re-pushed message is recognised without the core. */
export class SeenIds {
  private set = new Set<string>();
  constructor(private readonly max = 20_000) {}

  has(id: string): boolean {
    return this.set.has(id);
  }

  add(id: string): void {
    this.set.add(id);
    if (this.set.size > this.max) this.set.delete(this.set.values().next().value as string);
  }
}

interface Tally {
  roomId: string | null;
  topic: string | null;
  date: string;
  count: number;
  categories: Record<string, number>;
}

/** At most this many (room, day) rows per flush. */
const FLUSH_ROWS = 1000;

/**
 * Complaint-like chatter counted per room and Shanghai day. A flush takes the counts into a batch
 * with a fresh id; until the core has acknowledged that batch it is resent as it is (same id, so
 * the core counts it once), and new counts wait in the next batch.
 */
export class ChatterTally {
  private counts = new Map<string, Tally>();
  private pending: ChatterFlush | null = null;

  constructor(private readonly account: string) {}

  add(room: ResolvedRoom, date: string, category: string): void {
    const key = `${room.chatTargetId}\u0001${date}`;
    let t = this.counts.get(key);
    if (!t) {
      t = { roomId: room.roomId, topic: room.topic, date, count: 0, categories: {} };
      this.counts.set(key, t);
    }
    t.count++;
    t.categories[category] = (t.categories[category] ?? 0) + 1;
  }

  /** Messages counted and not yet acknowledged by the core. */
  get unflushed(): number {
    let n = 0;
    for (const t of this.counts.values()) n += t.count;
    for (const c of this.pending?.counts ?? []) n += c.count;
    return n;
  }

  /** The batch to send now: the unacknowledged one, else a new one from the counts (or null). */
  batch(): ChatterFlush | null {
    if (this.pending) return this.pending;
    if (!this.counts.size) return null;
    const counts: Tally[] = [];
    for (const [key, t] of this.counts) {
      counts.push(t);
      this.counts.delete(key);
      if (counts.length >= FLUSH_ROWS) break;
    }
    this.pending = { botAccount: this.account, flushId: crypto.randomUUID(), counts };
    return this.pending;
  }

  /** The core has the batch (or refused it for good): it is done. */
  done(flushId: string): void {
    if (this.pending?.flushId === flushId) this.pending = null;
  }
}

export type { ResolveResult };
