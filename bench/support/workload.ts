import type { DataSource } from 'typeorm';
import { Jurisdiction } from '../../src/entities/Jurisdiction';
import { rng, picker } from './prng';

/** A real village with the names people use for it and its township and county. */
export interface Village {
  code: string;
  village: string;
  township: string;
  county: string;
}

/** The villages of the seeded counties, in code order (stable across runs and databases). */
export async function loadVillages(ds: DataSource): Promise<Village[]> {
  const rows = await ds.manager.find(Jurisdiction, { order: { code: 'ASC' } });
  const name = new Map(rows.map((r) => [r.code, r.shortName || r.name]));
  return rows
    .filter((r) => r.level === 'village')
    .map((r) => ({ code: r.code, village: r.shortName || r.name, township: name.get(r.code.slice(0, 9)) ?? '', county: name.get(r.code.slice(0, 6)) ?? '' }));
}

// What villagers write, by the category it should land in. {p} is the place as they say it.
const TEMPLATES = [
  '{p}自来水停了三天了，老人孩子没水喝，请尽快派人来修',
  '{p}村口的路坑坑洼洼，下雨天根本没法走，希望修一修',
  '{p}我家危房改造补助到现在还没发下来，房子漏雨',
  '{p}低保评定不公平，有车有房的人也吃上了低保',
  '我在{p}附近工地干活，包工头拖欠工资半年了，一直不给',
  '{p}孩子上学的营养餐补助好几个月没发了',
  '{p}新农合住院报销一直办不下来，跑了好几趟',
  '{p}邻居占了我家宅基地盖房，调解了两次也不行',
  '{p}村干部优亲厚友，评贫困户的时候只评自己亲戚',
  '{p}路灯坏了好几天了，晚上出门黑灯瞎火的',
  '{p}扶贫产业的分红今年还没有到账，请帮忙问问',
  '{p}的饮水井水发黄有异味，不敢喝',
];

export interface IntakeBody {
  text: string;
  channel: 'hotline' | 'sms' | 'wechat_group' | 'miniprogram';
  externalId: string;
  villageCode?: string;
  place?: string;
  contact?: { phone?: string; wechatId?: string; openid?: string; name?: string };
}

/**
 * Deterministic intake requests over real villages: places written the ways people write them
 * (county+township+village, township+village, a separate place field, or a village code from
 * the mini-program's picker), contacts by channel, a unique externalId per request. About one
 * sender in twenty comes back within the run (repeat petitions are part of real intake), never
 * with the same words through the same channel.
 */
export function makeWorkload(villages: Village[], seed: number, runId: string) {
  const rand = rng(seed);
  const pick = picker(rand);
  let n = 0;
  const senders = Math.max(1000, villages.length * 20);
  // Who said what through which channel: a sender who comes back says something else, since the
  // same words from the same sender within minutes are one ticket (a redelivery), not a new one.
  const said = new Set<string>();
  return (): IntakeBody => {
    const id = `${runId}-${n++}`;
    for (;;) {
      const body = draw(id);
      const key = `${body.channel}|${JSON.stringify(body.contact)}|${body.text}`;
      if (said.has(key)) continue;
      said.add(key);
      return body;
    }
  };
  function draw(id: string): IntakeBody {
    const v = pick(villages);
    const r = rand();
    const sender = Math.floor(rand() * senders);
    const template = pick(TEMPLATES);
    if (r < 0.35) {
      return {
        text: template.replace('{p}', `${v.county}${v.township}${v.village}`),
        channel: 'hotline',
        externalId: id,
        contact: { phone: `139${String(10_000_000 + sender).slice(-8)}` },
      };
    }
    if (r < 0.55) {
      return {
        text: template.replace('{p}', `${v.township}${v.village}`),
        channel: 'sms',
        externalId: id,
        contact: { phone: `138${String(10_000_000 + sender).slice(-8)}` },
      };
    }
    if (r < 0.8) {
      return {
        text: template.replace('{p}', '我们这里'),
        place: `${v.township}${v.village}`,
        channel: 'wechat_group',
        externalId: id,
        contact: { wechatId: `wxid_bench${sender}` },
      };
    }
    return { text: template.replace('{p}', '我们村'), villageCode: v.code, channel: 'miniprogram', externalId: id, contact: { openid: `o-bench-${sender}` } };
  }
}
