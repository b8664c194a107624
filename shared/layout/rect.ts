/** Width and height of a card or a frame, in canvas units. */
export interface Size {
  readonly width: number;
  readonly height: number;
}

/** An axis-aligned rectangle in canvas units; `x`, `y` is the top-left corner. */
export interface Rect extends Size {
  readonly x: number;
  readonly y: number;
}

/** True when `a` and `b` share area or lie closer than `gap` to each other. */
export function rectsOverlap(a: Rect, b: Rect, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}

/** Whether `inner` lies entirely inside `outer` (to within rounding of scaled coordinates). */
export function contains(outer: Rect, inner: Rect): boolean {
  const e = 1e-6;
  return (
    inner.x >= outer.x - e &&
    inner.y >= outer.y - e &&
    inner.x + inner.width <= outer.x + outer.width + e &&
    inner.y + inner.height <= outer.y + outer.height + e
  );
}

/** The smallest rectangle around all `rects`; undefined for none. */
export function unionOf(rects: readonly Rect[]): Rect | undefined {
  const first = rects[0];
  if (!first) return undefined;
  let left = first.x;
  let top = first.y;
  let right = first.x + first.width;
  let bottom = first.y + first.height;
  for (const rect of rects) {
    left = Math.min(left, rect.x);
    top = Math.min(top, rect.y);
    right = Math.max(right, rect.x + rect.width);
    bottom = Math.max(bottom, rect.y + rect.height);
  }
  return { x: left, y: top, width: right - left, height: bottom - top };
}
