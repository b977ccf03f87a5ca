import crypto from 'node:crypto';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

/**
 * Where uploaded bytes live. Keys are chosen here (random), never taken from the client, so no
 * request can name a path. A cloud bucket would implement the same three calls.
 */
export interface Storage {
  /** Streams `source` into a new object; returns its key and size. A failed write leaves nothing. */
  put(source: Readable | Buffer, opts: { ext: string }): Promise<{ key: string; size: number }>;
  /** The object's bytes, or null when there is no such key. */
  get(key: string): Promise<Buffer | null>;
  delete(key: string): Promise<void>;
}

const KEY = /^([0-9a-f]{2})([0-9a-f]{30})\.(jpg|png|webp|bin)$/;

export class FsStorage implements Storage {
  readonly root: string;

  constructor(root: string) {
    this.root = path.resolve(root);
  }

  private fileOf(key: string): string | null {
    const m = KEY.exec(key);
    return m ? path.join(this.root, m[1], key) : null;
  }

  async put(source: Readable | Buffer, opts: { ext: string }): Promise<{ key: string; size: number }> {
    const ext = /^(jpg|png|webp)$/.test(opts.ext) ? opts.ext : 'bin';
    const key = `${crypto.randomBytes(16).toString('hex')}.${ext}`;
    const file = this.fileOf(key)!;
    await fsp.mkdir(path.dirname(file), { recursive: true });
    // Write under a temporary name and rename: a reader never sees half a file.
    const tmp = `${file}.part`;
    let size = 0;
    const input = Buffer.isBuffer(source) ? Readable.from([source]) : source;
    try {
      await pipeline(
        input,
        async function* (chunks: AsyncIterable<Buffer>) {
          for await (const c of chunks) {
            size += c.length;
            yield c;
          }
        },
        fs.createWriteStream(tmp, { flags: 'wx', mode: 0o640 }),
      );
      await fsp.rename(tmp, file);
    } catch (e) {
      await fsp.rm(tmp, { force: true });
      throw e;
    }
    return { key, size };
  }

  async get(key: string): Promise<Buffer | null> {
    const file = this.fileOf(key);
    if (!file) return null;
    try {
      return await fsp.readFile(file);
    } catch (e: any) {
      if (e?.code === 'ENOENT') return null;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    const file = this.fileOf(key);
    if (file) await fsp.rm(file, { force: true });
  }
}

const stores = new Map<string, Storage>();

/** One storage per upload directory per process. */
export function storageFor(uploadDir: string): Storage {
  const root = path.resolve(uploadDir);
  let s = stores.get(root);
  if (!s) {
    s = new FsStorage(root);
    stores.set(root, s);
  }
  return s;
}
