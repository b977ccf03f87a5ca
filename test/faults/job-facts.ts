/**
 * What "each job slot ran once" means in the database, shared by the two-server test and the
 * Galera cluster test: the targets a summary goes to, and the once-only facts of the escalation
 * sweep and the evening summary.
 */
import { DataSource } from 'typeorm';
import { ChatTarget } from '../../src/entities/ChatTarget';
import { countyWorkGroupRobot } from '../support/factories';

const LIANHE = '430502202205';

/** Targets a summary goes to: a village group the bot is in, and a WeCom robot in the county work group. */
export async function bindTargets(ds: DataSource, robotUrl: string | null): Promise<void> {
  const now = new Date();
  await ds.manager.insert(ChatTarget, [
    {
      kind: 'wechat_room',
      purpose: 'village_group',
      jurisdictionCode: LIANHE,
      topic: '莲荷村村民群',
      roomId: 'lianhe@chatroom',
      botAccount: 'acct',
      webhookUrl: null,
      boundByStaffId: null,
      active: true,
      createdAt: now,
    },
    countyWorkGroupRobot(robotUrl ? `${robotUrl}/cgi-bin/webhook/send?key=two-servers` : 'https://example.invalid/hook?key=k', { createdAt: now }),
  ]);
}

export const count = async (ds: DataSource, sql: string, params: unknown[] = []) => Number((await ds.query(sql, params))[0].n);

/**
 * The once-only facts, from the database: no rung twice, one `escalated` event per rung, and one
 * notice per person per ticket and sweep (the rung's recipient and its cc's, grouped by firing).
 */
export async function escalationFacts(ds: DataSource) {
  const steps = await count(ds, 'SELECT COUNT(*) AS n FROM escalation_step');
  const distinct = await count(ds, 'SELECT COUNT(*) AS n FROM (SELECT DISTINCT ticketId, clock, step, round, dueAt FROM escalation_step) d');
  const events: { ticketId: number | string; at: Date | string; data: string | Record<string, any> }[] = await ds.query(
    "SELECT ticketId, at, data FROM ticket_event WHERE type = 'escalated'",
  );
  const expectedNotices = new Set<string>();
  for (const e of events) {
    const d = typeof e.data === 'string' ? JSON.parse(e.data) : e.data;
    for (const s of [d.recipientId, ...(d.cc ?? [])]) if (s) expectedNotices.add(`${e.ticketId}|${new Date(e.at).getTime()}|${s}`);
  }
  const notices = await count(ds, "SELECT COUNT(*) AS n FROM outbox_message WHERE kind IN ('escalation', 'escalation_warning')");
  return { steps, distinct, events: events.length, notices, expectedNotices: expectedNotices.size };
}

export async function summaryFacts(ds: DataSource) {
  return {
    targets: await count(ds, 'SELECT COUNT(*) AS n FROM chat_target WHERE active = 1'),
    perTargetDay: (await ds.query('SELECT chatTargetId, date, COUNT(*) AS n FROM daily_summary GROUP BY chatTargetId, date')).map((r: any) => Number(r.n)),
    queued: (await ds.query("SELECT target, COUNT(*) AS n FROM outbox_message WHERE kind = 'daily_summary' GROUP BY target")).map((r: any) => Number(r.n)),
  };
}
