import dagre from '@dagrejs/dagre';
import type { Position, Project } from '../model';
import { snapToGrid } from './grid';
import type { Size } from './rect';

/** Gaps between cards in canvas units: readable when projected, compact on a laptop. */
const NODE_GAP = 48;
const RANK_GAP = 96;

/**
 * Arranges the functions left to right along their links (Sugiyama layering, by dagre), so
 * hand-offs read like a process. Positions snap to the grid. Cards never overlap: each gets its
 * own slot at least `NODE_GAP` from its neighbours.
 */
export function autoLayout(
  project: Project,
  sizeOf: (functionId: string) => Size,
): { id: string; position: Position }[] {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: NODE_GAP, ranksep: RANK_GAP, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const fn of project.functions) graph.setNode(fn.id, { ...sizeOf(fn.id) });
  for (const link of project.links) {
    if (link.from !== link.to) graph.setEdge(link.from, link.to);
  }
  dagre.layout(graph);
  return project.functions.map((fn) => {
    const node = graph.node(fn.id);
    const size = sizeOf(fn.id);
    // dagre gives centres; the model keeps top-left corners.
    return {
      id: fn.id,
      position: {
        x: snapToGrid(node.x - size.width / 2),
        y: snapToGrid(node.y - size.height / 2),
      },
    };
  });
}
