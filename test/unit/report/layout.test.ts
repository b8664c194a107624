import { describe, expect, it } from 'vitest';
import { NODE_SIZE, nodeBoxes } from '../../../shared/report/layout/canvas';
import { orientationFor } from '../../../shared/report/layout/diagram';

describe('diagram orientation', () => {
  it('turns the page for a wide design', () => {
    expect(orientationFor({ x: 0, y: 0, width: 2000, height: 600 })).toBe('landscape');
    expect(orientationFor({ x: 0, y: 0, width: 600, height: 2000 })).toBe('portrait');
    expect(orientationFor(undefined)).toBe('portrait');
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
