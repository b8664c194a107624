import type { ReactFlowInstance } from '@xyflow/react';
import { autoLayout } from '../../shared/layout/auto-layout';
import type { Size } from '../../shared/layout/rect';
import { setFunctionPositions } from '../../shared/model';
import type { Editor } from '../state/editor';
import { sizeOf } from './flow-elements';
import { FIT_VIEW_OPTIONS, paneBox } from './view-fit';

/**
 * Arrange and the fit of the view that leaves the notices over the canvas clear: loaded on
 * demand (loadArrange), as neither is needed by the first screen (dagre least of all).
 */

/** Room kept between the notices over the canvas's top edge and the first card below, in px. */
const BELOW_NOTICES = 12;

/**
 * How far down the canvas the notices over its top edge reach (the first-steps hint, the
 * differences banner), with room below them, in px; 0 while none is shown.
 */
function noticesDepth(pane: DOMRect): number {
  const notices = document.querySelector('.canvas-notices')?.getBoundingClientRect();
  return notices && notices.height > 0 ? Math.ceil(notices.bottom - pane.top + BELOW_NOTICES) : 0;
}

/**
 * The part of the canvas an arrangement is shaped for, in px: below the notices, where the
 * view fitted afterwards shows it (fitWholeDesign).
 */
function arrangeArea(): Size | undefined {
  const pane = paneBox();
  if (!pane || pane.width <= 0 || pane.height <= 0) return undefined;
  return { width: pane.width, height: Math.max(pane.height / 2, pane.height - noticesDepth(pane)) };
}

/**
 * The padding of a fit that leaves the notices over the canvas's top edge clear of cards: the
 * usual room, and at the top at least down to below the notices shown now.
 */
function paddingClearOfNotices() {
  const { padding } = FIT_VIEW_OPTIONS;
  const pane = paneBox();
  const depth = pane ? noticesDepth(pane) : 0;
  if (!pane || depth === 0) return padding;
  // React Flow's own padding in px for a share of the pane (see its parsePadding).
  const usual = Math.floor((pane.height - pane.height / (1 + padding)) / 2);
  return {
    top: `${Math.max(usual, depth)}px` as const,
    bottom: padding,
    left: padding,
    right: padding,
  };
}

/** Fits the view to the whole design (see FIT_VIEW_OPTIONS), the notices over it kept clear. */
export function fitWholeDesign(flow: ReactFlowInstance | undefined, duration: number): void {
  void flow?.fitView({ ...FIT_VIEW_OPTIONS, padding: paddingClearOfNotices(), duration });
}

/**
 * Arranges the design along its links (autoLayout), shaped for the canvas below its notices,
 * as one undo step, and fits the view to it once the cards have moved.
 */
export function arrange({ store, flow }: Editor): void {
  const detail = store.getState().detail;
  const cardSize = (id: string) => {
    const node = flow?.getNode(id);
    return sizeOf(node ?? { id, position: { x: 0, y: 0 }, data: {} }, detail);
  };
  store
    .getState()
    .edit((project) => setFunctionPositions(project, autoLayout(project, cardSize, arrangeArea())));
  window.requestAnimationFrame(() => fitWholeDesign(flow, 300));
}
