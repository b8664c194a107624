import {
  getViewportForBounds,
  Handle,
  Position,
  useStore,
  useStoreApi,
  type NodeHandle,
  type ReactFlowState,
} from '@xyflow/react';
import {
  createContext,
  memo,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  useSyncExternalStore,
  type Ref,
  type RefObject,
} from 'react';
import type { worstSeverity } from '../../shared/checks';
import { NODE_HEIGHT_ESTIMATE, NODE_WIDTH } from '../../shared/layout/node-size';
import { unionOf, type Size } from '../../shared/layout/rect';
import type { SalesFunction } from '../../shared/model';
import { useCanvasPrefs } from './canvas-prefs';
import { CardIcon } from './card-icons';

/**
 * Level of detail ("semantic zoom"). Below the zoom at which a card's name would be drawn
 * smaller than READABLE_PX on screen, its text, icons, figures and link handles can be neither
 * read nor used, so a card draws as a block instead: outline, status colour and shape, its name
 * in large type — far fewer elements, styles and React Flow subscribers for each of 1,000
 * cards. The name's size on a card (canvas.css): 14.5 px, 22 px in large type or the projector
 * theme, where cards stay readable further out.
 */
const READABLE_PX = 6;
const NAME_PX = { normal: 14.5, large: 22 } as const;

/**
 * The zoom the canvas will open at, worked out before React Flow draws anything: React Flow
 * fits the view only once it has measured every card, so without it the first drawing of a
 * large design would be 1,000 full cards, measured and thrown away for blocks a moment later.
 */
const OpeningZoom = createContext<number | undefined>(undefined);
export const OpeningZoomProvider = OpeningZoom.Provider;

/**
 * The zoom React Flow's first fit of the view will choose (fitView with `fit`'s padding and
 * zoom limits), from the document's positions, the sizes cards are assumed to have until
 * measured, and the size of the canvas (`pane`); undefined until the canvas is on the page.
 */
export function useOpeningZoom(
  pane: RefObject<HTMLElement | null>,
  functions: readonly Pick<SalesFunction, 'position'>[],
  detail: 'compact' | 'detailed',
  fit: { readonly padding: number; readonly minZoom: number; readonly maxZoom: number },
): number | undefined {
  const [zoom, setZoom] = useState<number>();
  const opening = useRef({ functions, detail, fit });
  useLayoutEffect(() => {
    const { functions, detail, fit } = opening.current;
    const box = pane.current?.getBoundingClientRect();
    const size = { width: NODE_WIDTH[detail], height: NODE_HEIGHT_ESTIMATE[detail] };
    const bounds = unionOf(functions.map(({ position }) => ({ ...position, ...size })));
    if (!box || !bounds) return;
    const { padding, minZoom, maxZoom } = fit;
    setZoom(getViewportForBounds(bounds, box.width, box.height, minZoom, maxZoom, padding).zoom);
  }, [pane]);
  return zoom;
}

/**
 * True when the canvas is zoomed out past the point where a card's name (`nameSize` px in
 * canvas units) is unreadable; before the first fit of the view, at the zoom it will open at.
 */
const below =
  (nameSize: number, opening: number | undefined) =>
  (state: ReactFlowState): boolean =>
    (state.fitViewQueued && opening !== undefined ? opening : state.transform[2]) * nameSize <
    READABLE_PX;

/** A boolean read from React Flow's store that tells its readers only when it flips. */
interface Flag {
  readonly subscribe: (listener: () => void) => () => void;
  readonly get: () => boolean;
}

type FlowStore = ReturnType<typeof useStoreApi>;
/**
 * By the store's own subscribe function: useStoreApi hands each component an object of its own
 * around the same store, so that object cannot tell two readers of one canvas apart.
 */
const flags = new WeakMap<FlowStore['subscribe'], Map<string, Flag>>();

/**
 * One canvas's low-detail flag for a name size and opening zoom: one subscriber to React Flow's
 * store for all its cards and links (that store runs every subscriber on each change: each step
 * of a drag, each zoom step, each measuring pass of the open; 2,500 of them here would be a
 * selector call per card and link on every one), subscribed while anyone reads it.
 */
export function lowDetailFlag(
  flow: FlowStore,
  nameSize: number,
  opening: number | undefined,
): Flag {
  let byKey = flags.get(flow.subscribe);
  if (!byKey) {
    byKey = new Map();
    flags.set(flow.subscribe, byKey);
  }
  const key = `${nameSize}/${opening ?? ''}`;
  const known = byKey.get(key);
  if (known) return known;
  const isLow = below(nameSize, opening);
  const listeners = new Set<() => void>();
  let value = false;
  let stop: (() => void) | undefined;
  const flag: Flag = {
    get: () => (stop ? value : isLow(flow.getState())),
    subscribe(listener) {
      if (!stop) {
        value = isLow(flow.getState());
        stop = flow.subscribe((state) => {
          const next = isLow(state);
          if (next === value) return;
          value = next;
          for (const notify of [...listeners]) notify();
        });
      }
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        stop?.();
        stop = undefined;
      };
    },
  };
  byKey.set(key, flag);
  return flag;
}

/**
 * Whether cards draw in low detail: a card or link re-renders once when the zoom crosses the
 * threshold, not on every zoom step.
 */
export function useLowDetail(): boolean {
  const { large } = useCanvasPrefs();
  const opening = useContext(OpeningZoom);
  const flag = lowDetailFlag(useStoreApi(), NAME_PX[large ? 'large' : 'normal'], opening);
  return useSyncExternalStore(flag.subscribe, flag.get);
}

/**
 * Whether the canvas opens with its cards in low detail (`opening`: see useOpeningZoom; `large`:
 * the canvas's largeNames, which cards read from its prefs).
 */
export function opensInLowDetail(opening: number | undefined, large: boolean): boolean {
  return opening !== undefined && opening * NAME_PX[large ? 'large' : 'normal'] < READABLE_PX;
}

/**
 * What React Flow would measure of a block never measured (so drawn at the height layouts
 * assume, see useHeightWhenDrawn): its size, and its two handles (6 px, centred on its top edge;
 * React Flow's stylesheet). Handed to React Flow with the node, it draws the card at once, links
 * included, instead of hiding it until a ResizeObserver pass has measured all 1,000 cards and
 * then drawing them all again. A block grows no other way: its size is set in its style.
 */
export interface BlockGeometry {
  readonly measured: Size;
  readonly handles: NodeHandle[];
}

const HANDLE_PX = 6;

function blockGeometryOf(detail: 'compact' | 'detailed'): BlockGeometry {
  const measured = { width: NODE_WIDTH[detail], height: NODE_HEIGHT_ESTIMATE[detail] };
  const at = { x: (measured.width - HANDLE_PX) / 2, y: -HANDLE_PX / 2 };
  const size = { width: HANDLE_PX, height: HANDLE_PX };
  return {
    measured,
    handles: [
      { id: 'in', type: 'target', position: Position.Top, ...at, ...size },
      { id: Position.Top, type: 'source', position: Position.Top, ...at, ...size },
    ],
  };
}

/** One object per detail level: reconcileNodes keeps a node while its size is the same object. */
export const BLOCK_GEOMETRY = {
  compact: blockGeometryOf('compact'),
  detailed: blockGeometryOf('detailed'),
} as const;

/** A department's name on screen, in px, while cards draw in low detail. */
const FRAME_NAME_PX = 13;

/**
 * The size of a department frame's name, in canvas units: undefined (its own size) while cards
 * draw in full; in low detail, as large as it takes to stay readable on screen, in steps of 4,
 * so that a zoom re-renders the few frames only when their names grow by a step.
 */
export function useFrameNameSize(): number | undefined {
  const low = useLowDetail();
  return useStore((state) =>
    low ? Math.ceil(FRAME_NAME_PX / state.transform[2] / 4) * 4 : undefined,
  );
}

/**
 * The height React Flow measured for a node, read once when the block is first drawn: the block
 * keeps the full card's height, so links, frames and the fitted view stay where they were when
 * the zoom crosses the threshold. A card never measured (added while zoomed out, or opened
 * zoomed out) takes the height layouts assume for it. Read, not subscribed to: one subscriber
 * fewer per card on every change of React Flow's store (each step of a drag).
 */
export function useHeightWhenDrawn(id: string, detail: 'compact' | 'detailed'): number {
  const flow = useStoreApi();
  const [height] = useState(
    () => flow.getState().nodeLookup.get(id)?.measured.height ?? NODE_HEIGHT_ESTIMATE[detail],
  );
  return height;
}

/**
 * A card in low detail. It keeps what the full card gives everyone who does not look at its
 * text: the test id, its name as text (so it is still found by it), the status as a shape with
 * its spoken name, the selection and difference marks as classes, drawn thicker (canvas.css) —
 * the difference badge's text is unreadable here, its shape is not. One hidden handle of each
 * kind stays: React Flow draws a link only between nodes that have one; no link starts here.
 */
function LowDetailCardView({
  ref,
  functionId,
  name,
  severity,
  severityName,
  detail,
  width,
  className,
}: {
  readonly ref: Ref<HTMLDivElement>;
  readonly functionId: string;
  readonly name: string;
  readonly severity: ReturnType<typeof worstSeverity>;
  readonly severityName: string;
  readonly detail: 'compact' | 'detailed';
  readonly width: number;
  readonly className: string;
}) {
  const height = useHeightWhenDrawn(functionId, detail);
  return (
    <div
      ref={ref}
      className={`${className} low-detail severity-${severity}`}
      style={{ width, height }}
      data-testid="function-node"
      data-function-id={functionId}
    >
      <span
        className={`status-mark severity-${severity}`}
        title={severityName}
        aria-label={severityName}
        role="img"
      >
        <CardIcon icon={`status-${severity}`} size={40} />
      </span>
      <span className="function-node-name low-detail-name">{name}</span>
      <Handle
        type="target"
        id="in"
        position={Position.Top}
        isConnectable={false}
        className="low-detail-handle"
      />
      <Handle
        type="source"
        id={Position.Top}
        position={Position.Top}
        isConnectable={false}
        className="low-detail-handle"
      />
    </div>
  );
}

export const LowDetailCard = memo(LowDetailCardView);
