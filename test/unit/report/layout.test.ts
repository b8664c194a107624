import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NODE_SIZE, nodeBoxes } from '../../../shared/report/layout/canvas';
import {
  bounds,
  contains,
  linkSegment,
  MAX_SCALE,
  MIN_READABLE_SCALE,
  orientationFor,
  splitIntoParts,
} from '../../../shared/report/layout/diagram';

const A4_LANDSCAPE_AREA = { width: 261, height: 150 };
const OVERLAP = { width: 260, height: 140 };

describe('diagram on paper', () => {
  it('fits a small design on one page at a capped scale', () => {
    const parts = splitIntoParts(
      { x: 0, y: 0, width: 240, height: 120 },
      A4_LANDSCAPE_AREA,
      OVERLAP,
    );
    expect(parts).toHaveLength(1);
    expect(parts[0]?.scale).toBe(MAX_SCALE);
  });

  it('cuts a design too large to read into overlapping parts at a readable scale that cover it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 300, max: 40_000 }),
        fc.integer({ min: 150, max: 40_000 }),
        (width, height) => {
          const content = { x: -50, y: 20, width, height };
          const parts = splitIntoParts(content, A4_LANDSCAPE_AREA, OVERLAP);
          const scale = parts[0]?.scale ?? 0;
          expect(scale).toBeGreaterThanOrEqual(Math.min(MIN_READABLE_SCALE, MAX_SCALE) - 1e-9);
          const covered = bounds(parts.map((part) => part.region));
          expect(covered?.x).toBeLessThanOrEqual(content.x + 1e-6);
          expect(covered?.y).toBeLessThanOrEqual(content.y + 1e-6);
          expect((covered?.x ?? 0) + (covered?.width ?? 0)).toBeGreaterThanOrEqual(
            content.x + width - 1e-6,
          );
          expect((covered?.y ?? 0) + (covered?.height ?? 0)).toBeGreaterThanOrEqual(
            content.y + height - 1e-6,
          );
          for (const part of parts) {
            expect(part.region.width * part.scale).toBeCloseTo(A4_LANDSCAPE_AREA.width, 6);
          }
          // Any node-sized box of the canvas lies whole on some part.
          const node = {
            x: content.x + width / 2,
            y: content.y + height / 3,
            width: 240,
            height: 120,
          };
          if (parts.length > 1)
            expect(parts.some((part) => contains(part.region, node))).toBe(true);
        },
      ),
    );
  });

  it('turns the page for a wide design', () => {
    expect(orientationFor({ x: 0, y: 0, width: 2000, height: 600 })).toBe('landscape');
    expect(orientationFor({ x: 0, y: 0, width: 600, height: 2000 })).toBe('portrait');
    expect(orientationFor(undefined)).toBe('portrait');
  });

  it('runs a link from border to border, both directions apart', () => {
    const a = { x: 0, y: 0, width: 100, height: 50 };
    const b = { x: 300, y: 0, width: 100, height: 50 };
    expect(linkSegment(a, b)).toEqual({ start: { x: 100, y: 25 }, end: { x: 300, y: 25 } });
    const there = linkSegment(a, b, 8);
    const back = linkSegment(b, a, 8);
    expect(there.start.y).not.toBe(back.end.y);
  });
});

describe('canvas boxes', () => {
  it('keeps canvas positions when boxes do not overlap', () => {
    const boxes = nodeBoxes([
      { id: 'a', position: { x: 0, y: 0 } },
      { id: 'b', position: { x: 400, y: 0 } },
    ]);
    expect(boxes.get('b')).toEqual({ x: 400, y: 0, ...NODE_SIZE });
  });

  it('sets stacked functions out in a grid with no overlaps', () => {
    const functions = Array.from({ length: 30 }, (_, i) => ({
      id: `f${i}`,
      position: { x: 0, y: i % 2 },
    }));
    const boxes = [...nodeBoxes(functions).values()];
    for (const [i, a] of boxes.entries()) {
      for (const b of boxes.slice(i + 1)) {
        const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y;
        expect(apart || b.y + b.height <= a.y).toBe(true);
      }
    }
  });
});
