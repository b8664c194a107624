import {
  applyNodeChanges,
  Background,
  BackgroundVariant,
  Controls,
  MiniMap,
  ReactFlow,
  type Connection,
  type EdgeTypes,
  type NodeChange,
  type NodeTypes,
  type Edge,
  type EdgeChange,
  type ReactFlowInstance,
} from '@xyflow/react';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type MouseEvent,
} from 'react';
import { addLink, setFunctionPositions } from '../../shared/model';
import { useT, useWorkbench, useWorkbenchState } from '../app/workbench-context';
import { addFunctionAt, PALETTE_DRAG_TYPE, isFunctionTypeId } from '../editor/add-function';
import { CONTEXT_COMMANDS, type ContextMenuRequest } from '../editor/context-menu';
import type { Selection, WorkbenchStore } from '../state/store';
import {
  buildEdges,
  groupIdOf,
  isGroupNodeId,
  reconcileNodes,
  type CanvasNode,
} from './flow-elements';
import { FunctionNode } from './function-node';
import { GRID_SIZE } from './grid';
import { GroupNode } from './group-node';
import { LinkEdge } from './link-edge';
import './canvas.css';

const nodeTypes: NodeTypes = { function: FunctionNode, 'group-frame': GroupNode };
const edgeTypes: EdgeTypes = { link: LinkEdge };

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/** Takes a selection made on the canvas into the store; the inspector follows it. */
function selectFromCanvas(store: WorkbenchStore, change: Partial<Selection>): void {
  const current = store.getState().selection;
  const next: Selection = { ...current, ...change };
  if (sameIds(current.functionIds, next.functionIds) && sameIds(current.linkIds, next.linkIds)) {
    return;
  }
  store.getState().select(next);
  if (next.functionIds.length > 0 || next.linkIds.length > 0) {
    store.getState().showSidePanel('inspector');
  }
}

/**
 * The design canvas. React Flow holds the nodes while the user drags (smooth, no document
 * change per frame); the drop writes the new positions to the document as one undo step.
 */
export function DesignCanvas(props: {
  onInit: (flow: ReactFlowInstance) => void;
  onContextMenu: (request: ContextMenuRequest) => void;
}) {
  const t = useT();
  const workbench = useWorkbench();
  const { store } = workbench;
  const project = useWorkbenchState((s) => s.project);
  const selection = useWorkbenchState((s) => s.selection);
  const detail = useWorkbenchState((s) => s.detail);
  const theme = useWorkbenchState((s) => s.theme);
  // What React Flow last told us (drag positions, measured sizes); what it draws is derived
  // from it and the document in the same render, so selection can never lag one render behind.
  const [local, setLocal] = useState<CanvasNode[]>([]);
  const nodes = useMemo(
    () => reconcileNodes(local, project, selection, detail),
    [local, project, selection, detail],
  );
  const drawn = useRef(nodes);
  useEffect(() => {
    drawn.current = nodes;
  }, [nodes]);
  const flow = useRef<ReactFlowInstance | undefined>(undefined);

  const edges = useMemo(() => buildEdges(project.links, selection), [project.links, selection]);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const current = drawn.current;
      const next = applyNodeChanges(withGroupMembers(changes, current, store), current);
      drawn.current = next;
      setLocal(next);
      // The store owns the selection; React Flow's clicks and box selections report to it.
      if (changes.some((change) => change.type === 'select')) {
        const functionIds = next
          .filter((n) => n.selected && n.type === 'function')
          .map((n) => n.id);
        selectFromCanvas(store, { functionIds });
      }
    },
    [store],
  );

  // The minimap redraws every card on every move; it steps aside while a card is dragged.
  const [dragging, setDragging] = useState(false);
  const onNodeDragStart = useCallback(() => setDragging(true), []);
  const onNodeDragStop = useCallback(() => {
    setDragging(false);
    const placed = (flow.current?.getNodes() ?? []).flatMap((node) =>
      node.type === 'function' ? [{ id: node.id, position: node.position }] : [],
    );
    // Only the functions that moved change; the whole drag is one undo step.
    store.getState().edit((doc) => setFunctionPositions(doc, placed));
  }, [store]);

  const onEdgesChange = useCallback(
    (changes: EdgeChange[]) => {
      const picks = changes.filter((c) => c.type === 'select');
      if (picks.length === 0) return;
      const linkIds = new Set(store.getState().selection.linkIds);
      for (const pick of picks) {
        if (pick.selected) linkIds.add(pick.id);
        else linkIds.delete(pick.id);
      }
      selectFromCanvas(store, { linkIds: [...linkIds] });
    },
    [store],
  );

  const onConnect = useCallback(
    (connection: Connection) => {
      if (isGroupNodeId(connection.source) || isGroupNodeId(connection.target)) return;
      const id = crypto.randomUUID();
      store.getState().edit((doc) =>
        addLink(doc, {
          id,
          from: connection.source,
          to: connection.target,
          kind: 'handoff',
          label: '',
        }),
      );
      store.getState().select({ functionIds: [], linkIds: [id] });
    },
    [store],
  );

  const { onContextMenu } = props;
  const onNodeContextMenu = useCallback(
    (event: MouseEvent, node: CanvasNode) => {
      event.preventDefault();
      if (node.type !== 'function') return;
      if (!store.getState().selection.functionIds.includes(node.id)) {
        selectFromCanvas(store, { functionIds: [node.id], linkIds: [] });
      }
      onContextMenu({ x: event.clientX, y: event.clientY, commands: CONTEXT_COMMANDS.function });
    },
    [store, onContextMenu],
  );
  const onEdgeContextMenu = useCallback(
    (event: MouseEvent, edge: Edge) => {
      event.preventDefault();
      selectFromCanvas(store, { functionIds: [], linkIds: [edge.id] });
      onContextMenu({ x: event.clientX, y: event.clientY, commands: CONTEXT_COMMANDS.link });
    },
    [store, onContextMenu],
  );
  const onPaneContextMenu = useCallback(
    (event: MouseEvent | globalThis.MouseEvent) => {
      event.preventDefault();
      onContextMenu({ x: event.clientX, y: event.clientY, commands: CONTEXT_COMMANDS.canvas });
    },
    [onContextMenu],
  );

  const onDragOver = useCallback((event: DragEvent) => {
    if (!event.dataTransfer.types.includes(PALETTE_DRAG_TYPE)) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
  }, []);

  const onDrop = useCallback(
    (event: DragEvent) => {
      const typeId = event.dataTransfer.getData(PALETTE_DRAG_TYPE);
      if (!flow.current || !isFunctionTypeId(typeId)) return;
      event.preventDefault();
      const position = flow.current.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      addFunctionAt(workbench, typeId, position);
    },
    [workbench],
  );

  return (
    <main
      className="canvas"
      aria-label={t('canvas.label')}
      data-testid="canvas"
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      <ReactFlow<CanvasNode>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onEdgesChange={onEdgesChange}
        onConnect={onConnect}
        onNodeContextMenu={onNodeContextMenu}
        onEdgeContextMenu={onEdgeContextMenu}
        onPaneContextMenu={onPaneContextMenu}
        onInit={(instance) => {
          flow.current = instance as unknown as ReactFlowInstance;
          props.onInit(instance as unknown as ReactFlowInstance);
        }}
        colorMode={theme === 'light' ? 'light' : 'dark'}
        snapToGrid
        snapGrid={[GRID_SIZE, GRID_SIZE]}
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={['Shift', 'Meta', 'Control']}
        selectionOnDrag={false}
        elevateNodesOnSelect={false}
        minZoom={0.1}
        maxZoom={2.5}
        fitView
        fitViewOptions={{ padding: 0.15, maxZoom: 1.2 }}
        proOptions={{ hideAttribution: true }}
      >
        <Background variant={BackgroundVariant.Dots} gap={GRID_SIZE} size={1.5} />
        {project.functions.length > 0 && !dragging && (
          <MiniMap
            pannable
            zoomable
            ariaLabel={null}
            nodeBorderRadius={8}
            style={{ width: 150, height: 100 }}
          />
        )}
        <Controls showInteractive={false} />
      </ReactFlow>
      {project.functions.length === 0 && <p className="canvas-empty">{t('canvas.dropHint')}</p>}
    </main>
  );
}

/**
 * Dragging a group frame drags its functions: each position change of a frame is repeated,
 * by the same distance, for the functions inside it.
 */
function withGroupMembers(
  changes: NodeChange<CanvasNode>[],
  current: readonly CanvasNode[],
  store: ReturnType<typeof useWorkbench>['store'],
): NodeChange<CanvasNode>[] {
  const extra: NodeChange<CanvasNode>[] = [];
  for (const change of changes) {
    if (change.type !== 'position' || !change.position || !isGroupNodeId(change.id)) continue;
    const frame = current.find((n) => n.id === change.id);
    if (!frame) continue;
    const dx = change.position.x - frame.position.x;
    const dy = change.position.y - frame.position.y;
    const groupId = groupIdOf(change.id);
    const members = new Set(
      store
        .getState()
        .project.functions.filter((fn) => fn.groupId === groupId)
        .map((fn) => fn.id),
    );
    for (const node of current) {
      if (!members.has(node.id)) continue;
      extra.push({
        type: 'position',
        id: node.id,
        position: { x: node.position.x + dx, y: node.position.y + dy },
        dragging: change.dragging,
      });
    }
  }
  return extra.length > 0 ? [...changes, ...extra] : changes;
}
