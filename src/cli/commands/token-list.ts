import { listTokens, TOKEN_ROLES } from '../../auth/tokens';
import type { TokenRole } from '../../entities/ApiToken';
import { defineCommand, UsageError, withDatabase } from '../command';

const stamp = (d: Date | null) => (d ? d.toISOString().replace(/\.\d{3}Z$/, 'Z') : '-');

/** Who holds which token, and until when: never the token itself or its hash. */
export const tokenListCommand = defineCommand({
  name: 'token:list',
  summary: 'List API tokens: id, role, name, staff or petitioner, created, expires, revoked (never the token or its hash).',
  usage: 'token:list [--role ROLE] [--usable]',
  options: { role: { type: 'string' }, usable: { type: 'boolean' } },
  async handler({ values, io }) {
    if (values.role !== undefined && !TOKEN_ROLES.includes(values.role as TokenRole)) {
      throw new UsageError(`--role must be one of ${TOKEN_ROLES.join(', ')} (got '${values.role}')`);
    }
    const rows = await withDatabase((ds) => listTokens(ds.manager, { role: values.role as TokenRole | undefined, usable: values.usable }));
    const table = [
      ['id', 'role', 'name', 'holder', 'created', 'expires', 'revoked'],
      ...rows.map((r) => [
        String(r.id),
        r.role,
        r.name,
        r.staffId !== null ? `staff:${r.staffId}` : r.petitionerId !== null ? `petitioner:${r.petitionerId}` : '-',
        stamp(r.createdAt),
        stamp(r.expiresAt),
        stamp(r.revokedAt),
      ]),
    ];
    const widths = table[0].map((_, i) => Math.max(...table.map((row) => [...row[i]].length)));
    for (const row of table) io.out(row.map((c, i) => (i === row.length - 1 ? c : c + ' '.repeat(widths[i] - [...c].length))).join('  '));
    io.err(`${rows.length} token${rows.length === 1 ? '' : 's'}`);
  },
});
