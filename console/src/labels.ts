// The server's own words (src/vocabulary.ts is plain data; Vite bundles it): never a copied list.
export {
  CATEGORY_NAMES,
  CHANNEL_NAMES,
  DECLINE_REASONS,
  EVENT_NAMES,
  TICKET_STATUS_NAMES,
  URGENCY_NAMES,
  OPEN_STATUSES,
  UNIT_KIND_NAMES,
} from '../../src/vocabulary';

const shanghai = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** An instant as the county reads it (Beijing time), e.g. 2026/11/30 14:05. */
export function fmtTime(iso: string | null | undefined): string {
  return iso ? shanghai.format(new Date(iso)) : '—';
}

/** Today in Shanghai as YYYY-MM-DD (offset days back). */
export function shanghaiDate(offsetDays = 0): string {
  const d = new Date(Date.now() + 8 * 3600_000 - offsetDays * 86400_000);
  return d.toISOString().slice(0, 10);
}

export function pct(v: number | null | undefined): string {
  return v == null ? '—' : `${(v * 100).toFixed(1)}%`;
}
