/**
 * The demo's console password: given by the first-run seed to the fake staff it has just made
 * (SEED_DEMO=1), never with SEED_DEMO=0, never again on a restart (nor to staff added later).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig, parseDatabaseUrl } from '../../src/config';
import { openDatabase } from '../../src/db/bootstrap';
import { Staff } from '../../src/entities/Staff';
import { StaffCredential } from '../../src/entities/StaffCredential';
import { verifyPassword } from '../../src/auth/passwords';
import { DEMO_PASSWORD } from '../../src/seed/demo-passwords';
import { createTestDb, TestDb } from '../support/db';

async function start(db: TestDb, env: Record<string, string>): Promise<DataSource> {
  const config = loadConfig({ ...env, DATABASE_URL: db.url });
  return openDatabase({ ...config, database: parseDatabaseUrl(db.url) }, { migrate: true, seed: true });
}

const fresh = async (name: string) => createTestDb({ file: path.join(os.tmpdir(), `cs-demopw-${name}-${process.pid}.sqlite`) });
const drop = async (db: TestDb, ds: DataSource) => {
  await ds.destroy();
  await db.close();
  if (db.url.startsWith('sqlite:')) fs.rmSync(db.url.slice('sqlite:'.length), { force: true });
};

test('the demo seed gives its staff the demo password; a restart gives nobody one', async () => {
  const db = await fresh('on');
  const ds = await start(db, {});
  try {
    const staff = await ds.manager.count(Staff);
    expect(await ds.manager.count(StaffCredential)).toBe(staff);
    const one = await ds.manager.findOneOrFail(StaffCredential, { where: {}, order: { staffId: 'ASC' } });
    expect(await verifyPassword(DEMO_PASSWORD, one.passwordHash)).toBe(true);
    const added = await ds.manager.save(ds.manager.create(Staff, { name: '新来的', role: 'cadre', unitId: null, active: true, phone: '13900000777' }));
    const again = await start(db, {});
    try {
      expect(await again.manager.findOneBy(StaffCredential, { staffId: added.id })).toBeNull();
    } finally {
      await again.destroy();
    }
  } finally {
    await drop(db, ds);
  }
});

test('SEED_DEMO=0: no password for anyone', async () => {
  const db = await fresh('off');
  const ds = await start(db, { SEED_DEMO: '0' });
  try {
    expect(await ds.manager.count(StaffCredential)).toBe(0);
  } finally {
    await drop(db, ds);
  }
});
