import { describe, expect, it } from 'vitest';
import { freeSpot } from '../../../shared/layout/free-spot';

const size = { width: 280, height: 168 };
const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) < size.width && Math.abs(a.y - b.y) < size.height;

describe('placing a new card with nothing selected', () => {
  it('uses the wanted spot when it is free', () => {
    expect(freeSpot({ x: 0, y: 0 }, [{ x: 1000, y: 0 }], size)).toEqual({ x: 0, y: 0 });
  });

  it('moves next to the cards already there, never onto them', () => {
    const taken = [{ x: 0, y: 0 }];
    for (let i = 0; i < 12; i += 1) {
      const spot = freeSpot({ x: 10, y: 10 }, taken, size);
      expect(taken.some((other) => overlap(spot, other))).toBe(false);
      taken.push(spot);
    }
  });
});
