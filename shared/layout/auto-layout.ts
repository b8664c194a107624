import dagre from '@dagrejs/dagre';
import type { Position, Project, SalesFunction } from '../model';
import { GRID_SIZE, snapToGrid, snapUpToGrid } from './grid';
import { frameBounds } from './group-frame';
import { linkLabelWidth } from './link-label';
import { FIT_MAX_ZOOM } from './fit';
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

/** A block with its place in the outer layout. */
type Placed = Block & { readonly at: Position };

/**
 * The columns of a left-to-right layout, left to right: the blocks of one rank share a stretch
 * of x, and ranks are apart by the rank gap, so a block that starts past the right edge of every
 * block so far starts the next column.
 */
function columnsOf(placed: readonly Placed[]): Placed[][] {
  const columns: Placed[][] = [];
  let right = -Infinity;
  for (const block of [...placed].sort((a, b) => a.at.x - b.at.x || a.at.y - b.at.y)) {
    const column = columns.at(-1);
    const end = block.at.x + block.size.width;
    if (column && block.at.x < right) {
      column.push(block);
      right = Math.max(right, end);
    } else {
      columns.push([block]);
      right = end;
    }
  }
  return columns;
}

/**
 * A left-to-right layout wrapped into rows: its columns in runs of `perRow`, each run a row of
 * its own below the one before, every other row running right to left — the chain turns at the
 * row's end like a snake, so a link from the end of one row to the start of the next goes
 * straight down instead of back across the whole row (and its cards) to the left edge.
 */
function wrapped(columns: readonly (readonly Placed[])[], perRow: number): Placed[] {
  const rows: Placed[] = [];
  let top = 0;
  for (let first = 0; first < columns.length; first += perRow) {
    const row = columns.slice(first, first + perRow).flat();
    const bounds = unionOf(row.map((block) => ({ ...block.at, ...block.size })));
    if (!bounds) continue;
    const back = (first / perRow) % 2 === 1;
    for (const block of row) {
      const x = back
        ? snapToGrid(bounds.x + bounds.width - (block.at.x + block.size.width))
        : block.at.x - bounds.x;
      rows.push({ ...block, at: { x, y: block.at.y - bounds.y + top } });
    }
    top += snapUpToGrid(bounds.height + RANK_GAP.min);
  }
  return rows;
}

/**
 * The blocks laid out in whichever way lets the whole design be shown largest in a view of
 * `view`'s shape, up to the closest a fit of the view zooms in (FIT_MAX_ZOOM): a chain that runs
 * off the side of a squarish window reads better wrapped into rows (wrapped), or top to bottom,
 * than as a strip zoomed out past reading. Left to right unless another way shows it
 * clearly (a tenth) larger; without a view, left to right.
 */
function outerLayout(blocks: readonly Block[], between: readonly Edge[], view?: Size) {
  const across = layered(blocks, between, 'LR');
  if (!view) return across;
  const scaleOf = (placed: readonly Placed[]) => {
    const bounds = unionOf(placed.map((block) => ({ ...block.at, ...block.size })));
    return bounds
      ? Math.min(FIT_MAX_ZOOM, view.width / bounds.width, view.height / bounds.height)
      : 0;
  };
  const columns = columnsOf(across);
  const others = [
    layered(blocks, between, 'TB'),
    ...columns.slice(2).map((_, index) => wrapped(columns, index + 2)),
  ];
  const best = others.reduce((a, b) => (scaleOf(b) > scaleOf(a) ? b : a));
  return scaleOf(best) > 1.1 * scaleOf(across) ? best : across;
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
