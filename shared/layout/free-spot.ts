import type { Position } from '../model';
import { rectsOverlap, type Rect, type Size } from './rect';

/** Space kept around a new card so it does not touch its neighbours. */
const GAP = 32;

/** Whether a card of `size` at `spot` covers `other` or comes closer to it than the gap kept. */
export function tooClose(spot: Position, size: Size, other: Rect): boolean {
  return rectsOverlap({ ...spot, ...size }, other, GAP / 2);
}

/** Whether a card of `size` at a spot keeps its distance from every card taken. */
function clearOf(taken: readonly Rect[], size: Size) {
  return (spot: Position) => !taken.some((other) => tooClose(spot, size, other));
}

const nearestTo = (wanted: Position) => (a: Position, b: Position) =>
  Math.hypot(a.x - wanted.x, a.y - wanted.y) - Math.hypot(b.x - wanted.x, b.y - wanted.y);

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
  const isFree = clearOf(taken, size);
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
    const free = candidates.filter(isFree).sort(nearestTo(wanted));
    if (free[0]) return free[0];
  }
  return wanted;
}

/**
 * Where a card dropped at `wanted` goes: there if free; else pushed out of the cards it would
 * cover by the shortest move — beside one of them, on the side nearest the drop, the other
 * coordinate kept — so it lands where the hand meant, touching nothing. Pushed out of the next
 * card too if that spot covers one, a few moves deep; in a crowd, the nearest free ring slot.
 */
export function nudgedClear(
  wanted: Position,
  taken: readonly Rect[],
  size: Size,
  moves = 3,
): Position {
  const isFree = clearOf(taken, size);
  if (isFree(wanted)) return wanted;
  let spots = [wanted];
  for (let move = 1; move <= moves; move += 1) {
    spots = uniqueSpots(spots.flatMap((spot) => sidesOfCovered(spot, taken, size)));
    const free = spots.filter(isFree).sort(nearestTo(wanted));
    if (free[0]) return free[0];
  }
  return freeSpot(wanted, taken, size);
}

/** The spots just beside each card that a card at `spot` covers: left, right, above, below. */
function sidesOfCovered(spot: Position, taken: readonly Rect[], size: Size): Position[] {
  return taken
    .filter((other) => tooClose(spot, size, other))
    .flatMap((other) => [
      { x: other.x - size.width - GAP, y: spot.y },
      { x: other.x + other.width + GAP, y: spot.y },
      { x: spot.x, y: other.y - size.height - GAP },
      { x: spot.x, y: other.y + other.height + GAP },
    ]);
}

function uniqueSpots(spots: readonly Position[]): Position[] {
  return [...new Map(spots.map((spot) => [`${spot.x},${spot.y}`, spot])).values()];
}
