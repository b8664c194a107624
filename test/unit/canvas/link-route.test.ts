import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  facingSides,
  LANE_GAP,
  linkLanes,
  linkRoute,
  pointAlong,
  roundedPath,
} from '../../../shared/layout/link-route';
import type { Position } from '../../../shared/model';
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

/** The legs of a line, each as an axis, where it lies across, and the span it covers along. */
function legs(points: readonly Position[]) {
  return points.slice(1).map((b, index) => {
    const a = points[index] ?? b;
    const vertical = a.x === b.x;
    const [from, to] = vertical ? [a.y, b.y] : [a.x, b.x];
    return { vertical, at: vertical ? a.x : a.y, span: [Math.min(from, to), Math.max(from, to)] };
  });
}

/** Whether two lines share a stretch: a leg of one lying on a leg of the other. */
function overlap(a: readonly Position[], b: readonly Position[]): boolean {
  return legs(a).some((p) =>
    legs(b).some(
      (q) =>
        p.vertical === q.vertical &&
        Math.abs(p.at - q.at) < 1 &&
        Math.min(p.span[1] ?? 0, q.span[1] ?? 0) > Math.max(p.span[0] ?? 0, q.span[0] ?? 0),
    ),
  );
}

/** Whether a point lies on the border of a card. */
function onBorder(point: Position, rect: Rect): boolean {
  const within = (v: number, start: number, size: number) => v >= start && v <= start + size;
  return (
    ((point.x === rect.x || point.x === rect.x + rect.width) &&
      within(point.y, rect.y, rect.height)) ||
    ((point.y === rect.y || point.y === rect.y + rect.height) &&
      within(point.x, rect.x, rect.width))
  );
}

describe('a link and its reverse', () => {
  const lanes = linkLanes([
    { id: 'there', from: 'a', to: 'b' },
    { id: 'back', from: 'b', to: 'a' },
    { id: 'alone', from: 'a', to: 'c' },
  ]);

  it('get lanes a LANE_GAP apart; a link alone between its cards keeps to the middle', () => {
    expect(lanes.get('alone')).toBeUndefined();
    // Each is shifted to its own right by the same amount: in the drawing, a gap apart.
    expect(Math.abs(lanes.get('there') ?? 0)).toBe(LANE_GAP / 2);
    expect(lanes.get('back')).toBe(lanes.get('there'));
  });

  const cases: readonly (readonly [string, Rect, Rect, ('right' | 'bottom')?])[] = [
    ['straight', card(0, 0), card(16, 400), undefined],
    ['turning halfway', card(0, 0), card(600, 400), undefined],
    ['side by side', card(0, 0), card(500, 40), undefined],
    ['around a card', card(0, 0), card(0, 800), 'right'],
  ];
  for (const [name, a, b, around] of cases) {
    it(`are drawn apart, from border to border (${name})`, () => {
      const there = linkRoute(a, b, around, lanes.get('there')).points;
      const back = linkRoute(b, a, around, lanes.get('back')).points;
      expect(overlap(there, back)).toBe(false);
      expect(onBorder(there[0] ?? { x: NaN, y: NaN }, a)).toBe(true);
      expect(onBorder(there.at(-1) ?? { x: NaN, y: NaN }, b)).toBe(true);
      expect(onBorder(back[0] ?? { x: NaN, y: NaN }, b)).toBe(true);
      expect(onBorder(back.at(-1) ?? { x: NaN, y: NaN }, a)).toBe(true);
      // Without lanes they lie on one line: the case the lanes are for.
      expect(overlap(linkRoute(a, b, around).points, linkRoute(b, a, around).points)).toBe(true);
    });
  }
});
