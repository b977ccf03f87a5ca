import { loadConfig } from '../../config';
import { defineCommand, UsageError, withDatabase } from '../../cli/command';
import { PRUNE_AFTER_DAYS, pruneUploads } from './prune';
import { storageFor } from './storage';

export const mpPruneUploadsCommand = defineCommand({
  name: 'mp:prune-uploads',
  summary: `Delete mini-program photos never attached to a ticket, older than --days (default ${PRUNE_AFTER_DAYS}).`,
  usage: 'mp:prune-uploads [--days N]',
  options: { days: { type: 'string' } },
  async handler({ values, io }) {
    const days = values.days === undefined ? PRUNE_AFTER_DAYS : Number(values.days);
    if (!Number.isInteger(days) || days < 1 || days > 3650) throw new UsageError(`--days must be a whole number of days, 1–3650 (got '${values.days}')`);
    const storage = storageFor(loadConfig().UPLOAD_DIR);
    const { removed } = await withDatabase((ds) => pruneUploads(ds, storage, new Date(), days));
    io.out(`removed ${removed} unused upload(s)`);
  },
});
