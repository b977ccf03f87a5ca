import fs from 'node:fs';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { Petitioner } from '../../entities/Petitioner';
import { Ticket } from '../../entities/Ticket';
import { TicketEvent } from '../../entities/TicketEvent';
import { dayIndexStart, ymdDayIndex } from '../../clocks/time';
import { placeIndex } from '../../gazetteer/store';
import { redactForViewer } from '../../privacy/redact';
import { isConfidential } from '../../tickets';
import type { Channel } from '../../vocabulary';
import { defineCommand, UsageError, withDatabase } from '../command';

/** One labelled example in the corpus format of test/classify/corpus/*.jsonl. */
export interface LabelledExample {
  text: string;
  category: string;
  urgency: string;
  complaint: boolean;
  place: string | null;
  channel: 'group' | 'private' | 'hotline' | 'sms';
}

/** The corpus knows four ways a message arrives; typed-in and relayed texts read like a 1:1 or a call. */
const CORPUS_CHANNEL: Record<Channel, LabelledExample['channel']> = {
  wechat_group: 'group',
  wechat_private: 'private',
  miniprogram: 'private',
  api: 'private',
  open311: 'private',
  hotline: 'hotline',
  staff: 'hotline',
  sms: 'sms',
};

export interface ExportOptions {
  /** Only corrections made on or after this instant. */
  since?: Date | null;
  /**
   * Misconduct reports (and any ticket naming an accused unit) are left out unless asked for:
   * their words can point at the whistleblower even with the name and number masked.
   */
  includeConfidential?: boolean;
}

/**
 * Tickets whose category staff corrected (a 'recategorised' event from a person), each as a
 * labelled example with the ticket's current category and urgency. The text is the ticket's with
 * the petitioner's name, phone and WeChat id, and anything phone- or ID-like, masked; nothing
 * else of the petitioner goes out.
 */
export async function exportCorrections(ds: DataSource, opts: ExportOptions = {}): Promise<{ examples: LabelledExample[]; skippedConfidential: number }> {
  const m = ds.manager;
  const q = m.createQueryBuilder(TicketEvent, 'e').select('DISTINCT e.ticketId', 'ticketId').where("e.type = 'recategorised'");
  if (opts.since) q.andWhere('e.at >= :since', { since: opts.since });
  const ids = (await q.getRawMany()).map((r: { ticketId: unknown }) => Number(r.ticketId));
  const examples: LabelledExample[] = [];
  let skippedConfidential = 0;
  if (!ids.length) return { examples, skippedConfidential };
  const index = await placeIndex(ds);
  for (let i = 0; i < ids.length; i += 500) {
    const tickets = await m.find(Ticket, { where: { id: In(ids.slice(i, i + 500)) }, order: { id: 'ASC' } });
    // Only staff corrections count: the intake's own misconduct override is not a correction.
    const events = await m.find(TicketEvent, { where: { ticketId: In(tickets.map((t) => t.id)), type: 'recategorised' } });
    const corrected = new Set(events.filter((e) => (e.data as { source?: string } | null)?.source === 'staff').map((e) => e.ticketId));
    const pids = [...new Set(tickets.map((t) => t.petitionerId).filter((x): x is number => x !== null))];
    const people = new Map(
      (pids.length ? await m.find(Petitioner, { select: { id: true, name: true, phone: true, wechatId: true }, where: { id: In(pids) } }) : []).map((p) => [
        p.id,
        p,
      ]),
    );
    for (const t of tickets) {
      if (!corrected.has(t.id)) continue;
      if (isConfidential(t) && !opts.includeConfidential) {
        skippedConfidential++;
        continue;
      }
      const known = [t.petitionerId ? people.get(t.petitionerId) : null, { name: t.contactName, phone: t.contactPhone }];
      examples.push({
        text: redactForViewer(t.text, known),
        category: t.category,
        urgency: t.urgency,
        complaint: true,
        place: t.villageCode ? (index.lookup(t.villageCode)?.name ?? null) : null,
        channel: CORPUS_CHANNEL[t.channel] ?? 'private',
      });
    }
  }
  return { examples, skippedConfidential };
}

export const classifyExportCorrectionsCommand = defineCommand({
  name: 'classify:export-corrections',
  summary:
    "Write the tickets whose category staff corrected as labelled examples (JSON lines in the corpus format: text, category, urgency, complaint, place, channel), the petitioner's identity masked, to --out or stdout. Misconduct reports only with --include-misconduct.",
  usage: 'classify:export-corrections [--since 2026-11-01] [--out FILE] [--include-misconduct]',
  options: { since: { type: 'string' }, out: { type: 'string' }, 'include-misconduct': { type: 'boolean' } },
  async handler({ values, io }) {
    let since: Date | null = null;
    if (values.since !== undefined) {
      try {
        since = dayIndexStart(ymdDayIndex(values.since));
      } catch {
        throw new UsageError(`--since must be a date YYYY-MM-DD (got '${values.since}')`);
      }
    }
    const { examples, skippedConfidential } = await withDatabase((ds) => exportCorrections(ds, { since, includeConfidential: !!values['include-misconduct'] }));
    const body = examples.map((x) => JSON.stringify(x)).join('\n') + (examples.length ? '\n' : '');
    if (values.out) {
      fs.writeFileSync(values.out, body, 'utf8');
      io.err(
        `classify:export-corrections: ${examples.length} example(s) written to ${values.out}${skippedConfidential ? `, ${skippedConfidential} misconduct report(s) left out` : ''}`,
      );
    } else {
      for (const x of examples) io.out(JSON.stringify(x));
      io.err(
        `classify:export-corrections: ${examples.length} example(s)${skippedConfidential ? `, ${skippedConfidential} misconduct report(s) left out` : ''}`,
      );
    }
  },
});
