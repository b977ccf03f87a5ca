import { CATEGORY_BY_CODE } from '../classify';
import type { CategoryCode } from '../classify';
import { deadlineText } from '../clocks/time';
import type { Ticket } from '../entities/Ticket';
import { isConfidential } from '../tickets/policies';
import { redact } from '../privacy/redact';
import { areaTitles } from '../stats/titles';
import { CLOCK_NAMES, ClockWindow, isRepeat, Rung } from './ladder';

export const categoryName = (code: string) => CATEGORY_BY_CODE[code as CategoryCode]?.name ?? code;

/** Free text may carry phone or ID numbers (in any disguise) and self-introduced names: the shared redaction. */
export const maskDigits = (s: string) => redact(s);

/** What each rung asks, with the county's own title (区委书记 in a 区, 市委书记 in a county-level 市). */
const ask = (step: string, countyCode: string | null | undefined): string | undefined =>
  ({
    unit_head: '请督促本单位立即办理并反馈。',
    county_leader: '请分管领导督办（可在工作台包案或挂牌督办）。',
    secretary: `请${areaTitles(countyCode).secretary}（领导小组）关注督办。`,
  })[step];

export interface RungNotice {
  window: ClockWindow;
  rung: Pick<Rung, 'step' | 'atFraction' | 'level'>;
  overdueWorkingDays: number;
}

function clause(n: RungNotice): string {
  if (n.rung.atFraction !== null) return `${CLOCK_NAMES[n.window.clock]}将于 ${deadlineText(n.window.due)} 到期`;
  const late = n.overdueWorkingDays > 0 ? `，已超期 ${n.overdueWorkingDays} 个工作日` : '';
  return `${CLOCK_NAMES[n.window.clock]}已于 ${deadlineText(n.window.due)} 到期${late}`;
}

/**
 * One notice per person per ticket and sweep, however many rungs reached them at once (a ticket
 * first seen long past due climbs several): one message instead of several, which also paces
 * the chat accounts. Says what, where, which clocks, how late and who handles it; never the
 * petitioner, and for a report (misconduct, or re-filed by the commission under its true category)
 * not even the complaint text: leaders' chat accounts and work groups are read over shoulders.
 */
export function escalationText(
  t: Pick<Ticket, 'number' | 'category' | 'accusedUnitId' | 'text' | 'repeatOfId' | 'repeatCount'> & Partial<Pick<Ticket, 'countyCode'>>,
  notices: RungNotice[],
  info: { place: string | null; unitName: string },
): string {
  const where = info.place ? `，${info.place}` : '';
  const warningOnly = notices.every((n) => n.rung.atFraction !== null);
  const tag = warningOnly ? '【临期预警】' : '【超期督办】';
  const repeat = !warningOnly && isRepeat(t) ? '，系重复信访' : '';
  const excerpt = isConfidential(t) ? '' : `诉求摘要：${maskDigits(t.text).slice(0, 40)}${t.text.length > 40 ? '…' : ''}`;
  const top = [...notices].sort((a, b) => b.rung.level - a.rung.level)[0];
  const request = warningOnly ? '请抓紧办理。' : (ask(top.rung.step, t.countyCode) ?? '请督办。');
  const head = `${tag}工单 ${t.number}（${categoryName(t.category)}${where}）`;
  if (notices.length === 1) return `${head}${clause(notices[0])}${repeat}。承办单位：${info.unitName}。${request}${excerpt}`;
  const lines = [...notices].sort((a, b) => b.rung.level - a.rung.level).map((n) => `· ${clause(n)}`);
  return [`${head}承办单位：${info.unitName}${repeat}。`, ...lines, `${request}${excerpt}`].join('\n');
}
