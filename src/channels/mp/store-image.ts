import { Readable } from 'node:stream';
import { type ImageType, SNIFF_BYTES, sniffImage } from './images';
import type { Storage } from './storage';

export interface StoredImage extends ImageType {
  key: string;
  size: number;
}

/** What became of one streamed file; each door words its own answer (an error, or a dropped-file note). */
export type Streamed = { ok: StoredImage } | { refused: 'too_large' | 'empty' | 'not_image' } | { failed: unknown };

/**
 * Streams one uploaded file into storage if its first bytes are an image we accept (the mini-program's
 * uploads, the console's photos, Open311's files and media_url images alike). The type is decided
 * before anything is stored; a file the reader cut at its limit (busboy's `truncated`) is too large,
 * and a stored prefix of one is deleted. The file is always read to its end.
 */
export async function storeImage(file: Readable & { truncated?: boolean }, storage: Storage): Promise<Streamed> {
  const it = file[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  const drain = async () => {
    for (;;) if ((await it.next()).done) return;
  };
  try {
    let head = Buffer.alloc(0);
    while (head.length < SNIFF_BYTES) {
      const r = await it.next();
      if (r.done) break;
      head = Buffer.concat([head, r.value]);
    }
    const type = sniffImage(head);
    if (!type) {
      await drain();
      return { refused: file.truncated ? 'too_large' : head.length === 0 ? 'empty' : 'not_image' };
    }
    const rest = Readable.from(
      (async function* () {
        yield head;
        for (;;) {
          const r = await it.next();
          if (r.done) return;
          yield r.value;
        }
      })(),
    );
    const { key, size } = await storage.put(rest, { ext: type.ext });
    // The reader marks the stream truncated when it hit the limit: the stored prefix is useless.
    if (file.truncated) {
      await storage.delete(key);
      return { refused: 'too_large' };
    }
    return { ok: { ...type, key, size } };
  } catch (e) {
    await drain().catch(() => undefined);
    return { failed: e };
  }
}
