import type { EntityManager } from 'typeorm';
import { Staff } from '../../src/entities/Staff';
import { Unit } from '../../src/entities/Unit';

/**
 * A village committee under a township, with its clerk (村委会文书): the demo seed has none, and
 * the security tests need someone on the accused township's side who is not the township itself.
 */
export async function villageCommittee(m: EntityManager, township: Unit, villageCode: string, name = '莲荷村村民委员会') {
  const unit = await m.save(m.create(Unit, { name, kind: 'village_committee', jurisdictionCode: villageCode, parentUnitId: township.id, headStaffId: null }));
  const clerk = await m.save(
    m.create(Staff, {
      name: `${name.replace(/村民委员会$/, '')}文书`,
      role: 'cadre',
      position: null,
      title: '村委会文书',
      unitId: unit.id,
      jurisdictionCode: null,
      categories: null,
      phone: null,
      wechatId: null,
      openid: null,
      active: true,
    }),
  );
  return { unit, clerk };
}
