import type { FitViewOptions, ReactFlowInstance } from '@xyflow/react';
import { FIT_MAX_ZOOM } from '../../shared/layout/fit';
import type { Size } from '../../shared/layout/rect';

/**
 * How the app fits the view to the design on its own (opening a design, Fit view, after
 * Arrange, the zoom controls' fit button): never closer than FIT_MAX_ZOOM, with room around.
 */
export const FIT_VIEW_OPTIONS = { padding: 0.15, maxZoom: FIT_MAX_ZOOM } as const;

/** Room kept between the notices over the canvas's top edge and the first card below, in px. */
const BELOW_NOTICES = 12;

/** The canvas's box on screen, in px; undefined while it is not on the page. */
export function paneBox(): DOMRect | undefined {
  return document.querySelector('.react-flow')?.getBoundingClientRect();
}

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
export function arrangeArea(): Size | undefined {
  const pane = paneBox();
  if (!pane || pane.width <= 0 || pane.height <= 0) return undefined;
  return { width: pane.width, height: Math.max(pane.height / 2, pane.height - noticesDepth(pane)) };
}

/**
 * The padding of a fit that leaves the notices over the canvas's top edge clear of cards: the
 * usual room, and at the top at least down to below the notices shown now.
 */
function paddingClearOfNotices(): FitViewOptions['padding'] {
  const { padding } = FIT_VIEW_OPTIONS;
  const pane = paneBox();
  const depth = pane ? noticesDepth(pane) : 0;
  if (!pane || depth === 0) return padding;
  // React Flow's own padding in px for a share of the pane (see its parsePadding).
  const usual = Math.floor((pane.height - pane.height / (1 + padding)) / 2);
  return { top: `${Math.max(usual, depth)}px`, bottom: padding, left: padding, right: padding };
}

/** Fits the view to the whole design (see FIT_VIEW_OPTIONS), the notices over it kept clear. */
export function fitWholeDesign(flow: ReactFlowInstance | undefined, duration: number): void {
  void flow?.fitView({ ...FIT_VIEW_OPTIONS, padding: paddingClearOfNotices(), duration });
}
