import { DataSource, EntityManager, In } from 'typeorm';
import { inTransaction } from '../db/tx';
import { ChatTarget } from '../entities/ChatTarget';
import { ChatterCount } from '../entities/ChatterCount';
import { DailySummary } from '../entities/DailySummary';
import { Jurisdiction } from '../entities/Jurisdiction';
import { OPEN_STATUSES, Ticket } from '../entities/Ticket';
import { Unit } from '../entities/Unit';
import { shanghaiYmd, startOfShanghaiDay } from '../clocks/time';
import type { ClockName } from '../entities/EscalationRule';
import { categoryName } from '../escalation/messages';
import { isRepeat, runningClocks } from '../escalation/ladder';
import { enqueue } from '../outbox/enqueue';
import { exec, insertIgnore } from '../db/sql';
import { isConfidential } from '../tickets/policies';
import { withoutConfidential } from '../tickets/queries';
import { addCounts, countsOfRow, inPeriod, RateCounts, ratesOf, selectCounts, yearStart, zeroCounts } from '../stats/rates';
import { areaTitles } from '../stats/titles';
import { overdueText, summaryText, SummaryFigures, UnitLine } from './summary-text';
import { MISCONDUCT } from '../vocabulary';

/**
 * The evening self-inspection summary (每日自查) for every active chat target: the day's
 * figures for the target's jurisdiction, stored once per target and day, and queued in the
 * outbox. Reads are index ranges over what changed today (events, escalation steps), the open
 * tickets with a clock past due (status) and this year's tickets of the counties involved
 * (countyCode, createdAt) — never the whole ticket table per target.
 *
 * Overdue means any legal or service clock the escalation ladder runs (办理时限, the 15-day
 * acceptance notice, the 60-day legal period) has passed, counted in working days as the ladder
 * counts them. The rates come from the stats module (src/stats/rates.ts), the same computation
 * as GET /api/v1/stats/rates: this year's tickets up to now, per handling unit and area.
 *
 * Misconduct (and any ticket naming an accused unit) is left out of every general figure. Its
 * count is a separate line, and only in the summaries of county-level (and higher) work groups,
 * the county leaders' and discipline commissions' audience; never in township or village
 * groups. Even there a ticket counts only if its accused unit lies below the target's area: a
 * complaint against a county unit (handled by the city) is not counted in that county's summary.
 */

type Lite = Pick<
  Ticket,
  'id' | 'number' | 'category' | 'accusedUnitId' | 'villageCode' | 'countyCode' | 'handlingUnitId' | 'resolutionDueAt' | 'repeatOfId' | 'repeatCount' | 'status'
>;
const LITE: (keyof Lite)[] = [
  'id',
  'number',
  'category',
  'accusedUnitId',
  'villageCode',
  'countyCode',
  'handlingUnitId',
  'resolutionDueAt',
  'repeatOfId',
  'repeatCount',
  'status',
];

/** An overdue ticket and its most overdue clock. */
type Overdue = Lite & { clock: ClockName; due: Date };

const areaOf = (t: Pick<Ticket, 'villageCode' | 'countyCode'>) => t.villageCode ?? t.countyCode ?? '';
const inArea = (t: Pick<Ticket, 'villageCode' | 'countyCode'>, code: string) => areaOf(t).startsWith(code);

/** Summaries that may carry the misconduct count: county-level (or higher) work groups. */
export const toldOfMisconduct = (purpose: ChatTarget['purpose'] | null, code: string): boolean => purpose !== 'village_group' && code.length <= 6;

/** Counts of one handling unit in one village (or county, for tickets without a village). */
interface UnitPlaceRow {
  unitId: number;
  countyCode: string | null;
  villageCode: string | null;
}
type RateRow = UnitPlaceRow & { counts: RateCounts };
type OpenRow = UnitPlaceRow & { open: number };

interface DayData {
  now: Date;
  date: string;
  /** Distinct tickets per event type today. */
  today: Record<'created' | 'accepted' | 'resolved' | 'closed', Map<number, Lite>>;
  overdue: Overdue[];
  escalated: { ticket: Lite; step: string }[];
  /** This year's rate counts of general tickets, per unit and place. */
  rates: RateRow[];
  /** Open general tickets now, per unit and place. */
  open: OpenRow[];
  units: Map<number, Unit>;
  /** The accused units of confidential tickets (their area decides which summaries may count them). */
  accused: Map<number, Unit>;
  places: Map<string, Jurisdiction>;
}

async function loadLite(m: EntityManager, ids: number[]): Promise<Map<number, Lite>> {
  const out = new Map<number, Lite>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await m.find(Ticket, { select: Object.fromEntries(LITE.map((c) => [c, true])) as any, where: { id: In(ids.slice(i, i + 500)) } });
    for (const r of rows) out.set(r.id, r);
  }
  return out;
}

/** Everything the summaries of `codes` need, read once for all of them. */
async function gather(m: EntityManager, now: Date, codes: string[]): Promise<DayData> {
  const from = startOfShanghaiDay(now);
  const events = await exec(m, 'SELECT type, ticketId FROM ticket_event WHERE type IN (:...types) AND at >= :from AND at <= :now', {
    types: ['created', 'accepted', 'resolved', 'closed'],
    from,
    now,
  });
  const steps = await exec(m, 'SELECT ticketId, step FROM escalation_step WHERE firedAt >= :from AND firedAt <= :now', { from, now });
  const lite = await loadLite(m, [...new Set([...events.rows, ...steps.rows].map((r) => Number(r.ticketId)))]);
  const today = { created: new Map(), accepted: new Map(), resolved: new Map(), closed: new Map() } as DayData['today'];
  for (const e of events.rows) {
    const t = lite.get(Number(e.ticketId));
    if (t) today[e.type as keyof DayData['today']].set(t.id, t);
  }
  const escalated = steps.rows.map((s) => ({ ticket: lite.get(Number(s.ticketId))!, step: String(s.step) })).filter((s) => s.ticket);

  const overdue = await overdueNow(m, now);

  // This year's rates and what is open now, per unit and place, for the counties the targets cover.
  const rates: RateRow[] = [];
  const open: OpenRow[] = [];
  const scopes = [...new Set(codes.map((c) => (c.length >= 6 ? c.slice(0, 6) : c)))];
  const place = (r: Record<string, unknown>): UnitPlaceRow => ({
    unitId: Number(r.unitId),
    countyCode: (r.countyCode as string | null) ?? null,
    villageCode: (r.villageCode as string | null) ?? null,
  });
  for (const scope of scopes) {
    const base = () => {
      const qb = m
        .createQueryBuilder(Ticket, 't')
        .select('t.handlingUnitId', 'unitId')
        .addSelect('t.countyCode', 'countyCode')
        .addSelect('t.villageCode', 'villageCode');
      if (scope.length === 6) qb.where('t.countyCode = :scope', { scope });
      else qb.where('t.countyCode >= :scope AND t.countyCode < :scopeEnd', { scope, scopeEnd: `${scope}:` });
      return withoutConfidential(qb).groupBy('t.handlingUnitId').addGroupBy('t.countyCode').addGroupBy('t.villageCode');
    };
    // Up to now: the same population as the stats API asked for this year as of `now`.
    const rated = await selectCounts(inPeriod(base(), yearStart(now), new Date(now.getTime() + 1)), now).getRawMany();
    for (const r of rated) rates.push({ ...place(r), counts: countsOfRow(r) });
    const opened = await base()
      .addSelect('COUNT(*)', 'open')
      .andWhere('t.status IN (:...open) AND t.duplicateOfId IS NULL', { open: OPEN_STATUSES })
      .getRawMany();
    for (const r of opened) open.push({ ...place(r), open: Number(r.open) });
  }

  const unitIds = [...new Set([...overdue, ...lite.values(), ...rates, ...open].map((t) => ('handlingUnitId' in t ? t.handlingUnitId : t.unitId)))];
  const units = new Map((unitIds.length ? await m.find(Unit, { where: { id: In(unitIds) } }) : []).map((u) => [u.id, u]));
  const accusedIds = [...new Set([...lite.values(), ...overdue].map((t) => t.accusedUnitId).filter((id): id is number => id !== null))];
  const accused = new Map((accusedIds.length ? await m.find(Unit, { where: { id: In(accusedIds) } }) : []).map((u) => [u.id, u]));
  const placeCodes = new Set<string>(codes.flatMap((c) => [c, c.slice(0, 6)]));
  for (const t of overdue) if (t.villageCode) placeCodes.add(t.villageCode).add(t.villageCode.slice(0, 9));
  const places = new Map<string, Jurisdiction>();
  const list = [...placeCodes];
  for (let i = 0; i < list.length; i += 500) {
    for (const j of await m.find(Jurisdiction, { where: { code: In(list.slice(i, i + 500)) } })) places.set(j.code, j);
  }
  return { now, date: shanghaiYmd(now), today, overdue, escalated, rates, open, units, accused, places };
}

/** Columns of the ticket the ladder's clocks need, without its free text. */
const clockColumns = (m: EntityManager) =>
  m.connection
    .getMetadata(Ticket)
    .columns.map((c) => c.propertyPath)
    .filter((p) => p !== 'text' && p !== 'placeCandidates');

/**
 * Open tickets with a clock past due, as the escalation ladder sees them (its runningClocks: the
 * service clock, the acceptance notice while not accepted, the legal period once running), each
 * with its most overdue clock. The response clock alone is not "overdue" here: it is the ladder's
 * business until the resolution clock runs out. Oldest first.
 */
async function overdueNow(m: EntityManager, now: Date): Promise<Overdue[]> {
  const candidates = await m
    .createQueryBuilder(Ticket, 't')
    .select(clockColumns(m).map((c) => `t.${c}`))
    .where('t.status IN (:...open) AND t.duplicateOfId IS NULL', { open: OPEN_STATUSES })
    // A superset of what runningClocks finds late (it decides): the notice clock runs only until acceptance.
    .andWhere('(t.resolutionDueAt < :now OR (t.acceptedAt IS NULL AND t.legalNoticeDueAt < :now) OR t.legalResolutionDueAt < :now)', { now })
    .getMany();
  const out: Overdue[] = [];
  for (const t of candidates) {
    const late = runningClocks(t)
      .filter((w) => w.clock !== 'response' && w.due < now)
      .sort((a, b) => a.due.getTime() - b.due.getTime())[0];
    if (late) out.push(Object.assign(t, { clock: late.clock, due: late.due }));
  }
  return out.sort((a, b) => a.due.getTime() - b.due.getTime() || a.id - b.id);
}

const spoken = (j: Jurisdiction | undefined) => (j ? (j.level === 'village' ? j.shortName || j.name : j.name) : '');

/** 双清区水利局 → 水利局 in summaries within 双清区; 人民政府 → 政府 to save bytes. */
function shortUnit(u: Unit | undefined, countyName: string): string {
  if (!u) return '';
  let n = u.name;
  if (countyName && n.startsWith(countyName) && n.length > countyName.length + 1) n = n.slice(countyName.length);
  return n.replace(/人民政府$/, '政府');
}

function placeLabel(d: DayData, t: Lite, code: string): string {
  if (!t.villageCode) return '（未定位到村）';
  if (code.length >= 12) return '';
  const village = spoken(d.places.get(t.villageCode));
  if (code.length >= 9) return village;
  return `${(d.places.get(t.villageCode.slice(0, 9))?.name ?? '').replace(/(人民政府|办事处)$/, '')}${village}`;
}

/**
 * Whether a confidential ticket may be counted for `code`: its accused unit (if known) governs
 * an area strictly below it, so nobody of the accused unit or above it is in the audience.
 */
function countableMisconduct(d: DayData, t: Lite, code: string): boolean {
  if (t.accusedUnitId === null) return true;
  const u = d.accused.get(t.accusedUnitId);
  return !!u && u.jurisdictionCode !== code && u.jurisdictionCode.startsWith(code);
}

function figuresFor(d: DayData, code: string, chatter: number | null, misconductAudience: boolean): SummaryFigures {
  const areaName = spoken(d.places.get(code)) || code;
  const countyName = code.length >= 6 ? (d.places.get(code.slice(0, 6))?.name ?? '') : '';
  const here = (t: Pick<Ticket, 'villageCode' | 'countyCode'>) => inArea(t, code);
  const general = (t: Lite) => here(t) && !isConfidential(t);
  const disc = (t: Lite) => misconductAudience && here(t) && isConfidential(t) && countableMisconduct(d, t, code);
  const mine = (m: Map<number, Lite>) => [...m.values()].filter(general);
  const created = mine(d.today.created);
  const resolved = mine(d.today.resolved);
  const overdue = d.overdue.filter(general);
  const escalated = d.escalated.filter((e) => general(e.ticket));
  const byStep: Record<string, number> = {};
  for (const e of escalated) byStep[e.step] = (byStep[e.step] ?? 0) + 1;

  // Per handling unit: today's flow, what is open and overdue now, this year's rates (all within the area).
  const per = new Map<number, { created: number; open: number; overdue: number; resolved: number; counts: RateCounts }>();
  const at = (id: number) => {
    let u = per.get(id);
    if (!u) per.set(id, (u = { created: 0, open: 0, overdue: 0, resolved: 0, counts: zeroCounts() }));
    return u;
  };
  for (const t of created) at(t.handlingUnitId).created++;
  for (const t of resolved) at(t.handlingUnitId).resolved++;
  for (const t of overdue) at(t.handlingUnitId).overdue++;
  for (const r of d.open) if (here(r)) at(r.unitId).open += r.open;
  let area = zeroCounts();
  for (const r of d.rates) {
    if (!here(r)) continue;
    area = addCounts(area, r.counts);
    const u = per.get(r.unitId);
    if (u) u.counts = addCounts(u.counts, r.counts);
  }
  const units: UnitLine[] = [...per.entries()]
    // A unit with nothing today and nothing open is not news (its rates were only carried along).
    .filter(([, u]) => u.created + u.open + u.resolved > 0)
    .sort(([a, x], [b, y]) => y.overdue - x.overdue || y.open - x.open || y.created - x.created || a - b)
    .map(([id, u]) => ({
      unitId: id,
      name: shortUnit(d.units.get(id), countyName) || String(id),
      created: u.created,
      open: u.open,
      overdue: u.overdue,
      resolved: u.resolved,
      ...ratesOf(u.counts),
    }));
  const titles = areaTitles(code, countyName);
  return {
    date: d.date,
    areaName,
    titles: { secretary: titles.secretary, leaderInCharge: titles.leaderInCharge },
    created: created.length,
    accepted: mine(d.today.accepted).length,
    resolved: resolved.length,
    closed: mine(d.today.closed).length,
    overdue: {
      total: overdue.length,
      items: overdue.map((t) => ({
        number: t.number,
        place: placeLabel(d, t, code),
        category: categoryName(t.category),
        unit: shortUnit(d.units.get(t.handlingUnitId), countyName),
        overdue: overdueText(d.now, t.due, t.clock),
      })),
    },
    escalated: { total: escalated.length, byStep },
    // Only the new ticket of a repeat petition is one (see isRepeat).
    repeat: { today: created.filter(isRepeat).length, overdue: overdue.filter(isRepeat).length },
    rates: { total: area.total, rated: area.rated, ...ratesOf(area) },
    units,
    chatter,
    misconduct: misconductAudience ? { today: [...d.today.created.values()].filter(disc).length, overdue: d.overdue.filter(disc).length } : null,
  };
}

export interface SummaryOutcome {
  chatTargetId: number | null;
  jurisdictionCode: string;
  date: string;
  text: string;
  bytes: number;
  /** stored: new today; existed: an earlier run already stored (and queued) it; preview: no target. */
  status: 'stored' | 'existed' | 'preview';
}

export interface SummaryOptions {
  /** Only targets bound to this jurisdiction or below; with no such target, a preview for it. */
  jurisdiction?: string;
}

export async function runDailySummaries(ds: DataSource, now: Date, opts: SummaryOptions = {}): Promise<{ date: string; results: SummaryOutcome[] }> {
  const date = shanghaiYmd(now);
  let targets = await ds.manager.find(ChatTarget, { where: { active: true }, order: { id: 'ASC' } });
  if (opts.jurisdiction) targets = targets.filter((t) => t.jurisdictionCode.startsWith(opts.jurisdiction!));
  const codes = targets.length ? [...new Set(targets.map((t) => t.jurisdictionCode))] : opts.jurisdiction ? [opts.jurisdiction] : [];
  if (!codes.length) return { date, results: [] };
  const data = await gather(ds.manager, now, codes);

  if (!targets.length) {
    // A preview goes to whoever runs the job (the command line): told as a work group would be.
    const text = summaryText(figuresFor(data, opts.jurisdiction!, null, toldOfMisconduct('work_group', opts.jurisdiction!)), now);
    return { date, results: [{ chatTargetId: null, jurisdictionCode: opts.jurisdiction!, date, text, bytes: Buffer.byteLength(text), status: 'preview' }] };
  }
  // Talk read as misconduct is left out, as on the dashboard: the figure reaches the township
  // (the summaries' readers), and where such talk happens is not for the accused to learn.
  const chatter = new Map(
    (await ds.manager.find(ChatterCount, { where: { date, chatTargetId: In(targets.map((t) => t.id)) } })).map((c) => [
      c.chatTargetId,
      Math.max(0, Number(c.count) - Number(c.categories?.[MISCONDUCT] ?? 0)),
    ]),
  );
  const results: SummaryOutcome[] = [];
  for (const target of targets) {
    // Only a village group's chatter is counted by the bot; other targets leave the line out.
    const figures = figuresFor(
      data,
      target.jurisdictionCode,
      target.purpose === 'village_group' || chatter.has(target.id) ? (chatter.get(target.id) ?? 0) : null,
      toldOfMisconduct(target.purpose, target.jurisdictionCode),
    );
    const text = summaryText(figures, now);
    const stored = await inTransaction(ds, async ({ manager }) => {
      const ins = await exec(
        manager,
        `${insertIgnore(manager)} daily_summary (chatTargetId, jurisdictionCode, date, text, stats, createdAt) VALUES (:target, :code, :date, :text, :stats, :now)`,
        {
          target: target.id,
          code: target.jurisdictionCode,
          date,
          text,
          stats: JSON.stringify({ ...figures, overdue: { ...figures.overdue, items: figures.overdue.items.map((i) => i.number) } }),
          now,
        },
      );
      if (!ins.affected) return null;
      await enqueue(
        manager,
        {
          channel: target.kind === 'wecom_webhook' ? 'wecom' : 'wechat_room',
          target: String(target.id),
          kind: 'daily_summary',
          payload: { text, jurisdictionCode: target.jurisdictionCode, date },
          dedupeKey: `summary:${target.id}:${date}`,
        },
        now,
      );
      return text;
    });
    const finalText = stored ?? (await ds.manager.findOne(DailySummary, { where: { chatTargetId: target.id, date } }))?.text ?? text;
    results.push({
      chatTargetId: target.id,
      jurisdictionCode: target.jurisdictionCode,
      date,
      text: finalText,
      bytes: Buffer.byteLength(finalText),
      status: stored ? 'stored' : 'existed',
    });
  }
  return { date, results };
}
