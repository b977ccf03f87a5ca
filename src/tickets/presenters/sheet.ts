import * as XLSX from '@e965/xlsx';
import type { EntityManager } from 'typeorm';
import type { Ticket } from '../../entities/Ticket';
import { formatShanghai } from '../../clocks/time';
import { CHANNEL_NAMES, URGENCY_NAMES } from '../../vocabulary';
import type { Actor } from '../actor';
import { divisionNames } from '../ledger';
import { presentMany } from './many';

/** The 台账 export's columns, in order (Chinese headers, as the office files them). */
export const SHEET_HEADERS = [
  '编号',
  '状态',
  '类别',
  '紧急程度',
  '渠道',
  '诉求内容',
  '地点',
  '乡镇（街道）',
  '村（社区）',
  '承办单位',
  '协办单位',
  '信访人',
  '联系电话',
  '登记时间',
  '响应时限',
  '办结时限',
  '受理时间',
  '办结时间',
  '是否超期',
  '督办',
  '重复信访',
  '回访（解决/满意）',
] as const;

const time = (iso: string | null | undefined) => (iso ? formatShanghai(new Date(iso)) : '');
const yesNo = (b: boolean | null | undefined) => (b === null || b === undefined ? '' : b ? '是' : '否');
const CHUNK = 500;

/**
 * The rows of the 台账 export for one viewer, built from the same presenter as the list (so the
 * same fields leave: the petitioner's name and phone only where the viewer may see them, the text
 * with the petitioner masked for those who may not). Callers pass only tickets the viewer may read.
 */
export async function presentSheetRows(m: EntityManager, a: Actor, tickets: Ticket[], now = new Date()): Promise<string[][]> {
  const names = await divisionNames(
    m,
    tickets.flatMap((t) => (t.villageCode ? [t.villageCode, t.villageCode.slice(0, 9)] : [])),
  );
  const rows: string[][] = [];
  for (let i = 0; i < tickets.length; i += CHUNK) {
    const part = tickets.slice(i, i + CHUNK);
    const shown = await presentMany(m, a, part, now);
    shown.forEach((p: any, j) => {
      const t = part[j];
      rows.push([
        p.number,
        p.statusName,
        p.categoryName,
        URGENCY_NAMES[t.urgency] ?? t.urgency,
        CHANNEL_NAMES[t.channel] ?? t.channel,
        p.text ?? '',
        p.placeText ?? '',
        t.villageCode ? (names.get(t.villageCode.slice(0, 9)) ?? '') : '',
        t.villageCode ? (names.get(t.villageCode) ?? '') : '',
        p.handlingUnit?.name ?? '',
        (p.coHandlingUnits ?? []).map((u: { name: string }) => u.name).join('、'),
        p.petitioner?.name ?? '',
        p.petitioner?.phone ?? '',
        time(p.createdAt),
        time(p.responseDueAt),
        time(p.dueAt),
        time(p.acceptedAt),
        time(p.resolvedAt),
        yesNo(p.overdue),
        yesNo(p.supervised),
        t.repeatOfId !== null || t.repeatCount > 0 ? '是' : '否',
        p.rating ? `${yesNo(p.rating.solved)}/${yesNo(p.rating.satisfied)}` : '',
      ]);
    });
  }
  return rows;
}

/** The workbook: one sheet 台账 with a header row and an autofilter, times as Shanghai text. */
export function sheetWorkbook(rows: string[][], title = '台账'): Buffer {
  const ws = XLSX.utils.aoa_to_sheet([[...SHEET_HEADERS], ...rows]);
  ws['!cols'] = SHEET_HEADERS.map((h) => ({ wch: h === '诉求内容' ? 60 : h === '编号' ? 24 : 14 }));
  ws['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { c: 0, r: 0 }, e: { c: SHEET_HEADERS.length - 1, r: rows.length } }) };
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, title);
  return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}
