/**
 * The canvas grid in canvas units. Snapping, nudging, auto-layout, new-card placement and the
 * department frames all use it, so cards and frames line up on screen and in the report.
 */
export const GRID_SIZE = 16;

/** The nearest grid line to `value`. */
export function snapToGrid(value: number): number {
  // `+ 0` turns −0 (from rounding a small negative) into 0, which compares and prints cleanly.
  return Math.round(value / GRID_SIZE) * GRID_SIZE + 0;
}

/** The first grid line at or after `value`: snapping forward never eats into a gap. */
export function snapUpToGrid(value: number): number {
  return Math.ceil(value / GRID_SIZE) * GRID_SIZE + 0;
}
