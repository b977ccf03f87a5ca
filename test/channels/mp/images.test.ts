import crypto from 'node:crypto';
import { probeImage, sniffImage } from '../../../src/channels/mp/images';
import { gif, jpeg, png, webp } from '../../support/images';

describe('images are checked by content', () => {
  it('real headers decode with their dimensions', () => {
    expect(probeImage(jpeg(1080, 1920))).toEqual({ mime: 'image/jpeg', ext: 'jpg', width: 1080, height: 1920 });
    expect(probeImage(png(4, 3))).toEqual({ mime: 'image/png', ext: 'png', width: 4, height: 3 });
    expect(probeImage(webp(800, 600))).toEqual({ mime: 'image/webp', ext: 'webp', width: 800, height: 600 });
    expect(probeImage(gif(10, 12))).toEqual({ mime: 'image/gif', ext: 'gif', width: 10, height: 12 });
  });

  it('a JPEG whose frame header comes after a 60 KB EXIF segment is found', () => {
    const exif = Buffer.concat([Buffer.from([0xff, 0xe1, 0xea, 0x62]), Buffer.from('Exif\0\0'), Buffer.alloc(60_000 - 6, 0)]);
    const j = jpeg(4000, 3000);
    const withExif = Buffer.concat([j.subarray(0, 2), exif, j.subarray(2)]);
    expect(probeImage(withExif)?.width).toBe(4000);
  });

  it('regression: four magic bytes and random data are refused, a thousand times over', () => {
    const magics = [Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from([0x89, 0x50, 0x4e, 0x47]), Buffer.from('GIF8'), Buffer.from('RIFF')];
    let accepted = 0;
    for (let i = 0; i < 1000; i++) {
      for (const magic of magics) if (probeImage(Buffer.concat([magic, crypto.randomBytes(4096)]))) accepted++;
    }
    expect(accepted).toBe(0);
  });

  it('refuses headers that parse but lie: zero or absurd dimensions, a bad IHDR CRC, a truncated frame', () => {
    expect(probeImage(jpeg(0, 480))).toBeNull();
    expect(probeImage(jpeg(65000, 65000))).toBeNull();
    expect(probeImage(png(0, 3))).toBeNull();
    const bad = png(4, 3);
    bad[20] ^= 1;
    expect(probeImage(bad)).toBeNull();
    expect(probeImage(jpeg().subarray(0, 30))).toBeNull();
    expect(probeImage(Buffer.concat([Buffer.from('GIF89a'), Buffer.from([0, 0, 0, 0, 0, 0, 0])]))).toBeNull();
    expect(probeImage(Buffer.from('<html><script>alert(1)</script></html>'))).toBeNull();
  });

  it('the mini-program takes JPEG, PNG and WebP by their bytes, not GIF', () => {
    expect(sniffImage(png())?.mime).toBe('image/png');
    expect(sniffImage(webp())?.mime).toBe('image/webp');
    expect(sniffImage(gif())).toBeNull();
  });
});
