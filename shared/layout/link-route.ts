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
 * How far apart two links between the same two cards are drawn (a link and its reverse): one
 * grid step, wider than an arrowhead, so neither line, arrowhead nor label hides the other.
 */
export const LANE_GAP = GRID_SIZE;
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

/**
 * The middle of the stretch two spans share, if it is wide enough for a straight line (and for
 * its shift by `lane` either way, so a shifted line still meets both cards).
 */
function sharedMiddle(aStart: number, aSize: number, bStart: number, bSize: number, lane: number) {
  const start = Math.max(aStart, bStart);
  const end = Math.min(aStart + aSize, bStart + bSize);
  return end - start >= 2 * (CORNER_RADIUS + Math.abs(lane)) ? (start + end) / 2 : undefined;
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
 *
 * A `lane` (see linkLanes) shifts the whole line that far to its right, as seen along it: a link
 * and its reverse, each shifted to its own right, run side by side instead of on one line.
 */
export function linkRoute(from: Rect, to: Rect, around?: Side, lane = 0): LinkRoute {
  const route = around ? aroundRoute(from, to, around) : directRoute(from, to, lane);
  return lane === 0 ? route : { ...route, points: offsetRoute(route.points, lane) };
}

function directRoute(from: Rect, to: Rect, lane: number): LinkRoute {
  const [fromSide, toSide] = facingSides(from, to);
  const vertical = fromSide === 'top' || fromSide === 'bottom';
  const across = vertical
    ? sharedMiddle(from.x, from.width, to.x, to.width, lane)
    : sharedMiddle(from.y, from.height, to.y, to.height, lane);
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

/**
 * An orthogonal line shifted `by` to its right, as seen along it (the y axis points down): each
 * leg moves sideways, each corner to where its two shifted legs meet, and the ends slide along
 * the card sides they leave and reach.
 */
export function offsetRoute(points: readonly Position[], by: number): Position[] {
  // Legs of no length and corners that do not turn have no direction to shift along.
  const corners = points.filter((point, index) => {
    const before = points[index - 1];
    const after = points[index + 1];
    if (before && before.x === point.x && before.y === point.y) return false;
    return !(before && after && (before.x === point.x) === (point.x === after.x));
  });
  const shifts = corners.slice(1).map((b, index) => {
    const a = corners[index] ?? b;
    const length = distance(a, b) || 1;
    return { x: (-(b.y - a.y) / length) * by, y: ((b.x - a.x) / length) * by };
  });
  return corners.map((point, index) => {
    const before = shifts[index - 1] ?? { x: 0, y: 0 };
    const after = shifts[index] ?? { x: 0, y: 0 };
    return { x: point.x + before.x + after.x, y: point.y + before.y + after.y };
  });
}

/**
 * How far to its right each link is drawn, by id: links between the same two cards (a link and
 * its reverse) are spread a LANE_GAP apart, centred on the line between the cards; a link alone
 * between its cards is absent (0). Depends on the links only, so it is worked out once per list.
 */
export function linkLanes(
  links: readonly { readonly id: string; readonly from: string; readonly to: string }[],
): ReadonlyMap<string, number> {
  const pairs = new Map<string, { id: string; forward: boolean }[]>();
  for (const { id, from, to } of links) {
    const forward = from < to;
    const key = forward ? `${from}\n${to}` : `${to}\n${from}`;
    const pair = pairs.get(key);
    if (pair) pair.push({ id, forward });
    else pairs.set(key, [{ id, forward }]);
  }
  const lanes = new Map<string, number>();
  for (const pair of pairs.values()) {
    if (pair.length < 2) continue;
    pair.forEach(({ id, forward }, index) => {
      // Spread along one direction; a link going the other way sees that right as its left.
      const offset = (index - (pair.length - 1) / 2) * LANE_GAP;
      lanes.set(id, forward ? offset : -offset);
    });
  }
  return lanes;
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
