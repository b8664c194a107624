import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facingSides, linkRoute, pointAlong, roundedPath } from '../../../shared/layout/link-route';
import type { Rect } from '../../../shared/layout/rect';

const card = (x: number, y: number): Rect => ({ x, y, width: 280, height: 168 });

describe('the sides a link is drawn between', () => {
  it('joins a card to one below it bottom to top, in a straight line when they line up', () => {
    const route = linkRoute(card(0, 0), card(16, 400));
    expect([route.fromSide, route.toSide]).toEqual(['bottom', 'top']);
    // The stretch the two cards share is x 16…280: the line runs down its middle.
    expect(route.points).toEqual([
      { x: 148, y: 168 },
      { x: 148, y: 400 },
    ]);
  });

  it('joins cards side by side right to left, and back the other way', () => {
    expect(facingSides(card(0, 0), card(500, 40))).toEqual(['right', 'left']);
    expect(facingSides(card(500, 40), card(0, 0))).toEqual(['left', 'right']);
    expect(facingSides(card(0, 400), card(0, 0))).toEqual(['top', 'bottom']);
  });

  it('compares the gaps between cards, not their centres, so wide cards link top to bottom', () => {
    // Centres 360 apart across and 320 down, but the gap below (152) beats the gap beside (80).
    expect(facingSides(card(0, 0), card(360, 320))).toEqual(['bottom', 'top']);
  });

  it('turns halfway between cards that share no stretch, leaving each side at its middle', () => {
    const route = linkRoute(card(0, 0), card(600, 600));
    expect([route.fromSide, route.toSide]).toEqual(['bottom', 'top']);
    expect(route.points).toEqual([
      { x: 140, y: 168 },
      { x: 140, y: 384 },
      { x: 740, y: 384 },
      { x: 740, y: 600 },
    ]);
  });

  it('always starts on the first card, ends on the second and runs straight across or down', () => {
    const rect = fc.record({
      x: fc.integer({ min: -2000, max: 2000 }),
      y: fc.integer({ min: -2000, max: 2000 }),
      width: fc.integer({ min: 40, max: 400 }),
      height: fc.integer({ min: 40, max: 300 }),
    });
    const onBorder = (p: { x: number; y: number }, r: Rect) =>
      p.x >= r.x &&
      p.x <= r.x + r.width &&
      p.y >= r.y &&
      p.y <= r.y + r.height &&
      (p.x === r.x || p.x === r.x + r.width || p.y === r.y || p.y === r.y + r.height);
    fc.assert(
      fc.property(rect, rect, (from, to) => {
        const { points } = linkRoute(from, to);
        const first = points[0];
        const last = points[points.length - 1];
        if (!first || !last) return false;
        const axisAligned = points
          .slice(1)
          .every((p, i) => p.x === points[i]?.x || p.y === points[i]?.y);
        return onBorder(first, from) && onBorder(last, to) && axisAligned;
      }),
    );
  });
});

describe('a link going around', () => {
  it('leaves and enters the same side of both cards, outside them both', () => {
    const route = linkRoute(card(0, 600), card(0, 0), 'left');
    expect([route.fromSide, route.toSide]).toEqual(['left', 'left']);
    expect(route.points).toEqual([
      { x: 0, y: 684 },
      { x: -24, y: 684 },
      { x: -24, y: 84 },
      { x: 0, y: 84 },
    ]);
    const below = linkRoute(card(0, 0), card(600, 40), 'bottom');
    expect(below.points[1]).toEqual({ x: 140, y: 232 });
  });
});

describe('a point along a link', () => {
  const points = [
    { x: 0, y: 0 },
    { x: 0, y: 100 },
    { x: 300, y: 100 },
  ];

  it('is measured by length, from the start', () => {
    expect(pointAlong(points, 0)).toEqual({ x: 0, y: 0 });
    expect(pointAlong(points, 0.5)).toEqual({ x: 100, y: 100 });
    expect(pointAlong(points, 1)).toEqual({ x: 300, y: 100 });
    expect(pointAlong(points, 2)).toEqual({ x: 300, y: 100 });
  });
});

describe('the drawn path', () => {
  it('rounds corners, never by more than half a leg', () => {
    const path = roundedPath([
      { x: 0, y: 0 },
      { x: 0, y: 10 },
      { x: 100, y: 10 },
    ]);
    expect(path).toBe('M 0 0 L 0 5 Q 0 10 5 10 L 100 10');
  });

  it('is a plain line between two points', () => {
    expect(
      roundedPath([
        { x: 1, y: 2 },
        { x: 1, y: 50 },
      ]),
    ).toBe('M 1 2 L 1 50');
  });
});
