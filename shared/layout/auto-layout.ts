import dagre from '@dagrejs/dagre';
import type { Link, Position, Project } from '../model';

export interface NodeSize {
  readonly width: number;
  readonly height: number;
}

/** Gaps between cards in canvas units: readable when projected, compact on a laptop. */
const NODE_GAP = 48;
const RANK_GAP = 96;

/**
 * Arranges the functions left to right along their links (Sugiyama layering, by dagre), so
 * hand-offs read like a process. Positions snap to `grid`. Cards never overlap: each gets its
 * own slot at least `NODE_GAP` from its neighbours. Given `labelSizeOf`, the gaps between
 * linked cards also leave room for the links' labels, so a label need not cover a card.
 */
export function autoLayout(
  project: Project,
  sizeOf: (functionId: string) => NodeSize,
  grid = 16,
  labelSizeOf?: (link: Link) => NodeSize,
): { id: string; position: Position }[] {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({ rankdir: 'LR', nodesep: NODE_GAP, ranksep: RANK_GAP, marginx: 0, marginy: 0 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const fn of project.functions) graph.setNode(fn.id, { ...sizeOf(fn.id) });
  for (const link of project.links) {
    // A centred label makes dagre put a rank of label boxes between the cards' ranks.
    const label = labelSizeOf ? { ...labelSizeOf(link), labelpos: 'c' } : {};
    if (link.from !== link.to) graph.setEdge(link.from, link.to, label);
  }
  dagre.layout(graph);
  const snap = (value: number) => Math.round(value / grid) * grid;
  return project.functions.map((fn) => {
    const node = graph.node(fn.id);
    const size = sizeOf(fn.id);
    // dagre gives centres; the model keeps top-left corners.
    return {
      id: fn.id,
      position: { x: snap(node.x - size.width / 2), y: snap(node.y - size.height / 2) },
    };
  });
}
