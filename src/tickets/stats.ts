import { EntityManager, In } from 'typeorm';
import { Ticket } from '../entities/Ticket';
import { Unit } from '../entities/Unit';
import { Actor } from './actor';
import { scopeQuery } from './queries';

export interface UnitRates {
  unit: { id: number; name: string; jurisdictionCode: string } | null;
  total: number;
  respondedInTime: number;
  resolved: number;
  rated: number;
  solved: number;
  satisfied: number;
  /** 响应率: accepted within the response clock, of all tickets. */
  responseRate: number | null;
  /** 解决率 and 满意率: of the tickets whose villager answered the 回访. */
  resolutionRate: number | null;
  satisfactionRate: number | null;
}

const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : null);

/** The three rates per handling unit for tickets created in [from, to). */
export async function unitRates(m: EntityManager, actor: Actor, f: { from: Date; to: Date; area?: string; unitId?: number }): Promise<UnitRates[]> {
  const qb = scopeQuery(m.createQueryBuilder(Ticket, 't'), actor)
    .select('t.handlingUnitId', 'unitId')
    .addSelect('COUNT(*)', 'total')
    .addSelect('SUM(CASE WHEN t.acceptedAt IS NOT NULL AND t.acceptedAt <= t.responseDueAt THEN 1 ELSE 0 END)', 'respondedInTime')
    .addSelect("SUM(CASE WHEN t.status IN ('resolved','closed') THEN 1 ELSE 0 END)", 'resolved')
    .addSelect('SUM(CASE WHEN t.ratedAt IS NOT NULL THEN 1 ELSE 0 END)', 'rated')
    .addSelect('SUM(CASE WHEN t.ratedAt IS NOT NULL AND t.solved = :yes THEN 1 ELSE 0 END)', 'solved')
    .addSelect('SUM(CASE WHEN t.ratedAt IS NOT NULL AND t.satisfied = :yes THEN 1 ELSE 0 END)', 'satisfied')
    .andWhere('t.createdAt >= :from AND t.createdAt < :to', { from: f.from, to: f.to, yes: true })
    .andWhere('t.duplicateOfId IS NULL')
    .groupBy('t.handlingUnitId');
  if (f.area) qb.andWhere('COALESCE(t.villageCode, t.countyCode) LIKE :ar', { ar: `${f.area}%` });
  if (f.unitId) qb.andWhere('t.handlingUnitId = :hu', { hu: f.unitId });
  const rows: any[] = await qb.getRawMany();
  const units = new Map((rows.length ? await m.find(Unit, { where: { id: In(rows.map((r) => Number(r.unitId))) } }) : []).map((u) => [u.id, u]));
  return rows
    .map((r) => {
      const n = (k: string) => Number(r[k] ?? 0);
      const u = units.get(Number(r.unitId));
      return {
        unit: u ? { id: u.id, name: u.name, jurisdictionCode: u.jurisdictionCode } : null,
        total: n('total'),
        respondedInTime: n('respondedInTime'),
        resolved: n('resolved'),
        rated: n('rated'),
        solved: n('solved'),
        satisfied: n('satisfied'),
        responseRate: ratio(n('respondedInTime'), n('total')),
        resolutionRate: ratio(n('solved'), n('rated')),
        satisfactionRate: ratio(n('satisfied'), n('rated')),
      };
    })
    .sort((a, b) => b.total - a.total);
}

export function totals(rows: UnitRates[]) {
  const sum = (k: keyof UnitRates) => rows.reduce((s, r) => s + (r[k] as number), 0);
  return {
    total: sum('total'),
    responseRate: ratio(sum('respondedInTime'), sum('total')),
    resolutionRate: ratio(sum('solved'), sum('rated')),
    satisfactionRate: ratio(sum('satisfied'), sum('rated')),
  };
}
