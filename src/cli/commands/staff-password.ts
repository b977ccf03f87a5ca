import { resetPassword } from '../../auth/login';
import { generatePassword } from '../../auth/passwords';
import { Staff } from '../../entities/Staff';
import { defineCommand, UsageError, withDatabase } from '../command';

/** The first line of stdin (a pipe or a terminal), without its line end. */
async function readLine(stdin: NodeJS.ReadableStream): Promise<string> {
  let buf = '';
  for await (const chunk of stdin) {
    buf += chunk.toString();
    const nl = buf.search(/\r?\n/);
    if (nl >= 0) return buf.slice(0, nl);
    if (buf.length > 4096) break;
  }
  return buf;
}

/**
 * Sets a member of staff's console password: read from stdin (so it appears in no process list
 * or shell history), or generated with --generate and printed once. Their sessions end and their
 * lockout is lifted.
 */
export const staffPasswordCommand = defineCommand({
  name: 'staff:password',
  summary: "Set a staff member's console password (read from stdin, or --generate prints a new one once); ends their sessions and lifts their lockout.",
  usage: 'staff:password --staff STAFF_ID [--generate]   (password on stdin: echo "…" | … staff:password --staff 3)',
  options: { staff: { type: 'string' }, generate: { type: 'boolean' } },
  async handler({ values, io }) {
    if (values.staff === undefined) throw new UsageError('missing --staff');
    if (!/^[1-9]\d{0,9}$/.test(values.staff)) throw new UsageError(`--staff must be a staff id (got '${values.staff}')`);
    const password = values.generate ? generatePassword() : await readLine(process.stdin);
    if (!password) throw new UsageError('no password on stdin (or use --generate)');
    const staff = await withDatabase(async (ds) => {
      const s = await ds.manager.findOne(Staff, { where: { id: Number(values.staff) } });
      if (!s) throw new UsageError(`staff #${values.staff} does not exist`);
      await resetPassword(ds, s, password);
      return s;
    });
    if (values.generate) io.out(password);
    io.err(`password set for staff #${staff.id} ${staff.name} (${staff.role}); their console sessions have ended`);
  },
});
