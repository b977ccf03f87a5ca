import { DataSource, IsNull, LessThan } from 'typeorm';
import { inTransaction } from '../../db/tx';
import { Attachment } from '../../entities/Attachment';
import type { Storage } from './storage';

export const PRUNE_AFTER_DAYS = 7;

/**
 * Photos uploaded but never put on a ticket (the villager gave up on the report) are removed after
 * a week: rows first, then files, so a crash leaves at worst an unreachable file, never a row
 * pointing at nothing. Idempotent; `now` is a parameter so it runs the same from cron or the CLI.
 */
export async function pruneUploads(ds: DataSource, storage: Storage, now: Date, days = PRUNE_AFTER_DAYS, batch = 500): Promise<{ removed: number }> {
  const before = new Date(now.getTime() - days * 86_400_000);
  let removed = 0;
  for (;;) {
    const rows = await ds.manager.find(Attachment, {
      where: { ticketId: IsNull(), kind: 'image', createdAt: LessThan(before) },
      order: { id: 'ASC' },
      take: batch,
    });
    if (!rows.length) break;
    // Only rows still unattached are deleted: a report that used the photo meanwhile keeps it.
    const gone = await inTransaction(ds, async ({ manager: m }) => {
      const keep: Attachment[] = [];
      for (const r of rows) {
        const res = await m.createQueryBuilder().delete().from(Attachment).where('id = :id AND ticketId IS NULL', { id: r.id }).execute();
        if (res.affected) keep.push(r);
      }
      return keep;
    });
    for (const r of gone) await storage.delete(r.storageKey).catch(() => undefined);
    removed += gone.length;
    if (rows.length < batch) break;
  }
  return { removed };
}
