import { EntityManager, In } from 'typeorm';
import { areaTitles } from '../stats/titles';
import { Staff } from '../entities/Staff';
import { Unit } from '../entities/Unit';
import type { EscalationRecipient } from '../entities/EscalationRule';
import type { Ticket } from '../entities/Ticket';
import { mayBeToldOf } from '../tickets/staff-actor';

export interface Addressees {
  to: Staff | null;
  /** Copies (the unit head on a warning to an assignee). */
  cc: Staff[];
  /** Why the intended person was not found, if a fallback or nobody was used. */
  note?: string;
}

/**
 * Who holds each position, cached for one sweep: the handling unit's head, the county leader in
 * charge of the category (分管县领导), the county secretary.
 */
export class Directory {
  private units = new Map<number, Unit | null>();
  private staff = new Map<number, Staff | null>();
  private leaders = new Map<string, Staff[]>();

  async unit(m: EntityManager, id: number): Promise<Unit | null> {
    if (!this.units.has(id)) this.units.set(id, await m.findOne(Unit, { where: { id } }));
    return this.units.get(id)!;
  }

  async person(m: EntityManager, id: number | null): Promise<Staff | null> {
    if (id === null) return null;
    if (!this.staff.has(id)) {
      const s = await m.findOne(Staff, { where: { id } });
      this.staff.set(id, s && s.active ? s : null);
    }
    return this.staff.get(id)!;
  }

  private async countyLeaders(m: EntityManager, county: string): Promise<Staff[]> {
    if (!this.leaders.has(county)) {
      const rows = await m.find(Staff, {
        where: { jurisdictionCode: county, position: In(['county_leader', 'county_secretary']), active: true },
        order: { id: 'ASC' },
      });
      this.leaders.set(county, rows);
    }
    return this.leaders.get(county)!;
  }

  async secretary(m: EntityManager, county: string | null): Promise<Staff | null> {
    if (!county) return null;
    return (await this.countyLeaders(m, county)).find((s) => s.position === 'county_secretary') ?? null;
  }

  async leaderInCharge(m: EntityManager, county: string | null, category: string): Promise<Staff | null> {
    if (!county) return null;
    return (await this.countyLeaders(m, county)).find((s) => s.position === 'county_leader' && (s.categories ?? []).includes(category)) ?? null;
  }

  /** A confidential ticket's rung reaches only people who may read it (see mayBeToldOf). */
  async resolve(m: EntityManager, t: Ticket, who: EscalationRecipient): Promise<Addressees> {
    const found = await this.pick(m, t, who);
    const cc: Staff[] = [];
    for (const s of found.cc) if (await mayBeToldOf(m, s, t)) cc.push(s);
    if (found.to && !(await mayBeToldOf(m, found.to, t))) return { to: null, cc, note: '该工单涉及对其所在单位的反映，依规回避' };
    return { ...found, cc };
  }

  private async pick(m: EntityManager, t: Ticket, who: EscalationRecipient): Promise<Addressees> {
    const county = t.countyCode ? t.countyCode.slice(0, 6) : null;
    const titles = areaTitles(county);
    const head = await this.person(m, (await this.unit(m, t.handlingUnitId))?.headStaffId ?? null);
    switch (who) {
      case 'handler': {
        const assignee = await this.person(m, t.assigneeId);
        if (assignee) return { to: assignee, cc: head && head.id !== assignee.id ? [head] : [] };
        return head ? { to: head, cc: [] } : { to: null, cc: [], note: '承办单位未设负责人' };
      }
      case 'unit_head':
        return head ? { to: head, cc: [] } : { to: null, cc: [], note: '承办单位未设负责人' };
      case 'county_leader': {
        const leader = await this.leaderInCharge(m, county, t.category);
        if (leader) return { to: leader, cc: [] };
        // Nobody is in charge of this category: the rung goes one level up rather than nowhere.
        const sec = await this.secretary(m, county);
        return { to: sec, cc: [], note: sec ? `无${titles.leaderInCharge}分管该类别，报${titles.secretary}` : `未找到${titles.leaderInCharge}` };
      }
      case 'county_secretary': {
        const sec = await this.secretary(m, county);
        return sec ? { to: sec, cc: [] } : { to: null, cc: [], note: `未找到${titles.secretary}` };
      }
    }
  }
}
