import type { ReactFlowInstance } from '@xyflow/react';
import { createFunction } from '../../shared/catalog';
import { freeSpot } from '../../shared/layout/free-spot';
import { departmentFrames } from '../../shared/layout/group-frame';
import { snapToGrid } from '../../shared/layout/grid';
import { spotNextTo } from '../../shared/layout/next-to';
import { NODE_HEIGHT_ESTIMATE, NODE_WIDTH } from '../../shared/layout/node-size';
import { unionOf, type Rect, type Size } from '../../shared/layout/rect';
import {
  addFunction,
  FUNCTION_TYPE_IDS,
  type FunctionTypeId,
  type Position,
} from '../../shared/model';
import type { Workbench } from '../state/workbench-context';
import { focusCard } from './card-focus';
import { onDemand } from '../ui-kit/lazy';
import { noticesDepth, paneBox } from './view-fit';
import { sizeOf } from './flow-elements';
import type { Detail } from '../state/store';

/** The drag-and-drop data type of a palette item: a function type id. */
export const PALETTE_DRAG_TYPE = 'application/x-ssw-function-type';

export function isFunctionTypeId(value: string): value is FunctionTypeId {
  return (FUNCTION_TYPE_IDS as readonly string[]).includes(value);
}

/**
 * Adds a function of the type at a canvas position (snapped to the grid) as one undo step,
 * selects it, opens it in the inspector and puts the keyboard focus on its card. Default texts
 * come in the language of the UI the user is working in.
 */
export function addFunctionAt(workbench: Workbench, typeId: FunctionTypeId, at: Position): string {
  const { store } = workbench;
  const { project, language } = store.getState();
  const id = crypto.randomUUID();
  const fn = createFunction({
    typeId,
    id,
    position: { x: snapToGrid(at.x), y: snapToGrid(at.y) },
    language,
    currency: project.currency,
    newId: () => crypto.randomUUID(),
  });
  store.getState().edit((doc) => addFunction(doc, fn));
  store.getState().select({ functionIds: [id], linkIds: [] });
  store.getState().showSidePanel('inspector');
  focusCard(id);
  return id;
}

/**
 * Adds a function without a drop point (palette click or Enter, command palette): next to the
 * selected card when exactly one is selected, so a process grows where the user is working;
 * otherwise on a free spot in the middle of the view. The view follows if the card lands
 * outside it, zooming out if need be so the selected card stays in sight too.
 */
export function addFunctionInPlace(
  workbench: Workbench,
  flow: ReactFlowInstance,
  typeId: FunctionTypeId,
): void {
  const { project, detail, selection } = workbench.store.getState();
  const sizes = cardSizes(flow, detail);
  const { taken, size } = roomFor(workbench, sizes);
  const selected = selection.functionIds.length === 1 ? selection.functionIds[0] : undefined;
  const besides = selected === undefined ? undefined : spotNextTo(project, selected, sizes, size);
  const pane = paneBox();
  const at = besides ?? spotInView(pane && visibleArea(flow, pane), taken, size);
  addFunctionAt(workbench, typeId, at);
  const anchor = selected === undefined ? undefined : flow.getNode(selected);
  const shown = unionOf([
    { ...at, ...size },
    ...(anchor ? [{ ...anchor.position, ...sizeOf(anchor, detail) }] : []),
  ]);
  // At once, not animated: React Flow centres a card that takes keyboard focus outside the
  // view on that card alone, and the new card takes the focus a frame or two from now (the
  // module is preloaded in idle time, so it is in by then as a rule).
  if (shown) void loadViewFollow().then(({ bringIntoView }) => bringIntoView(flow, shown, 0));
}

/** Moving the view to a new card: not needed by the first screen. */
const loadViewFollow = onDemand(() => import('./view-follow'));

/**
 * What a new card keeps clear of — the cards as drawn and the departments' frames: it joins no
 * department by itself — and the room it needs among them. The cards by function id, the frames
 * by department id, and all of them `taken`.
 */
export function roomFor(workbench: Workbench, sizes: (functionId: string) => Size) {
  const { project, detail } = workbench.store.getState();
  const cards = new Map(
    project.functions.map((fn) => [fn.id, { ...fn.position, ...sizes(fn.id) }]),
  );
  const frames = departmentFrames(project, (id) => cards.get(id));
  return {
    cards,
    frames,
    taken: [...cards.values(), ...frames.values()],
    size: newCardSize([...cards.values()], detail),
  };
}

/**
 * The room a new card is given before it is drawn: as tall as the tallest card drawn, at least
 * the estimate. How tall a card is drawn depends on the type size (large type, the projector
 * theme), the language and the detail, and the cards already drawn show all of them; a fixed
 * estimate would let a new card in large type run into the row below.
 */
function newCardSize(cards: readonly Size[], detail: Detail): Size {
  const tallest = Math.max(NODE_HEIGHT_ESTIMATE[detail], ...cards.map((card) => card.height));
  return { width: NODE_WIDTH[detail], height: tallest };
}

/** Each card's size as drawn (React Flow measures it), or its estimate before it is drawn. */
export function cardSizes(flow: ReactFlowInstance, detail: Detail): (functionId: string) => Size {
  return (id) => {
    const node = flow.getNode(id);
    return node
      ? sizeOf(node, detail)
      : { width: NODE_WIDTH[detail], height: NODE_HEIGHT_ESTIMATE[detail] };
  };
}

/**
 * The part of the canvas on screen that is not under its notices (at most its top half), in
 * canvas units.
 */
export function visibleArea(flow: ReactFlowInstance, pane: DOMRect): Rect {
  const top = pane.top + Math.min(noticesDepth(pane), pane.height / 2);
  const topLeft = flow.screenToFlowPosition({ x: pane.left, y: top });
  const bottomRight = flow.screenToFlowPosition({ x: pane.right, y: pane.bottom });
  return { ...topLeft, width: bottomRight.x - topLeft.x, height: bottomRight.y - topLeft.y };
}

/** A free spot for a new card in the middle of the visible canvas, clear of the cards drawn. */
function spotInView(visible: Rect | undefined, cards: readonly Rect[], size: Size): Position {
  const centre = visible
    ? { x: visible.x + visible.width / 2, y: visible.y + visible.height / 2 }
    : { x: 0, y: 0 };
  return freeSpot({ x: centre.x - size.width / 2, y: centre.y - size.height / 2 }, cards, size);
}
