import { issueBindCode } from '../../chat/binding';
import { loadChatSettings } from '../../chat/settings';
import { defineCommand, UsageError, withDatabase } from '../command';

export const bindCodeCommand = defineCommand({
  name: 'bind:code',
  summary: 'Issue a one-time code a member of staff sends the bot in private chat ("绑定 123456") to link their WeChat.',
  usage: 'bind:code --staff STAFF_ID [--hours N]',
  options: { staff: { type: 'string' }, hours: { type: 'string' } },
  async handler({ values, io }) {
    if (values.staff === undefined) throw new UsageError('missing --staff');
    if (!/^[1-9]\d{0,9}$/.test(values.staff)) throw new UsageError(`--staff must be a staff id (got '${values.staff}')`);
    let hours = loadChatSettings().bindCodeHours;
    if (values.hours !== undefined) {
      if (!/^[1-9]\d{0,3}$/.test(values.hours) || Number(values.hours) > 720) throw new UsageError(`--hours must be 1–720 (got '${values.hours}')`);
      hours = Number(values.hours);
    }
    const { code, expiresAt, staff } = await withDatabase((ds) => issueBindCode(ds, Number(values.staff), hours));
    io.out(code);
    io.err(`bind code for staff #${staff.id} ${staff.name}, valid until ${expiresAt.toISOString()}: send "绑定 ${code}" to the bot in private chat`);
  },
});
