import { issueSystemToken, issueToken } from '../../auth/tokens';
import { inTransaction } from '../../db/tx';
import type { TokenRole } from '../../entities/ApiToken';
import { defineCommand, UsageError, withDatabase } from '../command';

const ROLES: TokenRole[] = ['sysadmin', 'admin', 'bot', 'channel', 'cadre', 'leader'];
const STAFF_ROLES: TokenRole[] = ['admin', 'cadre', 'leader'];

/**
 * The only place a system-wide administrator's token (`sysadmin`) comes from: whoever runs the CLI
 * already holds the database. A county admin's token names its staff member (`--role admin
 * --staff N`) and administers that person's county.
 */
export const tokenIssueCommand = defineCommand({
  name: 'token:issue',
  summary:
    'Issue an API token and print it (only the token, on stdout; it is not shown again). Staff tokens expire after STAFF_TOKEN_TTL_DAYS (90) unless --expires-in-days is given; bot and channel tokens only when it is.',
  usage: 'token:issue --role sysadmin|admin|bot|channel|cadre|leader [--staff STAFF_ID] [--name NAME] [--expires-in-days N]',
  options: { role: { type: 'string' }, name: { type: 'string' }, staff: { type: 'string' }, person: { type: 'string' }, 'expires-in-days': { type: 'string' } },
  async handler({ values, io }) {
    if (values.role === undefined) throw new UsageError('missing --role');
    const role = values.role as TokenRole;
    if (!ROLES.includes(role)) throw new UsageError(`--role must be one of ${ROLES.join(', ')} (got '${values.role}')`);
    // --person is the older name of --staff.
    const rawStaff = values.staff ?? values.person;
    const flag = values.staff !== undefined ? '--staff' : '--person';
    if (values.staff !== undefined && values.person !== undefined) throw new UsageError('give --staff or --person, not both');
    let staffId: number | undefined;
    if (rawStaff !== undefined) {
      if (!/^[1-9]\d{0,9}$/.test(rawStaff)) throw new UsageError(`${flag} must be a staff id (got '${rawStaff}')`);
      staffId = Number(rawStaff);
    }
    if (STAFF_ROLES.includes(role) && staffId === undefined) throw new UsageError(`--role ${role} needs --staff STAFF_ID`);
    if ((role === 'channel' || role === 'bot') && staffId !== undefined) throw new UsageError(`--role ${role} takes no ${flag}`);
    if ((role === 'channel' || role === 'bot') && values.name === undefined)
      throw new UsageError(`--role ${role} needs --name (e.g. ${role === 'bot' ? 'wechat-bot' : 'hotline, sms'})`);
    let expiresAt: Date | undefined;
    const days = values['expires-in-days'];
    if (days !== undefined) {
      if (!/^[1-9]\d{0,3}$/.test(days) || Number(days) > 3650) throw new UsageError(`--expires-in-days must be 1–3650 (got '${days}')`);
      expiresAt = new Date(Date.now() + Number(days) * 86_400_000);
    }
    const { token, record } = await withDatabase((ds) =>
      inTransaction(ds, ({ manager }) =>
        role === 'sysadmin'
          ? issueSystemToken(manager, { name: values.name, staffId, expiresAt })
          : issueToken(manager, { role, name: values.name, staffId, expiresAt }),
      ),
    );
    io.out(token);
    const until = record.expiresAt ? `, expires ${record.expiresAt.toISOString()}` : ', does not expire';
    io.err(`issued ${record.role} token #${record.id} for ${record.name}${until}`);
  },
});
