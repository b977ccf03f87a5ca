import { startFakeWeChat, FakeWeChat } from '../../support/fake-wechat';
import { WeChatClient, WeChatError, WeChatUnavailable } from '../../../src/channels/mp/wechat';

let wx: FakeWeChat;
let client: WeChatClient;
const msg = (touser: string) => ({ touser, templateId: 'TPL', data: { thing3: { value: '已受理' } } });

beforeAll(async () => {
  wx = await startFakeWeChat();
});
afterAll(() => wx.close());
beforeEach(() => {
  client = new WeChatClient({ baseUrl: wx.url, appid: wx.appid, secret: wx.secret, timeoutMs: 2000 });
  wx.tokenFetches = 0;
  wx.sent.length = 0;
  wx.tokenDelayMs = 0;
});

describe('code2Session', () => {
  it('returns openid and unionid, and nothing of the session key', async () => {
    const s = await client.code2Session(wx.code('o-1', 'u-1'));
    expect(s).toEqual({ openid: 'o-1', unionid: 'u-1' });
  });

  it('surfaces errcodes and network failures as typed errors', async () => {
    await expect(client.code2Session('nope')).rejects.toMatchObject({ errcode: 40029 });
    wx.failNext('jscode2session', 'network');
    await expect(client.code2Session(wx.code('o-2'))).rejects.toBeInstanceOf(WeChatUnavailable);
    wx.failNext('jscode2session', { status: 500 });
    await expect(client.code2Session(wx.code('o-2'))).rejects.toBeInstanceOf(WeChatUnavailable);
  });
});

describe('access_token', () => {
  it('is fetched once for many concurrent sends (single-flight) and reused afterwards', async () => {
    wx.tokenDelayMs = 50;
    await Promise.all(Array.from({ length: 10 }, (_, i) => client.sendSubscribe(msg(`o-${i}`))));
    await client.sendSubscribe(msg('o-last'));
    expect(wx.tokenFetches).toBe(1);
    expect(wx.sent).toHaveLength(11);
  });

  it('is refreshed once when WeChat says it is invalid (40001), and the send goes through', async () => {
    await client.sendSubscribe(msg('o-a'));
    wx.revokeToken();
    await client.sendSubscribe(msg('o-b'));
    expect(wx.tokenFetches).toBe(2);
    expect(wx.sent.map((s) => s.touser)).toEqual(['o-a', 'o-b']);
    expect(wx.sent[0].accessToken).not.toBe(wx.sent[1].accessToken);
  });

  it('many sends failing with the same stale token cause one refresh, not many', async () => {
    await client.sendSubscribe(msg('o-a'));
    wx.revokeToken();
    wx.tokenDelayMs = 30;
    await Promise.all(Array.from({ length: 8 }, (_, i) => client.sendSubscribe(msg(`o-${i}`))));
    expect(wx.tokenFetches).toBe(2);
    expect(wx.sent).toHaveLength(9);
  });

  it('refreshes on 42001 too, but only once per send: a second rejection is an error', async () => {
    await client.sendSubscribe(msg('o-a'));
    wx.failNext('send', 42001, 40001);
    await expect(client.sendSubscribe(msg('o-b'))).rejects.toMatchObject({ errcode: 40001 });
    expect(wx.tokenFetches).toBe(2);
    expect(wx.sent).toHaveLength(1);
  });

  it('does not retry other errors', async () => {
    wx.failNext('send', 43101);
    const e = await client.sendSubscribe(msg('o-a')).catch((x) => x);
    expect(e).toBeInstanceOf(WeChatError);
    expect(e.errcode).toBe(43101);
    expect(wx.tokenFetches).toBe(1);
  });
});
