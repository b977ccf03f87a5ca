import { DataSource, EntityManager, In } from 'typeorm';
import { inTransaction } from '../db/tx';
import { ChatTarget } from '../entities/ChatTarget';
import { ChatterCount } from '../entities/ChatterCount';
import { DailySummary } from '../entities/DailySummary';
import { Jurisdiction } from '../entities/Jurisdiction';
import { OPEN_STATUSES, Ticket } from '../entities/Ticket';
import { Unit } from '../entities/Unit';
import { fromShanghai, shanghaiParts, shanghaiYmd, startOfShanghaiDay } from '../clocks/time';
import { categoryName } from '../escalation/messages';
import { enqueue } from '../outbox/enqueue';
import { exec, insertIgnore } from '../db/sql';
import { isConfidential } from '../tickets/policies';
import { overdueText, summaryText, SummaryFigures } from './summary-text';

/**
 * The evening self-inspection summary (每日自查) for every active chat target: the day's
 * figures for the target's jurisdiction, stored once per target and day, and queued in the
 * outbox. Reads are index ranges over what changed today (events, escalation steps), what is
 * overdue now (status, resolutionDueAt) and this year's tickets of the counties involved
 * (countyCode, createdAt) — never the whole ticket table per target.
 *
 * Misconduct (and any ticket naming an accused unit) is left out of every general figure. Its
 * count is a separate line, and only in the summaries of county-level (and higher) work groups,
 * the county leaders' and discipline commissions' audience; never in township or village
 * groups. Even there a ticket counts only if its accused unit lies below the target's area: a
 * complaint against a county unit (handled by the city) is not counted in that county's summary.
 */

type Lite = Pick<Ticket, 'id' | 'number' | 'category' | 'accusedUnitId' | 'villageCode' | 'countyCode' | 'handlingUnitId' | 'resolutionDueAt' | 'repeatOfId' | 'repeatCount' | 'status'>;
const LITE: (keyof Lite)[] = ['id', 'number', 'category', 'accusedUnitId', 'villageCode', 'countyCode', 'handlingUnitId', 'resolutionDueAt', 'repeatOfId', 'repeatCount', 'status'];

const areaOf = (t: Pick<Ticket, 'villageCode' | 'countyCode'>) => t.villageCode ?? t.countyCode ?? '';
const inArea = (t: Pick<Ticket, 'villageCode' | 'countyCode'>, code: string) => areaOf(t).startsWith(code);
const isRepeat = (t: Lite) => t.repeatOfId !== null || t.repeatCount > 0;

/** Summaries that may carry the misconduct count: county-level (or higher) work groups. */
export const toldOfMisconduct = (purpose: ChatTarget['purpose'] | null, code: string): boolean => purpose !== 'village_group' && code.length <= 6;

interface RateRow {
  countyCode: string;
  villageCode: string | null;
  total: number;
  respondedInTime: number;
  rated: number;
  solved: number;
  satisfied: number;
}

interface DayData {
  now: Date;
  date: string;
  /** Distinct tickets per event type today. */
  today: Record<'created' | 'accepted' | 'resolved' | 'closed', Map<number, Lite>>;
  overdue: Lite[];
  escalated: { ticket: Lite; step: string }[];
  rates: RateRow[];
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
  const events = await exec(m, 'SELECT type, ticketId FROM ticket_event WHERE type IN (:...types) AND at >= :from AND at <= :now', { types: ['created', 'accepted', 'resolved', 'closed'], from, now });
  const steps = await exec(m, 'SELECT ticketId, step FROM escalation_step WHERE firedAt >= :from AND firedAt <= :now', { from, now });
  const lite = await loadLite(m, [...new Set([...events.rows, ...steps.rows].map((r) => Number(r.ticketId)))]);
  const today = { created: new Map(), accepted: new Map(), resolved: new Map(), closed: new Map() } as DayData['today'];
  for (const e of events.rows) {
    const t = lite.get(Number(e.ticketId));
    if (t) today[e.type as keyof DayData['today']].set(t.id, t);
  }
  const escalated = steps.rows.map((s) => ({ ticket: lite.get(Number(s.ticketId))!, step: String(s.step) })).filter((s) => s.ticket);

  const overdue = await m
    .createQueryBuilder(Ticket, 't')
    .select(LITE.map((c) => `t.${c}`))
    .where('t.status IN (:...open) AND t.resolutionDueAt < :now AND t.duplicateOfId IS NULL', { open: OPEN_STATUSES, now })
    .orderBy('t.resolutionDueAt', 'ASC')
    .getMany();

  // This year's rates, per county and village, for the counties the targets cover.
  const yearStart = fromShanghai(shanghaiParts(now).y, 1, 1);
  const rates: RateRow[] = [];
  const scopes = [...new Set(codes.map((c) => (c.length >= 6 ? c.slice(0, 6) : c)))];
  for (const scope of scopes) {
    const where = scope.length === 6 ? 'countyCode = :scope' : 'countyCode >= :scope AND countyCode < :scopeEnd';
    const { rows } = await exec(
      m,
      `SELECT countyCode, villageCode, COUNT(*) AS total,
        SUM(CASE WHEN acceptedAt IS NOT NULL AND acceptedAt <= responseDueAt THEN 1 ELSE 0 END) AS respondedInTime,
        SUM(CASE WHEN ratedAt IS NOT NULL THEN 1 ELSE 0 END) AS rated,
        SUM(CASE WHEN ratedAt IS NOT NULL AND solved = :yes THEN 1 ELSE 0 END) AS solved,
        SUM(CASE WHEN ratedAt IS NOT NULL AND satisfied = :yes THEN 1 ELSE 0 END) AS satisfied
       FROM ticket WHERE ${where} AND createdAt >= :yearStart AND createdAt <= :now AND duplicateOfId IS NULL
         AND category <> 'misconduct' AND accusedUnitId IS NULL
       GROUP BY countyCode, villageCode`,
      { scope, scopeEnd: `${scope}:`, yearStart, now, yes: true },
    );
    for (const r of rows) {
      rates.push({
        countyCode: r.countyCode, villageCode: r.villageCode ?? null, total: Number(r.total), respondedInTime: Number(r.respondedInTime ?? 0),
        rated: Number(r.rated ?? 0), solved: Number(r.solved ?? 0), satisfied: Number(r.satisfied ?? 0),
      });
    }
  }

  const unitIds = [...new Set(overdue.map((t) => t.handlingUnitId))];
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
  return { now, date: shanghaiYmd(now), today, overdue, escalated, rates, units, accused, places };
}

const ratio = (a: number, b: number) => (b > 0 ? a / b : null);
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
  const countyName = code.length >= 6 ? d.places.get(code.slice(0, 6))?.name ?? '' : '';
  const here = (t: Lite) => inArea(t, code);
  const general = (t: Lite) => here(t) && !isConfidential(t);
  const disc = (t: Lite) => misconductAudience && here(t) && isConfidential(t) && countableMisconduct(d, t, code);
  const mine = (m: Map<number, Lite>) => [...m.values()].filter(general);
  const created = mine(d.today.created);
  const overdue = d.overdue.filter(general);
  const listable = overdue;
  const byUnit = new Map<number, number>();
  for (const t of listable) byUnit.set(t.handlingUnitId, (byUnit.get(t.handlingUnitId) ?? 0) + 1);
  const escalated = d.escalated.filter((e) => general(e.ticket));
  const byStep: Record<string, number> = {};
  for (const e of escalated) byStep[e.step] = (byStep[e.step] ?? 0) + 1;
  const rates = d.rates.filter((r) => inArea(r, code)).reduce(
    (s, r) => ({ total: s.total + r.total, resp: s.resp + r.respondedInTime, rated: s.rated + r.rated, solved: s.solved + r.solved, satisfied: s.satisfied + r.satisfied }),
    { total: 0, resp: 0, rated: 0, solved: 0, satisfied: 0 },
  );
  return {
    date: d.date,
    areaName,
    created: created.length,
    accepted: mine(d.today.accepted).length,
    resolved: mine(d.today.resolved).length,
    closed: mine(d.today.closed).length,
    overdue: {
      total: overdue.length,
      items: listable.map((t) => ({
        number: t.number,
        place: placeLabel(d, t, code),
        category: categoryName(t.category),
        unit: shortUnit(d.units.get(t.handlingUnitId), countyName),
        overdue: overdueText(d.now, t.resolutionDueAt),
      })),
    },
    escalated: { total: escalated.length, byStep },
    repeat: { today: created.filter(isRepeat).length, overdue: overdue.filter(isRepeat).length },
    rates: {
      total: rates.total,
      rated: rates.rated,
      responseRate: ratio(rates.resp, rates.total),
      resolutionRate: ratio(rates.solved, rates.rated),
      satisfactionRate: ratio(rates.satisfied, rates.rated),
    },
    worstUnits: [...byUnit.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, 3)
      .map(([id, n]) => ({ name: shortUnit(d.units.get(id), countyName) || String(id), overdue: n })),
    chatter,
    misconduct: misconductAudience
      ? { today: [...d.today.created.values()].filter(disc).length, overdue: d.overdue.filter(disc).length }
      : null,
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
  const chatter = new Map(
    (await ds.manager.find(ChatterCount, { where: { date, chatTargetId: In(targets.map((t) => t.id)) } })).map((c) => [c.chatTargetId, Number(c.count)]),
  );
  const results: SummaryOutcome[] = [];
  for (const target of targets) {
    // Only a village group's chatter is counted by the bot; other targets leave the line out.
    const figures = figuresFor(
      data,
      target.jurisdictionCode,
      target.purpose === 'village_group' || chatter.has(target.id) ? chatter.get(target.id) ?? 0 : null,
      toldOfMisconduct(target.purpose, target.jurisdictionCode),
    );
    const text = summaryText(figures, now);
    const stored = await inTransaction(ds, async ({ manager }) => {
      const ins = await exec(
        manager,
        `${insertIgnore(manager)} daily_summary (chatTargetId, jurisdictionCode, date, text, stats, createdAt) VALUES (:target, :code, :date, :text, :stats, :now)`,
        { target: target.id, code: target.jurisdictionCode, date, text, stats: JSON.stringify({ ...figures, overdue: { ...figures.overdue, items: figures.overdue.items.map((i) => i.number) } }), now },
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
    results.push({ chatTargetId: target.id, jurisdictionCode: target.jurisdictionCode, date, text: finalText, bytes: Buffer.byteLength(finalText), status: stored ? 'stored' : 'existed' });
  }
  return { date, results };
}
