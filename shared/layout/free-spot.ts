import type { Position } from '../model';
import type { Size } from './rect';

/** Space kept around a new card so it does not touch its neighbours. */
const GAP = 32;

function overlaps(a: Position, b: Position, size: Size): boolean {
  return Math.abs(a.x - b.x) < size.width + GAP / 2 && Math.abs(a.y - b.y) < size.height + GAP / 2;
}

/**
 * Where to put a new card wanted at `wanted` (top-left corner) without covering one already
 * there: the wanted spot if free, else the nearest free slot on rings of card-sized steps
 * around it. All cards are taken to be `size`.
 */
export function freeSpot(
  wanted: Position,
  taken: readonly Position[],
  size: Size,
  maxRings = 12,
): Position {
  const isFree = (spot: Position) => !taken.some((other) => overlaps(spot, other, size));
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
