import { FileBox } from 'file-box';
import { IsNull } from 'typeorm';
import { Attachment } from '../../src/entities/Attachment';
import { OutboxMessage } from '../../src/entities/OutboxMessage';
import { Petitioner } from '../../src/entities/Petitioner';
import { Staff } from '../../src/entities/Staff';
import { Ticket } from '../../src/entities/Ticket';
import { inTransaction } from '../../src/db/tx';
import { notifyStaff } from '../../src/outbox/enqueue';
import { Dispatcher } from '../../src/outbox/dispatcher';
import { loadOutboxSettings } from '../../src/outbox/config';
import { staffSender } from '../../src/outbox/senders/staff';
import { ContactMock, login, startWorld, World } from './support';

/**
 * Issue 11's delivery, as cadres and villagers meet it in WeChat (wechaty-puppet-mock): a notice
 * to a cadre who has not bound WeChat yet waits and arrives as one digest when they bind; a
 * leader's repeated 督办 is one notice to the unit; a "photo" that is not one is not kept.
 */
let w: World;
let newCadre: ContactMock;
let leader: ContactMock;
let villager: ContactMock;

async function bindCode(staffId: number): Promise<string> {
  const res = await w.app.call('POST', '/api/v1/chat/bind-codes', { token: await w.app.token('admin'), body: { staffId } });
  expect(res.status).toBe(201);
  return res.body.code;
}
/** The core's dispatcher routes staff notices (to a bound WeChat, else held); the bot sends what is its. */
async function deliver(): Promise<void> {
  await new Dispatcher(w.app.ds, { senders: [staffSender()], settings: loadOutboxSettings({ ...process.env, OUTBOX_QUIET_HOURS: '0' }) }).drain();
  while ((await w.bot.pollOutbox()) > 0);
  await w.bot.idle();
}

beforeAll(async () => {
  w = await startWorld();
  newCadre = w.contact('新来的小刘');
  leader = w.contact('分管副区长');
  villager = w.contact('钱大姐');
  await login(w);
});
afterAll(() => w.close());

it('notices to a cadre without WeChat wait, and come as one digest when they bind', async () => {
  const cadre = await w.app.ds.manager.findOneOrFail(Staff, { where: { role: 'cadre', wechatId: IsNull(), active: true }, order: { id: 'DESC' } });
  expect(cadre.wechatId).toBeNull();
  const ticket = (await w.app.ds.manager.find(Ticket, { take: 1 }))[0] ?? null;
  await inTransaction(w.app.ds, async ({ manager }) => {
    await notifyStaff(
      manager,
      cadre.id,
      'ticket_assigned',
      '新工单 A：莲荷村的水渠堵了，请于 12月1日 17:00 前受理。',
      ticket?.id ?? null,
      new Date(),
      'held-test-1',
    );
    await notifyStaff(
      manager,
      cadre.id,
      'ticket_assigned',
      '新工单 B：杨柳村的路灯不亮，请于 12月1日 17:00 前受理。',
      ticket?.id ?? null,
      new Date(),
      'held-test-2',
    );
  });
  await deliver();
  const rows = await w.app.ds.manager.find(OutboxMessage, { where: [{ dedupeKey: 'held-test-1' }, { dedupeKey: 'held-test-2' }] });
  expect(rows.map((r) => r.status)).toEqual(['held', 'held']);
  expect(w.dmLog(newCadre)).toEqual([]);

  await w.say(newCadre, `绑定 ${await bindCode(cadre.id)}`, w.me);
  await deliver();
  const digest = w.dmLog(newCadre).find((t) => t.startsWith('您绑定微信前有 2 条工作通知未能送达'));
  expect(digest).toBeDefined();
  expect(digest).toContain('新工单 A：莲荷村的水渠堵了');
  expect(digest).toContain('新工单 B：杨柳村的路灯不亮');
  // Delivered once: another poll sends nothing more.
  const said = w.dmLog(newCadre).length;
  await deliver();
  expect(w.dmLog(newCadre).length).toBe(said);
});

it('the same 督办 said twice by a leader on one day is one notice to the unit', async () => {
  await w.say(villager, '反映 火车站乡莲荷村到镇上的水泥路塌了一大块 车过不去', w.me);
  const p = await w.app.ds.manager.findOneByOrFail(Petitioner, { wechatId: `test-bot:${villager.id}` });
  const road = await w.app.ds.manager.findOneOrFail(Ticket, { where: { petitionerId: p.id }, order: { id: 'DESC' } });
  const lead = await w.app.ds.manager.findOneOrFail(Staff, {
    where: { role: 'leader', position: 'county_leader', jurisdictionCode: '430502' },
    order: { id: 'ASC' },
  });
  await w.say(leader, `绑定 ${await bindCode(lead.id)}`, w.me);
  const notices = () => w.app.ds.manager.count(OutboxMessage, { where: { ticketId: road.id, kind: 'supervised' } });
  await w.say(leader, `督办 ${road.number} 3 限期修好`, w.me);
  expect(w.dmLog(leader).at(-1)).toMatch(/^已挂牌督办/);
  const once = await notices();
  expect(once).toBeGreaterThan(0);
  await w.say(leader, `督办 ${road.number} 3 限期修好`, w.me);
  expect(await notices()).toBe(once);
});

it('a "photo" of four JPEG magic bytes and noise is not kept as evidence', async () => {
  const p = await w.app.ds.manager.findOneByOrFail(Petitioner, { wechatId: `test-bot:${villager.id}` });
  const road = await w.app.ds.manager.findOneOrFail(Ticket, { where: { petitionerId: p.id }, order: { id: 'DESC' } });
  const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))]);
  const before = await w.app.ds.manager.count(Attachment, { where: { ticketId: road.id } });
  await w.say(villager, FileBox.fromBase64(fake.toString('base64'), 'road.jpg') as any, w.me);
  expect(await w.app.ds.manager.count(Attachment, { where: { ticketId: road.id } })).toBe(before);
  expect(w.dmLog(villager).at(-1)).toMatch(/^图片未能保存：图片内容无法识别.*请重新拍照发送。$/);
});
