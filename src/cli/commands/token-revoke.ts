import { revokeToken } from '../../auth/tokens';
import { defineCommand, UsageError, withDatabase } from '../command';

/** Stops tokens working; every server process refuses them within a second (src/auth/actor.ts). */
export const tokenRevokeCommand = defineCommand({
  name: 'token:revoke',
  summary: 'Revoke API tokens by id (see token:list); every server refuses them within a second.',
  usage: 'token:revoke ID [ID ...]',
  options: {},
  positionals: true,
  async handler({ positionals, io }) {
    if (!positionals.length) throw new UsageError('needs at least one token id');
    const bad = positionals.filter((p) => !/^[1-9]\d{0,9}$/.test(p));
    if (bad.length) throw new UsageError(`not a token id: ${bad.join(', ')}`);
    const ids = [...new Set(positionals.map(Number))];
    const results = await withDatabase(async (ds) => {
      const out: [number, Awaited<ReturnType<typeof revokeToken>>][] = [];
      const now = new Date();
      for (const id of ids) out.push([id, await revokeToken(ds.manager, id, now)]);
      return out;
    });
    let missing = 0;
    for (const [id, r] of results) {
      if (r === 'missing') {
        missing++;
        io.err(`token:revoke: token #${id} does not exist`);
      } else io.out(`token #${id} ${r === 'revoked' ? 'revoked' : 'was already revoked'}`);
    }
    return missing ? 1 : 0;
  },
});
