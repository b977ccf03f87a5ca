import { DataSource } from 'typeorm';
import { inTransaction } from '../../db/tx';
import { Attachment } from '../../entities/Attachment';
import { ChatConversation } from '../../entities/ChatConversation';
import { InboundMessage } from '../../entities/InboundMessage';
import { AppError, badRequest, conflict, notFound } from '../../errors';
import { probeImage } from '../mp/images';
import { storageFor } from '../mp/storage';

const DECLARED = new Set(['image/jpeg', 'image/jpg', 'image/png', 'image/webp', 'image/gif']);

/**
 * Stores the image of a chat message the core asked for (`wantImage`) and links it to the ticket
 * or the open question it belongs to. Idempotent per message: a second upload returns the first.
 */
export async function storeChatImage(
  ds: DataSource,
  uploadDir: string,
  input: { botAccount: string; messageId: string; mime: string; data: Buffer },
  maxBytes: number,
  now = new Date(),
): Promise<{ attachmentId: number }> {
  const inbound = await ds.manager.findOne(InboundMessage, { where: { botAccount: input.botAccount, messageId: input.messageId } });
  if (!inbound || !inbound.attachTo) throw notFound('待上传的图片消息');
  if (inbound.attachTo.attachmentId) return { attachmentId: inbound.attachTo.attachmentId };
  const declared = input.mime.split(';')[0].trim().toLowerCase();
  if (!DECLARED.has(declared)) throw badRequest(`不支持的图片类型 ${declared}`, 'content-type');
  if (!input.data.length) throw badRequest('图片为空', 'body');
  if (input.data.length > maxBytes) throw new AppError(413, 'too_large', `图片超过 ${Math.round(maxBytes / 1048576)} MB`);
  // The content decides, not the declared type: the header must decode with sane dimensions.
  const info = probeImage(input.data, true);
  if (!info) throw new AppError(415, 'unsupported_media_type', '图片内容无法识别（只接受 JPEG、PNG、GIF、WebP）', 'body');
  const { mime, ext } = info;

  const storage = storageFor(uploadDir);
  const stored = await storage.put(input.data, { ext });
  return inTransaction(ds, async ({ manager: m }) => {
    const fresh = await m.findOne(InboundMessage, { where: { id: inbound.id } });
    if (fresh?.attachTo?.attachmentId) return { attachmentId: fresh.attachTo.attachmentId };
    const att = await m.save(
      m.create(Attachment, {
        ticketId: inbound.attachTo!.ticketId ?? null,
        kind: 'image',
        storageKey: stored.key,
        mime,
        size: stored.size,
        uploaderKind: 'channel',
        uploaderId: null,
        createdAt: now,
      }),
    );
    const convId = inbound.attachTo!.conversationId;
    if (convId) {
      const conv = await m.findOne(ChatConversation, { where: { id: convId } });
      if (!conv) throw conflict('这条图片对应的问题已登记或已过期', 'gone');
      await m.update(ChatConversation, { id: convId }, { data: { ...conv.data, attachmentIds: [...(conv.data.attachmentIds ?? []), att.id] } as any });
    }
    await m.update(InboundMessage, { id: inbound.id }, { attachTo: { ...inbound.attachTo!, attachmentId: att.id } as any, updatedAt: now });
    return { attachmentId: att.id };
  }).catch(async (e) => {
    await storage.delete(stored.key).catch(() => undefined);
    throw e;
  });
}
