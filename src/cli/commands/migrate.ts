import { defineCommand, withDatabase } from '../command';

export const migrateCommand = defineCommand({
  name: 'migrate',
  summary: 'Apply pending database migrations and list the ones applied.',
  usage: 'migrate',
  options: {},
  async handler({ io }) {
    const applied = await withDatabase((ds) => ds.runMigrations({ transaction: 'each' }), { migrate: false });
    if (!applied.length) io.out('no pending migrations');
    for (const m of applied) io.out(`applied ${m.name}`);
  },
});
