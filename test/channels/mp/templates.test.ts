import fc from 'fast-check';
import { fit, statusTemplateData } from '../../../src/channels/mp/templates';
import { fromShanghai } from '../../../src/clocks/time';

describe('subscription-message fields', () => {
  it('fit their type rules for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.string({ maxLength: 60 }), (text, number) => {
        const thing = fit.thing(text);
        expect([...thing].length).toBeGreaterThan(0);
        expect([...thing].length).toBeLessThanOrEqual(20);
        expect(thing).not.toMatch(/[\n\r\t]/);
        const cs = fit.characterString(number);
        expect(cs.length).toBeGreaterThan(0);
        expect(cs.length).toBeLessThanOrEqual(32);
        expect(cs).toMatch(/^[\x21-\x7e]+$/);
        const ph = fit.phrase(text);
        expect(ph).toMatch(/^[\u4e00-\u9fff]{1,5}$/);
      }),
    );
  });

  it('builds the status notice a villager reads', () => {
    const data = statusTemplateData({
      ticketNumber: '430502-20261124-0007',
      status: 'accepted',
      text: '【村声】您的诉求（工单 430502-20261124-0007）已受理，承办人员将尽快与您联系。',
      at: fromShanghai(2026, 11, 24, 9, 5),
    });
    expect(data).toEqual({
      character_string1: { value: '430502-20261124-0007' },
      phrase2: { value: '办理中' },
      thing3: { value: '您的诉求已受理，承办人员将尽快与您联系。' },
      time4: { value: '2026年11月24日 09:05' },
    });
  });
});
