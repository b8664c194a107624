import type { Position } from '../model';
import { GRID_SIZE } from './grid';
import { FRAME_PADDING } from './group-frame';
import type { Rect } from './rect';

export type Side = 'top' | 'right' | 'bottom' | 'left';

export interface LinkRoute {
  /** Corners of an orthogonal line from the source card's border to the target card's. */
  readonly points: readonly Position[];
  readonly fromSide: Side;
  readonly toSide: Side;
}

/** Radius of the rounded corners of a link, in canvas units. */
export const CORNER_RADIUS = 12;
/**
 * How far a link going around cards keeps outside them: room for its arrowhead, and half a grid
 * step inside a department's frame, so it does not run along the frame's border.
 */
const DETOUR_GAP = FRAME_PADDING.side - GRID_SIZE / 2;

/** Empty space between two spans along one axis; negative when they overlap. */
function gapBetween(aStart: number, aSize: number, bStart: number, bSize: number): number {
  return Math.max(bStart - (aStart + aSize), aStart - (bStart + bSize));
}

/**
 * The sides of two cards that face each other: top and bottom when the cards are further apart
 * vertically than horizontally, left and right otherwise. Comparing the gaps, not the centres,
 * suits wide cards: one below another is linked top to bottom even when it is offset sideways.
 */
export function facingSides(from: Rect, to: Rect): readonly [Side, Side] {
  const gapX = gapBetween(from.x, from.width, to.x, to.width);
  const gapY = gapBetween(from.y, from.height, to.y, to.height);
  if (gapY > gapX) {
    return to.y + to.height / 2 >= from.y + from.height / 2 ? ['bottom', 'top'] : ['top', 'bottom'];
  }
  return to.x + to.width / 2 >= from.x + from.width / 2 ? ['right', 'left'] : ['left', 'right'];
}

/** The middle of the stretch two spans share, if it is wide enough for a straight line. */
function sharedMiddle(aStart: number, aSize: number, bStart: number, bSize: number) {
  const start = Math.max(aStart, bStart);
  const end = Math.min(aStart + aSize, bStart + bSize);
  return end - start >= 2 * CORNER_RADIUS ? (start + end) / 2 : undefined;
}

function pointOnSide(rect: Rect, side: Side, across: number | undefined): Position {
  switch (side) {
    case 'top':
      return { x: across ?? rect.x + rect.width / 2, y: rect.y };
    case 'bottom':
      return { x: across ?? rect.x + rect.width / 2, y: rect.y + rect.height };
    case 'left':
      return { x: rect.x, y: across ?? rect.y + rect.height / 2 };
    case 'right':
      return { x: rect.x + rect.width, y: across ?? rect.y + rect.height / 2 };
  }
}

/**
 * How a link is drawn between two cards: from the facing side of one to the facing side of the
 * other. Cards that share a stretch across the link are joined by a straight line through its
 * middle; otherwise the line leaves the middle of each side and turns halfway (a "Z").
 *
 * Going `around` a side instead, the line leaves that side of both cards, runs outside them
 * both and comes back (a "C"): the way past a card standing between the two.
 */
export function linkRoute(from: Rect, to: Rect, around?: Side): LinkRoute {
  if (around) return aroundRoute(from, to, around);
  const [fromSide, toSide] = facingSides(from, to);
  const vertical = fromSide === 'top' || fromSide === 'bottom';
  const across = vertical
    ? sharedMiddle(from.x, from.width, to.x, to.width)
    : sharedMiddle(from.y, from.height, to.y, to.height);
  const start = pointOnSide(from, fromSide, across);
  const end = pointOnSide(to, toSide, across);
  if (across !== undefined) return { points: [start, end], fromSide, toSide };
  const points = vertical
    ? [start, { x: start.x, y: (start.y + end.y) / 2 }, { x: end.x, y: (start.y + end.y) / 2 }, end]
    : [
        start,
        { x: (start.x + end.x) / 2, y: start.y },
        { x: (start.x + end.x) / 2, y: end.y },
        end,
      ];
  return { points, fromSide, toSide };
}

/** The line outside both cards along which a link going around `side` runs. */
function outside(from: Rect, to: Rect, side: Side): number {
  switch (side) {
    case 'right':
      return Math.max(from.x + from.width, to.x + to.width) + DETOUR_GAP;
    case 'left':
      return Math.min(from.x, to.x) - DETOUR_GAP;
    case 'bottom':
      return Math.max(from.y + from.height, to.y + to.height) + DETOUR_GAP;
    case 'top':
      return Math.min(from.y, to.y) - DETOUR_GAP;
  }
}

function aroundRoute(from: Rect, to: Rect, side: Side): LinkRoute {
  const start = pointOnSide(from, side, undefined);
  const end = pointOnSide(to, side, undefined);
  const line = outside(from, to, side);
  const points =
    side === 'left' || side === 'right'
      ? [start, { x: line, y: start.y }, { x: line, y: end.y }, end]
      : [start, { x: start.x, y: line }, { x: end.x, y: line }, end];
  return { points, fromSide: side, toSide: side };
}

const distance = (a: Position, b: Position) => Math.hypot(b.x - a.x, b.y - a.y);

/** The point `fraction` (0 = start, 1 = end) of the way along a polyline, by length. */
export function pointAlong(points: readonly Position[], fraction: number): Position {
  const first = points[0];
  if (!first) return { x: 0, y: 0 };
  const lengths = points.slice(1).map((point, index) => distance(points[index] ?? point, point));
  let left = Math.min(Math.max(fraction, 0), 1) * lengths.reduce((sum, length) => sum + length, 0);
  for (const [index, length] of lengths.entries()) {
    const a = points[index] ?? first;
    const b = points[index + 1] ?? a;
    if (left <= length && length > 0) {
      const t = left / length;
      return { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t };
    }
    left -= length;
  }
  return points[points.length - 1] ?? first;
}

/** SVG path data for a polyline whose corners are rounded by up to `radius`. */
export function roundedPath(points: readonly Position[], radius = CORNER_RADIUS): string {
  const [first, ...rest] = points;
  if (!first) return '';
  const parts = [`M ${first.x} ${first.y}`];
  rest.forEach((corner, index) => {
    const before = points[index] ?? corner;
    const after = points[index + 2];
    if (!after) {
      parts.push(`L ${corner.x} ${corner.y}`);
      return;
    }
    // Never more than half of either leg, so two corners on a short leg do not cross.
    const r = Math.min(radius, distance(before, corner) / 2, distance(corner, after) / 2);
    const towards = (from: Position, length: number) => ({
      x: corner.x + ((from.x - corner.x) / (distance(from, corner) || 1)) * length,
      y: corner.y + ((from.y - corner.y) / (distance(from, corner) || 1)) * length,
    });
    const enter = towards(before, r);
    const leave = towards(after, r);
    parts.push(`L ${enter.x} ${enter.y}`, `Q ${corner.x} ${corner.y} ${leave.x} ${leave.y}`);
  });
  return parts.join(' ');
}
