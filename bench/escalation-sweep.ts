/**
 * Escalation sweep on a large ticket table: is it a range scan over what is due, or a table scan?
 *
 *   node -r ts-node/register/transpile-only bench/escalation-sweep.ts [--tickets 1000000] [--overdue 0.01] [--file /tmp/cs-bench-escalation.sqlite]
 *
 * Builds N tickets in a fresh SQLite file (raw multi-row INSERTs in large transactions): 1% open
 * and overdue (0–30 days, accepted, so the ladder has unit head / county leader / secretary rungs
 * to fire), 4% open and not yet near a rung, the rest resolved or closed with stale
 * nextEscalationAt values in the past (a status-blind index would pick those up). nextEscalationAt
 * of open tickets is what the sweep itself would have stored (the pure ladder with no rung fired).
 * Then, in the same run: a bare indexed SELECT of the due rows (the baseline), the same SELECT
 * forced to scan the table (what a non-range sweep costs), the sweep that fires the rungs, and a
 * second sweep at the same time (nothing left to do).
 */
import 'reflect-metadata';
process.env.LOG_LEVEL ??= 'error';
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../src/config';
import { createDataSource } from '../src/db/datasource';
import { OPEN_STATUSES, Ticket } from '../src/entities/Ticket';
import { Unit } from '../src/entities/Unit';
import { Jurisdiction } from '../src/entities/Jurisdiction';
import { addWorkingDays } from '../src/clocks/calendar';
import { computeClocks, DEFAULT_POLICIES } from '../src/clocks/deadlines';
import { addCalendarDays, fromShanghai } from '../src/clocks/time';
import { NEVER, planTicket } from '../src/escalation/ladder';
import { loadRungs, runEscalation } from '../src/escalation/sweep';
import { seedDemo } from '../src/seed/demo';
import { rng } from './support/prng';
import { best, ms, timed } from './support/timing';

const { values } = parseArgs({ options: { tickets: { type: 'string' }, overdue: { type: 'string' }, file: { type: 'string' } } });
const N = Number(values.tickets ?? 1_000_000);
const OVERDUE = Number(values.overdue ?? 0.01);
const FILE = values.file ?? '/tmp/cs-bench-escalation.sqlite';
if (!Number.isInteger(N) || N < 100) throw new Error('--tickets must be an integer ≥ 100');
if (!(OVERDUE > 0 && OVERDUE < 0.5)) throw new Error('--overdue must be a fraction, e.g. 0.01');

const NOW = fromShanghai(2026, 12, 1, 9, 0); // Tue 1 Dec 2026, 09:00
const CHUNK_ROWS = 200; // rows per INSERT statement (× 23 columns, well under SQLite's variable limit)
const TX_ROWS = 50_000;

/** The text TypeORM stores for a datetime on SQLite. */
const sqlDate = (d: Date) => d.toISOString().replace('T', ' ').slice(0, 23);
const fmt = (x: number) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

const COLUMNS = [
  'number',
  'channel',
  'villageCode',
  'countyCode',
  'category',
  'urgency',
  'text',
  'status',
  'handlingUnitId',
  'escalationLevel',
  'supervised',
  'assignedAt',
  'responseDueAt',
  'resolutionDueAt',
  'legalNoticeDueAt',
  'legalResolutionDueAt',
  'acceptedAt',
  'createdAt',
  'updatedAt',
  'version',
  'reopenCount',
  'repeatCount',
  'nextEscalationAt',
];

async function build(ds: DataSource): Promise<{ overdue: number; openNotDue: number }> {
  const rand = rng(20261201);
  const rungs = await loadRungs(ds.manager);
  const villages = (await ds.manager.find(Jurisdiction, { where: { level: 'village' } })).filter((v) => v.code.startsWith('430502')).map((v) => v.code);
  // County departments (the government itself handles nothing and has no head).
  const units = (await ds.manager.find(Unit, { where: { jurisdictionCode: '430502' } })).filter((u) => u.kind !== 'county_gov').map((u) => u.id);
  const townships = new Map((await ds.manager.find(Unit, { where: { kind: 'township_gov' } })).map((u) => [u.jurisdictionCode, u.id]));
  const categories = ['water', 'housing', 'education', 'medical', 'welfare', 'wages', 'poverty_policy', 'infrastructure', 'dispute', 'other'];
  const sqlite = (ds.driver as any).databaseConnection;
  const statements = new Map<number, any>();
  const stmt = (rows: number) => {
    if (!statements.has(rows)) {
      const one = `(${COLUMNS.map(() => '?').join(',')})`;
      statements.set(rows, sqlite.prepare(`INSERT INTO ticket (${COLUMNS.join(',')}) VALUES ${Array(rows).fill(one).join(',')}`));
    }
    return statements.get(rows);
  };
  const nOverdue = Math.round(N * OVERDUE);
  const nOpen = Math.round(N * 0.04);
  let buffer: unknown[] = [];
  let inBuffer = 0;
  const flush = () => {
    if (inBuffer) stmt(inBuffer).run(buffer);
    buffer = [];
    inBuffer = 0;
  };
  // Building only: a big page cache (the ticket table has ten indexes) and no fsync.
  sqlite.pragma('cache_size = -524288');
  sqlite.pragma('synchronous = OFF');
  const t0 = process.hrtime.bigint();
  for (let start = 0; start < N; start += TX_ROWS) {
    sqlite.exec('BEGIN');
    for (let i = start; i < Math.min(N, start + TX_ROWS); i++) {
      // Spread the kinds over the id range (every 100th id is overdue, …) like real traffic.
      const slot = i % 100;
      const kind = slot < (nOverdue * 100) / N ? 'overdue' : slot < ((nOverdue + nOpen) * 100) / N ? 'open' : 'done';
      const village = villages[Math.floor(rand() * villages.length)];
      const category = categories[Math.floor(rand() * categories.length)];
      const policy = DEFAULT_POLICIES.ordinary;
      let created: Date;
      if (kind === 'overdue')
        created = addCalendarDays(NOW, -(7 + rand() * 30)); // 0–30 days past a 7-day deadline
      else if (kind === 'open')
        created = new Date(NOW.getTime() - rand() * 4.5 * 86400_000); // before the 75% warning
      else created = addCalendarDays(NOW, -(rand() * 365));
      const accepted = new Date(created.getTime() + 3600_000);
      const clocks = computeClocks(created, policy, accepted);
      const status = kind === 'done' ? (rand() < 0.8 ? 'closed' : 'resolved') : 'accepted';
      const unitId =
        category === 'infrastructure' || category === 'dispute' || category === 'other'
          ? (townships.get(village.slice(0, 9)) ?? units[0])
          : units[Math.floor(rand() * units.length)];
      const t = {
        id: i + 1,
        status,
        category,
        urgency: 'ordinary',
        assignedAt: created,
        createdAt: created,
        acceptedAt: accepted,
        responseDueAt: clocks.responseDueAt,
        resolutionDueAt: clocks.resolutionDueAt,
        legalNoticeDueAt: clocks.legalNoticeDueAt,
        legalResolutionDueAt: clocks.legalResolutionDueAt,
        reopenCount: 0,
        repeatOfId: null,
        repeatCount: 0,
        duplicateOfId: null,
      } as unknown as Ticket;
      // What the sweep would have stored: the first unfired rung. Closed tickets keep a stale past value.
      const next = kind === 'done' ? addWorkingDays(clocks.resolutionDueAt, 1) : planTicket(t, rungs, new Set(), created).next;
      buffer.push(
        `430502-B${String(i).padStart(8, '0')}`,
        'hotline',
        village,
        '430502',
        category,
        'ordinary',
        '莲荷村自来水管子坏了',
        status,
        unitId,
        0,
        0,
        sqlDate(created),
        sqlDate(clocks.responseDueAt),
        sqlDate(clocks.resolutionDueAt),
        sqlDate(clocks.legalNoticeDueAt),
        sqlDate(clocks.legalResolutionDueAt!),
        sqlDate(accepted),
        sqlDate(created),
        sqlDate(created),
        1,
        0,
        0,
        sqlDate(next === NEVER ? NEVER : next),
      );
      if (++inBuffer === CHUNK_ROWS) flush();
    }
    flush();
    sqlite.exec('COMMIT');
    if ((start / TX_ROWS) % 4 === 3) process.stdout.write(`  … ${Math.min(N, start + TX_ROWS).toLocaleString()} rows, ${fmt(ms(t0) / 1000)} s\n`);
  }
  sqlite.exec('ANALYZE');
  // Measure with the settings the application runs with (datasource.ts).
  sqlite.pragma('cache_size = -2000');
  sqlite.pragma('synchronous = NORMAL');
  return { overdue: nOverdue, openNotDue: nOpen };
}

async function main() {
  for (const f of [FILE, `${FILE}-wal`, `${FILE}-shm`]) fs.rmSync(f, { force: true });
  const ds = createDataSource(parseDatabaseUrl(`sqlite:${FILE}`));
  await ds.initialize();
  await ds.runMigrations();
  await seedDemo(ds, { areas: ['430502'] });
  console.log(
    `escalation sweep benchmark: ${N.toLocaleString()} tickets, ${(OVERDUE * 100).toFixed(1)}% overdue, SQLite ${FILE}, now = 2026-12-01 09:00 Asia/Shanghai`,
  );
  const built = await timed(() => build(ds));
  console.log(
    `built in ${fmt(built.ms / 1000)} s (${built.value.overdue.toLocaleString()} overdue, ${built.value.openNotDue.toLocaleString()} open and not due)`,
  );

  const open = OPEN_STATUSES.map((s) => `'${s}'`).join(',');
  const now = sqlDate(NOW);
  const dueSql = `SELECT * FROM ticket WHERE status IN (${open}) AND nextEscalationAt <= ?`;
  const plan = await ds.query(`EXPLAIN QUERY PLAN SELECT id FROM ticket WHERE status IN (${open}) AND nextEscalationAt <= ? ORDER BY nextEscalationAt`, [now]);
  console.log(`sweep's due query plan: ${plan.map((r: any) => r.detail).join(' | ')}`);

  const bare = await best(3, () => ds.query(dueSql, [now]));
  const scan = await best(2, () => ds.query(`SELECT * FROM ticket NOT INDEXED WHERE status IN (${open}) AND nextEscalationAt <= ?`, [now]));
  const sweep = await timed(() => runEscalation(ds, NOW, { maxTickets: 1_000_000 }));
  const again = await timed(() => runEscalation(ds, NOW, { maxTickets: 1_000_000 }));
  const bareAfter = await best(3, () => ds.query(dueSql, [now]));
  const r = sweep.value;

  const rows: [string, number, string][] = [
    ['bare indexed SELECT of the due rows (baseline)', bare.ms, `${bare.value.length.toLocaleString()} rows`],
    ['same SELECT forced to scan the table', scan.ms, `${scan.value.length.toLocaleString()} rows`],
    [
      'sweep: decide, record and notify every due rung',
      sweep.ms,
      `${r.examined.toLocaleString()} tickets, ${r.fired.length.toLocaleString()} rungs, ${r.errors.length} errors`,
    ],
    ['second sweep at the same time (nothing due)', again.ms, `${again.value.examined} tickets, ${again.value.fired.length} rungs`],
    ['bare indexed SELECT after the sweep', bareAfter.ms, `${bareAfter.value.length} rows`],
  ];
  console.log('');
  for (const [label, t, what] of rows) console.log(`  ${label.padEnd(50)} ${fmt(t).padStart(9)} ms   ${what}`);
  console.log('');
  console.log(
    `  sweep / bare SELECT of the same rows:   ${fmt(sweep.ms / bare.ms)}×  (${fmt((sweep.ms * 1000) / Math.max(1, r.examined))} µs per due ticket, ${fmt((sweep.ms * 1000) / Math.max(1, r.fired.length))} µs per rung: writes rung, event, notices)`,
  );
  console.log(`  table scan / bare SELECT:               ${fmt(scan.ms / bare.ms)}×`);
  console.log(
    `  idle sweep / bare SELECT:               ${fmt(again.ms / bare.ms)}×  (idle sweep ${fmt(again.ms)} ms on ${N.toLocaleString()} tickets; a table scan costs ${fmt(scan.ms)} ms)`,
  );
  await ds.destroy();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
