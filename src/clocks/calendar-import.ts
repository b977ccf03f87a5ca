/**
 * Importing a State Council notice, end to end (calendar:import and the admin API share this):
 * plan against the table, write the year, reload, recompute open tickets' clocks. And the
 * coverage report that start-up and /health give when an open clock runs into a provisional year.
 */
import type { DataSource } from 'typeorm';
import { inTransaction } from '../db/tx';
import { Ticket } from '../entities/Ticket';
import { recomputeOpenTickets, RecomputeReport, SYSTEM } from '../tickets';
import { OPEN_STATUSES } from '../vocabulary';
import { currentCalendar } from './calendar';
import { CalendarNotice, ImportPlan, loadCalendar, planImport, writeYear } from './calendar-store';
import { shanghaiParts, shanghaiYmd } from './time';

export interface ImportResult {
  plan: ImportPlan;
  dryRun: boolean;
  /** Open tickets recomputed (absent on a dry run). */
  recomputed?: RecomputeReport;
}

/**
 * Make the notice's year official: every day of it written (days the notice does not name are
 * plain Mon–Fri work / weekend), the calendar reloaded, open tickets' deadlines recomputed
 * against the calendar before (each moved clock an event). A dry run only plans.
 */
export async function importNotice(ds: DataSource, notice: CalendarNotice, opts: { dryRun?: boolean; now?: Date } = {}): Promise<ImportResult> {
  const now = opts.now ?? new Date();
  const before = await loadCalendar(ds);
  const plan = planImport(notice, before);
  if (opts.dryRun) return { plan, dryRun: true };
  await inTransaction(ds, ({ manager }) => writeYear(manager, plan, now));
  await loadCalendar(ds);
  forgetClockCoverage();
  const recomputed = await recomputeOpenTickets(ds, SYSTEM, { before, cause: `calendar_import:${plan.year}` }, { now });
  return { plan, dryRun: false, recomputed };
}

export interface CalendarCoverage {
  /** Official years as spans, e.g. ['2004–2027']. */
  official: string[];
  /** Years the calendar is provisional in that an open ticket's clock reaches, e.g. [2027]. */
  provisional: number[];
  /** The latest deadline of any open ticket (Shanghai date), or null. */
  openClocksUntil: string | null;
  /** Chinese, for the log and the health page; null when every open clock is on official days. */
  warning: string | null;
}

const spans = (years: number[]): string[] => {
  const out: string[] = [];
  for (let i = 0; i < years.length; ) {
    let j = i;
    while (j + 1 < years.length && years[j + 1] === years[j] + 1) j++;
    out.push(i === j ? String(years[i]) : `${years[i]}–${years[j]}`);
    i = j + 1;
  }
  return out;
};

/** How far open tickets' clocks reach, and which of those years are only provisional. */
export async function openClockCoverage(ds: DataSource, now: Date = new Date()): Promise<CalendarCoverage> {
  const [r] = await ds
    .getRepository(Ticket)
    .createQueryBuilder('t')
    .select('MAX(t.resolutionDueAt)', 'a')
    .addSelect('MAX(t.legalNoticeDueAt)', 'b')
    .addSelect('MAX(t.legalResolutionDueAt)', 'c')
    .addSelect('MAX(t.responseDueAt)', 'd')
    .where('t.status IN (:...open)', { open: OPEN_STATUSES })
    .getRawMany();
  const toDate = (v: unknown): Date | null => {
    if (v === null || v === undefined) return null;
    // SQLite returns TypeORM's 'YYYY-MM-DD HH:MM:SS.SSS' (UTC) text for an aggregate.
    const d = v instanceof Date ? v : new Date(String(v).replace(' ', 'T') + (/[zZ]|[+-]\d\d:?\d\d$/.test(String(v)) ? '' : 'Z'));
    return Number.isFinite(d.getTime()) ? d : null;
  };
  const latest =
    [r?.a, r?.b, r?.c, r?.d]
      .map(toDate)
      .filter((d): d is Date => !!d)
      .sort((x, y) => y.getTime() - x.getTime())[0] ?? null;
  const cal = currentCalendar();
  const provisional: number[] = [];
  if (latest) {
    // The working days a clock counts up to its end: from this year to the latest deadline's.
    for (let y = shanghaiParts(now).y; y <= shanghaiParts(latest).y; y++) if (cal.yearSource(y) !== 'official') provisional.push(y);
  }
  const warning = provisional.length
    ? `${provisional.join('、')} 年节假日安排尚未导入，正在按法定节假日推算（不含调休）；国务院公布安排后请执行 calendar:import 导入，已受理工单的期限将重新计算`
    : null;
  return { official: spans(cal.officialYears()), provisional, openClocksUntil: latest ? shanghaiYmd(latest) : null, warning };
}

/**
 * What may be shown beyond the server log (/health is public, the calendar API is for any staff):
 * years only. The latest open deadline is a fact about one ticket (it could be a misconduct
 * report's), so it stays in the log.
 */
export type PublicCoverage = Omit<CalendarCoverage, 'openClocksUntil'>;
export const publicCoverage = ({ openClocksUntil: _, ...rest }: CalendarCoverage): PublicCoverage => rest;

let cached: { ds: DataSource; at: number; value: PublicCoverage } | null = null;

/** openClockCoverage (public part) at most once a minute per process: /health may be polled often. */
export async function cachedClockCoverage(ds: DataSource, now = new Date()): Promise<PublicCoverage> {
  if (cached && cached.ds === ds && now.getTime() - cached.at < 60_000 && now.getTime() >= cached.at) return cached.value;
  const value = publicCoverage(await openClockCoverage(ds, now));
  cached = { ds, at: now.getTime(), value };
  return value;
}

/** After an import the coverage changed at once. */
export function forgetClockCoverage(): void {
  cached = null;
}
