/**
 * What `npm start` puts into an empty database: the demo counties by default (the README's first
 * command shows a working system), nothing but reference data with SEED_DEMO=0 (production).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { loadConfig, parseDatabaseUrl } from '../../src/config';
import { openDatabase } from '../../src/db/bootstrap';
import { Category } from '../../src/entities/Category';
import { DeadlinePolicyRow } from '../../src/entities/DeadlinePolicy';
import { Jurisdiction } from '../../src/entities/Jurisdiction';
import { RoutingRule } from '../../src/entities/RoutingRule';
import { Staff } from '../../src/entities/Staff';
import { Unit } from '../../src/entities/Unit';
import { VillageAssignment } from '../../src/entities/VillageAssignment';
import { createTestDb, TestDb } from '../support/db';

const org = async (ds: DataSource) => ({
  units: await ds.manager.count(Unit),
  staff: await ds.manager.count(Staff),
  villageAssignments: await ds.manager.count(VillageAssignment),
  divisions: await ds.manager.count(Jurisdiction),
});

/** Opens a fresh database the way main.ts does, with the environment given. */
async function start(db: TestDb, env: Record<string, string>): Promise<DataSource> {
  const config = loadConfig({ ...env, DATABASE_URL: db.url });
  return openDatabase({ ...config, database: parseDatabaseUrl(db.url) }, { migrate: true, seed: true });
}

test('SEED_DEMO: 1 unless set; 0/false for production; anything else is refused by name', () => {
  expect(loadConfig({}).SEED_DEMO).toBe(true);
  expect(loadConfig({ SEED_DEMO: '0' }).SEED_DEMO).toBe(false);
  expect(loadConfig({ SEED_DEMO: 'false' }).SEED_DEMO).toBe(false);
  expect(() => loadConfig({ SEED_DEMO: 'no' })).toThrow(/SEED_DEMO/);
});

describe('SEED_DEMO=0', () => {
  let db: TestDb;
  let ds: DataSource;
  beforeAll(async () => {
    // A file (SQLite) or a database of its own (MariaDB), so a second connection sees the same data.
    db = await createTestDb({ file: path.join(os.tmpdir(), `cs-seed0-${process.pid}.sqlite`) });
    ds = await start(db, { SEED_DEMO: '0' });
  });
  afterAll(async () => {
    await ds.destroy();
    await db.close();
    if (db.url.startsWith('sqlite:')) fs.rmSync(db.url.slice('sqlite:'.length), { force: true });
  });

  test('starts with an empty organisation: no demo county, unit or fake staff', async () => {
    expect(await org(ds)).toEqual({ units: 0, staff: 0, villageAssignments: 0, divisions: 0 });
  });

  test('but with the reference data every county needs (categories, routing rules, deadline policies)', async () => {
    expect(await ds.manager.count(Category)).toBeGreaterThanOrEqual(11);
    expect(await ds.manager.count(RoutingRule)).toBeGreaterThan(0);
    expect(await ds.manager.count(DeadlinePolicyRow)).toBeGreaterThan(0);
  });

  test('a restart seeds nothing more, and still no demo', async () => {
    const before = { org: await org(ds), rules: await ds.manager.count(RoutingRule) };
    const again = await start(db, { SEED_DEMO: 'false' });
    try {
      expect({ org: await org(again), rules: await again.manager.count(RoutingRule) }).toEqual(before);
    } finally {
      await again.destroy();
    }
  });
});

describe('the first-run default', () => {
  let db: TestDb;
  let ds: DataSource;
  beforeAll(async () => {
    db = await createTestDb({ file: path.join(os.tmpdir(), `cs-seed1-${process.pid}.sqlite`) });
    ds = await start(db, {});
  });
  afterAll(async () => {
    await ds.destroy();
    await db.close();
    if (db.url.startsWith('sqlite:')) fs.rmSync(db.url.slice('sqlite:'.length), { force: true });
  });

  test('is the demo: its counties, units, leaders and 包村干部', async () => {
    const o = await org(ds);
    expect(o.units).toBeGreaterThan(100);
    expect(o.staff).toBeGreaterThan(300);
    expect(o.villageAssignments).toBeGreaterThan(1000);
    expect(await ds.manager.findOneBy(Unit, { name: '双辽市人民政府' })).toBeTruthy();
  });
});
