import { EntityManager, In } from 'typeorm';
import { Attachment } from '../../entities/Attachment';
import { badRequest } from '../../errors';
import type { Actor } from '../actor';

/** Whether this caller uploaded the file: only its uploader can attach an upload (no borrowing). */
function uploadedBy(a: Attachment, actor: Actor): boolean {
  switch (actor.kind) {
    case 'system':
      return true;
    case 'villager':
      return a.uploaderKind === 'petitioner' && a.uploaderId === actor.petitionerId;
    case 'cadre':
    case 'leader':
    case 'admin':
      return a.uploaderKind === 'staff' && a.uploaderId === actor.staff.id;
    case 'sysadmin':
      return !!actor.staff && a.uploaderKind === 'staff' && a.uploaderId === actor.staff.id;
    case 'channel':
      return a.uploaderKind === 'channel' && a.uploaderId === actor.tokenId;
    case 'bot':
      // Chat images are stored by the bot path without a token id: only the bot may attach them.
      return a.uploaderKind === 'channel' && a.uploaderId === null;
  }
}

/** Attaches uploads to a ticket: the caller's own, not yet attached ones. */
export async function attachOwned(m: EntityManager, actor: Actor, ticketId: number, ids: number[]): Promise<void> {
  const uniq = [...new Set(ids)];
  const rows = await m.find(Attachment, { where: { id: In(uniq) } });
  if (rows.length !== uniq.length || !rows.every((a) => a.ticketId === null && uploadedBy(a, actor)))
    throw badRequest('附件不存在、已被使用或不属于您', 'attachmentIds');
  await m.update(Attachment, { id: In(uniq) }, { ticketId });
}
