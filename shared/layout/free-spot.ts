import type { Position } from '../model';
import { rectsOverlap, type Rect, type Size } from './rect';

/** Space kept around a new card so it does not touch its neighbours. */
const GAP = 32;

/**
 * Where to put a new card of `size` wanted at `wanted` (top-left corner) without covering one
 * already there: the wanted spot if free, else the nearest free slot on rings of card-sized
 * steps around it. The cards there are taken at their own sizes (as drawn: taller in large
 * type), so a new card keeps clear of a tall one too.
 */
export function freeSpot(
  wanted: Position,
  taken: readonly Rect[],
  size: Size,
  maxRings = 12,
): Position {
  const isFree = (spot: Position) =>
    !taken.some((other) => rectsOverlap({ ...spot, ...size }, other, GAP / 2));
  if (isFree(wanted)) return wanted;
  const stepX = size.width + GAP;
  const stepY = size.height + GAP;
  for (let ring = 1; ring <= maxRings; ring += 1) {
    const candidates: Position[] = [];
    for (let i = -ring; i <= ring; i += 1) {
      for (let j = -ring; j <= ring; j += 1) {
        if (Math.max(Math.abs(i), Math.abs(j)) !== ring) continue;
        candidates.push({ x: wanted.x + i * stepX, y: wanted.y + j * stepY });
      }
    }
    const distance = (p: Position) => Math.hypot(p.x - wanted.x, p.y - wanted.y);
    const free = candidates.filter(isFree).sort((a, b) => distance(a) - distance(b));
    if (free[0]) return free[0];
  }
  return wanted;
}
