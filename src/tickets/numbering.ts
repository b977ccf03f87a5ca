import { DataSource, EntityManager } from 'typeorm';
import { causalUpdate } from '../db/galera';
import { inTransaction } from '../db/tx';
import { randomInt } from 'node:crypto';
import { Counter } from '../entities/Counter';
import { Ticket } from '../entities/Ticket';
import { shanghaiCompactYmd } from '../clocks/time';
import { isConfidential } from './policies';

/**
 * Next value of a named counter inside the caller's transaction, in one statement when the
 * counter exists (the usual case): MySQL hands the new value back through LAST_INSERT_ID(expr),
 * SQLite through RETURNING. The UPDATE takes the row lock on MySQL, so concurrent transactions
 * queue on it; SQLite transactions are serialised anyway. A missing counter is created at 0
 * (ignored when a concurrent transaction created it first) and the increment is retried.
 */
export async function nextValue(m: EntityManager, name: string): Promise<number> {
  const mysql = m.connection.driver.options.type === 'mysql';
  const col = m.connection.driver.escape('value');
  for (let attempt = 0; attempt < 2; attempt++) {
    if (mysql) {
      const res = await m.query(await causalUpdate(m, `UPDATE counter SET ${col} = LAST_INSERT_ID(${col} + 1) WHERE name = ?`), [name]);
      if (Number(res?.affectedRows) > 0) return Number(res.insertId);
    } else {
      const rows: { value: number }[] = await m.query(`UPDATE counter SET ${col} = ${col} + 1 WHERE name = ? RETURNING ${col}`, [name]);
      if (rows.length) return Number(rows[0].value);
    }
    await m.createQueryBuilder().insert().into(Counter).values({ name, value: 0 }).orIgnore().execute();
  }
  throw new Error(`counter ${name} could not be created`);
}

/**
 * Misconduct reports are numbered in a series of their own (…-J0001): otherwise the public series
 * would skip exactly where a report against an official came in, telling its count and timing.
 */
export type Series = 'public' | 'misconduct';
export const seriesOf = (category: string): Series => (category === 'misconduct' ? 'misconduct' : 'public');
/**
 * The series of a ticket drawn from another (a 复查/复核): a report the commission re-filed under
 * its true category still names its accused unit, is still confidential, and stays out of the
 * public series.
 */
export const seriesOfTicket = (t: Pick<Ticket, 'category' | 'accusedUnitId'>): Series => (isConfidential(t) ? 'misconduct' : 'public');

// A report's number as people copy it: with or without its county, full-width folded, spaced.
const REPORT_NUMBER = /\d{8}\s*-\s*J\s*\d{4,6}(?!\d)/i;
/**
 * A text quoting a report's number (…-20261124-J4821) concerns a report, whoever sends it: the
 * whistleblower from another phone, a relative, or the accused probing. Filed for the place's
 * unit it would show that unit the number (and that a report exists); it goes where reports go.
 */
export const quotesReportNumber = (text: string): boolean => REPORT_NUMBER.test(text.normalize('NFKC'));

function ticketCounter(countyCode: string | null, now: Date, series: Series): { county: string; day: string; name: string; prefix: string } {
  const county = countyCode && /^\d{6}/.test(countyCode) ? countyCode.slice(0, 6) : '000000';
  const day = shanghaiCompactYmd(now);
  return series === 'misconduct'
    ? { county, day, name: `ticket:J:${county}:${day}`, prefix: 'J' }
    : { county, day, name: `ticket:${county}:${day}`, prefix: '' };
}

/**
 * 220382-20261124-0007: county, Shanghai date, daily sequence. Unknown county → 000000.
 * Misconduct reports draw a random free number of their own series (…-J4821): a sequence would
 * tell anyone who files one (the accused included) how many reports came in that day before it.
 * Should a day's random draws keep colliding, a six-digit sequence (…-J000001) takes over.
 */
export async function nextTicketNumber(m: EntityManager, countyCode: string | null, now: Date, series: Series = 'public'): Promise<string> {
  const { county, day, name, prefix } = ticketCounter(countyCode, now, series);
  if (series === 'misconduct') {
    for (let i = 0; i < 20; i++) {
      const number = `${county}-${day}-J${randomInt(1000, 9000)}`;
      if (!(await m.existsBy(Ticket, { number }))) return number;
    }
    return `${county}-${day}-J${String(await nextValue(m, name)).padStart(6, '0')}`;
  }
  const seq = await nextValue(m, name);
  return `${county}-${day}-${prefix}${String(seq).padStart(4, '0')}`;
}

const known = new WeakMap<DataSource, Set<string>>();

/**
 * Creates the day's counter of a county (at 0) in a transaction of its own, before the ticket's
 * transaction increments it. On MySQL, transactions that both find the row missing and insert it
 * deadlock on the gap lock (every county's first tickets after midnight, under load); with the
 * row already there, the increment is a plain row lock. A zero counter is harmless, so nothing
 * is lost if the ticket then fails. Once per counter and process.
 */
export async function ensureTicketCounter(ds: DataSource, countyCode: string | null, now: Date, series: Series = 'public'): Promise<void> {
  // Misconduct numbers are drawn at random (the sequence is only a fallback, created on demand).
  if (series === 'misconduct') return;
  const { name } = ticketCounter(countyCode, now, series);
  let set = known.get(ds);
  if (!set) known.set(ds, (set = new Set()));
  if (set.has(name)) return;
  await inTransaction(ds, ({ manager }) =>
    manager.createQueryBuilder().insert().into(Counter).values({ name, value: 0 }).orIgnore().updateEntity(false).execute(),
  );
  if (set.size > 10_000) set.clear();
  set.add(name);
}
