import type { Position, Project } from '../model';
import { snapToGrid, snapUpToGrid } from './grid';
import { departmentFrames } from './group-frame';
import { CARD_GAP, LABEL_GAP } from './node-size';
import { rectsOverlap, type Rect, type Size } from './rect';

/**
 * Moves `spot` forward along `axis` until it keeps `CARD_GAP` from every obstacle, jumping past
 * the far edge of whatever is in the way. Ends: each jump passes at least one obstacle.
 */
function clearAlong(spot: Rect, axis: 'x' | 'y', obstacles: readonly Rect[]): Rect {
  let at = spot;
  for (;;) {
    const blocking = obstacles.filter((o) => rectsOverlap(at, o, CARD_GAP));
    if (blocking.length === 0) return at;
    const farEdge = Math.max(
      ...blocking.map((o) => (axis === 'x' ? o.x + o.width : o.y + o.height)),
    );
    at = { ...at, [axis]: snapUpToGrid(farEdge + CARD_GAP) };
  }
}

/**
 * Where a card of `size` goes beside `anchor`: to its right, top edges aligned, with room for
 * the label of a link between them (LABEL_GAP); below it, left edges aligned, when the right is
 * taken. Either way it keeps clear of every obstacle (cards
 * and department frames) by `CARD_GAP`, moving further along its row or column as needed, and
 * when both sides are taken it takes whichever had to move less. On the grid.
 */
export function spotBeside(anchor: Rect, size: Size, obstacles: readonly Rect[]): Position {
  const rightStart = {
    x: snapUpToGrid(anchor.x + anchor.width + LABEL_GAP),
    y: snapToGrid(anchor.y),
    ...size,
  };
  const belowStart = {
    x: snapToGrid(anchor.x),
    y: snapUpToGrid(anchor.y + anchor.height + CARD_GAP),
    ...size,
  };
  const right = clearAlong(rightStart, 'x', obstacles);
  const below = clearAlong(belowStart, 'y', obstacles);
  const spot = right.x - rightStart.x <= below.y - belowStart.y ? right : below;
  return { x: spot.x, y: spot.y };
}

/**
 * Where a new card of `size` goes next to the function `anchorId`, clear of every card and every
 * department frame, the anchor's own included: a new function joins no department by itself
 * (the inspector's department field or Group does that), so it must not look like a member.
 * Undefined when there is no such function.
 */
export function spotNextTo(
  project: Pick<Project, 'functions' | 'groups'>,
  anchorId: string,
  sizeOf: (functionId: string) => Size,
  size: Size,
): Position | undefined {
  const rects = new Map(
    project.functions.map((fn) => [fn.id, { ...fn.position, ...sizeOf(fn.id) }]),
  );
  const anchor = rects.get(anchorId);
  if (!anchor) return undefined;
  const frames = departmentFrames(project, (id) => rects.get(id));
  return spotBeside(anchor, size, [...rects.values(), ...frames.values()]);
}
