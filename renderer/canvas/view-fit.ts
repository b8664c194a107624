import { FIT_MAX_ZOOM } from '../../shared/layout/fit';
import { onDemand } from '../ui-kit/lazy';

/**
 * How the app fits the view to the design on its own (opening a design, Fit view, after
 * Arrange, the zoom controls' fit button): never closer than FIT_MAX_ZOOM, with room around.
 */
export const FIT_VIEW_OPTIONS = { padding: 0.15, maxZoom: FIT_MAX_ZOOM } as const;

/** The canvas's box on screen, in px; undefined while it is not on the page. */
export function paneBox(): DOMRect | undefined {
  return document.querySelector('.react-flow')?.getBoundingClientRect();
}

/** Arrange, and the fit of the view that keeps the notices over the canvas clear. */
export const loadArrange = onDemand(() => import('./arrange'));
