/**
 * A province's worth of tickets on MariaDB (bench only, not CI): the escalation sweep and the
 * daily summaries of every county over N tickets, each against a bare indexed query over the
 * same rows.
 *
 *   node -r ts-node/register/transpile-only bench/province.ts [--tickets 10000000] [--live 50000]
 *
 * MariaDB: BENCH_DATABASE_URL=mysql://… or the checkout's own server; a fresh database is created
 * and dropped (--keep keeps it). The table is built fast: `--live` tickets of this year written
 * from Node (multi-row INSERTs: 1% open and overdue, 4% open and not yet due, the rest answered,
 * spread over the villages and units of four seeded counties, as bench/escalation-sweep.ts does),
 * then copied inside the server (INSERT … SELECT in 100k-row steps) as history: each copy is
 * answered (closed or resolved) and a year older than the rows it copies, so the live set — what
 * the sweep works and the summaries count as open — stays the same while the table grows, as in a
 * province whose history piles up. Four county work groups get the summary.
 */
import 'reflect-metadata';
process.env.LOG_LEVEL ??= 'error';
// Building copies hundreds of thousands of rows in one statement: longer than a request's limit.
process.env.DB_QUERY_TIMEOUT_MS ??= '3600000';
import { parseArgs } from 'node:util';
import type { DataSource } from 'typeorm';
import { parseDatabaseUrl } from '../src/config';
import { openDatabase } from '../src/db/bootstrap';
import { ChatTarget } from '../src/entities/ChatTarget';
import { Jurisdiction } from '../src/entities/Jurisdiction';
import { OPEN_STATUSES, Ticket } from '../src/entities/Ticket';
import { Unit } from '../src/entities/Unit';
import { addWorkingDays } from '../src/clocks/calendar';
import { computeClocks, DEFAULT_POLICIES } from '../src/clocks/deadlines';
import { addCalendarDays, fromShanghai, startOfShanghaiDay } from '../src/clocks/time';
import { NEVER, planTicket } from '../src/escalation/ladder';
import { loadRungs, runEscalation } from '../src/escalation/sweep';
import { runDailySummaries } from '../src/jobs/summary';
import { seedDemo } from '../src/seed/demo';
import { freshMysqlDatabase, mysqlServerUrl } from './support/db';
import { rng } from './support/prng';
import { figure } from './support/report';
import { best, ms, timed } from './support/timing';

const { values } = parseArgs({ options: { tickets: { type: 'string' }, live: { type: 'string' }, keep: { type: 'boolean' } } });
const N = Number(values.tickets ?? 10_000_000);
const LIVE = Math.min(N, Number(values.live ?? 50_000));
if (!Number.isInteger(N) || N < 1000) throw new Error('--tickets must be an integer ≥ 1000');

const AREAS = ['430502', '220382', '411726', '220322'];
const SWEEP_AT = fromShanghai(2026, 12, 1, 9, 0); // Tue 1 Dec 2026, 09:00
const SUMMARY_AT = fromShanghai(2026, 12, 1, 20, 0);
const CHUNK_ROWS = 500;
const COPY_ROWS = 100_000;

const fmt = (x: number) => (x >= 100 ? Math.round(x).toLocaleString('en') : x >= 10 ? x.toFixed(1) : x.toFixed(2));

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
  'resolvedAt',
  'createdAt',
  'updatedAt',
  'version',
  'reopenCount',
  'repeatCount',
  'nextEscalationAt',
];
const DATES = new Set([
  'assignedAt',
  'responseDueAt',
  'resolutionDueAt',
  'legalNoticeDueAt',
  'legalResolutionDueAt',
  'acceptedAt',
  'resolvedAt',
  'createdAt',
  'updatedAt',
  'nextEscalationAt',
]);

/** This year's tickets, written from Node. */
async function buildLive(ds: DataSource): Promise<{ overdue: number; open: number }> {
  const rand = rng(20261201);
  const rungs = await loadRungs(ds.manager);
  const villages = (await ds.manager.find(Jurisdiction, { where: { level: 'village' } })).map((v) => v.code).filter((c) => AREAS.includes(c.slice(0, 6)));
  const units = await ds.manager.find(Unit);
  const deptsOf = new Map<string, number[]>();
  for (const u of units)
    if (u.jurisdictionCode.length === 6 && u.kind !== 'county_gov') deptsOf.set(u.jurisdictionCode, [...(deptsOf.get(u.jurisdictionCode) ?? []), u.id]);
  const township = new Map(units.filter((u) => u.kind === 'township_gov').map((u) => [u.jurisdictionCode, u.id]));
  const categories = ['water', 'housing', 'education', 'medical', 'welfare', 'wages', 'poverty_policy', 'infrastructure', 'dispute', 'other'];
  const one = `(${COLUMNS.map(() => '?').join(',')})`;
  let rows: unknown[] = [];
  let n = 0;
  let overdue = 0;
  let open = 0;
  const flush = async () => {
    if (n) await ds.query(`INSERT INTO ticket (${COLUMNS.join(',')}) VALUES ${Array(n).fill(one).join(',')}`, rows);
    rows = [];
    n = 0;
  };
  for (let i = 0; i < LIVE; i++) {
    const slot = i % 100;
    const kind = slot < 1 ? 'overdue' : slot < 5 ? 'open' : 'done';
    const village = villages[Math.floor(rand() * villages.length)];
    const county = village.slice(0, 6);
    const category = categories[Math.floor(rand() * categories.length)];
    const created =
      kind === 'overdue'
        ? addCalendarDays(SWEEP_AT, -(7 + rand() * 30))
        : kind === 'open'
          ? new Date(SWEEP_AT.getTime() - rand() * 4.5 * 86400_000)
          : addCalendarDays(SWEEP_AT, -(rand() * 330));
    const accepted = new Date(created.getTime() + 3600_000);
    const clocks = computeClocks(created, DEFAULT_POLICIES.ordinary, accepted);
    const status = kind === 'done' ? (rand() < 0.8 ? 'closed' : 'resolved') : 'accepted';
    const depts = deptsOf.get(county) ?? [];
    const unitId =
      category === 'infrastructure' || category === 'dispute' || category === 'other'
        ? (township.get(village.slice(0, 9)) ?? depts[0])
        : depts[Math.floor(rand() * depts.length)];
    const t = {
      id: i + 1,
      status,
      category,
      urgency: 'ordinary',
      assignedAt: created,
      createdAt: created,
      acceptedAt: accepted,
      ...clocks,
      reopenCount: 0,
      repeatOfId: null,
      repeatCount: 0,
      duplicateOfId: null,
    } as unknown as Ticket;
    const next = kind === 'done' ? addWorkingDays(clocks.resolutionDueAt, 1) : planTicket(t, rungs, new Set(), created).next;
    if (kind === 'overdue') overdue++;
    if (kind !== 'done') open++;
    const resolved = kind === 'done' ? new Date(created.getTime() + rand() * 6 * 86400_000) : null;
    rows.push(
      `${county}-L${String(i).padStart(9, '0')}`,
      'hotline',
      village,
      county,
      category,
      'ordinary',
      '自来水管子坏了好几天了',
      status,
      unitId,
      0,
      0,
      created,
      clocks.responseDueAt,
      clocks.resolutionDueAt,
      clocks.legalNoticeDueAt,
      clocks.legalResolutionDueAt,
      accepted,
      resolved,
      created,
      resolved ?? created,
      1,
      0,
      0,
      next === NEVER ? NEVER : next,
    );
    if (++n === CHUNK_ROWS) await flush();
  }
  await flush();
  return { overdue, open };
}

/**
 * History, copied inside the server: rows 1…k copied as answered tickets `round` years older,
 * with new numbers, until the table has N rows.
 */
async function buildHistory(ds: DataSource, onProgress: (rows: number) => void): Promise<void> {
  let count = LIVE;
  const open = OPEN_STATUSES.map((s) => `'${s}'`).join(',');
  for (let round = 1; count < N; round++) {
    const source = count;
    const days = 365 * round;
    const exprs = COLUMNS.map((c) => {
      if (c === 'number') return `CONCAT(countyCode, '-H', id + ${source})`;
      if (c === 'status') return `IF(status IN (${open}), 'closed', status)`;
      if (c === 'resolvedAt') return `DATE_SUB(COALESCE(resolvedAt, DATE_ADD(createdAt, INTERVAL 3 DAY)), INTERVAL ${days} DAY)`;
      if (DATES.has(c)) return `DATE_SUB(${c}, INTERVAL ${days} DAY)`;
      return c;
    });
    for (let from = 1; from <= source && count < N; from += COPY_ROWS) {
      const to = Math.min(source, from + COPY_ROWS - 1, from + (N - count) - 1);
      await ds.query(`INSERT INTO ticket (${COLUMNS.join(',')}) SELECT ${exprs.join(',')} FROM ticket WHERE id BETWEEN ? AND ?`, [from, to]);
      count += to - from + 1;
      onProgress(count);
    }
  }
}

async function main() {
  const server = mysqlServerUrl();
  const db = await freshMysqlDatabase(server, 'cs_bench_province');
  const ds = await openDatabase({ database: parseDatabaseUrl(db.url) }, { migrate: true });
  try {
    await seedDemo(ds, { areas: AREAS });
    console.log(`province bench: ${N.toLocaleString('en')} tickets (${LIVE.toLocaleString('en')} this year), ${AREAS.length} counties, MariaDB`);
    // Building only: this session's writes skip the binary log and unique checks (numbers are unique by construction).
    await ds.query('SET SESSION unique_checks = 0');
    const t0 = process.hrtime.bigint();
    const live = await buildLive(ds);
    console.log(`  ${LIVE.toLocaleString('en')} live rows from Node in ${fmt(ms(t0) / 1000)} s (${live.overdue} overdue, ${live.open} open)`);
    const t1 = process.hrtime.bigint();
    let last = Date.now();
    await buildHistory(ds, (rows) => {
      if (Date.now() - last > 30_000) {
        last = Date.now();
        console.log(`  … ${rows.toLocaleString('en')} rows, ${fmt(ms(t0) / 1000)} s`);
      }
    });
    await ds.query('SET SESSION unique_checks = 1');
    await ds.query('ANALYZE TABLE ticket');
    const buildS = ms(t0) / 1000;
    console.log(`  history copied in the server in ${fmt(ms(t1) / 1000)} s; table built in ${fmt(buildS)} s (${fmt(N / buildS)} rows/s)`);
    for (const code of AREAS)
      await ds.manager.insert(ChatTarget, {
        kind: 'wecom_webhook',
        purpose: 'work_group',
        jurisdictionCode: code,
        topic: `${code} 工作群`,
        roomId: null,
        botAccount: null,
        webhookUrl: `https://example.invalid/hook?key=${code}`,
        boundByStaffId: null,
        active: true,
        createdAt: new Date(),
      });

    // The sweep: what is due, against the bare indexed SELECT of the same rows.
    const open = OPEN_STATUSES.map((s) => `'${s}'`).join(',');
    const dueSql = `SELECT * FROM ticket WHERE status IN (${open}) AND nextEscalationAt <= ?`;
    const plan = await ds.query(`EXPLAIN ${dueSql}`, [SWEEP_AT]);
    const bare = await best(3, () => ds.query(dueSql, [SWEEP_AT]));
    const sweep = await timed(() => runEscalation(ds, SWEEP_AT, { maxTickets: 10_000_000 }));
    const idle = await timed(() => runEscalation(ds, SWEEP_AT, { maxTickets: 10_000_000 }));
    console.log(`\n  sweep's due query: key ${plan.map((r: any) => `${r.key} (${r.type}, ~${r.rows} rows)`).join(' | ')}`);
    console.log(`  bare indexed SELECT of the due rows      ${fmt(bare.ms).padStart(9)} ms   ${bare.value.length.toLocaleString('en')} rows`);
    console.log(
      `  sweep: decide, record, notify            ${fmt(sweep.ms).padStart(9)} ms   ${sweep.value.examined.toLocaleString('en')} tickets, ${sweep.value.fired.length.toLocaleString('en')} rungs, ${sweep.value.errors.length} errors`,
    );
    console.log(`  second sweep (nothing due)               ${fmt(idle.ms).padStart(9)} ms`);
    figure({
      bench: 'province',
      name: `escalation sweep, ${N.toLocaleString('en')} tickets (MariaDB)`,
      value: sweep.ms,
      unit: 'ms',
      baseline: { name: 'bare indexed SELECT of the due rows', value: bare.ms, unit: 'ms' },
      ratio: sweep.ms / bare.ms,
      note: `${sweep.value.examined} due tickets, ${sweep.value.fired.length} rungs fired; idle sweep ${fmt(idle.ms)} ms`,
    });

    // The daily summaries of every county, against bare indexed queries over the same rows: this
    // year's tickets per unit (the rates) and the open ones per unit, per county, and today's events.
    const yearStart = fromShanghai(2026, 1, 1, 0, 0);
    const dayStart = startOfShanghaiDay(SUMMARY_AT);
    const bareSummary = await best(3, async () => {
      let rows = 0;
      rows += (
        await ds.query("SELECT type, ticketId FROM ticket_event WHERE type IN ('created','accepted','resolved','closed') AND at >= ? AND at <= ?", [
          dayStart,
          SUMMARY_AT,
        ])
      ).length;
      for (const code of AREAS) {
        rows += (
          await ds.query('SELECT handlingUnitId, COUNT(*) AS n FROM ticket WHERE countyCode = ? AND createdAt >= ? AND createdAt < ? GROUP BY handlingUnitId', [
            code,
            yearStart,
            SUMMARY_AT,
          ])
        ).length;
        rows += (
          await ds.query(`SELECT handlingUnitId, COUNT(*) AS n FROM ticket WHERE status IN (${open}) AND countyCode = ? GROUP BY handlingUnitId`, [code])
        ).length;
      }
      return rows;
    });
    const summaries = await timed(() => runDailySummaries(ds, SUMMARY_AT));
    console.log(`\n  bare indexed queries (year per unit, open per unit, per county; today's events) ${fmt(bareSummary.ms).padStart(9)} ms`);
    console.log(
      `  daily summaries of ${summaries.value.results.length} counties                             ${fmt(summaries.ms).padStart(9)} ms   ${summaries.value.results.map((r) => `${r.jurisdictionCode} ${r.bytes} B`).join(', ')}`,
    );
    figure({
      bench: 'province',
      name: `daily summaries of ${AREAS.length} counties, ${N.toLocaleString('en')} tickets (MariaDB)`,
      value: summaries.ms,
      unit: 'ms',
      baseline: { name: 'bare indexed queries over the same rows', value: bareSummary.ms, unit: 'ms' },
      ratio: summaries.ms / bareSummary.ms,
    });
  } finally {
    await ds.destroy();
    if (!values.keep) await db.drop();
    else console.log(`kept ${db.url.replace(/\/\/[^@]*@/, '//…@')}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
