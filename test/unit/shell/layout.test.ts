import { describe, expect, it } from 'vitest';
import { autoLayout } from '../../../shared/layout/auto-layout';
import { freeSpot } from '../../../shared/layout/free-spot';
import { loadSample } from '../../../shared/samples';

const size = { width: 280, height: 168 };
const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.abs(a.x - b.x) < size.width && Math.abs(a.y - b.y) < size.height;

describe('placing a new card', () => {
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

describe('auto-layout', () => {
  it('places every function of the rich sample without overlaps, on the grid', () => {
    const project = loadSample('specialised-sales', 'en');
    const placed = autoLayout(project, () => size);
    expect(placed).toHaveLength(project.functions.length);
    for (const [i, a] of placed.entries()) {
      expect(a.position.x % 16).toBe(0);
      for (const b of placed.slice(i + 1)) expect(overlap(a.position, b.position)).toBe(false);
    }
  });

  it('lays hand-offs out left to right', () => {
    const project = loadSample('specialised-sales', 'en');
    const at = new Map(autoLayout(project, () => size).map((p) => [p.id, p.position]));
    // Hand-offs form a chain (events → nurturing → territory); escalations may point back.
    for (const link of project.links.filter((l) => l.kind === 'handoff')) {
      expect(at.get(link.to)?.x ?? 0).toBeGreaterThan(at.get(link.from)?.x ?? 0);
    }
  });
});
