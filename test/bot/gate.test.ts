import fc from 'fast-check';
import { addressedToCore, likelyComplaint, mayBeComplaint, readGroupText, shanghaiDate } from '../../bot/gate';
import { CATEGORIES, understand } from '../../src/classify';

describe('addressedToCore: what in a group needs the core', () => {
  it.each([
    ['反映：村里自来水停了三天了', true],
    ['  投诉 村口的桥护栏断了', true],
    ['＃诉求 低保评定不公平', true],
    ['#诉求 低保评定不公平', true],
    ['我要反映个事', true],
    ['@村声\u2005路灯坏了', true],
    ['@村声 路灯坏了', true],
    ['路灯坏了 @村声', true],
    ['＠村声 路灯坏了', true],
    ['@小助手 路灯坏了', true], // the bot's own name in this login
    ['绑定 123456', true], // a bind code posted in a group is burnt
    ['大家晚上好', false],
    ['我家自来水又停了，烦死了', false], // complaint-like chatter: counted, not the core's
    ['@张三 明天来吗', false],
    ['@张三 反映一下吧', false], // addressed to someone else
    ['绑定 火车站乡莲荷村', false], // needs the bot mentioned, as in the core
    ['明天反映一下', false], // a trigger word not at the start
    ['', false],
  ])('%s → %s', (text, want) => {
    expect(addressedToCore(text, '小助手')).toBe(want);
  });

  it('the puppet\u2019s mention flag is enough', () => {
    expect(addressedToCore('路灯坏了', '村声', true)).toBe(true);
  });
});

describe('complaint-like chatter', () => {
  it('rates complaint-like talk with its category, ordinary talk and placeholders not', () => {
    expect(likelyComplaint('我家自来水又停了，水龙头一滴水都没有', 0.5)).toBe('water');
    expect(likelyComplaint('低保的钱还没发下来', 0.5)).toBe('welfare');
    expect(likelyComplaint('大家晚上好，明天赶集去不去', 0.5)).toBeNull();
    expect(likelyComplaint('[红包]', 0.5)).toBeNull();
    expect(likelyComplaint('[捂脸][捂脸]', 0.5)).toBeNull();
    // Below the configured confidence it is not counted.
    expect(likelyComplaint('低保的钱还没发下来', understand('低保的钱还没发下来').confidence + 0.01)).toBeNull();
  });

  it.each(['莲荷村有人掉进水塘了快来人', '老人在家摔倒了起不来', '有人持刀打人', '桥断了车过不去'])(
    '"%s" said without a trigger word goes to the core as an emergency, not counted as chatter',
    (text) => {
      expect(readGroupText(text, 0.5).emergency).toBe(true);
      expect(likelyComplaint(text, 0.5)).toBeNull();
    },
  );

  it.each(['大家晚上好，明天赶集去不去', '去年发大水那会儿我们家猪圈都冲没了 现在想想都怕', '今晚村部演练消防 大家别慌'])('"%s" is no emergency', (text) => {
    expect(readGroupText(text, 0.5).emergency).toBe(false);
  });

  it.each(['谢谢陈叔的红包', '求助大家 谁家有拖拉机 明天借我用半天', '举报电话12388', '投诉有啥用哦', '反映了也没用 去年就反映过'])(
    '"%s" is no unregistered complaint (未诉先办 counts only what reads as a complaint)',
    (text) => {
      expect(likelyComplaint(text, 0.5)).toBeNull();
    },
  );

  it('the pre-check never hides a text that would be counted (any mix of keywords and talk)', () => {
    const keywords = CATEGORIES.flatMap((c) => c.keywords);
    const talk = ['大家', '晚上好', '明天', '赶集', '哈哈', '，', ' ', '了', '没', '书记', '的', '收到', '谢谢', 'ａｂ', '１２'];
    const piece = fc.oneof(fc.constantFrom(...keywords), fc.constantFrom(...talk), fc.string({ maxLength: 3 }));
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        if (mayBeComplaint(text)) return;
        const u = understand(text);
        expect(u.complaint && u.category !== 'other' ? u.category : 'other').toBe('other');
      }),
      { numRuns: 2000 },
    );
  });
});

it('Shanghai days turn at 16:00 UTC', () => {
  expect(shanghaiDate(Date.parse('2026-11-24T15:59:59Z'))).toBe('2026-11-24');
  expect(shanghaiDate(Date.parse('2026-11-24T16:00:00Z'))).toBe('2026-11-25');
  expect(shanghaiDate(Date.parse('2026-11-24T15:00:00Z'))).toBe('2026-11-24');
});
