import type { Position } from '../model';
import { segmentBox } from './clear-route';
import { linkLanes, linkRoute, pointAlong, type Side } from './link-route';
import { rectsOverlap, type Rect, type Size } from './rect';

/** A link to lay out: its ends and the size of its label. */
export interface LinkRequest {
  readonly id: string;
  readonly from: string;
  readonly to: string;
  readonly labelSize: Size;
}

/** How a link is drawn: around which side, if its direct route is blocked; where its label is. */
export interface LinkLayout {
  readonly around: Side | undefined;
  /** How far to its right the link is drawn, beside another between the same cards (linkLanes). */
  readonly lane: number;
  /** The label's centre, as a fraction of the way along the route (see pointAlong). */
  readonly labelAt: number;
  /**
   * Where no point along the route is free (its cards stand too close for the label between
   * them): how far the label is moved off it, square to the line at `labelAt`, to the nearest
   * free spot. The canvas joins the two with a leader line.
   */
  readonly labelOff?: Position;
}

/** Room kept between a label and a card or another label. */
const CLEARANCE = 6;

/** Where along its link a label is tried after the middle: ever further out, on both sides. */
const FURTHER_OUT = [1, 2, 3, 4, 5, 6, 7, 8].flatMap((k) => [0.5 - k * 0.05, 0.5 + k * 0.05]);

/** How far off its line a label is tried, square to it, when no point along it is free. */
const OFF_STEP = 8;
const OFF_STEPS = 40;

/** The unit step square to a route at `fraction` of its length: up for a level line, else left. */
function squareTo(points: readonly Position[], fraction: number): Position {
  const a = pointAlong(points, fraction - 0.01);
  const b = pointAlong(points, fraction + 0.01);
  return Math.abs(b.x - a.x) >= Math.abs(b.y - a.y) ? { x: 0, y: -1 } : { x: -1, y: 0 };
}

export function labelBox(centre: Position, size: Size): Rect {
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

interface Entry {
  readonly rect: Rect;
  /** The last query that looked at it: a box spanning several cells is counted once. */
  seenBy: number;
}

const NO_ENTRIES: readonly Entry[] = [];

/**
 * Boxes bucketed by a coarse grid, so a query looks at its neighbourhood only. It runs a few
 * times per link on every design change, so it allocates nothing per query.
 */
class BoxIndex {
  private static readonly CELL = 256;
  private readonly cells = new Map<number, Entry[]>();
  private queries = 0;

  /** Calls `visit` for each box in the cells `rect` touches, until it returns true. */
  private some(rect: Rect, visit: (box: Rect) => boolean): boolean {
    const query = ++this.queries;
    const cell = BoxIndex.CELL;
    for (let i = Math.floor(rect.x / cell); i <= Math.floor((rect.x + rect.width) / cell); i++) {
      for (let j = Math.floor(rect.y / cell); j <= Math.floor((rect.y + rect.height) / cell); j++) {
        for (const entry of this.cells.get(cellKey(i, j)) ?? NO_ENTRIES) {
          if (entry.seenBy === query) continue;
          entry.seenBy = query;
          if (visit(entry.rect)) return true;
        }
      }
    }
    return false;
  }

  add(rect: Rect): void {
    const entry: Entry = { rect, seenBy: 0 };
    const cell = BoxIndex.CELL;
    for (let i = Math.floor(rect.x / cell); i <= Math.floor((rect.x + rect.width) / cell); i++) {
      for (let j = Math.floor(rect.y / cell); j <= Math.floor((rect.y + rect.height) / cell); j++) {
        const entries = this.cells.get(cellKey(i, j));
        if (entries) entries.push(entry);
        else this.cells.set(cellKey(i, j), [entry]);
      }
    }
  }

  /** Total area of `rect` covered by boxes in the index. */
  coverage(rect: Rect): number {
    let area = 0;
    this.some(rect, (box) => {
      area += overlapArea(rect, box);
      return false;
    });
    return area;
  }

  /** Whether a box other than `except` crosses `rect`. */
  crossed(rect: Rect, except: readonly Rect[]): boolean {
    return this.some(rect, (box) => !except.includes(box) && rectsOverlap(rect, box));
  }
}

/** One number per grid cell; rows a million cells apart cover any canvas a person draws. */
const cellKey = (i: number, j: number) => i * 1_000_000 + j;

/** Whether a route runs through a card other than its two ends. */
function blocked(points: readonly Position[], cards: BoxIndex, ends: readonly Rect[]): boolean {
  return points.slice(1).some((b, index) => {
    return cards.crossed(segmentBox(points[index] ?? b, b), ends);
  });
}

const routeLength = (points: readonly Position[]) =>
  points
    .slice(1)
    .reduce(
      (sum, b, index) =>
        sum + Math.hypot(b.x - (points[index] ?? b).x, b.y - (points[index] ?? b).y),
      0,
    );

/** How many links meet each side of each card ("cardId:side"), routed directly. */
type SideUse = ReadonlyMap<string, number>;

/**
 * The side a link goes around when its direct route runs through another card: of the two
 * ways that stay clear (left or right of a vertical link, above or below a horizontal one),
 * the one whose card sides fewer other links meet, so lines do not bunch up on one side, then
 * the shorter. None when the direct route is clear, or when neither way round is.
 */
function detour(
  link: LinkRequest,
  from: Rect,
  to: Rect,
  cards: BoxIndex,
  sideUse: SideUse,
): Side | undefined {
  const direct = linkRoute(from, to);
  if (!blocked(direct.points, cards, [from, to])) return undefined;
  const vertical = direct.fromSide === 'top' || direct.fromSide === 'bottom';
  const sides: readonly Side[] = vertical ? ['right', 'left'] : ['bottom', 'top'];
  const use = (side: Side) =>
    (sideUse.get(`${link.from}:${side}`) ?? 0) + (sideUse.get(`${link.to}:${side}`) ?? 0);
  return sides
    .map((side) => ({ side, points: linkRoute(from, to, side).points }))
    .filter(({ points }) => !blocked(points, cards, [from, to]))
    .sort((a, b) => use(a.side) - use(b.side) || routeLength(a.points) - routeLength(b.points))[0]
    ?.side;
}

/**
 * How every link is drawn: around a card that stands in its way (see detour), and with its
 * label at the first point along it, from the middle outwards, where the label covers no card,
 * nothing of `keepClear` and no label placed before it. Where no point is free, the label moves off the middle of the
 * line, square to it, to the nearest free spot (labelOff); failing that too, it takes the point
 * along the line covering least — cards weigh more than labels, since a hidden card is worse
 * than two touching labels. Links are laid out
 * in the order given, so an unchanged design keeps its labels where they were. A link and its
 * reverse are drawn side by side (`lanes`, from the links alone: a caller that keeps the list
 * may work them out once for it), so each label is placed along its own line.
 */
export function layoutLinks(
  cards: ReadonlyMap<string, Rect>,
  links: readonly LinkRequest[],
  lanes: ReadonlyMap<string, number> = linkLanes(links),
  /** More that a label must not cover, as it must not cover a card (departments' names). */
  keepClear: readonly Rect[] = [],
): Map<string, LinkLayout> {
  const cardIndex = new BoxIndex();
  for (const card of cards.values()) cardIndex.add(card);
  const clearIndex = new BoxIndex();
  for (const box of keepClear) clearIndex.add(box);
  const sideUse = new Map<string, number>();
  for (const link of links) {
    const from = cards.get(link.from);
    const to = cards.get(link.to);
    if (!from || !to) continue;
    const { fromSide, toSide } = linkRoute(from, to);
    for (const key of [`${link.from}:${fromSide}`, `${link.to}:${toSide}`]) {
      sideUse.set(key, (sideUse.get(key) ?? 0) + 1);
    }
  }
  const labelIndex = new BoxIndex();
  const laidOut = new Map<string, LinkLayout>();
  for (const link of links) {
    const from = cards.get(link.from);
    const to = cards.get(link.to);
    if (!from || !to) continue;
    const around = detour(link, from, to, cardIndex, sideUse);
    const lane = lanes.get(link.id) ?? 0;
    const { points } = linkRoute(from, to, around, lane);
    const candidate = (fraction: number, off?: Position) => {
      const at = pointAlong(points, fraction);
      const box = labelBox(off ? { x: at.x + off.x, y: at.y + off.y } : at, link.labelSize);
      const room = grown(box, CLEARANCE);
      const covered = cardIndex.coverage(room) + clearIndex.coverage(room);
      const cost = 100 * covered + labelIndex.coverage(room);
      return { fraction, off, box, cost };
    };
    let best = candidate(0.5);
    for (const fraction of FURTHER_OUT) {
      if (best.cost === 0) break;
      const next = candidate(fraction);
      if (next.cost < best.cost) best = next;
    }
    if (best.cost > 0) {
      const square = squareTo(points, 0.5);
      for (let step = 1; step <= OFF_STEPS && best.cost > 0; step += 1) {
        for (const sign of [1, -1]) {
          const by = step * OFF_STEP * sign;
          const next = candidate(0.5, { x: square.x * by, y: square.y * by });
          if (next.cost === 0) {
            best = next;
            break;
          }
        }
      }
    }
    laidOut.set(
      link.id,
      best.off
        ? { around, lane, labelAt: best.fraction, labelOff: best.off }
        : { around, lane, labelAt: best.fraction },
    );
    labelIndex.add(best.box);
  }
  return laidOut;
}
