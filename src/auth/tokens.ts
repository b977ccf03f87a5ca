import crypto from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ApiToken, TokenRole } from '../entities/ApiToken';
import { Petitioner } from '../entities/Petitioner';
import { Staff } from '../entities/Staff';
import { badRequest } from '../errors';

export const TOKEN_PREFIX = 'cs_';
export const TOKEN_ROLES: readonly TokenRole[] = ['sysadmin', 'admin', 'bot', 'channel', 'cadre', 'leader', 'villager'];

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
  expiresAt?: Date | null;
}

const NAME_MAX = 64;

/**
 * Creates a token and stores its hash. Staff tokens must name an active staff member of the same
 * role (an admin token may also be anonymous: the bootstrap token issued from the CLI); villager
 * tokens name a petitioner; channel tokens name neither.
 */
export async function issueToken(
  manager: EntityManager,
  input: IssueTokenInput,
): Promise<{ token: string; record: ApiToken }> {
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
      if (staff.role !== role && !(role === 'sysadmin' && staff.role === 'admin')) throw badRequest(`工作人员 ${staffId} 的角色是 ${staff.role}，不是 ${role}`, 'staffId');
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
  const record = manager.create(ApiToken, {
    tokenHash: hashToken(token),
    role,
    name,
    staffId,
    petitionerId,
    createdAt: new Date(),
    expiresAt: input.expiresAt ?? null,
    revokedAt: null,
  });
  await manager.save(record);
  return { token, record };
}

/**
 * The record for a presented token if it is usable now: not revoked, not expired, and (for staff
 * tokens) its staff member still active, so deactivating a person cuts off their tokens too.
 */
export async function findToken(manager: EntityManager, token: string): Promise<ApiToken | null> {
  if (typeof token !== 'string' || !token.startsWith(TOKEN_PREFIX) || token.length > 200) return null;
  const record = await manager.findOne(ApiToken, { where: { tokenHash: hashToken(token) } });
  if (!record) return null;
  if (record.revokedAt) return null;
  if (record.expiresAt && record.expiresAt.getTime() <= Date.now()) return null;
  if (record.staffId !== null) {
    const staff = await manager.findOne(Staff, { where: { id: record.staffId }, select: { id: true, active: true, role: true } });
    if (!staff || !staff.active || (staff.role !== record.role && !(record.role === 'sysadmin' && staff.role === 'admin'))) return null;
  }
  return record;
}
