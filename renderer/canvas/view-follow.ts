import type { ReactFlowInstance } from '@xyflow/react';
import { contains, type Rect } from '../../shared/layout/rect';
import { visibleArea } from './add-function';
import { paneBox } from './view-fit';

/**
 * The view following a card added or dropped out of sight. Loaded on demand (preloaded in idle
 * time): the first screen's script is at its budget, and nothing is added before it is up.
 */

/**
 * Moves the view, if need be, so that `shown` (canvas units) lies in the visible canvas, below
 * its notices, with room around: panned the least way, at the same zoom; zoomed out, centred on
 * it, only when it would not fit otherwise. A card the app placed (`placed`) is also kept above
 * the minimap and the zoom controls; one the user dropped stays where they let it go unless the
 * notices hide it.
 */
export function bringIntoView(
  flow: ReactFlowInstance,
  shown: Rect,
  duration: number,
  placed = true,
): void {
  const pane = paneBox();
  const zoom = flow.getZoom();
  const inView = pane && visibleArea(flow, pane);
  const visible = inView && placed ? clearOfOverlays(inView, pane, zoom) : inView;
  if (!pane || !visible || contains(visible, shown)) return;
  const scale = Math.min(
    1,
    visible.width / (shown.width + 2 * VIEW_MARGIN),
    visible.height / (shown.height + 2 * VIEW_MARGIN),
  );
  const middle = (rect: Rect) => ({ x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 });
  // Where the visible part's middle goes: the least move that takes `shown` in, or its middle.
  const to =
    scale < 1
      ? middle(shown)
      : {
          x: middle(visible).x + shift(visible.x, visible.width, shown.x, shown.width),
          y: middle(visible).y + shift(visible.y, visible.height, shown.y, shown.height),
        };
  // The visible part's middle lies off the pane's (the notices take the top): kept so at the new zoom.
  const centre = flow.screenToFlowPosition({
    x: pane.left + pane.width / 2,
    y: pane.top + pane.height / 2,
  });
  const off = { x: middle(visible).x - centre.x, y: middle(visible).y - centre.y };
  void flow.setCenter(to.x - off.x / scale, to.y - off.y / scale, {
    zoom: zoom * scale,
    duration,
  });
}

/**
 * The visible canvas (canvas units, at `zoom`) less the strip along its bottom edge that the
 * minimap and the zoom controls cover — at most a quarter of it, so that a small window keeps
 * room to show a card in.
 */
function clearOfOverlays(visible: Rect, pane: DOMRect, zoom: number): Rect {
  const tops = [...document.querySelectorAll('.react-flow__minimap, .react-flow__controls')]
    .map((overlay) => overlay.getBoundingClientRect().top)
    .filter((top) => top > pane.top && top < pane.bottom);
  if (tops.length === 0) return visible;
  const strip = Math.min((pane.bottom - Math.min(...tops)) / zoom, visible.height / 4);
  return { ...visible, height: visible.height - strip };
}

/** The least move along one axis that takes [at, at + size] into [from, from + length], with room. */
function shift(from: number, length: number, at: number, size: number): number {
  if (at - VIEW_MARGIN < from) return at - VIEW_MARGIN - from;
  const end = at + size + VIEW_MARGIN - (from + length);
  return end > 0 ? end : 0;
}

/** Room kept around cards the view is moved to show, in canvas units at the current zoom. */
const VIEW_MARGIN = 24;
