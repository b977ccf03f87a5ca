import { shanghaiParts } from '../clocks/time';
import { workingDaysBetween } from '../clocks/calendar';
import type { ClockName } from '../entities/EscalationRule';

/** One handling unit's line: today's flow, what it has open and overdue now, this year's rates. */
export interface UnitLine {
  unitId: number;
  name: string;
  created: number;
  open: number;
  overdue: number;
  resolved: number;
  responseRate: number | null;
  resolutionRate: number | null;
  satisfactionRate: number | null;
}

/** The figures of one summary; counts and ticket numbers only, never a person. */
export interface SummaryFigures {
  date: string;
  areaName: string;
  /** What the area's leaders are called (区委书记 in a 区, 市委书记 in a county-level 市 …). */
  titles: { secretary: string; leaderInCharge: string };
  created: number;
  accepted: number;
  resolved: number;
  closed: number;
  /** Every figure but `misconduct` leaves misconduct (and any ticket accusing a unit) out. */
  overdue: {
    total: number;
    /** Oldest first. */
    items: { number: string; place: string; category: string; unit: string; overdue: string }[];
  };
  escalated: { total: number; byStep: Record<string, number> };
  repeat: { today: number; overdue: number };
  rates: { total: number; rated: number; responseRate: number | null; resolutionRate: number | null; satisfactionRate: number | null };
  /** Units with something new, open or resolved today, most overdue first; misconduct excluded. */
  units: UnitLine[];
  /** Complaint-like chatter in the group today (未诉先办 leads); null when not counted. */
  chatter: number | null;
  /**
   * Misconduct counted, never listed: today's new ones and the overdue ones. Null where the
   * audience may not know them (township and village groups, other readers of the API).
   */
  misconduct: { today: number; overdue: number } | null;
}

/** The line carrying the misconduct count, so that a reader not entitled to it can be spared it. */
export const MISCONDUCT_LINE = '纪检监察类：';

/** A stored summary as someone not told of misconduct may read it: without the count line. */
export function withoutMisconduct(text: string): string {
  return text
    .split('\n')
    .filter((l) => !l.startsWith(MISCONDUCT_LINE))
    .join('\n');
}

/** WeCom robot text messages carry at most 2048 bytes of UTF-8. */
export const MAX_SUMMARY_BYTES = 2048;
export const MAX_LISTED = 10;
export const MAX_UNITS = 15;

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const pct = (r: number | null) => (r === null ? '—' : `${(r * 100).toFixed(1)}%`);
const pct0 = (r: number | null) => (r === null ? '—' : `${Math.round(r * 100)}%`);
const bytes = (s: string) => Buffer.byteLength(s, 'utf8');

/** Which clock ran out, when it is not the service clock (办理时限). */
const CLOCK_PREFIX: Partial<Record<ClockName, string>> = { legal_notice: '受理告知', legal_resolution: '法定期限' };

/** How late, in working days as the escalation ladder counts them (a holiday does not count). */
export function overdueText(now: Date, due: Date, clock: ClockName = 'resolution'): string {
  const n = workingDaysBetween(due, now);
  return `${CLOCK_PREFIX[clock] ?? ''}超期${n >= 1 ? `${n}个工作日` : '不足1个工作日'}`;
}

const stepLabels = (titles: SummaryFigures['titles']): [string, string][] => [
  ['warning', '临期预警'],
  ['unit_head', '报单位负责人'],
  ['county_leader', `报${titles.leaderInCharge}`],
  ['secretary', `报${titles.secretary}`],
];

const unitLine = (u: UnitLine) =>
  `${u.name}：新增${u.created} 在办${u.open} 超期${u.overdue} 办结${u.resolved}；响应${pct0(u.responseRate)} 解决${pct0(u.resolutionRate)} 满意${pct0(u.satisfactionRate)}`;

/**
 * One chat message: the day's flow, what is overdue (listed up to a cap, "等 N 件"), one line per
 * handling unit, escalations, repeat petitions, the three rates. Shrinks the two lists until it
 * fits `maxBytes`.
 */
export function summaryText(f: SummaryFigures, now: Date, maxBytes = MAX_SUMMARY_BYTES): string {
  const wd = WEEKDAYS[shanghaiParts(now).weekday];
  const head = [`【${f.areaName}每日自查】${f.date}（${wd}）`, `今日新增 ${f.created} 件，受理 ${f.accepted} 件，办结 ${f.resolved} 件，销号 ${f.closed} 件。`];
  const tail: string[] = [];
  if (f.escalated.total > 0) {
    const parts = stepLabels(f.titles)
      .filter(([k]) => f.escalated.byStep[k])
      .map(([k, label]) => `${label} ${f.escalated.byStep[k]}`);
    tail.push(`今日督办 ${f.escalated.total} 件次${parts.length ? `（${parts.join('，')}）` : ''}。`);
  } else {
    tail.push('今日督办 0 件次。');
  }
  tail.push(`重复信访：今日新增 ${f.repeat.today} 件，超期 ${f.repeat.overdue} 件。`);
  tail.push(
    `本年累计 ${f.rates.total} 件（回访 ${f.rates.rated} 件）：响应率 ${pct(f.rates.responseRate)}，解决率 ${pct(f.rates.resolutionRate)}，满意率 ${pct(f.rates.satisfactionRate)}。`,
  );
  if (f.chatter !== null) tail.push(`群内未诉先办线索 ${f.chatter} 条，请包村干部主动了解。`);
  if (f.misconduct && f.misconduct.today + f.misconduct.overdue > 0) {
    tail.push(`${MISCONDUCT_LINE}今日新增 ${f.misconduct.today} 件，超期 ${f.misconduct.overdue} 件（仅计数，不列明细）。`);
  }

  const listable = f.overdue.items;
  const render = (shown: number, unitsShown: number) => {
    const lines = [...head];
    if (f.overdue.total === 0) lines.push('当前无超期工单。');
    else {
      lines.push(`超期未办结 ${f.overdue.total} 件${shown ? '：' : '。'}`);
      listable.slice(0, shown).forEach((it, i) => {
        lines.push(`${i + 1}. ${it.number} ${[it.place, it.category, it.unit].filter(Boolean).join(' ')} ${it.overdue}`);
      });
      if (shown > 0 && shown < f.overdue.total) lines.push(`……等 ${f.overdue.total} 件`);
    }
    if (f.units.length) {
      lines.push(unitsShown ? '分单位（今日新增/在办/超期/今日办结；本年响应率/解决率/满意率）：' : `涉及承办单位 ${f.units.length} 个。`);
      for (const u of f.units.slice(0, unitsShown)) lines.push(unitLine(u));
      if (unitsShown > 0 && unitsShown < f.units.length) lines.push(`……另有 ${f.units.length - unitsShown} 个单位`);
    }
    return [...lines, ...tail].join('\n');
  };
  // Shrink to fit: give up a unit line or a listed ticket in turn, from the longer list (the
  // overdue tickets, what needs doing, keep their place on a tie).
  let shown = Math.min(listable.length, MAX_LISTED);
  let unitsShown = Math.min(f.units.length, MAX_UNITS);
  let text = render(shown, unitsShown);
  while (bytes(text) > maxBytes && shown + unitsShown > 0) {
    if (unitsShown >= shown) unitsShown--;
    else shown--;
    text = render(shown, unitsShown);
  }
  if (bytes(text) > maxBytes) {
    // Still too long (absurdly long names): cut on a character boundary.
    while (bytes(text) > maxBytes - 3) text = text.slice(0, -1);
    text += '…';
  }
  return text;
}
