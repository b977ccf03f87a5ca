import { CATEGORY_BY_CODE } from '../classify';
import type { CategoryCode } from '../classify';
import { formatShanghai } from '../clocks/time';
import type { Ticket } from '../entities/Ticket';
import { CLOCK_NAMES, ClockWindow, isRepeat, Rung } from './ladder';

export const categoryName = (code: string) => CATEGORY_BY_CODE[code as CategoryCode]?.name ?? code;

/** Free text may carry phone or id numbers: never forward digit runs. */
export const maskDigits = (s: string) => s.replace(/\d[\d\s-]{4,}\d/g, '***');

const ASK: Record<string, string> = {
  unit_head: '请督促本单位立即办理并反馈。',
  county_leader: '请分管领导督办（可在工作台包案或挂牌督办）。',
  secretary: '请县委书记（领导小组）关注督办。',
};

/**
 * The notice to the person a rung reaches. Says what, where, which clock, how late and who
 * handles it; never the petitioner, and for misconduct not even the complaint text.
 */
export function escalationText(
  t: Pick<Ticket, 'number' | 'category' | 'text' | 'repeatOfId' | 'repeatCount'>,
  w: ClockWindow,
  rung: Pick<Rung, 'step' | 'atFraction'>,
  info: { place: string | null; unitName: string; overdueWorkingDays: number },
): string {
  const where = info.place ? `，${info.place}` : '';
  const head = `工单 ${t.number}（${categoryName(t.category)}${where}）`;
  const excerpt = t.category === 'misconduct' ? '' : `诉求摘要：${maskDigits(t.text).slice(0, 40)}${t.text.length > 40 ? '…' : ''}`;
  if (rung.atFraction !== null) {
    return `【临期预警】${head}${CLOCK_NAMES[w.clock]}将于 ${formatShanghai(w.due)} 到期，承办单位：${info.unitName}。请抓紧办理。${excerpt}`;
  }
  const late = info.overdueWorkingDays > 0 ? `，已超期 ${info.overdueWorkingDays} 个工作日` : '';
  const repeat = isRepeat(t) ? '，系重复信访' : '';
  return `【超期督办】${head}${CLOCK_NAMES[w.clock]}已于 ${formatShanghai(w.due)} 到期${late}${repeat}。承办单位：${info.unitName}。${ASK[rung.step] ?? '请督办。'}${excerpt}`;
}
