import type { IncomingHttpHeaders } from 'node:http';
import { Readable } from 'node:stream';
import busboy from 'busboy';
import { AppError, badRequest } from '../../errors';
import { type StoredImage, storeImage } from './store-image';
import type { Storage } from './storage';

export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** The form field the mini-program's `wx.uploadFile({ name: 'file' })` sends. */
export const FILE_FIELD = 'file';

export type { StoredImage };

const unsupported = () => new AppError(415, 'unsupported_media_type', '只能上传 JPEG、PNG 或 WebP 图片', 'file');
const tooLarge = (max: number) => new AppError(413, 'payload_too_large', `图片不能超过 ${Math.round(max / 1024 / 1024)} MB`, 'file');

type Outcome = { ok: StoredImage } | { error: AppError };

/** The whole request: one image and the form's few small fields. Past it, reading stops. */
const bodyLimit = (maxBytes: number) => maxBytes + 256 * 1024;

/**
 * Reads one image from a multipart/form-data request, streaming it into storage. busboy stops
 * reading the file at `maxBytes` (the rest of the request is discarded unread into storage), and
 * the type is decided from the first bytes before anything is stored.
 */
export async function receiveImage(req: Readable, headers: IncomingHttpHeaders, storage: Storage, maxBytes = MAX_IMAGE_BYTES): Promise<StoredImage> {
  if (!/^multipart\/form-data\b/i.test(headers['content-type'] ?? '')) {
    throw new AppError(415, 'unsupported_media_type', '请以 multipart/form-data 上传，文件字段名为 file', 'file');
  }
  // Announced larger than an image can be: refused before a byte is read (not drained for ever).
  if (Number(headers['content-length'] ?? 0) > bodyLimit(maxBytes)) throw tooLarge(maxBytes);
  let bb: busboy.Busboy;
  try {
    // Fields are not used; small limits keep a hostile form from costing anything.
    // busboy flags a file that reaches the limit as truncated: one byte of room lets exactly maxBytes through.
    bb = busboy({ headers, limits: { fileSize: maxBytes + 1, files: 1, fields: 10, fieldSize: 1024, parts: 12, headerPairs: 20 } });
  } catch {
    throw new AppError(415, 'unsupported_media_type', 'multipart 请求缺少 boundary', 'file');
  }

  return new Promise<StoredImage>((resolve, reject) => {
    const streams: Readable[] = [];
    let job: Promise<Outcome> | null = null;
    let extraFiles = false;
    let settled = false;
    const finish = async (err: AppError | null) => {
      if (settled) return;
      settled = true;
      const outcome = job ? await job : null;
      if (outcome && 'ok' in outcome && (err || extraFiles)) await storage.delete(outcome.ok.key).catch(() => undefined);
      if (err) return reject(err);
      if (extraFiles) return reject(badRequest('一次只能上传一张图片', 'file'));
      if (!outcome) return reject(badRequest('请选择要上传的图片（字段名 file）', 'file'));
      if ('error' in outcome) return reject(outcome.error);
      resolve(outcome.ok);
    };

    bb.on('file', (name, stream) => {
      streams.push(stream);
      if (name !== FILE_FIELD || job) {
        if (job) extraFiles = true;
        stream.resume();
        return;
      }
      job = storeOne(stream, storage, maxBytes);
    });
    bb.on('filesLimit', () => {
      extraFiles = true;
    });
    bb.on('error', (e: any) => void finish(badRequest(`上传内容不完整或格式错误：${String(e?.message ?? e).slice(0, 100)}`, 'file')));
    bb.on('close', () => void finish(null));
    req.on('aborted', () => void finish(badRequest('上传已中断', 'file')));
    let read = 0;
    req.on('data', (c: Buffer) => {
      read += c.length;
      if (read <= bodyLimit(maxBytes) || settled) return;
      // A body streamed past the limit (chunked, or more parts): stop reading it.
      req.unpipe(bb);
      req.pause();
      // Files being read would wait for bytes that no longer come: end them, their jobs clean up.
      for (const f of streams) f.on('error', () => undefined).destroy(new Error('body too large'));
      void finish(tooLarge(maxBytes));
    });
    req.pipe(bb);
  });
}

async function storeOne(file: Readable & { truncated?: boolean }, storage: Storage, maxBytes: number): Promise<Outcome> {
  const r = await storeImage(file, storage);
  if ('ok' in r) return r;
  if ('failed' in r) {
    const e = r.failed as any;
    return { error: badRequest(`上传失败：${String(e?.message ?? e).slice(0, 100)}`, 'file') };
  }
  return { error: r.refused === 'too_large' ? tooLarge(maxBytes) : r.refused === 'empty' ? badRequest('图片文件为空', 'file') : unsupported() };
}
