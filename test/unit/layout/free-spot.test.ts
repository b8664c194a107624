import { describe, expect, it } from 'vitest';
import { freeSpot, nudgedClear } from '../../../shared/layout/free-spot';
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

describe('placing a card dropped from the palette', () => {
  const covers = (spot: { x: number; y: number }, taken: readonly Rect[]) =>
    taken.some((other) => rectsOverlap({ ...spot, ...size }, other));

  it('lands where it is dropped when that is free', () => {
    expect(nudgedClear({ x: 0, y: 0 }, [at(1000, 0)], size)).toEqual({ x: 0, y: 0 });
  });

  it('dropped over the right edge of a card, is pushed out to its right, at the same height', () => {
    const spot = nudgedClear({ x: 250, y: 40 }, [at(0, 0)], size);
    expect(spot.y).toBe(40);
    expect(spot.x).toBeGreaterThanOrEqual(280);
    expect(spot.x).toBeLessThan(350);
  });

  it('dropped just under a card, moves down clear of it, keeping its x', () => {
    const spot = nudgedClear({ x: 60, y: 150 }, [at(0, 0)], size);
    expect(spot).toEqual({ x: 60, y: 168 + 32 });
  });

  it('pushed out of one card onto another, moves on until it touches none', () => {
    // Two cards side by side with no room between them: a drop onto their seam.
    const taken = [at(0, 0), at(300, 0)];
    const spot = nudgedClear({ x: 150, y: 20 }, taken, size);
    expect(covers(spot, taken)).toBe(false);
    expect(Math.hypot(spot.x - 150, spot.y - 20)).toBeLessThan(250);
  });

  it('in a crowd, still finds a spot clear of every card', () => {
    const taken = [];
    for (let i = 0; i < 5; i += 1) for (let j = 0; j < 5; j += 1) taken.push(at(i * 300, j * 190));
    const spot = nudgedClear({ x: 610, y: 390 }, taken, size);
    expect(covers(spot, taken)).toBe(false);
  });
});
