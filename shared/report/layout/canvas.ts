import type { Position } from '../../model';
import type { Box } from '../types';
import { NODE_HEIGHT_ESTIMATE, NODE_WIDTH } from '../../layout/node-size';

/** A function box on the canvas, in canvas units: the app's detailed card. */
export const NODE_SIZE = {
  width: NODE_WIDTH.detailed,
  height: NODE_HEIGHT_ESTIMATE.detailed,
} as const;
const GRID_GAP = { x: 60, y: 50 } as const;

export interface Placed {
  id: string;
  position: Position;
  groupId?: string | undefined;
}

function overlaps(a: Position, b: Position): boolean {
  return (
    Math.abs(a.x - b.x) < NODE_SIZE.width * 0.5 && Math.abs(a.y - b.y) < NODE_SIZE.height * 0.5
  );
}

/**
 * Boxes for the functions at their canvas positions. When boxes lie mostly on top of each other
 * (a design imported without positions, say), the canvas cannot be drawn as it is: the functions
 * are then set out in a grid, team by team, in their canvas order.
 */
export function nodeBoxes(functions: readonly Placed[]): Map<string, Box> {
  const sorted = [...functions].sort((a, b) => a.position.x - b.position.x);
  let stacked = false;
  // Sweep along x: only neighbours closer than half a box can overlap.
  for (let i = 0; i < sorted.length && !stacked; i++) {
    const a = sorted[i];
    for (let j = i + 1; a && j < sorted.length; j++) {
      const b = sorted[j];
      if (!b || b.position.x - a.position.x >= NODE_SIZE.width * 0.5) break;
      if (overlaps(a.position, b.position)) {
        stacked = true;
        break;
      }
    }
  }
  const positions = stacked ? gridPositions(functions) : undefined;
  return new Map(
    functions.map((fn) => {
      const p = positions?.get(fn.id) ?? fn.position;
      return [fn.id, { x: p.x, y: p.y, ...NODE_SIZE }];
    }),
  );
}

function gridPositions(functions: readonly Placed[]): Map<string, Position> {
  const ordered = [...functions].sort(
    (a, b) =>
      (a.groupId ?? '').localeCompare(b.groupId ?? '') ||
      a.position.y - b.position.y ||
      a.position.x - b.position.x,
  );
  // Roughly the proportions of a landscape page.
  const columns = Math.max(1, Math.ceil(Math.sqrt(ordered.length * 1.6)));
  return new Map(
    ordered.map((fn, i) => [
      fn.id,
      {
        x: (i % columns) * (NODE_SIZE.width + GRID_GAP.x),
        y: Math.floor(i / columns) * (NODE_SIZE.height + GRID_GAP.y),
      },
    ]),
  );
}
