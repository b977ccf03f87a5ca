import type { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import { Staff } from '../entities/Staff';
import { StaffCredential } from '../entities/StaffCredential';

/**
 * The demo's console password (README "Console"): only ever given by `seedAtStartup` to the fake
 * staff of a demo organisation it has just seeded (SEED_DEMO=1 on an empty database), so people
 * trying the console can log in as each role. Never given to anyone else: a database whose
 * organisation came from org:import gets no password but the ones set with staff:password.
 */
export const DEMO_PASSWORD = 'cunsheng-demo-2026';

const CHUNK = 200;

/** Gives every member of staff without a password the demo password (one hash, computed once). */
export async function giveDemoPasswords(ds: DataSource, now = new Date()): Promise<number> {
  const m = ds.manager;
  const staff = await m
    .createQueryBuilder(Staff, 's')
    .select('s.id', 'id')
    .where('s.id NOT IN (SELECT c.staffId FROM staff_credential c)')
    .getRawMany<{ id: number }>();
  if (!staff.length) return 0;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (let i = 0; i < staff.length; i += CHUNK) {
    const rows = staff.slice(i, i + CHUNK).map((s) => ({ staffId: Number(s.id), passwordHash, changedAt: now }));
    // orIgnore: another process starting on the same empty database may have given them already.
    await m.createQueryBuilder().insert().into(StaffCredential).values(rows).orIgnore().execute();
  }
  return staff.length;
}
