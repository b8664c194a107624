import type { Position } from '../model';
import type { NodeSize } from './auto-layout';
import { linkRoute, pointAlong, type Rect } from './link-route';

/** A link whose label needs a place: its ends and the size of its label. */
export interface LabelRequest {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly size: NodeSize;
}

/** Label type on the canvas: 11.5 px text on a 16 px line, 8 px side padding, 1 px border. */
const LABEL_HEIGHT = 22;
const LABEL_PADDING = 18;
/**
 * Average advances at that size in the widest of the fonts the app falls back to (DejaVu Sans):
 * Cyrillic letters run wider than Latin ones. Shared code cannot measure text, so the estimate
 * errs on the wide side: a label then keeps clear of cards rather than touching them.
 */
const CYRILLIC_WIDTH = 7.2;
const OTHER_WIDTH = 6.3;
/** Room kept between a label and a card or another label. */
const CLEARANCE = 6;

export function estimateLabelSize(text: string): NodeSize {
  const cyrillic = text.match(/[\u0400-\u04ff]/g)?.length ?? 0;
  const width = cyrillic * CYRILLIC_WIDTH + (text.length - cyrillic) * OTHER_WIDTH;
  return { width: Math.ceil(width + LABEL_PADDING), height: LABEL_HEIGHT };
}

/** Where along its link a label is tried after the middle: ever further out, on both sides. */
const FURTHER_OUT = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((k) => [0.5 - k * 0.05, 0.5 + k * 0.05]);

export function labelBox(centre: Position, size: NodeSize): Rect {
  return { x: centre.x - size.width / 2, y: centre.y - size.height / 2, ...size };
}

function overlapArea(a: Rect, b: Rect): number {
  const x = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const y = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return x > 0 && y > 0 ? x * y : 0;
}

function grown(rect: Rect, by: number): Rect {
  return {
    x: rect.x - by,
    y: rect.y - by,
    width: rect.width + 2 * by,
    height: rect.height + 2 * by,
  };
}

/** Boxes bucketed by a coarse grid, so a query looks at its neighbourhood only. */
class BoxIndex {
  private readonly cells = new Map<string, Rect[]>();
  private static readonly CELL = 256;

  private keys(rect: Rect): string[] {
    const cell = BoxIndex.CELL;
    const keys: string[] = [];
    for (let i = Math.floor(rect.x / cell); i <= Math.floor((rect.x + rect.width) / cell); i++) {
      for (let j = Math.floor(rect.y / cell); j <= Math.floor((rect.y + rect.height) / cell); j++) {
        keys.push(`${i}:${j}`);
      }
    }
    return keys;
  }

  add(rect: Rect): void {
    for (const key of this.keys(rect)) {
      const cell = this.cells.get(key);
      if (cell) cell.push(rect);
      else this.cells.set(key, [rect]);
    }
  }

  /** Total area of `rect` covered by boxes in the index (a box in two cells counts once). */
  coverage(rect: Rect): number {
    const seen = new Set<Rect>();
    let area = 0;
    for (const key of this.keys(rect)) {
      for (const box of this.cells.get(key) ?? []) {
        if (seen.has(box)) continue;
        seen.add(box);
        area += overlapArea(rect, box);
      }
    }
    return area;
  }
}

/**
 * Where each link's label sits, as a fraction of the way along its route (see linkRoute): the
 * first point, from the middle outwards, where the label covers no card and no label placed
 * before it. Where none is free, the point covering least — cards weigh more than labels, since
 * a hidden card is worse than two touching labels. Labels are placed in the order given, so the
 * result is stable and an unchanged design keeps its labels where they were.
 */
export function placeLinkLabels(
  cards: ReadonlyMap<string, Rect>,
  labels: readonly LabelRequest[],
): Map<string, number> {
  const cardIndex = new BoxIndex();
  for (const card of cards.values()) cardIndex.add(grown(card, CLEARANCE));
  const labelIndex = new BoxIndex();
  const placed = new Map<string, number>();
  for (const label of labels) {
    const from = cards.get(label.from);
    const to = cards.get(label.to);
    if (!from || !to) continue;
    const { points } = linkRoute(from, to);
    const candidate = (fraction: number) => {
      const box = labelBox(pointAlong(points, fraction), label.size);
      return { fraction, box, cost: 100 * cardIndex.coverage(box) + labelIndex.coverage(box) };
    };
    let best = candidate(0.5);
    for (const fraction of FURTHER_OUT) {
      if (best.cost === 0) break;
      const next = candidate(fraction);
      if (next.cost < best.cost) best = next;
    }
    placed.set(label.id, best.fraction);
    labelIndex.add(grown(best.box, CLEARANCE / 2));
  }
  return placed;
}
