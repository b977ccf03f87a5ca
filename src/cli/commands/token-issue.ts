import { issueToken } from '../../auth/tokens';
import { inTransaction } from '../../db/tx';
import type { TokenRole } from '../../entities/ApiToken';
import { defineCommand, UsageError, withDatabase } from '../command';

const ROLES: TokenRole[] = ['admin', 'channel', 'cadre', 'leader'];

export const tokenIssueCommand = defineCommand({
  name: 'token:issue',
  summary: 'Issue an API token and print it (only the token, on stdout; it is not shown again).',
  usage: 'token:issue --role admin|channel|cadre|leader [--name NAME] [--person STAFF_ID]',
  options: { role: { type: 'string' }, name: { type: 'string' }, person: { type: 'string' } },
  async handler({ values, io }) {
    if (values.role === undefined) throw new UsageError('missing --role');
    const role = values.role as TokenRole;
    if (!ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')} (got '${values.role}')`);
    let staffId: number | undefined;
    if (values.person !== undefined) {
      if (!/^[1-9]\d{0,9}$/.test(values.person)) throw new UsageError(`--person must be a staff id (got '${values.person}')`);
      staffId = Number(values.person);
    }
    if ((role === 'cadre' || role === 'leader') && staffId === undefined) throw new UsageError(`--role ${role} needs --person STAFF_ID`);
    if (role === 'channel' && staffId !== undefined) throw new UsageError('--role channel takes no --person');
    if (role === 'channel' && values.name === undefined) throw new UsageError('--role channel needs --name (e.g. hotline, sms)');
    const { token, record } = await withDatabase((ds) =>
      inTransaction(ds, ({ manager }) => issueToken(manager, { role, name: values.name, staffId })),
    );
    io.out(token);
    io.err(`issued ${record.role} token #${record.id} for ${record.name}`);
  },
});
