import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BoundaryIndex, contains, inChina, toGcj02, type CountyShape } from '../../src/gazetteer/boundaries';

const square = (x0: number, y0: number, x1: number, y1: number) => new Float64Array([x0, y0, x1, y0, x1, y1, x0, y1, x0, y0]);
const shape = (code: string, rings: Float64Array[]): CountyShape => {
  const xs = rings.flatMap((r) => [...r].filter((_, i) => i % 2 === 0));
  const ys = rings.flatMap((r) => [...r].filter((_, i) => i % 2 === 1));
  return { code, name: code, bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)], rings };
};

describe('point in polygon', () => {
  it('counts holes and separate parts (even-odd over every ring)', () => {
    // A county with a hole (an enclave) and a detached part.
    const s = shape('999901', [square(0, 0, 10, 10), square(4, 4, 6, 6), square(20, 0, 22, 2)]);
    expect(contains(s, 1, 1)).toBe(true);
    expect(contains(s, 5, 5)).toBe(false);
    expect(contains(s, 21, 1)).toBe(true);
    expect(contains(s, 15, 1)).toBe(false);
    expect(contains(s, -0.001, 5)).toBe(false);
  });

  it('finds a point through the grid only among the shapes of its cell, and among the given codes', () => {
    const index = new BoundaryIndex();
    index.add(shape('999901', [square(0, 0, 0.25, 0.25)]));
    index.add(shape('999902', [square(0.25, 0, 0.5, 0.25)]));
    expect(index.countyAtGcj(0.1, 0.1)?.code).toBe('999901');
    expect(index.countyAtGcj(0.3, 0.1)?.code).toBe('999902');
    expect(index.countyAtGcj(0.3, 0.3)).toBeNull();
    expect(index.countyAtGcj(0.3, 0.1, new Set(['999901']))).toBeNull();
  });
});

describe('the package shapes', () => {
  const index = new BoundaryIndex();
  beforeAll(() => index.load(['430502', '220382', '429004', '999999']));

  it.each([
    // County seats and centroids (WGS-84), and points just inside their borders.
    [27.241775, 111.546436, '430502'],
    [27.2366, 111.4799, '430502'],
    [43.518275, 123.502723, '220382'],
    // 仙桃市 is a county-level city directly under Hubei: its shape is in the province's file.
    [30.3646, 113.4539, '429004'],
  ])('puts %f,%f in %s', (lat, long, code) => {
    const [x, y] = toGcj02(lat, long);
    expect(index.countyAtGcj(x, y)?.code).toBe(code);
  });

  it.each([
    ['London', 51.5072, -0.1276],
    ['邵阳市大祥区 (next door)', 27.2, 111.43],
    ['长沙', 28.2282, 112.9388],
  ])('puts %s in none of them', (_name, lat, long) => {
    const [x, y] = toGcj02(lat, long);
    expect(index.countyAtGcj(x, y)).toBeNull();
  });

  it('reads only the files of the counties asked for, and remembers codes it has no shape for', () => {
    expect(index.size).toBe(3);
    expect(index.has('999999')).toBe(false);
    expect(index.known('999999')).toBe(true);
    // 4305, 2203, 4290 (no file) then the provinces 42 and 99 (no file).
    expect(index.filesRead).toBe(3);
    const before = index.filesRead;
    index.load(['430502']);
    expect(index.filesRead).toBe(before);
  });

  it('shifts WGS-84 to GCJ-02 by a few hundred metres inside China, not at all outside', () => {
    const [x, y] = toGcj02(27.241775, 111.546436);
    const metres = Math.hypot((x - 111.546436) * 111_320 * Math.cos((27.24 * Math.PI) / 180), (y - 27.241775) * 110_574);
    expect(metres).toBeGreaterThan(300);
    expect(metres).toBeLessThan(800);
    expect(toGcj02(51.5072, -0.1276)).toEqual([-0.1276, 51.5072]);
    expect(inChina(27.2, 111.5)).toBe(true);
    expect(inChina(51.5, -0.1)).toBe(false);
  });

  it('reads a county from a directory laid out like the package', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bounds-'));
    try {
      fs.writeFileSync(
        path.join(dir, '999900.json'),
        JSON.stringify({
          type: 'FeatureCollection',
          features: [
            {
              type: 'Feature',
              properties: { adcode: 999901, name: '测试县' },
              geometry: {
                type: 'Polygon',
                coordinates: [
                  [
                    [100, 30],
                    [101, 30],
                    [101, 31],
                    [100, 31],
                    [100, 30],
                  ],
                ],
              },
            },
          ],
        }),
      );
      const own = new BoundaryIndex();
      own.load(['999901'], dir);
      expect(own.shape('999901')?.name).toBe('测试县');
      expect(own.countyAtGcj(100.5, 30.5)?.code).toBe('999901');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
