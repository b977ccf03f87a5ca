import { addressed, parseChoice, parseCommand, parseFollowUp, isSkip, takeRef, complaintText, smallTalk } from '../../../src/channels/chat/parse';

describe('addressed: mentions and triggers', () => {
  it.each([
    // text, mentionSelf flag, mentioned, trigger, rest
    ['@村声\u2005莲荷村自来水停了三天', false, true, null, '莲荷村自来水停了三天'],
    ['@村声 莲荷村自来水停了三天', false, true, null, '莲荷村自来水停了三天'],
    ['莲荷村自来水停了三天 @村声', false, true, null, '莲荷村自来水停了三天'],
    ['莲荷村自来水停了三天', true, true, null, '莲荷村自来水停了三天'],
    ['反映：莲荷村自来水停了三天', false, false, '反映', '莲荷村自来水停了三天'],
    ['投诉 村口路灯坏了', false, false, '投诉', '村口路灯坏了'],
    ['＃诉求 低保没发', false, false, '#诉求', '低保没发'],
    ['我要反映，工资拖欠半年', false, false, '我要反映', '工资拖欠半年'],
    ['@村声 反映 路坏了', false, true, '反映', '路坏了'],
    ['今天天气不错', false, false, null, '今天天气不错'],
    ['@村声儿 你好', false, false, null, '@村声儿 你好'],
    ['大家反映一下意见', false, false, null, '大家反映一下意见'],
  ])('%s', (text, flag, mentioned, trigger, rest) => {
    const a = addressed(text, { botName: '村声', mentionSelf: flag });
    expect([a.mentioned, a.trigger, a.rest]).toEqual([mentioned, trigger, rest]);
  });

  it('recognises a configured bot name as well as 村声', () => {
    expect(addressed('@小村\u2005路坏了', { botName: '小村' }).mentioned).toBe(true);
    expect(addressed('@村声 路坏了', { botName: '小村' }).mentioned).toBe(true);
  });
});

describe('takeRef', () => {
  it.each([
    ['430502-20261124-0007 已修好', { full: '430502-20261124-0007' }, '已修好'],
    ['#0007 已修好', { tail: '0007' }, '已修好'],
    ['#7', { tail: '0007' }, ''],
    ['0007', { tail: '0007' }, ''],
    ['第12号', { tail: '0012' }, ''],
    ['3天', null, '3天'],
    ['7 已修好', null, '7 已修好'],
  ])('%s', (s, ref, rest) => {
    expect(takeRef(s)).toEqual({ ref, rest });
  });
});

describe('parseCommand', () => {
  it.each([
    ['绑定 123456', { kind: 'bind_code', code: '123456' }],
    ['绑定123456', { kind: 'bind_code', code: '123456' }],
    ['绑定 火车站乡莲荷村', { kind: 'bind_group', place: '火车站乡莲荷村', purpose: 'village_group' }],
    ['绑定工作群 双清区', { kind: 'bind_group', place: '双清区', purpose: 'work_group' }],
    ['绑定', null],
    ['解绑', { kind: 'unbind_group' }],
    ['接单 #0007', { kind: 'accept', ref: { tail: '0007' }, note: '' }],
    ['接单0007', { kind: 'accept', ref: { tail: '0007' }, note: '' }],
    ['接单 430502-20261124-0007', { kind: 'accept', ref: { full: '430502-20261124-0007' }, note: '' }],
    ['进展 #0007 已联系施工队，明天动工', { kind: 'progress', ref: { tail: '0007' }, text: '已联系施工队，明天动工' }],
    ['办结 #7 水管已修复', { kind: 'resolve', ref: { tail: '0007' }, text: '水管已修复' }],
    ['转办 #0007 双清区水利局', { kind: 'transfer', ref: { tail: '0007' }, unit: '双清区水利局' }],
    ['转办 #0007 给水利局', { kind: 'transfer', ref: { tail: '0007' }, unit: '水利局' }],
    ['异议 #0007 不属于本乡职责', { kind: 'object', ref: { tail: '0007' }, reason: '不属于本乡职责' }],
    ['查询 #0007', { kind: 'query', ref: { tail: '0007' } }],
    ['查询', { kind: 'query', ref: null }],
    ['进度查询', { kind: 'query', ref: null }],
    ['我的待办', { kind: 'todo' }],
    ['包案 #0007', { kind: 'own', ref: { tail: '0007' } }],
    ['督办 #0007 3天', { kind: 'supervise', ref: { tail: '0007' }, days: 3, note: '' }],
    ['督办 #0007 5 限期整改', { kind: 'supervise', ref: { tail: '0007' }, days: 5, note: '限期整改' }],
    ['挂牌督办 #0007', { kind: 'supervise', ref: { tail: '0007' }, days: null, note: '' }],
    ['帮助', { kind: 'help' }],
    ['完成了吗', null],
    ['查一查低保政策', null],
    ['村里的路坏了', null],
  ])('%s', (text, cmd) => {
    expect(parseCommand(text)).toEqual(cmd);
  });
});

describe('parseFollowUp', () => {
  it.each([
    ['未解决', { solved: false }, ''],
    ['没解决，水还是没来', { solved: false }, '水还是没来'],
    ['已解决 满意', { solved: true, satisfied: true }, ''],
    ['解决了，不满意，拖太久', { solved: true, satisfied: false }, '拖太久'],
    ['1是 2已解决 3满意', { contactedInTime: true, solved: true, satisfied: true }, ''],
    ['1否 2未解决 3不满意', { contactedInTime: false, solved: false, satisfied: false }, ''],
    ['没人联系 未解决', { contactedInTime: false, solved: false }, ''],
    ['#0007 未解决', { solved: false }, ''],
  ])('%s', (text, answers, comment) => {
    const r = parseFollowUp(text);
    expect(r && r.answers).toEqual(answers);
    expect(r && r.comment).toEqual(comment);
  });

  it.each(['村里的路坏了很久了', '去年说要修路到现在也没解决，大家都很有意见', '你好'])('%s is not an answer', (text) => {
    expect(parseFollowUp(text)).toBeNull();
  });

  it('reads the ticket reference', () => {
    expect(parseFollowUp('#0007 未解决')!.ref).toEqual({ tail: '0007' });
  });
});

describe('parseChoice and isSkip', () => {
  it.each([
    ['2', 3, 2],
    ['第2个', 3, 2],
    ['2号', 3, 2],
    ['②', 3, 2],
    ['第二个', 3, 2],
    ['选1', 3, 1],
    ['4', 3, null],
    ['0', 3, null],
    ['莲荷村', 3, null],
  ])('%s of %i', (text, n, k) => {
    expect(parseChoice(text as string, n as number)).toBe(k);
  });
  it.each([
    ['不知道', true],
    ['跳过', true],
    ['算了。', true],
    ['莲荷村', false],
  ])('%s', (t, v) => expect(isSkip(t)).toBe(v));
});

describe('complaintText: the matter, without the way into it', () => {
  it.each([
    ['反映一下 村口路灯坏了', '村口路灯坏了'],
    ['反映一下，村口路灯坏了', '村口路灯坏了'],
    ['@村声 我要反映个问题 村里自来水停了三天', '村里自来水停了三天'],
    ['我想反映一下，莲荷村的路烂了', '莲荷村的路烂了'],
    ['@村声 你好 我要反映 村里路灯坏了', '村里路灯坏了'],
    ['您好，我要反映个问题：杨柳村的水渠堵了', '杨柳村的水渠堵了'],
    ['反映：村里自来水停了三天了', '村里自来水停了三天了'],
    ['投诉村支书乱收费', '村支书乱收费'],
    ['报修 路灯坏了', '路灯坏了'],
    ['问题：村里没水', '村里没水'],
    // A hotline transcript, as voice-to-text writes it.
    ['喂 你好 我想反映一下 我们村停电两天了', '我们村停电两天了'],
    // Words that only look like a lead-in stay.
    ['反映下水道堵了', '下水道堵了'],
    ['下个月就要收稻子了 水渠还没修', '下个月就要收稻子了 水渠还没修'],
    ['个人承包的鱼塘把路占了', '个人承包的鱼塘把路占了'],
    // All lead-in: nothing is thrown away.
    ['反映一下', '一下'],
  ])('%s → %s', (text, want) => {
    expect(complaintText(addressed(text, { botName: '村声' }))).toBe(want);
  });
});

describe('smallTalk: what the bot answers briefly or not at all', () => {
  it.each([
    ['谢谢', 'thanks'],
    ['谢谢你！', 'thanks'],
    ['辛苦了', 'thanks'],
    ['你是机器人吗', 'about_bot'],
    ['你是谁呀？', 'about_bot'],
    ['你能干啥', 'about_bot'],
    ['是真人吗', 'about_bot'],
    ['在吗', 'greeting'],
    ['在吗？？', 'greeting'],
    ['你好', 'greeting'],
    ['', 'greeting'],
    ['好的', 'ack'],
    ['嗯嗯', 'ack'],
    ['哈哈哈', 'ack'],
    ['收到', 'ack'],
    ['是', 'ack'],
    ['路灯坏了', null],
    ['谢谢 我们村的路还是没修', null],
    ['你好，我们村停水三天了', null],
  ])('%s → %s', (text, want) => {
    expect(smallTalk(text)).toBe(want);
  });
});

describe('parseFollowUp: dissatisfaction with the reason', () => {
  it('"不满意 桥还是没修" is not solved, and keeps the reason', () => {
    expect(parseFollowUp('不满意 桥还是没修')).toEqual({ answers: { satisfied: false, solved: false }, ref: null, comment: '桥还是没修' });
    expect(parseFollowUp('不满意，还是老样子')?.answers).toEqual({ satisfied: false, solved: false });
    expect(parseFollowUp('不满意 灯还是不亮')?.answers).toEqual({ satisfied: false, solved: false });
  });

  it('"不满意" with no word on the matter leaves "solved" to be asked', () => {
    expect(parseFollowUp('不满意')?.answers).toEqual({ satisfied: false });
    expect(parseFollowUp('不满意 态度太差了')?.answers).toEqual({ satisfied: false });
  });

  it('a sentence about the matter alone is no answer (it may be a new complaint)', () => {
    expect(parseFollowUp('村口的桥还是没修，过不去车')).toBeNull();
  });
});
