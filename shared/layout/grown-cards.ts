import type { Position } from '../model';
import { snapUpToGrid } from './grid';
import { FRAME_PADDING } from './group-frame';
import { CARD_GAP } from './node-size';
import type { Rect } from './rect';

/** A card as drawn now, and how tall it was drawn before it grew. */
export interface GrownCard extends Rect {
  readonly id: string;
  readonly heightBefore: number;
  /** Its department: between two departments the gap holds their frames as well. */
  readonly groupId?: string | undefined;
}

/**
 * The most of a gap between two cards one above the other that is kept: room for a link, and
 * where they are in different departments, for the frames' edges between them too (so frames
 * that were apart stay apart).
 */
function gapKept(above: GrownCard, below: GrownCard): number {
  if (above.groupId === below.groupId) return CARD_GAP;
  const frameBelowAbove = above.groupId === undefined ? 0 : FRAME_PADDING.bottom;
  const frameAboveBelow = below.groupId === undefined ? 0 : FRAME_PADDING.top;
  return CARD_GAP + frameBelowAbove + frameAboveBelow;
}

/**
 * Where cards go once some grew taller (large type switched on) and now run into the cards
 * below them: a card below another in its column (their spans across overlap) moves down just
 * enough to keep the gap it had from it, at most CARD_GAP (plus the frames' edges between two
 * departments, see gapKept), and the cards below it follow; a
 * gap wide enough for the growth is used up first, so an airy design does not move. Cards
 * that overlapped before they grew stay as they were, and nothing moves sideways, so the rows
 * and columns the user made are kept. Returns the cards that move, with their new top-left
 * corners on the grid.
 */
export function clearGrownCards(cards: readonly GrownCard[]): Map<string, Position> {
  const order = [...cards].sort((a, b) => a.y - b.y || a.x - b.x);
  const tops = new Map<string, number>();
  const moved = new Map<string, Position>();
  order.forEach((card, index) => {
    let top = card.y;
    for (const above of order.slice(0, index)) {
      const bottomBefore = above.y + above.heightBefore;
      const sameColumn = above.x < card.x + card.width && card.x < above.x + above.width;
      if (!sameColumn || bottomBefore > card.y) continue;
      const gap = Math.min(card.y - bottomBefore, gapKept(above, card));
      top = Math.max(top, (tops.get(above.id) ?? above.y) + above.height + gap);
    }
    if (top > card.y) {
      top = snapUpToGrid(top);
      moved.set(card.id, { x: card.x, y: top });
    }
    tops.set(card.id, top);
  });
  return moved;
}
