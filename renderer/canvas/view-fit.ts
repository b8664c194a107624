import type { ReactFlowInstance } from '@xyflow/react';
import { FIT_MAX_ZOOM } from '../../shared/layout/fit';
import { onDemand } from '../ui-kit/lazy';

/**
 * How the app fits the view to the design on its own (opening a design, Fit view, after
 * Arrange, the zoom controls' fit button): never closer than FIT_MAX_ZOOM, with room around —
 * more at the top while notices are shown over the canvas (FIT_CLEAR_OF_NOTICES).
 */
export const FIT_VIEW_OPTIONS = { padding: 0.15, maxZoom: FIT_MAX_ZOOM } as const;

/** The canvas's box on screen, in px; undefined while it is not on the page. */
export function paneBox(): DOMRect | undefined {
  return document.querySelector('.react-flow')?.getBoundingClientRect();
}

/** Room kept between the notices over the canvas's top edge and the first card below, in px. */
export const BELOW_NOTICES = 12;

/**
 * How far down the canvas the notices over its top edge reach (the first-steps hint, the
 * differences banner), with room below them, in px; 0 while none is shown.
 */
export function noticesDepth(pane: DOMRect): number {
  const notices = document.querySelector('.canvas-notices')?.getBoundingClientRect();
  return notices && notices.height > 0 ? Math.ceil(notices.bottom - pane.top + BELOW_NOTICES) : 0;
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
  return { top: `${Math.max(usual, depth)}px` as const, bottom: padding, x: padding };
}

/**
 * The options of every fit of the whole design (React Flow's fit on open, its zoom controls'
 * fit button). The padding is a getter: React Flow reads it when it fits — the open's fit waits
 * until every card is measured — and the notices shown then decide it, not those at the render.
 */
export const FIT_CLEAR_OF_NOTICES = {
  maxZoom: FIT_MAX_ZOOM,
  get padding() {
    return paddingClearOfNotices();
  },
};

/** Fits the view to the whole design (see FIT_VIEW_OPTIONS), the notices over it kept clear. */
export function fitWholeDesign(flow: ReactFlowInstance | undefined, duration: number): void {
  void flow?.fitView({ ...FIT_CLEAR_OF_NOTICES, duration });
}

/** Arrange: loaded on demand, as the first screen does not need it (dagre least of all). */
export const loadArrange = onDemand(() => import('./arrange'));
