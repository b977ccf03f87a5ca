import { Jurisdiction } from '../../entities/Jurisdiction';
import { badRequest, conflict } from '../../errors';
import { canHandle } from '../policies';
import { defineCommand, UNCHANGED } from './pipeline';

/**
 * 更正地点: the handling unit or the petition office over it settles which village a ticket is
 * about (an ambiguous place the intake could not decide, or a wrong one). The village must lie in
 * the ticket's own county: moving a ticket to another county is a transfer by the petition office,
 * not a correction. The handling unit and the clocks stay as they are; if the right village is
 * another unit's, the ticket is transferred as a separate, visible step.
 */
export const correctPlace = defineCommand<{ villageCode: string; place?: string; reason: string }>({
  transition: 'correct_place',
  authorize: canHandle,
  decide: async ({ m, actor, ticket: t, input }) => {
    const village = await m.findOne(Jurisdiction, { where: { code: input.villageCode } });
    if (!village || village.level !== 'village') throw badRequest(`没有这个村（社区）：${input.villageCode}`, 'villageCode');
    const county = t.countyCode?.slice(0, 6) ?? t.villageCode?.slice(0, 6) ?? null;
    if (county && !input.villageCode.startsWith(county) && actor.kind !== 'sysadmin' && actor.kind !== 'system')
      throw conflict('只能更正为本县（市、区）内的村（社区）；跨县请由信访局转办', 'other_county');
    const placeText = input.place?.trim() ? input.place.trim().slice(0, 200) : t.placeText;
    if (input.villageCode === t.villageCode && placeText === t.placeText && !t.placeCandidates) return UNCHANGED;
    return {
      patch: { villageCode: input.villageCode, countyCode: input.villageCode.slice(0, 6), placeText, placeCandidates: null },
      events: [
        {
          type: 'place_corrected',
          visibility: 'internal',
          data: { from: t.villageCode, to: input.villageCode, placeText, reason: input.reason },
        },
      ],
    };
  },
});
