import { MarkerType, type Edge, type Node, type NodeChange, type XYPosition } from '@xyflow/react';
import type { Group, Link, Project } from '../../shared/model';
import type { Selection } from '../state/store';
import type { FunctionNodeType } from './function-node';
import type { GroupNodeType } from './group-node';
import type { GhostNodeType } from './differences';
import type { BlockGeometry } from './low-detail';
import type { LinkEdgeType } from './link-edge';
import { departmentFrames } from '../../shared/layout/group-frame';
import { snapToGrid } from '../../shared/layout/grid';
import { NODE_HEIGHT_ESTIMATE, NODE_WIDTH } from '../../shared/layout/node-size';

export type CanvasNode = FunctionNodeType | GroupNodeType | GhostNodeType;

export const groupNodeId = (groupId: string) => `group:${groupId}`;
export const isGroupNodeId = (id: string) => id.startsWith('group:');
export const groupIdOf = (nodeId: string) => nodeId.slice('group:'.length);

export interface Size {
  readonly width: number;
  readonly height: number;
}

/**
 * What the canvas holds beyond the document. The rule for positions: the document owns every
 * node's position, except while the pointer drags nodes: from the first move to the drop, the
 * positions React Flow reports for them are held here, and the drop writes them to the
 * document (one undo step) and lets go of them.
 */
export interface CanvasView {
  /** Positions of the nodes a drag in progress moves. */
  readonly held: ReadonlyMap<string, XYPosition>;
  /** Sizes React Flow measured; kept so an edit does not hide and re-measure a card. */
  readonly measured: ReadonlyMap<string, Size>;
  /** Selected department frames (the store's selection holds functions and links). */
  readonly selectedFrames: ReadonlySet<string>;
}

export const EMPTY_VIEW: CanvasView = {
  held: new Map(),
  measured: new Map(),
  selectedFrames: new Set(),
};

/** Held positions as the document takes them: snapped to the grid. */
export function snappedPositions(held: CanvasView['held']) {
  return [...held].map(([id, at]) => ({
    id,
    position: { x: snapToGrid(at.x), y: snapToGrid(at.y) },
  }));
}

/**
 * The view after React Flow's changes. Position changes of a department frame move its
 * functions by the same distance (the frame is drawn around them, so it follows); a function
 * moved in its own right as well is not moved twice.
 */
export function viewAfterChanges(
  view: CanvasView,
  changes: readonly NodeChange<CanvasNode>[],
  drawn: ReadonlyMap<string, CanvasNode>,
  project: Project,
): CanvasView {
  let held: Map<string, XYPosition> | undefined;
  let measured: Map<string, Size> | undefined;
  let selectedFrames: Set<string> | undefined;
  const movedItself = new Set(
    changes.flatMap((c) => (c.type === 'position' && !isGroupNodeId(c.id) ? [c.id] : [])),
  );
  for (const change of changes) {
    if (change.type === 'select' && isGroupNodeId(change.id)) {
      selectedFrames ??= new Set(view.selectedFrames);
      if (change.selected) selectedFrames.add(change.id);
      else selectedFrames.delete(change.id);
    } else if (change.type === 'dimensions' && change.dimensions) {
      measured ??= new Map(view.measured);
      measured.set(change.id, change.dimensions);
    } else if (change.type === 'position' && change.position) {
      held ??= new Map(view.held);
      if (!isGroupNodeId(change.id)) {
        held.set(change.id, change.position);
        continue;
      }
      const frame = drawn.get(change.id);
      if (!frame) continue;
      const dx = change.position.x - frame.position.x;
      const dy = change.position.y - frame.position.y;
      const groupId = groupIdOf(change.id);
      for (const fn of project.functions) {
        if (fn.groupId !== groupId || movedItself.has(fn.id)) continue;
        const at = held.get(fn.id) ?? fn.position;
        held.set(fn.id, { x: at.x + dx, y: at.y + dy });
      }
    }
  }
  return held || measured || selectedFrames
    ? {
        held: held ?? view.held,
        measured: measured ?? view.measured,
        selectedFrames: selectedFrames ?? view.selectedFrames,
      }
    : view;
}

/** The last node drawn for each function, by id, with the size it was drawn with. */
let drawnNodes: ReadonlyMap<
  string,
  { readonly node: FunctionNodeType; readonly measured: Size | undefined }
> = new Map();
/** The last list handed to React Flow. */
let drawnList: CanvasNode[] = [];

/**
 * Equal places, whichever objects hold them: a design put in place of another (a scenario
 * switch, an undo across one, a restored version) may hold an unmoved card's position in an
 * object of its own.
 */
export function samePosition(a: XYPosition, b: XYPosition): boolean {
  return a === b || (a.x === b.x && a.y === b.y);
}

/**
 * The nodes for React Flow: the document's functions at their positions (or where a drag in
 * progress holds them) and a frame around each department. A node object is reused while its
 * position (by value), size, selection and the detail level are unchanged, so React Flow and
 * the memoised cards skip it: a drag step redraws only the dragged cards, and an edit that moves
 * nothing (a rename, a scenario switch) leaves every node as it was: only the cards whose own
 * data changed redraw, each for its own data.
 * `unmeasured`: what a card not measured yet measures, when that is known exactly (the canvas
 * opens with its cards drawn as blocks): React Flow then draws every card and link at once.
 */
export function reconcileNodes(
  project: Project,
  selection: Selection,
  detail: 'compact' | 'detailed',
  view: CanvasView,
  unmeasured?: BlockGeometry,
): CanvasNode[] {
  const selected = new Set(selection.functionIds);
  const width = NODE_WIDTH[detail];
  const drawn = new Map<string, { node: FunctionNodeType; measured: Size | undefined }>();
  const functionNodes = project.functions.map((fn): FunctionNodeType => {
    const position = view.held.get(fn.id) ?? fn.position;
    const measured = view.measured.get(fn.id) ?? unmeasured?.measured;
    const isSelected = selected.has(fn.id);
    const last = drawnNodes.get(fn.id);
    if (
      last &&
      samePosition(last.node.position, position) &&
      last.measured === measured &&
      last.node.width === width &&
      last.node.selected === isSelected
    ) {
      drawn.set(fn.id, last);
      return last.node;
    }
    const node: FunctionNodeType = {
      id: fn.id,
      type: 'function',
      position,
      data: last?.node.data ?? { functionId: fn.id },
      selected: isSelected,
      width,
      measured: measured?.width === width ? measured : undefined,
      // Until React Flow measures the card; after that, it keeps the handles it measured.
      ...(unmeasured && measured === unmeasured.measured ? { handles: unmeasured.handles } : {}),
      zIndex: 1,
    };
    drawn.set(fn.id, { node, measured });
    return node;
  });
  drawnNodes = drawn;
  // Cards first, so Tab reaches them before the department frames (zIndex keeps frames behind).
  const nodes = [
    ...functionNodes,
    ...groupFrames(project, functionNodes, detail, view.selectedFrames),
  ];
  // Nothing to redraw (a rename, a new KPI): the same list, so React Flow has nothing to adopt.
  if (nodes.length === drawnList.length && nodes.every((node, i) => node === drawnList[i])) {
    return drawnList;
  }
  drawnList = nodes;
  return nodes;
}

export function sizeOf(node: Node, detail: 'compact' | 'detailed'): Size {
  return {
    width: node.measured?.width ?? node.width ?? NODE_WIDTH[detail],
    height: node.measured?.height ?? NODE_HEIGHT_ESTIMATE[detail],
  };
}

const drawnFrames = new WeakMap<Group, GroupNodeType>();
const NO_HANDLES: GroupNodeType['handles'] = [];

/** Each department as a frame around its functions as drawn (one geometry with the report). */
function groupFrames(
  project: Project,
  functionNodes: readonly FunctionNodeType[],
  detail: 'compact' | 'detailed',
  selectedFrames: ReadonlySet<string>,
): GroupNodeType[] {
  const drawnAt = new Map(functionNodes.map((node) => [node.id, node]));
  const frames = departmentFrames(project, (id) => {
    const node = drawnAt.get(id);
    return node && { ...node.position, ...sizeOf(node, detail) };
  });
  return project.groups.flatMap((group): GroupNodeType[] => {
    const box = frames.get(group.id);
    if (!box) return [];
    const id = groupNodeId(group.id);
    const old = drawnFrames.get(group);
    const frame: GroupNodeType = {
      id,
      type: 'group-frame',
      position: { x: box.x, y: box.y },
      data: { groupId: group.id },
      width: box.width,
      height: box.height,
      // Drawn at exactly this size, with no handles: known, so React Flow need not measure it.
      measured: { width: box.width, height: box.height },
      handles: NO_HANDLES,
      selected: selectedFrames.has(id),
      zIndex: 0,
      selectable: true,
    };
    // An unchanged frame keeps its object, so React Flow skips it while a card elsewhere moves.
    if (old && sameFrame(old, frame)) return [old];
    drawnFrames.set(group, frame);
    return [frame];
  });
}

function sameFrame(a: GroupNodeType, b: GroupNodeType): boolean {
  return (
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.height === b.height &&
    a.selected === b.selected &&
    a.data.groupId === b.data.groupId
  );
}

const edgeCache = new WeakMap<Link, LinkEdgeType>();

export function buildEdges(links: readonly Link[], selection: Selection): Edge[] {
  const selected = new Set(selection.linkIds);
  return links.map((link) => {
    const cached = edgeCache.get(link);
    const isSelected = selected.has(link.id);
    if (cached && cached.selected === isSelected) return cached;
    const edge: LinkEdgeType = {
      id: link.id,
      source: link.from,
      target: link.to,
      type: 'link',
      data: { linkId: link.id },
      selected: isSelected,
      markerEnd: { type: MarkerType.ArrowClosed, width: 18, height: 18 },
    };
    edgeCache.set(link, edge);
    return edge;
  });
}
