import {
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
  useStoreApi,
} from '@xyflow/react';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type DragEvent,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { setFunctionPositions } from '../../shared/model';
import { linkFunctions } from './link-functions';
import { useCardsClearAfterLargeType } from './large-type';
import { useEditor, useT, useWorkbenchState } from '../state/workbench-context';
import { cardSizes, PALETTE_DRAG_TYPE, isFunctionTypeId } from './add-function';
import { onDemand } from '../ui-kit/lazy';
import { largeNames, type Selection, type WorkbenchStore } from '../state/store';
import { KEYBOARD_MOVES } from '../state/editor';
import { flowAriaLabels } from './accessible-names';
import {
  buildEdges,
  EMPTY_VIEW,
  isGroupNodeId,
  reconcileNodes,
  snappedPositions,
  viewAfterChanges,
  type CanvasNode,
  type CanvasView,
} from './flow-elements';
import { useCardIconImages } from './card-icons';
import { CanvasPrefsProvider } from './canvas-prefs';
import { FunctionNode } from './function-node';
import { GRID_SIZE } from '../../shared/layout/grid';
import { GroupNode } from './group-node';
import {
  DifferenceMarks,
  DifferencesBanner,
  ghostsOf,
  GhostNode,
  useCanvasDifferences,
} from './differences';
import { LinkEdge } from './link-edge';
import { LinkLabels } from './link-labels';
import { ModifierKeys } from './modifier-keys';
import {
  BLOCK_GEOMETRY,
  OpeningZoomProvider,
  useOpeningZoom,
  opensInLowDetail,
} from './low-detail';
import { FIT_CLEAR_OF_NOTICES, FIT_VIEW_OPTIONS } from './view-fit';
import './canvas.css';

const nodeTypes: NodeTypes = {
  function: FunctionNode,
  'group-frame': GroupNode,
  ghost: GhostNode,
};
const edgeTypes: EdgeTypes = { link: LinkEdge };
/**
 * Props React Flow copies into its store whenever they are new objects: made once, so that a
 * render of the canvas (every step of a drag) updates its store once, for the nodes, and not
 * once more for each of these — every update runs the selectors of every card and link.
 */
const SNAP_GRID: [number, number] = [GRID_SIZE, GRID_SIZE];
const MIN_ZOOM = 0.1;
const FIRST_FIT = { ...FIT_VIEW_OPTIONS, minZoom: MIN_ZOOM } as const;
const PRO_OPTIONS = { hideAttribution: true } as const;
const loadDrop = onDemand(() => import('./drop-function'));

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, index) => id === b[index]);
}

/**
 * False until the browser is first idle after the canvas mounted. The overview map waits for
 * it: it draws every card once more and follows every change of React Flow's store, work the
 * first frame of a large design can do without.
 */
function useFirstIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const id = requestIdleCallback(() => setIdle(true), { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, []);
  return idle;
}

/**
 * Says `message` in React Flow's live region, where it announces a card moved by the arrow keys:
 * what the canvas did that the user did not ask for in so many words (a drop pushed clear).
 */
function LiveMessage({ message }: { readonly message: { readonly text: string } | undefined }) {
  const flow = useStoreApi();
  useEffect(() => {
    if (message) flow.setState({ ariaLiveMessage: message.text });
  }, [flow, message]);
  return null;
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
 * Applies React Flow's selection changes of cards to the store's selection (the store owns
 * it; the inspector follows).
 */
function selectCards(store: WorkbenchStore, changes: readonly NodeChange<CanvasNode>[]): void {
  const picks = changes.filter((c) => c.type === 'select' && !isGroupNodeId(c.id));
  if (picks.length === 0) return;
  const functionIds = new Set(store.getState().selection.functionIds);
  for (const pick of picks) {
    if (pick.type !== 'select') continue;
    if (pick.selected) functionIds.add(pick.id);
    else functionIds.delete(pick.id);
  }
  const order = store.getState().project.functions.map((fn) => fn.id);
  selectFromCanvas(store, { functionIds: order.filter((id) => functionIds.has(id)) });
}

/**
 * Writes held positions to the document, snapped to the grid, as one undo step (a drop by the
 * pointer goes through placeDropped, which also keeps it clear of the departments).
 */
function place(store: WorkbenchStore, held: CanvasView['held']): void {
  store.getState().edit((doc) => setFunctionPositions(doc, snappedPositions(held)));
}

/** A right-click on the canvas: where, and on what (the editor's context menu offers the rest). */
export interface ContextMenuRequest {
  readonly x: number;
  readonly y: number;
  readonly target: 'function' | 'link' | 'canvas';
  /** The canvas on screen: the menu opens inside it, not over the panels beside it. */
  readonly area: DOMRectReadOnly | undefined;
}

function menuRequest(
  event: { readonly clientX: number; readonly clientY: number },
  target: ContextMenuRequest['target'],
  canvas: HTMLElement | null,
): ContextMenuRequest {
  return { x: event.clientX, y: event.clientY, target, area: canvas?.getBoundingClientRect() };
}

/**
 * The design canvas. The document owns where every card is; while the pointer drags cards,
 * the positions React Flow reports for them are held by the canvas (smooth, no document change
 * per frame), and the drop writes them to the document as one undo step (see CanvasView).
 */
export function DesignCanvas(props: {
  onInit: (flow: ReactFlowInstance) => void;
  onContextMenu: (request: ContextMenuRequest) => void;
  /** Drawn over the canvas (the first-run hint): owned by a room above the canvas. */
  overlay?: ReactNode;
}) {
  const t = useT();
  const editor = useEditor();
  const { store } = editor;
  const project = useWorkbenchState((s) => s.project);
  const selection = useWorkbenchState((s) => s.selection);
  const detail = useWorkbenchState((s) => s.detail);
  const theme = useWorkbenchState((s) => s.theme);
  // Read-only (another tab edits the project): cards can be selected, not moved or linked.
  const readOnly = useWorkbenchState((s) => s.openElsewhere);
  const large = useWorkbenchState(largeNames);
  const prefs = useMemo(() => ({ t, readOnly, large }), [t, readOnly, large]);
  const ariaLabels = useMemo(() => flowAriaLabels(t), [t]);
  const icons = useCardIconImages();
  const root = useRef<HTMLElement>(null);
  const openingZoom = useOpeningZoom(root, project.functions, detail, FIRST_FIT);
  const [view, setView] = useState<CanvasView>(EMPTY_VIEW);
  const differences = useCanvasDifferences();
  // Cards that open as blocks have a size known before they are drawn (see BLOCK_GEOMETRY).
  const unmeasured = opensInLowDetail(openingZoom, large) ? BLOCK_GEOMETRY[detail] : undefined;
  const nodes = useMemo(
    () => reconcileNodes(project, selection, detail, view, unmeasured),
    [project, selection, detail, view, unmeasured],
  );
  // Removed functions (differences overlay) are drawn as ghosts: not in the document, not editable.
  const ghosts = useMemo(() => ghostsOf(differences, detail), [differences, detail]);
  const drawn = useMemo(() => (ghosts.length > 0 ? [...ghosts, ...nodes] : nodes), [ghosts, nodes]);
  // Change handlers run between renders; they read the latest view and nodes from here.
  const latest = useRef({ view, nodes: new Map<string, CanvasNode>() });
  useEffect(() => {
    latest.current.nodes = new Map(nodes.map((node) => [node.id, node]));
  }, [nodes]);
  const pointerDrag = useRef(false);
  const flow = useRef<ReactFlowInstance | undefined>(undefined);
  // A new object for each message: the same words said twice are announced twice.
  const [liveMessage, setLiveMessage] = useState<{ readonly text: string }>();

  const edges = useMemo(() => buildEdges(project.links, selection), [project.links, selection]);

  const updateView = useCallback((next: CanvasView) => {
    latest.current.view = next;
    setView(next);
  }, []);
  const measuredNow = useCallback(() => latest.current.view.measured, []);
  const measuredAgain = useCardsClearAfterLargeType(store, measuredNow);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const before = latest.current.view;
      const next = viewAfterChanges(
        before,
        changes,
        latest.current.nodes,
        store.getState().project,
      );
      if (!pointerDrag.current && next.held.size > 0) {
        // A move outside a pointer drag (React Flow's arrow keys on a focused card) is final;
        // a run of them is one undo step, as with the arrow-key commands.
        editor.mergingEdits(KEYBOARD_MOVES, () => place(store, next.held));
        updateView({ ...next, held: EMPTY_VIEW.held });
      } else if (next !== before) {
        updateView(next);
      }
      if (next.measured !== before.measured) measuredAgain(next.measured);
      selectCards(store, changes);
    },
    [editor, store, updateView, measuredAgain],
  );

  // The minimap redraws every card on every move; it steps aside while cards are dragged, and
  // comes once the cards are shown.
  const [dragging, setDragging] = useState(false);
  const idle = useFirstIdle();
  const onDragStart = useCallback(() => {
    pointerDrag.current = true;
    setDragging(true);
  }, []);
  const onDragStop = useCallback(() => {
    pointerDrag.current = false;
    setDragging(false);
    const { held } = latest.current.view;
    if (held.size === 0) return;
    const sizeOf = flow.current && cardSizes(flow.current, store.getState().detail);
    // The document takes the positions before the canvas lets go of them, so no frame shows the
    // cards back where they were (while the drop's code loads, they stay where they were dropped).
    const release = () => updateView({ ...latest.current.view, held: EMPTY_VIEW.held });
    void loadDrop()
      .then(({ placeDropped }) =>
        placeDropped(store, held, sizeOf, (text) => setLiveMessage({ text })),
      )
      .catch((error: unknown) => {
        console.error(error);
        place(store, held);
      })
      .finally(release);
  }, [store, updateView]);

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
      linkFunctions(store, connection.source, connection.target);
    },
    [store],
  );

  const { onContextMenu, onInit } = props;
  const onFlowInit = useCallback(
    (instance: ReactFlowInstance<CanvasNode>) => {
      flow.current = instance as unknown as ReactFlowInstance;
      onInit(instance as unknown as ReactFlowInstance);
    },
    [onInit],
  );
  const onNodeContextMenu = useCallback(
    (event: MouseEvent, node: CanvasNode) => {
      event.preventDefault();
      if (node.type !== 'function') return;
      if (!store.getState().selection.functionIds.includes(node.id)) {
        selectFromCanvas(store, { functionIds: [node.id], linkIds: [] });
      }
      onContextMenu(menuRequest(event, 'function', root.current));
    },
    [store, onContextMenu],
  );
  const onEdgeContextMenu = useCallback(
    (event: MouseEvent, edge: Edge) => {
      event.preventDefault();
      selectFromCanvas(store, { functionIds: [], linkIds: [edge.id] });
      onContextMenu(menuRequest(event, 'link', root.current));
    },
    [store, onContextMenu],
  );
  const onPaneContextMenu = useCallback(
    (event: MouseEvent | globalThis.MouseEvent) => {
      event.preventDefault();
      onContextMenu(menuRequest(event, 'canvas', root.current));
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
      const on = flow.current;
      const position = on.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      void loadDrop()
        .then(({ addFunctionDropped }) =>
          addFunctionDropped(editor, on, typeId, position, (text) => setLiveMessage({ text })),
        )
        .catch((error: unknown) => console.error(error));
    },
    [editor],
  );

  return (
    <main
      ref={root}
      className={readOnly ? 'canvas read-only' : 'canvas'}
      aria-label={t('canvas.label')}
      data-testid="canvas"
      style={icons.style}
      // Focusable by script only: the focus lands here when the last focused card is deleted.
      tabIndex={-1}
      onDragOver={onDragOver}
      onDrop={onDrop}
    >
      {icons.style && (
        <DifferenceMarks differences={differences}>
          <CanvasPrefsProvider value={prefs}>
            <OpeningZoomProvider value={openingZoom}>
              <ReactFlow<CanvasNode>
                nodes={drawn}
                edges={edges}
                nodeTypes={nodeTypes}
                edgeTypes={edgeTypes}
                onNodesChange={onNodesChange}
                onNodeDragStart={onDragStart}
                onNodeDragStop={onDragStop}
                onSelectionDragStart={onDragStart}
                onSelectionDragStop={onDragStop}
                onEdgesChange={onEdgesChange}
                onConnect={onConnect}
                nodesDraggable={!readOnly}
                nodesConnectable={!readOnly}
                onNodeContextMenu={onNodeContextMenu}
                onEdgeContextMenu={onEdgeContextMenu}
                onPaneContextMenu={onPaneContextMenu}
                onInit={onFlowInit}
                colorMode={theme === 'light' ? 'light' : 'dark'}
                snapToGrid
                snapGrid={SNAP_GRID}
                deleteKeyCode={null}
                selectionKeyCode="Shift"
                multiSelectionKeyCode={null}
                zoomActivationKeyCode={null}
                selectionOnDrag={false}
                elevateNodesOnSelect={false}
                minZoom={MIN_ZOOM}
                maxZoom={2.5}
                fitView
                fitViewOptions={FIT_CLEAR_OF_NOTICES}
                proOptions={PRO_OPTIONS}
                ariaLabelConfig={ariaLabels}
              >
                <ModifierKeys />
                <LinkLabels />
                <LiveMessage message={liveMessage} />
                <Background variant={BackgroundVariant.Dots} gap={GRID_SIZE} size={1.5} />
                {project.functions.length > 0 && !dragging && idle && (
                  <MiniMap
                    pannable
                    zoomable
                    ariaLabel={null}
                    nodeBorderRadius={8}
                    style={{ width: 150, height: 100 }}
                  />
                )}
                <Controls showInteractive={false} fitViewOptions={FIT_CLEAR_OF_NOTICES} />
              </ReactFlow>
            </OpeningZoomProvider>
          </CanvasPrefsProvider>
        </DifferenceMarks>
      )}
      {icons.source}
      {project.functions.length === 0 && (
        <p className="canvas-empty">{t(readOnly ? 'canvas.emptyReadOnly' : 'canvas.dropHint')}</p>
      )}
      {/* The notices over the canvas's top edge, stacked so that each reads. */}
      <div className="canvas-notices">
        <DifferencesBanner differences={differences} />
        {props.overlay}
      </div>
    </main>
  );
}
