import { EntityManager } from 'typeorm';
import { Counter } from '../entities/Counter';
import { shanghaiCompactYmd } from '../clocks/time';

/**
 * Next value of a named counter inside the caller's transaction. The UPDATE takes the row lock
 * on MySQL, so concurrent transactions queue on it; SQLite transactions are serialised anyway.
 */
export async function nextValue(m: EntityManager, name: string): Promise<number> {
  // Create at 0 if missing (ignored when present), then increment: two portable statements.
  await m.createQueryBuilder().insert().into(Counter).values({ name, value: 0 }).orIgnore().execute();
  await m.createQueryBuilder().update(Counter).set({ value: () => 'value + 1' }).where('name = :name', { name }).execute();
  return (await m.findOneOrFail(Counter, { where: { name } })).value;
}

/** 220382-20261124-0007: county, Shanghai date, daily sequence. Unknown county → 000000. */
export async function nextTicketNumber(m: EntityManager, countyCode: string | null, now: Date): Promise<string> {
  const county = countyCode && /^\d{6}/.test(countyCode) ? countyCode.slice(0, 6) : '000000';
  const day = shanghaiCompactYmd(now);
  const seq = await nextValue(m, `ticket:${county}:${day}`);
  return `${county}-${day}-${String(seq).padStart(4, '0')}`;
}
