import crypto from 'node:crypto';
import { promisify } from 'node:util';
import type { EntityManager } from 'typeorm';
import { Staff } from '../entities/Staff';
import { StaffCredential } from '../entities/StaffCredential';
import { badRequest } from '../errors';

/**
 * Console passwords: scrypt (node:crypto) with a random salt per password and the parameters
 * stored beside the hash (`scrypt$N$r$p$salt$hash`, base64url), so a later cost increase still
 * verifies old hashes. N = 2^15, r = 8 (32 MiB, ~50–100 ms per try on one core): slow enough to
 * make a stolen table expensive, fast enough for a county's logins.
 */
export const SCRYPT = { N: 2 ** 15, r: 8, p: 1, keylen: 32 } as const;
const scryptAsync = promisify(crypto.scrypt) as (pw: string | Buffer, salt: Buffer, keylen: number, opts: crypto.ScryptOptions) => Promise<Buffer>;
const maxmem = (N: number, r: number) => 128 * N * r * 2;

export const PASSWORD_MIN = 8;
export const PASSWORD_MAX = 128;

export async function hashPassword(password: string, params: { N: number; r: number; p: number } = SCRYPT): Promise<string> {
  const salt = crypto.randomBytes(16);
  const key = await scryptAsync(password.normalize('NFKC'), salt, SCRYPT.keylen, { ...params, maxmem: maxmem(params.N, params.r) });
  return ['scrypt', params.N, params.r, params.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

/** Constant-time comparison; false for anything malformed (never throws on a stored value). */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [N, r, p] = parts.slice(1, 4).map(Number);
  // Parameters from the row: bounded, so a tampered row cannot make a login take minutes or all memory.
  if (![N, r, p].every(Number.isSafeInteger) || N < 2 ** 10 || N > 2 ** 20 || (N & (N - 1)) !== 0 || r < 1 || r > 32 || p < 1 || p > 16) return false;
  const salt = Buffer.from(parts[4], 'base64url');
  const expected = Buffer.from(parts[5], 'base64url');
  if (salt.length < 8 || expected.length < 16) return false;
  const key = await scryptAsync(password.normalize('NFKC'), salt, expected.length, { N, r, p, maxmem: maxmem(N, r) });
  return crypto.timingSafeEqual(key, expected);
}

/** A hash nobody's password matches: spent on unknown logins so they take as long as known ones. */
let decoy: Promise<string> | null = null;
export const decoyHash = (): Promise<string> => (decoy ??= hashPassword(crypto.randomBytes(18).toString('base64url')));

/** Why a new password is refused (null = acceptable). */
export function passwordProblem(password: string, staff: Pick<Staff, 'name' | 'phone'>): string | null {
  if (password.length < PASSWORD_MIN) return `密码至少 ${PASSWORD_MIN} 位`;
  if (password.length > PASSWORD_MAX) return `密码不超过 ${PASSWORD_MAX} 位`;
  const classes = [/[A-Za-z]/, /\d/, /[^A-Za-z\d]/].filter((re) => re.test(password)).length;
  if (classes < 2) return '密码须包含字母、数字、符号中的至少两类';
  const lower = password.toLowerCase();
  if ((staff.name && lower.includes(staff.name.toLowerCase())) || (staff.phone && lower.includes(staff.phone.replace(/\D/g, ''))))
    return '密码不能包含本人姓名或手机号';
  return null;
}

/** 16 characters from an alphabet without look-alikes (no 0/O, 1/l/I), always letters and digits. */
export function generatePassword(): string {
  const letters = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
  const digits = '23456789';
  const all = letters + digits;
  for (;;) {
    const out = Array.from({ length: 16 }, () => all[crypto.randomInt(all.length)]).join('');
    if (/\d/.test(out) && /[A-Za-z]/.test(out)) return out;
  }
}

/** Checks a new password and hashes it (outside any transaction: hashing takes a while). */
export async function preparePassword(staff: Pick<Staff, 'name' | 'phone'>, password: string, field = 'password'): Promise<string> {
  const problem = passwordProblem(password, staff);
  if (problem) throw badRequest(problem, field);
  return hashPassword(password);
}

/** Stores a prepared hash as the staff member's password; the caller revokes their sessions. */
export async function storePassword(m: EntityManager, staffId: number, passwordHash: string, now = new Date()): Promise<void> {
  await m.save(m.create(StaffCredential, { staffId, passwordHash, changedAt: now }));
}
