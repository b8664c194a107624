import dagre from '@dagrejs/dagre';
import type { Position, Project, SalesFunction } from '../model';
import { GRID_SIZE, snapToGrid, snapUpToGrid } from './grid';
import { frameBounds } from './group-frame';
import { linkLabelWidth } from './link-label';
import { CARD_GAP } from './node-size';
import { unionOf, type Size } from './rect';

/**
 * Gap between columns: at least room for a link's arrow, at most what keeps a design with one
 * long label from spreading out; in between, room for the longest label among the links laid.
 */
const RANK_GAP = { min: 96, max: 256 } as const;

interface Edge {
  readonly from: string;
  readonly to: string;
  /** About how wide the link's label is, so it can sit between two columns in full. */
  readonly labelWidth: number;
}

function rankGap(edges: readonly Edge[]): number {
  const widest = Math.max(0, ...edges.map((edge) => edge.labelWidth));
  return Math.min(RANK_GAP.max, Math.max(RANK_GAP.min, snapUpToGrid(widest + 2 * GRID_SIZE)));
}

/** Which way ranks follow each other: left to right, or top to bottom. */
type Direction = 'LR' | 'TB';

interface Sized {
  readonly id: string;
  readonly size: Size;
}

/**
 * Layers `nodes` left to right along `edges` (Sugiyama, by dagre) and gives each its top-left
 * corner `at`, on the grid. Nodes keep at least `CARD_GAP` apart across and the rank gap along
 * (less at most one grid step from snapping), so none overlap. Repeated edges pull harder.
 */
function layered<T extends Sized>(
  nodes: readonly T[],
  edges: readonly Edge[],
  direction: Direction = 'LR',
) {
  const graph = new dagre.graphlib.Graph();
  graph.setGraph({
    rankdir: direction,
    nodesep: CARD_GAP,
    // Down the page a label lies across the gap between rows, not along it.
    ranksep: direction === 'LR' ? rankGap(edges) : RANK_GAP.min,
    marginx: 0,
    marginy: 0,
  });
  for (const { id, size } of nodes) graph.setNode(id, { ...size });
  for (const { from, to } of edges) {
    if (from === to) continue;
    const weight = (graph.edge(from, to) as { weight: number } | undefined)?.weight ?? 0;
    graph.setEdge(from, to, { weight: weight + 1 });
  }
  dagre.layout(graph);
  return nodes.map((node) => {
    // dagre gives centres; the model keeps top-left corners.
    const { x, y } = graph.node(node.id);
    const at = { x: snapToGrid(x - node.size.width / 2), y: snapToGrid(y - node.size.height / 2) };
    return { ...node, at };
  });
}

/**
 * What the outer layout moves as one: a department in its frame, or a function on its own.
 * Each member's `at` is relative to the block's top-left corner.
 */
interface Block extends Sized {
  readonly members: readonly { readonly id: string; readonly at: Position }[];
}

/**
 * A block laid out on its own by the links inside it, then measured: by the frame that will be
 * drawn around a department, by the card of a lone function.
 */
function blockOf(
  id: string,
  functions: readonly SalesFunction[],
  links: readonly Edge[],
  sizeOf: (functionId: string) => Size,
  framed: boolean,
): Block {
  const cards = functions.map((fn) => ({ id: fn.id, size: sizeOf(fn.id) }));
  const ids = new Set(cards.map((card) => card.id));
  const placed =
    cards.length === 1
      ? cards.map((card) => ({ ...card, at: { x: 0, y: 0 } }))
      : layered(
          cards,
          links.filter((link) => ids.has(link.from) && ids.has(link.to)),
        );
  const rects = placed.map((card) => ({ ...card.at, ...card.size }));
  const outline = framed ? frameBounds(rects) : unionOf(rects);
  if (!outline) throw new Error('a layout block always holds a function');
  return {
    id,
    size: { width: outline.width, height: outline.height },
    members: placed.map((card) => ({
      id: card.id,
      at: { x: card.at.x - outline.x, y: card.at.y - outline.y },
    })),
  };
}

/**
 * The blocks laid out in whichever direction lets the whole design be shown largest in a view of
 * `view`'s shape: a chain of departments that runs off the side of a squarish window reads
 * better in rows, one above the other, than as a strip zoomed out past reading. Left to right
 * unless top to bottom shows it clearly (a tenth) larger; without a view, left to right.
 */
function outerLayout(blocks: readonly Block[], between: readonly Edge[], view?: Size) {
  const across = layered(blocks, between, 'LR');
  if (!view) return across;
  const scaleOf = (placed: typeof across) => {
    const bounds = unionOf(placed.map((block) => ({ ...block.at, ...block.size })));
    return bounds ? Math.min(view.width / bounds.width, view.height / bounds.height) : 0;
  };
  const down = layered(blocks, between, 'TB');
  return scaleOf(down) > 1.1 * scaleOf(across) ? down : across;
}

/**
 * Arranges the functions along their links, so hand-offs read like a process, and keeps each
 * department together: each is laid out on its own, left to right, then placed as one block,
 * as large as its frame (`frameBounds` around its members), among the other departments and
 * the functions without one — left to right as well, or in rows top to bottom where that suits
 * the shape of the `view` the design is shown in (outerLayout). So frames never overlap each
 * other nor a function outside them, and links between departments read along the same flow as
 * those inside. Positions are on the grid; the same project gives the same layout.
 */
export function autoLayout(
  project: Project,
  sizeOf: (functionId: string) => Size,
  view?: Size,
): { id: string; position: Position }[] {
  const departments = new Set(project.groups.map((group) => group.id));
  const blockIdOf = new Map<string, string>();
  const functionsOf = new Map<string, SalesFunction[]>();
  for (const fn of project.functions) {
    const blockId =
      fn.groupId !== undefined && departments.has(fn.groupId)
        ? `department:${fn.groupId}`
        : `function:${fn.id}`;
    blockIdOf.set(fn.id, blockId);
    const together = functionsOf.get(blockId);
    if (together) together.push(fn);
    else functionsOf.set(blockId, [fn]);
  }
  const links = project.links.map((link) => ({ ...link, labelWidth: linkLabelWidth(link) }));
  const blocks = [...functionsOf].map(([id, functions]) =>
    blockOf(id, functions, links, sizeOf, id.startsWith('department:')),
  );
  const between = links.flatMap((link) => {
    const from = blockIdOf.get(link.from);
    const to = blockIdOf.get(link.to);
    return from !== undefined && to !== undefined && from !== to
      ? [{ from, to, labelWidth: link.labelWidth }]
      : [];
  });

  const positions = new Map<string, Position>();
  for (const block of outerLayout(blocks, between, view)) {
    for (const member of block.members) {
      positions.set(member.id, { x: block.at.x + member.at.x, y: block.at.y + member.at.y });
    }
  }
  return project.functions.flatMap((fn) => {
    const position = positions.get(fn.id);
    return position ? [{ id: fn.id, position }] : [];
  });
}
