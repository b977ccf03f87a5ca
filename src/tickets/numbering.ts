import { EntityManager } from 'typeorm';
import { Counter } from '../entities/Counter';
import { shanghaiCompactYmd } from '../clocks/time';

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
      const res = await m.query(`UPDATE counter SET ${col} = LAST_INSERT_ID(${col} + 1) WHERE name = ?`, [name]);
      if (Number(res?.affectedRows) > 0) return Number(res.insertId);
    } else {
      const rows: { value: number }[] = await m.query(`UPDATE counter SET ${col} = ${col} + 1 WHERE name = ? RETURNING ${col}`, [name]);
      if (rows.length) return Number(rows[0].value);
    }
    await m.createQueryBuilder().insert().into(Counter).values({ name, value: 0 }).orIgnore().execute();
  }
  throw new Error(`counter ${name} could not be created`);
}

/** 220382-20261124-0007: county, Shanghai date, daily sequence. Unknown county → 000000. */
export async function nextTicketNumber(m: EntityManager, countyCode: string | null, now: Date): Promise<string> {
  const county = countyCode && /^\d{6}/.test(countyCode) ? countyCode.slice(0, 6) : '000000';
  const day = shanghaiCompactYmd(now);
  const seq = await nextValue(m, `ticket:${county}:${day}`);
  return `${county}-${day}-${String(seq).padStart(4, '0')}`;
}
