import crypto from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, MoreThan } from 'typeorm';
import { inTransaction } from '../../db/tx';
import { BindCode } from '../../entities/BindCode';
import { ChatTarget } from '../../entities/ChatTarget';
import { Jurisdiction } from '../../entities/Jurisdiction';
import { Staff } from '../../entities/Staff';
import { Unit } from '../../entities/Unit';
import { AppError, badRequest } from '../../errors';
import { Counter } from '../../entities/Counter';
import { placeIndex } from '../../gazetteer/store';
import { releaseHeldNotices } from '../../outbox/held';
import { wechatKey } from './identity';
import type { ResolvedRoom, RoomInfo } from './wire';

// ---------------------------------------------------------------------------------------------
// One-time codes that link a staff member's WeChat account

const hashCode = (code: string) => crypto.createHash('sha256').update(`cunsheng-bind:${code}`, 'utf8').digest('hex');

/** A code lives long enough to be read out over the phone, not long enough to be guessed. */
export const BIND_CODE_TTL_MS = 10 * 60_000;

/** Issues a 6-digit code (valid 10 minutes) for a member of staff; their earlier unused codes stop working. */
export async function issueBindCode(ds: DataSource, staffId: number, now = new Date()): Promise<{ code: string; expiresAt: Date; staff: Staff }> {
  return inTransaction(ds, async ({ manager: m }) => {
    const staff = await m.findOne(Staff, { where: { id: staffId } });
    if (!staff) throw badRequest(`工作人员 ${staffId} 不存在`, 'staffId');
    if (!staff.active) throw badRequest(`工作人员 ${staffId} 已停用`, 'staffId');
    await m.delete(BindCode, { staffId, usedAt: IsNull() });
    const expiresAt = new Date(now.getTime() + BIND_CODE_TTL_MS);
    for (;;) {
      const code = String(crypto.randomInt(0, 1_000_000)).padStart(6, '0');
      const taken = await m.findOne(BindCode, { where: { codeHash: hashCode(code) } });
      if (taken && taken.usedAt === null && taken.expiresAt > now) continue;
      if (taken) await m.delete(BindCode, { id: taken.id });
      await m.insert(BindCode, { codeHash: hashCode(code), staffId, expiresAt, usedAt: null, createdAt: now });
      return { code, expiresAt, staff };
    }
  });
}

// ---------------------------------------------------------------------------------------------
// Bind-code tries. A 6-digit code is guessable only by trying many: failed tries are counted per
// contact, per bot account and in total over a sliding hour (six 10-minute windows), in the
// database so every server process shares them, and refused past the limit whatever the code
// (the right one included), so rotating contact ids or bot accounts buys an attacker nothing.
// The mini-program is one more "bot account" (its users are the contacts).

export const BIND_TRIES_PER_HOUR = { contact: 5, account: 20, total: 30 } as const;
const WINDOW_MS = 10 * 60_000;
const WINDOWS = 6;

/** Who is trying: `account` is the bot's login (or 'mp'), `contact` the person within it. */
export interface BindTrier {
  account: string;
  contact: string;
}

export class BindTriesExceeded extends AppError {
  constructor() {
    super(429, 'rate_limited', '绑定码尝试次数过多，请一小时后再试');
  }
}

// Counter names are short and carry no WeChat id: `bind:<window>:<scope hash>` (window first, so
// old windows are pruned by one range delete).
const scopeHash = (parts: string[]) => crypto.createHash('sha256').update(parts.join('\u0000'), 'utf8').digest('hex').slice(0, 20);
const windowName = (w: number, scope: string) => `bind:${String(w).padStart(10, '0')}:${scope}`;

function scopesOf(who: BindTrier): { scope: string; limit: number }[] {
  return [
    { scope: 'all', limit: BIND_TRIES_PER_HOUR.total },
    { scope: `a${scopeHash([who.account])}`, limit: BIND_TRIES_PER_HOUR.account },
    { scope: `c${scopeHash([who.account, who.contact])}`, limit: BIND_TRIES_PER_HOUR.contact },
  ];
}

let prunedBefore = 0;

async function bump(m: EntityManager, names: string[], by: 1 | -1): Promise<void> {
  const col = m.connection.driver.escape('value');
  for (const name of names) await m.query(`UPDATE counter SET ${col} = ${col} + (${by}) WHERE name = ?`, [name]);
}

/**
 * Counts one try before the code is looked at; throws BindTriesExceeded (taking nothing) when a
 * limit is reached. The caller gives the try back with `release()` unless it failed on the code.
 */
export async function reserveBindTry(ds: DataSource, who: BindTrier, now: Date): Promise<{ release(): Promise<void> }> {
  const w = Math.floor(now.getTime() / WINDOW_MS);
  const scopes = scopesOf(who);
  const names = scopes.map((s) => windowName(w, s.scope));
  // The rows exist before the counting transaction (MySQL: two transactions inserting the same
  // missing row deadlock on the gap lock); the old windows go at the same time.
  await inTransaction(ds, async ({ manager: m }) => {
    await m
      .createQueryBuilder()
      .insert()
      .into(Counter)
      .values(names.map((name) => ({ name, value: 0 })))
      .orIgnore()
      .updateEntity(false)
      .execute();
    if (w - WINDOWS > prunedBefore) {
      await m
        .createQueryBuilder()
        .delete()
        .from(Counter)
        .where('name LIKE :p AND name < :before', { p: 'bind:%', before: windowName(w - WINDOWS, '') })
        .execute();
      prunedBefore = w - WINDOWS;
    }
  });
  const ok = await inTransaction(ds, async ({ manager: m }) => {
    // The increments lock the current windows' rows: concurrent tries on a scope count in turn.
    await bump(m, names, 1);
    for (const s of scopes) {
      const recent = Array.from({ length: WINDOWS }, (_, i) => windowName(w - i, s.scope));
      const [row] = await m.query(
        `SELECT COALESCE(SUM(${m.connection.driver.escape('value')}), 0) AS n FROM counter WHERE name IN (${recent.map(() => '?').join(', ')})`,
        recent,
      );
      if (Number(row.n) > s.limit) {
        await bump(m, names, -1);
        return false;
      }
    }
    return true;
  });
  if (!ok) throw new BindTriesExceeded();
  let released = false;
  return {
    release: async () => {
      if (released) return;
      released = true;
      await inTransaction(ds, ({ manager: m }) => bump(m, names, -1));
    },
  };
}

/**
 * Uses a code: links the WeChat contact to the staff member (and unlinks it from anyone else).
 * Null for a wrong, used or expired code; BindTriesExceeded past the limits.
 */
export async function redeemBindCode(ds: DataSource, code: string, botAccount: string, contactId: string, now: Date): Promise<Staff | null> {
  const hold = await reserveBindTry(ds, { account: `chat:${botAccount}`, contact: contactId }, now);
  const staff = await redeem(ds, code, botAccount, contactId, now).catch(async (e) => {
    await hold.release();
    throw e;
  });
  // Only failed tries count: a success gives the try back.
  if (staff) await hold.release();
  return staff;
}

function redeem(ds: DataSource, code: string, botAccount: string, contactId: string, now: Date): Promise<Staff | null> {
  return inTransaction(ds, async ({ manager: m }) => {
    const row = await m.findOne(BindCode, { where: { codeHash: hashCode(code), usedAt: IsNull(), expiresAt: MoreThan(now) } });
    if (!row) return null;
    const staff = await m.findOne(Staff, { where: { id: row.staffId, active: true } });
    if (!staff) return null;
    const key = wechatKey(botAccount, contactId);
    await m.update(BindCode, { id: row.id }, { usedAt: now });
    await m.createQueryBuilder().update(Staff).set({ wechatId: null }).where('wechatId = :key AND id <> :id', { key, id: staff.id }).execute();
    await m.update(Staff, { id: staff.id }, { wechatId: key });
    // What waited for this binding goes out now, as one digest (src/outbox/held.ts).
    await releaseHeldNotices(m, staff.id, now);
    return { ...staff, wechatId: key };
  });
}

/** A code that was posted in a group is burnt. */
export async function revokeBindCode(ds: DataSource, code: string, now: Date): Promise<boolean> {
  const r = await inTransaction(ds, ({ manager: m }) =>
    m
      .createQueryBuilder()
      .update(BindCode)
      .set({ expiresAt: now })
      .where('codeHash = :h AND usedAt IS NULL AND expiresAt > :now', { h: hashCode(code), now })
      .execute(),
  );
  return (r.affected ?? 0) > 0;
}

/** "湖南双清区" in "湖南省邵阳市双清区": every character, in order. */
function isSubsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (const ch of hay) if (ch === needle[i]) i++;
  return i === needle.length;
}

// ---------------------------------------------------------------------------------------------
// Places named in "绑定 <地名>"

export type PlaceLookup = { code: string; path: string } | { ambiguous: string[] } | { unknown: true };

/**
 * A village through the gazetteer; else a township, county or city by its name (the last one
 * written wins, earlier names narrow it: "双清区火车站乡"). Never a guess between candidates.
 */
export async function lookupArea(ds: DataSource, text: string, context?: string | null): Promise<PlaceLookup> {
  const index = await placeIndex(ds);
  const place = text.replace(/\s+/g, '');
  const r = index.resolve(place, context ? { context } : undefined);
  if (r.status === 'resolved' && r.matchedText) return { code: r.village.code, path: r.village.path };
  if (r.status === 'ambiguous') return { ambiguous: r.candidates.slice(0, 5).map((c) => c.path) };

  const m = ds.manager;
  // Longest suffix of the text that names an area.
  for (let start = 0; start < place.length - 1; start++) {
    const tail = place.slice(start);
    const rows = await m.find(Jurisdiction, {
      where: [
        { name: tail, level: In(['city', 'county', 'township']) },
        { shortName: tail, level: In(['city', 'county', 'township']) },
      ],
      take: 50,
    });
    if (!rows.length) continue;
    const head = place.slice(0, start);
    let fit = rows;
    if (head) {
      fit = rows.filter((row) => {
        const path = index.lookup(row.code)?.path ?? '';
        return isSubsequence(head, path);
      });
    }
    if (context) {
      const inside = fit.filter((row) => row.code.startsWith(context.slice(0, Math.min(context.length, 6))));
      if (inside.length) fit = inside;
    }
    if (fit.length === 1) return { code: fit[0].code, path: index.lookup(fit[0].code)?.path ?? fit[0].name };
    if (fit.length > 1) return { ambiguous: fit.slice(0, 5).map((row) => index.lookup(row.code)?.path ?? row.name) };
  }
  return { unknown: true };
}

// ---------------------------------------------------------------------------------------------
// Group bindings (ChatTarget rows of kind wechat_room)

/** The binding a room message belongs to: by room id in this login, else by topic (re-resolving the id). */
export async function targetForRoom(
  m: EntityManager,
  botAccount: string,
  roomId: string | null | undefined,
  topic: string | null | undefined,
): Promise<ChatTarget | null> {
  if (roomId) {
    const byId = await m.findOne(ChatTarget, { where: { kind: 'wechat_room', active: true, botAccount, roomId }, order: { id: 'DESC' } });
    if (byId) return byId;
  }
  if (topic) {
    const byTopic = await m.findOne(ChatTarget, {
      where: [
        { kind: 'wechat_room', active: true, botAccount, topic },
        { kind: 'wechat_room', active: true, botAccount: IsNull(), topic },
      ],
      order: { id: 'DESC' },
    });
    if (byTopic && roomId && (byTopic.roomId !== roomId || byTopic.botAccount !== botAccount)) {
      await m.update(ChatTarget, { id: byTopic.id }, { roomId, botAccount });
      return { ...byTopic, roomId, botAccount };
    }
    return byTopic;
  }
  return null;
}

export async function bindRoom(
  ds: DataSource,
  input: {
    botAccount: string | null;
    roomId: string | null;
    topic: string | null;
    jurisdictionCode: string;
    purpose: 'village_group' | 'work_group';
    staffId: number | null;
  },
  now: Date,
): Promise<ChatTarget> {
  return inTransaction(ds, async ({ manager: m }) => {
    const existing = input.botAccount
      ? await targetForRoom(m, input.botAccount, input.roomId, input.topic)
      : input.topic
        ? await m.findOne(ChatTarget, { where: { kind: 'wechat_room', active: true, topic: input.topic, botAccount: IsNull() } })
        : null;
    const values = {
      jurisdictionCode: input.jurisdictionCode,
      purpose: input.purpose,
      topic: input.topic ? input.topic.slice(0, 100) : null,
      roomId: input.roomId,
      botAccount: input.botAccount,
      boundByStaffId: input.staffId,
      active: true,
    };
    if (existing) {
      await m.update(ChatTarget, { id: existing.id }, values);
      return { ...existing, ...values };
    }
    return m.save(m.create(ChatTarget, { kind: 'wechat_room', webhookUrl: null, createdAt: now, ...values }));
  });
}

export async function unbindRoom(ds: DataSource, id: number): Promise<void> {
  await inTransaction(ds, ({ manager: m }) => m.update(ChatTarget, { id }, { active: false }));
}

export const presentRoom = (t: ChatTarget): ResolvedRoom => ({
  chatTargetId: t.id,
  jurisdictionCode: t.jurisdictionCode,
  purpose: t.purpose,
  topic: t.topic,
  roomId: t.roomId,
});

/**
 * On login the bot lists its rooms; bindings get this login's room ids by topic (a room whose id
 * is still known keeps its binding and updates a changed topic). Returns what is bound and which
 * bindings found no room (renamed or left while the bot was down: re-bind in the group).
 */
export async function resolveRooms(ds: DataSource, botAccount: string, rooms: RoomInfo[]): Promise<{ bound: ResolvedRoom[]; missing: ResolvedRoom[] }> {
  return inTransaction(ds, async ({ manager: m }) => {
    const targets = await m.find(ChatTarget, {
      where: [
        { kind: 'wechat_room', active: true, botAccount },
        { kind: 'wechat_room', active: true, botAccount: IsNull() },
      ],
      order: { id: 'ASC' },
    });
    const bound: ChatTarget[] = [];
    const used = new Set<number>();
    const byId = new Map(rooms.map((r) => [r.id, r]));
    // Same id, maybe a new topic.
    for (const t of targets) {
      const room = t.roomId && t.botAccount === botAccount ? byId.get(t.roomId) : undefined;
      if (!room) continue;
      used.add(t.id);
      if (room.topic && room.topic !== t.topic) await m.update(ChatTarget, { id: t.id }, { topic: room.topic.slice(0, 100) });
      bound.push({ ...t, topic: room.topic || t.topic });
      byId.delete(room.id);
    }
    // New ids by topic.
    for (const room of byId.values()) {
      const t = targets.find((x) => !used.has(x.id) && x.topic && x.topic === room.topic);
      if (!t) continue;
      used.add(t.id);
      await m.update(ChatTarget, { id: t.id }, { roomId: room.id, botAccount });
      bound.push({ ...t, roomId: room.id, botAccount });
    }
    const missing = targets.filter((t) => !used.has(t.id) && (t.botAccount === botAccount || t.topic));
    return { bound: bound.map(presentRoom), missing: missing.map(presentRoom) };
  });
}

/** Unit names for 转办: exact name, else those containing the text, nearest the ticket's county. */
export async function findUnits(m: EntityManager, name: string, countyCode: string | null): Promise<Unit[]> {
  const exact = await m.find(Unit, { where: { name } });
  if (exact.length === 1) return exact;
  const all = exact.length
    ? exact
    : await m
        .createQueryBuilder(Unit, 'u')
        .where('u.name LIKE :n', { n: `%${name.replace(/[%_]/g, '')}%` })
        .take(50)
        .getMany();
  if (all.length <= 1 || !countyCode) return all;
  const county = all.filter((u) => u.jurisdictionCode.startsWith(countyCode.slice(0, 6)));
  if (county.length) return county;
  const city = all.filter((u) => u.jurisdictionCode.startsWith(countyCode.slice(0, 4)));
  return city.length ? city : all;
}
