/**
 * The baseline for the intake bench: the same rows intake writes for a ticket (ticket + event +
 * outbox row), inserted directly through the driver, one transaction each, nothing else. Run
 * as a child process (pinned to the server's core by the caller) so it gets the same CPU as
 * the server does:
 *
 *   RAW_DB_URL=sqlite:/tmp/x.sqlite RAW_SECONDS=8 RAW_CONCURRENCY=16 node -r ts-node/register/transpile-only bench/support/raw-insert.ts
 *
 * Prints one JSON line: { count, seconds, perSec, p50, p99, cpuMs } (latencies in ms per
 * transaction; cpuMs: this process's CPU time per transaction).
 */
import { parseDatabaseUrl } from '../../src/config';

const seconds = Number(process.env.RAW_SECONDS ?? 8);
const concurrency = Number(process.env.RAW_CONCURRENCY ?? 16);
const tag = `raw${process.pid}`;

const TEXT = '双清区火车站乡莲荷村自来水停了三天了，老人孩子没水喝，请尽快派人来修';

function rows(n: number, now: Date) {
  const due = new Date(now.getTime() + 24 * 3600_000);
  return {
    ticket: [
      `${tag}-${n}`,
      'hotline',
      `${tag}-${n}`,
      '430502202205',
      '430502',
      'water',
      0.9,
      'utilities',
      TEXT,
      'assigned',
      1,
      0,
      0,
      now,
      due,
      due,
      due,
      0,
      0,
      0,
      now,
      now,
      1,
    ],
    event: (ticketId: number) => [
      ticketId,
      'created',
      'channel',
      null,
      'public',
      JSON.stringify({ channel: 'hotline', category: 'water', urgency: 'utilities' }),
      now,
    ],
    outbox: (ticketId: number) => [
      'staff',
      '12',
      'ticket_assigned',
      JSON.stringify({ text: `新工单 ${tag}-${n}（饮水）：${TEXT}` }),
      `${tag}:${n}`,
      'pending',
      0,
      now,
      ticketId,
      now,
    ],
  };
}

const TICKET_SQL =
  'INSERT INTO ticket (number, channel, externalId, villageCode, countyCode, category, categoryConfidence, urgency, text, status, handlingUnitId, escalationLevel, supervised, ' +
  'assignedAt, responseDueAt, resolutionDueAt, legalNoticeDueAt, extensionDays, reopenCount, repeatCount, createdAt, updatedAt, version) VALUES (' +
  Array(23).fill('?').join(',') +
  ')';
const EVENT_SQL = 'INSERT INTO ticket_event (ticketId, type, actorKind, actorId, visibility, data, at) VALUES (?,?,?,?,?,?,?)';
const OUTBOX_SQL =
  'INSERT INTO outbox_message (channel, target, kind, payload, dedupeKey, status, attempts, nextAttemptAt, ticketId, createdAt) VALUES (?,?,?,?,?,?,?,?,?,?)';

function pct(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0;
}

async function sqlite(file: string) {
  const Database = require('better-sqlite3');
  const db = new Database(file);
  // The app's pragmas (src/db/datasource.ts).
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.pragma('wal_autocheckpoint = 10000');
  // TypeORM stores SQLite datetimes as UTC text; so does the baseline.
  const iso = (v: unknown) => (v instanceof Date ? v.toISOString().replace('T', ' ').replace('Z', '') : v);
  const t = db.prepare(TICKET_SQL);
  const e = db.prepare(EVENT_SQL);
  const o = db.prepare(OUTBOX_SQL);
  const one = db.transaction((n: number) => {
    const r = rows(n, new Date());
    const id = Number(t.run(r.ticket.map(iso)).lastInsertRowid);
    e.run(r.event(id).map(iso));
    o.run(r.outbox(id).map(iso));
  });
  const lat: number[] = [];
  const end = Date.now() + seconds * 1000;
  let n = 0;
  const started = process.hrtime.bigint();
  while (Date.now() < end) {
    const s = process.hrtime.bigint();
    one(n++);
    lat.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  db.close();
  return { count: n, seconds: secs, lat };
}

async function mysql(url: string) {
  const mysql2 = require('mysql2/promise');
  const pool = mysql2.createPool({ uri: url, connectionLimit: concurrency, timezone: 'Z', charset: 'utf8mb4_unicode_ci' });
  const lat: number[] = [];
  const end = Date.now() + seconds * 1000;
  let n = 0;
  const started = process.hrtime.bigint();
  const worker = async () => {
    while (Date.now() < end) {
      const s = process.hrtime.bigint();
      const r = rows(n++, new Date());
      const c = await pool.getConnection();
      try {
        await c.beginTransaction();
        const [res] = await c.execute(TICKET_SQL, r.ticket);
        const id = (res as { insertId: number }).insertId;
        await c.execute(EVENT_SQL, r.event(id));
        await c.execute(OUTBOX_SQL, r.outbox(id));
        await c.commit();
      } finally {
        c.release();
      }
      lat.push(Number(process.hrtime.bigint() - s) / 1e6);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const secs = Number(process.hrtime.bigint() - started) / 1e9;
  await pool.end();
  return { count: lat.length, seconds: secs, lat };
}

async function main() {
  const url = process.env.RAW_DB_URL;
  if (!url) throw new Error('RAW_DB_URL is required');
  const db = parseDatabaseUrl(url);
  const cpu0 = process.cpuUsage();
  const r = db.type === 'better-sqlite3' ? await sqlite(db.database) : await mysql(db.url);
  const cpu = process.cpuUsage(cpu0);
  r.lat.sort((a, b) => a - b);
  const cpuMs = (cpu.user + cpu.system) / 1000 / Math.max(1, r.count);
  process.stdout.write(
    JSON.stringify({ count: r.count, seconds: r.seconds, perSec: r.count / r.seconds, p50: pct(r.lat, 50), p99: pct(r.lat, 99), cpuMs }) + '\n',
  );
}

main().catch((e) => {
  process.stderr.write(String(e?.stack ?? e) + '\n');
  process.exit(1);
});
