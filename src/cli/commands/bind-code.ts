import { issueBindCode } from '../../channels/chat/binding';
import { defineCommand, UsageError, withDatabase } from '../command';

export const bindCodeCommand = defineCommand({
  name: 'bind:code',
  summary:
    'Issue a one-time code (valid 10 minutes) a member of staff sends the bot in private chat ("绑定 123456") or enters in the mini-program to link their WeChat.',
  usage: 'bind:code --staff STAFF_ID',
  options: { staff: { type: 'string' } },
  async handler({ values, io }) {
    if (values.staff === undefined) throw new UsageError('missing --staff');
    if (!/^[1-9]\d{0,9}$/.test(values.staff)) throw new UsageError(`--staff must be a staff id (got '${values.staff}')`);
    const { code, expiresAt, staff } = await withDatabase((ds) => issueBindCode(ds, Number(values.staff)));
    io.out(code);
    io.err(`bind code for staff #${staff.id} ${staff.name}, valid until ${expiresAt.toISOString()}: send "绑定 ${code}" to the bot in private chat`);
  },
});
