import { atName, dueText, emergencyCall, T } from '../../../src/channels/chat/texts';
import { fromShanghai } from '../../../src/clocks/time';
import type { Ticket } from '../../../src/entities/Ticket';

describe('dueText: one deadline format for villagers', () => {
  it('a day-count deadline (00:00 of the next day) is 24:00 of its last day, never 00:00', () => {
    expect(dueText(fromShanghai(2026, 12, 8))).toBe('12月7日 24:00');
    expect(dueText(fromShanghai(2027, 1, 1))).toBe('12月31日 24:00');
  });

  it('an hour deadline keeps its time', () => {
    expect(dueText(fromShanghai(2026, 12, 1, 9, 5))).toBe('12月1日 09:05');
    expect(dueText(fromShanghai(2026, 12, 1, 0, 30))).toBe('12月1日 00:30');
  });

  it('texts say 预计…前办结, never 请于', () => {
    const t = { number: '430502-20261130-0001', category: 'water', resolutionDueAt: fromShanghai(2026, 12, 8), status: 'assigned' } as Ticket;
    expect(T.filed(t, '双清区水利局')).toBe(
      '已登记，工单号 430502-20261130-0001（饮水安全），由双清区水利局办理，预计 12月7日 24:00 前办结。进度可私聊我发送“查询”。',
    );
    expect(T.filedOnTimeout(t, '双清区水利局', '@李大爷\u2005')).toMatch(/^@李大爷\u2005您刚才反映的问题已按原内容登记.*预计 12月7日 24:00 前办结。$/);
    expect(T.supervised(t.number, fromShanghai(2026, 12, 4))).toBe('已挂牌督办：430502-20261130-0001，限 12月3日 24:00 前办结。');
  });
});

describe('atName: whose complaint, without personal data', () => {
  it('is the display name, with a phone typed into it masked', () => {
    expect(atName('李大爷')).toBe('@李大爷\u2005');
    // A number in a nickname: no @ at all (a half-masked name helps no one).
    expect(atName('李大爷 13800001111')).toBe('');
    // The message says it is the sender's real name: not repeated.
    expect(atName('王小明', '反映 村里没水三天了，我是王小明，电话找村委会要')).toBe('');
    expect(atName('王小明', '反映 村里没水三天了')).toBe('@王小明\u2005');
    expect(atName('王 姐\n莲荷村')).toBe('@王 姐 莲荷村\u2005');
    expect(atName(null)).toBe('');
    expect(atName('   ')).toBe('');
    expect([...atName('很长很长很长很长很长很长很长很长很长很长很长的昵称')].length).toBeLessThanOrEqual(22);
  });
});

describe('emergencyCall: whom to call, from the words', () => {
  it.each([
    ['后山着火了 烧到村边了', '火警119'],
    ['老人摔倒了起不来 快点来人', '急救120'],
    ['两家打起来了 有人拿刀', '急救120、报警110'],
    ['我家小孩放学没回家 到处找不到', '报警110'],
    ['房子塌了 有人被困在里面', '火警119、急救120'],
    ['有个小孩掉水塘里了', '火警119、急救120、报警110'],
    ['煤气泄漏了 满屋子味', '火警119'],
    // Nothing says which: all three.
    ['快来人啊 出大事了', '报警110、火警119、急救120'],
  ])('%s → %s', (text, calls) => {
    expect(emergencyCall(text)).toBe(`如有人身危险，请立即拨打${calls}。`);
  });
});
