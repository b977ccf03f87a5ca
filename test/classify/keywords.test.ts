import { misconductTrigger } from '../../src/classify/keywords';

// The accusation forms alone (keywords.ts), as the routing rule reads them: an accusation they see goes to the discipline
// commission whatever the model says. Round 34: a family occasion is no paper bought, one's own spending no public money doubted.
describe('misconductTrigger: the forms read a bribe or public money doubted, not a family occasion or private spending', () => {
  it.each(['给俺爹送了两瓶酒 第二天就给他办了寿宴', '送了两条烟给他 当天就办了喜酒', '他说他那车花了二十万 谁信', '她家那套房子装修花了三十万 谁信啊'])(
    '%s reads no accusation',
    (text) => {
      expect(misconductTrigger(text)).toBeNull();
    },
  );
  it.each([
    '拎了两瓶酒去 当天就给办了',
    '送了两条烟 第二天就给办了低保',
    '村里说修那段路花了二十万 谁信',
    '他家那房子花了五十万 谁信啊 村长一个月才挣多少 村里的账也不公开',
  ])('%s reads an accusation', (text) => {
    expect(misconductTrigger(text)).not.toBeNull();
  });
});
