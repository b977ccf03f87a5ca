import { EntityManager } from 'typeorm';
import { Attachment } from '../../entities/Attachment';
import { TicketEvent } from '../../entities/TicketEvent';
import { parseLocation } from './service';

export const attachmentUrl = (id: number) => `/api/v1/attachments/${id}`;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : null);
const ids = (v: unknown): number[] => (Array.isArray(v) ? v.filter((x): x is number => Number.isInteger(x)) : []);

/**
 * A villager's history: public events only, each as a title in plain words plus the text meant
 * for them. Only whitelisted fields leave: no staff ids or names, no routing internals.
 */
export function villagerHistory(events: TicketEvent[]) {
  return events
    .filter((e) => e.visibility === 'public')
    .map((e) => {
      const d = e.data ?? {};
      let title = '办理进展';
      let text: string | null = null;
      let photos: string[] = [];
      switch (e.type) {
        case 'created':
          title = '诉求已提交';
          break;
        case 'assigned':
          title = str(d.unitName) ? `已交由${d.unitName}办理` : '已交办';
          break;
        case 'accepted':
          title = '承办单位已受理';
          text = str(d.note);
          break;
        case 'reply':
          title = '承办单位答复';
          text = str(d.text);
          break;
        case 'transferred':
          title = str(d.unitName) ? `已转至${d.unitName}办理` : '已转办';
          text = str(d.reason);
          break;
        case 'resolved':
          title = '已办结';
          text = str(d.text);
          photos = ids(d.attachmentIds).map(attachmentUrl);
          break;
        case 'reopened':
          title = '已重新交办';
          text = str(d.reason);
          break;
        case 'rated':
          title = `您的评价：${d.solved ? '已解决' : '未解决'}，${d.satisfied ? '满意' : '不满意'}`;
          text = str(d.comment);
          break;
        case 'closed':
          title = '已销号';
          break;
        case 'merged':
          title = '已与同一问题的其他诉求合并办理';
          break;
        case 'declined':
          title = `不予受理：${str(d.reasonName) ?? ''}`;
          text = [str(d.route), str(d.text)].filter(Boolean).join('。') || null;
          break;
        case 'review_requested':
          // A review filed as a report names neither its number nor its unit here (src/tickets/commands/review.ts).
          title = str(d.reviewNumber)
            ? `已申请${str(d.stageName) ?? '复查'}（工单 ${str(d.reviewNumber)}，由${str(d.unitName) ?? '上一级机关'}办理）`
            : `已申请${str(d.stageName) ?? '复查'}`;
          text = str(d.reason);
          break;
        case 'review_opened':
          title = `${str(d.stageName) ?? '复查'}申请已登记（原工单 ${str(d.reviewOfNumber) ?? ''}）`;
          text = str(d.reason);
          break;
        case 'final':
          title = '复核意见已作出，该事项终结';
          text = str(d.text);
          break;
        case 'extension_approved':
          title = `办理期限经批准延长 ${Number(d.days) || ''} 日`;
          text = str(d.reason);
          break;
      }
      return { id: e.id, type: e.type, at: e.at.toISOString(), title, text, photos };
    });
}

/** Photos and the reported location of a ticket. */
export async function ticketMedia(m: EntityManager, ticketId: number) {
  const rows = await m.find(Attachment, { where: { ticketId }, order: { id: 'ASC' } });
  const loc = rows.find((a) => a.kind === 'location');
  return {
    photos: rows
      .filter((a) => a.kind === 'image')
      .map((a) => ({ id: a.id, url: attachmentUrl(a.id), mime: a.mime, size: a.size, by: a.uploaderKind === 'petitioner' ? 'villager' : 'staff' })),
    location: loc ? parseLocation(loc) : null,
  };
}
