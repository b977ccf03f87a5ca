import crypto from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, MoreThan } from 'typeorm';
import { issueToken } from '../../auth/tokens';
import { inTransaction } from '../../db/tx';
import { Attachment } from '../../entities/Attachment';
import { BindCode } from '../../entities/BindCode';
import { issueBindCode, reserveBindTry } from '../chat/binding';
import { Petitioner } from '../../entities/Petitioner';
import { Staff } from '../../entities/Staff';
import { Ticket } from '../../entities/Ticket';
import { Unit } from '../../entities/Unit';
import { AppError, badRequest, conflict, forbidden, notFound, tooMany, unavailable } from '../../errors';
import { log } from '../../log';
import type { Actor } from '../../tickets';
import type { Limiter } from '../../tickets';
import { originOf, createTicket, CreateResult, loadReadable } from '../../tickets';
import { StoredImage } from './uploads';
import { ERR, WeChatClient, WeChatError, WeChatUnavailable } from './wechat';

export const SESSION_DAYS = 30;
export const MAX_PHOTOS = 9;
/** Uploads not yet attached to a ticket, per person per day: enough for a few reports, not a disk-filler. */
export const MAX_PENDING_UPLOADS = 40;

const DAY_MS = 86_400_000;

// ---------------------------------------------------------------------------------------------
// Login

export interface LoginResult {
  token: string;
  role: 'villager' | 'cadre' | 'leader' | 'admin';
  expiresAt: string;
  staff?: { id: number; name: string; unitId: number | null; unitName: string | null };
}

/** WeChat's answer in words a mini-program can show; never a 500 for WeChat's trouble. */
export function loginError(e: unknown): AppError {
  if (e instanceof WeChatError) {
    switch (e.errcode) {
      case ERR.INVALID_CODE:
        return badRequest('登录凭证 code 无效，请重新登录', 'code');
      case ERR.CODE_USED:
        return badRequest('登录凭证 code 已被使用，请重新登录', 'code');
      case ERR.RATE_LIMITED:
        return tooMany('登录过于频繁，请稍后再试');
      case ERR.HIGH_RISK:
        return forbidden('微信判定该账号存在风险，暂不能登录');
      case ERR.BUSY:
        return unavailable('微信服务繁忙，请稍后重试');
    }
    log.warn('jscode2session failed', { errcode: e.errcode });
    return new AppError(502, 'upstream_error', `微信登录失败（${e.errcode}），请稍后重试`);
  }
  if (e instanceof WeChatUnavailable) {
    log.warn('jscode2session unavailable', { reason: e.message });
    return unavailable('暂时无法连接微信，请稍后重试');
  }
  return e as AppError;
}

/**
 * `wx.login` code → a session token. A WeChat bound to a staff member gets a staff token;
 * everybody else is a villager, found by openid (or unionid) or created on first login.
 */
export async function loginWithCode(ds: DataSource, client: WeChatClient | null, code: string, now = new Date()): Promise<LoginResult> {
  if (!client) throw unavailable('小程序登录未配置（MP_APPID / MP_SECRET）');
  let session;
  try {
    session = await client.code2Session(code);
  } catch (e) {
    throw loginError(e);
  }
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * DAY_MS);
  return inTransaction(ds, async ({ manager: m }) => {
    const staff = await m.findOne(Staff, { where: { openid: session.openid, active: true }, order: { id: 'ASC' } });
    if (staff) return staffSession(m, staff, expiresAt);

    let p = await m.findOne(Petitioner, { where: { openid: session.openid }, order: { id: 'ASC' } });
    if (!p && session.unionid) {
      // Same person known from another app of the same Open Platform account.
      p = await m.findOne(Petitioner, { where: { unionid: session.unionid }, order: { id: 'ASC' } });
      if (p && !p.openid) await m.update(Petitioner, { id: p.id }, { openid: session.openid });
    }
    if (p && !p.unionid && session.unionid) await m.update(Petitioner, { id: p.id }, { unionid: session.unionid });
    if (!p) {
      p = await m.save(
        m.create(Petitioner, { name: null, phone: null, wechatId: null, openid: session.openid, unionid: session.unionid, villageCode: null, createdAt: now }),
      );
    }
    const { token } = await issueToken(m, { role: 'villager', name: 'mp', petitionerId: p.id, expiresAt });
    return { token, role: 'villager' as const, expiresAt: expiresAt.toISOString() };
  });
}

async function staffSession(m: EntityManager, staff: Staff, expiresAt: Date): Promise<LoginResult> {
  const { token } = await issueToken(m, { role: staff.role, name: `mp:${staff.name}`.slice(0, 64), staffId: staff.id, expiresAt });
  const unit = staff.unitId ? await m.findOne(Unit, { where: { id: staff.unitId } }) : null;
  return {
    token,
    role: staff.role,
    expiresAt: expiresAt.toISOString(),
    staff: { id: staff.id, name: staff.name, unitId: staff.unitId, unitName: unit?.name ?? null },
  };
}

// ---------------------------------------------------------------------------------------------
// Binding a cadre's WeChat

/**
 * Bind codes are the chat side's (`bind_code`, issued by src/chat/binding.ts, valid 10 minutes):
 * one code per member of staff works in the bot's private chat (links their WeChat id) and in the
 * mini-program (links their openid). Same hash as there; test/http/mp.test.ts redeems codes issued
 * by that module. Tries are limited there too: the mini-program is one "account" whose contacts
 * are its users (5 failed tries an hour per user, 20 for the mini-program, 30 in total).
 */
const hashBindCode = (code: string) => crypto.createHash('sha256').update(`cunsheng-bind:${code}`, 'utf8').digest('hex');
const normalizeCode = (raw: string) => raw.normalize('NFKC').replace(/[\s-]/g, '');

export async function issueMpBindCode(ds: DataSource, actor: Actor, staffId: number, now = new Date()) {
  if (actor.kind !== 'admin' && actor.kind !== 'sysadmin') throw forbidden('只有管理员可以发放绑定码');
  const { code, expiresAt, staff } = await issueBindCode(ds, staffId, now);
  return { code, staffId, staffName: staff.name, expiresAt: expiresAt.toISOString() };
}

/** A logged-in mini-program user redeems a bind code: their openid becomes the staff member's. */
export async function bindStaff(ds: DataSource, actor: Actor, rawCode: string, now = new Date()): Promise<LoginResult> {
  if (actor.kind !== 'villager') throw forbidden('请先用小程序登录再绑定');
  const petitioner = await ds.manager.findOne(Petitioner, { where: { id: actor.petitionerId } });
  if (!petitioner?.openid) throw forbidden('请先用小程序登录再绑定');
  const openid = petitioner.openid;
  // Counted before the code is looked at; past the limits even the right code is refused (429).
  const hold = await reserveBindTry(ds, { account: 'mp', contact: `p:${actor.petitionerId}` }, now);
  try {
    const session = await inTransaction(ds, async ({ manager: m }) => {
      const rec = await m.findOne(BindCode, { where: { codeHash: hashBindCode(normalizeCode(rawCode)) } });
      if (!rec || rec.usedAt || rec.expiresAt.getTime() <= now.getTime()) throw badRequest('绑定码无效或已过期，请联系管理员重新发放', 'code');
      const staff = await m.findOne(Staff, { where: { id: rec.staffId, active: true } });
      if (!staff) throw badRequest('绑定码对应的工作人员已停用', 'code');
      const other = await m.findOne(Staff, { where: { openid, active: true } });
      if (other && other.id !== staff.id) throw conflict('该微信已绑定其他工作人员账号', 'already_bound');
      // Spend the code exactly once, even with two phones racing.
      const spent = await m.createQueryBuilder().update(BindCode).set({ usedAt: now }).where('id = :id AND usedAt IS NULL', { id: rec.id }).execute();
      if (!spent.affected) throw badRequest('绑定码无效或已过期，请联系管理员重新发放', 'code');
      await m.update(Staff, { id: staff.id }, { openid });
      return staffSession(m, { ...staff, openid }, new Date(now.getTime() + SESSION_DAYS * DAY_MS));
    });
    await hold.release();
    return session;
  } catch (e) {
    // Only a wrong, used or expired code is a failed try; anything else gives it back.
    if (!(e instanceof AppError && e.field === 'code')) await hold.release();
    throw e;
  }
}

// ---------------------------------------------------------------------------------------------
// Uploads and attachments

export function uploaderOf(actor: Actor): { uploaderKind: 'petitioner' | 'staff'; uploaderId: number } {
  if (actor.kind === 'villager') return { uploaderKind: 'petitioner', uploaderId: actor.petitionerId };
  if (actor.kind === 'cadre' || actor.kind === 'leader') return { uploaderKind: 'staff', uploaderId: actor.staff.id };
  throw forbidden('只有群众和工作人员可以上传照片');
}

/** Refuses before reading the body when the person already has too many unattached uploads. */
export async function checkUploadQuota(m: EntityManager, actor: Actor, now = new Date()): Promise<void> {
  const who = uploaderOf(actor);
  const pending = await m.count(Attachment, { where: { ...who, ticketId: IsNull(), createdAt: MoreThan(new Date(now.getTime() - DAY_MS)) } });
  if (Number(pending) >= MAX_PENDING_UPLOADS) throw tooMany(`未使用的照片过多（${MAX_PENDING_UPLOADS} 张），请先提交诉求`);
}

export async function recordUpload(ds: DataSource, actor: Actor, img: StoredImage, now = new Date()): Promise<Attachment> {
  const who = uploaderOf(actor);
  return inTransaction(ds, ({ manager: m }) =>
    m.save(m.create(Attachment, { ticketId: null, kind: 'image', storageKey: img.key, mime: img.mime, size: img.size, ...who, createdAt: now })),
  );
}

/** The ids must be this person's own images, not yet on any ticket. */
export async function checkOwnPhotos(m: EntityManager, actor: Actor, ids: number[] | undefined, field = 'photoIds'): Promise<number[]> {
  const uniq = [...new Set(ids ?? [])];
  if (uniq.length > MAX_PHOTOS) throw badRequest(`最多 ${MAX_PHOTOS} 张照片`, field);
  if (!uniq.length) return [];
  const who = uploaderOf(actor);
  const rows = await m.find(Attachment, { where: { id: In(uniq), ...who, kind: 'image', ticketId: IsNull() } });
  if (rows.length !== uniq.length) {
    const ok = new Set(rows.map((r) => r.id));
    throw badRequest(`照片 ${uniq.filter((i) => !ok.has(i)).join(', ')} 不存在或已使用，请重新上传`, field);
  }
  return uniq;
}

/**
 * An attachment for someone allowed to see it: before it is on a ticket, its uploader only;
 * afterwards, whoever may read the ticket. Everybody else gets "not found".
 */
export async function readableAttachment(m: EntityManager, actor: Actor, id: number): Promise<Attachment> {
  const att = await m.findOne(Attachment, { where: { id } });
  if (!att) throw notFound('附件');
  if (att.ticketId === null) {
    const mine =
      (actor.kind === 'villager' && att.uploaderKind === 'petitioner' && att.uploaderId === actor.petitionerId) ||
      ((actor.kind === 'cadre' || actor.kind === 'leader') && att.uploaderKind === 'staff' && att.uploaderId === actor.staff.id);
    if (!mine) throw notFound('附件');
    return att;
  }
  try {
    await loadReadable(m, actor, att.ticketId);
  } catch (e) {
    if (e instanceof AppError && e.status === 404) throw notFound('附件');
    throw e;
  }
  return att;
}

// ---------------------------------------------------------------------------------------------
// Reporting

export interface ReportInput {
  clientId: string;
  text: string;
  category?: string;
  villageCode?: string;
  place?: string;
  location?: { lat: number; lng: number };
  photoIds?: number[];
}

/** The idempotency key is the villager's own: one villager's client id never meets another's ticket. */
export const reportExternalId = (petitionerId: number, clientId: string) => `mp:${petitionerId}:${clientId}`;

export async function reportTicket(
  ds: DataSource,
  actor: Actor,
  input: ReportInput,
  opts: { now?: Date; limiter?: Limiter | null } = {},
): Promise<CreateResult> {
  const now = opts.now ?? new Date();
  if (actor.kind !== 'villager') throw forbidden('请用群众身份提交诉求');
  const externalId = reportExternalId(actor.petitionerId, input.clientId);
  // Keys belong to their caller (the ticket's origin): a key another caller used is not this villager's ticket.
  const existing = await ds.manager.findOne(Ticket, { where: { channel: 'miniprogram', origin: originOf(actor), externalId } });
  if (existing) return { ticket: existing, created: false };
  const photoIds = await checkOwnPhotos(ds.manager, actor, input.photoIds);
  const petitioner = await ds.manager.findOne(Petitioner, { where: { id: actor.petitionerId } });
  const result = await createTicket(
    ds,
    actor,
    {
      text: input.text,
      category: input.category ?? null,
      villageCode: input.villageCode ?? null,
      place: input.place ?? null,
      // Free text is resolved within the county the villager reported from before.
      contextJurisdiction: !input.villageCode && petitioner?.villageCode ? petitioner.villageCode.slice(0, 6) : null,
      channel: 'miniprogram',
      externalId,
      petitionerId: actor.petitionerId,
      attachmentIds: photoIds,
    },
    { now, limiter: opts.limiter ?? null },
  );
  if (result.created && (input.location || (result.ticket.villageCode && !petitioner?.villageCode))) {
    await inTransaction(ds, async ({ manager: m }) => {
      if (input.location) {
        const { lat, lng } = input.location;
        await m.save(
          m.create(Attachment, {
            ticketId: result.ticket.id,
            kind: 'location',
            storageKey: `geo:${lat.toFixed(6)},${lng.toFixed(6)}`,
            mime: 'application/geo+json',
            size: 0,
            uploaderKind: 'petitioner',
            uploaderId: actor.petitionerId,
            createdAt: now,
          }),
        );
      }
      if (result.ticket.villageCode) {
        await m
          .createQueryBuilder()
          .update(Petitioner)
          .set({ villageCode: result.ticket.villageCode })
          .where('id = :id AND villageCode IS NULL', { id: actor.petitionerId })
          .execute();
      }
    });
  }
  return result;
}

export function parseLocation(a: Attachment): { lat: number; lng: number } | null {
  const m = /^geo:(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(a.storageKey);
  return m ? { lat: Number(m[1]), lng: Number(m[2]) } : null;
}
