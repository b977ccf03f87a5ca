import dns from 'node:dns';
import http, { type IncomingHttpHeaders } from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { Readable } from 'node:stream';
import busboy from 'busboy';
import { type EntityManager, In, IsNull } from 'typeorm';
import { Attachment } from '../../entities/Attachment';
import { AppError } from '../../errors';
import type { Actor } from '../../tickets';
import { MAX_PHOTOS } from '../mp/service';
import type { Storage } from '../mp/storage';
import { type StoredImage, storeImage } from '../mp/store-image';
import { MAX_IMAGE_BYTES } from '../mp/uploads';

/**
 * Photos that come with an Open311 request: the files of a multipart POST (FixMyStreet's
 * `photo1`, `photo2` … when its body uploads files) and, where the operator allows the host,
 * the images its `media_url` links point to. Both are checked exactly as the mini-program's
 * uploads are (content sniffed and the header decoded, JPEG/PNG/WebP, 5 MB each, 9 a report). A
 * file that fails is dropped with a note, never the report: a refused report is resent for ever.
 */

export type StoredPhoto = StoredImage;

export interface MultipartBody {
  fields: Record<string, string | string[]>;
  photos: StoredPhoto[];
  /** What was dropped and why, for the answer's notice. */
  notes: string[];
}

const MAX_FIELDS = 200;
/** A description of 4,000 characters is at most 12 kB of UTF-8; FixMyStreet's extended ones a little more. */
const MAX_FIELD_BYTES = 64 * 1024;

/**
 * A whole multipart body: nine photos at the limit and the fields. Announced larger, it is refused
 * before a byte is read; sent larger (chunked, or files beyond the ninth), reading stops there.
 */
export const MAX_MULTIPART_BYTES = MAX_PHOTOS * MAX_IMAGE_BYTES + 2 * 1024 * 1024;

export const bodyTooLarge = () =>
  new AppError(
    413,
    'payload_too_large',
    `body: 请求体超过 ${Math.floor(MAX_MULTIPART_BYTES / 1024 / 1024)} MB（最多 ${MAX_PHOTOS} 张照片，每张 5 MB）`,
    'body',
  );

type Kept = { ok: StoredPhoto } | { dropped: string };

/** Streams one file into storage if it is an image we accept and fits; otherwise a note why not. */
async function keepImage(file: Readable & { truncated?: boolean }, storage: Storage, label: string): Promise<Kept> {
  const r = await storeImage(file, storage);
  if ('ok' in r) return r;
  if ('failed' in r) return { dropped: `${label} 读取失败，未保存` };
  return { dropped: r.refused === 'too_large' ? `${label} 超过 5 MB，未保存` : `${label} 不是 JPEG、PNG 或 WebP 图片，未保存` };
}

/**
 * Reads a multipart/form-data request: its fields (a repeated name gives a list) and up to nine
 * image files, stored as they stream in. The caller deletes the stored photos if the request is
 * refused after all (`discard`).
 */
export function readMultipart(
  req: Readable,
  headers: IncomingHttpHeaders,
  storage: Storage,
  maxBytes = MAX_IMAGE_BYTES,
  maxBody = MAX_MULTIPART_BYTES,
): Promise<MultipartBody> {
  if (Number(headers['content-length'] ?? 0) > maxBody) return Promise.reject(bodyTooLarge());
  let bb: busboy.Busboy;
  try {
    bb = busboy({
      headers,
      limits: { fileSize: maxBytes + 1, files: MAX_PHOTOS + 3, fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES, parts: MAX_FIELDS + MAX_PHOTOS + 3 },
    });
  } catch {
    return Promise.reject(new AppError(400, 'bad_request', 'multipart 请求缺少 boundary', 'body'));
  }
  return new Promise<MultipartBody>((resolve, reject) => {
    const streams: Readable[] = [];
    const fields: Record<string, string | string[]> = {};
    const jobs: Promise<Kept>[] = [];
    const notes: string[] = [];
    let settled = false;
    const finish = async (err: AppError | null) => {
      if (settled) return;
      settled = true;
      const kept = await Promise.all(jobs);
      const photos = kept.flatMap((k) => ('ok' in k ? [k.ok] : []));
      if (err) {
        await discard(storage, photos);
        return reject(err);
      }
      for (const k of kept) if ('dropped' in k) notes.push(k.dropped);
      resolve({ fields, photos, notes });
    };
    bb.on('field', (name, value, info) => {
      if (info.valueTruncated) notes.push(`${name.slice(0, 40)} 过长，已截断`);
      const had = fields[name];
      fields[name] = had === undefined ? value : Array.isArray(had) ? [...had, value] : [had, value];
    });
    bb.on('file', (name, stream, info) => {
      streams.push(stream);
      const label = `文件 ${String(info.filename || name).slice(0, 60)}`;
      if (jobs.length >= MAX_PHOTOS) {
        notes.push(`${label}：最多保存 ${MAX_PHOTOS} 张照片，其余未保存`);
        stream.resume();
        return;
      }
      jobs.push(keepImage(stream, storage, label));
    });
    bb.on('filesLimit', () => notes.push(`最多保存 ${MAX_PHOTOS} 张照片，其余未保存`));
    bb.on('fieldsLimit', () => notes.push('参数过多，其余已忽略'));
    bb.on(
      'error',
      (e: any) => void finish(new AppError(400, 'bad_request', `multipart 内容不完整或格式错误：${String(e?.message ?? e).slice(0, 100)}`, 'body')),
    );
    bb.on('close', () => void finish(null));
    req.on('aborted', () => void finish(new AppError(400, 'bad_request', '上传已中断', 'body')));
    let read = 0;
    req.on('data', (c: Buffer) => {
      read += c.length;
      if (read <= maxBody || settled) return;
      // Stop reading: the rest is not wanted (the answer closes the connection).
      req.unpipe(bb);
      req.pause();
      // Files being read would wait for bytes that no longer come: end them, their jobs clean up.
      for (const f of streams) f.on('error', () => undefined).destroy(new Error('body too large'));
      void finish(bodyTooLarge());
    });
    req.pipe(bb);
  });
}

export async function discard(storage: Storage, photos: StoredPhoto[]): Promise<void> {
  await Promise.all(photos.map((p) => storage.delete(p.key).catch(() => undefined)));
}

/** `media.example.org` or `media.example.org:8443`: a link's host must be listed as it is written. */
export function parseHostList(raw: string | undefined | null): string[] {
  return (raw ?? '')
    .split(',')
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
}

export function allowedMediaUrl(url: string, hosts: readonly string[]): boolean {
  if (!hosts.length) return false;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return false;
    if (u.username || u.password) return false;
    // As listed: a host listed without a port is reachable on its scheme's default port only
    // (URL drops a default port from host), so a link cannot aim at another service of that machine.
    return hosts.includes(u.host.toLowerCase());
  } catch {
    return false;
  }
}

/**
 * Addresses a media link must never reach through a name: this machine, private and shared
 * networks, link-local (cloud metadata at 169.254.169.254), multicast and reserved ranges, in IPv4
 * and IPv6 (IPv4-mapped IPv6 is checked as IPv4). An operator who means such an address lists the
 * address itself; a listed name that resolves there (a changed record, DNS rebinding) is refused.
 */
const INTERNAL = new net.BlockList();
for (const [a, p] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const)
  INTERNAL.addSubnet(a, p, 'ipv4');
for (const [a, p] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
] as const)
  INTERNAL.addSubnet(a, p, 'ipv6');

export const isInternalAddress = (address: string): boolean => {
  const family = net.isIP(address);
  return family === 0 || INTERNAL.check(address, family === 4 ? 'ipv4' : 'ipv6');
};

/** dns.lookup that refuses a name resolving to an internal address (checked on the address actually connected to). */
const checkedLookup: net.LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err, '', 4);
    const list = addresses as dns.LookupAddress[];
    const bad = list.find((a) => isInternalAddress(a.address));
    if (bad || !list.length) return callback(Object.assign(new Error(`media_url: ${hostname} 解析到内部地址`), { code: 'EINTERNAL' }), '', 4);
    if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
    callback(null, list[0].address, list[0].family);
  });
};

/** One GET, no redirect followed, no decompression, names resolved through checkedLookup. */
function getChecked(url: string, signal: AbortSignal): Promise<http.IncomingMessage> {
  const u = new URL(url);
  const get = u.protocol === 'https:' ? https.get : http.get;
  return new Promise((resolve, reject) => {
    const req = get(u, { signal, lookup: checkedLookup, headers: { accept: 'image/jpeg, image/png, image/webp', 'accept-encoding': 'identity' } }, resolve);
    req.on('error', reject);
  });
}

/**
 * Fetches the images behind allow-listed `media_url` links, in parallel, within `timeoutMs` in
 * all. A redirect is not followed (it could lead off the list), a listed name that resolves to an
 * internal address is not connected to, and anything that is not an image we accept, too large,
 * slow or unreachable is skipped: the link itself stays on the ticket.
 */
export async function fetchMedia(
  urls: string[],
  hosts: readonly string[],
  storage: Storage,
  opts: { timeoutMs?: number; maxBytes?: number } = {},
): Promise<StoredPhoto[]> {
  const maxBytes = opts.maxBytes ?? MAX_IMAGE_BYTES;
  const signal = AbortSignal.timeout(opts.timeoutMs ?? 5000);
  const wanted = [...new Set(urls.filter((u) => allowedMediaUrl(u, hosts)))].slice(0, MAX_PHOTOS);
  const one = async (url: string): Promise<StoredPhoto | null> => {
    try {
      const res = await getChecked(url, signal);
      if (res.statusCode !== 200) {
        res.resume();
        return null;
      }
      const declared = Number(res.headers['content-length'] ?? '0');
      if (declared > maxBytes) {
        res.destroy();
        return null;
      }
      const file = res as Readable;
      // Cut at the limit the way busboy does, so keepImage refuses an oversized file the same way.
      let seen = 0;
      const state = { truncated: false };
      const limited = Readable.from(
        (async function* () {
          for await (const c of file as AsyncIterable<Buffer>) {
            seen += c.length;
            if (seen > maxBytes) {
              state.truncated = true;
              file.destroy();
              return;
            }
            yield c;
          }
        })(),
      );
      Object.defineProperty(limited, 'truncated', { get: () => state.truncated });
      const kept = await keepImage(limited as Readable & { truncated?: boolean }, storage, 'media_url');
      return 'ok' in kept ? kept.ok : null;
    } catch {
      return null;
    }
  };
  return (await Promise.all(wanted.map(one))).filter((p): p is StoredPhoto => p !== null);
}

/** Who an attachment belongs to, as attachOwned checks it; null: this caller cannot own uploads. */
function uploaderFor(actor: Extract<Actor, { kind: 'channel' | 'admin' | 'sysadmin' }>): Pick<Attachment, 'uploaderKind' | 'uploaderId'> | null {
  if (actor.kind === 'channel') return { uploaderKind: 'channel', uploaderId: actor.tokenId };
  if (actor.staff) return { uploaderKind: 'staff', uploaderId: actor.staff.id };
  return null;
}

/** Records stored photos as the caller's unattached uploads; returns their ids for createTicket. */
export async function recordPhotos(
  m: EntityManager,
  actor: Extract<Actor, { kind: 'channel' | 'admin' | 'sysadmin' }>,
  photos: StoredPhoto[],
  now: Date,
): Promise<number[] | null> {
  const who = uploaderFor(actor);
  if (!who || !photos.length) return who ? [] : null;
  const ids: number[] = [];
  for (const p of photos) {
    const row = await m.save(m.create(Attachment, { ticketId: null, kind: 'image', storageKey: p.key, mime: p.mime, size: p.size, ...who, createdAt: now }));
    ids.push(row.id);
  }
  return ids;
}

/** A replayed request's photos were not put on the ticket it answers with: gone at once, rows then files. */
export async function dropUnattached(m: EntityManager, ids: number[], storage: Storage): Promise<void> {
  if (!ids.length) return;
  const rows = await m.find(Attachment, { where: { id: In(ids), ticketId: IsNull() } });
  if (!rows.length) return;
  await m.delete(Attachment, { id: In(rows.map((r) => r.id)), ticketId: IsNull() });
  await Promise.all(rows.map((r) => storage.delete(r.storageKey).catch(() => undefined)));
}
