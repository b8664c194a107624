import { MarkerType, type Edge, type Node } from '@xyflow/react';
import type { Link, Project, SalesFunction } from '../../shared/model';
import type { Selection } from '../state/store';
import type { FunctionNodeType } from './function-node';
import type { GroupNodeType } from './group-node';
import type { LinkEdgeType } from './link-edge';
import { NODE_HEIGHT_ESTIMATE, NODE_WIDTH } from '../../shared/layout/node-size';

export type CanvasNode = FunctionNodeType | GroupNodeType;

/** Space between a group's frame and its functions; room for its name above. */
const GROUP_PADDING = { side: 24, top: 40, bottom: 24 };

export const groupNodeId = (groupId: string) => `group:${groupId}`;
export const isGroupNodeId = (id: string) => id.startsWith('group:');
export const groupIdOf = (nodeId: string) => nodeId.slice('group:'.length);

export interface Size {
  readonly width: number;
  readonly height: number;
}

/** Which version of a function each node object was drawn from. */
const drawnFrom = new WeakMap<CanvasNode, SalesFunction>();

/**
 * The nodes for React Flow from the document. A node object is reused while its function, its
 * selection and the detail level are unchanged, so React Flow and the memoised cards skip it.
 * A node React Flow moved or measured keeps that until its function changes in the document.
 */
export function reconcileNodes(
  previous: readonly CanvasNode[],
  project: Project,
  selection: Selection,
  detail: 'compact' | 'detailed',
): CanvasNode[] {
  const selected = new Set(selection.functionIds);
  const before = new Map(previous.map((node) => [node.id, node]));
  const width = NODE_WIDTH[detail];
  const functionNodes = project.functions.map((fn): FunctionNodeType => {
    const old = before.get(fn.id);
    const isSelected = selected.has(fn.id);
    if (old?.type === 'function' && drawnFrom.get(old) === fn && old.width === width) {
      if (old.selected === isSelected) return old;
      const reselected = { ...old, selected: isSelected };
      drawnFrom.set(reselected, fn);
      return reselected;
    }
    const node: FunctionNodeType = {
      id: fn.id,
      type: 'function',
      position: fn.position,
      data: old?.type === 'function' ? old.data : { functionId: fn.id },
      selected: isSelected,
      width,
      // Keeping the measured size avoids a hidden, re-measured card on every edit.
      measured: old?.width === width ? old.measured : undefined,
      zIndex: 1,
    };
    drawnFrom.set(node, fn);
    return node;
  });
  const sizes = new Map(functionNodes.map((n) => [n.id, sizeOf(n, detail)] as const));
  return [...groupFrames(project, sizes, previous), ...functionNodes];
}

export function sizeOf(node: Node, detail: 'compact' | 'detailed'): Size {
  return {
    width: node.measured?.width ?? node.width ?? NODE_WIDTH[detail],
    height: node.measured?.height ?? NODE_HEIGHT_ESTIMATE[detail],
  };
}

/** Each group as a frame around its members' current bounds; groups without members hide. */
function groupFrames(
  project: Project,
  sizes: ReadonlyMap<string, Size>,
  previous: readonly CanvasNode[],
): GroupNodeType[] {
  const wasSelected = new Set(previous.filter((n) => n.selected).map((n) => n.id));
  const before = new Map(previous.map((node) => [node.id, node]));
  return project.groups.flatMap((group): GroupNodeType[] => {
    const members = project.functions.filter((fn) => fn.groupId === group.id);
    if (members.length === 0) return [];
    const left = Math.min(...members.map((fn) => fn.position.x)) - GROUP_PADDING.side;
    const top = Math.min(...members.map((fn) => fn.position.y)) - GROUP_PADDING.top;
    const right = Math.max(...members.map((fn) => fn.position.x + (sizes.get(fn.id)?.width ?? 0)));
    const bottom = Math.max(
      ...members.map((fn) => fn.position.y + (sizes.get(fn.id)?.height ?? 0)),
    );
    const id = groupNodeId(group.id);
    const frame: GroupNodeType = {
      id,
      type: 'group-frame',
      position: { x: left, y: top },
      data: { groupId: group.id },
      width: right - left + GROUP_PADDING.side,
      height: bottom - top + GROUP_PADDING.bottom,
      selected: wasSelected.has(id),
      zIndex: 0,
      selectable: true,
    };
    // An unchanged frame keeps its object, so React Flow skips it while a card elsewhere moves.
    const old = before.get(id);
    return [old?.type === 'group-frame' && sameFrame(old, frame) ? old : frame];
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
