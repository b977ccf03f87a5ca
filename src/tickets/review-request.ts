import { EntityManager, In } from 'typeorm';
import { Ticket } from '../entities/Ticket';

/**
 * A petitioner's own words asking for 复查/复核, on any channel (SMS, WeChat 1:1): "申请复查
 * 430502-20261130-0007 路还是没修好", "我要复核", "复查，补得不行". Not a complaint, so never a new ticket.
 */
export interface ReviewRequestWords {
  stage: 'review' | 'recheck';
  number: string | null;
  reason: string;
}

const ASK = /^\s*(?:我(?:要|想)|要求|请求)?\s*(?:申请)?\s*(复查|复核)/;
const NUMBER = /\d{6}-\d{8}-J?\d{4,6}/;

/** A request for 复查/复核 at the start of the message, else null (a complaint that mentions 复查 later is a complaint). */
export function readReviewRequest(text: string): ReviewRequestWords | null {
  const m = ASK.exec(text);
  if (!m) return null;
  const number = NUMBER.exec(text)?.[0] ?? null;
  const rest = text
    .slice(m[0].length)
    .replace(number ?? '\u0000', '')
    .replace(/^[\s,，:：。.、;；]+/, '')
    .trim();
  return {
    stage: m[1] === '复核' ? 'recheck' : 'review',
    number,
    reason: rest.replace(/[\s,，:：。.、;；]/g, '').length >= 2 ? rest.slice(0, 1000) : '对答复不服',
  };
}

/**
 * Which of these petitioners' tickets a request is about: the number given (theirs only), else
 * their latest written answer of the stage the words name (复核 asks about a 复查 answer, 复查 about
 * a petition's) that is not final. The command itself checks the window and everything else.
 */
export async function reviewTarget(m: EntityManager, petitionerIds: number[], read: ReviewRequestWords): Promise<Ticket | null> {
  if (!petitionerIds.length) return null;
  const mine = await m.find(Ticket, {
    where: { petitionerId: In(petitionerIds), ...(read.number ? { number: read.number } : { status: In(['resolved', 'closed']) }) },
    order: { resolvedAt: 'DESC', id: 'DESC' },
    take: 20,
  });
  const wanted = read.stage === 'recheck' ? 'review' : 'petition';
  return (read.number ? mine[0] : mine.find((t) => t.resolvedAt && !t.finalAt && t.stage === wanted)) ?? null;
}
