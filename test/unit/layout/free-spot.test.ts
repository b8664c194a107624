import { describe, expect, it } from 'vitest';
import { freeSpot } from '../../../shared/layout/free-spot';
import { rectsOverlap, type Rect } from '../../../shared/layout/rect';

const size = { width: 280, height: 168 };
const at = (x: number, y: number, height = size.height): Rect => ({ x, y, ...size, height });

describe('placing a new card with nothing selected', () => {
  it('uses the wanted spot when it is free', () => {
    expect(freeSpot({ x: 0, y: 0 }, [at(1000, 0)], size)).toEqual({ x: 0, y: 0 });
  });

  it('moves next to the cards already there, never onto them', () => {
    const taken = [at(0, 0)];
    for (let i = 0; i < 12; i += 1) {
      const spot = freeSpot({ x: 10, y: 10 }, taken, size);
      expect(taken.some((other) => rectsOverlap({ ...spot, ...size }, other))).toBe(false);
      taken.push({ ...spot, ...size });
    }
  });

  it('keeps clear of a card as tall as it is drawn (large type), not as tall as the estimate', () => {
    // A card drawn 240 tall above the wanted spot, 200 below its top: free for an estimated one.
    const tall = at(0, 0, 240);
    const spot = freeSpot({ x: 0, y: 200 }, [tall], size);
    expect(rectsOverlap({ ...spot, ...size }, tall)).toBe(false);
  });
});
