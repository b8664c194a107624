import type { Position } from '../model';
import { rectsOverlap, type Rect } from './rect';

/** The rectangle an axis-parallel segment covers (zero-thick). */
export function segmentBox(a: Position, b: Position): Rect {
  return {
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(b.x - a.x),
    height: Math.abs(b.y - a.y),
  };
}

/** Whether a polyline runs through any of `boxes` (touching a border is not running through). */
export function routeCrosses(points: readonly Position[], boxes: readonly Rect[]): boolean {
  return points.slice(1).some((b, index) => {
    const segment = segmentBox(points[index] ?? b, b);
    return boxes.some((box) => rectsOverlap(segment, box));
  });
}

/** What a bend costs, in canvas units of length: fewer corners read more easily. */
const BEND_COST = 80;

interface Port {
  border: Position;
  out: Position;
}

function ports(rect: Rect, gap: number): Port[] {
  const cx = rect.x + rect.width / 2;
  const cy = rect.y + rect.height / 2;
  return [
    { border: { x: cx, y: rect.y }, out: { x: cx, y: rect.y - gap } },
    { border: { x: rect.x + rect.width, y: cy }, out: { x: rect.x + rect.width + gap, y: cy } },
    { border: { x: cx, y: rect.y + rect.height }, out: { x: cx, y: rect.y + rect.height + gap } },
    { border: { x: rect.x, y: cy }, out: { x: rect.x - gap, y: cy } },
  ];
}

const sortedUnique = (values: number[]) =>
  [...new Set(values.map((v) => Math.round(v * 1000) / 1000))].sort((a, b) => a - b);

/** Drops corners that lie on a straight stretch. */
function simplified(points: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const point of points) {
    const a = out[out.length - 2];
    const b = out[out.length - 1];
    if (b && b.x === point.x && b.y === point.y) continue;
    if (a && b && ((a.x === b.x && b.x === point.x) || (a.y === b.y && b.y === point.y))) {
      out[out.length - 1] = point;
    } else out.push(point);
  }
  return out;
}

/**
 * An orthogonal line from the border of `from` to the border of `to` that runs through none of
 * `obstacles`, for a link whose direct and around-one-side routes (see link-route) are both
 * blocked. It follows channels `gap` away from the boxes, the shortest with few bends; the
 * search looks near the two boxes first, then over every obstacle. Undefined when boxes wall
 * one end in completely.
 */
export function clearRoute(
  from: Rect,
  to: Rect,
  obstacles: readonly Rect[],
  gap: number,
): Position[] | undefined {
  const near = {
    x: Math.min(from.x, to.x) - 3 * from.width,
    y: Math.min(from.y, to.y) - 3 * from.height,
    width: Math.abs(to.x - from.x) + 7 * from.width,
    height: Math.abs(to.y - from.y) + 7 * from.height,
  };
  const close = obstacles.filter((box) => rectsOverlap(box, near));
  return (
    searchRoute(from, to, close, gap) ??
    (close.length < obstacles.length ? searchRoute(from, to, obstacles, gap) : undefined)
  );
}

function searchRoute(
  from: Rect,
  to: Rect,
  obstacles: readonly Rect[],
  gap: number,
): Position[] | undefined {
  const walls = [...obstacles, from, to];
  const starts = ports(from, gap);
  const ends = ports(to, gap);
  const xs = sortedUnique([
    ...walls.flatMap((box) => [box.x - gap, box.x + box.width + gap]),
    ...[...starts, ...ends].map((port) => port.out.x),
  ]);
  const ys = sortedUnique([
    ...walls.flatMap((box) => [box.y - gap, box.y + box.height + gap]),
    ...[...starts, ...ends].map((port) => port.out.y),
  ]);
  const width = xs.length;
  const key = (i: number, j: number) => j * width + i;
  const at = (k: number): Position => ({
    x: xs[k % width] ?? 0,
    y: ys[Math.floor(k / width)] ?? 0,
  });
  const free = (i: number, j: number) => {
    const point = at(key(i, j));
    return !walls.some((box) => rectsOverlap({ ...point, width: 0, height: 0 }, box));
  };
  const indexOf = (p: Position) =>
    key(xs.indexOf(Math.round(p.x * 1000) / 1000), ys.indexOf(Math.round(p.y * 1000) / 1000));
  // Dijkstra over (grid point, heading); headings 0–3: up, right, down, left.
  const steps = [
    [0, -1],
    [1, 0],
    [0, 1],
    [-1, 0],
  ] as const;
  const cost = new Map<number, number>();
  const back = new Map<number, number>();
  const queue = new MinQueue();
  const startPort = new Map<number, Port>();
  starts.forEach((port, heading) => {
    const k = indexOf(port.out);
    const i = k % width;
    const j = Math.floor(k / width);
    if (!free(i, j) || routeCrosses([port.border, port.out], obstacles)) return;
    const state = k * 4 + heading;
    cost.set(state, gap);
    startPort.set(state, port);
    queue.push(state, gap);
  });
  const endPort = new Map(ends.map((port, heading) => [indexOf(port.out), { port, heading }]));
  while (queue.size > 0) {
    const [state, c] = queue.pop();
    if (c > (cost.get(state) ?? Infinity)) continue;
    const k = Math.floor(state / 4);
    const heading = state % 4;
    const arrival = endPort.get(k);
    // Entering the target through its port means heading against the port's outward direction.
    if (arrival && (arrival.heading + 2) % 4 === heading) {
      const corners: Position[] = [arrival.port.border];
      let s: number | undefined = state;
      let first = state;
      while (s !== undefined) {
        corners.push(at(Math.floor(s / 4)));
        first = s;
        s = back.get(s);
      }
      const start = startPort.get(first);
      if (!start) return undefined;
      corners.push(start.border);
      return simplified(corners.reverse());
    }
    const i = k % width;
    const j = Math.floor(k / width);
    steps.forEach(([di, dj], next) => {
      if ((next + 2) % 4 === heading) return;
      const ni = i + di;
      const nj = j + dj;
      if (ni < 0 || nj < 0 || ni >= width || nj >= ys.length || !free(ni, nj)) return;
      const a = at(k);
      const b = at(key(ni, nj));
      if (walls.some((box) => rectsOverlap(segmentBox(a, b), box))) return;
      const nextState = key(ni, nj) * 4 + next;
      const nextCost =
        c + Math.abs(b.x - a.x) + Math.abs(b.y - a.y) + (next === heading ? 0 : BEND_COST);
      if (nextCost < (cost.get(nextState) ?? Infinity)) {
        cost.set(nextState, nextCost);
        back.set(nextState, state);
        queue.push(nextState, nextCost);
      }
    });
  }
  return undefined;
}

/** A binary heap of (item, priority), smallest priority first. */
class MinQueue {
  private readonly items: number[] = [];
  private readonly priorities: number[] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: number, priority: number): void {
    this.items.push(item);
    this.priorities.push(priority);
    let i = this.items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.priorities[parent] ?? 0) <= priority) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  pop(): [number, number] {
    const top: [number, number] = [this.items[0] ?? 0, this.priorities[0] ?? 0];
    const lastItem = this.items.pop() ?? 0;
    const lastPriority = this.priorities.pop() ?? 0;
    if (this.items.length > 0) {
      this.items[0] = lastItem;
      this.priorities[0] = lastPriority;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < this.items.length && (this.priorities[l] ?? 0) < (this.priorities[m] ?? 0)) m = l;
        if (r < this.items.length && (this.priorities[r] ?? 0) < (this.priorities[m] ?? 0)) m = r;
        if (m === i) break;
        this.swap(i, m);
        i = m;
      }
    }
    return top;
  }

  private swap(a: number, b: number): void {
    [this.items[a], this.items[b]] = [this.items[b] ?? 0, this.items[a] ?? 0];
    [this.priorities[a], this.priorities[b]] = [this.priorities[b] ?? 0, this.priorities[a] ?? 0];
  }
}
