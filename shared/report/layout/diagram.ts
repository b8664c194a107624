import { unionOf } from '../../layout/rect';
import type { Box } from '../types';

export { contains } from '../../layout/rect';

/**
 * Geometry of the diagram on paper, kept apart from drawing so it can be tested: how big the
 * canvas is, at what scale it fits, and how a diagram too large to read on one page is cut into
 * parts. Canvas sizes are in canvas units; page sizes in millimetres; scale is mm per unit.
 */

/** Type sizes inside a node, in canvas units (scaled with the drawing). */
export const NODE_TYPE = { title: 15, line: 11.5, padding: 10 } as const;
/** Below this scale a node title would print smaller than about 6 pt. */
export const MIN_READABLE_SCALE = 0.145;
/** Above this a small design would print with oversized boxes. */
export const MAX_SCALE = 0.24;

/** The smallest box around all `boxes`, never thinner than one unit (scales divide by it). */
export function bounds(boxes: readonly Box[]): Box | undefined {
  const around = unionOf(boxes);
  return (
    around && { ...around, width: Math.max(around.width, 1), height: Math.max(around.height, 1) }
  );
}

export function fitScale(content: Box, area: { width: number; height: number }): number {
  return Math.min(area.width / content.width, area.height / content.height, MAX_SCALE);
}

/** One page of a diagram: the canvas region it shows and the scale it is drawn at. */
export interface DiagramPart {
  region: Box;
  scale: number;
  column: number;
  row: number;
}

/**
 * The whole diagram on one page when it stays readable; otherwise a grid of parts at one
 * readable scale, like the sheets of a poster. Neighbouring parts overlap by `overlap` canvas
 * units (a node's size), so every node lies whole on at least one part.
 */
export function splitIntoParts(
  content: Box,
  area: { width: number; height: number },
  overlap: { width: number; height: number },
): DiagramPart[] {
  const fit = fitScale(content, area);
  if (fit >= MIN_READABLE_SCALE) {
    // Centred across, from the top down: a small design should not float mid-page.
    const width = area.width / fit;
    const region = {
      x: content.x - (width - content.width) / 2,
      y: content.y,
      width,
      height: area.height / fit,
    };
    return [{ region, scale: fit, column: 0, row: 0 }];
  }
  const count = (size: number, view: number, lap: number): number =>
    Math.max(1, Math.ceil((size - lap) / (view - lap)));
  const columns = count(content.width, area.width / MIN_READABLE_SCALE, overlap.width);
  const rows = count(content.height, area.height / MIN_READABLE_SCALE, overlap.height);
  // As large as the grid allows while it still covers the canvas.
  const scale = Math.min(
    area.width / ((content.width - overlap.width) / columns + overlap.width),
    area.height / ((content.height - overlap.height) / rows + overlap.height),
    MAX_SCALE,
  );
  const width = area.width / scale;
  const height = area.height / scale;
  const parts: DiagramPart[] = [];
  for (let row = 0; row < rows; row++) {
    for (let column = 0; column < columns; column++) {
      parts.push({
        region: {
          x: content.x + column * (width - overlap.width),
          y: content.y + row * (height - overlap.height),
          width,
          height,
        },
        scale,
        column,
        row,
      });
    }
  }
  return parts;
}

export function orientationFor(content: Box | undefined): 'portrait' | 'landscape' {
  return content !== undefined && content.width > content.height * 1.15 ? 'landscape' : 'portrait';
}

export interface Point {
  x: number;
  y: number;
}

function centre(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Where the ray from `origin` (inside the box) along `direction` leaves the box. */
export function exitPoint(box: Box, origin: Point, direction: Point): Point {
  const along = (from: number, low: number, size: number, d: number): number =>
    d > 0 ? (low + size - from) / d : d < 0 ? (low - from) / d : Number.POSITIVE_INFINITY;
  const t = Math.min(
    along(origin.x, box.x, box.width, direction.x),
    along(origin.y, box.y, box.height, direction.y),
  );
  if (!Number.isFinite(t)) return origin;
  return { x: origin.x + direction.x * t, y: origin.y + direction.y * t };
}

/**
 * The segment of a link between the borders of its two boxes. `offset` shifts it sideways so
 * links in both directions between the same boxes do not lie on top of each other.
 */
export function linkSegment(from: Box, to: Box, offset = 0): { start: Point; end: Point } {
  const a = centre(from);
  const b = centre(to);
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const direction = { x: (b.x - a.x) / length, y: (b.y - a.y) / length };
  const shift = { x: -direction.y * offset, y: direction.x * offset };
  const start = exitPoint(from, { x: a.x + shift.x, y: a.y + shift.y }, direction);
  const back = { x: -direction.x, y: -direction.y };
  const end = exitPoint(to, { x: b.x + shift.x, y: b.y + shift.y }, back);
  return { start, end };
}
