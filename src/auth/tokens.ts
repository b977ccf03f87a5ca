import crypto from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ApiToken, TokenRole } from '../entities/ApiToken';
import { Petitioner } from '../entities/Petitioner';
import { Staff } from '../entities/Staff';
import { readSetting } from '../config';
import { badRequest } from '../errors';
import { bumpCacheVersion } from '../db/cache-version';

export const TOKEN_PREFIX = 'cs_';
export const TOKEN_ROLES: readonly TokenRole[] = ['sysadmin', 'admin', 'bot', 'channel', 'cadre', 'leader', 'villager'];
/** Tokens of people who work tickets: they expire (STAFF_TOKEN_TTL_DAYS, 90 days by default). */
export const STAFF_TOKEN_ROLES: readonly TokenRole[] = ['sysadmin', 'admin', 'cadre', 'leader'];
export const isStaffTokenRole = (role: TokenRole) => STAFF_TOKEN_ROLES.includes(role);

const DAY_MS = 86_400_000;
let ttlMemo: { raw: string | undefined; days: number } | null = null;

/** STAFF_TOKEN_TTL_DAYS through the config parser, re-read only when the variable changes. */
export function staffTokenTtlDays(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env.STAFF_TOKEN_TTL_DAYS;
  if (!ttlMemo || ttlMemo.raw !== raw) ttlMemo = { raw, days: readSetting('STAFF_TOKEN_TTL_DAYS', env) };
  return ttlMemo.days;
}

/**
 * When a token stops working. Staff tokens issued before expiry was enforced carry no
 * `expiresAt`; they lapse `STAFF_TOKEN_TTL_DAYS` after they were created, like new ones.
 */
export function tokenExpiry(t: Pick<ApiToken, 'role' | 'createdAt' | 'expiresAt'>, ttlDays = staffTokenTtlDays()): Date | null {
  if (t.expiresAt) return t.expiresAt;
  return isStaffTokenRole(t.role) ? new Date(t.createdAt.getTime() + ttlDays * DAY_MS) : null;
}

/** 32 random bytes, base64url, with a prefix so leaked tokens are recognisable (secret scanners, logs). */
export function generateToken(): string {
  return TOKEN_PREFIX + crypto.randomBytes(32).toString('base64url');
}

/** Only the hash is stored: a database dump does not hand out working tokens. */
export function hashToken(token: string): string {
  return crypto.createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface IssueTokenInput {
  role: TokenRole;
  name?: string;
  staffId?: number | null;
  petitionerId?: number | null;
  /** Unset: staff tokens get STAFF_TOKEN_TTL_DAYS, villager/channel/bot tokens do not expire. */
  expiresAt?: Date | null;
}

const NAME_MAX = 64;

/**
 * Creates a token and stores its hash. Staff tokens must name an active staff member of the same
 * role; villager tokens name a petitioner; channel and bot tokens name neither. A system-wide
 * administrator's token is not issued here: only the CLI issues it (`issueSystemToken`), so no
 * HTTP path that reaches this function can mint or escalate to one.
 */
export async function issueToken(manager: EntityManager, input: IssueTokenInput): Promise<{ token: string; record: ApiToken }> {
  if (input.role === 'sysadmin') throw badRequest('系统管理员令牌只能用命令行签发', 'role');
  return issue(manager, input);
}

/** The system-wide administrator's token (anonymous, or naming an admin): for the CLI only. */
export async function issueSystemToken(
  manager: EntityManager,
  input: Omit<IssueTokenInput, 'role' | 'petitionerId'>,
): Promise<{ token: string; record: ApiToken }> {
  return issue(manager, { ...input, role: 'sysadmin' });
}

async function issue(manager: EntityManager, input: IssueTokenInput): Promise<{ token: string; record: ApiToken }> {
  const { role } = input;
  if (!TOKEN_ROLES.includes(role)) throw badRequest(`未知角色: ${String(role)}`, 'role');
  const staffId = input.staffId ?? null;
  const petitionerId = input.petitionerId ?? null;
  if (input.expiresAt && !(input.expiresAt.getTime() > Date.now())) throw badRequest('过期时间必须在将来', 'expiresAt');

  let defaultName: string = role;
  if (role === 'cadre' || role === 'leader' || role === 'admin' || role === 'sysadmin') {
    if (petitionerId !== null) throw badRequest(`${role} 令牌不能关联群众`, 'petitionerId');
    if (staffId === null) {
      if (role !== 'sysadmin') throw badRequest(`${role} 令牌必须指定工作人员`, 'staffId');
    } else {
      const staff = await manager.findOne(Staff, { where: { id: staffId } });
      if (!staff) throw badRequest(`工作人员 ${staffId} 不存在`, 'staffId');
      if (!staff.active) throw badRequest(`工作人员 ${staffId} 已停用`, 'staffId');
      if (staff.role !== role && !(role === 'sysadmin' && staff.role === 'admin'))
        throw badRequest(`工作人员 ${staffId} 的角色是 ${staff.role}，不是 ${role}`, 'staffId');
      defaultName = staff.name;
    }
  } else if (role === 'villager') {
    if (staffId !== null) throw badRequest('群众令牌不能关联工作人员', 'staffId');
    if (petitionerId === null) throw badRequest('群众令牌必须指定群众', 'petitionerId');
    const p = await manager.findOne(Petitioner, { where: { id: petitionerId } });
    if (!p) throw badRequest(`群众 ${petitionerId} 不存在`, 'petitionerId');
  } else if (staffId !== null || petitionerId !== null) {
    throw badRequest('渠道令牌不能关联具体人员', 'staffId');
  }

  const name = (input.name ?? defaultName).trim();
  if (!name) throw badRequest('名称不能为空', 'name');
  if (name.length > NAME_MAX) throw badRequest(`名称不能超过 ${NAME_MAX} 个字符`, 'name');

  const token = generateToken();
  const createdAt = new Date();
  const record = manager.create(ApiToken, {
    tokenHash: hashToken(token),
    role,
    name,
    staffId,
    petitionerId,
    createdAt,
    expiresAt: input.expiresAt ?? (isStaffTokenRole(role) ? new Date(createdAt.getTime() + staffTokenTtlDays() * DAY_MS) : null),
    revokedAt: null,
  });
  await manager.save(record);
  return { token, record };
}

/**
 * The record for a presented token if it is usable now: not revoked, not expired, and (for staff
 * tokens) its staff member still active, so deactivating a person cuts off their tokens too.
 */
export async function findToken(manager: EntityManager, token: string, now = Date.now()): Promise<ApiToken | null> {
  if (typeof token !== 'string' || !token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const record = await manager.findOne(ApiToken, { where: { tokenHash: hashToken(token) } });
  if (!record) return null;
  if (record.revokedAt) return null;
  const expiry = tokenExpiry(record);
  if (expiry && expiry.getTime() <= now) return null;
  if (record.staffId !== null) {
    const staff = await manager.findOne(Staff, { where: { id: record.staffId }, select: { id: true, active: true, role: true } });
    if (!staff || !staff.active || (staff.role !== record.role && !(record.role === 'sysadmin' && staff.role === 'admin'))) return null;
  }
  return record;
}

/**
 * The cheap re-check a cached token gets every second: one primary-key read of whether it was
 * revoked or given an earlier expiry and, for staff tokens, whether the person is still active.
 * Fixed SQL text with bound values (SQLite reuses the prepared statement): ~30 µs on SQLite,
 * one round trip on MySQL.
 */
export async function tokenStillValid(manager: EntityManager, id: number, now = new Date()): Promise<boolean> {
  const driver = manager.connection.driver;
  let sql = stillValidSql.get(driver);
  if (!sql) {
    const q = (n: string) => driver.escape(n);
    sql =
      `SELECT t.${q('revokedAt')} AS revokedAt, t.${q('staffId')} AS staffId, s.${q('active')} AS active ` +
      `FROM ${q('api_token')} t LEFT JOIN ${q('staff')} s ON s.${q('id')} = t.${q('staffId')} ` +
      `WHERE t.${q('id')} = ? AND (t.${q('expiresAt')} IS NULL OR t.${q('expiresAt')} > ?)`;
    stillValidSql.set(driver, sql);
  }
  const expiresAt = manager.connection.getMetadata(ApiToken).findColumnWithPropertyName('expiresAt')!;
  const rows: { revokedAt: unknown; staffId: unknown; active: unknown }[] = await manager.query(sql, [id, driver.preparePersistentValue(now, expiresAt)]);
  const row = rows[0];
  if (!row || row.revokedAt !== null) return false;
  return row.staffId === null || Number(row.active) === 1 || row.active === true;
}
const stillValidSql = new WeakMap<object, string>();

/** Stops a token working (every process notices within a second); `false` if already revoked. */
export async function revokeToken(manager: EntityManager, id: number, now = new Date()): Promise<'revoked' | 'already' | 'missing'> {
  const res = await manager.createQueryBuilder().update(ApiToken).set({ revokedAt: now }).where('id = :id AND revokedAt IS NULL', { id }).execute();
  if (res.affected) {
    // Every server process drops its resolved tokens at its next poll (~250 ms).
    await bumpCacheVersion(manager, 'tokens');
    return 'revoked';
  }
  return (await manager.findOne(ApiToken, { where: { id }, select: { id: true } })) ? 'already' : 'missing';
}

export interface TokenListing {
  id: number;
  role: TokenRole;
  name: string;
  staffId: number | null;
  petitionerId: number | null;
  createdAt: Date;
  expiresAt: Date | null;
  revokedAt: Date | null;
}

/** Tokens for `token:list`: never the token or its hash. */
export async function listTokens(manager: EntityManager, f: { role?: TokenRole; usable?: boolean; now?: Date } = {}): Promise<TokenListing[]> {
  const now = f.now ?? new Date();
  const rows = await manager.find(ApiToken, {
    where: f.role ? { role: f.role } : {},
    select: { id: true, role: true, name: true, staffId: true, petitionerId: true, createdAt: true, expiresAt: true, revokedAt: true },
    order: { id: 'ASC' },
  });
  const ttl = staffTokenTtlDays();
  return rows
    .map((r) => ({
      id: r.id,
      role: r.role,
      name: r.name,
      staffId: r.staffId,
      petitionerId: r.petitionerId,
      createdAt: r.createdAt,
      expiresAt: tokenExpiry(r, ttl),
      revokedAt: r.revokedAt,
    }))
    .filter((r) => !f.usable || (!r.revokedAt && (!r.expiresAt || r.expiresAt > now)));
}
