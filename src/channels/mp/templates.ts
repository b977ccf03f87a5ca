import { TICKET_STATUSES } from '../../vocabulary';
import { shanghaiParts } from '../../clocks/time';
import { statusName } from '../../tickets';
import type { TicketStatus } from '../../entities/Ticket';

/**
 * Subscription-message fields are typed and WeChat rejects a send (47003) when a value breaks
 * its type's rule, so every value is cut to fit here.
 */
export const fit = {
  /** thing: up to 20 characters of anything printable. */
  thing(s: string): string {
    const clean = [...oneLine(s)];
    if (clean.length === 0) return '无';
    return clean.length <= 20 ? clean.join('') : clean.slice(0, 19).join('') + '…';
  },
  /** character_string: up to 32 digits, letters or symbols (no CJK). */
  characterString(s: string): string {
    return (
      oneLine(s)
        .replace(/[^\x21-\x7e]/g, '')
        .slice(0, 32) || '-'
    );
  },
  /** phrase: up to 5 Chinese characters and nothing else. */
  phrase(s: string): string {
    return [...s.replace(/[^\u4e00-\u9fff]/g, '')].slice(0, 5).join('') || '更新';
  },
  /** time: 2019年10月1日 15:01 (Asia/Shanghai). */
  time(d: Date): string {
    const p = shanghaiParts(d);
    return `${p.y}年${p.m}月${p.d}日 ${String(p.hh).padStart(2, '0')}:${String(p.mm).padStart(2, '0')}`;
  },
};

function oneLine(s: string): string {
  return (
    s
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this strips.
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/**
 * The keys of the status template (MP_TEMPLATE_STATUS). Pick a template in the WeChat console
 * with these four fields: 工单编号 character_string1, 办理状态 phrase2, 办理情况 thing3, 更新时间 time4.
 */
export const STATUS_FIELDS = { number: 'character_string1', status: 'phrase2', note: 'thing3', time: 'time4' } as const;

export function statusTemplateData(input: { ticketNumber: string; status: string; text: string; at: Date }): Record<string, { value: string }> {
  const name = isStatus(input.status) ? statusName(input.status) : input.status;
  // Outbox texts are written for SMS/chat ("【村声】工单 … 已受理…"): drop the brand and the number.
  const note = input.text.replace(/^【[^】]*】/, '').replace(/[（(]?工单\s*[\d-]+\s*[）)]?\s*/, '');
  return {
    [STATUS_FIELDS.number]: { value: fit.characterString(input.ticketNumber) },
    [STATUS_FIELDS.status]: { value: fit.phrase(name) },
    [STATUS_FIELDS.note]: { value: fit.thing(note) },
    [STATUS_FIELDS.time]: { value: fit.time(input.at) },
  };
}

const STATUSES: TicketStatus[] = TICKET_STATUSES;
const isStatus = (s: string): s is TicketStatus => (STATUSES as string[]).includes(s);
