import { createTestDb, TestDb } from '../../support/db';
import { startFakeWeChat, FakeWeChat } from '../../support/fake-wechat';
import { loadConfig } from '../../../src/config';
import { inTransaction } from '../../../src/db/tx';
import { enqueue } from '../../../src/outbox/enqueue';
import { Dispatcher } from '../../../src/outbox/dispatcher';
import { loadOutboxSettings } from '../../../src/outbox/config';
import { OutboxMessage } from '../../../src/entities/OutboxMessage';
import { mpSubscribeSender } from '../../../src/channels/mp/sender';

let db: TestDb;
let wx: FakeWeChat;
let seq = 0;

beforeAll(async () => {
  db = await createTestDb();
  wx = await startFakeWeChat();
});
afterAll(async () => {
  await db.close();
  await wx.close();
});

const configured = () => loadConfig({ WECHAT_API_BASE: wx.url, MP_APPID: wx.appid, MP_SECRET: wx.secret, MP_TEMPLATE_STATUS: 'TPL-1' });

async function queue(openid: string): Promise<number> {
  const key = `mp-test:${++seq}`;
  await inTransaction(db.ds, ({ manager }) =>
    enqueue(manager, {
      channel: 'mp_subscribe',
      target: openid,
      kind: 'ticket_accepted',
      ticketId: 42,
      dedupeKey: key,
      payload: { text: '【村声】您的诉求（工单 430502-20261124-0001）已受理。', ticketNumber: '430502-20261124-0001', status: 'accepted' },
    }),
  );
  return (await db.ds.manager.findOneByOrFail(OutboxMessage, { dedupeKey: key })).id;
}

const row = (id: number) => db.ds.manager.findOneByOrFail(OutboxMessage, { id });
const dispatcher = (getConfig = configured) => new Dispatcher(db.ds, { senders: [mpSubscribeSender(getConfig)], settings: loadOutboxSettings({}) });

describe('mp_subscribe sender', () => {
  it("delivers a status notice to the villager's openid", async () => {
    const id = await queue('o-ok');
    await dispatcher().drain();
    expect((await row(id)).status).toBe('sent');
    expect(wx.sent.at(-1)).toMatchObject({ touser: 'o-ok', template_id: 'TPL-1', page: 'pages/ticket/detail?id=42' });
    expect(wx.sent.at(-1)!.data.phrase2.value).toBe('办理中');
  });

  it('gives up at once, with the reason, when the villager refused or has no consent left (43101)', async () => {
    const id = await queue('o-refused');
    wx.failNext('send', 43101);
    await dispatcher().drain();
    const r = await row(id);
    expect(r.status).toBe('dead');
    expect(r.attempts).toBe(1);
    expect(r.lastError).toContain('43101');
  });

  it('retries later when WeChat is busy or unreachable', async () => {
    for (const outcome of [-1, 'network'] as const) {
      const id = await queue(`o-busy-${outcome}`);
      wx.failNext('send', outcome);
      await dispatcher().drain();
      const r = await row(id);
      expect(r.status).toBe('pending');
      expect(r.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    }
  });

  it('leaves messages waiting, unattempted, while the mini-program is not configured', async () => {
    const id = await queue('o-later');
    await dispatcher(() => loadConfig({})).drain();
    const r = await row(id);
    expect(r.status).toBe('pending');
    expect(r.attempts).toBe(0);
  });
});
