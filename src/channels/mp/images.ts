/**
 * Images are told apart by their content, never by name or declared type: the header is decoded
 * (JPEG frame header, PNG IHDR with its CRC, GIF screen descriptor, WebP VP8/VP8L/VP8X) and the
 * dimensions must parse and be sane. Four magic bytes followed by anything else are refused.
 */
export type ImageMime = 'image/jpeg' | 'image/png' | 'image/gif' | 'image/webp';
export type ImageExt = 'jpg' | 'png' | 'gif' | 'webp';
/** What the mini-program accepts for upload. */
export type ImageType = { mime: 'image/jpeg' | 'image/png' | 'image/webp'; ext: 'jpg' | 'png' | 'webp' };
export interface ImageInfo {
  mime: ImageMime;
  ext: ImageExt;
  width: number;
  height: number;
}

/** Larger than any camera or WeChat photo; smaller than a decompression bomb. */
export const MAX_SIDE = 30_000;
export const MAX_PIXELS = 200_000_000;

/**
 * Bytes read before deciding: a JPEG's frame header comes after its APP segments (EXIF, ICC),
 * each at most 64 KiB; photos carry a few of them.
 */
export const SNIFF_BYTES = 512 * 1024;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const sane = (w: number, h: number) => Number.isInteger(w) && Number.isInteger(h) && w >= 1 && h >= 1 && w <= MAX_SIDE && h <= MAX_SIDE && w * h <= MAX_PIXELS;

let crcTable: Uint32Array | null = null;
function crc32(buf: Buffer): number {
  if (!crcTable) {
    crcTable = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Walks the JPEG segments from SOI to the first frame header (SOFn). */
function jpeg(b: Buffer): ImageInfo | null {
  if (b.length < 4 || b[0] !== 0xff || b[1] !== 0xd8) return null;
  let p = 2;
  for (let segments = 0; segments < 256; segments++) {
    if (p + 4 > b.length || b[p] !== 0xff) return null;
    let marker = b[p + 1];
    // Fill bytes (0xFF padding) may precede a marker.
    while (marker === 0xff && p + 2 < b.length) marker = b[++p + 1];
    if (marker === 0x00 || marker === 0xd8 || marker === 0xd9 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) return null;
    const len = b.readUInt16BE(p + 2);
    if (len < 2) return null;
    const isSof = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof) {
      if (p + 10 > b.length) return null;
      const precision = b[p + 4];
      const height = b.readUInt16BE(p + 5);
      const width = b.readUInt16BE(p + 7);
      const components = b[p + 9];
      if (![8, 12, 16].includes(precision) || ![1, 3, 4].includes(components) || len !== 8 + 3 * components) return null;
      if (!sane(width, height)) return null;
      return { mime: 'image/jpeg', ext: 'jpg', width, height };
    }
    // Only markers a JPEG has before its frame: APPn, COM, DQT, DHT, DRI, DAC, JPG extensions.
    const known =
      (marker >= 0xe0 && marker <= 0xef) ||
      marker === 0xfe ||
      marker === 0xdb ||
      marker === 0xc4 ||
      marker === 0xdd ||
      marker === 0xcc ||
      (marker >= 0xf0 && marker <= 0xfd);
    if (!known) return null;
    p += 2 + len;
  }
  return null;
}

function png(b: Buffer): ImageInfo | null {
  if (b.length < 33 || !b.subarray(0, 8).equals(PNG)) return null;
  if (b.readUInt32BE(8) !== 13 || b.toString('latin1', 12, 16) !== 'IHDR') return null;
  if (crc32(b.subarray(12, 29)) !== b.readUInt32BE(29)) return null;
  const width = b.readUInt32BE(16);
  const height = b.readUInt32BE(20);
  const depth = b[24];
  const color = b[25];
  const depths: Record<number, number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };
  if (!depths[color]?.includes(depth) || b[26] !== 0 || b[27] !== 0 || b[28] > 1) return null;
  return sane(width, height) ? { mime: 'image/png', ext: 'png', width, height } : null;
}

function gif(b: Buffer): ImageInfo | null {
  if (b.length < 13) return null;
  const sig = b.toString('latin1', 0, 6);
  if (sig !== 'GIF87a' && sig !== 'GIF89a') return null;
  const width = b.readUInt16LE(6);
  const height = b.readUInt16LE(8);
  // The byte after the screen descriptor (and its colour table) must start a block.
  const flags = b[10];
  const next = 13 + (flags & 0x80 ? 3 * 2 ** ((flags & 7) + 1) : 0);
  if (next < b.length && ![0x21, 0x2c, 0x3b].includes(b[next])) return null;
  return sane(width, height) ? { mime: 'image/gif', ext: 'gif', width, height } : null;
}

/** `complete`: `b` is the whole file (its RIFF size must agree), not a prefix. */
function webp(b: Buffer, complete: boolean): ImageInfo | null {
  if (b.length < 30 || b.toString('latin1', 0, 4) !== 'RIFF' || b.toString('latin1', 8, 12) !== 'WEBP') return null;
  const riff = b.readUInt32LE(4);
  if (riff < 22 || (complete && riff + 8 !== b.length && riff + 9 !== b.length)) return null;
  const chunk = b.toString('latin1', 12, 16);
  const size = b.readUInt32LE(16);
  if (size + 20 > riff + 8 + 1) return null;
  let width = 0;
  let height = 0;
  if (chunk === 'VP8 ') {
    // Frame tag (key frame bit clear), start code 9d 01 2a, then 14-bit dimensions.
    if (b[20] & 1 || b[23] !== 0x9d || b[24] !== 0x01 || b[25] !== 0x2a) return null;
    width = b.readUInt16LE(26) & 0x3fff;
    height = b.readUInt16LE(28) & 0x3fff;
  } else if (chunk === 'VP8L') {
    if (b[20] !== 0x2f) return null;
    const bits = b.readUInt32LE(21);
    width = (bits & 0x3fff) + 1;
    height = ((bits >>> 14) & 0x3fff) + 1;
    if (bits >>> 29 !== 0) return null; // version must be 0
  } else if (chunk === 'VP8X') {
    if (size < 10 || b[20] & 0xc1 || b[21] || b[22] || b[23]) return null; // reserved bits zero
    width = 1 + b.readUIntLE(24, 3);
    height = 1 + b.readUIntLE(27, 3);
  } else return null;
  return sane(width, height) ? { mime: 'image/webp', ext: 'webp', width, height } : null;
}

/**
 * Decodes the header of an image. `complete` says `data` is the whole file (chat uploads),
 * otherwise it may be a prefix of at least SNIFF_BYTES (streamed uploads). Null: not an image we
 * can read, whatever its first bytes say.
 */
export function probeImage(data: Buffer, complete = true): ImageInfo | null {
  switch (data[0]) {
    case 0xff:
      return jpeg(data);
    case 0x89:
      return png(data);
    case 0x47:
      return gif(data);
    case 0x52:
      return webp(data, complete);
    default:
      return null;
  }
}

/** The mini-program's upload check: JPEG, PNG or WebP whose header decodes. */
export function sniffImage(head: Buffer, complete = head.length < SNIFF_BYTES): ImageType | null {
  const info = probeImage(head, complete);
  if (!info || info.mime === 'image/gif') return null;
  return { mime: info.mime, ext: info.ext as ImageType['ext'] };
}
