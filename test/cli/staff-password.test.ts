/** staff:password: the console password from stdin or generated, as an IT person sets it. */
import path from 'node:path';
import { Readable } from 'node:stream';
import { cli, cliDatabase } from '../support/cli';
import { createTestDb } from '../support/db';
import { Staff } from '../../src/entities/Staff';
import { StaffCredential } from '../../src/entities/StaffCredential';
import { StaffSession } from '../../src/entities/StaffSession';
import { createSession } from '../../src/auth/sessions';
import { verifyPassword } from '../../src/auth/passwords';

const fx = cliDatabase('cs-pw-', (dir) => createTestDb({ file: path.join(dir, 'pw.sqlite'), seed: ['430502'] }));

const stdin = Object.getOwnPropertyDescriptor(process, 'stdin')!;
const withStdin = async <T>(text: string, fn: () => Promise<T>): Promise<T> => {
  Object.defineProperty(process, 'stdin', { value: Readable.from([Buffer.from(text)]), configurable: true });
  try {
    return await fn();
  } finally {
    Object.defineProperty(process, 'stdin', stdin);
  }
};

const someone = () => fx.db.ds.manager.findOneOrFail(Staff, { where: { role: 'cadre' }, order: { id: 'ASC' } });
const hashOf = async (id: number) => (await fx.db.ds.manager.findOneByOrFail(StaffCredential, { staffId: id })).passwordHash;

test('reads the password from stdin (first line), prints nothing of it, and ends the person’s sessions', async () => {
  const s = await someone();
  const { session } = await createSession(fx.db.ds.manager, s.id);
  const r = await withStdin('Stdin-passw0rd\nignored\n', () => cli('staff:password', '--staff', String(s.id)));
  expect(r.code).toBe(0);
  expect(r.out).toEqual([]);
  expect(r.err.join('\n')).toContain(`staff #${s.id}`);
  expect(r.err.join('\n')).not.toContain('Stdin-passw0rd');
  expect(await verifyPassword('Stdin-passw0rd', await hashOf(s.id))).toBe(true);
  expect((await fx.db.ds.manager.findOneByOrFail(StaffSession, { id: session.id })).revokedAt).not.toBeNull();
});

test('--generate prints a new password once, on stdout', async () => {
  const s = await someone();
  const r = await cli('staff:password', '--staff', String(s.id), '--generate');
  expect(r.code).toBe(0);
  expect(r.out).toHaveLength(1);
  expect(r.out[0]).toMatch(/^[A-Za-z2-9]{16}$/);
  expect(await verifyPassword(r.out[0], await hashOf(s.id))).toBe(true);
});

test('usage errors: no staff, unknown staff, a weak password, nothing on stdin', async () => {
  expect((await cli('staff:password')).code).toBe(2);
  expect((await cli('staff:password', '--staff', 'x')).code).toBe(2);
  expect((await cli('staff:password', '--staff', '99999', '--generate')).code).toBe(2);
  const s = await someone();
  const weak = await withStdin('abc\n', () => cli('staff:password', '--staff', String(s.id)));
  expect(weak.code).toBe(2);
  expect(weak.err.join('')).toContain('密码至少');
  expect((await withStdin('', () => cli('staff:password', '--staff', String(s.id)))).code).toBe(2);
});
