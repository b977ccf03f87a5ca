import type { EntityManager } from 'typeorm';
import { ChatTarget } from '../../src/entities/ChatTarget';
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

/**
 * 双清区's county work group as a WeCom robot (where the evening summary and staff notices go);
 * `o` changes what a test needs different (its own webhook, no topic, inactive, a fixed time).
 */
export function countyWorkGroupRobot(webhookUrl: string, o: Partial<ChatTarget> = {}): Partial<ChatTarget> {
  return {
    kind: 'wecom_webhook',
    purpose: 'work_group',
    jurisdictionCode: '430502',
    topic: '双清区工作群',
    roomId: null,
    botAccount: null,
    webhookUrl,
    boundByStaffId: null,
    active: true,
    createdAt: new Date(),
    ...o,
  };
}
